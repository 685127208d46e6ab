// Retention (PIPL Art. 19): the policy in settings reaches customers with nothing — no purchase,
// visit, call or consent — for N years, leads never converted after M months and call notes after
// K years; the review lists them, the supervisor erases in bulk with a reason (a customer who came
// back since the list was read is skipped), and the nightly run does it only when the policy says
// so — on both engines.
#include "TestDatabase.h"

#include "archives/services/CustomerService.h"
#include "privacy/services/RetentionService.h"
#include "services/SettingsService.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace crm;
using namespace crm::services;
using namespace Qt::StringLiterals;

class RetentionTest : public test::DbTest {
protected:
    void SetUp() override
    {
        DbTest::SetUp();
        if (HasFatalFailure() || IsSkipped())
            return;
        info = test::insertUser(db(), u"info"_s, u"信息员"_s, Role::Archivist);
        manager = test::insertUser(db(), u"boss"_s, u"张经理"_s, Role::Manager);
        agent = test::insertUser(db(), u"agent"_s, u"坐席"_s, Role::Agent);
        // Today is 2026-11-22: ten years back is 2016-11-22, 24 months 2024-11-22, three years 2023-11-22.
        quiet = customer(u"老客户甲"_s, u"13900000001"_s);
        visitedSince = customer(u"回头客乙"_s, u"13900000002"_s);
        consentedSince = customer(u"同意丙"_s, u"13900000003"_s);
        calledOnly = customer(u"只来过电话丁"_s, u"13900000004"_s);
        const qint64 car = vehicle(quiet, u"LSVAU218XN2100001"_s, u"2012-05-01"_s);
        visit(quiet, car, u"2014-03-02"_s);
        visit(visitedSince, vehicle(visitedSince, u"LSVAU218XN2100002"_s, u"2011-01-01"_s), u"2020-06-01"_s);
        ASSERT_OK(db().exec(u"INSERT INTO customer_consents(customer_id, purpose, granted, recorded_at, how) "
                            "VALUES (?, 'sms', 1, '2019-04-01T02:00:00Z', 'signed_form')"_s,
                            {consentedSince}));
        call(calledOnly, u"2015-08-08T02:00:00Z"_s, u"客户说车子已经卖了"_s);
        call(visitedSince, u"2025-08-08T02:00:00Z"_s, u"保养提醒，已预约"_s);
        // A customer of this year: not past, whatever they did.
        customer(u"新客户戊"_s, u"13900000005"_s, QDate(2026, 3, 1));
        lead(u"线索甲"_s, u"13800000001"_s, u"2023-01-01T00:00:00Z"_s, 0);     // never converted, old
        lead(u"线索乙"_s, u"13800000002"_s, u"2026-10-01T00:00:00Z"_s, 0);     // recent
        lead(u"线索丙"_s, u"13800000003"_s, u"2023-01-01T00:00:00Z"_s, quiet); // converted
    }
    qint64 customer(const QString &name, const QString &mobile, const QDate &created = QDate(2010, 3, 1))
    {
        m_clock.set(QDateTime(created, QTime(2, 0), QTimeZone::utc()));
        CustomerInput in;
        in.name = name;
        in.mobile = mobile;
        auto id = CustomerService(ctx()).create(info, in);
        EXPECT_TRUE(id.ok());
        m_clock.set(QDateTime(QDate(2026, 11, 22), QTime(9, 30), QTimeZone::utc()));
        return id ? *id : 0;
    }
    qint64 vehicle(qint64 customerId, const QString &vin, const QString &delivered)
    {
        auto id = db().scalar(u"INSERT INTO vehicles(customer_id, vin, delivery_date, created_at, updated_at) "
                              "VALUES (?, ?, ?, '2010-03-01T00:00:00Z', '2010-03-01T00:00:00Z') RETURNING id"_s,
                              {customerId, vin, delivered});
        EXPECT_TRUE(id.ok()) << id.error().text().toStdString();
        return id ? id->toLongLong() : 0;
    }
    void visit(qint64 customerId, qint64 vehicleId, const QString &day)
    {
        EXPECT_OK(db().exec(u"INSERT INTO service_visits(vehicle_id, customer_id, visit_date, kind, created_at) "
                            "VALUES (?, ?, ?, 'maintenance', '2010-03-01T00:00:00Z')"_s,
                            {vehicleId, customerId, day}));
    }
    void call(qint64 customerId, const QString &at, const QString &notes)
    {
        EXPECT_OK(db().exec(u"INSERT INTO followup_tasks(kind, source_key, customer_id, available, due_date, expires, status, "
                            "created_at, updated_at) VALUES ('service', ?, ?, '2010-01-01', '2010-01-01', '2030-01-01', 'done', "
                            "'2010-01-01T00:00:00Z', '2010-01-01T00:00:00Z')"_s,
                            {at, customerId}));
        auto task = db().scalar(u"SELECT id FROM followup_tasks WHERE source_key = ?"_s, {at});
        EXPECT_OK(db().exec(u"INSERT INTO followup_calls(task_id, customer_id, called_at, outcome, notes) "
                            "VALUES (?, ?, ?, 'reached', ?)"_s,
                            {task->toLongLong(), customerId, at, notes}));
    }
    void lead(const QString &name, const QString &mobile, const QString &created, qint64 customerId)
    {
        EXPECT_OK(
            db().exec(u"INSERT INTO leads(name, mobile, source, status, customer_id, note, created_at, created_by, status_at) "
                      "VALUES (?, ?, 'walk_in', ?, ?, '想看速腾', ?, 'info', ?)"_s,
                      {name, mobile, customerId ? u"delivered"_s : u"contacted"_s,
                       customerId ? QVariant(customerId) : QVariant(QMetaType(QMetaType::LongLong)), created, created}));
    }
    int count(const QString &sql) { return db().scalar(sql)->toInt(); }

    Session info, agent, manager;
    qint64 quiet = 0, visitedSince = 0, consentedSince = 0, calledOnly = 0;
};

TEST_P(RetentionTest, TheReviewListsWhatThePolicyReachesAndOnlyThat)
{
    RetentionService s(ctx());
    auto r = s.review(info);
    ASSERT_OK(r);
    EXPECT_EQ(r->customerCutoff, QDate(2016, 11, 22));
    ASSERT_EQ(r->customersTotal, 2);
    ASSERT_EQ(r->customers.size(), 2);
    EXPECT_EQ(r->customers[0].id, quiet);
    EXPECT_EQ(r->customers[0].lastActivity, QDate(2014, 3, 2));
    EXPECT_EQ(r->customers[1].id, calledOnly);
    EXPECT_EQ(r->customers[1].lastActivity, QDate(2015, 8, 8));
    EXPECT_EQ(r->leads, 1);
    EXPECT_EQ(r->callNotes, 1); // 2015's, not 2025's
    EXPECT_EQ(s.review(agent).error().kind, Error::Kind::PermissionDenied);

    // The policy is the settings': 20 years reaches nobody, 0 switches a part off.
    ASSERT_OK(SettingsService(ctx()).set(manager, settings::kRetentionCustomerYears, u"20"_s));
    ASSERT_OK(SettingsService(ctx()).set(manager, settings::kRetentionLeadMonths, u"0"_s));
    r = s.review(info);
    ASSERT_OK(r);
    EXPECT_EQ(r->customersTotal, 0);
    EXPECT_FALSE(r->leadCutoff.isValid());
    EXPECT_EQ(r->leads, 0);
}

TEST_P(RetentionTest, TheSupervisorErasesInBulkWithAReasonAndSomeoneWhoCameBackIsSkipped)
{
    RetentionService s(ctx());
    EXPECT_EQ(s.eraseCustomers(info, {quiet}, u" "_s).error().kind, Error::Kind::Invalid);
    // Between the review and the erasure the quiet customer came back for a service.
    visit(quiet, db().scalar(u"SELECT id FROM vehicles WHERE customer_id = ?"_s, {quiet})->toLongLong(), u"2026-11-20"_s);
    qint64 reported = 0;
    auto n = s.eraseCustomers(info, {quiet, calledOnly, visitedSince}, u"2026 年度保存期限复核"_s,
                              [&](qint64 done, qint64) { reported = done; });
    ASSERT_OK(n);
    EXPECT_EQ(*n, 1);
    EXPECT_EQ(reported, 3);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM customers WHERE name = '只来过电话丁'"_s), 0);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM customers WHERE name = '老客户甲'"_s), 1);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM customers WHERE name = '回头客乙'"_s), 1);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'anonymise' AND detail LIKE '%保存期限复核%'"_s), 1);

    auto leads = s.eraseLeads(info, u"线索超过 24 个月未转化"_s);
    ASSERT_OK(leads);
    EXPECT_EQ(*leads, 1);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM leads WHERE mobile = '13800000001' OR name = '线索甲'"_s), 0);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM leads WHERE mobile IN ('13800000002', '13800000003')"_s), 2);
    auto notes = s.clearCallNotes(info, u"通话备注超过 3 年"_s);
    ASSERT_OK(notes);
    EXPECT_EQ(*notes, 0); // the only old one belonged to the customer erased above
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM followup_calls WHERE notes <> ''"_s), 1);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'retention'"_s), 2);
}

TEST_P(RetentionTest, TheNightlyRunErasesOnlyWhenThePolicySaysSo)
{
    RetentionService s(ctx());
    const Session night = Session::system(u"cli:nightly"_s);
    const Status off = statusOf(s.runScheduled(night));
    ASSERT_FALSE(off.ok());
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM customers WHERE name = '老客户甲'"_s), 1);
    ASSERT_OK(SettingsService(ctx()).set(manager, settings::kRetentionAutomatic, u"1"_s));
    auto run = s.runScheduled(night);
    ASSERT_OK(run);
    EXPECT_EQ(run->customers, 2);
    EXPECT_EQ(run->leads, 1);
    EXPECT_EQ(run->callNotes, 1); // cleared before its customer was erased
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM customers WHERE name IN ('老客户甲', '只来过电话丁')"_s), 0);
    auto again = s.runScheduled(night);
    ASSERT_OK(again);
    EXPECT_EQ(again->customers + again->leads + again->callNotes, 0);

    // The desks' catch-up: once a day, only for someone who may erase.
    auto agentsDesk = s.runIfDue(agent);
    ASSERT_OK(agentsDesk);
    EXPECT_FALSE(agentsDesk->has_value());
    auto first = s.runIfDue(info);
    ASSERT_OK(first);
    EXPECT_TRUE(first->has_value());
    auto second = s.runIfDue(info);
    ASSERT_OK(second);
    EXPECT_FALSE(second->has_value()) << "ran today already";
    m_clock.set(m_clock.nowUtc().addDays(1));
    auto tomorrow = s.runIfDue(info);
    ASSERT_OK(tomorrow);
    EXPECT_TRUE(tomorrow->has_value());

    // The same review from the command line.
    QProcess p;
    p.start(QStringLiteral(CRM_CLI_PATH), {u"-d"_s, test::connectionUrl(testDb()), u"privacy"_s, u"retention"_s, u"--json"_s});
    ASSERT_TRUE(p.waitForFinished(60000));
    ASSERT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    EXPECT_EQ(o.value(u"customer_cutoff"_s).toString(), QDate::currentDate().addYears(-10).toString(Qt::ISODate));
    EXPECT_TRUE(o.contains(u"customers_total"_s));
}

CRM_INSTANTIATE_ENGINES(RetentionTest);
