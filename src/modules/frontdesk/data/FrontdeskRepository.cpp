#include "frontdesk/data/FrontdeskRepository.h"

#include "core/Clock.h"
#include "data/Rows.h"

using namespace Qt::StringLiterals;

namespace crm::data {
namespace {
DeskListItem itemOf(const QSqlQuery &q)
{
    return {q.value(u"list"_s).toString(), q.value(u"code"_s).toString(),     q.value(u"title"_s).toString(),
            q.value(u"minutes"_s).toInt(), q.value(u"active"_s).toInt() != 0, q.value(u"position"_s).toInt()};
}
} // namespace

Result<QList<DeskListItem>> FrontdeskRepository::items(const QString &list, bool activeOnly)
{
    auto q = m_db.exec(u"SELECT list, code, title, minutes, active, position FROM frontdesk_lists WHERE list = ? "
                       "AND (? = 0 OR active = 1) ORDER BY position, title"_s,
                       {list, activeOnly ? 1 : 0});
    if (!q)
        return q.error();
    QList<DeskListItem> out;
    while (q->next())
        out << itemOf(*q);
    return out;
}

Result<std::optional<DeskListItem>> FrontdeskRepository::item(const QString &list, const QString &code)
{
    auto q = m_db.exec(u"SELECT list, code, title, minutes, active, position FROM frontdesk_lists WHERE list = ? AND code = ?"_s,
                       {list, code});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<DeskListItem>();
    return std::optional<DeskListItem>(itemOf(*q));
}

Status FrontdeskRepository::saveItem(const DeskListItem &i)
{
    CRM_TRY(m_db.exec(u"INSERT INTO frontdesk_lists(list, code, title, minutes, active, position) VALUES (?, ?, ?, ?, ?, ?) "
                      "ON CONFLICT (list, code) DO UPDATE SET title = excluded.title, minutes = excluded.minutes, "
                      "active = excluded.active, position = excluded.position"_s,
                      {i.list, i.code, i.title, i.minutes, i.active ? 1 : 0, i.position}));
    return {};
}

Result<qint64> FrontdeskRepository::insertCall(const InboundCall &c)
{
    return returnedId(m_db.exec(u"INSERT INTO inbound_calls(customer_id, number, purpose, outcome, notes, agent_id, called_at, "
                                "local_hour, task_id, appointment_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                                {nullableId(c.customerId), Database::text(c.number), c.purpose, Database::text(c.outcome),
                                 Database::text(c.notes), nullableId(c.agentId), toStoredUtc(c.calledAt), c.localHour,
                                 nullableId(c.taskId), nullableId(c.appointmentId)}));
}

Status FrontdeskRepository::linkAppointment(qint64 callId, qint64 appointmentId)
{
    CRM_TRY(m_db.exec(u"UPDATE inbound_calls SET appointment_id = ? WHERE id = ?"_s, {appointmentId, callId}));
    return {};
}

Result<QList<InboundCall>> FrontdeskRepository::callsOf(qint64 customerId, int limit)
{
    auto q = m_db.exec(u"SELECT i.id, i.customer_id, i.number, i.purpose, i.outcome, i.notes, i.agent_id, "
                       "COALESCE(u.display_name, '') AS agent_name, i.called_at, i.local_hour, i.task_id, i.appointment_id "
                       "FROM inbound_calls i LEFT JOIN users u ON u.id = i.agent_id WHERE i.customer_id = ? "
                       "ORDER BY i.called_at DESC, i.id DESC LIMIT ?"_s,
                       {customerId, limit});
    if (!q)
        return q.error();
    QList<InboundCall> out;
    while (q->next())
        out << InboundCall{q->value(u"id"_s).toLongLong(),
                           q->value(u"customer_id"_s).toLongLong(),
                           q->value(u"number"_s).toString(),
                           q->value(u"purpose"_s).toString(),
                           q->value(u"outcome"_s).toString(),
                           q->value(u"notes"_s).toString(),
                           q->value(u"agent_id"_s).toLongLong(),
                           q->value(u"agent_name"_s).toString(),
                           fromStoredUtc(q->value(u"called_at"_s).toString()),
                           q->value(u"local_hour"_s).toInt(),
                           q->value(u"task_id"_s).toLongLong(),
                           q->value(u"appointment_id"_s).toLongLong()};
    return out;
}

Result<QList<InboundCount>> FrontdeskRepository::countCalls(const QString &from, const QString &to, const QString &by)
{
    const QString key = by == u"agent"_s  ? u"COALESCE(u.display_name, '')"_s
                        : by == u"hour"_s ? u"i.local_hour"_s
                                          : u"i.purpose"_s;
    auto q = m_db.exec(u"SELECT %1 AS k, COUNT(*) AS n FROM inbound_calls i LEFT JOIN users u ON u.id = i.agent_id "
                       "WHERE i.called_at >= ? AND i.called_at < ? GROUP BY %1 ORDER BY %1"_s.arg(key),
                       {from, to});
    if (!q)
        return q.error();
    QList<InboundCount> out;
    while (q->next())
        out << InboundCount{q->value(u"k"_s).toString(), q->value(u"n"_s).toLongLong()};
    return out;
}

} // namespace crm::data
