#include "dashboard/services/DashboardService.h"

#include "club/data/ClubFigures.h"
#include "dashboard/data/DrillQueries.h"

#include "archives/services/ChurnService.h"
#include "archives/services/CustomerService.h"
#include "club/core/ClubRules.h"
#include "club/services/ClubReportService.h"
#include "complaints/services/ComplaintService.h"
#include "feedback/services/FeedbackService.h"
#include "followups/core/FollowupRules.h"
#include "followups/services/FollowupReportService.h"
#include "followups/services/FollowupService.h"
#include "frontdesk/core/AppointmentBook.h"
#include "frontdesk/services/AppointmentService.h"
#include "frontdesk/services/FrontdeskReportService.h"
#include "services/SettingsService.h"
#include "surveys/services/SurveyService.h"

#include <QJsonArray>
#include <QMap>
#include <QScopedValueRollback>
#include <cmath>

using namespace Qt::StringLiterals;

namespace crm::services {

using dashboard::Better;
using dashboard::Period;

QString settings::dashboardTargetKey(const QString &kpi)
{
    return u"dashboard.target."_s + kpi;
}

namespace {
Chart makeChart(const QString &id, const QString &title, Chart::Kind kind, Tile::Format format)
{
    Chart c;
    c.id = id;
    c.title = title;
    c.kind = kind;
    c.format = format;
    return c;
}
std::optional<double> pct(qint64 part, qint64 whole)
{
    return whole ? std::optional<double>(100.0 * double(part) / double(whole)) : std::nullopt;
}
} // namespace

// Everything one period's tiles need.
struct DashboardService::Figures {
    FollowupReport followups;
    SurveyScore service, sales, all, complaint;
    ComplaintStats complaints;
    std::optional<double> churnRate;
    qint64 churnCohort = 0, churned = 0;
    ReturnRates returns;
    ClubReport club;
    qint64 members = 0;      // active members as of the period's end
    qint64 outstanding = 0;  // points available as of the period's end
    qint64 atRisk = -1;      // vehicles at risk now (the current period only)
    FrontdeskReport desk;    // the appointment book's rates
    FeedbackReport feedback; // the departments' answers
};

std::optional<double> DashboardService::target(const QString &kpi, bool zeroMeansNone)
{
    const QString key = kpi == u"csi"_s || kpi == u"ssi"_s ? settings::kSurveyTargetIndex
                        : kpi == u"nps"_s                  ? settings::kSurveyTargetNps
                        : kpi == u"csat"_s                 ? settings::kSurveyTargetCsat
                                                           : settings::dashboardTargetKey(kpi);
    if (!SettingsService::definition(key))
        return std::nullopt;
    const int v = SettingsService(m_ctx).intValue(key);
    if (zeroMeansNone && v == 0)
        return std::nullopt;
    return double(v);
}

Result<DashboardService::Figures> DashboardService::figures(const Session &who, const Period &p, bool withSnapshots)
{
    Figures f;
    auto followups = FollowupReportService(m_ctx).report(who, p.from, p.to, ReportGroup::Kind);
    if (!followups)
        return followups.error();
    f.followups = *followups;
    SurveyService surveys(m_ctx);
    for (auto [into, purpose] : {std::pair{&f.service, u"service"_s}, std::pair{&f.sales, u"sales"_s},
                                 std::pair{&f.all, QString()}, std::pair{&f.complaint, u"complaint"_s}}) {
        auto s = surveys.total(who, p.from, p.to, purpose);
        if (!s)
            return s.error();
        *into = *s;
    }
    auto complaints = ComplaintService(m_ctx).statistics(who, p.from, p.to, u"category"_s);
    if (!complaints)
        return complaints.error();
    f.complaints = *complaints;
    ChurnService churn(m_ctx);
    auto cohort = churn.cohort(who, p.to, ChurnService::GroupBy::None);
    if (!cohort)
        return cohort.error();
    if (!cohort->isEmpty() && cohort->first().cohort > 0) {
        f.churnCohort = cohort->first().cohort;
        f.churned = cohort->first().churned;
        f.churnRate = 100.0 * cohort->first().rate();
    }
    auto returns = churn.returnRates(who, p.to);
    if (!returns)
        return returns.error();
    f.returns = *returns;
    auto club = ClubReportService(m_ctx).report(who, p.from, p.to);
    if (!club)
        return club.error();
    f.club = *club;
    // One computation for the tile and the report's club section (members and points at the
    // period's end), done by the club report.
    f.members = f.club.members;
    f.outstanding = f.club.outstanding;
    auto desk = FrontdeskReportService(m_ctx).report(who, p.from, p.to);
    if (!desk)
        return desk.error();
    f.desk = *desk;
    auto feedback = FeedbackService(m_ctx).report(who, p.from, p.to);
    if (!feedback)
        return feedback.error();
    f.feedback = *feedback;
    if (withSnapshots) {
        // A snapshot: as of today for the running period (the archives' churn page counts the
        // same vehicles the same day), as of the last day for a closed one.
        auto risk = churn.atRisk(who, std::min(p.to, localToday(m_ctx.clock)));
        if (!risk)
            return risk.error();
        f.atRisk = *risk;
    }
    return f;
}

Status DashboardService::countKeptFigures(const Session &who, const QDate &today)
{
    // A closed period's figures are counted from the raw rows the first time they are asked
    // for and kept; at a million customers that first look took 14-18 s.
    for (auto kind : {Period::Kind::Month, Period::Kind::Week})
        if (auto b = board(who, Period::containing(kind, today)); !b)
            return b.error();
    return {};
}

Result<Board> DashboardService::board(const Session &who, const Period &period, int trendLength)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ManageFollowups, tr("see the manager dashboard")));
    if (!period.isValid())
        return Error::invalid(tr("Choose a week or a month."));
    trendLength = std::clamp(trendLength, 1, 60);
    // One read of the settings for the whole refresh (its services ask for about sixty).
    const QMap<QString, QString> settingsNow = SettingsService(m_ctx).values();
    const QScopedValueRollback snapshot(m_ctx.settings, &settingsNow);
    Board b;
    b.period = period;
    b.previous = period.previous();
    b.computedAt = m_ctx.clock.nowUtc();
    // A running period is counted to today and compared with the same days of the previous one.
    Period counted = period;
    if (const QDate today = localToday(m_ctx.clock); period.from <= today && today < period.to) {
        counted.to = today;
        b.countedTo = today;
        b.previous.to = std::min(b.previous.to, b.previous.from.addDays(period.from.daysTo(today)));
    }
    auto now = figures(who, counted, true);
    if (!now)
        return now.error();
    auto before = figures(who, b.previous, false);
    if (!before)
        return before.error();
    const Figures &c = *now, &o = *before;
    SettingsService settings(m_ctx);
    const double amber = settings.intValue(settings::kDashboardAmberPercent) / 100.0;
    const qint64 minSample = settings.intValue(settings::kDashboardMinSample);
    const Period &p = counted;

    auto add = [&](const QString &id, const QString &title, Tile::Format format, Better better, std::optional<double> value,
                   std::optional<double> previous, std::optional<double> target, const QString &note, const Drill &drill) {
        Tile t;
        t.id = id;
        t.title = title;
        t.format = format;
        t.better = better;
        t.value = value;
        t.previous = previous;
        t.target = target;
        t.state = dashboard::stateFor(value, target, better, amber);
        t.note = note;
        t.drill = drill;
        b.tiles << t;
    };
    // A survey figure from a handful of answers is shown as indicative, never red or green.
    auto sample = [&](qint64 answers) {
        if (answers < minSample) {
            b.tiles.last().indicative = true;
            b.tiles.last().state = dashboard::State::None;
        }
    };
    const Drill inPeriod{QString(), QString(), p.from, p.to};
    auto drill = [&](const QString &kind, const QString &key = {}) {
        Drill d = inPeriod;
        d.kind = kind;
        d.key = key;
        return d;
    };

    // Follow-up calls.
    add(u"followup_completion"_s, tr("Follow-up completion"), Tile::Format::Percent, Better::Higher,
        pct(c.followups.total.completed, c.followups.total.due), pct(o.followups.total.completed, o.followups.total.due),
        target(u"followup_completion"_s), tr("%1 of %2 tasks due").arg(c.followups.total.completed).arg(c.followups.total.due),
        drill(u"followup_tasks"_s));
    add(u"followup_on_time"_s, tr("Follow-ups on time"), Tile::Format::Percent, Better::Higher,
        pct(c.followups.total.onTime, c.followups.total.due), pct(o.followups.total.onTime, o.followups.total.due),
        target(u"followup_on_time"_s), tr("%1 of %2 tasks due").arg(c.followups.total.onTime).arg(c.followups.total.due),
        drill(u"followup_tasks"_s, u"late"_s));
    add(u"member_coverage"_s, tr("Member follow-up coverage"), Tile::Format::Percent, Better::Higher,
        pct(c.followups.membersCovered, c.followups.members), pct(o.followups.membersCovered, o.followups.members),
        target(u"member_coverage"_s),
        tr("%1 of %2 members reached in %n day(s)", nullptr, c.followups.coverageDays)
            .arg(c.followups.membersCovered)
            .arg(c.followups.members),
        drill(u"member_coverage"_s));
    // Satisfaction.
    add(u"csi"_s, tr("Service satisfaction (CSI)"), Tile::Format::Index, Better::Higher, c.service.index(), o.service.index(),
        target(u"csi"_s), tr("%n response(s)", nullptr, int(c.service.responses)), drill(u"survey_responses"_s, u"service"_s));
    sample(c.service.responses);
    add(u"ssi"_s, tr("Sales satisfaction (SSI)"), Tile::Format::Index, Better::Higher, c.sales.index(), o.sales.index(),
        target(u"ssi"_s), tr("%n response(s)", nullptr, int(c.sales.responses)), drill(u"survey_responses"_s, u"sales"_s));
    sample(c.sales.responses);
    add(u"nps"_s, tr("NPS"), Tile::Format::Nps, Better::Higher, c.all.nps(), o.all.nps(), target(u"nps"_s),
        tr("%1 promoters, %2 detractors of %3").arg(c.all.promoters).arg(c.all.detractors).arg(c.all.npsAnswers),
        drill(u"survey_responses"_s));
    sample(c.all.npsAnswers);
    add(u"csat"_s, tr("CSAT"), Tile::Format::Percent, Better::Higher, c.all.csat(), o.all.csat(), target(u"csat"_s),
        tr("%1 of %2 answers 4–5").arg(c.all.satisfied).arg(c.all.scale5Answers), drill(u"survey_responses"_s));
    sample(c.all.scale5Answers);
    // Complaints: the monthly target is scaled to the period's length.
    std::optional<double> complaintTarget = target(u"complaints_per_month"_s);
    if (complaintTarget && (p.kind == Period::Kind::Week || b.toDate()))
        complaintTarget = std::round(*complaintTarget * p.days() / 30.0 * 10.0) / 10.0;
    add(u"complaints"_s, tr("Complaints"), Tile::Format::Count, Better::Lower, double(c.complaints.total.count),
        double(o.complaints.total.count), complaintTarget, tr("%1 still open").arg(c.complaints.total.open),
        drill(u"complaints"_s));
    add(u"complaint_on_time"_s, tr("Complaints closed on time"), Tile::Format::Percent, Better::Higher,
        pct(c.complaints.total.closedOnTime, c.complaints.total.closed),
        pct(o.complaints.total.closedOnTime, o.complaints.total.closed), target(u"complaint_on_time"_s),
        tr("%1 of %2 closed").arg(c.complaints.total.closedOnTime).arg(c.complaints.total.closed),
        drill(u"complaints"_s, u"closed"_s));
    add(u"complaint_satisfaction"_s, tr("Complaint-handling satisfaction"), Tile::Format::Percent, Better::Higher,
        c.complaint.csat(), o.complaint.csat(), target(u"complaint_satisfaction"_s),
        tr("%n response(s)", nullptr, int(c.complaint.responses)), drill(u"survey_responses"_s, u"complaint"_s));
    sample(c.complaint.responses);
    // Churn and returns.
    const QDate cohortMonth(p.to.year(), p.to.month(), 1);
    const QDate riskDay = std::min(p.to, localToday(m_ctx.clock)); // the day the snapshot was counted
    add(u"churn_rate"_s, tr("Churn rate"), Tile::Format::Percent, Better::Lower, c.churnRate, o.churnRate,
        target(u"churn_rate"_s), tr("%1 of %2 vehicles in the cohort").arg(c.churned).arg(c.churnCohort),
        Drill{u"churned"_s, QString(), cohortMonth, cohortMonth.addMonths(1).addDays(-1)});
    add(u"at_risk"_s, tr("Vehicles at risk"), Tile::Format::Count, Better::Lower,
        c.atRisk >= 0 ? std::optional<double>(double(c.atRisk)) : std::nullopt, std::nullopt, std::nullopt,
        periodIsOpen(p.to, m_ctx.clock) ? tr("no paid visit lately, as of today")
                                        : tr("no paid visit lately, at the period's end"),
        Drill{u"at_risk"_s, QString(), riskDay, riskDay});
    add(u"first_return"_s, tr("First-maintenance return"), Tile::Format::Percent, Better::Higher,
        pct(c.returns.firstReturned, c.returns.firstDue), pct(o.returns.firstReturned, o.returns.firstDue),
        target(u"first_return"_s), tr("%1 of %2 vehicles").arg(c.returns.firstReturned).arg(c.returns.firstDue),
        Drill{u"first_return"_s, QString(), p.to, p.to});
    add(u"second_return"_s, tr("Second-maintenance return"), Tile::Format::Percent, Better::Higher,
        pct(c.returns.secondReturned, c.returns.secondDue), pct(o.returns.secondReturned, o.returns.secondDue),
        target(u"second_return"_s), tr("%1 of %2 vehicles").arg(c.returns.secondReturned).arg(c.returns.secondDue),
        Drill{u"second_return"_s, QString(), p.to, p.to});
    // The appointment book.
    add(u"booking_rate"_s, tr("Booking rate"), Tile::Format::Percent, Better::Higher, c.desk.bookingRate(), o.desk.bookingRate(),
        target(u"booking_rate"_s),
        tr("%1 of %2 service visits came on an appointment")
            .arg(c.desk.appointments.total.arrived)
            .arg(c.desk.appointments.visits),
        drill(u"appointments"_s));
    add(u"show_rate"_s, tr("Appointment show rate"), Tile::Format::Percent, Better::Higher,
        FrontdeskReport::showRate(c.desk.appointments.total), FrontdeskReport::showRate(o.desk.appointments.total),
        target(u"show_rate"_s),
        tr("%1 arrived, %2 no-shows").arg(c.desk.appointments.total.arrived).arg(c.desk.appointments.total.noShows),
        drill(u"appointments"_s, u"no_show"_s));
    // Feedback to departments: resolved within its deadline, of what was received.
    add(u"feedback_on_time"_s, tr("Feedback resolved on time"), Tile::Format::Percent, Better::Higher,
        pct(c.feedback.total.resolvedOnTime, c.feedback.total.received),
        pct(o.feedback.total.resolvedOnTime, o.feedback.total.received), target(u"feedback_on_time"_s),
        tr("%1 of %2 items; %3 overdue now")
            .arg(c.feedback.total.resolvedOnTime)
            .arg(c.feedback.total.received)
            .arg(c.feedback.total.overdue),
        drill(u"feedback"_s));
    // Club.
    add(u"club_members"_s, tr("Club members"), Tile::Format::Count, Better::Higher, double(c.members), double(o.members),
        target(u"club_members"_s, true), tr("%1 joined in the period").arg(c.club.joined), drill(u"members_joined"_s));
    add(u"club_active"_s, tr("Active members"), Tile::Format::Count, Better::Higher, double(c.club.activeMembers),
        double(o.club.activeMembers), target(u"club_active"_s, true), tr("earned or redeemed in 12 months"),
        Drill{u"members"_s, u"active"_s, p.to, p.to});
    add(u"points_issued"_s, tr("Points issued"), Tile::Format::Count, Better::Higher, double(c.club.issued),
        double(o.club.issued), std::nullopt, QString(), drill(u"points"_s, u"issued"_s));
    add(u"points_redeemed"_s, tr("Points redeemed"), Tile::Format::Count, Better::Higher, double(c.club.redeemed),
        double(o.club.redeemed), std::nullopt, QString(), drill(u"points"_s, u"spend"_s));
    add(u"points_outstanding"_s, tr("Points outstanding"), Tile::Format::Count, Better::Lower, double(c.outstanding),
        double(o.outstanding), std::nullopt, tr("available to members"), Drill{u"members"_s, u"balance"_s, p.to, p.to});
    auto referral = [](const ClubReport &r) -> std::optional<ConversionRow> {
        for (const ConversionRow &row : r.leadsBySource)
            if (row.key == u"referral"_s)
                return row;
        return std::nullopt;
    };
    const auto ref = referral(c.club), refBefore = referral(o.club);
    add(u"referral_conversion"_s, tr("Referral conversion"), Tile::Format::Percent, Better::Higher,
        ref ? pct(ref->delivered, ref->leads) : std::nullopt,
        refBefore ? pct(refBefore->delivered, refBefore->leads) : std::nullopt, target(u"referral_conversion"_s),
        tr("%1 of %2 referrals delivered").arg(ref ? ref->delivered : 0).arg(ref ? ref->leads : 0), drill(u"referral_leads"_s));

    // Trend charts over the trailing periods.
    const QList<Period> trail = period.trailing(trendLength);
    const QString groupBy = period.kind == Period::Kind::Week ? u"week"_s : u"month"_s;
    SurveyService surveys(m_ctx);
    auto scoresFor = [&](const QString &purpose) -> Result<QMap<QString, SurveyScore>> {
        auto rows = surveys.scores(who, trail.first().from, trail.last().to, groupBy, purpose);
        if (!rows)
            return rows.error();
        QMap<QString, SurveyScore> out;
        for (const SurveyScore &s : *rows)
            out.insert(s.key, s);
        return out;
    };
    auto service = scoresFor(u"service"_s);
    if (!service)
        return service.error();
    auto sales = scoresFor(u"sales"_s);
    if (!sales)
        return sales.error();
    auto all = scoresFor(QString());
    if (!all)
        return all.error();
    Chart satisfaction = makeChart(u"satisfaction_trend"_s, tr("Satisfaction index"), Chart::Kind::Line, Tile::Format::Index);
    satisfaction.series = {{tr("Service (CSI)"), {}}, {tr("Sales (SSI)"), {}}};
    satisfaction.target = target(u"csi"_s);
    Chart nps = makeChart(u"nps_trend"_s, tr("NPS"), Chart::Kind::Line, Tile::Format::Nps);
    nps.series = {{tr("NPS"), {}}};
    nps.target = target(u"nps"_s);
    Chart growth = makeChart(u"club_growth"_s, tr("Club growth (members joined)"), Chart::Kind::Bar, Tile::Format::Count);
    growth.series = {{tr("Joined"), {}}};
    auto joined = data::ClubFigures(m_ctx.db).joinedByDay(trail.first().from, trail.last().to);
    if (!joined)
        return joined.error();
    const QMap<QDate, qint64> &joinedByDay = *joined;
    for (const Period &t : trail) {
        const QString key = t.key();
        satisfaction.categories << key;
        satisfaction.series[0].values << service->value(key).index();
        satisfaction.series[1].values << sales->value(key).index();
        satisfaction.drills << Drill{u"survey_responses"_s, QString(), t.from, t.to};
        nps.categories << key;
        nps.series[0].values << all->value(key).nps();
        nps.drills << Drill{u"survey_responses"_s, QString(), t.from, t.to};
        qint64 n = 0;
        for (auto it = joinedByDay.lowerBound(t.from); it != joinedByDay.end() && it.key() <= t.to; ++it)
            n += it.value();
        growth.categories << key;
        growth.series[0].values << double(n);
        growth.drills << Drill{u"members_joined"_s, QString(), t.from, t.to};
    }
    // Churn is a monthly cohort figure whatever the period.
    Chart churnChart =
        makeChart(u"churn_trend"_s, c.atRisk >= 0 ? tr("Churn rate (%1 vehicles at risk now)").arg(c.atRisk) : tr("Churn rate"),
                  Chart::Kind::Line, Tile::Format::Percent);
    churnChart.series = {{tr("Churn rate"), {}}};
    churnChart.target = target(u"churn_rate"_s);
    ChurnService churn(m_ctx);
    const Period thisMonth = Period::containing(Period::Kind::Month, p.to);
    for (const Period &m : thisMonth.trailing(std::min(trendLength, 24))) {
        churnChart.categories << m.key();
        churnChart.drills << Drill{u"churned"_s, QString(), m.from, m.to};
        if (m.from == thisMonth.from) { // the tile's own cohort: an open month is not summarised
            churnChart.series[0].values << c.churnRate;
            continue;
        }
        auto rows = churn.cohort(who, m.from, ChurnService::GroupBy::None);
        if (!rows)
            return rows.error();
        churnChart.series[0].values << (rows->isEmpty() || rows->first().cohort == 0
                                            ? std::nullopt
                                            : std::optional<double>(100.0 * rows->first().rate()));
    }
    // Complaints by category (the tile's statistics) and by department.
    Chart byCategory = makeChart(u"complaints_category"_s, tr("Complaints by category"), Chart::Kind::Bar, Tile::Format::Count);
    byCategory.series = {{tr("Complaints"), {}}};
    for (const ComplaintStats::Row &r : c.complaints.rows) {
        byCategory.categories << r.label;
        byCategory.series[0].values << double(r.count);
        byCategory.drills << drill(u"complaints"_s, u"category:"_s + r.key);
    }
    auto departments = ComplaintService(m_ctx).statistics(who, p.from, p.to, u"department"_s);
    if (!departments)
        return departments.error();
    Chart byDepartment =
        makeChart(u"complaints_department"_s, tr("Complaints by department"), Chart::Kind::Bar, Tile::Format::Count);
    byDepartment.series = {{tr("Complaints"), {}}};
    for (const ComplaintStats::Row &r : departments->rows) {
        byDepartment.categories << r.label;
        byDepartment.series[0].values << double(r.count);
        byDepartment.drills << drill(u"complaints"_s, u"department:"_s + r.key);
    }
    auto agents = FollowupReportService(m_ctx).report(who, p.from, p.to, ReportGroup::Agent, true);
    if (!agents)
        return agents.error();
    Chart byAgent = makeChart(u"followup_agent"_s, tr("Follow-up completion by agent"), Chart::Kind::Bar, Tile::Format::Percent);
    byAgent.series = {{tr("Completion"), {}}, {tr("On time"), {}}};
    byAgent.target = target(u"followup_completion"_s);
    for (const FollowupFigures &r : agents->rows) {
        byAgent.categories << r.label;
        byAgent.series[0].values << pct(r.completed, r.due);
        byAgent.series[1].values << pct(r.onTime, r.due);
        byAgent.drills << drill(u"followup_tasks"_s, u"agent:"_s + r.key);
    }
    b.charts = {satisfaction, nps, churnChart, byCategory, byDepartment, byAgent, growth};
    return b;
}

} // namespace crm::services
