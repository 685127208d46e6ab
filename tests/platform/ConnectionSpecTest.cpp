#include "data/ConnectionSpec.h"
#include "data/Database.h"

#include <QDir>

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

TEST(ConnectionSpec, CarriesTlsSettingsAndRefusesUnknownOnes)
{
    auto s = ConnectionSpec::parse(u"postgresql://desk@db.local/dealer?sslmode=verify-full&sslrootcert=/etc/dealercrm/ca.pem"_s);
    ASSERT_TRUE(s.ok()) << s.error().text().toStdString();
    EXPECT_EQ(s->sslMode, u"verify-full"_s);
    EXPECT_EQ(s->sslRootCert, u"/etc/dealercrm/ca.pem"_s);
    EXPECT_TRUE(s->display().endsWith(u"?sslmode=verify-full"_s));
    // verify-full without the CA cannot verify anything: said at once, not at the first connect.
    auto noCa = ConnectionSpec::parse(u"postgresql://desk@db.local/dealer?sslmode=verify-full"_s);
    ASSERT_FALSE(noCa.ok());
    EXPECT_TRUE(noCa.error().message.contains(u"sslrootcert"_s));
    EXPECT_FALSE(ConnectionSpec::parse(u"postgresql://desk@db.local/dealer?sslmode=sometimes"_s).ok());
    EXPECT_FALSE(ConnectionSpec::parse(u"postgresql://desk@db.local/dealer?options=-csearch_path%3Dx"_s).ok());
}

// SQLite over SMB/NFS corrupts files: those file systems are recognised by statfs's type; a
// local folder is not refused.
TEST(ConnectionSpec, NetworkFileSystemsAreRecognised)
{
    EXPECT_EQ(networkFileSystemName(0x6969), u"nfs"_s);
    EXPECT_EQ(networkFileSystemName(0xFF534D42), u"cifs"_s);
    EXPECT_EQ(networkFileSystemName(0xFE534D42), u"smb2"_s);
    EXPECT_EQ(networkFileSystemName(0x517B), u"smb"_s);
    EXPECT_TRUE(networkFileSystemName(0xEF53).isEmpty());     // ext4
    EXPECT_TRUE(networkFileSystemName(0x01021994).isEmpty()); // tmpfs
    EXPECT_TRUE(networkFileSystem(QDir::tempPath()).isEmpty());
}
