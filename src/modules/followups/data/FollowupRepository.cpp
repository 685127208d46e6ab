#include "followups/data/FollowupRepository.h"

#include "core/Clock.h"
#include "data/Rows.h"

using namespace Qt::StringLiterals;

namespace crm::data {
namespace {
QDate dayOf(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

QDateTime utcOf(const QVariant &v)
{
    return v.isNull() ? QDateTime() : fromStoredUtc(v.toString());
}

QVariant nullableUtc(const QDateTime &t)
{
    return t.isValid() ? QVariant(toStoredUtc(t)) : QVariant(QMetaType(QMetaType::QString));
}

const QString kTaskColumns =
    u"SELECT t.id, t.kind, t.source_key, t.customer_id, t.vehicle_id, t.available, t.due_date, t.expires, t.priority, t.status, "
    "t.attempts, t.next_attempt_at, t.assigned_to, u.display_name, c.name, c.mobile, "
    "CASE WHEN v.id IS NULL THEN '' ELSE v.model || ' ' || v.plate END, t.outcome, t.completed_at, c.gender "
    "FROM followup_tasks t JOIN customers c ON c.id = t.customer_id LEFT JOIN vehicles v ON v.id = t.vehicle_id "
    "LEFT JOIN users u ON u.id = t.assigned_to "_s;

TaskRow taskFrom(const QSqlQuery &q)
{
    TaskRow r;
    r.id = q.value(0).toLongLong();
    r.kind = q.value(1).toString();
    r.sourceKey = q.value(2).toString();
    r.customerId = q.value(3).toLongLong();
    r.vehicleId = q.value(4).toLongLong();
    r.available = dayOf(q.value(5));
    r.due = dayOf(q.value(6));
    r.expires = dayOf(q.value(7));
    r.priority = q.value(8).toInt();
    r.status = q.value(9).toString();
    r.attempts = q.value(10).toInt();
    r.nextAttemptAt = utcOf(q.value(11));
    r.assignedTo = q.value(12).toLongLong();
    r.assignedName = q.value(13).toString();
    r.customerName = q.value(14).toString();
    r.mobile = q.value(15).toString();
    r.vehicle = q.value(16).toString().trimmed();
    r.outcome = q.value(17).toString();
    r.completedAt = utcOf(q.value(18));
    r.customerGender = q.value(19).toString();
    return r;
}

const QString kCallColumns =
    u"SELECT c.id, c.task_id, c.customer_id, c.agent_id, u.display_name, t.kind, c.called_at, c.outcome, "
    "c.duration_sec, c.notes, c.next_action, c.callback_at, c.quiet_hours "
    "FROM followup_calls c JOIN followup_tasks t ON t.id = c.task_id LEFT JOIN users u ON u.id = c.agent_id "_s;

Result<QList<CallRow>> callsFrom(Result<QSqlQuery> q)
{
    if (!q)
        return q.error();
    QList<CallRow> out;
    while (q->next()) {
        CallRow c;
        c.id = q->value(0).toLongLong();
        c.taskId = q->value(1).toLongLong();
        c.customerId = q->value(2).toLongLong();
        c.agentId = q->value(3).toLongLong();
        c.agentName = q->value(4).toString();
        c.taskKind = q->value(5).toString();
        c.calledAt = utcOf(q->value(6));
        c.outcome = q->value(7).toString();
        c.durationSec = q->value(8).toInt();
        c.notes = q->value(9).toString();
        c.nextAction = q->value(10).toString();
        c.callbackAt = utcOf(q->value(11));
        c.quietHours = q->value(12).toInt() != 0;
        out << c;
    }
    return out;
}

// The WHERE clause of a queue filter, from fixed fragments only; values are bound.
QString whereOf(const QueueFilter &f, QVariantList &binds)
{
    QStringList parts{u"t.status = 'open'"_s};
    const QString today = f.today.toString(Qt::ISODate);
    const QString now = toStoredUtc(f.now);
    switch (f.scope) {
    case QueueScope::Now:
        parts << u"t.available <= ?"_s << u"(t.next_attempt_at IS NULL OR t.next_attempt_at <= ?)"_s;
        binds << today << now;
        break;
    case QueueScope::Overdue:
        parts << u"t.due_date < ?"_s << u"(t.next_attempt_at IS NULL OR t.next_attempt_at <= ?)"_s;
        binds << today << now;
        break;
    case QueueScope::Upcoming:
        parts << u"(t.available > ? OR t.next_attempt_at > ?)"_s;
        binds << today << now;
        break;
    case QueueScope::AllOpen:
        break;
    }
    switch (f.owner) {
    case QueueOwner::Mine:
        parts << u"t.assigned_to = ?"_s;
        binds << f.userId;
        break;
    case QueueOwner::Unassigned:
        parts << u"t.assigned_to IS NULL"_s;
        break;
    case QueueOwner::MineAndUnassigned:
        parts << u"(t.assigned_to IS NULL OR t.assigned_to = ?)"_s;
        binds << f.userId;
        break;
    case QueueOwner::Everyone:
        break;
    }
    if (!f.kind.isEmpty()) {
        parts << u"t.kind = ?"_s;
        binds << f.kind;
    }
    if (f.campaignId) {
        // The source keys of a campaign's calls share the prefix campaign:<id>: (an index range).
        parts << u"t.kind = 'campaign' AND t.source_key >= ? AND t.source_key < ?"_s;
        binds << u"campaign:%1:"_s.arg(f.campaignId) << u"campaign:%1;"_s.arg(f.campaignId);
    }
    return u" WHERE "_s + parts.join(u" AND "_s);
}
} // namespace

// The queue reads the open tasks' partial index in queue order (migration 0013): the first page
// comes straight off it, whatever the number of open tasks. Without statistics (SQLite bases
// have none) SQLite preferred the equality on followup_tasks_queue(status, …) and sorted every
// open task — 390 ms a page after a first generation at a million — so it is named. A
// campaign's calls are one range of the (kind, source_key) key, and one agent's own tasks of
// followup_tasks_assignee(assigned_to, status, …), instead.
static QString queueTable(const Database &db, const QueueFilter &f)
{
    const bool own = f.campaignId || f.owner == QueueOwner::Mine;
    return u"followup_tasks t"_s + (own ? QString() : db.dialect().indexedBy(u"followup_tasks_open"_s));
}

Result<QList<TaskRow>> FollowupRepository::queue(const QueueFilter &f, const std::optional<QueueCursor> &after, int limit)
{
    QVariantList binds;
    QString sql =
        QString(kTaskColumns).replace(u"FROM followup_tasks t "_s, u"FROM "_s + queueTable(m_db, f) + u' ') + whereOf(f, binds);
    if (after) {
        sql += u" AND (t.priority > ? OR (t.priority = ? AND (t.due_date > ? OR (t.due_date = ? AND t.id > ?))))"_s;
        binds << after->priority << after->priority << after->due << after->due << after->id;
    }
    sql += u" ORDER BY t.priority, t.due_date, t.id LIMIT ?"_s;
    binds << limit;
    auto q = m_db.exec(sql, binds);
    if (!q)
        return q.error();
    QList<TaskRow> out;
    while (q->next())
        out << taskFrom(*q);
    return out;
}

Result<qint64> FollowupRepository::queueCount(const QueueFilter &f, qint64 cap)
{
    QVariantList binds;
    // Counting stops after cap + 1 rows: the desk says "more than …" rather than reading every
    // open task of a million-customer base to print an exact number.
    const QString sql = u"SELECT COUNT(*) FROM (SELECT 1 FROM "_s + queueTable(m_db, f) + whereOf(f, binds) + u" LIMIT ?) c"_s;
    binds << cap + 1;
    auto v = m_db.scalar(sql, binds);
    if (!v)
        return v.error();
    return v->toLongLong();
}

QueueCursor FollowupRepository::cursorOf(const TaskRow &r)
{
    return {r.priority, r.due.toString(Qt::ISODate), r.id};
}

Result<std::optional<TaskRow>> FollowupRepository::task(qint64 id)
{
    auto q = m_db.exec(kTaskColumns + u"WHERE t.id = ?"_s, {id});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<TaskRow>();
    return std::optional<TaskRow>(taskFrom(*q));
}

Result<QList<TaskRow>> FollowupRepository::openTasksOf(qint64 customerId)
{
    auto q = m_db.exec(kTaskColumns + u"WHERE t.customer_id = ? AND t.status = 'open' ORDER BY t.due_date, t.id"_s, {customerId});
    if (!q)
        return q.error();
    QList<TaskRow> out;
    while (q->next())
        out << taskFrom(*q);
    return out;
}

Status FollowupRepository::lockTask(qint64 id)
{
    auto q = m_db.exec(u"SELECT id FROM followup_tasks WHERE id = ?"_s + m_db.dialect().lockRows(), {id});
    return q ? Status() : Status(q.error());
}

Status FollowupRepository::cancelOpenTask(const QString &kind, const QString &sourceKey, const QString &at)
{
    CRM_TRY(m_db.exec(
        u"UPDATE followup_tasks SET status = 'cancelled', updated_at = ? WHERE kind = ? AND source_key = ? AND status = 'open'"_s,
        {at, kind, sourceKey}));
    return {};
}

Result<bool> FollowupRepository::insertTask(const NewTask &t)
{
    auto inserted = m_db.execCached(
        u"INSERT INTO followup_tasks(kind, source_key, customer_id, vehicle_id, available, due_date, expires, "
        "priority, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(kind, source_key) DO NOTHING RETURNING id"_s,
        {t.kind, t.sourceKey, t.customerId, t.vehicleId ? QVariant(t.vehicleId) : QVariant(QMetaType(QMetaType::LongLong)),
         t.available.toString(Qt::ISODate), t.due.toString(Qt::ISODate), t.expires.toString(Qt::ISODate), t.priority, t.at,
         t.at});
    if (!inserted)
        return inserted.error();
    const bool created = (*inserted)->next();
    (*inserted)->finish();
    return created;
}

Result<QHash<QString, int>> FollowupRepository::insertTasks(const QList<NewTask> &tasks)
{
    constexpr int kRows = 400; // 10 values a row: well under both engines' bound-value limits
    auto statement = [](qsizetype rows) {
        QStringList tuples(rows, u"(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        return u"INSERT INTO followup_tasks(kind, source_key, customer_id, vehicle_id, available, due_date, expires, "
               "priority, created_at, updated_at) VALUES "_s +
               tuples.join(u", "_s) + u" ON CONFLICT(kind, source_key) DO NOTHING RETURNING kind"_s;
    };
    const QString full = statement(kRows);
    QHash<QString, int> created;
    for (qsizetype from = 0; from < tasks.size(); from += kRows) {
        const qsizetype rows = std::min<qsizetype>(kRows, tasks.size() - from);
        QVariantList binds;
        binds.reserve(rows * 10);
        for (qsizetype i = from; i < from + rows; ++i) {
            const NewTask &t = tasks[i];
            binds << t.kind << t.sourceKey << t.customerId
                  << (t.vehicleId ? QVariant(t.vehicleId) : QVariant(QMetaType(QMetaType::LongLong)))
                  << t.available.toString(Qt::ISODate) << t.due.toString(Qt::ISODate) << t.expires.toString(Qt::ISODate)
                  << t.priority << t.at << t.at;
        }
        if (rows == kRows) {
            auto q = m_db.execCached(full, binds);
            if (!q)
                return q.error();
            while ((*q)->next())
                ++created[(*q)->value(0).toString()];
            (*q)->finish();
        } else {
            auto q = m_db.exec(statement(rows), binds);
            if (!q)
                return q.error();
            while (q->next())
                ++created[q->value(0).toString()];
        }
    }
    return created;
}

Status FollowupRepository::refreshStatistics()
{
    if (m_db.engine() != Engine::Postgres)
        return {};
    return m_db.execRaw(u"ANALYZE followup_tasks"_s); // a utility statement: PostgreSQL cannot PREPARE it
}

Status FollowupRepository::expireClosedTasks(const QDate &today, const QString &at)
{
    CRM_TRY(m_db.exec(u"UPDATE followup_tasks SET status = 'expired', updated_at = ? WHERE status = 'open' AND expires < ?"_s,
                      {at, today.toString(Qt::ISODate)}));
    return {};
}

Result<qint64> FollowupRepository::taskIdOf(const QString &kind, const QString &sourceKey)
{
    auto id = m_db.scalar(u"SELECT id FROM followup_tasks WHERE kind = ? AND source_key = ?"_s, {kind, sourceKey});
    if (!id)
        return id.error();
    return id->toLongLong();
}

Status FollowupRepository::holdTask(const QString &kind, const QString &sourceKey, const QDateTime &untilUtc, qint64 userId)
{
    CRM_TRY(m_db.exec(u"UPDATE followup_tasks SET next_attempt_at = ?, assigned_to = ? WHERE kind = ? AND source_key = ? "
                      "AND status = 'open'"_s,
                      {toStoredUtc(untilUtc), nullableId(userId), kind, sourceKey}));
    return {};
}

Result<int> FollowupRepository::cancelOpenTasks(qint64 customerId, const QString &kind, const QString &at)
{
    auto q = m_db.exec(u"UPDATE followup_tasks SET status = 'cancelled', updated_at = ? WHERE customer_id = ? AND kind = ? "
                       "AND status = 'open'"_s,
                       {at, customerId, kind});
    if (!q)
        return q.error();
    return std::max(0, q->numRowsAffected());
}

Status FollowupRepository::saveOptOut(qint64 customerId, const QString &contactType, const QString &reason, const QString &at,
                                      const QString &by)
{
    CRM_TRY(m_db.exec(
        u"INSERT INTO customer_optouts(customer_id, contact_type, reason, created_at, created_by) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT(customer_id, contact_type) DO UPDATE SET reason = excluded.reason"_s,
        {customerId, contactType, reason, at, by}));
    return {};
}

Result<QList<OptOutRow>> FollowupRepository::optOuts(qint64 customerId)
{
    auto q = m_db.exec(u"SELECT contact_type, reason, created_at, created_by FROM customer_optouts WHERE customer_id = ? "
                       "ORDER BY created_at"_s,
                       {customerId});
    if (!q)
        return q.error();
    QList<OptOutRow> out;
    while (q->next())
        out << OptOutRow{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString()};
    return out;
}

Result<bool> FollowupRepository::claim(qint64 taskId, qint64 userId, const QDateTime &at)
{
    return changedOne(m_db.exec(u"UPDATE followup_tasks SET assigned_to = ?, updated_at = ? WHERE id = ? AND status = 'open' "
                                "AND (assigned_to IS NULL OR assigned_to = ?)"_s,
                                {userId, toStoredUtc(at), taskId, userId}));
}

Result<bool> FollowupRepository::assign(qint64 taskId, std::optional<qint64> userId, const QDateTime &at)
{
    return changedOne(
        m_db.exec(u"UPDATE followup_tasks SET assigned_to = ?, updated_at = ? WHERE id = ? AND status = 'open'"_s,
                  {userId ? QVariant(*userId) : QVariant(QMetaType(QMetaType::LongLong)), toStoredUtc(at), taskId}));
}

Result<bool> FollowupRepository::update(qint64 taskId, const TaskUpdate &u)
{
    const bool closed = u.status != u"open"_s;
    return changedOne(
        m_db.exec(u"UPDATE followup_tasks SET status = ?, attempts = ?, next_attempt_at = ?, outcome = ?, "
                  "assigned_to = COALESCE(assigned_to, ?), completed_at = ?, completed_day = ?, completed_by = ?, updated_at = ? "
                  "WHERE id = ? AND status = 'open'"_s,
                  {u.status, u.attempts, nullableUtc(closed ? QDateTime() : u.nextAttemptAt), Database::optional(u.outcome),
                   nullableId(u.userId), nullableUtc(closed ? u.at : QDateTime()),
                   closed ? QVariant(u.localDay.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString)),
                   closed ? nullableId(u.userId) : QVariant(QMetaType(QMetaType::LongLong)), toStoredUtc(u.at), taskId}));
}

Result<qint64> FollowupRepository::insertCall(const CallRow &c)
{
    auto q = m_db.exec(
        u"INSERT INTO followup_calls(task_id, customer_id, agent_id, called_at, outcome, duration_sec, notes, next_action, "
        "callback_at, quiet_hours, started_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
        {c.taskId, c.customerId, nullableId(c.agentId), toStoredUtc(c.calledAt), c.outcome, c.durationSec,
         Database::text(c.notes), Database::text(c.nextAction), nullableUtc(c.callbackAt), c.quietHours ? 1 : 0,
         nullableUtc(c.startedAt)});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::database(u"no id returned for the call"_s, {});
    return q->value(0).toLongLong();
}

Result<QList<CallRow>> FollowupRepository::calls(qint64 taskId)
{
    return callsFrom(m_db.exec(kCallColumns + u"WHERE c.task_id = ? ORDER BY c.called_at, c.id"_s, {taskId}));
}

Result<QList<CallRow>> FollowupRepository::customerCalls(qint64 customerId, int limit)
{
    return callsFrom(
        m_db.exec(kCallColumns + u"WHERE c.customer_id = ? ORDER BY c.called_at DESC, c.id DESC LIMIT ?"_s, {customerId, limit}));
}

} // namespace crm::data
