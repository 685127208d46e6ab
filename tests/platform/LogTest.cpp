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

// Database errors reach the log without the values PostgreSQL quotes in them.
TEST(Logging, DatabaseMessagesLoseTheirValues)
{
    using crm::log::redacted;
    EXPECT_EQ(redacted(u"ERROR:  duplicate key value violates unique constraint \"vehicles_vin_key\"\n"
                       "DETAIL:  Key (vin)=(LFVAB15A9PA040001) already exists.\n(23505)"_s),
              u"ERROR:  duplicate key value violates unique constraint \"…\""_s);
    const QString one =
        redacted(u"ERROR: invalid input syntax for type bigint: \"13812345678\" DETAIL: Key (mobile)=(13812345678)"_s);
    EXPECT_FALSE(one.contains(u"13812345678"_s)) << one.toStdString();
    EXPECT_FALSE(redacted(u"value too long for type character varying(20): '张伟的地址'"_s).contains(u"张伟"_s));
    EXPECT_EQ(redacted(u"UNIQUE constraint failed: customers.mobile"_s), u"UNIQUE constraint failed: customers.mobile"_s);
}
