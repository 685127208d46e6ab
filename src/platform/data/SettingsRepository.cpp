#include "data/SettingsRepository.h"

using namespace Qt::StringLiterals;

namespace crm::data {

Result<std::optional<QString>> SettingsRepository::get(const QString &key)
{
    auto q = m_db.exec(u"SELECT value FROM settings WHERE key = ?"_s, {key});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<QString>();
    return std::optional<QString>(q->value(0).toString());
}

Result<QMap<QString, QString>> SettingsRepository::all()
{
    auto q = m_db.exec(u"SELECT key, value FROM settings ORDER BY key"_s);
    if (!q)
        return q.error();
    QMap<QString, QString> out;
    while (q->next())
        out.insert(q->value(0).toString(), q->value(1).toString());
    return out;
}

Status SettingsRepository::set(const QString &key, const QString &value, const QString &at, std::optional<qint64> userId)
{
    // ON CONFLICT … DO UPDATE is spelled the same on SQLite (≥ 3.24) and PostgreSQL.
    CRM_TRY(m_db.exec(u"INSERT INTO settings(key, value, updated_at, updated_by) VALUES (?, ?, ?, ?) "
                      "ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, "
                      "updated_by = excluded.updated_by"_s,
                      {key, Database::text(value), at, userId ? QVariant(*userId) : QVariant(QMetaType(QMetaType::LongLong))}));
    return {};
}

} // namespace crm::data
