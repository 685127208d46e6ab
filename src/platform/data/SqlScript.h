#pragma once
#include <QStringList>

namespace crm::data {

// Splits a migration script into statements. Not a naive split on ';': it respects
// quotes, comments, PostgreSQL dollar-quoted bodies and SQLite CREATE TRIGGER … END blocks.
QStringList splitSqlScript(const QString &script);

} // namespace crm::data
