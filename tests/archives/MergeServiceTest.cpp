#include "TestDatabase.h"

#include "archives/core/Completeness.h"
#include "archives/data/CustomerRepository.h"
#include "archives/services/CustomerService.h"
#include "archives/services/MergeService.h"
#include "data/AuditRepository.h"
#include "data/Transaction.h"

#include <QSqlRecord>
#include <numeric>

using namespace crm;
using namespace crm::data;
using namespace crm::services;
using namespace Qt::StringLiterals;

class MergeTest : public test::DbTest {
protected:
    // Two records of one person, as legacy data has them: both on one mobile.
    void SetUp() override
    {
        DbTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        CustomerRepository repo(db());
        Transaction tx(db());
        CustomerRow a;
        a.name = u"张伟明"_s;
        a.mobile = u"13812345678"_s;
        a.tags = {u"老客户"_s};
        auto ida = repo.insertCustomer(a, u"2020-01-01T00:00:00Z"_s);
        CustomerRow b;
        b.name = u"张伟明"_s;
        b.mobile = u"13812345678"_s;
        b.city = u"广州"_s;
        b.birthday = QDate(1985, 6, 1);
        b.vip = true;
        b.tags = {u"老客户"_s, u"车友会"_s};
        auto idb = repo.insertCustomer(b, u"2021-01-01T00:00:00Z"_s);
        ASSERT_TRUE(ida.ok() && idb.ok());
        m_a = *ida;
        m_b = *idb;
        VehicleRow v;
        v.customerId = m_b;
        v.vin = u"LFVAB15A9PA040001"_s;
        v.plate = u"粤A12345"_s;
        v.model = u"速腾"_s;
        v.deliveryDate = QDate(2021, 3, 1);
        auto vid = repo.insertVehicle(v, u"x"_s);
        ASSERT_OK(vid);
        ASSERT_OK(repo.insertVisit({0, *vid, m_b, QDate(2022, 3, 1), u"maintenance"_s, 5000, u"陈刚"_s, 50000}, u"x"_s));
        ASSERT_OK(repo.refreshLastPaidVisit(*vid));
        ASSERT_OK(repo.refreshDerived(m_a));
        ASSERT_OK(repo.refreshDerived(m_b));
        // A agreed to marketing calls long ago; B (the same person) withdrew later and refused surveys.
        ASSERT_OK(repo.setConsent(m_a, {u"marketing_calls"_s, true, u"2020-01-01T00:00:00Z"_s, u"signed_form"_s}));
        ASSERT_OK(repo.setConsent(m_b, {u"marketing_calls"_s, false, u"2025-06-01T00:00:00Z"_s, u"phone"_s}));
        ASSERT_OK(repo.setConsent(m_b, {u"sms"_s, true, u"2025-06-01T00:00:00Z"_s, u"phone"_s}));
        ASSERT_OK(db().exec(u"INSERT INTO customer_optouts(customer_id, contact_type, reason, created_at, created_by) "
                            "VALUES (?, 'survey', '不接受问卷', 'x', 'agent')"_s,
                            {m_b}));
        ASSERT_OK(tx.commit());
    }
    QString snapshot()
    {
        QString out;
        for (const char *sql :
             {"SELECT id, name, gender, mobile, other_phones, city, birthday, vip, merged_into, deleted_at IS NULL FROM "
              "customers ORDER BY id",
              "SELECT id, customer_id FROM vehicles ORDER BY id", "SELECT id, customer_id FROM service_visits ORDER BY id",
              "SELECT customer_id, tag FROM customer_tags ORDER BY customer_id, tag",
              "SELECT id, customer_id FROM vehicle_ownership ORDER BY id",
              "SELECT customer_id, purpose, granted, recorded_at, how FROM customer_consents ORDER BY customer_id, purpose",
              "SELECT customer_id, contact_type, reason FROM customer_optouts ORDER BY customer_id, contact_type"}) {
            auto q = db().exec(QString::fromLatin1(sql));
            EXPECT_TRUE(q.ok());
            while (q->next())
                for (int i = 0; i < q->record().count(); ++i)
                    out += q->value(i).toString() + u'|';
            out += u'\n';
        }
        return out;
    }
    Session m_archivist{0, u"archivist"_s, u"王建国"_s, Role::Archivist};
    qint64 m_a = 0, m_b = 0;
};

TEST_P(MergeTest, DuplicatesAreFoundAndAMergeLosesNothingAndCanBeUndone)
{
    MergeService merge(ctx());
    auto dups = merge.duplicates(m_archivist, 10);
    ASSERT_OK(dups);
    ASSERT_EQ(dups->size(), 1);
    EXPECT_EQ(dups->first().customerIds, (QList<qint64>{m_a, m_b}));

    const QString before = snapshot();
    auto auditId = merge.merge(m_archivist, m_a, m_b);
    ASSERT_OK(auditId);
    // Everything of B is now A's; B is gone from lists but kept, marked as merged.
    CustomerService customers(ctx());
    auto card = customers.card(m_archivist, m_a);
    ASSERT_OK(card);
    EXPECT_EQ(card->vehicles.size(), 1);
    EXPECT_EQ(card->timeline.size(), 2); // visit + delivery
    EXPECT_EQ(card->customer.city, u"广州"_s);
    EXPECT_EQ(card->customer.birthday, QDate(1985, 6, 1));
    EXPECT_TRUE(card->customer.vip);
    EXPECT_TRUE(card->customer.tags.contains(u"车友会"_s));
    EXPECT_FALSE(customers.card(m_archivist, m_b).ok());
    EXPECT_EQ(*CustomerRepository(db()).countCustomers(), 1);
    EXPECT_EQ(*CustomerRepository(db()).countVisits(), 1);
    auto found = customers.search(m_archivist, u"A12345"_s, 5);
    ASSERT_EQ(found->size(), 1);
    EXPECT_EQ(found->first().id, m_a);
    EXPECT_TRUE(merge.duplicates(m_archivist, 10)->isEmpty());
    // Privacy travels with the merge, the stricter answer winning.
    QMap<QString, bool> consent;
    for (const ConsentRow &c : card->consents)
        consent.insert(c.purpose, c.granted);
    EXPECT_FALSE(consent.value(u"marketing_calls"_s, true));
    EXPECT_TRUE(consent.value(u"sms"_s, false));
    EXPECT_EQ(db().scalar(u"SELECT COUNT(*) FROM customer_optouts WHERE customer_id = ?"_s, {m_a})->toInt(), 1);
    auto record = AuditRepository(db()).byId(*auditId);
    ASSERT_TRUE(record.ok() && record->has_value());
    EXPECT_EQ((*record)->action, u"merge"_s);

    // Undo from the audit record restores both records exactly.
    ASSERT_OK(merge.undo(m_archivist, *auditId));
    EXPECT_EQ(snapshot(), before);
    auto again = merge.undo(m_archivist, *auditId);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().kind, Error::Kind::Conflict);
    EXPECT_EQ(*AuditRepository(db()).count({u"unmerge"_s, {}, {}}), 1);
    EXPECT_FALSE(merge.merge(m_archivist, m_a, m_a).ok());
    const Session club{0, u"club"_s, u"陈美玲"_s, Role::Club};
    EXPECT_OK(MergeService(ctx()).duplicates(club, 5));
}

TEST_P(MergeTest, CompletenessIsKeptCurrent)
{
    CustomerRepository repo(db());
    auto hist = repo.completenessHistogram();
    ASSERT_OK(hist);
    EXPECT_EQ(std::accumulate(hist->begin(), hist->end(), qint64(0)), 2);
    auto worst = repo.leastComplete(5);
    ASSERT_OK(worst);
    ASSERT_EQ(worst->size(), 2);
    EXPECT_EQ(worst->first().first, m_a); // no vehicle, no city, no birthday …
    Completeness::Input in;
    in.mobile = u"13812345678"_s;
    EXPECT_EQ(worst->first().second, Completeness::evaluate(in).value);
    const auto s = Completeness::evaluate(in);
    EXPECT_TRUE(s.missing.contains(u"vehicle"_s));
    EXPECT_FALSE(s.missing.contains(u"mobile"_s));
    EXPECT_EQ(Completeness::evaluate({u"M"_s, u"1"_s, u"c"_s, u"a"_s, u"s"_s, QDate(2000, 1, 1), 1, 1, 1}).value, 100);
}

// The list's count without a filter is kept by triggers on PostgreSQL (migration 0043): it follows
// every way a customer comes, goes and comes back, whatever writes the rows.
TEST_P(MergeTest, TheListsCountFollowsEveryWayACustomerComesAndGoes)
{
    CustomerService customers(ctx());
    const bool postgres = GetParam() == Engine::Postgres;
    auto same = [&](const char *after) {
        const qint64 live = db().scalar(u"SELECT COUNT(*) FROM customers WHERE deleted_at IS NULL"_s)->toLongLong();
        EXPECT_EQ(*customers.count(m_archivist, {}), live) << after;
        if (postgres) {
            EXPECT_EQ(db().scalar(u"SELECT SUM(n) FROM customer_count_parts"_s)->toLongLong(), live) << after;
        }
    };
    same("the set-up");
    MergeService merge(ctx());
    auto auditId = merge.merge(m_archivist, m_a, m_b);
    ASSERT_OK(auditId);
    EXPECT_EQ(*customers.count(m_archivist, {}), 1);
    same("a merge");
    ASSERT_OK(merge.undo(m_archivist, *auditId));
    EXPECT_EQ(*customers.count(m_archivist, {}), 2);
    same("its undo");
    // What a bulk load or a DBA writes.
    const QString at = u"'2026-01-01T00:00:00Z'"_s;
    ASSERT_OK(db().execRaw(u"INSERT INTO customers (name, created_at, updated_at, deleted_at) VALUES ('bulk 1', %1, %1, NULL), "
                           "('bulk 2', %1, %1, NULL), ('bulk 3', %1, %1, NULL), ('gone', %1, %1, %1)"_s.arg(at)));
    same("several rows in one statement, one of them deleted");
    ASSERT_OK(db().execRaw(u"UPDATE customers SET deleted_at = %1 WHERE name IN ('bulk 1', 'bulk 2')"_s.arg(at)));
    same("two deleted at once");
    ASSERT_OK(db().execRaw(u"UPDATE customers SET deleted_at = '2026-02-01T00:00:00Z' WHERE name = 'bulk 1'"_s));
    same("a deleted row's time changed");
    ASSERT_OK(db().execRaw(u"UPDATE customers SET deleted_at = NULL WHERE name = 'bulk 2'"_s));
    same("one restored");
    ASSERT_OK(db().execRaw(u"UPDATE customers SET city = '深圳'"_s));
    same("an update of every row that leaves deleted_at alone");
    ASSERT_OK(db().execRaw(u"DELETE FROM customers WHERE name IN ('bulk 3', 'gone')"_s));
    same("a live row and a deleted one removed outright");
    EXPECT_EQ(*customers.count(m_archivist, {}), 3);
}

CRM_INSTANTIATE_ENGINES(MergeTest);
