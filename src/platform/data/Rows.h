#pragma once
// The two answers repositories read off a statement most: the id an INSERT … RETURNING id gave,
// and whether a conditional UPDATE changed its one row (false: the condition did not hold); and
// reading by a list of keys too long for one statement's IN list.
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

// Runs `sql` — one %1 where the placeholders of an IN list go — over `values`, kInList to a
// statement; the last list is padded with its last value so every statement is the same
// cached text (a repeated value in an IN list changes nothing).
constexpr int kInList = 500;
template <typename OnRow> Status overInList(Database &db, const QString &sql, const QVariantList &values, OnRow &&onRow)
{
    if (values.isEmpty())
        return {};
    const QString text = sql.arg(QStringList(kInList, QStringLiteral("?")).join(QStringLiteral(", ")));
    for (qsizetype from = 0; from < values.size(); from += kInList) {
        QVariantList binds = values.mid(from, kInList);
        while (binds.size() < kInList)
            binds << binds.last();
        auto q = db.execCached(text, binds);
        if (!q)
            return q.error();
        while ((*q)->next())
            onRow(**q);
        (*q)->finish();
    }
    return {};
}

template <typename T> QVariantList variants(const QList<T> &values)
{
    QVariantList out;
    out.reserve(values.size());
    for (const T &v : values)
        out << QVariant::fromValue(v);
    return out;
}

} // namespace crm::data
