#include "core/Log.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

// Named loggers share one file; Qt's own warnings arrive there too.
TEST(Logging, NamedLoggersAndQtMessagesShareTheFile)
{
    QTemporaryDir dir;
    crm::log::setup(dir.path(), u"logtest"_s);
    crm::log::installQtMessageHandler();
    crm::log::get("db")->info("opened database id {}", 42);
    crm::log::get("archives")->warn("import rejected {} rows", 3);
    qWarning("a Qt warning");
    spdlog::apply_all([](const std::shared_ptr<spdlog::logger> &l) { l->flush(); });
    qInstallMessageHandler(nullptr);
    QFile f(dir.filePath(u"logtest.log"_s));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    EXPECT_TRUE(text.contains(u"[db]"_s) && text.contains(u"opened database id 42"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"[archives]"_s));
    EXPECT_TRUE(text.contains(u"a Qt warning"_s));
    crm::log::setup(QString(), u"tests"_s);
}
