// SQL-injection strings typed into every search and filter field change nothing: each is bound
// as a value (prepared statements only), so the answer is "no match" or a clean refusal, every
// table keeps its rows and the schema keeps its tables — on both engines.
#include "TestDatabase.h"

#include "archives/services/CustomerService.h"
#include "complaints/services/ComplaintService.h"
#include "data/AuditRepository.h"
#include "leads/services/LeadService.h"
#include "seed/SeedService.h"

using namespace crm;
using namespace crm::services;
using namespace Qt::StringLiterals;

class InjectionTest : public test::DbTest {};

TEST_P(InjectionTest, HostileStringsInEverySearchAndFilterChangeNothing)
{
    ASSERT_OK(SeedService(ctx()).seedDemo(Session::system(u"test"_s)));
    const Session manager = test::insertUser(db(), u"mgr"_s, u"经理"_s, Role::Manager);
    auto snapshot = [&] {
        QStringList out;
        for (const char *t :
             {"customers", "vehicles", "service_visits", "complaints", "leads", "users", "audit_log", "customer_search_keys"})
            out << u"%1=%2"_s.arg(QString::fromLatin1(t))
                       .arg(db().scalar(u"SELECT COUNT(*) FROM "_s + QString::fromLatin1(t))->toLongLong());
        return out;
    };
    const QString schemaSql = GetParam() == data::Engine::Sqlite
                                  ? u"SELECT COUNT(*) FROM sqlite_master"_s
                                  : u"SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema()"_s;
    const qint64 schema = db().scalar(schemaSql)->toLongLong();
    const QStringList before = snapshot();
    const QStringList hostile = {
        u"'; DROP TABLE customers; --"_s,
        u"\" OR 1=1 --"_s,
        u"' OR '1'='1"_s,
        u"%' OR 1=1; DELETE FROM users WHERE '%'='"_s,
        u"1); UPDATE customers SET name='x'; --"_s,
        u"王' UNION SELECT password_hash, username FROM users --"_s,
        u"\\'; TRUNCATE audit_log; --"_s,
        u"_%_%"_s,
        QString(500, u'\''),
        u"ROBERT'); DROP TABLE students;--"_s,
    };
    for (const QString &s : hostile) {
        SCOPED_TRACE(s.toStdString());
        auto found = CustomerService(ctx()).search(manager, s, 20);
        if (found) {
            EXPECT_TRUE(found->isEmpty());
        }
        data::CustomerQuery q;
        q.search = s;
        q.city = s;
        q.source = s;
        q.model = s;
        q.tag = s;
        auto page = CustomerService(ctx()).page(manager, q, std::nullopt, 50);
        if (page) {
            EXPECT_TRUE(page->isEmpty());
        }
        auto n = CustomerService(ctx()).count(manager, q);
        if (n) {
            EXPECT_EQ(*n, 0);
        }
        data::ComplaintFilter cf;
        cf.text = s;
        cf.category = s;
        cf.level = s;
        auto complaints = ComplaintService(ctx()).list(manager, cf);
        if (complaints) {
            EXPECT_TRUE(complaints->isEmpty());
        }
        LeadFilter lf;
        lf.text = s;
        lf.consultant = s;
        lf.source = s;
        auto leads = LeadService(ctx()).list(manager, lf, 50);
        if (leads) {
            EXPECT_TRUE(leads->isEmpty());
        }
        auto audit = data::AuditRepository(db()).page({s, s, s}, 0, 50);
        ASSERT_OK(audit);
        EXPECT_TRUE(audit->isEmpty());
    }
    EXPECT_EQ(snapshot(), before);
    EXPECT_EQ(db().scalar(schemaSql)->toLongLong(), schema);
    EXPECT_EQ(db().scalar(u"SELECT COUNT(*) FROM customers WHERE name = 'x'"_s)->toInt(), 0);
}

CRM_INSTANTIATE_ENGINES(InjectionTest);
