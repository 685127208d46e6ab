#include "data/DeferredIndexes.h"

#include "core/Log.h"
#include "data/Transaction.h"

using namespace Qt::StringLiterals;

namespace crm::data {

DeferredIndexes::DeferredIndexes(Database &db, QStringList tables, QStringList keep)
    : m_db(db), m_tables(std::move(tables)), m_keep(std::move(keep))
{
}

DeferredIndexes::~DeferredIndexes()
{
    if (m_dropped)
        if (Status s = restore(); !s)
            log::get("db")->error("indexes left to the next migrate: {}", s.error().message.toStdString());
}

Status DeferredIndexes::drop()
{
    if (m_dropped || m_tables.isEmpty())
        return {};
    QStringList marks;
    QVariantList tables;
    for (const QString &t : std::as_const(m_tables)) {
        marks << u"?"_s;
        tables << t;
    }
    // SQLite keeps each index's own CREATE statement; PostgreSQL rebuilds it from the catalogue.
    // Only the owner may drop an index there: a desk role's load keeps them (and works as before).
    const QString list = m_db.engine() == Engine::Sqlite
                             ? u"SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                               "AND upper(sql) NOT LIKE 'CREATE UNIQUE%' AND tbl_name IN (%1) ORDER BY tbl_name, name"_s
                             : u"SELECT i.relname, t.relname, pg_get_indexdef(i.oid) FROM pg_index x JOIN pg_class i ON "
                               "i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid WHERE NOT x.indisunique AND "
                               "t.relnamespace = current_schema()::regnamespace AND pg_has_role(t.relowner, 'USAGE') AND "
                               "t.relname IN (%1) ORDER BY 2, 1"_s;
    Transaction tx(m_db);
    CRM_TRY(tx.started());
    auto q = m_db.exec(list.arg(marks.join(u", "_s)), tables);
    if (!q)
        return q.error();
    QList<QStringList> found;
    while (q->next())
        if (!m_keep.contains(q->value(0).toString()))
            found << QStringList{q->value(0).toString(), q->value(1).toString(), q->value(2).toString()};
    for (const QStringList &index : std::as_const(found)) {
        CRM_TRY(m_db.exec(u"INSERT INTO deferred_indexes(name, table_name, definition) VALUES (?, ?, ?)"_s,
                          {index[0], index[1], index[2]}));
        CRM_TRY(m_db.execRaw(u"DROP INDEX %1"_s.arg(index[0])));
    }
    CRM_TRY(tx.commit());
    m_dropped = true;
    log::get("db")->info("{} indexes dropped for a bulk load", found.size());
    return {};
}

Status DeferredIndexes::restore()
{
    m_dropped = false;
    return restorePending(m_db);
}

Result<QStringList> DeferredIndexes::pending(Database &db)
{
    auto q = db.exec(u"SELECT name FROM deferred_indexes ORDER BY table_name, name"_s);
    if (!q)
        return q.error();
    QStringList names;
    while (q->next())
        names << q->value(0).toString();
    return names;
}

Status DeferredIndexes::restorePending(Database &db)
{
    auto q = db.exec(u"SELECT name, definition FROM deferred_indexes ORDER BY table_name, name"_s);
    if (!q)
        return q.error();
    QList<QPair<QString, QString>> todo;
    while (q->next())
        todo.append({q->value(0).toString(), q->value(1).toString()});
    if (todo.isEmpty())
        return {};
    // An index build sorts the whole table: PostgreSQL's default 64 MB sorts on disk at a million.
    // The session's setting is put back on every way out, a failed build too: the connection
    // goes on serving the desk (or the seed) that asked.
    auto build = [&]() -> Status {
        if (db.engine() == Engine::Postgres)
            CRM_TRY(db.execRaw(u"SET maintenance_work_mem = '512MB'"_s));
        // One index a transaction: an interruption keeps what was built.
        for (const auto &[name, definition] : std::as_const(todo)) {
            Transaction tx(db);
            CRM_TRY(tx.started());
            CRM_TRY(db.execRaw(definition));
            CRM_TRY(db.exec(u"DELETE FROM deferred_indexes WHERE name = ?"_s, {name}));
            CRM_TRY(tx.commit());
        }
        return {};
    };
    const Status built = build();
    if (db.engine() == Engine::Postgres)
        if (Status reset = db.execRaw(u"RESET maintenance_work_mem"_s); !reset && built)
            return reset;
    CRM_TRY(built);
    log::get("db")->info("{} indexes built after a bulk load", todo.size());
    return {};
}

} // namespace crm::data
