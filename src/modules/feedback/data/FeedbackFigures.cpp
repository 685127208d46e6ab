#include "feedback/data/FeedbackFigures.h"

using namespace Qt::StringLiterals;

namespace crm::data {

Result<QList<FeedbackFigureRow>> FeedbackFigures::byCategoryAndDepartment(const QString &fromUtc, const QString &toUtc,
                                                                          const QString &nowUtc)
{
    auto q = m_db.exec(
        u"SELECT i.category, COALESCE(i.department_id, 0), COUNT(*), COUNT(i.answered_at), "
        "SUM(CASE WHEN i.answered_at IS NOT NULL AND i.answered_at <= i.answer_due_at THEN 1 ELSE 0 END), "
        "COUNT(i.resolved_at), SUM(CASE WHEN i.resolved_at IS NOT NULL AND i.resolved_at <= i.resolve_due_at THEN 1 ELSE 0 END), "
        "COALESCE(SUM(i.work_minutes), 0), COUNT(i.work_minutes), "
        "SUM(CASE WHEN i.status IN ('open', 'answered', 'informing') THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN i.status IN ('open', 'answered', 'informing') AND ((i.answered_at IS NULL AND i.answer_due_at < ?) "
        "  OR (i.resolved_at IS NULL AND i.resolve_due_at < ?)) THEN 1 ELSE 0 END) "
        "FROM feedback_items i WHERE i.received_at >= ? AND i.received_at < ? GROUP BY i.category, i.department_id"_s,
        {nowUtc, nowUtc, fromUtc, toUtc});
    if (!q)
        return q.error();
    QList<FeedbackFigureRow> out;
    while (q->next()) {
        FeedbackFigureRow r;
        r.key = q->value(0).toString();
        r.code = r.key;
        r.departmentId = q->value(1).toLongLong();
        r.received = q->value(2).toLongLong();
        r.answered = q->value(3).toLongLong();
        r.answeredOnTime = q->value(4).toLongLong();
        r.resolved = q->value(5).toLongLong();
        r.resolvedOnTime = q->value(6).toLongLong();
        r.workMinutes = q->value(7).toLongLong();
        r.timed = q->value(8).toLongLong();
        r.open = q->value(9).toLongLong();
        r.overdue = q->value(10).toLongLong();
        out << r;
    }
    return out;
}

Result<QList<QPair<QString, qint64>>> FeedbackFigures::praise(const QString &fromUtc, const QString &toUtc)
{
    // category = 'praise' as a literal: the partial index feedback_items_praise answers it.
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
