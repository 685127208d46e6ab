// Fuzz target: an import file as a person might hand it over — any bytes, read as CSV (UTF-8
// or GB18030, detected) or as XLSX, then imported with full validation into a real SQLite
// database. Whatever the bytes, the program must answer with rows or a message, never crash,
// hang or write half an import. CRM_FUZZ_FORMAT picks the reader (csv or xlsx) at build time.
#include "archives/services/ImportService.h"
#include "data/Migrator.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace crm;
using namespace Qt::StringLiterals;

namespace {
struct World {
    QTemporaryDir dir;
    std::unique_ptr<data::Database> db;
};
World *g_world = nullptr;

void check(bool ok, const char *what)
{
    if (!ok) {
        std::fprintf(stderr, "fuzz_import: %s\n", what);
        std::abort();
    }
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    g_world = new World;
    auto db = data::Database::open(data::ConnectionSpec::sqlite(g_world->dir.filePath(u"fuzz.sqlite"_s)));
    check(db.ok(), "open the database");
    g_world->db = std::move(*db);
    check(data::Migrator(*g_world->db).migrate().ok(), "migrate");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = g_world->dir.filePath(u"input."_s + QStringLiteral(CRM_FUZZ_FORMAT));
    {
        QFile f(path);
        check(f.open(QIODevice::WriteOnly | QIODevice::Truncate), "write the input");
        f.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    auto table = services::ImportService::readFile(path);
    if (!table) {
        if (qEnvironmentVariableIsSet("CRM_FUZZ_VERBOSE"))
            std::fprintf(stderr, "refused: %s\n", qPrintable(table.error().message));
        check(!table.error().message.isEmpty(), "a refused file says why");
        return 0;
    }
    for (const QStringList &row : table->rows)
        check(row.size() <= table->headers.size() + 10000, "rows are bounded by the input");
    const auto mapping = services::ImportService::guessMapping(table->headers);
    check(mapping.size() == table->headers.size(), "one field per column");

    auto count = [] { return g_world->db->scalar(u"SELECT COUNT(*) FROM customers"_s)->toLongLong(); };
    const qint64 before = count();
    services::Context ctx{*g_world->db};
    auto result = services::ImportService(ctx).importCustomers(services::Session::system(u"fuzz"_s), *table, mapping, u"fuzz"_s);
    if (!result) {
        if (qEnvironmentVariableIsSet("CRM_FUZZ_VERBOSE"))
            std::fprintf(stderr, "import failed: %s\n", qPrintable(result.error().message));
        check(!result.error().message.isEmpty(), "a failed import says why");
        check(count() == before, "a failed import writes nothing");
        return 0;
    }
    check(count() == before + result->imported, "new customers are the ones counted");
    if (qEnvironmentVariableIsSet("CRM_FUZZ_VERBOSE"))
        std::fprintf(stderr, "%lld rows: %d imported, %d updated, %d unchanged, %lld rejected\n", qint64(table->rows.size()),
                     result->imported, result->updated, result->unchanged, qint64(result->rejected.size()));
    for (const auto &r : result->rejected) {
        check(r.line >= 2 && r.line <= int(table->rows.size()) + 1, "a rejection names a line of the file");
        check(!r.reason.isEmpty(), "a rejection says why");
    }
    return 0;
}
