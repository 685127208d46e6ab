#include "data/SqlScript.h"
#include "data/Dialect.h"

#include <gtest/gtest.h>

using namespace crm::data;
using namespace Qt::StringLiterals;

TEST(SqlScript, SplitsPlainStatementsAndDropsComments)
{
    const auto s = splitSqlScript(u"-- heading; with a semicolon\nCREATE TABLE a(x INT);\n\nCREATE TABLE b(y INT); -- tail\n"_s);
    ASSERT_EQ(s.size(), 2);
    EXPECT_EQ(s[0], u"CREATE TABLE a(x INT)"_s);
    EXPECT_EQ(s[1], u"CREATE TABLE b(y INT)"_s);
}

TEST(SqlScript, KeepsSemicolonsInQuotes)
{
    const auto s = splitSqlScript(u"INSERT INTO t VALUES ('a;b', 'it''s; ok');INSERT INTO t VALUES (\"x;y\")"_s);
    ASSERT_EQ(s.size(), 2);
    EXPECT_TRUE(s[0].contains(u"'it''s; ok'"_s));
}

TEST(SqlScript, KeepsSqliteTriggerBodiesWhole)
{
    const auto s =
        splitSqlScript(u"CREATE TRIGGER t1 BEFORE UPDATE ON a\nBEGIN\n  SELECT 1;\n  SELECT RAISE(ABORT, 'no; never');\nEND;\n"
                       "CREATE TABLE c(z INT);"_s);
    ASSERT_EQ(s.size(), 2);
    EXPECT_TRUE(s[0].endsWith(u"END"_s));
    EXPECT_TRUE(s[0].contains(u"SELECT 1;"_s));
}

TEST(SqlScript, KeepsDollarQuotedBodiesWhole)
{
    const auto s =
        splitSqlScript(u"CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n RAISE EXCEPTION 'x;y';\nEND;\n$$;\n"
                       "CREATE TRIGGER t BEFORE DELETE ON a FOR EACH ROW EXECUTE FUNCTION f();"_s);
    ASSERT_EQ(s.size(), 2);
    EXPECT_TRUE(s[0].endsWith(u"$$"_s));
    EXPECT_TRUE(s[1].startsWith(u"CREATE TRIGGER"_s));
}

TEST(Dialect, EscapesLikePatterns)
{
    EXPECT_EQ(Dialect::escapeLike(u"50%_a\\b"_s), u"50\\%\\_a\\\\b"_s);
}

TEST(Dialect, TranslatesPortableTokens)
{
    EXPECT_EQ(Dialect(Engine::Sqlite).translate(u"id @ID@"_s), u"id INTEGER PRIMARY KEY"_s);
    EXPECT_TRUE(Dialect(Engine::Postgres).translate(u"id @ID@"_s).contains(u"IDENTITY"_s));
    EXPECT_EQ(Dialect(Engine::Sqlite).beginWrite(), u"BEGIN IMMEDIATE"_s);
}
