// DashboardService: the records behind a tile (the drill-down) and how each list is titled.
#include "dashboard/services/DashboardService.h"

#include "archives/services/CustomerService.h"
#include "club/core/ClubRules.h"
#include "complaints/core/ComplaintRules.h"
#include "core/Clock.h"
#include "dashboard/data/DrillQueries.h"
#include "feedback/core/FeedbackRules.h"
#include "followups/core/FollowupRules.h"
#include "followups/services/FollowupService.h"
#include "services/SettingsService.h"

using namespace Qt::StringLiterals;

namespace crm::services {

namespace {
QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}
} // namespace

Result<DrillRecords> DashboardService::records(const Session &who, const Drill &d, int limit)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ManageFollowups, tr("see the manager dashboard")));
    if (!d.from.isValid() || !d.to.isValid())
        return Error::invalid(tr("The figure has no period."));
    if (!data::DrillQueries::isKind(d.kind))
        return Error::invalid(tr("Unknown figure: %1").arg(d.kind));
    SettingsService s(m_ctx);
    const data::DrillQuery query{d.kind,
                                 d.key,
                                 d.from,
                                 d.to,
                                 s.intValue(settings::kMemberCoverageDays),
                                 s.intValue(settings::kChurnLostMonths),
                                 s.intValue(settings::kChurnAtRiskMonths)};
    DrillRecords out = describe(query);
    auto rows = data::DrillQueries(m_ctx.db).rows(query, limit);
    if (!rows)
        return rows.error();
    out.truncated = rows->second;
    const QString module = d.kind == u"complaints"_s ? u"complaints"_s : d.kind == u"feedback"_s ? u"feedback"_s : u"archives"_s;
    for (const data::DrillRow &r : rows->first) {
        DrillRecords::Row row{module, r.key, r.cells};
        for (QString &v : row.cells)
            if (v.size() >= 19 && v.at(10) == u'T') // stored UTC stamps shown as local time
                v = fromStoredUtc(v).toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
        // Ids to words.
        QStringList &c = row.cells;
        if (d.kind == u"followup_tasks"_s) {
            c[1] = followups::FollowupText::kind(c[1]);
            c[3] = followups::FollowupText::status(c[3]);
        } else if (d.kind == u"points"_s)
            c[2] = club::ClubText::ledgerKind(c[2]);
        else if (d.kind == u"referral_leads"_s)
            c[4] = club::ClubText::leadStatus(c[4]);
        else if (d.kind == u"complaints"_s) {
            c[3] = complaints::ComplaintText::category(c[3]);
            c[5] = complaints::ComplaintText::status(c[5]);
        } else if (d.kind == u"feedback"_s) {
            c[2] = feedback::FeedbackText::category(c[2], c[6]);
            c[4] = feedback::FeedbackText::department(c[4], c[5]);
            c[5] = feedback::FeedbackText::status(c[7]);
            c.resize(6);
        } else if (d.kind == u"members_joined"_s || d.kind == u"members"_s)
            c[2] = club::ClubText::tier(c[2]);
        out.rows << row;
    }
    return out;
}

DrillRecords DashboardService::describe(const data::DrillQuery &d)
{
    DrillRecords out;
    const QString from = iso(d.from), to = iso(d.to);
    if (d.kind == u"followup_tasks"_s) {
        out.title = tr("Follow-up tasks due %1 to %2").arg(from, to);
        out.headers = {tr("Due"), tr("Task"), tr("Customer"), tr("Status"), tr("Completed on"), tr("Agent")};
    } else if (d.kind == u"member_coverage"_s) {
        out.title = tr("Members not reached in the %n day(s) to %1", nullptr, d.coverageDays).arg(to);
        out.headers = {tr("Customer"), tr("City"), tr("Last reached")};
    } else if (d.kind == u"survey_responses"_s) {
        out.title = tr("Survey responses %1 to %2").arg(from, to);
        out.headers = {tr("Answered"), tr("Customer"), tr("Survey"), tr("Staff"), tr("Channel")};
    } else if (d.kind == u"complaints"_s) {
        out.title = tr("Complaints registered %1 to %2").arg(from, to);
        out.headers = {tr("Number"), tr("Registered"), tr("Customer"), tr("Category"), tr("Department"), tr("Status")};
    } else if (d.kind == u"churned"_s || d.kind == u"at_risk"_s) {
        const QDate cohortStart = QDate(d.from.year(), d.from.month(), 1).addMonths(-d.lostMonths);
        out.title = d.kind == u"churned"_s
                        ? tr("Vehicles that visited in %1 and not since").arg(cohortStart.toString(u"yyyy-MM"_s))
                        : tr("Vehicles at risk on %1").arg(to);
        out.headers = {tr("Customer"), tr("Plate"), tr("Model"), tr("Last paid visit")};
    } else if (d.kind == u"first_return"_s || d.kind == u"second_return"_s) {
        out.title =
            d.kind == u"first_return"_s ? tr("First maintenance due, not returned") : tr("Second maintenance due, not returned");
        out.headers = {tr("Customer"), tr("Plate"), tr("Model"), tr("Delivered")};
    } else if (d.kind == u"members_joined"_s || d.kind == u"members"_s) {
        out.title = d.kind == u"members_joined"_s ? tr("Members who joined %1 to %2").arg(from, to)
                    : d.key == u"active"_s        ? tr("Members who earned or redeemed in the 12 months to %1").arg(to)
                                                  : tr("Members holding points");
        out.headers = {tr("Customer"), tr("Joined"), tr("Tier"), tr("Points available")};
    } else if (d.kind == u"points"_s) {
        out.title = tr("Points entries %1 to %2").arg(from, to);
        out.headers = {tr("When"), tr("Customer"), tr("Entry"), tr("Points"), tr("Note")};
    } else if (d.kind == u"appointments"_s) {
        out.title = d.key == u"no_show"_s ? tr("No-shows %1 to %2").arg(from, to) : tr("Appointments %1 to %2").arg(from, to);
        out.headers = {tr("When"), tr("Customer"), tr("Job"), tr("Source"), tr("Status")};
    } else if (d.kind == u"feedback"_s) {
        out.title = tr("Feedback received %1 to %2").arg(from, to);
        out.headers = {tr("Received"), tr("Customer"), tr("Category"), tr("What was said"), tr("Department"), tr("Status")};
    } else if (d.kind == u"referral_leads"_s) {
        out.title = tr("Referral leads %1 to %2").arg(from, to);
        out.headers = {tr("Created"), tr("Prospect"), tr("Referred by"), tr("Consultant"), tr("Status")};
    }
    return out;
}

} // namespace crm::services
