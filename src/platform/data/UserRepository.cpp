#include "data/UserRepository.h"

#include "core/Clock.h"
#include "data/Rows.h"

using namespace Qt::StringLiterals;

namespace crm::data {
namespace {
const QString kColumns =
    u"id, username, display_name, role, password_hash, active, created_at, updated_at, failed_logins, locked_until, "
    "last_login_at"_s;

UserRow rowFrom(const QSqlQuery &q)
{
    UserRow u;
    u.id = q.value(0).toLongLong();
    u.username = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.role = RoleText::fromId(q.value(3).toString()).value_or(Role::Agent);
    u.passwordHash = q.value(4).toString();
    u.active = q.value(5).toInt() != 0;
    u.createdAt = q.value(6).toString();
    u.updatedAt = q.value(7).toString();
    u.failedLogins = q.value(8).toInt();
    if (!q.value(9).isNull())
        u.lockedUntil = fromStoredUtc(q.value(9).toString());
    if (!q.value(10).isNull())
        u.lastLogin = fromStoredUtc(q.value(10).toString());
    return u;
}
} // namespace

Result<qint64> UserRepository::count()
{
    auto v = m_db.scalar(u"SELECT COUNT(*) FROM users"_s);
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<qint64> UserRepository::otherActiveAdmins(qint64 exceptId)
{
    auto v = m_db.scalar(u"SELECT COUNT(*) FROM users WHERE role = 'admin' AND active = 1 AND id <> ?"_s, {exceptId});
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<QList<UserRow>> UserRepository::select(const QString &where, const QVariantList &binds)
{
    auto q = m_db.exec(u"SELECT "_s + kColumns + u" FROM users "_s + where, binds);
    if (!q)
        return q.error();
    QList<UserRow> out;
    while (q->next())
        out << rowFrom(*q);
    return out;
}

Result<std::optional<UserRow>> UserRepository::findByUsername(const QString &username)
{
    auto r = select(u"WHERE username = ?"_s, {username});
    if (!r)
        return r.error();
    return r->isEmpty() ? std::nullopt : std::optional<UserRow>(r->first());
}

Result<std::optional<UserRow>> UserRepository::findById(qint64 id)
{
    auto r = select(u"WHERE id = ?"_s, {id});
    if (!r)
        return r.error();
    return r->isEmpty() ? std::nullopt : std::optional<UserRow>(r->first());
}

Result<QList<UserRow>> UserRepository::list()
{
    return select(u"ORDER BY active DESC, username"_s, {});
}

Result<qint64> UserRepository::insert(const UserRow &u)
{
    auto q =
        m_db.exec(u"INSERT INTO users(username, display_name, role, password_hash, active, created_at, updated_at) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                  {u.username, u.displayName, RoleText::id(u.role), u.passwordHash, u.active ? 1 : 0, u.createdAt, u.updatedAt});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::database(QStringLiteral("INSERT … RETURNING gave no row"), {});
    return q->value(0).toLongLong();
}

Status UserRepository::updatePasswordHash(qint64 id, const QString &hash, const QString &at)
{
    CRM_TRY(m_db.exec(u"UPDATE users SET password_hash = ?, updated_at = ? WHERE id = ?"_s, {hash, at, id}));
    return {};
}

Status UserRepository::update(const UserRow &u)
{
    CRM_TRY(m_db.exec(u"UPDATE users SET display_name = ?, role = ?, active = ?, updated_at = ? WHERE id = ?"_s,
                      {u.displayName, RoleText::id(u.role), u.active ? 1 : 0, u.updatedAt, u.id}));
    return {};
}

Result<int> UserRepository::addFailedLogin(qint64 id)
{
    auto q = m_db.exec(u"UPDATE users SET failed_logins = failed_logins + 1 WHERE id = ? RETURNING failed_logins"_s, {id});
    if (!q)
        return q.error();
    const int n = q->next() ? q->value(0).toInt() : 0;
    q->finish();
    return n;
}

Status UserRepository::setLock(qint64 id, int failedLogins, const QDateTime &lockedUntil)
{
    CRM_TRY(
        m_db.exec(u"UPDATE users SET failed_logins = ?, locked_until = ? WHERE id = ?"_s,
                  {failedLogins,
                   lockedUntil.isValid() ? QVariant(toStoredUtc(lockedUntil)) : QVariant(QMetaType(QMetaType::QString)), id}));
    return {};
}

Status UserRepository::setSignedIn(qint64 id, const QString &at)
{
    CRM_TRY(m_db.exec(u"UPDATE users SET last_login_at = ? WHERE id = ?"_s, {at, id}));
    return {};
}

Result<qint64> UserRepository::openDeskSession(qint64 userId, const QString &desk, const QString &at)
{
    return returnedId(m_db.exec(u"INSERT INTO desk_sessions(user_id, desk, started_at, last_seen_at) VALUES (?, ?, ?, ?) "
                                "RETURNING id"_s,
                                {userId, desk, at, at}));
}

Status UserRepository::deskSeen(qint64 id, const QString &at, int activeSeconds)
{
    CRM_TRY(m_db.exec(u"UPDATE desk_sessions SET last_seen_at = ?, active_seconds = active_seconds + ? "
                      "WHERE id = ? AND ended_at IS NULL"_s,
                      {at, activeSeconds, id}));
    return {};
}

Status UserRepository::closeDeskSession(qint64 id, const QString &at)
{
    CRM_TRY(
        m_db.exec(u"UPDATE desk_sessions SET last_seen_at = ?, ended_at = ? WHERE id = ? AND ended_at IS NULL"_s, {at, at, id}));
    return {};
}

} // namespace crm::data
