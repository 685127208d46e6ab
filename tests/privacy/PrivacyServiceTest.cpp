// PIPL: a customer's data copy holds what is kept about them; erasure by anonymisation removes
// what identifies them, keeps the records the law requires, withdraws every consent, and is
// audited without the erased values — on both engines.
#include "TestDatabase.h"

#include "archives/services/CustomerService.h"
#include "feedback/services/FeedbackService.h"
#include "privacy/services/PrivacyService.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace crm;
using namespace crm::services;
using namespace Qt::StringLiterals;

class PrivacyServiceTest : public test::DbTest {
protected:
    void SetUp() override
    {
        DbTest::SetUp();
        if (HasFatalFailure() || IsSkipped())
            return;
        archivist = test::insertUser(db(), u"info"_s, u"信息员"_s, Role::Archivist);
        agent = test::insertUser(db(), u"agent"_s, u"坐席"_s, Role::Agent);
        CustomerInput in;
        in.name = u"欧阳娜娜"_s;
        in.mobile = u"13912345678"_s;
        in.address = u"成都市高新区天府大道100号"_s;
        in.birthday = QDate(1990, 5, 6);
        in.tags = {u"老客户"_s};
        auto id = CustomerService(ctx()).create(archivist, in);
        ASSERT_OK(id);
        customer = *id;
        VehicleInput v;
        v.vin = u"LSVAU218XN2183294"_s;
        v.plate = u"川A12345"_s;
        v.model = u"朗逸"_s;
        ASSERT_OK(CustomerService(ctx()).addVehicle(archivist, customer, v));
        ASSERT_OK(CustomerService(ctx()).setConsent(archivist, customer, u"marketing_calls"_s, true, u"signed_form"_s));
        ASSERT_OK(db().exec(
            u"INSERT INTO followup_tasks(kind, source_key, customer_id, available, due_date, expires, status, created_at, "
            u"updated_at) "
            "VALUES ('service', 'p1', ?, '2026-11-20', '2026-11-20', '2026-12-31', 'open', '2026-11-20T00:00:00Z', '2026-11-20T00:00:00Z')"_s,
            {customer}));
        auto task = db().scalar(u"SELECT id FROM followup_tasks WHERE source_key = 'p1'"_s);
        ASSERT_OK(task);
        ASSERT_OK(db().exec(u"INSERT INTO followup_calls (task_id, customer_id, called_at, outcome, notes) "
                            "VALUES (?, ?, '2026-11-20T02:00:00Z', 'reached', '她说住在天府大道，晚上打 13912345678')"_s,
                            {task->toLongLong(), customer}));
        // What the customer said, with a department: their words, the answer and the result.
        FeedbackInput f;
        f.customerId = customer;
        f.category = u"need"_s;
        f.text = u"我住天府大道，周末才有空"_s;
        f.source = u"card"_s;
        auto item = FeedbackService(ctx()).record(agent, f);
        ASSERT_OK(item);
        feedbackItem = *item;
    }
    Session archivist, agent;
    qint64 customer = 0, feedbackItem = 0;
};

TEST_P(PrivacyServiceTest, TheDataCopyHoldsEverythingAboutTheCustomerAndIsAudited)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"copy.json"_s);
    ASSERT_OK(PrivacyService(ctx()).writeDataCopy(archivist, customer, file));
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
    EXPECT_EQ(doc.value(u"customer"_s).toArray().first().toObject().value(u"name"_s).toString(), u"欧阳娜娜"_s);
    EXPECT_EQ(doc.value(u"customer"_s).toArray().first().toObject().value(u"mobile"_s).toString(), u"13912345678"_s);
    EXPECT_EQ(doc.value(u"vehicles"_s).toArray().first().toObject().value(u"vin"_s).toString(), u"LSVAU218XN2183294"_s);
    EXPECT_EQ(doc.value(u"followup_calls"_s).toArray().size(), 1);
    EXPECT_EQ(doc.value(u"consents"_s).toArray().size(), 1);
    EXPECT_EQ(doc.value(u"tags"_s).toArray().size(), 1);
    EXPECT_TRUE(doc.contains(u"points_ledger"_s));
    EXPECT_EQ(db().scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'personal_data_copy' AND entity_id = ?"_s,
                          {QString::number(customer)})
                  ->toInt(),
              1);
    // An agent may not; nothing is written.
    const QString refused = dir.filePath(u"agent.json"_s);
    auto r = PrivacyService(ctx()).writeDataCopy(agent, customer, refused);
    EXPECT_FALSE(r.ok());
    EXPECT_FALSE(QFile::exists(refused));
    EXPECT_FALSE(PrivacyService(ctx()).writeDataCopy(archivist, 987654, dir.filePath(u"none.json"_s)).ok());
}

TEST_P(PrivacyServiceTest, AnonymisationRemovesWhatIdentifiesThePersonAndKeepsTheRecords)
{
    // Refusals change nothing.
    EXPECT_FALSE(PrivacyService(ctx()).anonymise(agent, customer, u"本人申请"_s).ok());
    EXPECT_FALSE(PrivacyService(ctx()).anonymise(archivist, customer, u"  "_s).ok());
    EXPECT_EQ(db().scalar(u"SELECT name FROM customers WHERE id = ?"_s, {customer})->toString(), u"欧阳娜娜"_s);

    ASSERT_OK(PrivacyService(ctx()).anonymise(archivist, customer, u"本人 2026-11-21 书面申请删除"_s));
    auto q = db().exec(u"SELECT name, mobile, address, birthday, deleted_at FROM customers WHERE id = ?"_s, {customer});
    ASSERT_OK(q);
    ASSERT_TRUE(q->next());
    EXPECT_FALSE(q->value(0).toString().contains(u"欧阳"_s));
    EXPECT_TRUE(q->value(1).isNull());
    EXPECT_TRUE(q->value(2).toString().isEmpty());
    EXPECT_TRUE(q->value(3).isNull());
    EXPECT_FALSE(q->value(4).isNull());
    q->finish();
    // Not found by any former key; out of every list.
    auto found = CustomerService(ctx()).search(archivist, u"欧阳"_s, 10);
    ASSERT_OK(found);
    EXPECT_TRUE(found->isEmpty());
    found = CustomerService(ctx()).search(archivist, u"5678"_s, 10);
    ASSERT_OK(found);
    EXPECT_TRUE(found->isEmpty());
    EXPECT_EQ(db().scalar(u"SELECT COUNT(*) FROM customer_search_keys WHERE customer_id = ?"_s, {customer})->toInt(), 0);
    // Every consent withdrawn, every contact opted out, open tasks cancelled, notes blank.
    EXPECT_EQ(db().scalar(u"SELECT COUNT(*) FROM customer_consents WHERE customer_id = ? AND granted = 1"_s, {customer})->toInt(),
              0);
    EXPECT_EQ(db().scalar(u"SELECT COUNT(*) FROM customer_consents WHERE customer_id = ?"_s, {customer})->toInt(),
              CustomerService::consentPurposes().size());
    EXPECT_EQ(db().scalar(u"SELECT COUNT(*) FROM customer_optouts WHERE customer_id = ? AND contact_type = 'all'"_s, {customer})
                  ->toInt(),
              1);
    EXPECT_EQ(db().scalar(u"SELECT status FROM followup_tasks WHERE customer_id = ?"_s, {customer})->toString(), u"cancelled"_s);
    EXPECT_EQ(db().scalar(u"SELECT notes FROM followup_calls WHERE customer_id = ?"_s, {customer})->toString(), QString());
    // Their feedback: the words gone, the item closed, still counted for its department.
    EXPECT_EQ(db().scalar(u"SELECT text FROM feedback_items WHERE id = ?"_s, {feedbackItem})->toString(), u"-"_s);
    EXPECT_EQ(db().scalar(u"SELECT status FROM feedback_items WHERE id = ?"_s, {feedbackItem})->toString(), u"closed"_s);
    EXPECT_FALSE(db().scalar(u"SELECT department_id FROM feedback_items WHERE id = ?"_s, {feedbackItem})->isNull());
    // Records the law requires stay: the vehicle and the call itself.
    EXPECT_EQ(db().scalar(u"SELECT COUNT(*) FROM vehicles WHERE customer_id = ?"_s, {customer})->toInt(), 1);
    EXPECT_EQ(db().scalar(u"SELECT COUNT(*) FROM followup_calls WHERE customer_id = ?"_s, {customer})->toInt(), 1);
    // Audited with the reason and without the erased values.
    auto audit = db().exec(u"SELECT COALESCE(before_json, ''), COALESCE(after_json, ''), COALESCE(detail, '') FROM audit_log "
                           "WHERE action = 'anonymise' AND entity_id = ?"_s,
                           {QString::number(customer)});
    ASSERT_OK(audit);
    ASSERT_TRUE(audit->next());
    const QString all = audit->value(0).toString() + audit->value(1).toString() + audit->value(2).toString();
    EXPECT_TRUE(all.contains(u"书面申请"_s));
    EXPECT_FALSE(all.contains(u"欧阳"_s));
    EXPECT_FALSE(all.contains(u"13912345678"_s));
}

CRM_INSTANTIATE_ENGINES(PrivacyServiceTest);
