#include "dashboard/services/DashboardService.h"

#include "archives/services/ChurnService.h"
#include "archives/services/CustomerService.h"
#include "club/core/ClubRules.h"
#include "club/services/ClubReportService.h"
#include "complaints/services/ComplaintService.h"
#include "followups/core/FollowupRules.h"
#include "followups/services/FollowupReportService.h"
#include "followups/services/FollowupService.h"
#include "services/SettingsService.h"
#include "surveys/services/SurveyService.h"

#include <QJsonArray>
#include <QMap>
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
QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}
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
QJsonValue optJson(std::optional<double> v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}
std::optional<double> optFrom(const QJsonValue &v)
{
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}
QJsonObject drillJson(const Drill &d)
{
    return {{u"kind"_s, d.kind}, {u"key"_s, d.key}, {u"from"_s, iso(d.from)}, {u"to"_s, iso(d.to)}};
}
Drill drillFrom(const QJsonObject &o)
{
    return {o.value(u"kind"_s).toString(), o.value(u"key"_s).toString(),
            QDate::fromString(o.value(u"from"_s).toString(), Qt::ISODate),
            QDate::fromString(o.value(u"to"_s).toString(), Qt::ISODate)};
}
} // namespace

QString Tile::text(Format f, std::optional<double> v)
{
    if (!v)
        return u"—"_s;
    switch (f) {
    case Format::Percent:
        return QString::number(*v, 'f', 1) + u" %"_s;
    case Format::Index:
        return QString::number(std::round(*v), 'f', 0);
    case Format::Nps:
        return (*v > 0 ? u"+"_s : QString()) + QString::number(*v, 'f', 1);
    case Format::Count:
        return QLocale().toString(qint64(std::llround(*v)));
    }
    return {};
}

QString Tile::stateTitle(dashboard::State s)
{
    switch (s) {
    case dashboard::State::Green:
        return DashboardService::tr("on target");
    case dashboard::State::Amber:
        return DashboardService::tr("near target");
    case dashboard::State::Red:
        return DashboardService::tr("off target");
    case dashboard::State::None:
        break;
    }
    return {};
}

QString Tile::stateColour(dashboard::State s)
{
    switch (s) {
    case dashboard::State::Green:
        return u"#2e7d32"_s;
    case dashboard::State::Amber:
        return u"#ef8f00"_s;
    case dashboard::State::Red:
        return u"#c62828"_s;
    case dashboard::State::None:
        break;
    }
    return u"#78909c"_s;
}

QColor Chart::seriesColour(int series)
{
    static const QList<QColor> colours{QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c),
                                       QColor(0x94, 0x67, 0xbd)};
    return colours.at(series % colours.size());
}

QString Tile::trendText() const
{
    if (!value || !previous)
        return {};
    const double d = *value - *previous;
    const QString arrow = std::abs(d) < 1e-9 ? u"="_s : d > 0 ? u"▲"_s : u"▼"_s;
    QString amount;
    switch (format) {
    case Format::Percent:
        amount = DashboardService::tr("%1 pts").arg(QString::number(std::abs(d), 'f', 1));
        break;
    case Format::Index:
    case Format::Nps:
        amount = QString::number(std::abs(d), 'f', format == Format::Index ? 0 : 1);
        break;
    case Format::Count:
        amount = QLocale().toString(qint64(std::llround(std::abs(d))));
        break;
    }
    return arrow + u' ' + amount;
}

const Tile *Board::tile(const QString &id) const
{
    for (const Tile &t : tiles)
        if (t.id == id)
            return &t;
    return nullptr;
}

const Chart *Board::chart(const QString &id) const
{
    for (const Chart &c : charts)
        if (c.id == id)
            return &c;
    return nullptr;
}

QJsonObject Board::toJson() const
{
    QJsonArray ts, cs;
    for (const Tile &t : tiles)
        ts << QJsonObject{{u"id"_s, t.id},
                          {u"title"_s, t.title},
                          {u"format"_s, int(t.format)},
                          {u"better"_s, int(t.better)},
                          {u"value"_s, optJson(t.value)},
                          {u"previous"_s, optJson(t.previous)},
                          {u"target"_s, optJson(t.target)},
                          {u"state"_s, int(t.state)},
                          {u"note"_s, t.note},
                          {u"drill"_s, drillJson(t.drill)}};
    for (const Chart &c : charts) {
        QJsonArray series, drills;
        for (const Chart::Series &s : c.series) {
            QJsonArray values;
            for (const auto &v : s.values)
                values << optJson(v);
            series << QJsonObject{{u"name"_s, s.name}, {u"values"_s, values}};
        }
        for (const Drill &d : c.drills)
            drills << drillJson(d);
        cs << QJsonObject{{u"id"_s, c.id},
                          {u"title"_s, c.title},
                          {u"kind"_s, int(c.kind)},
                          {u"format"_s, int(c.format)},
                          {u"categories"_s, QJsonArray::fromStringList(c.categories)},
                          {u"series"_s, series},
                          {u"drills"_s, drills},
                          {u"target"_s, optJson(c.target)}};
    }
    return {{u"period"_s, period.key()}, {u"computedAt"_s, toStoredUtc(computedAt)}, {u"tiles"_s, ts}, {u"charts"_s, cs}};
}

std::optional<Board> Board::fromJson(const QJsonObject &o)
{
    const auto p = Period::parse(o.value(u"period"_s).toString());
    if (!p)
        return std::nullopt;
    Board b;
    b.period = *p;
    b.previous = p->previous();
    b.computedAt = fromStoredUtc(o.value(u"computedAt"_s).toString());
    for (const QJsonValue &v : o.value(u"tiles"_s).toArray()) {
        const QJsonObject t = v.toObject();
        Tile tile;
        tile.id = t.value(u"id"_s).toString();
        tile.title = t.value(u"title"_s).toString();
        tile.format = Tile::Format(t.value(u"format"_s).toInt());
        tile.better = Better(t.value(u"better"_s).toInt());
        tile.value = optFrom(t.value(u"value"_s));
        tile.previous = optFrom(t.value(u"previous"_s));
        tile.target = optFrom(t.value(u"target"_s));
        tile.state = dashboard::State(t.value(u"state"_s).toInt());
        tile.note = t.value(u"note"_s).toString();
        tile.drill = drillFrom(t.value(u"drill"_s).toObject());
        b.tiles << tile;
    }
    for (const QJsonValue &v : o.value(u"charts"_s).toArray()) {
        const QJsonObject c = v.toObject();
        Chart chart;
        chart.id = c.value(u"id"_s).toString();
        chart.title = c.value(u"title"_s).toString();
        chart.kind = Chart::Kind(c.value(u"kind"_s).toInt());
        chart.format = Tile::Format(c.value(u"format"_s).toInt());
        for (const QJsonValue &x : c.value(u"categories"_s).toArray())
            chart.categories << x.toString();
        for (const QJsonValue &s : c.value(u"series"_s).toArray()) {
            Chart::Series series;
            series.name = s.toObject().value(u"name"_s).toString();
            for (const QJsonValue &x : s.toObject().value(u"values"_s).toArray())
                series.values << optFrom(x);
            chart.series << series;
        }
        for (const QJsonValue &d : c.value(u"drills"_s).toArray())
            chart.drills << drillFrom(d.toObject());
        chart.target = optFrom(c.value(u"target"_s));
        b.charts << chart;
    }
    return b;
}

// Everything one period's tiles need.
struct DashboardService::Figures {
    FollowupReport followups;
    SurveyScore service, sales, all, complaint;
    ComplaintStats complaints;
    std::optional<double> churnRate;
    qint64 churnCohort = 0, churned = 0;
    ReturnRates returns;
    ClubReport club;
    qint64 members = 0;     // active members as of the period's end
    qint64 outstanding = 0; // points available as of the period's end
    qint64 atRisk = -1;     // vehicles at risk now (the current period only)
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
    const QString end = storedDayStart(p.to.addDays(1));
    if (periodIsOpen(p.to, m_ctx.clock)) {
        // An open period ends after now: its members are today's active members and its
        // outstanding points today's balances, both already counted by the club report.
        f.members = f.club.members;
        f.outstanding = f.club.outstanding;
    } else {
        // Members at the period's end: active ones who had joined, and those cancelled since
        // (two index ranges; one OR over every member was a scan at scale).
        auto members =
            m_ctx.db.scalar(u"SELECT (SELECT COUNT(*) FROM club_members WHERE status = 'active' AND joined_on <= ?) + "
                            "(SELECT COUNT(DISTINCT m.id) FROM club_events e JOIN club_members m ON m.id = e.member_id "
                            "WHERE e.kind = 'cancel' AND e.at >= ? AND m.status <> 'active' AND m.joined_on <= ?)"_s,
                            {iso(p.to), end, iso(p.to)});
        if (!members)
            return members.error();
        f.members = members->toLongLong();
        auto outstanding = m_ctx.db.scalar(u"SELECT COALESCE(SUM(points), 0) FROM points_ledger WHERE at < ?"_s, {end});
        if (!outstanding)
            return outstanding.error();
        f.outstanding = outstanding->toLongLong();
    }
    if (withSnapshots) {
        auto risk = churn.atRisk(who, p.to);
        if (!risk)
            return risk.error();
        f.atRisk = *risk;
    }
    return f;
}

Result<Board> DashboardService::board(const Session &who, const Period &period, int trendLength)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ManageFollowups, tr("see the manager dashboard")));
    if (!period.isValid())
        return Error::invalid(tr("Choose a week or a month."));
    trendLength = std::clamp(trendLength, 1, 60);
    Board b;
    b.period = period;
    b.previous = period.previous();
    b.computedAt = m_ctx.clock.nowUtc();
    auto now = figures(who, period, true);
    if (!now)
        return now.error();
    auto before = figures(who, b.previous, false);
    if (!before)
        return before.error();
    const Figures &c = *now, &o = *before;
    const double amber = SettingsService(m_ctx).intValue(settings::kDashboardAmberPercent) / 100.0;
    const Period &p = period;

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
    add(u"ssi"_s, tr("Sales satisfaction (SSI)"), Tile::Format::Index, Better::Higher, c.sales.index(), o.sales.index(),
        target(u"ssi"_s), tr("%n response(s)", nullptr, int(c.sales.responses)), drill(u"survey_responses"_s, u"sales"_s));
    add(u"nps"_s, tr("NPS"), Tile::Format::Nps, Better::Higher, c.all.nps(), o.all.nps(), target(u"nps"_s),
        tr("%1 promoters, %2 detractors of %3").arg(c.all.promoters).arg(c.all.detractors).arg(c.all.npsAnswers),
        drill(u"survey_responses"_s));
    add(u"csat"_s, tr("CSAT"), Tile::Format::Percent, Better::Higher, c.all.csat(), o.all.csat(), target(u"csat"_s),
        tr("%1 of %2 answers 4–5").arg(c.all.satisfied).arg(c.all.scale5Answers), drill(u"survey_responses"_s));
    // Complaints: the monthly target is scaled to the period's length.
    std::optional<double> complaintTarget = target(u"complaints_per_month"_s);
    if (complaintTarget && p.kind == Period::Kind::Week)
        complaintTarget = std::round(*complaintTarget * 7.0 / 30.0 * 10.0) / 10.0;
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
    // Churn and returns.
    const QDate cohortMonth(p.to.year(), p.to.month(), 1);
    add(u"churn_rate"_s, tr("Churn rate"), Tile::Format::Percent, Better::Lower, c.churnRate, o.churnRate,
        target(u"churn_rate"_s), tr("%1 of %2 vehicles in the cohort").arg(c.churned).arg(c.churnCohort),
        Drill{u"churned"_s, QString(), cohortMonth, cohortMonth.addMonths(1).addDays(-1)});
    add(u"at_risk"_s, tr("Vehicles at risk"), Tile::Format::Count, Better::Lower,
        c.atRisk >= 0 ? std::optional<double>(double(c.atRisk)) : std::nullopt, std::nullopt, std::nullopt,
        tr("no paid visit lately, now"), Drill{u"at_risk"_s, QString(), p.to, p.to});
    add(u"first_return"_s, tr("First-maintenance return"), Tile::Format::Percent, Better::Higher,
        pct(c.returns.firstReturned, c.returns.firstDue), pct(o.returns.firstReturned, o.returns.firstDue),
        target(u"first_return"_s), tr("%1 of %2 vehicles").arg(c.returns.firstReturned).arg(c.returns.firstDue),
        Drill{u"first_return"_s, QString(), p.to, p.to});
    add(u"second_return"_s, tr("Second-maintenance return"), Tile::Format::Percent, Better::Higher,
        pct(c.returns.secondReturned, c.returns.secondDue), pct(o.returns.secondReturned, o.returns.secondDue),
        target(u"second_return"_s), tr("%1 of %2 vehicles").arg(c.returns.secondReturned).arg(c.returns.secondDue),
        Drill{u"second_return"_s, QString(), p.to, p.to});
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
    auto joined = m_ctx.db.exec(
        u"SELECT joined_on, COUNT(*) FROM club_members WHERE joined_on >= ? AND joined_on <= ? GROUP BY joined_on"_s,
        {iso(trail.first().from), iso(trail.last().to)});
    if (!joined)
        return joined.error();
    QMap<QDate, qint64> joinedByDay;
    while (joined->next())
        joinedByDay.insert(QDate::fromString(joined->value(0).toString(), Qt::ISODate), joined->value(1).toLongLong());
    joined->finish();
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

Result<DrillRecords> DashboardService::records(const Session &who, const Drill &d, int limit)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ManageFollowups, tr("see the manager dashboard")));
    if (!d.from.isValid() || !d.to.isValid())
        return Error::invalid(tr("The figure has no period."));
    DrillRecords out;
    QString sql;
    QVariantList binds;
    QString module = u"archives"_s;
    const QString from = storedDayStart(d.from), end = storedDayStart(d.to.addDays(1));
    const QString key = d.key.section(u':', 1);
    if (d.kind == u"followup_tasks"_s) {
        out.title = tr("Follow-up tasks due %1 to %2").arg(iso(d.from), iso(d.to));
        out.headers = {tr("Due"), tr("Task"), tr("Customer"), tr("Status"), tr("Completed on"), tr("Agent")};
        sql = u"SELECT t.customer_id, t.due_date, t.kind, c.name, t.status, COALESCE(t.completed_day, ''), "
              u"COALESCE(u.display_name, '') "
              "FROM followup_tasks t JOIN customers c ON c.id = t.customer_id LEFT JOIN users u ON u.id = "
              "COALESCE(t.completed_by, t.assigned_to) "
              "WHERE t.due_date >= ? AND t.due_date <= ? AND t.status <> 'cancelled'"_s;
        binds = {iso(d.from), iso(d.to)};
        if (d.key == u"late"_s)
            sql += u" AND NOT (t.status IN ('done', 'unreachable') AND t.completed_day <= t.due_date)"_s;
        else if (d.key.startsWith(u"agent:"_s)) {
            sql += key.isEmpty() ? u" AND COALESCE(t.completed_by, t.assigned_to) IS NULL"_s
                                 : u" AND COALESCE(t.completed_by, t.assigned_to) = ?"_s;
            if (!key.isEmpty())
                binds << key.toLongLong();
        }
        sql += u" ORDER BY t.due_date, t.id LIMIT ?"_s;
    } else if (d.kind == u"member_coverage"_s) {
        const int days = SettingsService(m_ctx).intValue(settings::kMemberCoverageDays);
        out.title = tr("Members not reached in the %n day(s) to %1", nullptr, days).arg(iso(d.to));
        out.headers = {tr("Customer"), tr("City"), tr("Last reached")};
        sql = u"SELECT c.id, c.name, c.city, COALESCE((SELECT MAX(f.called_at) FROM followup_calls f WHERE f.customer_id = c.id "
              "AND f.outcome = 'reached'), '') FROM customers c WHERE c.deleted_at IS NULL AND "_s +
              FollowupService::isMemberSql() +
              u" AND NOT EXISTS (SELECT 1 FROM followup_calls f WHERE f.customer_id = c.id AND f.outcome = 'reached' "
              "AND f.called_at >= ? AND f.called_at < ?) ORDER BY c.id LIMIT ?"_s;
        binds = {storedDayStart(d.to.addDays(1 - days)), end};
    } else if (d.kind == u"survey_responses"_s) {
        out.title = tr("Survey responses %1 to %2").arg(iso(d.from), iso(d.to));
        out.headers = {tr("Answered"), tr("Customer"), tr("Survey"), tr("Staff"), tr("Channel")};
        sql =
            u"SELECT r.customer_id, r.answered_at, c.name, t.name, r.staff, r.channel FROM survey_responses r "
            "JOIN survey_templates t ON t.id = r.template_id JOIN customers c ON c.id = r.customer_id "
            "WHERE r.answered_at >= ? AND r.answered_at < ? AND (? = '' OR t.purpose = ?) ORDER BY r.answered_at, r.id LIMIT ?"_s;
        binds = {from, end, data::Database::text(d.key), data::Database::text(d.key)};
    } else if (d.kind == u"complaints"_s) {
        module = u"complaints"_s;
        out.title = tr("Complaints registered %1 to %2").arg(iso(d.from), iso(d.to));
        out.headers = {tr("Number"), tr("Registered"), tr("Customer"), tr("Category"), tr("Department"), tr("Status")};
        sql = u"SELECT k.id, k.number, k.registered_at, c.name, k.category, k.department, k.status FROM complaints k "
              "JOIN customers c ON c.id = k.customer_id WHERE k.registered_at >= ? AND k.registered_at < ?"_s;
        binds = {from, end};
        if (d.key == u"closed"_s)
            sql += u" AND k.closed_at IS NOT NULL"_s;
        else if (d.key.startsWith(u"category:"_s)) {
            sql += u" AND k.category = ?"_s;
            binds << key;
        } else if (d.key.startsWith(u"department:"_s)) {
            sql += u" AND k.department = ?"_s;
            binds << data::Database::text(key);
        }
        sql += u" ORDER BY k.registered_at, k.id LIMIT ?"_s;
    } else if (d.kind == u"churned"_s || d.kind == u"at_risk"_s) {
        SettingsService s(m_ctx);
        out.headers = {tr("Customer"), tr("Plate"), tr("Model"), tr("Last paid visit")};
        if (d.kind == u"churned"_s) {
            // The cohort of ChurnService::cohort: a paid visit in month M−N and none since.
            const QDate cohortStart = QDate(d.from.year(), d.from.month(), 1).addMonths(-s.intValue(settings::kChurnLostMonths));
            const QDate cohortEnd = cohortStart.addMonths(1), periodEnd = QDate(d.from.year(), d.from.month(), 1).addMonths(1);
            out.title = tr("Vehicles that visited in %1 and not since").arg(cohortStart.toString(u"yyyy-MM"_s));
            sql =
                u"SELECT v.customer_id, c.name, v.plate, v.model, COALESCE(v.last_paid_visit, '') FROM vehicles v "
                "JOIN customers c ON c.id = v.customer_id WHERE v.status = 'active' AND v.deleted_at IS NULL "
                "AND EXISTS (SELECT 1 FROM service_visits s WHERE s.vehicle_id = v.id AND s.amount_fen > 0 AND s.deleted_at IS "
                "NULL "
                "AND s.visit_date >= ? AND s.visit_date < ?) AND NOT EXISTS (SELECT 1 FROM service_visits s WHERE s.vehicle_id = "
                "v.id "
                "AND s.amount_fen > 0 AND s.deleted_at IS NULL AND s.visit_date >= ? AND s.visit_date < ?) ORDER BY v.id LIMIT ?"_s;
            binds = {iso(cohortStart), iso(cohortEnd), iso(cohortEnd), iso(periodEnd)};
        } else {
            out.title = tr("Vehicles at risk on %1").arg(iso(d.to));
            sql = u"SELECT v.customer_id, c.name, v.plate, v.model, COALESCE(v.last_paid_visit, v.delivery_date, '') FROM "
                  u"vehicles v "
                  "JOIN customers c ON c.id = v.customer_id WHERE v.status = 'active' AND v.deleted_at IS NULL "
                  "AND COALESCE(v.last_paid_visit, v.delivery_date) < ? AND COALESCE(v.last_paid_visit, v.delivery_date) >= ? "
                  "ORDER BY COALESCE(v.last_paid_visit, v.delivery_date), v.id LIMIT ?"_s;
            binds = {iso(d.to.addMonths(-s.intValue(settings::kChurnAtRiskMonths))),
                     iso(d.to.addMonths(-s.intValue(settings::kChurnLostMonths)))};
        }
    } else if (d.kind == u"first_return"_s || d.kind == u"second_return"_s) {
        // The vehicles ChurnService::returnRates counts as due that have not returned.
        const bool first = d.kind == u"first_return"_s;
        const int fromMonths = first ? 7 : 19, toMonths = first ? 18 : 30, window = first ? 7 : 19, visits = first ? 1 : 2;
        out.title = first ? tr("First maintenance due, not returned") : tr("Second maintenance due, not returned");
        out.headers = {tr("Customer"), tr("Plate"), tr("Model"), tr("Delivered")};
        sql = u"SELECT v.customer_id, c.name, v.plate, v.model, v.delivery_date FROM vehicles v JOIN customers c ON c.id = "
              u"v.customer_id "
              "WHERE v.deleted_at IS NULL AND v.status = 'active' AND v.delivery_date >= ? AND v.delivery_date < ? "
              "AND (SELECT COUNT(*) FROM service_visits s WHERE s.vehicle_id = v.id AND s.kind = 'maintenance' AND s.deleted_at "
              "IS NULL "
              "AND s.visit_date >= v.delivery_date AND s.visit_date < "_s +
              m_ctx.db.dialect().addMonths(u"v.delivery_date"_s, window) + u") < ? ORDER BY v.delivery_date, v.id LIMIT ?"_s;
        binds = {iso(d.to.addMonths(-toMonths)), iso(d.to.addMonths(-fromMonths)), visits};
    } else if (d.kind == u"members_joined"_s || d.kind == u"members"_s) {
        out.headers = {tr("Customer"), tr("Joined"), tr("Tier"), tr("Points available")};
        sql = u"SELECT m.customer_id, c.name, m.joined_on, m.tier, COALESCE(b.available, 0) FROM club_members m "
              "JOIN customers c ON c.id = m.customer_id LEFT JOIN points_balances b ON b.member_id = m.id WHERE "_s;
        if (d.kind == u"members_joined"_s) {
            out.title = tr("Members who joined %1 to %2").arg(iso(d.from), iso(d.to));
            sql += u"m.joined_on >= ? AND m.joined_on <= ? ORDER BY m.joined_on, m.id LIMIT ?"_s;
            binds = {iso(d.from), iso(d.to)};
        } else if (d.key == u"active"_s) {
            out.title = tr("Members who earned or redeemed in the 12 months to %1").arg(iso(d.to));
            sql += u"m.id IN (SELECT member_id FROM points_ledger WHERE kind IN ('earn', 'spend') AND at >= ? AND at < ?) "
                   "ORDER BY m.id LIMIT ?"_s;
            binds = {storedDayStart(d.to.addDays(1).addMonths(-12)), end};
        } else {
            out.title = tr("Members holding points");
            sql += u"m.status = 'active' AND COALESCE(b.available, 0) > 0 ORDER BY b.available DESC, m.id LIMIT ?"_s;
        }
    } else if (d.kind == u"points"_s) {
        out.title = tr("Points entries %1 to %2").arg(iso(d.from), iso(d.to));
        out.headers = {tr("When"), tr("Customer"), tr("Entry"), tr("Points"), tr("Note")};
        sql = u"SELECT m.customer_id, l.at, c.name, l.kind, l.points, l.reason FROM points_ledger l JOIN club_members m ON m.id "
              u"= l.member_id "
              "JOIN customers c ON c.id = m.customer_id WHERE l.at >= ? AND l.at < ? AND "_s +
              (d.key == u"issued"_s ? u"l.kind IN ('earn', 'adjust') AND l.points > 0"_s : u"l.kind IN ('spend', 'refund')"_s) +
              u" ORDER BY l.at, l.id LIMIT ?"_s;
        binds = {from, end};
    } else if (d.kind == u"referral_leads"_s) {
        out.title = tr("Referral leads %1 to %2").arg(iso(d.from), iso(d.to));
        out.headers = {tr("Created"), tr("Prospect"), tr("Referred by"), tr("Consultant"), tr("Status")};
        sql =
            u"SELECT COALESCE(m.customer_id, 0), l.created_at, l.name, COALESCE(c.name, ''), l.consultant, l.status FROM leads l "
            "LEFT JOIN club_members m ON m.id = l.referrer_id LEFT JOIN customers c ON c.id = m.customer_id "
            "WHERE l.source = 'referral' AND l.created_at >= ? AND l.created_at < ? ORDER BY l.created_at, l.id LIMIT ?"_s;
        binds = {from, end};
    } else {
        return Error::invalid(tr("Unknown figure: %1").arg(d.kind));
    }
    binds << limit + 1;
    auto q = m_ctx.db.exec(sql, binds);
    if (!q)
        return q.error();
    const int columns = int(out.headers.size());
    while (q->next()) {
        if (out.rows.size() == limit) {
            out.truncated = true;
            break;
        }
        DrillRecords::Row row;
        row.moduleId = module;
        row.key = q->value(0).toLongLong();
        for (int i = 1; i <= columns; ++i) {
            QString v = q->value(i).toString();
            // Stored UTC stamps shown as local time.
            if (v.size() >= 19 && v.at(10) == u'T')
                v = fromStoredUtc(v).toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
            row.cells << v;
        }
        out.rows << row;
    }
    q->finish();
    // Ids to words.
    for (DrillRecords::Row &r : out.rows) {
        if (d.kind == u"followup_tasks"_s) {
            r.cells[1] = followups::FollowupText::kind(r.cells[1]);
            r.cells[3] = followups::FollowupText::status(r.cells[3]);
        } else if (d.kind == u"points"_s)
            r.cells[2] = club::ClubText::ledgerKind(r.cells[2]);
        else if (d.kind == u"referral_leads"_s)
            r.cells[4] = club::ClubText::leadStatus(r.cells[4]);
        else if (d.kind == u"complaints"_s) {
            r.cells[3] = complaints::ComplaintText::category(r.cells[3]);
            r.cells[5] = complaints::ComplaintText::status(r.cells[5]);
        } else if (d.kind == u"members_joined"_s || d.kind == u"members"_s)
            r.cells[2] = club::ClubText::tier(r.cells[2]);
    }
    return out;
}

} // namespace crm::services
