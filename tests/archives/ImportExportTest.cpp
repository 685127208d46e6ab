#include "TestDatabase.h"

#include "archives/data/CustomerRepository.h"
#include "archives/services/CustomerService.h"
#include "archives/services/ExportService.h"
#include "archives/services/ImportService.h"
#include "core/Csv.h"
#include "core/TextCodec.h"
#include "data/AuditRepository.h"
#include "data/Transaction.h"
#include "seed/Names.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlRecord>
#include <QTemporaryDir>

using namespace crm;
using namespace crm::services;
using namespace Qt::StringLiterals;

namespace {
// A DMS export as Excel saves it in China: GB18030, Chinese headers, CRLF, quoted amounts, bad rows.
const QString kDms = u"姓名,性别,手机号码,城市,客户来源,车架号,车牌号,车型,交车日期,进厂日期,维修类型,进厂里程,服务顾问,"
                     u"结算金额\r\n"
                     "张伟明,男,138 1234 "
                     "5678,广州,展厅,LFVAB15A9PA040001,粤A12345,速腾,2023/3/5,2024年3月5日,首保,5012,陈刚,\"1,280.00\"\r\n" // 2
                                                                                                                            // new
                     "张伟明,男,13812345678,广州,展厅,LFVAB15A9PA040001,粤A12345,速腾,2023/3/"
                     "5,2025-03-20,常规保养,15000,刘洋,980\r\n"      // 3 same customer: a visit
                     "李娜,女,1391234567,佛山,汽车之家,,,,,,,,,\r\n" // 4 bad mobile
                     "王强,男,13700001111,广州,转介绍,LFVAB15A1PA040002,粤A88888,迈腾,2022-06-01,,,,,\r\n" // 5 bad VIN check
                                                                                                           // digit
                     "赵敏,女,18600002222,深圳,车展,1M8GDM9AXKP042788,粤AX1234,探岳,2021-05-05,,,,,\r\n"   // 6 new
                     "钱多多,男,15900003333,广州,朋友圈,1M8GDM9AXKP042788,粤AD12345,探岳,2021-05-05,2022-05-06,钣喷,22000,陈刚,"
                     "4500\r\n"                                                                             // 7 conflict
                     ",,,,,,,,,,,,,\r\n"                                                                    // 8 empty
                     "孙悟空,男,13600004444,广州,展厅,,,,,2024-01-01,保养,,,300\r\n"                        // 9 visit without VIN
                     "周杰,男,13500005555,广州,展厅,,,,,,,,,\r\n"                                           // 10 new, no vehicle
                     "吴静,女,13400006666,广州,展厅,LFVAB15A9PA040003,粤A66666,宝来,2024-13-01,,,,,\r\n"_s; // 11 bad date
} // namespace

class ImportExportTest : public test::DbTest {
protected:
    void SetUp() override
    {
        DbTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        const QByteArray gb = TextCodec::encode(kDms, TextCodec::Encoding::Gb18030);
        QFile f(m_dir.filePath(u"dms.csv"_s));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(gb);
    }
    QString file() const { return m_dir.filePath(u"dms.csv"_s); }
    Result<ImportResult> runImport(const QString &path, const std::atomic<bool> *cancel = nullptr,
                                   const ImportService::Progress &p = {})
    {
        auto table = ImportService::readFile(path);
        if (!table)
            return table.error();
        return ImportService(ctx()).importCustomers(m_archivist, *table, ImportService::guessMapping(table->headers),
                                                    u"dms.csv"_s, p, cancel);
    }
    Session m_archivist{0, u"archivist"_s, u"王建国"_s, Role::Archivist};
    QTemporaryDir m_dir;
};

TEST_P(ImportExportTest, Gb18030WithBadRowsGivesRightCountsAndReasons)
{
    auto table = ImportService::readFile(file());
    ASSERT_OK(table);
    EXPECT_EQ(table->encoding, u"GB18030"_s);
    EXPECT_EQ(table->headers.first(), u"姓名"_s);
    auto r = runImport(file());
    ASSERT_OK(r);
    EXPECT_EQ(r->imported, 3);        // 张伟明, 赵敏, 周杰
    EXPECT_EQ(r->updated, 1);         // 张伟明's second visit
    ASSERT_EQ(r->rejected.size(), 6); // lines 4, 5, 7, 8, 9, 11
    QMap<int, QString> reasons;
    for (const ImportRejection &x : r->rejected)
        reasons.insert(x.line, x.reason);
    EXPECT_TRUE(reasons.value(4).contains(u"11"_s)) << reasons.value(4).toStdString();
    EXPECT_TRUE(reasons.value(5).contains(u"VIN"_s)) << reasons.value(5).toStdString();
    EXPECT_TRUE(reasons.value(7).contains(u"赵敏"_s)) << reasons.value(7).toStdString();
    EXPECT_TRUE(reasons.contains(8));
    EXPECT_TRUE(reasons.value(9).contains(u"VIN"_s));
    EXPECT_TRUE(reasons.value(11).contains(u"2024-13-01"_s)) << reasons.value(11).toStdString();

    data::CustomerRepository repo(db());
    EXPECT_EQ(*repo.countCustomers(), 3);
    EXPECT_EQ(*repo.countVehicles(), 2);
    EXPECT_EQ(*repo.countVisits(), 2);
    // Amounts as written ("1,280.00") become fen; the last paid visit is known.
    EXPECT_EQ(db().scalar(u"SELECT SUM(amount_fen) FROM service_visits"_s)->toLongLong(), 128000 + 98000);
    EXPECT_EQ(db().scalar(u"SELECT last_paid_visit FROM vehicles WHERE vin = 'LFVAB15A9PA040001'"_s)->toString(),
              u"2025-03-20"_s);
    // The imported customers can be found at once.
    auto found = CustomerService(ctx()).search(m_archivist, u"zwm"_s, 5);
    ASSERT_OK(found);
    ASSERT_EQ(found->size(), 1);
    // The rejection report says line, reason and the original cells.
    const QString report = m_dir.filePath(u"rejects.csv"_s);
    ASSERT_OK(ImportService::writeRejections(report, *table, *r));
    QFile f(report);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QList<QStringList> rows = Csv::parse(QString::fromUtf8(f.readAll()).mid(1));
    ASSERT_EQ(rows.size(), 7);
    EXPECT_EQ(rows[1][0], u"4"_s);
    EXPECT_EQ(rows[1][2], u"李娜"_s);
    EXPECT_EQ(*data::AuditRepository(db()).count({u"import"_s, {}, {}}), 1);
}

TEST_P(ImportExportTest, RunningTheSameFileAgainDuplicatesNothing)
{
    ASSERT_OK(runImport(file()));
    const auto before = db().scalar(u"SELECT COUNT(*) FROM customers"_s)->toInt() * 1000 +
                        db().scalar(u"SELECT COUNT(*) FROM service_visits"_s)->toInt();
    auto again = runImport(file());
    ASSERT_OK(again);
    EXPECT_EQ(again->imported, 0);
    EXPECT_EQ(again->updated, 0);
    EXPECT_EQ(again->unchanged, 4); // rows 2, 3, 6 and 10 (matched by mobile)
    const auto after = db().scalar(u"SELECT COUNT(*) FROM customers"_s)->toInt() * 1000 +
                       db().scalar(u"SELECT COUNT(*) FROM service_visits"_s)->toInt();
    EXPECT_EQ(after, before);
}

TEST_P(ImportExportTest, CancelLeavesTheDatabaseAsItWas)
{
    // A big enough file that the cancel lands in the middle.
    QString text = u"姓名,手机号码\r\n"_s;
    for (int i = 0; i < 3000; ++i)
        text += u"客户%1,1380000%2\r\n"_s.arg(i).arg(i, 4, 10, QChar(u'0'));
    const QString path = m_dir.filePath(u"big.csv"_s);
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(text.toUtf8());
    f.close();
    std::atomic<bool> cancel{false};
    auto r = runImport(path, &cancel, [&](int done, int) {
        if (done >= 1500)
            cancel = true;
    });
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(*data::CustomerRepository(db()).countCustomers(), 0);
    EXPECT_EQ(db().scalar(u"SELECT COUNT(*) FROM customer_search_keys"_s)->toInt(), 0);
    // … and the same file then imports whole.
    auto full = runImport(path);
    ASSERT_OK(full);
    EXPECT_EQ(full->imported, 3000);
}

TEST_P(ImportExportTest, ExportNeutralisesFormulasAndRoundTripsThroughXlsx)
{
    ASSERT_OK(runImport(file()));
    ASSERT_OK(CustomerService(ctx()).create(
        m_archivist, {u"=HYPERLINK(\"x\")"_s, {}, u"13300007777"_s, {}, u"+广州"_s, {}, {}, {}, false, {}}));
    const Session manager{0, u"manager"_s, u"张经理"_s, Role::Manager};
    const QString csv = m_dir.filePath(u"out.csv"_s);
    auto n = ExportService(ctx()).exportCustomers(manager, {}, csv);
    ASSERT_OK(n);
    EXPECT_EQ(*n, 4);
    QFile f(csv);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    EXPECT_TRUE(text.contains(u"'=HYPERLINK"_s));
    EXPECT_TRUE(text.contains(u"'+广州"_s));
    EXPECT_TRUE(text.contains(u"13812345678"_s)); // exports carry the full number: it is a permission
    EXPECT_EQ(*data::AuditRepository(db()).count({u"export"_s, {}, u"manager"_s}), 1);

    const QString xlsx = m_dir.filePath(u"out.xlsx"_s);
    ASSERT_OK(ExportService(ctx()).exportCustomers(manager, {}, xlsx));
    auto table = ImportService::readFile(xlsx);
    ASSERT_OK(table);
    EXPECT_EQ(table->encoding, u"XLSX"_s);
    EXPECT_EQ(table->rows.size(), 4);
    EXPECT_EQ(ImportService::guessMapping(table->headers).first(), ImportField::Name);

    // Agents may not export.
    const Session agent{0, u"agent"_s, u"李晓红"_s, Role::Agent};
    auto denied = ExportService(ctx()).exportCustomers(agent, {}, m_dir.filePath(u"no.csv"_s));
    ASSERT_FALSE(denied.ok());
    EXPECT_EQ(denied.error().kind, Error::Kind::PermissionDenied);
    EXPECT_FALSE(QFile::exists(m_dir.filePath(u"no.csv"_s)));
}

TEST_P(ImportExportTest, DamagedInputSaysWhatIsWrong)
{
    const Session manager{0, u"manager"_s, u"张经理"_s, Role::Manager};
    const QString xlsx = m_dir.filePath(u"good.xlsx"_s);
    ASSERT_OK(runImport(file()));
    ASSERT_OK(ExportService(ctx()).exportCustomers(manager, {}, xlsx));
    QFile good(xlsx);
    ASSERT_TRUE(good.open(QIODevice::ReadOnly));
    const QByteArray bytes = good.readAll();
    const QString truncated = m_dir.filePath(u"truncated.xlsx"_s);
    QFile t(truncated);
    ASSERT_TRUE(t.open(QIODevice::WriteOnly));
    t.write(bytes.left(bytes.size() / 2));
    t.close();
    auto r = ImportService::readFile(truncated);
    ASSERT_FALSE(r.ok());
    EXPECT_FALSE(r.error().message.isEmpty());

    const QString empty = m_dir.filePath(u"empty.csv"_s);
    QFile e(empty);
    ASSERT_TRUE(e.open(QIODevice::WriteOnly));
    e.close();
    EXPECT_FALSE(ImportService::readFile(empty).ok());
    EXPECT_FALSE(ImportService::readFile(m_dir.filePath(u"missing.csv"_s)).ok());
}

TEST_P(ImportExportTest, CliImportSearchExportChurn)
{
    const QString target = test::connectionUrl(testDb());
    auto cli = [&](const QStringList &args) {
        QProcess p;
        p.start(QStringLiteral(CRM_CLI_PATH), QStringList{u"-d"_s, target} + args);
        p.waitForFinished(60000);
        return std::pair{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput())};
    };
    const QString report = m_dir.filePath(u"rej.csv"_s);
    auto [code, out] = cli({u"import"_s, u"customers"_s, file(), u"--report"_s, report});
    EXPECT_EQ(code, 0);
    EXPECT_EQ(out.trimmed(), u"imported 3, updated 1, rejected 6"_s);
    EXPECT_TRUE(QFile::exists(report));
    auto [code2, out2] = cli({u"import"_s, u"customers"_s, file(), u"--report"_s, report});
    EXPECT_EQ(out2.trimmed(), u"imported 0, updated 0, rejected 6"_s);
    auto [code3, out3] = cli({u"search"_s, u"zwm"_s, u"--json"_s});
    EXPECT_EQ(code3, 0);
    EXPECT_TRUE(out3.contains(u"张伟明"_s)) << out3.toStdString();
    EXPECT_TRUE(out3.contains(u"138****5678"_s));
    auto [code4, out4] = cli({u"export"_s, u"customers"_s, m_dir.filePath(u"all.xlsx"_s)});
    EXPECT_EQ(code4, 0);
    auto [code5, out5] = cli({u"churn"_s, u"--month"_s, u"2026-03"_s, u"--json"_s});
    EXPECT_EQ(code5, 0);
    EXPECT_TRUE(out5.contains(u"\"cohorts\""_s)) << out5.toStdString();
    auto [code6, out6] = cli({u"churn"_s, u"--month"_s, u"March"_s});
    EXPECT_EQ(code6, 2);
}

CRM_INSTANTIATE_ENGINES(ImportExportTest);

TEST(LooseDates, TheFormsPeopleWrite)
{
    EXPECT_EQ(parseLooseDate(u"2024-03-05"_s), QDate(2024, 3, 5));
    EXPECT_EQ(parseLooseDate(u"2024/3/5"_s), QDate(2024, 3, 5));
    EXPECT_EQ(parseLooseDate(u"2024年3月5日"_s), QDate(2024, 3, 5));
    EXPECT_EQ(parseLooseDate(u"2024.03.05"_s), QDate(2024, 3, 5));
    EXPECT_EQ(parseLooseDate(u"20240305"_s), QDate(2024, 3, 5));
    EXPECT_EQ(parseLooseDate(u"45356"_s), QDate(2024, 3, 5)); // Excel serial
    EXPECT_EQ(parseLooseDate(u"2024-03-05 10:30"_s), QDate(2024, 3, 5));
    EXPECT_FALSE(parseLooseDate(u"2024-13-01"_s).isValid());
    EXPECT_FALSE(parseLooseDate(u"yesterday"_s).isValid());
}

TEST(CsvFormat, QuotesAndNeutralises)
{
    EXPECT_EQ(Csv::line({u"a,b"_s, u"say \"hi\""_s, u"=1+1"_s, u"-5"_s, u"@x"_s}),
              u"\"a,b\",\"say \"\"hi\"\"\",'=1+1,'-5,'@x\r\n"_s);
    const auto rows = Csv::parse(u"h1,h2\r\n\"multi\nline\",\"q\"\"q\"\r\n"_s);
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[1][0], u"multi\nline"_s);
    EXPECT_EQ(rows[1][1], u"q\"q"_s);
}

// Over-long fields are refused with the field and the limit, never cut: the row goes to the
// rejection report whole, and the rows around it are imported.
TEST_P(ImportExportTest, OverLongFieldsAreRejectedNotCut)
{
    const QString path = m_dir.filePath(u"long.csv"_s);
    const QString longAddress = QString(u'路').repeated(5000);
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write((u"姓名,手机,地址,城市,标签\r\n"_s + QString(u'张').repeated(300) + u",13812345678,北京,北京,\r\n"_s +
                 u"李四,13912345678,"_s + longAddress + u",北京,\r\n"_s + u"王五,13712345678,北京,"_s +
                 QString(u'城').repeated(41) + u",\r\n"_s + u"赵六,13612345678,北京,北京,"_s + QString(u'签').repeated(21) +
                 u"\r\n"_s + u"孙八,13512345678,上海市浦东新区,上海,老客户\r\n"_s)
                    .toUtf8());
    }
    auto table = ImportService::readFile(path);
    ASSERT_OK(table);
    auto r =
        ImportService(ctx()).importCustomers(m_archivist, *table, ImportService::guessMapping(table->headers), u"long.csv"_s);
    ASSERT_OK(r);
    EXPECT_EQ(r->imported, 1);
    ASSERT_EQ(r->rejected.size(), 4);
    EXPECT_EQ(r->rejected[0].line, 2);
    EXPECT_TRUE(r->rejected[0].reason.contains(u"40"_s)) << r->rejected[0].reason.toStdString();
    EXPECT_EQ(r->rejected[1].line, 3);
    EXPECT_TRUE(r->rejected[1].reason.contains(u"200"_s) && r->rejected[1].reason.contains(u"5000"_s))
        << r->rejected[1].reason.toStdString();
    EXPECT_EQ(r->rejected[2].line, 4);
    EXPECT_EQ(r->rejected[3].line, 5);
    EXPECT_EQ(db().scalar(u"SELECT COUNT(*) FROM customers WHERE LENGTH(address) = 200"_s)->toInt(), 0) << "nothing cut";
    // The report keeps the refused row whole.
    const QString report = m_dir.filePath(u"rejects.csv"_s);
    ASSERT_OK(ImportService::writeRejections(report, *table, *r));
    QFile f(report);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_TRUE(QString::fromUtf8(f.readAll()).contains(longAddress));
}

namespace {
// A DMS export written by people: the same customers and vehicles again and again, with gaps,
// typos, other people's numbers on a VIN, repeated visits, rows that cannot be read.
ImportTable messyExport(services::DataGenerator &pool, quint64 seed, int rows, const QList<data::CustomerRow> &people,
                        const QList<data::VehicleRow> &cars)
{
    std::mt19937_64 rng(seed);
    auto chance = [&rng](int percent) { return int(rng() % 100) < percent; };
    auto pick = [&rng](qsizetype n) { return qsizetype(rng() % quint64(n)); };
    const QStringList cities{u"广州"_s, u"佛山"_s, u"深圳"_s}, tags{u"老客户"_s, u"车队,团购"_s, u"投诉过"_s};
    const QStringList days{u"2024/6/1"_s, u"2025年1月9日"_s}, kinds{u"首保"_s, u"钣喷"_s}, amounts{u"0"_s, u"1,280.00"_s};
    ImportTable t;
    t.headers = QStringList{u"姓名"_s, u"手机号码"_s, u"城市"_s, u"标签"_s,     u"VIP"_s,      u"车架号"_s,  u"车牌号"_s,
                            u"车型"_s, u"交车日期"_s, u"里程"_s, u"进厂日期"_s, u"维修类型"_s, u"结算金额"_s};
    for (int i = 0; i < rows; ++i) {
        if (i > 0 && chance(10)) { // the same line again, near or far
            t.rows << t.rows[pick(t.rows.size())];
            continue;
        }
        const qsizetype car = pick(cars.size());
        const data::CustomerRow &owner = chance(80) ? people[car % people.size()] : people[pick(people.size())];
        QStringList r;
        r << (chance(85) ? owner.name : chance(60) ? QString() : pool.personName(chance(50)));
        r << (chance(75) ? owner.mobile : chance(40) ? QString() : chance(50) ? u"123"_s : people[pick(people.size())].mobile);
        r << (chance(50) ? QString() : cities[pick(cities.size())]);
        r << (chance(80) ? QString() : tags[pick(tags.size())]);
        r << (chance(90) ? QString() : u"是"_s);
        const bool withVin = chance(70);
        r << (withVin ? cars[car].vin : QString());
        r << (chance(50) ? cars[car].plate : QString());
        r << (chance(50) ? cars[car].model : QString());
        r << (chance(50) ? cars[car].deliveryDate.toString(Qt::ISODate) : QString());
        r << (chance(50) ? QString::number(1000 * pick(60)) : QString());
        if (chance(40)) { // a visit; without a VIN the row is refused
            r << days[pick(days.size())] << kinds[pick(kinds.size())] << amounts[pick(amounts.size())];
        } else {
            r << QString() << QString() << QString();
        }
        t.rows << r;
    }
    return t;
}

// Everything the import writes, with ids replaced by their rank (PostgreSQL's sequences move on
// after a rollback, so two runs of the same import get different ids but the same order).
QStringList archiveOf(data::Database &db, const ImportResult &result)
{
    QHash<QString, QHash<qint64, int>> rank;
    for (const QString &table : {u"customers"_s, u"vehicles"_s}) {
        auto q = db.exec(u"SELECT id FROM "_s + table + u" ORDER BY id"_s);
        while (q->next())
            rank[table].insert(q->value(0).toLongLong(), int(rank[table].size()) + 1);
    }
    QStringList out;
    // columns: SQL; which columns are ids of which table
    auto dump = [&](const QString &title, const QString &sql, const QMap<int, QString> &ids) {
        auto q = db.exec(sql);
        EXPECT_TRUE(q.ok()) << sql.toStdString();
        if (!q)
            return;
        QStringList rows;
        while (q->next()) {
            QStringList cells;
            for (int c = 0; c < q->record().count(); ++c)
                cells << (ids.contains(c)        ? u"%1#%2"_s.arg(ids[c]).arg(rank[ids[c]].value(q->value(c).toLongLong()))
                          : q->value(c).isNull() ? u"∅"_s
                                                 : q->value(c).toString());
            rows << cells.join(u'|');
        }
        rows.sort();
        for (const QString &r : rows)
            out << title + u": "_s + r;
    };
    dump(u"customer"_s,
         u"SELECT id, name, gender, mobile, city, source, vip, completeness, is_member, deleted_at FROM customers"_s,
         {{0, u"customers"_s}});
    dump(u"tag"_s, u"SELECT customer_id, tag FROM customer_tags"_s, {{0, u"customers"_s}});
    dump(u"key"_s, u"SELECT customer_id, key FROM customer_search_keys"_s, {{0, u"customers"_s}});
    dump(u"vehicle"_s,
         u"SELECT id, customer_id, vin, plate, model, delivery_date, mileage_km, status, last_paid_visit, last_maintenance, "
         "first_reading_day, last_reading_day, deleted_at FROM vehicles"_s,
         {{0, u"vehicles"_s}, {1, u"customers"_s}});
    dump(u"owner"_s, u"SELECT vehicle_id, customer_id, from_date, to_date FROM vehicle_ownership"_s,
         {{0, u"vehicles"_s}, {1, u"customers"_s}});
    dump(u"visit"_s, u"SELECT vehicle_id, customer_id, visit_date, kind, amount_fen FROM service_visits"_s,
         {{0, u"vehicles"_s}, {1, u"customers"_s}});
    out << u"result: %1 new, %2 updated, %3 unchanged"_s.arg(result.imported).arg(result.updated).arg(result.unchanged);
    static const QRegularExpression customerNumber(u"#(\\d+)"_s);
    for (const ImportRejection &r : result.rejected) {
        QString reason = r.reason;
        for (auto m = customerNumber.globalMatch(r.reason); m.hasNext();) {
            const auto hit = m.next();
            reason.replace(hit.captured(0), u"#c"_s + QString::number(rank[u"customers"_s].value(hit.captured(1).toLongLong())));
        }
        out << u"rejected %1: %2"_s.arg(r.line).arg(reason);
    }
    return out;
}
} // namespace

// The import decides a chunk of rows against what the archive held before the chunk plus what
// the chunk's earlier rows did, and writes the chunk at its end. With one row per chunk every
// row reads the archive as the rows before it left it — the row-at-a-time import. Any chunk
// size must end in that same archive, with the same counts and reasons.
TEST_P(ImportExportTest, ChunkedImportEndsWhereARowAtATimeImportEnds)
{
    services::DataGenerator pool(77);
    const QDate today(2026, 11, 22);
    QList<data::CustomerRow> people;
    QList<data::VehicleRow> cars;
    for (int i = 0; i < 30; ++i)
        people << pool.customer();
    for (int i = 0; i < 45; ++i)
        cars << pool.vehicle(0, today);
    // An archive that already knows some of them, one customer and one vehicle deleted since.
    const ImportTable first = messyExport(pool, 1, 60, people, cars);
    auto before =
        ImportService(ctx()).importCustomers(m_archivist, first, ImportService::guessMapping(first.headers), u"a.csv"_s);
    ASSERT_OK(before);
    ASSERT_GT(before->imported, 5);
    ASSERT_OK(
        db().exec(u"UPDATE customers SET deleted_at = '2026-01-01T00:00:00Z' WHERE id = (SELECT MIN(id) FROM customers)"_s));
    ASSERT_OK(db().exec(u"UPDATE vehicles SET deleted_at = '2026-01-01T00:00:00Z' WHERE id = (SELECT MAX(id) FROM vehicles)"_s));

    for (quint64 seed : {2, 3, 4}) {
        const ImportTable file = messyExport(pool, seed, 300, people, cars);
        const QList<ImportField> mapping = ImportService::guessMapping(file.headers);
        QStringList rowAtATime;
        for (int chunk : {1, 7, 64, ImportService::kDefaultChunkRows}) {
            data::Transaction undo(db()); // every chunk size starts from the same archive
            ASSERT_OK(undo.started());
            auto r = ImportService(ctx(), chunk).importCustomers(m_archivist, file, mapping, u"b.csv"_s);
            ASSERT_OK(r);
            const QStringList archive = archiveOf(db(), *r);
            if (chunk == 1) {
                rowAtATime = archive;
                // The file exercises what it should: matches, fill-ins, conflicts, repeated visits.
                EXPECT_GT(r->imported, 0);
                EXPECT_GT(r->updated, 0);
                EXPECT_GT(r->unchanged, 0);
                EXPECT_GT(archive.filter(u"Conflict"_s).size(), 2);
                EXPECT_GT(archive.filter(u"visit: "_s).size(), 10);
                continue;
            }
            EXPECT_EQ(archive.size(), rowAtATime.size()) << "seed " << seed << ", chunks of " << chunk;
            for (qsizetype i = 0; i < std::min(archive.size(), rowAtATime.size()); ++i)
                if (archive[i] != rowAtATime[i]) {
                    ADD_FAILURE() << "seed " << seed << ", chunks of " << chunk << ": " << archive[i].toStdString()
                                  << "\n  row at a time: " << rowAtATime[i].toStdString();
                    break;
                }
        }
    }
}

// A matched customer or vehicle is filled in from the file, a larger mileage replaces a smaller
// one, nothing known is blanked out, and the search finds what was filled in — whether the rows
// that do it fall in one chunk or in several.
TEST_P(ImportExportTest, MatchedRecordsAreFilledInNeverBlankedOut)
{
    for (int chunk : {1, ImportService::kDefaultChunkRows}) {
        data::Transaction undo(db());
        ASSERT_OK(undo.started());
        ImportTable first;
        first.headers = QStringList{u"姓名"_s, u"手机号码"_s, u"车架号"_s, u"车型"_s};
        first.rows << QStringList{u"张伟明"_s, u"13812345678"_s, u"LFVAB15A9PA040001"_s, u"速腾"_s};
        ImportService importer(ctx(), chunk);
        ASSERT_OK(importer.importCustomers(m_archivist, first, ImportService::guessMapping(first.headers), u"a.csv"_s));
        ImportTable second;
        second.headers = QStringList{u"姓名"_s,   u"手机号码"_s, u"城市"_s,     u"车架号"_s,  u"车型"_s,
                                     u"车牌号"_s, u"里程"_s,     u"进厂日期"_s, u"结算金额"_s};
        const QString vin = u"LFVAB15A9PA040001"_s, model = u"速腾"_s, none;
        second.rows << QStringList{u"张伟明"_s, none, u"广州"_s, vin, model, none, u"3000"_s, none, none}
                    << QStringList{none, none, none, vin, model, u"粤A12345"_s, u"5,000"_s, none, none}
                    << QStringList{none, u"13812345678"_s, none, vin, model, none, none, u"2025-03-20"_s, u"980"_s}
                    << QStringList{none, u"13812345678"_s, none, vin, model, none, none, u"2025-03-20"_s, u"980"_s};
        auto r = importer.importCustomers(m_archivist, second, ImportService::guessMapping(second.headers), u"b.csv"_s);
        ASSERT_OK(r);
        EXPECT_EQ(r->imported, 0) << chunk;
        EXPECT_EQ(r->updated, 3) << chunk;   // the city and mileage; the plate and a larger mileage; the visit
        EXPECT_EQ(r->unchanged, 1) << chunk; // the same visit again
        EXPECT_TRUE(r->rejected.isEmpty()) << r->rejected.value(0).reason.toStdString();
        auto v = db().exec(u"SELECT plate, mileage_km, last_paid_visit, customer_id FROM vehicles"_s);
        ASSERT_OK(v);
        ASSERT_TRUE(v->next());
        EXPECT_EQ(v->value(0).toString(), u"粤A12345"_s);
        EXPECT_EQ(v->value(1).toInt(), 5000);
        EXPECT_EQ(v->value(2).toString(), u"2025-03-20"_s);
        const qint64 owner = v->value(3).toLongLong();
        v->finish();
        auto c = data::CustomerRepository(db()).customer(owner);
        ASSERT_OK(c);
        ASSERT_TRUE(c->has_value());
        EXPECT_EQ((*c)->name, u"张伟明"_s);
        EXPECT_EQ((*c)->mobile, u"13812345678"_s);
        EXPECT_EQ((*c)->city, u"广州"_s);
        auto found = CustomerService(ctx()).search(m_archivist, u"A12345"_s, 5);
        ASSERT_OK(found);
        EXPECT_EQ(found->size(), 1) << chunk;
        EXPECT_EQ(db().scalar(u"SELECT COUNT(*) FROM service_visits"_s)->toInt(), 1);
    }
}
