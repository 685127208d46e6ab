#include "campaigns/services/CampaignService.h"

#include "archives/services/CustomerService.h"
#include "archives/services/ImportService.h"
#include "campaigns/data/MessageRepository.h"
#include "core/Json.h"
#include "core/Log.h"
#include "core/Vin.h"
#include "data/Transaction.h"
#include "followups/core/FollowupRules.h"
#include "services/SettingsService.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace crm::services {
namespace {
QString idList(const QList<qint64> &ids)
{
    QStringList out;
    for (qint64 id : ids)
        out << QString::number(id);
    return out.join(u',');
}
} // namespace

data::SegmentDates CampaignService::segmentDates()
{
    SettingsService s(m_ctx);
    const QDate today = localToday(m_ctx.clock);
    return {today, today.addMonths(-s.intValue(settings::kChurnAtRiskMonths)),
            today.addMonths(-s.intValue(settings::kChurnLostMonths)), toStoredUtc(m_ctx.clock.nowUtc())};
}

Status CampaignService::validate(const CampaignInput &in)
{
    if (in.name.trimmed().isEmpty())
        return Error::invalid(tr("Name: a campaign needs a name."));
    if (in.name.trimmed().size() > 100)
        return Error::invalid(tr("Name: at most 100 characters."));
    if (!campaigns::isKind(in.kind))
        return Error::invalid(tr("Kind: \"%1\" is not a kind of campaign.").arg(in.kind));
    if (!in.startsOn.isValid() || !in.endsOn.isValid())
        return Error::invalid(tr("Dates: a campaign needs a first and a last day."));
    if (in.endsOn < in.startsOn)
        return Error::invalid(tr("Dates: the last day is before the first."));
    if (in.endsOn < localToday(m_ctx.clock))
        return Error::invalid(tr("Dates: the campaign would already be over."));
    if (const QString problem = campaigns::checkResponses(in.responses); !problem.isEmpty())
        return Error::invalid(tr("Response codes: %1").arg(problem));
    if (in.goal < 0)
        return Error::invalid(tr("Goal: a number of customers, 0 or more."));
    if (!in.messageTemplate.isEmpty()) {
        auto t = data::MessageRepository(m_ctx.db).templateOf(in.messageTemplate);
        if (!t)
            return t.error();
        if (!t->has_value())
            return Error::invalid(tr("Message: there is no template %1.").arg(in.messageTemplate));
    }
    return {};
}

Result<qint64> CampaignService::insertCampaign(const Session &who, const CampaignInput &in, const QString &source,
                                               const QString &segment)
{
    auto existing = m_repo.campaignNamed(in.name.trimmed());
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return Error::invalid(tr("Name: there is already a campaign called %1.").arg(in.name.trimmed()));
    CampaignRow c;
    c.name = in.name.trimmed();
    c.kind = in.kind;
    c.code = in.code.trimmed();
    c.startsOn = in.startsOn;
    c.endsOn = in.endsOn;
    c.owner = who.username;
    c.script = in.script.trimmed();
    c.responses = in.responses;
    c.messageTemplate = in.messageTemplate;
    c.goal = in.goal;
    c.segment = segment;
    c.source = source;
    c.createdBy = who.username;
    auto id = m_repo.insert(c, toStoredUtc(m_ctx.clock.nowUtc()));
    if (!id)
        return id.error();
    CRM_TRY(Guard::audit(m_ctx, &who,
                         {u"create"_s,
                          u"campaigns"_s,
                          QString::number(*id),
                          {},
                          {{u"name"_s, c.name},
                           {u"kind"_s, c.kind},
                           {u"starts_on"_s, c.startsOn.toString(Qt::ISODate)},
                           {u"ends_on"_s, c.endsOn.toString(Qt::ISODate)},
                           {u"source"_s, source},
                           {u"segment"_s, segment}},
                          c.name}));
    return *id;
}

Result<TargetCount> CampaignService::preview(const Session &who, const campaigns::Segment &s, const QString &kind)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ManageCampaigns, tr("draw campaign lists")));
    if (!campaigns::isKind(kind))
        return Error::invalid(tr("Kind: \"%1\" is not a kind of campaign.").arg(kind));
    return m_repo.countSegment(s, kind, segmentDates());
}

Result<qint64> CampaignService::createFromSegment(const Session &who, const CampaignInput &in, const campaigns::Segment &s,
                                                  const QList<qint64> &agents)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ManageCampaigns, tr("create campaigns")));
    CRM_TRY(validate(in));
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    auto id = insertCampaign(who, in, u"segment"_s, toJson(s.toMap()));
    if (!id)
        return id.error();
    auto added = m_repo.insertSegment(*id, s, in.kind, segmentDates(), toStoredUtc(m_ctx.clock.nowUtc()));
    if (!added)
        return added.error();
    if (*added == 0)
        return Error::invalid(tr("The segment holds no customer: nothing created."));
    auto tasks = distribute(who, *id, agents);
    if (!tasks)
        return tasks.error();
    CRM_TRY(tx.commit());
    log::get("campaigns")->info("campaign {} drawn: {} rows, {} tasks", *id, *added, *tasks);
    return *id;
}

Result<qint64> CampaignService::createForVinList(const Session &who, const CampaignInput &in)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ManageCampaigns, tr("create campaigns")));
    CRM_TRY(validate(in));
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    auto id = insertCampaign(who, in, u"vin_list"_s, {});
    if (!id)
        return id.error();
    CRM_TRY(tx.commit());
    return *id;
}

Result<TargetCount> CampaignService::addCustomers(const Session &who, qint64 campaignId, const QList<qint64> &customerIds,
                                                  const QList<qint64> &agents)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ManageCampaigns, tr("add customers to campaigns")));
    if (customerIds.isEmpty())
        return Error::invalid(tr("Choose the customers to add."));
    auto c = campaign(who, campaignId);
    if (!c)
        return c.error();
    if (c->status != u"active"_s)
        return Error::invalid(tr("%1 is closed: nothing is added to it.").arg(c->name));
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    const data::SegmentDates d = segmentDates();
    TargetCount counted;
    // A selection may be thousands: bound a statement's list (SQLite takes 32,766 binds).
    for (qsizetype from = 0; from < customerIds.size(); from += 1000) {
        const QList<qint64> part = customerIds.mid(from, 1000);
        auto n = m_repo.countSegment({}, c->kind, d, part);
        if (!n)
            return n.error();
        counted.matched += n->matched;
        counted.targets += n->targets;
        for (auto it = n->excluded.cbegin(); it != n->excluded.cend(); ++it)
            counted.excluded[it.key()] += it.value();
        CRM_TRY(m_repo.insertSegment(campaignId, {}, c->kind, d, toStoredUtc(m_ctx.clock.nowUtc()), part));
    }
    CRM_TRY(distribute(who, campaignId, agents));
    CRM_TRY(Guard::audit(m_ctx, &who,
                         {u"add"_s,
                          u"campaigns"_s,
                          QString::number(campaignId),
                          {},
                          {{u"customers"_s, int(customerIds.size())}, {u"targets"_s, counted.targets}},
                          c->name}));
    CRM_TRY(tx.commit());
    return counted;
}

Result<qint64> CampaignService::distribute(const Session &who, qint64 campaignId, const QList<qint64> &agents)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ManageCampaigns, tr("distribute campaign calls")));
    auto c = m_repo.campaign(campaignId);
    if (!c)
        return c.error();
    if (!c->has_value())
        return Error::notFound(tr("Campaign %1 does not exist.").arg(campaignId));
    const CampaignRow &row = **c;
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    const QDate today = localToday(m_ctx.clock);
    const QDate available = std::max(today, row.startsOn);
    // A recall is a safety notice: it goes to the top of the queue.
    const int priority = row.kind == u"recall"_s ? 1 : 2;
    auto created = m_repo.createTasks(campaignId, agents, available, std::max(available, row.endsOn), priority,
                                      toStoredUtc(m_ctx.clock.nowUtc()));
    if (!created)
        return created.error();
    if (*created > 0)
        CRM_TRY(Guard::audit(m_ctx, &who,
                             {u"distribute"_s,
                              u"campaigns"_s,
                              QString::number(campaignId),
                              {},
                              {{u"tasks"_s, *created}, {u"agents"_s, idList(agents)}},
                              row.name}));
    CRM_TRY(tx.commit());
    return *created;
}

Result<CampaignService::Reevaluation> CampaignService::reevaluate(const Session &who, qint64 campaignId,
                                                                  const QList<qint64> &agents)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ManageCampaigns, tr("re-evaluate campaign lists")));
    auto c = campaign(who, campaignId);
    if (!c)
        return c.error();
    if (c->status != u"active"_s)
        return Error::invalid(tr("%1 is closed: its list stays as it was.").arg(c->name));
    Reevaluation out;
    const QString now = toStoredUtc(m_ctx.clock.nowUtc());
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    auto excluded = m_repo.excludeNow(campaignId, c->kind, now);
    if (!excluded)
        return excluded.error();
    out.excluded = *excluded;
    if (c->source == u"segment"_s) {
        auto added =
            m_repo.insertSegment(campaignId, campaigns::Segment::fromMap(fromJson(c->segment)), c->kind, segmentDates(), now);
        if (!added)
            return added.error();
        out.added = *added;
        CRM_TRY(distribute(who, campaignId, agents));
    }
    CRM_TRY(Guard::audit(m_ctx, &who,
                         {u"reevaluate"_s,
                          u"campaigns"_s,
                          QString::number(campaignId),
                          {},
                          {{u"added"_s, out.added}, {u"excluded"_s, out.excluded}},
                          c->name}));
    CRM_TRY(tx.commit());
    return out;
}

Status CampaignService::close(const Session &who, qint64 campaignId)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ManageCampaigns, tr("close campaigns")));
    auto c = campaign(who, campaignId);
    if (!c)
        return c.error();
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    CRM_TRY(m_repo.setStatus(campaignId, u"closed"_s));
    CRM_TRY(Guard::audit(m_ctx, &who,
                         {u"close"_s,
                          u"campaigns"_s,
                          QString::number(campaignId),
                          {{u"status"_s, c->status}},
                          {{u"status"_s, u"closed"_s}},
                          c->name}));
    return tx.commit();
}

Result<QList<CampaignRow>> CampaignService::campaigns(const Session &who, bool withClosed)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ViewCustomers, tr("see campaigns")));
    return m_repo.list(withClosed);
}

Result<CampaignRow> CampaignService::campaign(const Session &who, qint64 id)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ViewCustomers, tr("see campaigns")));
    auto c = m_repo.campaign(id);
    if (!c)
        return c.error();
    if (!c->has_value())
        return Error::notFound(tr("Campaign %1 does not exist.").arg(id));
    return **c;
}

Result<CampaignRow> CampaignService::campaignNamed(const Session &who, const QString &name)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ViewCustomers, tr("see campaigns")));
    auto c = m_repo.campaignNamed(name.trimmed());
    if (!c)
        return c.error();
    if (!c->has_value())
        return Error::notFound(tr("There is no campaign called %1.").arg(name.trimmed()));
    return **c;
}

Result<QList<TargetRow>> CampaignService::targets(const Session &who, qint64 campaignId, const QString &state, qint64 afterId,
                                                  int limit)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ViewCustomers, tr("see campaign lists")));
    return m_repo.targets(campaignId, state, afterId, limit);
}

Result<std::optional<std::pair<CampaignRow, TargetRow>>> CampaignService::ofTask(qint64 taskId)
{
    using Out = std::optional<std::pair<CampaignRow, TargetRow>>;
    auto t = m_repo.targetOfTask(taskId);
    if (!t)
        return t.error();
    if (!t->has_value())
        return Out();
    auto c = m_repo.campaign((*t)->campaignId);
    if (!c)
        return c.error();
    if (!c->has_value())
        return Out();
    return Out(std::make_pair(**c, **t));
}

Status CampaignService::recordResponse(const Session &who, qint64 taskId, const QString &code, const QString &note,
                                       qint64 appointmentId, const QDate &day)
{
    auto of = ofTask(taskId);
    if (!of)
        return of.error();
    if (!of->has_value())
        return Error::notFound(tr("This call task belongs to no campaign."));
    const auto &[c, target] = **of;
    const campaigns::ResponseCode *chosen = nullptr;
    for (const campaigns::ResponseCode &r : c.responses)
        if (r.code == code)
            chosen = &r;
    if (!chosen)
        return Error::invalid(tr("Campaign answer: choose one of %1's answers.").arg(c.name));
    if (chosen->effect == campaigns::Effect::Booked && !appointmentId)
        return Error::invalid(
            tr("Campaign answer \"%1\": book the appointment on this call too.").arg(campaigns::CampaignText::response(*chosen)));
    if (chosen->needsReason && note.trimmed().isEmpty())
        return Error::invalid(tr("Campaign answer \"%1\": say why.").arg(campaigns::CampaignText::response(*chosen)));
    const QString now = toStoredUtc(m_ctx.clock.nowUtc());
    CRM_TRY(m_repo.setResponse(target.id, code, note.trimmed(), day, now, who.username, appointmentId));
    if (chosen->effect == campaigns::Effect::NotApplicable && c.kind == u"recall"_s)
        CRM_TRY(m_repo.setRecallState(target.id, u"not_applicable"_s));
    return Guard::audit(m_ctx, &who,
                        {u"respond"_s,
                         u"campaigns"_s,
                         QString::number(c.id),
                         {{u"response"_s, target.response}},
                         {{u"target"_s, target.id}, {u"response"_s, code}, {u"appointment_id"_s, appointmentId}},
                         campaigns::CampaignText::response(*chosen)});
}

Status CampaignService::recordUnreachable(const Session &who, qint64 taskId, const QDate &day)
{
    auto of = ofTask(taskId);
    if (!of)
        return of.error();
    if (!of->has_value())
        return {};
    for (const campaigns::ResponseCode &r : (*of)->first.responses)
        if (r.effect == campaigns::Effect::Unreachable)
            return recordResponse(who, taskId, r.code, {}, 0, day);
    return {};
}

Status CampaignService::setRecallState(const Session &who, qint64 targetId, const QString &state)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ManageCampaigns, tr("record recall completion")));
    const QStringList states{u"open"_s, u"done_elsewhere"_s, u"not_applicable"_s};
    if (!states.contains(state))
        return Error::invalid(tr("A recall is marked open, done elsewhere or not applicable by hand; done here comes from "
                                 "the workshop's visit."));
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    CRM_TRY(m_repo.setRecallState(targetId, state));
    CRM_TRY(Guard::audit(m_ctx, &who,
                         {u"recall"_s, u"campaign_targets"_s, QString::number(targetId), {}, {{u"recall_state"_s, state}}, {}}));
    return tx.commit();
}

} // namespace crm::services
