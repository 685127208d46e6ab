#include "data/AuditRepository.h"

#include "data/AuditSeal.h"

using namespace Qt::StringLiterals;

namespace crm::data {
namespace {
// Filters are bound values; an empty value disables its condition without changing the SQL,
// so the statement text is constant and can be prepared once.
const QString kWhere = u" WHERE (? = '' OR action = ?) AND (? = '' OR entity = ?) AND (? = '' OR username = ?) "_s;

// The last column is the person as people know them (personOf in Rows.h), read, never stored.
const QString kColumns = u"id, at, user_id, username, action, entity, entity_id, before_json, after_json, detail, "
                         "COALESCE((SELECT pn.display_name FROM users pn WHERE pn.id = audit_log.user_id), username), "
                         "subject_id"_s;

AuditEntry entryFrom(const QSqlQuery &q)
{
    AuditEntry e;
    e.id = q.value(0).toLongLong();
    e.at = q.value(1).toString();
    if (!q.value(2).isNull())
        e.userId = q.value(2).toLongLong();
    e.username = q.value(3).toString();
    e.action = q.value(4).toString();
    e.entity = q.value(5).toString();
    e.entityId = q.value(6).toString();
    e.beforeJson = q.value(7).toString();
    e.afterJson = q.value(8).toString();
    e.detail = q.value(9).toString();
    e.person = q.value(10).toString();
    e.subjectId = q.value(11).toLongLong();
    return e;
}

QVariantList filterBinds(const AuditFilter &f)
{
    return {Database::text(f.action), Database::text(f.action),   Database::text(f.entity),
            Database::text(f.entity), Database::text(f.username), Database::text(f.username)};
}
} // namespace

Result<qint64> AuditRepository::append(const AuditEntry &entry)
{
    AuditEntry e = entry;
    AuditSeal seal(m_db);
    if (e.subjectId == 0) { // < 0: the caller says no customer's values are in it
        auto subject = seal.subjectOf(e.entity, e.entityId);
        if (!subject)
            return subject.error();
        e.subjectId = *subject;
    }
    CRM_TRY(seal.sealEntry(e));
    const QVariant noId(QMetaType(QMetaType::LongLong));
    auto q = m_db.exec(
        u"INSERT INTO audit_log(at, user_id, username, action, entity, entity_id, before_json, after_json, detail, subject_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
        {e.at, e.userId ? QVariant(*e.userId) : noId, Database::text(e.username), e.action, e.entity,
         Database::optional(e.entityId), Database::optional(e.beforeJson), Database::optional(e.afterJson),
         Database::optional(e.detail), e.subjectId > 0 ? QVariant(e.subjectId) : noId});

    if (!q)
        return q.error();
    if (!q->next())
        return Error::database(QStringLiteral("INSERT … RETURNING gave no row"), {});
    return q->value(0).toLongLong();
}

Result<QList<AuditEntry>> AuditRepository::page(const AuditFilter &f, qint64 beforeId, int limit)
{
    QVariantList binds = filterBinds(f);
    binds << beforeId << beforeId << limit;
    auto q = m_db.exec(
        u"SELECT "_s + kColumns + u" FROM audit_log"_s + kWhere + u"AND (? = 0 OR id < ?) ORDER BY id DESC LIMIT ?"_s, binds);
    if (!q)
        return q.error();
    QList<AuditEntry> out;
    while (q->next())
        out << entryFrom(*q);
    q->finish();
    AuditSeal seal(m_db);
    QHash<qint64, QByteArray> keys;
    for (AuditEntry &e : out)
        seal.openEntry(e, keys);
    return out;
}

Result<std::optional<AuditEntry>> AuditRepository::byId(qint64 id)
{
    auto q = m_db.exec(u"SELECT "_s + kColumns + u" FROM audit_log WHERE id = ?"_s, {id});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<AuditEntry>();
    AuditEntry e = entryFrom(*q);
    q->finish();
    QHash<qint64, QByteArray> keys;
    AuditSeal(m_db).openEntry(e, keys);
    return std::optional<AuditEntry>(e);
}

Result<qint64> AuditRepository::count(const AuditFilter &f)
{
    auto v = m_db.scalar(u"SELECT COUNT(*) FROM audit_log"_s + kWhere, filterBinds(f));
    if (!v)
        return v.error();
    return v->toLongLong();
}

} // namespace crm::data
