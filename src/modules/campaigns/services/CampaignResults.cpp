// CampaignService: the results — the funnel, answers by agent, recall completion — and the same as a file.
#include "campaigns/services/CampaignService.h"

#include "campaigns/data/MessageRepository.h"
#include "core/Mobile.h"
#include "data/Transaction.h"
#include "services/SettingsService.h"
#include "services/TableWriter.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace crm::services {

Result<CampaignResults> CampaignService::results(const Session &who, qint64 campaignId)
{
    auto c = campaign(who, campaignId);
    if (!c)
        return c.error();
    CampaignResults out;
    out.campaign = *c;
    out.windowDays = SettingsService(m_ctx).intValue(settings::kCampaignAttributionDays);
    QStringList accepted;
    for (const campaigns::ResponseCode &r : c->responses)
        if (r.effect == campaigns::Effect::Booked || r.effect == campaigns::Effect::Accepted)
            accepted << r.code;
    auto f = m_repo.funnel(campaignId, accepted, out.windowDays);
    if (!f)
        return f.error();
    out.funnel.targeted = f->targeted;
    out.funnel.called = f->called;
    out.funnel.booked = f->booked;
    out.funnel.arrived = f->arrived;
    out.funnel.visits = f->visits;
    out.funnel.amountFen = f->amountFen;
    out.funnel.byResponse = f->byResponse;
    for (const campaigns::ResponseCode &r : c->responses) {
        const qint64 n = f->byResponse.value(r.code);
        if (r.effect != campaigns::Effect::Unreachable)
            out.funnel.reached += n;
        if (r.effect == campaigns::Effect::Booked || r.effect == campaigns::Effect::Accepted)
            out.funnel.accepted += n;
    }
    auto agents = m_repo.byAgent(campaignId);
    if (!agents)
        return agents.error();
    out.byAgent = *agents;
    auto recall = m_repo.recall(campaignId, c->startsOn);
    if (!recall)
        return recall.error();
    out.recall = *recall;
    const qint64 base = recall->listed - recall->notFound - recall->notApplicable;
    out.recallCompletion = base > 0 ? 100.0 * double(recall->doneHere + recall->doneElsewhere) / double(base) : 0.0;
    auto messages = data::MessageRepository(m_ctx.db).countBySource(u"campaign:%1"_s.arg(campaignId));
    if (!messages)
        return messages.error();
    out.messages = *messages;
    return out;
}

Status CampaignService::exportResults(const Session &who, qint64 campaignId, const QString &path)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ExportData, tr("export campaign results")));
    auto r = results(who, campaignId);
    if (!r)
        return r.error();
    auto writer = TableWriter::open(path, true);
    if (!writer)
        return writer.error();
    TableWriter &w = **writer;
    const campaigns::Funnel &f = r->funnel;
    CRM_TRY(w.sheet(tr("Funnel"), {tr("Step"), tr("Customers")}));
    CRM_TRY(w.row({tr("Campaign"), r->campaign.name}));
    CRM_TRY(w.row({tr("Targeted"), f.targeted}));
    CRM_TRY(w.row({tr("Called"), f.called}));
    CRM_TRY(w.row({tr("Reached"), f.reached}));
    CRM_TRY(w.row({tr("Accepted"), f.accepted}));
    CRM_TRY(w.row({tr("Booked"), f.booked}));
    CRM_TRY(w.row({tr("Arrived"), f.arrived}));
    CRM_TRY(w.row({tr("Came for service within %n day(s) of the answer", nullptr, r->windowDays), f.visits}));
    CRM_TRY(w.row({tr("Service amount (yuan)"), double(f.amountFen) / 100.0}));
    CRM_TRY(w.sheet(tr("Answers by agent"), {tr("Agent"), tr("Answer"), tr("Customers")}));
    for (const data::ResponseCount &c : r->byAgent) {
        CRM_TRY(w.row({c.agent, campaigns::CampaignText::response(r->campaign.responses, c.response), c.count}));
    }
    if (r->campaign.kind == u"recall"_s) {
        CRM_TRY(w.sheet(tr("Recall completion"), {tr("State"), tr("VINs")}));
        CRM_TRY(w.row({tr("Listed"), r->recall.listed}));
        CRM_TRY(w.row({campaigns::CampaignText::exclusion(u"not_found"_s), r->recall.notFound}));
        CRM_TRY(w.row({campaigns::CampaignText::recallState(u"done_here"_s), r->recall.doneHere}));
        CRM_TRY(w.row({campaigns::CampaignText::recallState(u"done_elsewhere"_s), r->recall.doneElsewhere}));
        CRM_TRY(w.row({campaigns::CampaignText::recallState(u"not_applicable"_s), r->recall.notApplicable}));
        CRM_TRY(w.row({campaigns::CampaignText::recallState(u"open"_s), r->recall.open}));
        CRM_TRY(w.row({tr("Completion rate (%)"), r->recallCompletion}));
    }
    CRM_TRY(w.sheet(tr("List"), {tr("Customer"), tr("Mobile"), tr("Vehicle"), tr("VIN"), tr("State"), tr("Answer"), tr("Note"),
                                 tr("Answered on"), tr("Recall")}));
    qint64 after = 0, rows = 0;
    for (;;) {
        auto page = m_repo.targets(campaignId, {}, after, 2000);
        if (!page)
            return page.error();
        for (const TargetRow &t : *page) {
            const QString answer =
                t.response.isEmpty() ? QString() : campaigns::CampaignText::response(r->campaign.responses, t.response);
            const QString state = t.state == u"target"_s
                                      ? tr("On the list")
                                      : campaigns::CampaignText::exclusion(t.state == u"excluded"_s ? t.reason : t.state);
            const QString recall = t.recallState == u"open"_s && t.recallDoneHere ? u"done_here"_s : t.recallState;
            CRM_TRY(w.row({t.customerName, t.mobile, t.vehicle, t.vin, state, answer, t.responseNote,
                           t.responseDay.isValid() ? t.responseDay.toString(Qt::ISODate) : QString(),
                           campaigns::CampaignText::recallState(recall)}));
            after = t.id;
            ++rows;
        }
        if (page->size() < 2000)
            break;
    }
    CRM_TRY(w.finish());
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    CRM_TRY(Guard::audit(m_ctx, &who,
                         {u"export"_s,
                          u"campaigns"_s,
                          QString::number(campaignId),
                          {},
                          {{u"file"_s, QFileInfo(path).fileName()}, {u"rows"_s, rows}},
                          r->campaign.name}));
    return tx.commit();
}

} // namespace crm::services
