// crm_test_writer DATABASE COUNT TAG: one "desk" doing COUNT read-then-write transactions
// through the real repository and audit code. Exits non-zero with the error on any failure,
// so a "database is locked" that reaches the caller fails the two-desk test.
#include "archives/data/CustomerRepository.h"
#include "data/Transaction.h"
#include "services/Guard.h"

#include <QCoreApplication>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace crm;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fputs("usage: crm_test_writer DATABASE COUNT TAG\n", stderr);
        return 2;
    }
    auto spec = data::ConnectionSpec::parse(args[1]);
    if (!spec)
        return 3;
    auto db = data::Database::open(*spec);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().text()));
        return 4;
    }
    services::Context ctx{**db};
    const services::Session who = services::Session::system(u"writer-"_s + args[3]);
    const int n = args[2].toInt();
    for (int i = 0; i < n; ++i) {
        data::Transaction tx(**db);
        if (!tx.started()) {
            std::fprintf(stderr, "begin: %s\n", qPrintable(tx.started().error().text()));
            return 5;
        }
        // Read first, then write: the pattern that fails at once under a deferred transaction.
        auto count = (*db)->scalar(u"SELECT COUNT(*) FROM customers"_s);
        data::CustomerRow c;
        c.name = u"%1-%2-%3"_s.arg(args[3]).arg(i).arg(count ? count->toLongLong() : -1);
        auto id = data::CustomerRepository(**db).insertCustomer(c, u"2026-11-22T00:00:00Z"_s);
        Status audited = id ? services::Guard::audit(ctx, &who, {u"create"_s, u"customers"_s, QString::number(*id), {}, {}, {}})
                            : Status(id.error());
        Status committed = audited ? tx.commit() : audited;
        if (!count || !committed) {
            std::fprintf(stderr, "write %d: %s\n", i, qPrintable(!count ? count.error().text() : committed.error().text()));
            return 6;
        }
    }
    return 0;
}
