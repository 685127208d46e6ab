// The manufacturer's files and the usage report at scale (issue 26): an incremental archive upload
// of 10,000 changed customers, a 100,000-row survey-results import, the usage report of a month.
// Writes inside a rolled-back transaction: nothing is kept (the upload's file goes to a
// temporary folder).
#include "Bench.h"
#include "admin/services/UsageService.h"
#include "oem/services/OemService.h"

#include <QTemporaryDir>

namespace bench {

void oemBench(services::Context &ctx, const services::Session &who)
{
    data::Database &db = ctx.db;
    const qint64 customers = db.scalar(u"SELECT COUNT(*) FROM customers"_s)->toLongLong();
    QTemporaryDir dir;
    {
        data::Transaction outer(db);
        must(outer.started(), "begin");
        services::OemService oem(ctx);
        must(oem.templates(who), "templates"); // the defaults
        const auto archive = must(oem.templateByName(who, u"客户档案上传"_s), "template");
        if (!archive)
            die(u"no archive template"_s);
        // The last upload reached the newest change of the base; 10,000 customers changed after it.
        const QString newest = db.scalar(u"SELECT MAX(updated_at) FROM (SELECT MAX(updated_at) AS updated_at FROM customers "
                                         "UNION ALL SELECT MAX(updated_at) FROM vehicles) t"_s)
                                   ->toString();
        const QDateTime base = fromStoredUtc(newest);
        must(db.exec(u"UPDATE oem_templates SET watermark = ? WHERE id = ?"_s, {newest, archive->id}), "watermark");
        must(db.exec(u"UPDATE customers SET updated_at = ? WHERE id IN (SELECT id FROM customers WHERE deleted_at IS NULL "
                     "ORDER BY id LIMIT 10000 OFFSET ?)"_s,
                     {toStoredUtc(base.addSecs(60)), customers / 3}),
             "change");
        FixedClock later(base.addSecs(3600));
        services::Context at{db, later};
        services::UploadRequest r;
        r.templateId = archive->id;
        r.folder = dir.path();
        services::UploadResult done;
        const double ms = msOf([&] { done = must(services::OemService(at).generate(who, r), "upload"); });
        std::printf("    (%d rows for 10,000 changed customers of %lld)\n", done.rows, customers);
        report(u"oem: incremental archive upload, 10,000 changed"_s, ms / 1000.0, -1, u"s"_s, u"≤ 5 s"_s);
    }
    {
        data::Transaction outer(db);
        must(outer.started(), "begin");
        services::ImportTable t;
        t.headers = {u"问卷编号"_s, u"调查类型"_s, u"调查日期"_s, u"VIN码"_s, u"服务顾问"_s, u"总分"_s, u"Q1"_s, u"客户意见"_s};
        auto vins = must(db.exec(u"SELECT vin FROM vehicles WHERE deleted_at IS NULL ORDER BY id LIMIT 100000"_s), "vins");
        int n = 0;
        while (vins.next()) {
            ++n;
            const int overall = n % 50 == 0 ? 45 : 70 + n % 31; // one in fifty low: a complaint each
            t.rows << QStringList{u"B-%1"_s.arg(n),
                                  u"CSI"_s,
                                  u"2026-11-%1"_s.arg(1 + n % 28, 2, 10, QLatin1Char('0')),
                                  vins.value(0).toString(),
                                  u"顾问%1"_s.arg(n % 40),
                                  QString::number(overall),
                                  QString::number(overall / 10),
                                  n % 7 ? QString() : u"等待时间长"_s};
        }
        const QStringList mapping = oem::guessImportMapping(oem::ImportKind::Surveys, t.headers);
        services::OemImportResult r;
        const double ms =
            msOf([&] { r = must(services::OemService(ctx).importFile(who, oem::ImportKind::Surveys, t, mapping), "import"); });
        std::printf("    (%d imported, %d complaints for low scores)\n", r.imported, r.complaints);
        report(u"oem: survey results import, %1 rows"_s.arg(t.rows.size()), ms / 1000.0, -1, u"s"_s, u"≤ 30 s"_s);
    }
    const QDate today = ctx.clock.nowUtc().toLocalTime().date();
    const QDate month(today.year(), today.month(), 1);
    std::vector<double> usage;
    for (int i = 0; i < 5; ++i)
        usage.push_back(msOf([&] {
            must(services::UsageService(ctx).report(who, month.addMonths(-1), month.addDays(-1), services::UsageGrain::Day),
                 "usage");
        }));
    report(u"usage report: a month by day (median of 5)"_s, percentile(usage, 0.5), -1, u"ms"_s, u"≤ 1000 ms"_s);
}

} // namespace bench
