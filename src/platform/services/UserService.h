#pragma once
#include "data/UserRepository.h"
#include "services/Guard.h"
#include "services/PasswordHasher.h"

namespace crm::services {

struct NewUser {
    QString username;
    QString displayName;
    Role role = Role::Agent;
    QString password;
};

// Accounts: first admin, login with rehash, adding, disabling, passwords.
class UserService {
    Q_DECLARE_TR_FUNCTIONS(crm::services::UserService)
public:
    UserService(Context ctx, PasswordHasher hasher = PasswordHasher());

    Result<bool> needsFirstAdmin();
    Result<Session> createFirstAdmin(const NewUser &admin);
    Result<Session> login(const QString &username, const QString &password);

    Result<QList<data::UserRow>> list(const Session &who);
    Result<qint64> add(const Session &who, const NewUser &u);
    Status update(const Session &who, qint64 userId, const QString &displayName, Role role);
    Status setActive(const Session &who, qint64 userId, bool active);
    Status resetPassword(const Session &who, qint64 userId, const QString &newPassword);
    Status changeOwnPassword(const Session &who, const QString &oldPassword, const QString &newPassword);

    Result<data::UserRow> byUsername(const QString &username);

    // The desk's signed-in window, for the usage report's active time (see UserRepository).
    Result<qint64> openDeskSession(const Session &who, const QString &desk);
    Status deskSeen(qint64 sessionId, int activeSeconds);
    Status closeDeskSession(qint64 sessionId);

private:
    Status validate(const NewUser &u);
    Status validatePassword(const QString &pw);
    Result<data::UserRow> load(qint64 id);
    Status storePassword(const Session &who, const data::UserRow &u, const QString &pw, const QString &action);
    Result<qint64> insert(const Session *who, const NewUser &u);

    Context m_ctx;
    PasswordHasher m_hasher;
};

} // namespace crm::services
