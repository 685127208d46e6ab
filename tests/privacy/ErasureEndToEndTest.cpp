// Nothing readable after an erasure (PIPL Art. 47): a customer who was edited, merged with a
// duplicate, texted, exported and complained is erased; then every text column of every table,
// the audit log as the program reads it and — on SQLite — the database file itself after a
// checkpoint and VACUUM are searched for their old name, mobiles and plate. None is found. The
// audit log keeps every entry (counted) and stays append-only. On both engines.
#include "TestDatabase.h"

#include "archives/services/CustomerService.h"
#include "archives/services/ExportService.h"
#include "archives/services/MergeService.h"
#include "campaigns/services/MessageService.h"
#include "complaints/services/ComplaintService.h"
#include "data/AuditRepository.h"
#include "privacy/services/PrivacyService.h"

#include <QFile>
#include <QSqlRecord>
#include <QTemporaryDir>

using namespace crm;
using namespace crm::services;
using namespace Qt::StringLiterals;

namespace {
// What must not be found anywhere: the names (two spellings), the mobiles, the plate.
const QStringList kTraces{u"欧阳娜娜"_s, u"欧阳娜"_s, u"13912345678"_s, u"13987654321"_s, u"川A12345"_s, u"A12345"_s};

// Every text column of every table, as "table.column".
QStringList textColumns(data::Database &db)
{
    QStringList out;
    if (db.engine() == data::Engine::Postgres) {
        auto q = db.exec(u"SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' "
                         "AND data_type IN ('text', 'character varying') ORDER BY table_name, column_name"_s);
        EXPECT_TRUE(q.ok());
        while (q && q->next())
            out << q->value(0).toString() + u'.' + q->value(1).toString();
        return out;
    }
    QStringList tables;
    auto t = db.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"_s);
    EXPECT_TRUE(t.ok());
    while (t && t->next())
        tables << t->value(0).toString();
    for (const QString &table : tables) {
        auto c = db.exec(u"SELECT name, type FROM pragma_table_info(?)"_s, {table});
        EXPECT_TRUE(c.ok());
        while (c && c->next())
            if (c->value(1).toString().toUpper().contains(u"TEXT"_s) || c->value(1).toString().isEmpty())
                out << table + u'.' + c->value(0).toString();
    }
    return out;
}
} // namespace

class ErasureEndToEnd : public test::DbTest {};

TEST_P(ErasureEndToEnd, NothingOfTheErasedCustomerCanBeReadBack)
{
    QTemporaryDir files;
    data::ConnectionSpec spec = testDb().spec;
    spec.keyFile = files.filePath(u"crm.key"_s);
    auto opened = data::Database::open(spec);
    ASSERT_OK(opened);
    data::Database &db = **opened;
    Context ctx{db, m_clock};
    ASSERT_OK(PrivacyService(ctx).prepare());
    const Session info = test::insertUser(db, u"info"_s, u"信息员"_s, Role::Archivist);
    const Session agent = test::insertUser(db, u"agent"_s, u"坐席"_s, Role::Agent);
    CustomerService customers(ctx);

    // Registered, then edited.
    CustomerInput in;
    in.name = u"欧阳娜"_s;
    in.mobile = u"13912345678"_s;
    in.address = u"成都市高新区天府大道100号"_s;
    auto id = customers.create(info, in);
    ASSERT_OK(id);
    const qint64 she = *id;
    in.name = u"欧阳娜娜"_s;
    ASSERT_OK(customers.update(info, she, in));
    VehicleInput v;
    v.vin = u"LSVAU218XN2183294"_s;
    v.plate = u"川A12345"_s;
    v.model = u"朗逸"_s;
    auto car = customers.addVehicle(info, she, v);
    ASSERT_OK(car);
    ASSERT_OK(customers.setConsent(info, she, u"sms"_s, true, u"signed_form"_s));
    // A duplicate from an old import, merged into her.
    CustomerInput dup;
    dup.name = u"欧阳娜娜"_s;
    dup.mobile = u"13987654321"_s;
    auto dupId = customers.create(info, dup);
    ASSERT_OK(dupId);
    ASSERT_OK(MergeService(ctx).merge(info, she, *dupId));
    // Texted.
    ASSERT_OK(MessageService(ctx).queueOne(
        agent, she, u"appointment_reminder"_s,
        {{u"name"_s, u"欧阳娜娜"_s}, {u"time"_s, u"12月9日 9:00"_s}, {u"job"_s, u"保养"_s}, {u"phone"_s, u"0571-88888888"_s}},
        u"card"_s));
    // Exported (the file is the department's to delete; the log of the export is the program's).
    ASSERT_OK(ExportService(ctx).exportCustomers(info, {}, files.filePath(u"export.csv"_s)));
    // Complained.
    ComplaintInput c;
    c.customerId = she;
    c.vehicleId = *car;
    c.channel = u"phone"_s;
    c.category = u"repair_quality"_s;
    c.description = u"欧阳娜娜（13912345678，川A12345）说保养后异响"_s;
    c.demand = u"回电 13912345678"_s;
    ASSERT_OK(ComplaintService(ctx).registerComplaint(agent, c));

    // Before: she is everywhere.
    const QStringList columns = textColumns(db);
    ASSERT_GT(columns.size(), 50);
    auto tracesIn = [&](const QString &column) {
        const QString table = column.section(u'.', 0, 0), col = column.section(u'.', 1);
        QStringList found;
        for (const QString &trace : kTraces) {
            auto n = db.scalar(u"SELECT COUNT(*) FROM %1 WHERE %2 LIKE ?"_s.arg(table, col), {u'%' + trace + u'%'});
            EXPECT_TRUE(n.ok()) << column.toStdString();
            if (n && n->toLongLong() > 0)
                found << trace;
        }
        return found;
    };
    EXPECT_FALSE(tracesIn(u"customers.name"_s).isEmpty());
    const qint64 entries = db.scalar(u"SELECT COUNT(*) FROM audit_log"_s)->toLongLong();

    ASSERT_OK(PrivacyService(ctx).anonymise(info, she, u"本人书面申请删除"_s));

    // Every text column of every table.
    for (const QString &column : columns)
        EXPECT_TRUE(tracesIn(column).isEmpty())
            << column.toStdString() << " still holds " << tracesIn(column).join(u", "_s).toStdString();
    // The audit log as the program reads it: every entry still there, none with her values.
    EXPECT_EQ(db.scalar(u"SELECT COUNT(*) FROM audit_log"_s)->toLongLong(), entries + 1);
    auto log = data::AuditRepository(db).page({}, 0, 1000);
    ASSERT_OK(log);
    for (const data::AuditEntry &e : *log)
        for (const QString &trace : kTraces)
            EXPECT_FALSE((e.beforeJson + e.afterJson + e.detail).contains(trace)) << e.action.toStdString() << " #" << e.id;
    EXPECT_FALSE(db.exec(u"DELETE FROM audit_log"_s).ok()) << "the log stays append-only";

    // The file itself, after a checkpoint and VACUUM: not a byte of her.
    if (db.engine() == data::Engine::Sqlite) {
        ASSERT_OK(db.execRaw(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
        ASSERT_OK(db.execRaw(u"VACUUM"_s));
        ASSERT_OK(db.execRaw(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
        for (const QString &suffix : {u""_s, u"-wal"_s}) {
            QFile f(spec.sqlitePath + suffix);
            if (!f.exists())
                continue;
            ASSERT_TRUE(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            for (const QString &trace : kTraces)
                EXPECT_FALSE(bytes.contains(trace.toUtf8())) << trace.toStdString() << " in " << f.fileName().toStdString();
        }
    }
}

CRM_INSTANTIATE_ENGINES(ErasureEndToEnd);
