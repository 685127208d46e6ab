#include "admin/data/UsageFigures.h"

#include "data/AuditSeal.h"

#include "data/Rows.h"

using namespace Qt::StringLiterals;

namespace crm::data {

namespace {

// Audit actions the report counts: sign-ins, records created and edited, imports, exports, reveals.
const QString kCountedActions = u"'login', 'create', 'update', 'edit', 'import', 'export', 'reveal', 'personal_data_copy'"_s;
const QString kPersonalActions = u"'reveal', 'export', 'personal_data_copy', 'anonymise'"_s;

Status addCounts(Result<QSqlQuery> q, QList<UsageCount> &out, const QStringList &kinds)
{
    if (!q)
        return q.error();
    while (q->next()) {
        for (int i = 0; i < kinds.size(); ++i) {
            const QString kind = kinds[i] == u"*"_s ? q->value(u"action"_s).toString() : kinds[i];
            out << UsageCount{q->value(u"user_id"_s).toLongLong(), q->value(u"hour"_s).toString(), kind,
                              q->value(2 + i + (kinds[i] == u"*"_s ? 1 : 0)).toLongLong()};
        }
    }
    return {};
}

} // namespace

Result<QList<UsageCount>> UsageFigures::counts(const QString &from, const QString &to, int shortCallSeconds)
{
    QList<UsageCount> out;
    CRM_TRY(addCounts(m_db.exec(u"SELECT user_id, substr(at, 1, 13) AS hour, action, COUNT(*) FROM audit_log "
                                "WHERE at >= ? AND at < ? AND user_id IS NOT NULL AND action IN ("_s +
                                    kCountedActions + u") GROUP BY user_id, substr(at, 1, 13), action"_s,
                                {from, to}),
                      out, {u"*"_s}));
    CRM_TRY(addCounts(m_db.exec(u"SELECT agent_id AS user_id, substr(called_at, 1, 13) AS hour, COUNT(*), "
                                "SUM(CASE WHEN duration_sec < ? THEN 1 ELSE 0 END), SUM(duration_sec) FROM followup_calls "
                                "WHERE called_at >= ? AND called_at < ? AND agent_id IS NOT NULL "
                                "GROUP BY agent_id, substr(called_at, 1, 13)"_s,
                                {shortCallSeconds, from, to}),
                      out, {u"calls"_s, u"short_calls"_s, u"call_seconds"_s}));
    CRM_TRY(addCounts(m_db.exec(u"SELECT completed_by AS user_id, substr(completed_at, 1, 13) AS hour, COUNT(*) "
                                "FROM followup_tasks WHERE completed_at >= ? AND completed_at < ? AND completed_by IS NOT NULL "
                                "GROUP BY completed_by, substr(completed_at, 1, 13)"_s,
                                {from, to}),
                      out, {u"tasks_closed"_s}));
    return out;
}

Result<QList<DeskSessionRow>> UsageFigures::sessions(const QString &from, const QString &to)
{
    auto q = m_db.exec(u"SELECT id, user_id, desk, started_at, last_seen_at, ended_at, active_seconds FROM desk_sessions "
                       "WHERE started_at < ? AND last_seen_at >= ? ORDER BY user_id, started_at"_s,
                       {to, from});
    if (!q)
        return q.error();
    QList<DeskSessionRow> out;
    while (q->next())
        out << DeskSessionRow{q->value(u"id"_s).toLongLong(),
                              q->value(u"user_id"_s).toLongLong(),
                              q->value(u"desk"_s).toString(),
                              q->value(u"started_at"_s).toString(),
                              q->value(u"last_seen_at"_s).toString(),
                              q->value(u"ended_at"_s).toString(),
                              q->value(u"active_seconds"_s).toLongLong()};
    return out;
}

Result<QList<CallTiming>> UsageFigures::calls(const QString &from, const QString &to)
{
    auto q = m_db.exec(u"SELECT id, agent_id, started_at, called_at, duration_sec FROM followup_calls "
                       "WHERE called_at >= ? AND called_at < ? AND agent_id IS NOT NULL AND started_at IS NOT NULL "
                       "ORDER BY called_at"_s,
                       {from, to});
    if (!q)
        return q.error();
    QList<CallTiming> out;
    while (q->next())
        out << CallTiming{q->value(u"id"_s).toLongLong(), q->value(u"agent_id"_s).toLongLong(),
                          q->value(u"started_at"_s).toString(), q->value(u"called_at"_s).toString(),
                          q->value(u"duration_sec"_s).toInt()};
    return out;
}

Result<QList<PersonalDataEvent>> UsageFigures::personalData(const QString &from, const QString &to, const QString &username,
                                                            const QString &action, int limit)
{
    QString sql = u"SELECT a.id, a.at, a.user_id, "_s + personOf(u"a.username"_s) +
                  u" AS person, a.action, a.entity, a.entity_id, a.after_json, a.detail, a.subject_id FROM audit_log a "
                  "WHERE a.at >= ? AND a.at < ? AND a.action IN ("_s +
                  kPersonalActions + u")"_s;
    QVariantList binds{from, to};
    if (!username.isEmpty()) {
        sql += u" AND a.username = ?"_s;
        binds << username;
    }
    if (!action.isEmpty()) {
        sql += u" AND a.action = ?"_s;
        binds << action;
    }
    sql += u" ORDER BY a.at DESC, a.id DESC LIMIT ?"_s;
    binds << limit;
    auto q = m_db.exec(sql, binds);
    if (!q)
        return q.error();
    QList<PersonalDataEvent> out;
    QList<qint64> subjects;
    while (q->next()) {
        out << PersonalDataEvent{
            q->value(u"id"_s).toLongLong(),      q->value(u"at"_s).toString(),         q->value(u"user_id"_s).toLongLong(),
            q->value(u"person"_s).toString(),    q->value(u"action"_s).toString(),     q->value(u"entity"_s).toString(),
            q->value(u"entity_id"_s).toString(), q->value(u"after_json"_s).toString(), q->value(u"detail"_s).toString()};
        subjects << q->value(u"subject_id"_s).toLongLong();
    }
    q->finish();
    // Sealed values opened for the report; an erased customer's read as nothing.
    AuditSeal seal(m_db);
    QHash<qint64, QByteArray> keys;
    for (int i = 0; i < out.size(); ++i) {
        out[i].afterJson = seal.openValue(subjects[i], out[i].afterJson, keys);
        out[i].detail = seal.openValue(subjects[i], out[i].detail, keys);
    }
    return out;
}

Result<QHash<qint64, QString>> UsageFigures::customerNames(const QList<qint64> &ids)
{
    QHash<qint64, QString> out;
    for (qint64 id : ids) {
        if (out.contains(id))
            continue;
        auto q = m_db.execCached(u"SELECT name FROM customers WHERE id = ?"_s, {id});
        if (!q)
            return q.error();
        if ((*q)->next())
            out.insert(id, (*q)->value(0).toString());
    }
    return out;
}

} // namespace crm::data
