#pragma once
#include <spdlog/spdlog.h>

#include <QString>
#include <memory>

namespace crm::log {

// Named loggers share one rotating file and the console. Set up once per process;
// before setup (e.g. in unit tests) get() returns a console-only logger.
void setup(const QString &logDir, const QString &processName, bool verbose = false);
std::shared_ptr<spdlog::logger> get(const char *name); // "app", "db", "ui", "auth", "cli", one per module
void installQtMessageHandler();
// A database error message fit for the log: PostgreSQL quotes the offending values ("DETAIL:
// Key (mobile)=(138…) already exists", invalid input "…"), and logs hold no personal data.
// Keeps the first line with every quoted or keyed value replaced by "…".
QString redacted(const QString &databaseMessage);
QString defaultLogDir();

} // namespace crm::log
