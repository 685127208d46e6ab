#pragma once
#include "core/Roles.h"

#include <QString>
#include <optional>

namespace crm::services {

// Who is acting. The GUI gets one from login; the CLI acts as a named system actor.
struct Session {
    qint64 userId = 0;           // 0 for the command-line system actor
    QString username;
    QString displayName;
    Role role = Role::Agent;

    bool can(Permission p) const { return roleHas(role, p); }
    std::optional<qint64> auditUserId() const { return userId > 0 ? std::optional<qint64>(userId) : std::nullopt; }

    static Session system(const QString &actor)
    {
        return Session{0, actor, actor, Role::Admin};
    }
};

} // namespace crm::services
