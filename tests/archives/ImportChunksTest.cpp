// The import at the edges: over-long fields, chunking against a row at a time, filling in never blanking out.
#include "ImportExportTest.h"

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
