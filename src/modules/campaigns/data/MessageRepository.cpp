#include "campaigns/data/MessageRepository.h"

#include "campaigns/data/CampaignSql.h"
#include "core/Clock.h"
#include "data/BatchInsert.h"
#include "data/Rows.h"

#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace crm::data {
using campaignsql::utcOf;
namespace {
// What the archive says about texting customer c (the consent and opt-out flags kept on its row,
// migration 0034); one bind: the start of the 30 days counted.
const QString kFlags =
    u"CASE WHEN c.mobile IS NOT NULL AND c.mobile <> '' AND c.deleted_at IS NULL THEN 1 ELSE 0 END AS has_mobile, "
    "CASE WHEN EXISTS (SELECT 1 FROM customer_consents k WHERE k.customer_id = c.id AND k.purpose = 'sms' AND k.granted = 1) "
    "THEN 1 ELSE 0 END AS sms_ok, "
    "c.marketing_consent AS marketing_ok, c.opted_out_all AS dnd, c.opted_out_marketing AS opted, "
    "(SELECT COUNT(*) FROM messages mm WHERE mm.customer_id = c.id AND mm.purpose = 'marketing' AND mm.queued_at >= ? "
    "AND mm.status NOT IN ('cancelled', 'failed')) AS recent "_s;

campaigns::ContactFlags flagsFrom(const QSqlQuery &q, const QSqlRecord &r)
{
    auto v = [&](const char *name) { return q.value(r.indexOf(QLatin1String(name))).toInt(); };
    return {v("has_mobile") == 1, v("sms_ok") == 1, v("marketing_ok") == 1, v("dnd") == 1, v("opted") == 1, v("recent")};
}

const QString kMessageColumns =
    u"SELECT m.id, m.idem_key, m.customer_id, m.mobile, m.template_code, m.params, m.purpose, m.source, m.status, "
    "m.not_before, m.attempts, m.request_id, m.biz_id, m.error_code, m.error_text, m.queued_at, m.queued_by, m.sent_at, "
    "m.delivered_at, c.name AS customer_name FROM messages m LEFT JOIN customers c ON c.id = m.customer_id "_s;

QList<MessageRow> messagesFrom(QSqlQuery &q)
{
    const QSqlRecord r = q.record();
    QList<int> at;
    for (const char *name : {"id",         "idem_key",  "customer_id", "mobile",   "template_code", "params",       "purpose",
                             "source",     "status",    "not_before",  "attempts", "request_id",    "biz_id",       "error_code",
                             "error_text", "queued_at", "queued_by",   "sent_at",  "delivered_at",  "customer_name"})
        at << r.indexOf(QLatin1String(name));
    QList<MessageRow> out;
    while (q.next()) {
        MessageRow m;
        int i = 0;
        m.id = q.value(at[i++]).toLongLong();
        m.idemKey = q.value(at[i++]).toString();
        m.customerId = q.value(at[i++]).toLongLong();
        m.mobile = q.value(at[i++]).toString();
        m.templateCode = q.value(at[i++]).toString();
        m.params = q.value(at[i++]).toString();
        m.purpose = q.value(at[i++]).toString();
        m.source = q.value(at[i++]).toString();
        m.status = q.value(at[i++]).toString();
        m.notBefore = utcOf(q.value(at[i++]));
        m.attempts = q.value(at[i++]).toInt();
        m.requestId = q.value(at[i++]).toString();
        m.bizId = q.value(at[i++]).toString();
        m.errorCode = q.value(at[i++]).toString();
        m.errorText = q.value(at[i++]).toString();
        m.queuedAt = utcOf(q.value(at[i++]));
        m.queuedBy = q.value(at[i++]).toString();
        m.sentAt = utcOf(q.value(at[i++]));
        m.deliveredAt = utcOf(q.value(at[i++]));
        m.customerName = q.value(at[i++]).toString();
        out << m;
    }
    return out;
}

QVariantList rowOf(const MessageRow &m)
{
    return {m.idemKey,
            nullableId(m.customerId),
            m.mobile,
            m.templateCode,
            Database::text(m.params),
            m.purpose,
            Database::text(m.source),
            u"queued"_s,
            toStoredUtc(m.notBefore),
            0,
            toStoredUtc(m.queuedAt),
            m.queuedBy};
}
const QStringList kQueueColumns{u"idem_key"_s,   u"customer_id"_s, u"mobile"_s,    u"template_code"_s,
                                u"params"_s,     u"purpose"_s,     u"source"_s,    u"status"_s,
                                u"not_before"_s, u"attempts"_s,    u"queued_at"_s, u"queued_by"_s};
} // namespace

Result<QList<MessageTemplate>> MessageRepository::templates()
{
    auto q =
        m_db.exec(u"SELECT code, title, purpose, provider_code, sign_name, body, active FROM message_templates ORDER BY code"_s);
    if (!q)
        return q.error();
    QList<MessageTemplate> out;
    while (q->next())
        out << MessageTemplate{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),  q->value(3).toString(),
                               q->value(4).toString(), q->value(5).toString(), q->value(6).toInt() == 1};
    return out;
}

Result<std::optional<MessageTemplate>> MessageRepository::templateOf(const QString &code)
{
    auto all = templates();
    if (!all)
        return all.error();
    for (const MessageTemplate &t : *all)
        if (t.code == code)
            return std::optional<MessageTemplate>(t);
    return std::optional<MessageTemplate>();
}

Status MessageRepository::saveTemplate(const MessageTemplate &t, const QString &at, const QString &by)
{
    CRM_TRY(m_db.exec(u"INSERT INTO message_templates(code, title, purpose, provider_code, sign_name, body, active, updated_at, "
                      "updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET title = excluded.title, "
                      "purpose = excluded.purpose, provider_code = excluded.provider_code, sign_name = excluded.sign_name, "
                      "body = excluded.body, active = excluded.active, updated_at = excluded.updated_at, "
                      "updated_by = excluded.updated_by"_s,
                      {t.code, t.title, t.purpose, t.providerCode, t.signName, t.body, t.active ? 1 : 0, at, by}));
    return {};
}

Result<campaigns::ContactFlags> MessageRepository::flags(qint64 customerId, const QString &recentSince)
{
    auto q = m_db.exec(u"SELECT "_s + kFlags + u"FROM customers c WHERE c.id = ?"_s, {recentSince, customerId});
    if (!q)
        return q.error();
    if (!q->next())
        return campaigns::ContactFlags{};
    return flagsFrom(*q, q->record());
}

Result<QList<Recipient>> MessageRepository::campaignRecipients(qint64 campaignId, const QString &recentSince)
{
    auto q = m_db.exec(u"SELECT t.id AS target_id, c.id AS customer_id, c.name, c.mobile, v.vin, v.plate, v.model, "_s + kFlags +
                           u", CASE WHEN EXISTS (SELECT 1 FROM messages q WHERE q.idem_key = 'campaign:' || t.campaign_id || ':' "
                           "|| t.id) THEN 1 ELSE 0 END AS queued_before FROM campaign_targets t "
                           "JOIN customers c ON c.id = t.customer_id LEFT JOIN vehicles v ON v.id = t.vehicle_id "
                           "WHERE t.campaign_id = ? AND t.state = 'target' ORDER BY t.id"_s,
                       {recentSince, campaignId});
    if (!q)
        return q.error();
    const QSqlRecord r = q->record();
    QList<Recipient> out;
    while (q->next()) {
        Recipient p;
        p.targetId = q->value(0).toLongLong();
        p.customerId = q->value(1).toLongLong();
        p.name = q->value(2).toString();
        p.mobile = q->value(3).toString();
        p.vin = q->value(4).toString();
        p.plate = q->value(5).toString();
        p.model = q->value(6).toString();
        p.flags = flagsFrom(*q, r);
        p.queuedBefore = q->value(r.indexOf(u"queued_before"_s)).toInt() == 1;
        out << p;
    }
    return out;
}

Result<QList<Recipient>> MessageRepository::taskRecipients(const QStringList &kinds, const QDate &day, const QString &recentSince)
{
    if (kinds.isEmpty())
        return QList<Recipient>();
    QStringList marks;
    QVariantList binds{recentSince};
    for (const QString &k : kinds) {
        marks << u"?"_s;
        binds << k;
    }
    binds << day.toString(Qt::ISODate);
    auto q = m_db.exec(u"SELECT f.id AS task_id, f.kind, f.due_date, c.id AS customer_id, c.name, c.mobile, v.vin, v.plate, "
                       "v.model, "_s +
                           kFlags +
                           u"FROM followup_tasks f JOIN customers c ON c.id = f.customer_id "
                           "LEFT JOIN vehicles v ON v.id = f.vehicle_id WHERE f.status = 'open' AND f.kind IN (%1) "
                           "AND f.available = ? AND NOT EXISTS (SELECT 1 FROM messages q WHERE q.idem_key = "
                           "'task:' || f.id || ':sms') ORDER BY f.id"_s.arg(marks.join(u", "_s)),
                       binds);
    if (!q)
        return q.error();
    const QSqlRecord r = q->record();
    auto v = [&](const char *name) { return q->value(r.indexOf(QLatin1String(name))); };
    QList<Recipient> out;
    while (q->next()) {
        Recipient p;
        p.taskId = v("task_id").toLongLong();
        p.taskKind = v("kind").toString();
        p.due = QDate::fromString(v("due_date").toString(), Qt::ISODate);
        p.customerId = v("customer_id").toLongLong();
        p.name = v("name").toString();
        p.mobile = v("mobile").toString();
        p.vin = v("vin").toString();
        p.plate = v("plate").toString();
        p.model = v("model").toString();
        p.flags = flagsFrom(*q, r);
        out << p;
    }
    return out;
}

Result<bool> MessageRepository::queue(const MessageRow &m)
{
    QStringList marks;
    for (int i = 0; i < kQueueColumns.size(); ++i)
        marks << u"?"_s;
    auto q = m_db.exec(u"INSERT INTO messages(%1) VALUES (%2) ON CONFLICT (idem_key) DO NOTHING"_s.arg(
                           kQueueColumns.join(u", "_s), marks.join(u", "_s)),
                       rowOf(m));
    return changedOne(std::move(q));
}

Status MessageRepository::queueMany(const QList<MessageRow> &rows)
{
    BatchInsert batch(m_db, u"messages"_s, kQueueColumns);
    for (const MessageRow &m : rows)
        CRM_TRY(batch.add(rowOf(m)));
    return batch.flush();
}

Result<QList<MessageRow>> MessageRepository::due(const QString &nowUtc, int limit)
{
    auto q = m_db.exec(kMessageColumns + u"WHERE m.status = 'queued' AND m.not_before <= ? ORDER BY m.not_before, m.id LIMIT ?"_s,
                       {nowUtc, limit});
    if (!q)
        return q.error();
    return messagesFrom(*q);
}

Result<QList<MessageRow>> MessageRepository::list(const QString &status, qint64 customerId, qint64 afterId, int limit)
{
    QString where = u"WHERE (? = 0 OR m.id < ?) "_s;
    QVariantList binds{afterId, afterId};
    if (!status.isEmpty()) {
        where += u"AND m.status = ? "_s;
        binds << status;
    }
    if (customerId) {
        where += u"AND m.customer_id = ? "_s;
        binds << customerId;
    }
    binds << limit;
    auto q = m_db.exec(kMessageColumns + where + u"ORDER BY m.id DESC LIMIT ?"_s, binds);
    if (!q)
        return q.error();
    return messagesFrom(*q);
}

Result<std::optional<MessageRow>> MessageRepository::message(qint64 id)
{
    auto q = m_db.exec(kMessageColumns + u"WHERE m.id = ?"_s, {id});
    if (!q)
        return q.error();
    const QList<MessageRow> rows = messagesFrom(*q);
    return rows.isEmpty() ? std::optional<MessageRow>() : std::optional<MessageRow>(rows.first());
}

Result<bool> MessageRepository::take(qint64 id, const QString &at)
{
    return changedOne(m_db.exec(
        u"UPDATE messages SET status = 'sending', attempts = attempts + 1, taken_at = ? WHERE id = ? AND status = 'queued'"_s,
        {at, id}));
}

Status MessageRepository::finish(qint64 id, const QString &status, const QString &requestId, const QString &bizId,
                                 const QString &code, const QString &text, const QString &at)
{
    CRM_TRY(m_db.exec(
        u"UPDATE messages SET status = ?, request_id = ?, biz_id = ?, error_code = ?, error_text = ?, "
        "sent_at = CASE WHEN ? = 'sent' THEN ? ELSE sent_at END WHERE id = ? AND status = 'sending'"_s,
        {status, Database::text(requestId), Database::text(bizId), Database::text(code), Database::text(text), status, at, id}));
    return {};
}

Status MessageRepository::putBack(qint64 id, const QString &notBefore, const QString &code, const QString &text)
{
    CRM_TRY(m_db.exec(u"UPDATE messages SET status = 'queued', not_before = ?, error_code = ?, error_text = ? "
                      "WHERE id = ? AND status = 'sending'"_s,
                      {notBefore, Database::text(code), Database::text(text), id}));
    return {};
}

Status MessageRepository::deferTo(qint64 id, const QString &notBefore)
{
    CRM_TRY(m_db.exec(u"UPDATE messages SET not_before = ? WHERE id = ? AND status = 'queued'"_s, {notBefore, id}));
    return {};
}

Status MessageRepository::cancel(qint64 id, const QString &reason)
{
    CRM_TRY(
        m_db.exec(u"UPDATE messages SET status = 'cancelled', error_code = ? WHERE id = ? AND status IN ('queued', 'unknown')"_s,
                  {reason, id}));
    return {};
}

Status MessageRepository::delivered(qint64 id, const QString &status, const QString &code, const QString &at)
{
    CRM_TRY(m_db.exec(u"UPDATE messages SET status = ?, error_code = ?, delivered_at = ? WHERE id = ? "
                      "AND status IN ('sent', 'unknown')"_s,
                      {status, Database::text(code), at, id}));
    return {};
}

Result<int> MessageRepository::markInterrupted(const QString &takenBefore)
{
    auto q = m_db.exec(u"UPDATE messages SET status = 'unknown' WHERE status = 'sending' AND taken_at < ?"_s, {takenBefore});
    if (!q)
        return q.error();
    return q->numRowsAffected();
}

Result<QList<MessageRow>> MessageRepository::awaitingReceipt(const QString &sinceUtc, int limit)
{
    auto q = m_db.exec(kMessageColumns + u"WHERE m.status IN ('sent', 'unknown') AND m.queued_at >= ? ORDER BY m.id LIMIT ?"_s,
                       {sinceUtc, limit});
    if (!q)
        return q.error();
    return messagesFrom(*q);
}

Result<QMap<QString, qint64>> MessageRepository::countBySource(const QString &source)
{
    auto q = m_db.exec(u"SELECT status, COUNT(*) FROM messages WHERE source = ? GROUP BY status"_s, {source});
    if (!q)
        return q.error();
    QMap<QString, qint64> out;
    while (q->next())
        out.insert(q->value(0).toString(), q->value(1).toLongLong());
    return out;
}

Result<QList<qint64>> MessageRepository::customersWithMobile(const QString &mobile)
{
    auto q = m_db.exec(u"SELECT id FROM customers WHERE mobile = ? AND deleted_at IS NULL"_s, {mobile});
    if (!q)
        return q.error();
    QList<qint64> out;
    while (q->next())
        out << q->value(0).toLongLong();
    return out;
}

Result<qint64> MessageRepository::idOfKey(const QString &idemKey)
{
    auto id = m_db.scalar(u"SELECT id FROM messages WHERE idem_key = ?"_s, {idemKey});
    if (!id)
        return id.error();
    return id->toLongLong();
}

Status MessageRepository::requeue(qint64 id, const QString &notBefore)
{
    CRM_TRY(m_db.exec(u"UPDATE messages SET status = 'queued', not_before = ? WHERE id = ? AND status = 'unknown'"_s,
                      {notBefore, id}));
    return {};
}

} // namespace crm::data
