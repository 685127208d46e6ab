#include "followups/services/FollowupReportService.h"

#include "club/data/MemberFigures.h"
#include "data/Transaction.h"
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
    data::Database &db = m_ctx.db;
    FollowupReport r;
    r.from = from;
    r.to = to;
    r.group = group;

    // From the per-day rollup the triggers of migration 0015 keep (cancelled tasks not counted).
    const QString key = group == ReportGroup::Agent  ? u"NULLIF(agent_id, 0)"_s
                        : group == ReportGroup::Kind ? u"kind"_s
                                                     : u"due_date"_s; // days, folded into weeks or months below
    auto q = db.exec(u"SELECT "_s + key +
                         u", SUM(due), SUM(completed), SUM(on_time), SUM(reached) FROM followup_task_days "
                         "WHERE due_date >= ? AND due_date <= ? GROUP BY "_s +
                         key + u" HAVING SUM(due) > 0"_s,
                     {iso(from), iso(to)});
    if (!q)
        return q.error();
    QMap<QString, FollowupFigures> rows;
    while (q->next()) {
        FollowupFigures f;
        const QString raw = q->value(0).isNull() ? QString() : q->value(0).toString();
        f.key = group == ReportGroup::Week    ? weekKey(QDate::fromString(raw, Qt::ISODate))
                : group == ReportGroup::Month ? monthKey(QDate::fromString(raw, Qt::ISODate))
                                              : raw;
        f.due = q->value(1).toLongLong();
        f.completed = q->value(2).toLongLong();
        f.onTime = q->value(3).toLongLong();
        f.reached = q->value(4).toLongLong();
        FollowupFigures &into = rows[f.key];
        into.key = f.key;
        into.add(f);
    }
    // Labels: agents by name, kinds by title; periods are their own labels.
    QMap<QString, QString> names;
    if (group == ReportGroup::Agent) {
        auto users = db.exec(u"SELECT id, display_name FROM users"_s);
        if (!users)
            return users.error();
        while (users->next())
            names.insert(users->value(0).toString(), users->value(1).toString());
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

    auto calls = db.exec(u"SELECT COUNT(*), SUM(CASE WHEN outcome = 'reached' THEN 1 ELSE 0 END) FROM followup_calls "
                         "WHERE called_at >= ? AND called_at < ?"_s,
                         {storedDayStart(from), storedDayStart(to.addDays(1))});
    if (!calls)
        return calls.error();
    if (calls->next()) {
        r.calls = calls->value(0).toLongLong();
        r.callsReached = calls->value(1).toLongLong();
    }
    // Member coverage: members reached at least once within the coverage days up to `to`.
    r.coverageDays = SettingsService(m_ctx).intValue(settings::kMemberCoverageDays);
    auto coverage = data::memberCount(m_ctx.db, m_ctx.clock, data::MemberFigure::Coverage, to.addDays(1 - r.coverageDays), to);
    if (!coverage)
        return coverage.error();
    r.members = coverage->total;
    r.membersCovered = coverage->counted;
    auto feedback = db.exec(u"SELECT f.category, COUNT(*) FROM call_feedback f JOIN followup_calls c ON c.id = f.call_id "
                            "WHERE c.called_at >= ? AND c.called_at < ? GROUP BY f.category"_s,
                            {storedDayStart(from), storedDayStart(to.addDays(1))});
    if (!feedback)
        return feedback.error();
    QMap<QString, qint64> counts;
    while (feedback->next())
        counts.insert(feedback->value(0).toString(), feedback->value(1).toLongLong());
    for (const QString &c : followups::FollowupText::feedbackCategories())
        r.feedback << qMakePair(c, counts.value(c));
    return r;
}

Result<QList<FeedbackItem>> FollowupReportService::feedbackItems(const Session &who, const QDate &from, const QDate &to,
                                                                 const QString &category, int limit)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::WorkFollowups, tr("see follow-up reports")));
    QVariantList binds{storedDayStart(from), storedDayStart(to.addDays(1))};
    QString sql = u"SELECT c.called_at, f.category, f.text, cu.name, cu.id, u.display_name FROM call_feedback f "
                  "JOIN followup_calls c ON c.id = f.call_id JOIN customers cu ON cu.id = c.customer_id "
                  "LEFT JOIN users u ON u.id = c.agent_id WHERE c.called_at >= ? AND c.called_at < ?"_s;
    if (!category.isEmpty()) {
        sql += u" AND f.category = ?"_s;
        binds << category;
    }
    sql += u" ORDER BY c.called_at DESC, f.id DESC LIMIT ?"_s;
    binds << limit;
    auto q = m_ctx.db.exec(sql, binds);
    if (!q)
        return q.error();
    QList<FeedbackItem> out;
    while (q->next())
        out << FeedbackItem{fromStoredUtc(q->value(0).toString()),
                            q->value(1).toString(),
                            q->value(2).toString(),
                            q->value(3).toString(),
                            q->value(4).toLongLong(),
                            q->value(5).toString()};
    return out;
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
    CRM_TRY(w.sheet(tr("Feedback"), {tr("Category"), tr("Items")}));
    for (const auto &[category, count] : r.feedback)
        CRM_TRY(w.row({followups::FollowupText::feedbackCategory(category), count}));
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
