#include "core/Log.h"

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>

#include <mutex>
#include <vector>

namespace crm::log {
namespace {
std::mutex g_mutex;
std::vector<spdlog::sink_ptr> g_sinks;

spdlog::sink_ptr consoleSink()
{
    static auto sink = [] {
        auto s = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
        s->set_level(spdlog::level::warn);
        return s;
    }();
    return sink;
}
} // namespace

QString defaultLogDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/logs");
}

void setup(const QString &logDir, const QString &processName, bool verbose)
{
    std::lock_guard lock(g_mutex);
    g_sinks.clear();
    consoleSink()->set_level(verbose ? spdlog::level::debug : spdlog::level::warn);
    g_sinks.push_back(consoleSink());
    if (!logDir.isEmpty() && QDir().mkpath(logDir)) {
        try {
            const QString file = logDir + u'/' + processName + QStringLiteral(".log");
            auto rot = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(file.toStdString(), 5 * 1024 * 1024, 3);
            rot->set_level(spdlog::level::debug);
            g_sinks.push_back(rot);
        } catch (const spdlog::spdlog_ex &) {
            // An unwritable log folder must not stop the program; the console still works.
        }
    }
    spdlog::apply_all([](const std::shared_ptr<spdlog::logger> &l) { l->sinks() = g_sinks; });
}

std::shared_ptr<spdlog::logger> get(const char *name)
{
    std::lock_guard lock(g_mutex);
    if (auto l = spdlog::get(name))
        return l;
    std::vector<spdlog::sink_ptr> sinks = g_sinks.empty() ? std::vector<spdlog::sink_ptr>{consoleSink()} : g_sinks;
    auto l = std::make_shared<spdlog::logger>(name, sinks.begin(), sinks.end());
    l->set_level(spdlog::level::debug);
    l->flush_on(spdlog::level::warn);
    spdlog::register_logger(l);
    return l;
}

QString redacted(const QString &databaseMessage)
{
    QString m = databaseMessage.section(u'\n', 0, 0);
    if (const qsizetype detail = m.indexOf(QStringLiteral("DETAIL")); detail >= 0)
        m.truncate(detail);
    static const QRegularExpression quoted(QStringLiteral(R"("[^"]*"|'[^']*'|=\([^)]*\))"));
    m.replace(quoted, QStringLiteral("\"…\""));
    return m.trimmed();
}

void installQtMessageHandler()
{
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &ctx, const QString &msg) {
        auto l = get("qt");
        const std::string text = msg.toStdString();
        const char *cat = ctx.category ? ctx.category : "default";
        switch (type) {
        case QtDebugMsg:
            l->debug("[{}] {}", cat, text);
            break;
        case QtInfoMsg:
            l->info("[{}] {}", cat, text);
            break;
        case QtWarningMsg:
            l->warn("[{}] {}", cat, text);
            break;
        case QtCriticalMsg:
            l->error("[{}] {}", cat, text);
            break;
        case QtFatalMsg:
            l->critical("[{}] {}", cat, text);
            l->flush();
            std::abort();
        }
    });
}

} // namespace crm::log
