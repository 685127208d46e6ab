#pragma once
#include <spdlog/spdlog.h>

#include <QString>
#include <memory>

namespace crm::log {

// Named loggers share one rotating file and the console. Set up once per process;
// before setup (e.g. in unit tests) get() returns a console-only logger.
void setup(const QString &logDir, const QString &processName, bool verbose = false);
std::shared_ptr<spdlog::logger> get(const char *name);   // "app", "db", "ui", "auth", "cli", one per module
void installQtMessageHandler();
QString defaultLogDir();

} // namespace crm::log
