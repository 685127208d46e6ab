#include "feedback/data/FeedbackFigures.h"

using namespace Qt::StringLiterals;

namespace crm::data {

Result<QList<FeedbackFigureRow>> FeedbackFigures::byGroup(const QString &by, const QString &fromUtc, const QString &toUtc,
                                                          const QString &nowUtc)
{
    // Items recorded before routing existed (source 'legacy') have no department and no
    // deadlines: counted by category, never against a department.
    const bool byDepartment = by == u"department"_s;
    const QString key = byDepartment ? u"i.department_id"_s : u"i.category"_s;
    const QString names = byDepartment ? u"(SELECT d.code FROM departments d WHERE d.id = i.department_id), "
                                         "(SELECT d.name FROM departments d WHERE d.id = i.department_id)"_s
                                       : u"i.category, (SELECT c.name FROM feedback_categories c WHERE c.code = i.category)"_s;
    const QString sql =
        u"SELECT %1, %2, COUNT(*), COUNT(i.answered_at), "
        "SUM(CASE WHEN i.answered_at IS NOT NULL AND i.answered_at <= i.answer_due_at THEN 1 ELSE 0 END), "
        "COUNT(i.resolved_at), SUM(CASE WHEN i.resolved_at IS NOT NULL AND i.resolved_at <= i.resolve_due_at THEN 1 ELSE 0 END), "
        "COALESCE(SUM(i.work_minutes), 0), COUNT(i.work_minutes), "
        "SUM(CASE WHEN i.status IN ('open', 'answered', 'informing') THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN i.status IN ('open', 'answered', 'informing') AND ((i.answered_at IS NULL AND i.answer_due_at < ?) "
        "  OR (i.resolved_at IS NULL AND i.resolve_due_at < ?)) THEN 1 ELSE 0 END) "
        "FROM feedback_items i WHERE i.received_at >= ? AND i.received_at < ?%3 GROUP BY %1 ORDER BY %1"_s.arg(
            key, names, byDepartment ? u" AND i.department_id IS NOT NULL"_s : QString());
    auto q = m_db.exec(sql, {nowUtc, nowUtc, fromUtc, toUtc});
    if (!q)
        return q.error();
    QList<FeedbackFigureRow> out;
    while (q->next()) {
        FeedbackFigureRow r;
        r.key = q->value(0).toString();
        r.code = q->value(1).toString();
        r.name = q->value(2).toString();
        r.received = q->value(3).toLongLong();
        r.answered = q->value(4).toLongLong();
        r.answeredOnTime = q->value(5).toLongLong();
        r.resolved = q->value(6).toLongLong();
        r.resolvedOnTime = q->value(7).toLongLong();
        r.workMinutes = q->value(8).toLongLong();
        r.timed = q->value(9).toLongLong();
        r.open = q->value(10).toLongLong();
        r.overdue = q->value(11).toLongLong();
        out << r;
    }
    return out;
}

Result<QList<QPair<QString, qint64>>> FeedbackFigures::praise(const QString &fromUtc, const QString &toUtc)
{
    auto q = m_db.exec(u"SELECT praised, COUNT(*) FROM feedback_items WHERE category = 'praise' AND praised <> '' "
                       "AND received_at >= ? AND received_at < ? GROUP BY praised ORDER BY COUNT(*) DESC, praised"_s,
                       {fromUtc, toUtc});
    if (!q)
        return q.error();
    QList<QPair<QString, qint64>> out;
    while (q->next())
        out << qMakePair(q->value(0).toString(), q->value(1).toLongLong());
    return out;
}

} // namespace crm::data
