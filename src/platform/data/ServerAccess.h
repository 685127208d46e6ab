#pragma once
// PostgreSQL's side of many desks: the desk login role that may read and write the program's
// tables and nothing else, the owner check migrate needs, and who is connected now.
#include "data/Database.h"

#include <QDateTime>

namespace crm::data {

struct ConnectedDesk {
    int pid = 0;
    QString application; // "dealercrm agent@desk-03" (Database::applicationName)
    QString role;
    QString clientAddress;
    QDateTime since;
    QString state; // active, idle, idle in transaction
};

class ServerAccess {
    Q_DECLARE_TR_FUNCTIONS(crm::data::ServerAccess)
public:
    explicit ServerAccess(Database &db) : m_db(db) {}

    // Creates the login role (or sets its password when it exists), records it in
    // server_desk_roles and grants it the program's tables. Run as the database's owner.
    Status setupDeskRole(const QString &role, const QString &password);
    // What a desk role may do, granted again to every recorded role: SELECT/INSERT/UPDATE/DELETE
    // on the program's tables and their sequences; on the audit log only SELECT and INSERT; no
    // TRUNCATE, no DDL (tables, triggers and functions stay the owner's). migrate calls it.
    Status grantDeskRoles();
    // Refuses, with the way out, when the connected role does not own the schema (a desk role).
    Status requireOwner();
    Result<QList<ConnectedDesk>> connectedDesks();

    static bool validRoleName(const QString &role);

private:
    Status grant(const QString &role);
    Status runFormatted(const QString &format, const QVariantList &args);
    Database &m_db;
};

} // namespace crm::data
