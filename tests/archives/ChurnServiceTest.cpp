// Churn on a small data set whose figures are computed by hand.
#include "TestDatabase.h"

#include "archives/data/CustomerRepository.h"
#include "archives/services/ChurnService.h"
#include "archives/services/CustomerService.h"
#include "data/Transaction.h"

using namespace crm;
using namespace crm::data;
using namespace crm::services;
using namespace Qt::StringLiterals;

class ChurnTest : public test::DbTest {
protected:
    // A vehicle with paid visits on the given dates.
    void vehicle(const QString &vin, const QString &model, const QString &status, const QList<QDate> &visits,
                 const QString &advisor = u"陈刚"_s)
    {
        CustomerRepository repo(db());
        Transaction tx(db());
        CustomerRow c;
        c.name = u"车主"_s + vin.right(3);
        auto cid = repo.insertCustomer(c, u"x"_s);
        ASSERT_OK(cid);
        VehicleRow v;
        v.customerId = *cid;
        v.vin = vin;
        v.model = model;
        v.status = status;
        v.deliveryDate = QDate(2023, 1, 1);
        auto vid = repo.insertVehicle(v, u"x"_s);
        ASSERT_OK(vid);
        for (const QDate &d : visits)
            ASSERT_OK(repo.insertVisit({0, *vid, *cid, d, u"maintenance"_s, 0, advisor, 50000}, u"x"_s));
        // An unpaid (warranty) visit never counts.
        ASSERT_OK(repo.insertVisit({0, *vid, *cid, QDate(2026, 11, 1), u"warranty"_s, 0, advisor, 0}, u"x"_s));
        ASSERT_OK(repo.refreshLastPaidVisit(*vid));
        ASSERT_OK(tx.commit());
    }
    Session manager{0, u"manager"_s, u"张经理"_s, Role::Manager};
};

TEST_P(ChurnTest, StatesAndMonthlyCohortByHand)
{
    // Today 2026-11-22; at risk after 6 months (before 2026-05-22), lost after 12 (before 2025-11-22).
    vehicle(u"V01"_s, u"速腾"_s, u"active"_s, {QDate(2025, 11, 10), QDate(2026, 10, 5)}); // active; cohort 2025-11, came back
    vehicle(u"V02"_s, u"速腾"_s, u"active"_s, {QDate(2025, 11, 20)}); // at risk? 2025-11-20 < 2025-11-22 → lost; cohort, churned
    vehicle(u"V03"_s, u"迈腾"_s, u"active"_s, {QDate(2025, 11, 3), QDate(2026, 2, 1)},
            u"刘洋"_s);                                                          // at risk; cohort, came back (Feb)
    vehicle(u"V04"_s, u"迈腾"_s, u"active"_s, {QDate(2025, 11, 28)}, u"刘洋"_s); // at risk; cohort, churned
    vehicle(u"V05"_s, u"迈腾"_s, u"sold"_s, {QDate(2025, 11, 15)});              // excluded everywhere
    vehicle(u"V06"_s, u"宝来"_s, u"active"_s, {QDate(2024, 6, 1)});              // lost; not in the cohort

    ChurnService churn(ctx());
    auto st = churn.states(manager, QDate(2026, 11, 22));
    ASSERT_OK(st);
    EXPECT_EQ(st->active, 1);
    EXPECT_EQ(st->atRisk, 2);
    EXPECT_EQ(st->lost, 2);
    EXPECT_EQ(st->excluded, 1);
    EXPECT_EQ(*churn.atRisk(manager, QDate(2026, 11, 22)), st->atRisk);

    // Month 2026-11, N = 12 → cohort month 2025-11: V01..V04 (V05 sold). Churned: V02, V04.
    auto all = churn.cohort(manager, QDate(2026, 11, 1), ChurnService::GroupBy::None);
    ASSERT_OK(all);
    ASSERT_EQ(all->size(), 1);
    EXPECT_EQ(all->first().cohort, 4);
    EXPECT_EQ(all->first().churned, 2);
    EXPECT_DOUBLE_EQ(all->first().rate(), 0.5);

    auto byModel = churn.cohort(manager, QDate(2026, 11, 1), ChurnService::GroupBy::Model);
    ASSERT_OK(byModel);
    ASSERT_EQ(byModel->size(), 2);
    for (const CohortRow &r : *byModel) {
        EXPECT_EQ(r.cohort, 2) << r.group.toStdString();
        EXPECT_EQ(r.churned, 1) << r.group.toStdString();
    }
    auto byAdvisor = churn.cohort(manager, QDate(2026, 11, 1), ChurnService::GroupBy::Advisor);
    ASSERT_OK(byAdvisor);
    EXPECT_EQ(byAdvisor->size(), 2);

    // The list filter agrees with the states (customers with one vehicle each here).
    CustomerService customers(Context{db(), m_clock});
    CustomerQuery q;
    q.churn = ChurnState::AtRisk;
    EXPECT_EQ(*customers.count(manager, q), 2);
    q.churn = ChurnState::Lost;
    EXPECT_EQ(*customers.count(manager, q), 2);
}

TEST_P(ChurnTest, FirstAndSecondMaintenanceReturnRates)
{
    // As of 2026-11-22. First maintenance due for deliveries 2025-11-22 … 2026-04-21 (7–18 months back).
    auto add = [&](const QString &vin, const QDate &delivered, const QList<QDate> &maintenance) {
        CustomerRepository repo(db());
        Transaction tx(db());
        CustomerRow c;
        c.name = vin;
        auto cid = repo.insertCustomer(c, u"x"_s);
        VehicleRow v;
        v.customerId = *cid;
        v.vin = vin;
        v.model = u"宝来"_s;
        v.deliveryDate = delivered;
        auto vid = repo.insertVehicle(v, u"x"_s);
        for (const QDate &d : maintenance)
            ASSERT_OK(repo.insertVisit({0, *vid, *cid, d, u"maintenance"_s, 0, u"陈刚"_s, 40000}, u"x"_s));
        ASSERT_OK(tx.commit());
    };
    add(u"F1"_s, QDate(2026, 1, 10), {QDate(2026, 7, 1)});                     // due, came within 7 months
    add(u"F2"_s, QDate(2026, 2, 10), {QDate(2026, 10, 1)});                    // due, came too late (after 2026-09-10)
    add(u"F3"_s, QDate(2026, 3, 10), {});                                      // due, never came
    add(u"F4"_s, QDate(2026, 6, 10), {});                                      // not yet due
    add(u"S1"_s, QDate(2024, 6, 1), {QDate(2024, 11, 1), QDate(2025, 10, 1)}); // second due, both within 19 months
    add(u"S2"_s, QDate(2024, 7, 1), {QDate(2024, 12, 1)});                     // second due, only one
    auto r = ChurnService(ctx()).returnRates(manager, QDate(2026, 11, 22));
    ASSERT_OK(r);
    EXPECT_EQ(r->firstDue, 3);
    EXPECT_EQ(r->firstReturned, 1);
    EXPECT_EQ(r->secondDue, 2);
    EXPECT_EQ(r->secondReturned, 1);
}

TEST_P(ChurnTest, EndedMonthsAreSummarisedAndForgottenWhenAWriteChangesThem)
{
    // Month 2026-10 has ended (today 2026-11-22): cohort month 2025-10.
    vehicle(u"W01"_s, u"速腾"_s, u"active"_s, {QDate(2025, 10, 5)});                    // churned
    vehicle(u"W02"_s, u"速腾"_s, u"active"_s, {QDate(2025, 10, 6), QDate(2026, 3, 1)}); // came back
    ChurnService churn(ctx());
    auto summaryRows = [&] { return db().scalar(u"SELECT COUNT(*) FROM churn_cohorts"_s)->toInt(); };
    auto october = [&] {
        auto r = churn.cohort(manager, QDate(2026, 10, 1), ChurnService::GroupBy::None);
        EXPECT_TRUE(r.ok());
        return r.ok() && !r->isEmpty() ? qMakePair(r->first().cohort, r->first().churned) : qMakePair(qint64(-1), qint64(-1));
    };
    EXPECT_EQ(october(), qMakePair(qint64(2), qint64(1)));
    EXPECT_EQ(summaryRows(), 1);
    EXPECT_EQ(october(), qMakePair(qint64(2), qint64(1))); // read back from the summary
    // The open month is stored too, and forgotten by a visit written today.
    ASSERT_OK(churn.cohort(manager, QDate(2026, 11, 1), ChurnService::GroupBy::None));
    EXPECT_EQ(summaryRows(), 2);

    // A visit dated after October leaves October's figure alone (November's goes) …
    const qint64 w01 = db().scalar(u"SELECT id FROM vehicles WHERE vin = 'W01'"_s)->toLongLong();
    const qint64 owner = db().scalar(u"SELECT customer_id FROM vehicles WHERE vin = 'W01'"_s)->toLongLong();
    CustomerRepository repo(db());
    ASSERT_OK(repo.insertVisit({0, w01, owner, QDate(2026, 11, 22), u"repair"_s, 0, u"陈刚"_s, 100}, u"x"_s));
    EXPECT_EQ(summaryRows(), 1);
    EXPECT_EQ(db().scalar(u"SELECT month FROM churn_cohorts"_s)->toString(), u"2026-10-01"_s);
    // … a late-entered visit inside the window changes it: W01 came back after all.
    ASSERT_OK(repo.insertVisit({0, w01, owner, QDate(2026, 9, 1), u"repair"_s, 0, u"陈刚"_s, 100}, u"x"_s));
    EXPECT_EQ(summaryRows(), 0);
    EXPECT_EQ(october(), qMakePair(qint64(2), qint64(0)));
    // A vehicle sold leaves every cohort.
    ASSERT_OK(db().exec(u"UPDATE vehicles SET status = 'sold' WHERE vin = 'W02'"_s));
    EXPECT_EQ(summaryRows(), 0);
    EXPECT_EQ(october(), qMakePair(qint64(1), qint64(0)));
    // An edit that keeps the status does not throw the summary away.
    ASSERT_OK(db().exec(u"UPDATE vehicles SET colour = '白' WHERE vin = 'W02'"_s));
    EXPECT_EQ(summaryRows(), 1);
}

TEST_P(ChurnTest, ReturnRatesOfAPastDayAreSummarisedAndForgottenByLateVisits)
{
    CustomerRepository repo(db());
    CustomerRow c;
    c.name = u"首保"_s;
    auto cid = repo.insertCustomer(c, u"x"_s);
    ASSERT_OK(cid);
    VehicleRow v;
    v.customerId = *cid;
    v.vin = u"R1"_s;
    v.deliveryDate = QDate(2025, 12, 1); // due as of 2026-10-31 (7–18 months back)
    auto vid = repo.insertVehicle(v, u"x"_s);
    ASSERT_OK(vid);
    ChurnService churn(ctx());
    const QDate asOf(2026, 10, 31);
    auto before = churn.returnRates(manager, asOf);
    ASSERT_OK(before);
    EXPECT_EQ(before->firstDue, 1);
    EXPECT_EQ(before->firstReturned, 0);
    EXPECT_EQ(db().scalar(u"SELECT COUNT(*) FROM return_rates"_s)->toInt(), 1);
    // The 首保 visit is entered a month late.
    ASSERT_OK(repo.insertVisit({0, *vid, *cid, QDate(2026, 5, 20), u"maintenance"_s, 0, u"陈刚"_s, 30000}, u"x"_s));
    auto after = churn.returnRates(manager, asOf);
    ASSERT_OK(after);
    EXPECT_EQ(after->firstReturned, 1);
    // A vehicle delivered long ago and entered today is due as of that day too.
    VehicleRow late = v;
    late.vin = u"R2"_s;
    late.deliveryDate = QDate(2025, 11, 1);
    ASSERT_OK(repo.insertVehicle(late, u"x"_s));
    EXPECT_EQ(churn.returnRates(manager, asOf)->firstDue, 2);
}

CRM_INSTANTIATE_ENGINES(ChurnTest);
