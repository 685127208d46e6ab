#include "followups/data/FollowupFigures.h"

#include "core/Clock.h"

using namespace Qt::StringLiterals;

namespace crm::data {

Result<QList<TaskDayTotals>> FollowupFigures::taskDays(Key key, const QDate &from, const QDate &to)
{
    // From the per-day rollup the triggers of migration 0015 keep (cancelled tasks not counted).
    const QString column = key == Key::Agent ? u"NULLIF(agent_id, 0)"_s : key == Key::Kind ? u"kind"_s : u"due_date"_s;
    auto q = m_db.exec(u"SELECT "_s + column +
                           u", SUM(due), SUM(completed), SUM(on_time), SUM(reached) FROM followup_task_days "
                           "WHERE due_date >= ? AND due_date <= ? GROUP BY "_s +
                           column + u" HAVING SUM(due) > 0"_s,
                       {from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
    if (!q)
        return q.error();
    QList<TaskDayTotals> out;
    while (q->next())
        out << TaskDayTotals{q->value(0).isNull() ? QString() : q->value(0).toString(), q->value(1).toLongLong(),
                             q->value(2).toLongLong(), q->value(3).toLongLong(), q->value(4).toLongLong()};
    return out;
}

Result<QPair<qint64, qint64>> FollowupFigures::calls(const QString &fromUtc, const QString &toUtc)
{
    auto q = m_db.exec(u"SELECT COUNT(*), SUM(CASE WHEN outcome = 'reached' THEN 1 ELSE 0 END) FROM followup_calls "
                       "WHERE called_at >= ? AND called_at < ?"_s,
                       {fromUtc, toUtc});
    if (!q)
        return q.error();
    QPair<qint64, qint64> out{0, 0};
    if (q->next())
        out = {q->value(0).toLongLong(), q->value(1).toLongLong()};
    return out;
}

Result<QMap<QString, FollowupFigures::FeedbackCounts>> FollowupFigures::feedbackByCategory(const QString &fromUtc,
                                                                                           const QString &toUtc)
{
    auto q = m_db.exec(u"SELECT f.category, COUNT(*), "
                       "SUM(CASE WHEN f.status IN ('open', 'answered', 'informing') THEN 1 ELSE 0 END), "
                       "SUM(CASE WHEN f.status = 'closed' AND f.source <> 'legacy' THEN 1 ELSE 0 END) "
                       "FROM feedback_items f WHERE f.call_id IS NOT NULL AND f.received_at >= ? AND f.received_at < ? "
                       "GROUP BY f.category"_s,
                       {fromUtc, toUtc});
    if (!q)
        return q.error();
    QMap<QString, FeedbackCounts> counts;
    while (q->next())
        counts.insert(q->value(0).toString(), {q->value(1).toLongLong(), q->value(2).toLongLong(), q->value(3).toLongLong()});
    return counts;
}

Result<QList<FeedbackItem>> FollowupFigures::feedbackItems(const QString &fromUtc, const QString &toUtc, const QString &category,
                                                           int limit)
{
    QVariantList binds{fromUtc, toUtc};
    QString sql = u"SELECT c.called_at, f.category, f.text, cu.name, cu.id, u.display_name, COALESCE(d.code, ''), "
                  "COALESCE(d.name, ''), f.status, f.result FROM feedback_items f "
                  "JOIN followup_calls c ON c.id = f.call_id JOIN customers cu ON cu.id = c.customer_id "
                  "LEFT JOIN users u ON u.id = c.agent_id LEFT JOIN departments d ON d.id = f.department_id "
                  "WHERE f.call_id IS NOT NULL AND f.received_at >= ? AND f.received_at < ?"_s;
    if (!category.isEmpty()) {
        sql += u" AND f.category = ?"_s;
        binds << category;
    }
    sql += u" ORDER BY f.received_at DESC, f.id DESC LIMIT ?"_s;
    binds << limit;
    auto q = m_db.exec(sql, binds);
    if (!q)
        return q.error();
    QList<FeedbackItem> out;
    while (q->next())
        out << FeedbackItem{fromStoredUtc(q->value(0).toString()),
                            q->value(1).toString(),
                            q->value(2).toString(),
                            q->value(3).toString(),
                            q->value(4).toLongLong(),
                            q->value(5).toString(),
                            q->value(6).toString(),
                            q->value(7).toString(),
                            q->value(8).toString(),
                            q->value(9).toString()};
    return out;
}

} // namespace crm::data
