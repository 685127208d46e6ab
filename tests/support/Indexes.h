#pragma once

#include "data/Database.h"

#include <QMap>

namespace crm::test {

// Every index of the database's own tables, by name, with its definition as the engine states it.
inline QMap<QString, QString> indexDefinitions(data::Database &db)
{
    const QString sql = db.engine() == data::Engine::Sqlite
                            ? QStringLiteral("SELECT name, COALESCE(sql, '') FROM sqlite_master WHERE type = 'index'")
                            : QStringLiteral("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema()");
    QMap<QString, QString> out;
    auto q = db.exec(sql);
    while (q && q->next())
        out.insert(q->value(0).toString(), q->value(1).toString());
    return out;
}

} // namespace crm::test
