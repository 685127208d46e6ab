#include "followups/services/FollowupReportService.h"

#include "club/data/MemberFigures.h"
#include "data/Transaction.h"
#include "data/UserRepository.h"
#include "feedback/services/FeedbackService.h"
#include "followups/core/FollowupRules.h"
#include "followups/services/FollowupService.h"
#include "services/SettingsService.h"
#include "services/TableWriter.h"

#include <QFileInfo>
#include <QMap>

using namespace Qt::StringLiterals;

namespace crm::services {
namespace {
QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}
// A local day's start as stored UTC text: calls are stamped in UTC, periods are local days.
} // namespace

void FollowupFigures::add(const FollowupFigures &o)
{
    due += o.due;
    completed += o.completed;
    onTime += o.onTime;
    reached += o.reached;
}

QString FollowupReportService::groupTitle(ReportGroup g)
{
    switch (g) {
    case ReportGroup::Agent:
        return tr("By agent");
    case ReportGroup::Kind:
        return tr("By task type");
    case ReportGroup::Week:
        return tr("By week");
    case ReportGroup::Month:
        return tr("By month");
    }
    return {};
}

QString FollowupReportService::weekKey(const QDate &d)
{
    int year = 0;
    const int week = d.weekNumber(&year);
    return u"%1-W%2"_s.arg(year).arg(week, 2, 10, QLatin1Char('0'));
}

QString FollowupReportService::monthKey(const QDate &d)
{
    return d.toString(u"yyyy-MM"_s);
}

Result<FollowupReport> FollowupReportService::report(const Session &who, const QDate &from, const QDate &to, ReportGroup group,
                                                     bool rowsOnly)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::WorkFollowups, tr("see follow-up reports")));
    if (!from.isValid() || !to.isValid() || from > to)
        return Error::invalid(tr("Choose a period whose first day is not after its last."));
    if (from.daysTo(to) > 3660)
        return Error::invalid(tr("A report covers at most ten years."));
    FollowupReport r;
    r.from = from;
    r.to = to;
    r.group = group;

    data::FollowupFigures figures(m_ctx.db);
    const auto key = group == ReportGroup::Agent  ? data::FollowupFigures::Key::Agent
                     : group == ReportGroup::Kind ? data::FollowupFigures::Key::Kind
                                                  : data::FollowupFigures::Key::DueDay; // folded into weeks or months below
    auto days = figures.taskDays(key, from, to);
    if (!days)
        return days.error();
    QMap<QString, FollowupFigures> rows;
    for (const data::TaskDayTotals &d : *days) {
        FollowupFigures f;
        f.key = group == ReportGroup::Week    ? weekKey(QDate::fromString(d.key, Qt::ISODate))
                : group == ReportGroup::Month ? monthKey(QDate::fromString(d.key, Qt::ISODate))
                                              : d.key;
        f.due = d.due;
        f.completed = d.completed;
        f.onTime = d.onTime;
        f.reached = d.reached;
        FollowupFigures &into = rows[f.key];
        into.key = f.key;
        into.add(f);
    }
    // Labels: agents by name, kinds by title; periods are their own labels.
    QMap<QString, QString> names;
    if (group == ReportGroup::Agent) {
        auto users = data::UserRepository(m_ctx.db).list();
        if (!users)
            return users.error();
        for (const data::UserRow &u : *users)
            names.insert(QString::number(u.id), u.displayName);
    }
    for (FollowupFigures f : rows) {
        switch (group) {
        case ReportGroup::Agent:
            f.label = f.key.isEmpty() ? tr("(not assigned)") : names.value(f.key, f.key);
            break;
        case ReportGroup::Kind:
            f.label = followups::FollowupText::kind(f.key);
            break;
        default:
            f.label = f.key;
            break;
        }
        r.total.add(f);
        r.rows << f;
    }
    if (group == ReportGroup::Agent || group == ReportGroup::Kind)
        std::sort(r.rows.begin(), r.rows.end(), [](const FollowupFigures &a, const FollowupFigures &b) {
            return a.due != b.due ? a.due > b.due : a.label < b.label;
        });
    r.total.label = tr("Total");
    if (rowsOnly)
        return r;

    const QString fromUtc = storedDayStart(from), toUtc = storedDayStart(to.addDays(1));
    auto calls = figures.calls(fromUtc, toUtc);
    if (!calls)
        return calls.error();
    r.calls = calls->first;
    r.callsReached = calls->second;
    // Member coverage: members reached at least once within the coverage days up to `to`.
    r.coverageDays = SettingsService(m_ctx).intValue(settings::kMemberCoverageDays);
    auto coverage = data::memberCount(m_ctx.db, m_ctx.clock, data::MemberFigure::Coverage, to.addDays(1 - r.coverageDays), to);
    if (!coverage)
        return coverage.error();
    r.members = coverage->total;
    r.membersCovered = coverage->counted;
    auto counts = figures.feedbackByCategory(fromUtc, toUtc);
    if (!counts)
        return counts.error();
    auto categories = FeedbackService(m_ctx).categories();
    if (!categories)
        return categories.error();
    for (const data::FeedbackCategory &c : *categories) {
        const auto n = counts->value(c.code);
        if (c.active || n.items)
            r.feedback << FollowupReport::FeedbackCount{c.code, feedback::FeedbackText::category(c.code, c.name), n.items, n.open,
                                                        n.told};
    }
    return r;
}

Result<QList<FeedbackItem>> FollowupReportService::feedbackItems(const Session &who, const QDate &from, const QDate &to,
                                                                 const QString &category, int limit)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::WorkFollowups, tr("see follow-up reports")));
    return data::FollowupFigures(m_ctx.db).feedbackItems(storedDayStart(from), storedDayStart(to.addDays(1)), category, limit);
}

Status FollowupReportService::exportReport(const Session &who, const FollowupReport &r, const QString &path)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ExportData, tr("export reports")));
    auto writer = TableWriter::open(path, true);
    if (!writer)
        return writer.error();
    TableWriter &w = **writer;
    const QString period = tr("%1 to %2").arg(iso(r.from), iso(r.to));
    CRM_TRY(w.sheet(tr("Summary"), {tr("Figure"), tr("Value")}));
    CRM_TRY(w.row({tr("Period"), period}));
    CRM_TRY(w.row({tr("Tasks due"), r.total.due}));
    CRM_TRY(w.row({tr("Completed"), r.total.completed}));
    CRM_TRY(w.row({tr("Completion rate"), r.total.completionRate()}));
    CRM_TRY(w.row({tr("On-time rate"), r.total.onTimeRate()}));
    CRM_TRY(w.row({tr("Reached rate"), r.total.reachedRate()}));
    CRM_TRY(w.row({tr("Calls made"), r.calls}));
    CRM_TRY(w.row({tr("Calls that reached the customer"), r.callsReached}));
    CRM_TRY(w.row({tr("Club members"), r.members}));
    CRM_TRY(w.row({tr("Members reached in the last %n day(s)", nullptr, r.coverageDays), r.membersCovered}));
    CRM_TRY(w.row({tr("Member coverage"), r.coverageRate()}));
    CRM_TRY(w.sheet(groupTitle(r.group), {groupTitle(r.group), tr("Due"), tr("Completed"), tr("On time"), tr("Reached"),
                                          tr("Completion rate"), tr("On-time rate"), tr("Reached rate")}));
    for (const FollowupFigures &f : r.rows + QList<FollowupFigures>{r.total})
        CRM_TRY(w.row({f.label, f.due, f.completed, f.onTime, f.reached, f.completionRate(), f.onTimeRate(), f.reachedRate()}));
    CRM_TRY(w.sheet(tr("Feedback"), {tr("Category"), tr("Items"), tr("With the department or to tell"), tr("Result told")}));
    for (const FollowupReport::FeedbackCount &f : r.feedback)
        CRM_TRY(w.row({f.title, f.items, f.open, f.told}));
    CRM_TRY(w.finish());
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    CRM_TRY(Guard::audit(m_ctx, &who,
                         {u"export"_s,
                          u"followup_report"_s,
                          {},
                          {},
                          {{u"file"_s, QFileInfo(path).fileName()}, {u"period"_s, period}},
                          QFileInfo(path).fileName()}));
    return tx.commit();
}

} // namespace crm::services
