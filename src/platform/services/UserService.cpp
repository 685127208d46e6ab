#include "services/UserService.h"

#include "core/Log.h"
#include "data/Transaction.h"
#include "services/SettingsService.h"

#include <QRegularExpression>

#include <QLocale>

using namespace Qt::StringLiterals;

namespace crm::services {
namespace {
QVariantMap publicFields(const data::UserRow &u)
{
    return {{u"username"_s, u.username},
            {u"display_name"_s, u.displayName},
            {u"role"_s, RoleText::id(u.role)},
            {u"active"_s, u.active}};
}
} // namespace

UserService::UserService(Context ctx, PasswordHasher hasher) : m_ctx(ctx), m_hasher(std::move(hasher)) {}

Status UserService::validatePassword(const QString &pw)
{
    const int minLen = SettingsService(m_ctx).intValue(settings::kPasswordMinLength);
    if (pw.size() < minLen)
        return Error::invalid(tr("The password must have at least %1 characters.").arg(minLen));
    if (pw.size() > 256)
        return Error::invalid(tr("The password is too long (at most 256 characters)."));
    return {};
}

Status UserService::validate(const NewUser &u)
{
    static const QRegularExpression re(u"^[a-z][a-z0-9._-]{1,31}$"_s);
    if (!re.match(u.username).hasMatch())
        return Error::invalid(tr("The user name \"%1\" is not valid: use 2–32 lower-case letters, digits, '.', '_' or '-', "
                                 "starting with a letter.")
                                  .arg(u.username));
    if (u.displayName.trimmed().isEmpty())
        return Error::invalid(tr("Enter the person's name."));
    if (u.displayName.size() > 64)
        return Error::invalid(tr("The name is too long (at most 64 characters)."));
    return validatePassword(u.password);
}

Result<qint64> UserService::insert(const Session *who, const NewUser &u)
{
    data::UserRepository repo(m_ctx.db);
    auto existing = repo.findByUsername(u.username);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return Error::conflict(tr("The user name \"%1\" is taken already.").arg(u.username));
    auto hash = m_hasher.hash(u.password);
    if (!hash)
        return hash.error();
    data::UserRow row;
    row.username = u.username;
    row.displayName = u.displayName.trimmed();
    row.role = u.role;
    row.passwordHash = *hash;
    row.createdAt = row.updatedAt = toStoredUtc(m_ctx.clock.nowUtc());
    auto id = repo.insert(row);
    if (!id)
        return id.error();
    CRM_TRY(Guard::audit(m_ctx, who, {u"create"_s, u"users"_s, QString::number(*id), {}, publicFields(row), {}}));
    return *id;
}

Result<bool> UserService::needsFirstAdmin()
{
    auto n = data::UserRepository(m_ctx.db).count();
    if (!n)
        return n.error();
    return *n == 0;
}

Result<Session> UserService::createFirstAdmin(const NewUser &admin)
{
    NewUser u = admin;
    u.role = Role::Admin;
    CRM_TRY(validate(u));
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    // Checked inside the write transaction, so two desks cannot both create "the first" admin.
    auto n = data::UserRepository(m_ctx.db).count();
    if (!n)
        return n.error();
    if (*n > 0)
        return Error::conflict(tr("This database has users already; sign in instead."));
    const Session bootstrap{0, u.username, u.displayName, Role::Admin};
    auto id = insert(&bootstrap, u);
    if (!id)
        return id.error();
    CRM_TRY(tx.commit());
    return Session{*id, u.username, u.displayName.trimmed(), Role::Admin};
}

Result<Session> UserService::login(const QString &username, const QString &password)
{
    const QString name = username.trimmed().toLower();
    data::UserRepository repo(m_ctx.db);
    auto found = repo.findByUsername(name);
    if (!found)
        return found.error();
    const Error wrong = Error::auth(tr("Wrong user name or password."));
    const QDateTime now = m_ctx.clock.nowUtc();
    // A locked account is refused before its password is even looked at, so guessing on cannot
    // unlock it; the refusal says until when (the owner knows it is theirs).
    if (found->has_value() && (*found)->lockedUntil.isValid() && (*found)->lockedUntil > now) {
        log::get("auth")->info("sign-in refused: user id {} is locked", (*found)->id);
        return Error::auth(tr("This account is locked after too many failed sign-ins, until %1. Try again then, or ask an "
                              "administrator to reset the password.")
                               .arg(QLocale().toString((*found)->lockedUntil.toLocalTime().time(), QLocale::ShortFormat)));
    }
    // An unknown name costs one hash verification too, so timing does not reveal which names exist.
    static const QString decoy = m_hasher.hash(u"decoy password"_s).value();
    const bool verified =
        found->has_value() ? m_hasher.verify((*found)->passwordHash, password) : m_hasher.verify(decoy, password);
    if (!found->has_value() || !verified) {
        data::Transaction tx(m_ctx.db);
        CRM_TRY(tx.started());
        const Session anon{0, name, name, Role::Agent};
        CRM_TRY(Guard::audit(m_ctx, &anon, {u"login_failed"_s, u"users"_s, {}, {}, {}, {}}));
        bool locked = false;
        if (found->has_value()) {
            const qint64 id = (*found)->id;
            auto failures = repo.addFailedLogin(id);
            if (!failures)
                return failures.error();
            SettingsService settings(m_ctx);
            if (*failures >= settings.intValue(settings::kLockoutAttempts)) {
                const QDateTime until = now.addSecs(60LL * settings.intValue(settings::kLockoutMinutes));
                CRM_TRY(repo.setLock(id, 0, until));
                CRM_TRY(Guard::audit(m_ctx, &anon,
                                     {u"locked"_s,
                                      u"users"_s,
                                      QString::number(id),
                                      {},
                                      {},
                                      u"%1 failed sign-ins; locked until %2"_s.arg(*failures).arg(toStoredUtc(until))}));
                locked = true;
            }
        }
        CRM_TRY(tx.commit());
        log::get("auth")->info("failed login");
        if (locked)
            return Error::auth(tr("Wrong password too many times: this account is now locked for %n minute(s).", nullptr,
                                  SettingsService(m_ctx).intValue(settings::kLockoutMinutes)));
        return wrong;
    }
    const data::UserRow u = **found;
    if (!u.active)
        return Error::auth(tr("This account is disabled. Ask an administrator."));
    const Session s{u.id, u.username, u.displayName, u.role};
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    if (u.failedLogins > 0 || u.lockedUntil.isValid())
        CRM_TRY(repo.setLock(u.id, 0, {}));
    if (m_hasher.needsRehash(u.passwordHash)) {
        auto h = m_hasher.hash(password);
        if (!h)
            return h.error();
        CRM_TRY(repo.updatePasswordHash(u.id, *h, toStoredUtc(now)));
        CRM_TRY(Guard::audit(m_ctx, &s, {u"rehash"_s, u"users"_s, QString::number(u.id), {}, {}, {}}));
    }
    CRM_TRY(repo.setSignedIn(u.id, toStoredUtc(now)));
    CRM_TRY(Guard::audit(m_ctx, &s, {u"login"_s, u"users"_s, QString::number(u.id), {}, {}, {}}));
    CRM_TRY(tx.commit());
    log::get("auth")->info("user id {} logged in", u.id);
    return s;
}

Result<QList<data::UserRow>> UserService::list(const Session &who)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ManageUsers, tr("see the user accounts")));
    return data::UserRepository(m_ctx.db).list();
}

Result<qint64> UserService::add(const Session &who, const NewUser &input)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ManageUsers, tr("add user accounts")));
    NewUser u = input;
    u.username = u.username.trimmed().toLower();
    CRM_TRY(validate(u));
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    auto id = insert(&who, u);
    if (!id)
        return id.error();
    CRM_TRY(tx.commit());
    return *id;
}

Result<data::UserRow> UserService::load(qint64 id)
{
    auto u = data::UserRepository(m_ctx.db).findById(id);
    if (!u)
        return u.error();
    if (!u->has_value())
        return Error::notFound(tr("There is no user with id %1.").arg(id));
    return **u;
}

Result<data::UserRow> UserService::byUsername(const QString &username)
{
    auto u = data::UserRepository(m_ctx.db).findByUsername(username.trimmed().toLower());
    if (!u)
        return u.error();
    if (!u->has_value())
        return Error::notFound(tr("There is no user \"%1\".").arg(username));
    return **u;
}

Status UserService::update(const Session &who, qint64 userId, const QString &displayName, Role role)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ManageUsers, tr("change user accounts")));
    if (displayName.trimmed().isEmpty() || displayName.size() > 64)
        return Error::invalid(tr("Enter the person's name (at most 64 characters)."));
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    auto before = load(userId);
    if (!before)
        return before.error();
    if (userId == who.userId && role != Role::Admin)
        return Error::invalid(tr("You cannot take the administrator role from yourself."));
    data::UserRow after = *before;
    after.displayName = displayName.trimmed();
    after.role = role;
    after.updatedAt = toStoredUtc(m_ctx.clock.nowUtc());
    CRM_TRY(data::UserRepository(m_ctx.db).update(after));
    CRM_TRY(Guard::audit(m_ctx, &who,
                         {u"update"_s, u"users"_s, QString::number(userId), publicFields(*before), publicFields(after), {}}));
    return tx.commit();
}

Status UserService::setActive(const Session &who, qint64 userId, bool active)
{
    CRM_TRY(
        Guard::require(m_ctx, who, Permission::ManageUsers, active ? tr("enable user accounts") : tr("disable user accounts")));
    if (!active && userId == who.userId)
        return Error::invalid(tr("You cannot disable your own account."));
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    auto before = load(userId);
    if (!before)
        return before.error();
    if (!active && before->role == Role::Admin) {
        auto admins = data::UserRepository(m_ctx.db).otherActiveAdmins(userId);
        if (!admins)
            return admins.error();
        if (*admins == 0)
            return Error::invalid(tr("This is the last active administrator; enable or add another one first."));
    }
    data::UserRow after = *before;
    after.active = active;
    after.updatedAt = toStoredUtc(m_ctx.clock.nowUtc());
    CRM_TRY(data::UserRepository(m_ctx.db).update(after));
    CRM_TRY(Guard::audit(m_ctx, &who,
                         {active ? u"enable"_s : u"disable"_s,
                          u"users"_s,
                          QString::number(userId),
                          publicFields(*before),
                          publicFields(after),
                          {}}));
    return tx.commit();
}

Status UserService::storePassword(const Session &who, const data::UserRow &u, const QString &pw, const QString &action)
{
    CRM_TRY(validatePassword(pw));
    auto h = m_hasher.hash(pw);
    if (!h)
        return h.error();
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    CRM_TRY(data::UserRepository(m_ctx.db).updatePasswordHash(u.id, *h, toStoredUtc(m_ctx.clock.nowUtc())));
    // A new password ends a lock-out: that is what the locked-out person asks the administrator for.
    CRM_TRY(data::UserRepository(m_ctx.db).setLock(u.id, 0, {}));
    CRM_TRY(Guard::audit(m_ctx, &who, {action, u"users"_s, QString::number(u.id), {}, {}, {}}));
    return tx.commit();
}

Status UserService::resetPassword(const Session &who, qint64 userId, const QString &newPassword)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ManageUsers, tr("reset other people's passwords")));
    auto u = load(userId);
    if (!u)
        return u.error();
    return storePassword(who, *u, newPassword, u"password_reset"_s);
}

Status UserService::changeOwnPassword(const Session &who, const QString &oldPassword, const QString &newPassword)
{
    auto u = load(who.userId);
    if (!u)
        return u.error();
    if (!m_hasher.verify(u->passwordHash, oldPassword))
        return Error::auth(tr("The current password is wrong."));
    return storePassword(who, *u, newPassword, u"password_change"_s);
}

Result<qint64> UserService::openDeskSession(const Session &who, const QString &desk)
{
    if (!who.userId)
        return Error::invalid(u"a desk session needs a signed-in person"_s);
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    auto id = data::UserRepository(m_ctx.db).openDeskSession(who.userId, desk, toStoredUtc(m_ctx.clock.nowUtc()));
    if (!id)
        return id.error();
    CRM_TRY(tx.commit());
    return *id;
}

Status UserService::deskSeen(qint64 sessionId, int activeSeconds)
{
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    CRM_TRY(data::UserRepository(m_ctx.db).deskSeen(sessionId, toStoredUtc(m_ctx.clock.nowUtc()), std::max(0, activeSeconds)));
    return tx.commit();
}

Status UserService::closeDeskSession(qint64 sessionId)
{
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    CRM_TRY(data::UserRepository(m_ctx.db).closeDeskSession(sessionId, toStoredUtc(m_ctx.clock.nowUtc())));
    return tx.commit();
}

} // namespace crm::services
