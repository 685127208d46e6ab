// The scale benchmark's loads: the DMS import beside sqlite3 .import, COPY beside psql, the list
// model scrolled to the end, the GUI's start.
#include "Bench.h"

namespace bench {

QString writeDmsExport(const QString &path, qint64 rows)
{
    services::DataGenerator gen(20261122);
    const QDate today = QDate::currentDate();
    QString text = u"客户姓名,手机,城市,VIN,车牌,品牌,车型,交车日期\n"_s;
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        die(u"cannot write "_s + path);
    for (qint64 i = 0; i < rows; ++i) {
        data::CustomerRow c = gen.customer();
        data::VehicleRow v = gen.vehicle(0, today);
        switch (i % 50) { // 2 %: one bad thing each
        case 17:
            c.mobile = c.mobile.left(9);
            break; // a digit short
        default:
            break;
        }
        if (i % 100 == 43)
            v.vin[8] = v.vin[8] == u'X' ? u'0' : u'X'; // wrong check digit
        text += c.name + u',' + c.mobile + u',' + c.city + u',' + v.vin + u',' + v.plate + u',' + v.brand + u',' + v.model +
                u',' + v.deliveryDate.toString(Qt::ISODate) + u'\n';
        if (text.size() > (1 << 20)) {
            out.write(TextCodec::encode(text, TextCodec::Encoding::Gb18030));
            text.clear();
        }
    }
    out.write(TextCodec::encode(text, TextCodec::Encoding::Gb18030));
    return path;
}

void importBench(const QString &dir, qint64 rows)
{
    const QString csv = writeDmsExport(dir + u"/dms.csv"_s, rows);
    // The program: read (GB18030 detected), validate every field, match, write, search keys.
    const QString file = dir + u"/import.sqlite"_s;
    auto db = must(data::Database::open(*data::ConnectionSpec::parse(file)), "open");
    must(data::Migrator(*db).migrate(), "migrate");
    services::Context ctx{*db};
    services::ImportService importer(ctx);
    services::ImportResult result;
    const double app = msOf([&] {
        auto table = must(services::ImportService::readFile(csv), "read");
        result = must(importer.importCustomers(services::Session::system(u"bench"_s), table,
                                               services::ImportService::guessMapping(table.headers), u"dms.csv"_s),
                      "import");
    });
    // The engine's limit: the sqlite3 shell's .import of the same rows (converted to UTF-8, which
    // .import needs) into a bare table, and the same lookup indexes built after.
    double limit = -1;
    const QString sqlite3 = qEnvironmentVariable("DEALERCRM_BENCH_SQLITE3", QStandardPaths::findExecutable(u"sqlite3"_s));
    if (!sqlite3.isEmpty()) {
        QFile in(csv), utf8(dir + u"/dms-utf8.csv"_s);
        if (in.open(QIODevice::ReadOnly) && utf8.open(QIODevice::WriteOnly)) {
            const double convert =
                msOf([&] { utf8.write(must(TextCodec::decode(in.readAll(), TextCodec::Encoding::Gb18030), "decode").toUtf8()); });
            utf8.close();
            QProcess shell;
            const QString script = u".mode csv\n.import '%1' dms\nCREATE INDEX dms_mobile ON dms(\"手机\");\nCREATE UNIQUE INDEX "
                                   u"dms_vin ON dms(VIN);\n"
                                   "CREATE INDEX dms_name ON dms(\"客户姓名\");\n"_s.arg(utf8.fileName());
            const double raw = msOf([&] {
                shell.start(sqlite3, {dir + u"/raw.sqlite"_s});
                shell.write(script.toUtf8());
                shell.closeWriteChannel();
                shell.waitForFinished(-1);
            });
            if (shell.exitCode() == 0)
                limit = (raw + convert) / 1000.0;
            else
                std::fprintf(stderr, "bench: sqlite3: %s\n", shell.readAllStandardError().constData());
        }
    }
    report(u"import %1-row GB18030 DMS export (%2 new, %3 rejected)"_s.arg(rows).arg(result.imported).arg(result.rejected.size()),
           app / 1000.0, limit, u"s"_s, u"≤ 15 s and ≤ 3× the engine"_s);
}

// PostgreSQL bulk load through COPY on QPSQL's own connection (BatchInsert, what the import
// writes with), beside psql's \copy of the same rows from a file: rows per second.
void copyBench(data::Database &db, const QString &url, qint64 rows, const QString &dir)
{
    must(db.execRaw(u"DROP TABLE IF EXISTS bench_copy"_s), "drop");
    must(db.execRaw(u"CREATE TABLE bench_copy (id BIGINT PRIMARY KEY, name TEXT NOT NULL, mobile TEXT, city TEXT NOT NULL, "
                    "created_at TEXT NOT NULL)"_s),
         "create");
    services::DataGenerator gen(7);
    const QString stamp = u"2026-11-23T08:00:00Z"_s;
    std::vector<QVariantList> data;
    data.reserve(size_t(rows));
    QFile file(dir + u"/copy.tsv"_s);
    if (!file.open(QIODevice::WriteOnly))
        die(u"cannot write "_s + file.fileName());
    QByteArray text;
    for (qint64 i = 0; i < rows; ++i) {
        const data::CustomerRow c = gen.customer();
        data.push_back({i + 1, c.name, c.mobile, c.city, stamp});
        text += QString::number(i + 1).toUtf8() + '\t' + c.name.toUtf8() + '\t' + c.mobile.toUtf8() + '\t' + c.city.toUtf8() +
                '\t' + stamp.toUtf8() + '\n';
        if (text.size() > (1 << 20)) {
            file.write(text);
            text.clear();
        }
    }
    file.write(text);
    file.close();
    const double app = msOf([&] {
        data::Transaction tx(db);
        must(tx.started(), "begin");
        data::BatchInsert batch(db, u"bench_copy"_s, {u"id"_s, u"name"_s, u"mobile"_s, u"city"_s, u"created_at"_s});
        for (const QVariantList &row : data)
            must(batch.add(row), "copy");
        must(batch.flush(), "copy");
        must(tx.commit(), "commit");
    });
    double limit = -1;
    const QString psql = QStandardPaths::findExecutable(u"psql"_s);
    if (!psql.isEmpty()) {
        must(db.execRaw(u"TRUNCATE bench_copy"_s), "truncate");
        QProcess shell;
        const double raw = msOf([&] {
            shell.start(psql, {u"-q"_s, url, u"-c"_s, u"\\copy bench_copy FROM '%1'"_s.arg(file.fileName())});
            shell.waitForFinished(-1);
        });
        if (shell.exitCode() == 0)
            limit = double(rows) / (raw / 1000.0);
        else
            std::fprintf(stderr, "bench: psql: %s\n", shell.readAllStandardError().constData());
    }
    must(db.execRaw(u"DROP TABLE bench_copy"_s), "drop");
    report(u"PostgreSQL bulk load through COPY (%1 rows, with a primary key)"_s.arg(rows), double(rows) / (app / 1000.0), limit,
           u"rows/s"_s, u"≥ 300,000 rows/s"_s);
}

qint64 residentKb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

// The list the archivist scrolls: the real model in a real table view (offscreen), each step
// timed to the end of the repaint it causes, as the archives page drives it.
void listModelBench(services::Context &ctx, const services::Session &who)
{
    const qint64 before = residentKb();
    const size_t heapBefore = mallinfo2().uordblks;
    QTableView view;
    view.resize(1200, 800);
    auto settle = [] { QCoreApplication::processEvents(); };
    // The process's first paint loads the fonts and the style: in the program that happens when
    // the sign-in window appears, long before the archivist opens the list, so it is its own row.
    report(u"list: the process's first paint (an empty view: fonts, style)"_s, msOf([&] {
               view.show();
               settle();
           }),
           -1, u"ms"_s, u"(at start)"_s);
    ui::archives::CustomerListModel model(ctx, who);
    view.setModel(&model);
    report(u"list: open (first page, painted)"_s, msOf([&] {
               model.setQuery({});
               settle();
           }),
           -1, u"ms"_s, u"≤ 50 ms"_s);
    qint64 total = 0;
    report(u"list: count (worker thread; sizes the scroll bar)"_s,
           msOf([&] { total = must(services::CustomerService(ctx).count(who, {}), "count"); }),
           msOf([&] { (void)ctx.db.scalar(u"SELECT COUNT(*) FROM customers"_s); }), u"ms"_s, u"(off the GUI thread)"_s);
    report(u"list: take the count (%1 rows into the view)"_s.arg(total), msOf([&] {
               model.setTotal(total);
               settle();
           }),
           -1, u"ms"_s, u"≤ 50 ms"_s);
    QScrollBar *bar = view.verticalScrollBar();
    report(u"list: jump to the last row"_s, msOf([&] {
               view.scrollToBottom();
               settle();
           }),
           -1, u"ms"_s, u"≤ 50 ms"_s);
    // Dragging the scroll bar: 50 positions spread over the list, each a page nobody held.
    std::vector<double> drags;
    for (int i = 1; i <= 50; ++i)
        drags.push_back(msOf([&] {
            bar->setValue(int(qint64(bar->maximum()) * ((i * 37) % 50) / 50));
            settle();
        }));
    report(u"list: drag the scroll bar anywhere (p99 of 50 positions)"_s, percentile(drags, 0.99), -1, u"ms"_s, u"≤ 50 ms"_s);
    report(u"list: sort by name"_s, msOf([&] {
               model.sort(ui::archives::CustomerListModel::Name, Qt::AscendingOrder);
               settle();
           }),
           -1, u"ms"_s, u"≤ 50 ms"_s);
    report(u"list: … and jump to its last row"_s, msOf([&] {
               view.scrollToBottom();
               settle();
           }),
           -1, u"ms"_s, u"≤ 50 ms"_s);
    model.setQuery({});
    model.setTotal(total);
    // Scroll the whole list from top to bottom (every page read once, in order, as the view would).
    const double all = msOf([&] {
        for (int row = 0; row < model.rowCount(); row += model.pageSize())
            (void)model.rowAt(row);
    });
    view.scrollToBottom();
    settle();
    const qint64 peak = residentKb();
    const size_t heapAfter = mallinfo2().uordblks;
    report(u"list: scroll all %1 rows top to bottom"_s.arg(total), all / 1000.0, -1, u"s"_s, u"(reads every page once)"_s);
    // The heap is what the program holds (model, view, SQLite's page cache of at most 64 MB);
    // the resident size also counts the pages of the memory-mapped database file it touched.
    report(u"list: heap growth after scrolling the whole list"_s, (double(heapAfter) - double(heapBefore)) / 1048576.0, -1,
           u"MB"_s, u"≤ 50 MB growth"_s);
    report(u"list: resident size growth (incl. mapped file pages)"_s, double(peak - before) / 1024.0, -1, u"MB"_s, u"—"_s);
}

// Process wall time from exec to the sign-in window on this database (warm cache: the best of 5).
void startupBench(const QString &target)
{
    const QString app = QCoreApplication::applicationDirPath() + u"/../../src/app/dealercrm"_s;
    if (!QFile::exists(app))
        return;
    std::vector<double> runs;
    for (int i = 0; i < 5; ++i) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"DEALERCRM_STARTUP_PROBE"_s, u"1"_s);
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        p.setProcessEnvironment(env);
        runs.push_back(msOf([&] {
            p.start(app, {u"--database"_s, target});
            p.waitForFinished(60000);
        }));
        if (p.exitCode() != 0) {
            std::fprintf(stderr, "bench: dealercrm exited with %d: %s\n", p.exitCode(), p.readAllStandardError().constData());
            return;
        }
    }
    report(u"GUI start to the sign-in window (process wall time, best of 5)"_s, *std::min_element(runs.begin(), runs.end()), -1,
           u"ms"_s, u"≤ 1 s"_s);
}

} // namespace bench
