#pragma once
#include "core/Roles.h"

#include <QString>
#include <optional>

namespace crm::services {

// Who is acting. The GUI gets one from login; the CLI acts as a named system actor.
struct Session {
    qint64 userId = 0; // 0 for the command-line system actor
    QString username;
    QString displayName;
    Role role = Role::Agent;
    // The command line and jobs act as the system: whoever runs them already holds the
    // database file (or its server credentials), so role checks would protect nothing.
    bool isSystem = false;

    bool can(Permission p) const { return isSystem || roleHas(role, p); }
    std::optional<qint64> auditUserId() const { return userId > 0 ? std::optional<qint64>(userId) : std::nullopt; }

    static Session system(const QString &actor) { return Session{0, actor, actor, Role::Admin, true}; }
};

} // namespace crm::services
