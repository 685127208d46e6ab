// CampaignService: the results as a file — the funnel, answers by agent, recall completion, the list.
#include "campaigns/services/CampaignService.h"

#include "core/Mobile.h"
#include "data/Transaction.h"
#include "services/TableWriter.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace crm::services {

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
        QString title = c.response;
        for (const campaigns::ResponseCode &code : r->campaign.responses)
            if (code.code == c.response)
                title = code.title;
        CRM_TRY(w.row({c.agent, title, c.count}));
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
    CRM_TRY(w.sheet(tr("List"), {tr("Customer"), tr("Mobile"), tr("Vehicle"), tr("VIN"), tr("State"), tr("Answer"),
                                 tr("Note"), tr("Answered on"), tr("Recall")}));
    qint64 after = 0, rows = 0;
    for (;;) {
        auto page = m_repo.targets(campaignId, {}, after, 2000);
        if (!page)
            return page.error();
        for (const TargetRow &t : *page) {
            QString answer = t.response;
            for (const campaigns::ResponseCode &code : r->campaign.responses)
                if (code.code == t.response)
                    answer = code.title;
            const QString state = t.state == u"target"_s ? tr("On the list") : campaigns::CampaignText::exclusion(t.state == u"excluded"_s ? t.reason : t.state);
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
