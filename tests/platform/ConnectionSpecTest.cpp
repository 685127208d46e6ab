#include "data/ConnectionSpec.h"

#include <gtest/gtest.h>

using namespace crm::data;
using namespace Qt::StringLiterals;

TEST(ConnectionSpec, ParsesPostgresUrl)
{
    auto s = ConnectionSpec::parse(u"postgresql://crm:secret@db.local:5433/dealer"_s);
    ASSERT_TRUE(s.ok());
    EXPECT_EQ(s->engine, Engine::Postgres);
    EXPECT_EQ(s->host, u"db.local"_s);
    EXPECT_EQ(s->port, 5433);
    EXPECT_EQ(s->user, u"crm"_s);
    EXPECT_EQ(s->password, u"secret"_s);
    EXPECT_EQ(s->dbName, u"dealer"_s);
    EXPECT_FALSE(s->display().contains(u"secret"_s));
}

TEST(ConnectionSpec, DefaultsPortAndRefusesMissingDatabase)
{
    auto s = ConnectionSpec::parse(u"postgres://crm@localhost/x"_s);
    ASSERT_TRUE(s.ok());
    EXPECT_EQ(s->port, 5432);
    EXPECT_FALSE(ConnectionSpec::parse(u"postgresql://crm@localhost"_s).ok());
    EXPECT_FALSE(ConnectionSpec::parse(u"mysql://crm@localhost/x"_s).ok());
    EXPECT_FALSE(ConnectionSpec::parse(u"  "_s).ok());
}

TEST(ConnectionSpec, FileBecomesAbsoluteSqlitePath)
{
    auto s = ConnectionSpec::parse(u"demo.sqlite"_s);
    ASSERT_TRUE(s.ok());
    EXPECT_EQ(s->engine, Engine::Sqlite);
    EXPECT_TRUE(s->sqlitePath.startsWith(u'/'));
    EXPECT_TRUE(s->sqlitePath.endsWith(u"/demo.sqlite"_s));
}
