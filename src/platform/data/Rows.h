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

// A reference that may be absent: 0 is bound as NULL (a foreign key column takes no 0).
inline QVariant nullableId(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

// The person behind a stored user name, as people know them: the display name, or the stored
// name when no such account exists (a system job, an account since removed). Rows keep the user
// name (stable, audited); every read for people goes through this, so one table never shows
// `agent` beside 李晓红. Pass the column qualified by its table (`complaint_events.username`):
// unqualified, `username` would name the users table's own column inside the subquery.
inline QString personOf(const QString &usernameColumn)
{
    return QStringLiteral("COALESCE((SELECT pn.display_name FROM users pn WHERE pn.username = %1), %1)").arg(usernameColumn);
}

} // namespace crm::data
