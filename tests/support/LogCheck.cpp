// crm_test_logcheck LOGDIR: the logs of a full UI test run hold no personal data. Seeds the
// demo data the UI tests seed (same seed, so the same people), then looks through every log
// file in LOGDIR for each customer's name, mobile, address, plate and VIN and each user's name.
// Fails when one is found (saying where) and when there is no log to look through.
#include "core/Clock.h"
#include "data/Migrator.h"
#include "seed/SeedService.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <cstdio>

using namespace crm;
using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    crm::pinLocalTimeZone();
    QCoreApplication app(argc, argv);
    if (app.arguments().size() != 2) {
        std::fputs("usage: crm_test_logcheck LOGDIR\n", stderr);
        return 2;
    }
    QTemporaryDir tmp;
    auto db = data::Database::open(data::ConnectionSpec::sqlite(tmp.filePath(u"demo.sqlite"_s)));
    if (!db || !data::Migrator(**db).migrate() ||
        !services::SeedService({**db}).seedDemo(services::Session::system(u"logcheck"_s))) {
        std::fputs("could not seed the demo database\n", stderr);
        return 3;
    }
    QStringList needles;
    for (const QString &sql :
         {u"SELECT name FROM customers"_s, u"SELECT mobile FROM customers"_s, u"SELECT address FROM customers"_s,
          u"SELECT plate FROM vehicles"_s, u"SELECT vin FROM vehicles"_s, u"SELECT display_name FROM users"_s}) {
        auto q = (*db)->exec(sql);
        while (q && q->next()) {
            const QString v = q->value(0).toString().trimmed();
            if (v.size() >= 2) // a one-character name would match any Chinese text
                needles << v;
        }
    }
    needles.removeDuplicates();

    const QDir dir(app.arguments().at(1));
    qint64 lines = 0;
    int found = 0;
    const QStringList files = dir.entryList({u"*.log*"_s}, QDir::Files);
    for (const QString &name : files) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        int n = 0;
        while (!f.atEnd()) {
            const QString line = QString::fromUtf8(f.readLine());
            ++n;
            ++lines;
            for (const QString &needle : needles) {
                if (line.contains(needle)) {
                    std::fprintf(stderr, "%s:%d holds \"%s\": %s", qPrintable(name), n, qPrintable(needle), qPrintable(line));
                    ++found;
                }
            }
        }
    }
    if (lines == 0) {
        std::fprintf(stderr, "no log lines in %s: the UI tests did not log there\n", qPrintable(dir.path()));
        return 4;
    }
    std::printf("%lld log lines in %lld files checked for %lld names, numbers and addresses: %d found\n", lines,
                qint64(files.size()), qint64(needles.size()), found);
    return found ? 1 : 0;
}
