#include "ImportExportTest.h"
#include "Indexes.h"
#include "TestDatabase.h"
#include "data/DeferredIndexes.h"

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
    // A file larger than the archive builds the loaded tables' secondary indexes after the load
    // on SQLite (never on PostgreSQL, where dropping one locks out the other desks); a cancel
    // gets them back with the rollback.
    const auto indexes = test::indexDefinitions(db());
    std::atomic<bool> cancel{false};
    qsizetype deferred = -1;
    auto r = runImport(path, &cancel, [&](int done, int) {
        if (done >= 1000 && deferred < 0)
            deferred = data::DeferredIndexes::pending(db())->size();
        if (done >= 1500)
            cancel = true;
    });
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(deferred > 0, db().engine() == data::Engine::Sqlite) << deferred;
    EXPECT_EQ(*data::CustomerRepository(db()).countCustomers(), 0);
    EXPECT_EQ(db().scalar(u"SELECT COUNT(*) FROM customer_search_keys"_s)->toInt(), 0);
    EXPECT_EQ(test::indexDefinitions(db()), indexes);
    EXPECT_TRUE(data::DeferredIndexes::pending(db())->isEmpty());
    // … and the same file then imports whole, its indexes built at the end.
    auto full = runImport(path);
    ASSERT_OK(full);
    EXPECT_EQ(full->imported, 3000);
    EXPECT_EQ(test::indexDefinitions(db()), indexes);
    EXPECT_TRUE(data::DeferredIndexes::pending(db())->isEmpty());
    auto found = CustomerService(ctx()).search(m_archivist, u"13800002999"_s, 5);
    ASSERT_OK(found);
    EXPECT_EQ(found->size(), 1);
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

TEST_P(ImportExportTest, AValueInAMappedColumnIsStoredOrReportedNeverDropped)
{
    // clang-format off
    const QString csv =
        u"姓名,手机号码,车架号,车牌号,车型,购车日期,进厂里程\n"
        "郑一,13811110001,,粤A11111,速腾,2023-05-01,\n"                 // 2 plate, model and date but no VIN
        "郑二,13811110002,LFVAB15A9PA040001,粤A22222,宝来,2023-13-45,\n"   // 3 impossible date
        "郑三,13811110003,1M8GDM9AXKP042788,ABC,宝来,2023-05-01,\n"        // 4 bad plate
        "郑四,13811110004,,,,,12000\n"                                    // 5 visit mileage without a visit
        "郑五,13811110005,,,,,\n"_s;                                      // 6 the customer alone: imported
    // clang-format on
    const QString path = m_dir.filePath(u"vehicles.csv"_s);
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(csv.toUtf8());
    f.close();
    auto r = runImport(path);
    ASSERT_OK(r);
    EXPECT_EQ(r->imported, 1);
    QMap<int, QString> reasons;
    for (const ImportRejection &x : r->rejected)
        reasons.insert(x.line, x.reason);
    ASSERT_EQ(reasons.keys(), (QList<int>{2, 3, 4, 5}));
    // Each reason names the column and what was wrong with it.
    EXPECT_TRUE(reasons[2].contains(u"VIN"_s) && reasons[2].contains(ImportService::fieldTitle(ImportField::Plate)))
        << reasons[2].toStdString();
    EXPECT_TRUE(reasons[3].contains(ImportService::fieldTitle(ImportField::PurchaseDate)) && reasons[3].contains(u"2023-13-45"_s))
        << reasons[3].toStdString();
    EXPECT_TRUE(reasons[4].contains(u"ABC"_s) || reasons[4].contains(ImportService::fieldTitle(ImportField::Plate)))
        << reasons[4].toStdString();
    EXPECT_TRUE(reasons[5].contains(ImportService::fieldTitle(ImportField::VisitMileageKm))) << reasons[5].toStdString();
    // Nothing half-kept: the rejected rows left no customer behind and no vehicle was made without its columns.
    data::CustomerRepository repo(db());
    EXPECT_EQ(*repo.countCustomers(), 1);
    EXPECT_EQ(*repo.countVehicles(), 0);
}
