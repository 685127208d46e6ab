#pragma once
#include "core/Roles.h"
#include "data/Database.h"
#include <QDateTime>

#include <optional>

namespace crm::data {

struct UserRow {
    qint64 id = 0;
    QString username;
    QString displayName;
    Role role = Role::Agent;
    QString passwordHash;
    bool active = true;
    QString createdAt;
    QString updatedAt;
    int failedLogins = 0;  // failed sign-ins in a row
    QDateTime lockedUntil; // UTC; invalid = not locked
    QDateTime lastLogin;   // UTC; invalid = never signed in
};

// Users aggregate. Never commits: the calling service owns the transaction.
class UserRepository {
public:
    explicit UserRepository(Database &db) : m_db(db) {}

    Result<qint64> count();
    // Active administrators other than `exceptId`.
    Result<qint64> otherActiveAdmins(qint64 exceptId);
    Result<std::optional<UserRow>> findByUsername(const QString &username);
    Result<std::optional<UserRow>> findById(qint64 id);
    Result<QList<UserRow>> list();
    Result<qint64> insert(const UserRow &u);
    Status updatePasswordHash(qint64 id, const QString &hash, const QString &at);
    Status update(const UserRow &u); // display name, role, active
    // One more failed sign-in; the new count (atomic, so two desks count both).
    Result<int> addFailedLogin(qint64 id);
    // Sets the count and the lock (an invalid time clears it).
    Status setLock(qint64 id, int failedLogins, const QDateTime &lockedUntil);
    Status setSignedIn(qint64 id, const QString &at);
    // The desks' signed-in windows (the usage report's active time): opened at sign-in, seen once
    // a minute with the seconds that had input while not locked, closed at sign-out.
    Result<qint64> openDeskSession(qint64 userId, const QString &desk, const QString &at);
    Status deskSeen(qint64 id, const QString &at, int activeSeconds);
    Status closeDeskSession(qint64 id, const QString &at);

private:
    Result<QList<UserRow>> select(const QString &where, const QVariantList &binds);
    Database &m_db;
};

} // namespace crm::data
