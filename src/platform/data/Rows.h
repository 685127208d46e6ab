#pragma once
// The two answers repositories read off a statement most: the id an INSERT … RETURNING id gave,
// and whether a conditional UPDATE changed its one row (false: the condition did not hold).
#include "data/Database.h"

namespace crm::data {

inline Result<qint64> returnedId(Result<QSqlQuery> q)
{
    if (!q || !q->next())
        return q ? Error::database(QStringLiteral("no id"), {}) : q.error();
    const qint64 id = q->value(0).toLongLong();
    q->finish(); // a RETURNING statement stays open until finished; SQLite will not commit past it
    return id;
}

inline Result<bool> changedOne(Result<QSqlQuery> q)
{
    if (!q)
        return q.error();
    return q->numRowsAffected() == 1;
}

} // namespace crm::data
