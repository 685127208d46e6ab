// Crypto-shredding of the audit log (PIPL Art. 47): entries about a customer are sealed under
// the customer's key once the database seals (those written before are sealed by the set-up),
// read back opened by the program; an erasure destroys the key, so the entries stay — counted,
// append-only — and read as erased; a desk with no key file, or another database's, is refused
// clearly and nothing is lost. A restored backup erases again whom the erasure ledger lists.
// On both engines (the ledger's restore on SQLite, whose backups the program makes).
#include "TestDatabase.h"

#include "archives/services/CustomerService.h"
#include "core/Seal.h"
#include "data/AuditChain.h"
#include "data/AuditRepository.h"
#include "data/AuditSeal.h"
#include "privacy/data/ErasureLedger.h"
#include "privacy/services/PrivacyService.h"
#include "services/BackupService.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace crm;
using namespace crm::services;
using namespace Qt::StringLiterals;

namespace {
qint64 count(data::Database &db, const QString &sql, const QVariantList &binds = {})
{
    auto v = db.scalar(sql, binds);
    EXPECT_TRUE(v.ok()) << (v ? std::string() : v.error().text().toStdString());
    return v ? v->toLongLong() : -1;
}

QList<data::AuditEntry> entriesAbout(data::Database &db, qint64 customerId)
{
    auto page = data::AuditRepository(db).page({{}, u"customers"_s, {}}, 0, 1000);
    EXPECT_TRUE(page.ok());
    QList<data::AuditEntry> out;
    for (const data::AuditEntry &e : page ? *page : QList<data::AuditEntry>())
        if (e.entityId == QString::number(customerId))
            out << e;
    return out;
}
} // namespace

class AuditSealTest : public test::DbTest {
protected:
    void SetUp() override
    {
        DbTest::SetUp();
        if (HasFatalFailure() || IsSkipped())
            return;
        spec = testDb().spec;
        spec.keyFile = keys.filePath(u"crm.key"_s);
        desk = open();
        ASSERT_TRUE(desk);
        info = test::insertUser(*desk, u"info"_s, u"信息员"_s, Role::Archivist);
        manager = test::insertUser(*desk, u"boss"_s, u"张经理"_s, Role::Manager);
    }
    void TearDown() override
    {
        desk.reset(); // before the fixture drops the database under it
        DbTest::TearDown();
    }
    std::unique_ptr<data::Database> open()
    {
        auto db = data::Database::open(spec);
        EXPECT_TRUE(db.ok()) << (db ? std::string() : db.error().text().toStdString());
        return db ? std::move(*db) : nullptr;
    }
    Context on(data::Database &db) { return Context{db, m_clock}; }
    qint64 customer(const QString &name, const QString &mobile)
    {
        CustomerInput in;
        in.name = name;
        in.mobile = mobile;
        in.address = u"和平路 88 号"_s;
        auto id = CustomerService(on(*desk)).create(info, in);
        EXPECT_TRUE(id.ok()) << (id ? std::string() : id.error().text().toStdString());
        return id ? *id : 0;
    }
    // The audit keeps names and addresses as they were (mobiles it masks anyway).
    Status rename(data::Database &db, qint64 id, const QString &name, const QString &address = u"和平路 88 号"_s)
    {
        CustomerInput in;
        in.name = name;
        in.mobile = db.scalar(u"SELECT mobile FROM customers WHERE id = ?"_s, {id})->toString();
        in.address = address;
        return CustomerService(on(db)).update(info, id, in);
    }

    QTemporaryDir keys;
    data::ConnectionSpec spec;
    std::unique_ptr<data::Database> desk;
    Session info, manager;
};

TEST_P(AuditSealTest, EntriesAboutACustomerAreSealedAndOpenForTheReader)
{
    const qint64 wang = customer(u"王小明"_s, u"13912345678"_s);
    ASSERT_OK(rename(*desk, wang, u"王晓明"_s));
    // Before the database seals, the log holds the values in the clear (what every database
    // written by an earlier version holds).
    EXPECT_EQ(count(*desk, u"SELECT COUNT(*) FROM audit_log WHERE after_json LIKE '%王晓明%'"_s), 1);
    const qint64 entries = count(*desk, u"SELECT COUNT(*) FROM audit_log"_s);

    QList<qint64> progress;
    auto prepared = PrivacyService(on(*desk)).prepare([&](qint64 done, qint64) {
        progress << done;
        return true;
    });
    ASSERT_OK(prepared);
    ASSERT_TRUE(QFile::exists(spec.keyFilePath()));
    EXPECT_EQ(QFile::permissions(spec.keyFilePath()) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), 0)
        << "the key file is the owner's only";
    EXPECT_FALSE(progress.isEmpty());
    EXPECT_EQ(count(*desk, u"SELECT COUNT(*) FROM audit_log"_s), entries) << "sealing adds and removes no entry";
    EXPECT_EQ(count(*desk, u"SELECT COUNT(*) FROM audit_log WHERE after_json LIKE '%王%' OR before_json LIKE '%王%' "
                           "OR after_json LIKE '%和平路%'"_s),
              0);
    EXPECT_EQ(count(*desk, u"SELECT COUNT(*) FROM audit_log WHERE subject_id = ? AND after_json LIKE 'sealed:1:%'"_s, {wang}), 2);
    EXPECT_EQ(count(*desk, u"SELECT COUNT(*) FROM audit_keys WHERE customer_id = ?"_s, {wang}), 1);

    // Entries written after it are sealed as they are written; the reader sees every value.
    ASSERT_OK(rename(*desk, wang, u"王晓明"_s, u"解放路 1 号"_s));
    EXPECT_EQ(count(*desk, u"SELECT COUNT(*) FROM audit_log WHERE after_json LIKE '%解放路%'"_s), 0);
    const auto read = entriesAbout(*desk, wang);
    ASSERT_EQ(read.size(), 3);
    for (const data::AuditEntry &e : read)
        EXPECT_EQ(e.values, data::AuditEntry::Values::Opened) << e.action.toStdString();
    EXPECT_TRUE(read[0].afterJson.contains(u"解放路 1 号"_s)) << read[0].afterJson.toStdString();
    EXPECT_TRUE(read[0].beforeJson.contains(u"和平路 88 号"_s));
    EXPECT_TRUE(read[2].afterJson.contains(u"王小明"_s));

    // The log is still append-only after its one rewrite.
    EXPECT_FALSE(desk->exec(u"UPDATE audit_log SET detail = 'x' WHERE id = ?"_s, {read[0].id}).ok());
    // A second prepare does nothing.
    ASSERT_OK(PrivacyService(on(*desk)).prepare());
    EXPECT_EQ(count(*desk, u"SELECT COUNT(*) FROM audit_seal"_s), 1);
}

TEST_P(AuditSealTest, ErasureShredsTheCustomersEntriesAndTheLogStaysWhole)
{
    ASSERT_OK(PrivacyService(on(*desk)).prepare());
    const qint64 zhao = customer(u"赵大伟"_s, u"13700001234"_s);
    const qint64 qian = customer(u"钱小红"_s, u"13600004321"_s);
    ASSERT_OK(rename(*desk, zhao, u"赵大卫"_s));
    const qint64 before = count(*desk, u"SELECT COUNT(*) FROM audit_log"_s);

    ASSERT_OK(PrivacyService(on(*desk)).anonymise(info, zhao, u"本人电话要求删除（2026-11-22）"_s));
    EXPECT_EQ(count(*desk, u"SELECT COUNT(*) FROM audit_keys WHERE customer_id = ?"_s, {zhao}), 0);
    EXPECT_EQ(count(*desk, u"SELECT COUNT(*) FROM audit_log"_s), before + 1) << "the entries stay; the erasure adds its own";

    const auto zhaos = entriesAbout(*desk, zhao);
    ASSERT_EQ(zhaos.size(), 3);
    EXPECT_EQ(zhaos[0].action, u"anonymise"_s);
    EXPECT_EQ(zhaos[0].detail, u"本人电话要求删除（2026-11-22）"_s) << "the reason stays readable";
    for (int i = 1; i < zhaos.size(); ++i) {
        EXPECT_EQ(zhaos[i].values, data::AuditEntry::Values::Erased);
        EXPECT_TRUE(zhaos[i].beforeJson.isEmpty() && zhaos[i].afterJson.isEmpty());
    }
    const auto qians = entriesAbout(*desk, qian);
    ASSERT_EQ(qians.size(), 1);
    EXPECT_EQ(qians[0].values, data::AuditEntry::Values::Opened);
    EXPECT_TRUE(qians[0].afterJson.contains(u"钱小红"_s));

    // Whatever the program's other readers see: nothing of the erased customer.
    auto all = data::AuditRepository(*desk).page({}, 0, 1000);
    ASSERT_OK(all);
    for (const data::AuditEntry &e : *all)
        EXPECT_FALSE((e.beforeJson + e.afterJson + e.detail).contains(u"赵大"_s)) << e.id;

    // The log shown whole after the erasure: every entry chained and matching its hash.
    auto whole = PrivacyService(on(*desk)).verifyAudit(manager);
    ASSERT_OK(whole);
    EXPECT_TRUE(whole->intact());
    EXPECT_EQ(whole->entries, before + 1);
    EXPECT_EQ(whole->chained, before + 1);
    EXPECT_EQ(count(*desk, u"SELECT COUNT(*) FROM audit_chain"_s), before + 1);
    EXPECT_FALSE(desk->exec(u"DELETE FROM audit_chain"_s).ok()) << "the chain is append-only too";
    // A value changed behind the triggers' back (as the database's owner could) is found.
    ASSERT_OK(desk->execRaw(desk->engine() == data::Engine::Sqlite
                                ? u"DROP TRIGGER audit_log_no_update"_s
                                : u"ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update"_s));
    ASSERT_OK(desk->exec(u"UPDATE audit_log SET detail = 'nothing happened' WHERE id = ?"_s, {qians[0].id}));
    auto changed = PrivacyService(on(*desk)).verifyAudit(manager);
    ASSERT_OK(changed);
    EXPECT_FALSE(changed->intact());
    EXPECT_EQ(changed->brokenAt, qians[0].id);
}

TEST_P(AuditSealTest, AMissingOrWrongKeyFileIsRefusedClearlyAndNothingIsLost)
{
    ASSERT_OK(PrivacyService(on(*desk)).prepare());
    const qint64 sun = customer(u"孙立"_s, u"13500005678"_s);
    desk.reset();
    ASSERT_TRUE(QFile::rename(spec.keyFilePath(), spec.keyFilePath() + u".away"_s));

    auto bare = open();
    ASSERT_TRUE(bare);
    EXPECT_EQ(*data::AuditSeal(*bare).state(), data::AuditSeal::State::NoKey);
    auto locked = entriesAbout(*bare, sun);
    ASSERT_EQ(locked.size(), 1);
    EXPECT_EQ(locked[0].values, data::AuditEntry::Values::Locked);
    EXPECT_TRUE(locked[0].afterJson.isEmpty());
    const qint64 entries = count(*bare, u"SELECT COUNT(*) FROM audit_log"_s);
    const Status refused = rename(*bare, sun, u"孙力"_s);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(spec.keyFilePath())) << refused.error().message.toStdString();
    EXPECT_EQ(count(*bare, u"SELECT COUNT(*) FROM customers WHERE id = ? AND name = '孙立'"_s, {sun}), 1) << "nothing changed";
    EXPECT_EQ(count(*bare, u"SELECT COUNT(*) FROM audit_log"_s), entries);
    bare.reset();

    // Another database's key: told apart, refused the same way.
    ASSERT_OK(data::KeyFile::write(spec.keyFilePath(), seal::newKey(), u"another"_s));
    auto wrong = open();
    ASSERT_TRUE(wrong);
    EXPECT_EQ(*data::AuditSeal(*wrong).state(), data::AuditSeal::State::WrongKey);
    const Status alsoRefused = rename(*wrong, sun, u"孙力"_s);
    ASSERT_FALSE(alsoRefused.ok());
    EXPECT_TRUE(alsoRefused.error().message.contains(u"another database"_s)) << alsoRefused.error().message.toStdString();
    EXPECT_EQ(entriesAbout(*wrong, sun)[0].values, data::AuditEntry::Values::Locked);
    wrong.reset();

    // The right key back: everything opens, the change goes through.
    ASSERT_TRUE(QFile::remove(spec.keyFilePath()));
    ASSERT_TRUE(QFile::rename(spec.keyFilePath() + u".away"_s, spec.keyFilePath()));
    auto back = open();
    ASSERT_TRUE(back);
    ASSERT_OK(rename(*back, sun, u"孙力"_s));
    const auto opened = entriesAbout(*back, sun);
    ASSERT_EQ(opened.size(), 2);
    EXPECT_TRUE(opened[1].afterJson.contains(u"孙立"_s));
    EXPECT_TRUE(opened[0].afterJson.contains(u"孙力"_s));
}

// The chain follows the log's ids and waits at the first entry not settled yet, so an entry is
// never skipped because a later one carries an older time (a seed's back-dated history).
TEST_P(AuditSealTest, TheChainWaitsForAnUnsettledEntryInsteadOfSkippingIt)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    data::AuditRepository log(*desk);
    data::AuditEntry e;
    e.username = u"seed"_s;
    e.action = u"seed"_s;
    e.entity = u"customers"_s;
    e.at = toStoredUtc(now);
    ASSERT_OK(log.append(e));
    e.at = toStoredUtc(now.addDays(-30)); // history written after it
    ASSERT_OK(log.append(e));
    data::AuditChain chain(*desk);
    auto first = chain.extend(toStoredUtc(now.addSecs(-60)));
    ASSERT_OK(first);
    const qint64 entries = count(*desk, u"SELECT COUNT(*) FROM audit_log"_s);
    EXPECT_EQ(*first, entries - 2) << "the back-dated entry waits behind the unsettled one";
    auto later = chain.extend(toStoredUtc(now.addSecs(120)));
    ASSERT_OK(later);
    EXPECT_EQ(*later, 2);
    auto report = chain.verify();
    ASSERT_OK(report);
    EXPECT_TRUE(report->intact());
    EXPECT_EQ(report->unchained, 0);
    EXPECT_EQ(report->chained, entries);
}

CRM_INSTANTIATE_ENGINES(AuditSealTest);

// A backup made before an erasure still holds the person. Restored (into a new file, as the
// program restores), the database erases them again before anyone works on it — but not a
// customer of a later backup who happens to have the id an erased one had.
TEST(ErasureLedger, ARestoredBackupErasesTheCustomerAgainBeforeAnyoneWorks)
{
    QTemporaryDir dir, elsewhere;
    const data::ConnectionSpec spec = data::ConnectionSpec::sqlite(dir.filePath(u"crm.sqlite"_s));
    FixedClock clock{QDateTime(QDate(2026, 11, 22), QTime(9, 30), QTimeZone::utc())};
    QString backup;
    qint64 zhou = 0, wu = 0;
    {
        auto db = data::Database::open(spec);
        ASSERT_OK(db);
        ASSERT_OK(data::Migrator(**db).migrate());
        Context ctx{**db, clock};
        ASSERT_OK(PrivacyService(ctx).prepare());
        const Session info = test::insertUser(**db, u"info"_s, u"信息员"_s, Role::Archivist);
        CustomerInput in;
        in.name = u"周杰"_s;
        in.mobile = u"13411112222"_s;
        auto a = CustomerService(ctx).create(info, in);
        ASSERT_OK(a);
        zhou = *a;
        in.name = u"吴敏"_s;
        in.mobile = u"13422223333"_s;
        auto b = CustomerService(ctx).create(info, in);
        ASSERT_OK(b);
        wu = *b;
        auto made = BackupService(ctx).backUp(Session::system(u"test"_s));
        ASSERT_OK(made);
        backup = *made;
        ASSERT_OK(PrivacyService(ctx).anonymise(info, zhou, u"本人要求"_s));
    }
    // The ledger beside the database and its copy beside the backups both name her.
    for (const QString &file :
         {data::ErasureLedger::path(spec), QFileInfo(backup).absoluteDir().filePath(u"crm.sqlite.erased"_s)}) {
        QFile ledger(file);
        ASSERT_TRUE(ledger.open(QIODevice::ReadOnly)) << file.toStdString();
        EXPECT_TRUE(ledger.readAll().startsWith(QByteArray::number(zhou) + '\t'));
    }
    // A line about someone else who has wu's id but another creation time: not them.
    {
        QFile ledger(QFileInfo(backup).absoluteDir().filePath(u"crm.sqlite.erased"_s));
        ASSERT_TRUE(ledger.open(QIODevice::Append));
        ledger.write(QByteArray::number(wu) + "\t2001-01-01T00:00:00Z\t2026-11-01T00:00:00Z\n");
    }

    // The restore: the backup into a new file on another disk, which the program then opens.
    const QString restored = elsewhere.filePath(u"restored.sqlite"_s);
    ASSERT_OK(data::restoreSqlite(backup, restored));
    EXPECT_TRUE(QFile::exists(restored + u".key"_s)) << "the key comes along from beside the backups";
    auto db = data::Database::open(data::ConnectionSpec::sqlite(restored));
    ASSERT_OK(db);
    EXPECT_EQ(count(**db, u"SELECT COUNT(*) FROM customers WHERE name = '周杰'"_s), 1) << "the backup holds the person";
    Context ctx{**db, clock};
    auto again = PrivacyService(ctx).prepare();
    ASSERT_OK(again);
    EXPECT_EQ(*again, 1);
    EXPECT_EQ(count(**db, u"SELECT COUNT(*) FROM customers WHERE name = '周杰' OR mobile = '13411112222'"_s), 0);
    EXPECT_EQ(count(**db, u"SELECT COUNT(*) FROM audit_keys WHERE customer_id = ?"_s, {zhou}), 0);
    EXPECT_EQ(count(**db, u"SELECT COUNT(*) FROM customers WHERE id = ? AND name = '吴敏'"_s, {wu}), 1);
    const auto entries = entriesAbout(**db, zhou);
    ASSERT_EQ(entries.size(), 2);
    EXPECT_EQ(entries[0].action, u"anonymise"_s);
    EXPECT_TRUE(entries[0].detail.contains(u"ledger"_s)) << entries[0].detail.toStdString();
    EXPECT_EQ(entries[1].values, data::AuditEntry::Values::Erased);
    EXPECT_EQ(entriesAbout(**db, wu)[0].values, data::AuditEntry::Values::Opened) << "the restored key opens the rest";
    auto twice = PrivacyService(ctx).prepare();
    ASSERT_OK(twice);
    EXPECT_EQ(*twice, 0) << "erased once again, not every time";
}
