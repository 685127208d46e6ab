#pragma once
#include "data/Database.h"

#include <QMap>
#include <optional>

namespace crm::data {

class SettingsRepository {
public:
    explicit SettingsRepository(Database &db) : m_db(db) {}
    Result<std::optional<QString>> get(const QString &key);
    Result<QMap<QString, QString>> all();
    Status set(const QString &key, const QString &value, const QString &at, std::optional<qint64> userId);

private:
    Database &m_db;
};

} // namespace crm::data
