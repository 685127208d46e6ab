#include "data/ServerAccess.h"

#include "core/Clock.h"
#include "core/Log.h"
#include "data/Transaction.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace crm::data {

bool ServerAccess::validRoleName(const QString &role)
{
    static const QRegularExpression re(u"^[a-z_][a-z0-9_]{0,62}$"_s);
    return re.match(role).hasMatch();
}

// GRANT, CREATE ROLE and the like are utility statements: no parameters. The server quotes the
// identifiers and literals itself (format's %I and %L), so no name or password is spliced in here.
Status ServerAccess::runFormatted(const QString &format, const QVariantList &args)
{
    QString placeholders;
    for (qsizetype i = 0; i < args.size(); ++i)
        placeholders += u", ?::text"_s;
    auto sql = m_db.scalar(u"SELECT format(?::text"_s + placeholders + u")"_s, QVariantList{format} + args);
    if (!sql)
        return sql.error();
    return m_db.execRaw(sql->toString());
}

Status ServerAccess::requireOwner()
{
    if (m_db.engine() != Engine::Postgres)
        return {};
    // Owner of the schema's tables (or, on an empty database, allowed to create them).
    auto owner = m_db.scalar(u"SELECT COALESCE((SELECT pg_has_role(current_user, c.relowner, 'USAGE') FROM pg_class c "
                             "JOIN pg_namespace n ON n.oid = c.relnamespace "
                             "WHERE n.nspname = current_schema() AND c.relname = 'schema_version'), "
                             "has_schema_privilege(current_schema(), 'CREATE'))"_s);
    if (!owner)
        return owner.error();
    if (owner->toBool())
        return {};
    auto who = m_db.scalar(u"SELECT current_user || ' / ' || COALESCE((SELECT pg_get_userbyid(c.relowner) FROM pg_class c "
                           "JOIN pg_namespace n ON n.oid = c.relnamespace "
                           "WHERE n.nspname = current_schema() AND c.relname = 'schema_version'), '?')"_s);
    const QStringList names = who ? who->toString().split(u" / "_s) : QStringList{u"?"_s, u"?"_s};
    return Error::denied(tr("The role %1 may not change the database's schema (a desk role can only read and write its "
                            "tables). Upgrade it as its owner: dealercrm-cli -d postgresql://%2@HOST/DB migrate")
                             .arg(names.value(0), names.value(1)));
}

Status ServerAccess::setupDeskRole(const QString &role, const QString &password)
{
    if (m_db.engine() != Engine::Postgres)
        return Error::invalid(tr("Desk roles are PostgreSQL's: a SQLite file has no logins."));
    if (!validRoleName(role))
        return Error::invalid(tr("\"%1\" cannot be a role name: use lower-case letters, digits and _ (at most 63), "
                                 "starting with a letter.")
                                  .arg(role));
    if (password.size() < 8)
        return Error::invalid(tr("The desk role's password must have at least 8 characters."));
    CRM_TRY(requireOwner());
    auto existing =
        m_db.scalar(u"SELECT CASE WHEN rolsuper THEN 'super' ELSE 'plain' END FROM pg_roles WHERE rolname = ?"_s, {role});
    if (!existing)
        return existing.error();
    if (existing->toString() == u"super"_s)
        return Error::invalid(tr("%1 is a superuser; a desk role must be a plain login role. Choose another name.").arg(role));
    auto current = m_db.scalar(u"SELECT current_user"_s);
    if (!current)
        return current.error();
    if (current->toString() == role)
        return Error::invalid(tr("%1 is the role connected now (the owner); name a new role for the desks.").arg(role));
    Transaction tx(m_db);
    CRM_TRY(tx.started());
    if (existing->isNull())
        CRM_TRY(runFormatted(u"CREATE ROLE %I LOGIN PASSWORD %L NOSUPERUSER NOCREATEDB NOCREATEROLE"_s, {role, password}));
    else
        CRM_TRY(runFormatted(u"ALTER ROLE %I LOGIN PASSWORD %L"_s, {role, password}));
    CRM_TRY(m_db.exec(u"INSERT INTO server_desk_roles(role_name, created_at) VALUES (?, ?) ON CONFLICT (role_name) DO NOTHING"_s,
                      {role, toStoredUtc(QDateTime::currentDateTimeUtc())}));
    CRM_TRY(grant(role));
    CRM_TRY(tx.commit());
    log::get("db")->info("desk role set up");
    return {};
}

Status ServerAccess::grant(const QString &role)
{
    auto db = m_db.scalar(u"SELECT current_database()"_s);
    if (!db)
        return db.error();
    CRM_TRY(runFormatted(u"GRANT CONNECT ON DATABASE %I TO %I"_s, {db->toString(), role}));
    CRM_TRY(runFormatted(u"GRANT USAGE ON SCHEMA public TO %I"_s, {role}));
    CRM_TRY(runFormatted(u"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %I"_s, {role}));
    CRM_TRY(runFormatted(u"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %I"_s, {role}));
    // The audit log is read and appended, never changed; the schema's own records are the owner's.
    CRM_TRY(runFormatted(u"REVOKE UPDATE, DELETE, TRUNCATE ON audit_log, audit_chain FROM %I"_s, {role}));
    // audit_seal too: a desk that could delete it would turn the sealing of personal values off.
    CRM_TRY(runFormatted(u"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON schema_version, server_desk_roles, audit_seal FROM %I"_s,
                         {role}));
    return {};
}

Status ServerAccess::grantDeskRoles()
{
    if (m_db.engine() != Engine::Postgres)
        return {};
    // A schema from before migration 0028 (or a test's own migrations) records no desk roles.
    auto recorded = m_db.scalar(u"SELECT to_regclass('server_desk_roles') IS NOT NULL"_s);
    if (!recorded)
        return recorded.error();
    if (!recorded->toBool())
        return {};
    QStringList roles;
    {
        auto q = m_db.exec(u"SELECT d.role_name FROM server_desk_roles d JOIN pg_roles r ON r.rolname = d.role_name "
                           "ORDER BY d.role_name"_s);
        if (!q)
            return q.error();
        while (q->next())
            roles << q->value(0).toString();
    }
    for (const QString &r : roles)
        CRM_TRY(grant(r));
    return {};
}

Result<QList<ConnectedDesk>> ServerAccess::connectedDesks()
{
    QList<ConnectedDesk> out;
    if (m_db.engine() != Engine::Postgres)
        return out;
    auto q = m_db.exec(u"SELECT pid, application_name, usename, COALESCE(host(client_addr), 'local'), backend_start, "
                       "COALESCE(state, '') FROM pg_stat_activity WHERE datname = current_database() "
                       "AND backend_type = 'client backend' ORDER BY backend_start"_s);
    if (!q)
        return q.error();
    while (q->next()) {
        ConnectedDesk d;
        d.pid = q->value(0).toInt();
        d.application = q->value(1).toString();
        d.role = q->value(2).toString();
        d.clientAddress = q->value(3).toString();
        d.since = q->value(4).toDateTime();
        d.state = q->value(5).toString();
        out << d;
    }
    return out;
}

} // namespace crm::data
