// Generation from the archives on hand-made dates: each rule, idempotence, opt-outs, consent, fatigue.
#include "TestDatabase.h"

#include "archives/data/CustomerRepository.h"
#include "archives/services/CustomerService.h"
#include "data/Transaction.h"
#include "followups/data/FollowupConfigRepository.h"
#include "followups/services/FollowupService.h"
#include "seed/Names.h"

#include <QRandomGenerator>
#include <QSet>
#include <algorithm>
#include <tuple>

#include <QProcess>

using namespace crm;
using namespace crm::data;
using namespace crm::services;
using namespace Qt::StringLiterals;

class FollowupServiceTest : public test::DbTest {
protected:
    qint64 customer(const QString &name, bool vip = false, const QDate &birthday = {})
    {
        CustomerRepository repo(db());
        Transaction tx(db());
        CustomerRow c;
        c.name = name;
        c.vip = vip;
        c.birthday = birthday;
        auto id = repo.insertCustomer(c, u"x"_s);
        EXPECT_TRUE(id.ok());
        EXPECT_TRUE(tx.commit().ok());
        return *id;
    }
    qint64 vehicle(qint64 customerId, const QString &vin, const QDate &delivered, const QDate &insurance = {})
    {
        CustomerRepository repo(db());
        Transaction tx(db());
        VehicleRow v;
        v.customerId = customerId;
        v.vin = vin;
        v.model = u"速腾"_s;
        v.deliveryDate = delivered;
        v.insuranceExpiry = insurance;
        auto id = repo.insertVehicle(v, u"x"_s);
        EXPECT_TRUE(id.ok());
        EXPECT_TRUE(tx.commit().ok());
        return *id;
    }
    QStringList tasks()
    {
        auto q = db().exec(u"SELECT kind || '@' || due_date FROM followup_tasks WHERE status = 'open' ORDER BY kind, due_date"_s);
        QStringList out;
        while (q->next())
            out << q->value(0).toString();
        return out;
    }
    Session sys = Session::system(u"test"_s);
};

TEST_P(FollowupServiceTest, DeliveryAtMonthEndGivesTheScheduleAndRunningTwiceCreatesNothingTwice)
{
    const qint64 c = customer(u"张伟明"_s);
    vehicle(c, u"LFVAB15A9PA040001"_s, QDate(2026, 1, 31));
    FollowupService f(ctx());
    auto day1 = f.generate(sys, QDate(2026, 2, 1));
    ASSERT_OK(day1);
    EXPECT_EQ(tasks(), QStringList{u"delivery_thanks@2026-02-01"_s});
    auto again = f.generate(sys, QDate(2026, 2, 1));
    ASSERT_OK(again);
    EXPECT_EQ(again->total(), 0);
    ASSERT_OK(f.generate(sys, QDate(2026, 2, 3)));
    EXPECT_EQ(tasks(), (QStringList{u"delivery_followup@2026-02-03"_s, u"delivery_thanks@2026-02-01"_s}));
    // By day 7 the first two windows have closed: they are expired, and the survey is due.
    ASSERT_OK(f.generate(sys, QDate(2026, 2, 7)));
    EXPECT_EQ(tasks(), QStringList{u"sales_survey@2026-02-07"_s});
    EXPECT_EQ(db().scalar(u"SELECT COUNT(*) FROM followup_tasks WHERE status = 'expired'"_s)->toInt(), 2);
    // A window that closed before any run is not created late.
    const qint64 late = customer(u"迟到"_s);
    vehicle(late, u"1M8GDM9AXKP042788"_s, QDate(2026, 1, 20));
    ASSERT_OK(f.generate(sys, QDate(2026, 2, 7)));
    EXPECT_EQ(
        db().scalar(u"SELECT COUNT(*) FROM followup_tasks WHERE customer_id = ? AND kind = 'delivery_thanks'"_s, {late})->toInt(),
        0);
}

TEST_P(FollowupServiceTest, ServiceVisitInsuranceFirstMaintenanceAndBirthday)
{
    const qint64 c = customer(u"李娜"_s, true, QDate(1988, 2, 29));
    // Delivered on a leap day, never serviced: first-maintenance reminder at 40 km/day → 2024-06-08.
    const qint64 vid = vehicle(c, u"LFVAB15A9PA040001"_s, QDate(2024, 2, 29), QDate(2024, 7, 1));
    FollowupService f(ctx());
    ASSERT_OK(f.generate(sys, QDate(2024, 6, 7)));
    EXPECT_FALSE(tasks().join(u' ').contains(u"first_maintenance"_s));
    ASSERT_OK(f.generate(sys, QDate(2024, 6, 8)));
    EXPECT_TRUE(tasks().contains(u"first_maintenance@2024-06-15"_s)) << tasks().join(u' ').toStdString();
    EXPECT_TRUE(tasks().contains(u"insurance_renewal@2024-06-08"_s))
        << tasks().join(u' ').toStdString(); // 30 days before 07-01, due a week later
    // A visit: from the next day, due within 3 days.
    {
        Transaction tx(db());
        ASSERT_OK(
            CustomerRepository(db()).insertVisit({0, vid, c, QDate(2024, 6, 10), u"repair"_s, 4000, u"陈刚"_s, 30000}, u"x"_s));
        ASSERT_OK(tx.commit());
    }
    ASSERT_OK(f.generate(sys, QDate(2024, 6, 11)));
    EXPECT_TRUE(tasks().contains(u"after_service@2024-06-13"_s));
    // VIP born on 29 February: greeted on 28 February in a common year, with marketing consent only.
    ASSERT_OK(f.generate(sys, QDate(2025, 2, 28)));
    EXPECT_FALSE(tasks().join(u' ').contains(u"birthday_care"_s));
    ASSERT_OK(CustomerService(ctx()).setConsent(sys, c, u"marketing_calls"_s, true, u"phone"_s));
    auto r = f.generate(sys, QDate(2025, 2, 28));
    ASSERT_OK(r);
    EXPECT_EQ(r->created.value(u"birthday_care"_s), 1);
    // Windows that closed were expired, not left open.
    EXPECT_GT(db().scalar(u"SELECT COUNT(*) FROM followup_tasks WHERE status = 'expired'"_s)->toInt(), 0);
}

TEST_P(FollowupServiceTest, OptOutsAndSurveyFatigueAreHonoured)
{
    const qint64 a = customer(u"王强"_s);
    const qint64 b = customer(u"赵敏"_s);
    vehicle(a, u"LFVAB15A9PA040001"_s, QDate(2026, 3, 1));
    vehicle(b, u"1M8GDM9AXKP042788"_s, QDate(2026, 3, 1));
    FollowupService f(ctx());
    EXPECT_FALSE(f.optOut(sys, a, u"survey"_s, u"  "_s).ok()); // a reason is mandatory
    ASSERT_OK(f.optOut(sys, a, u"survey"_s, u"不接受任何问卷"_s));
    ASSERT_OK(f.optOut(sys, b, u"all"_s, u"投诉后要求不再联系"_s));
    auto r = f.generate(sys, QDate(2026, 3, 4));
    ASSERT_OK(r);
    EXPECT_EQ(r->created.value(u"delivery_followup"_s), 1); // A still gets service calls; B none at all
    EXPECT_GE(r->skippedOptOut, 1);
    r = f.generate(sys, QDate(2026, 3, 8));
    ASSERT_OK(r);
    EXPECT_EQ(r->created.value(u"sales_survey"_s), 0); // A refuses surveys, B everything
    EXPECT_EQ(r->skippedOptOut, 2);

    // Survey fatigue: a second car delivered a week later does not bring a second survey.
    const qint64 c = customer(u"孙倩"_s);
    vehicle(c, u"LFVAE33D7HA000002"_s, QDate(2026, 4, 1));
    vehicle(c, u"LFVAG11B3RA000001"_s, QDate(2026, 4, 8));
    ASSERT_OK(f.generate(sys, QDate(2026, 4, 8)));
    auto second = f.generate(sys, QDate(2026, 4, 15));
    ASSERT_OK(second);
    EXPECT_EQ(second->created.value(u"sales_survey"_s), 0);
    EXPECT_EQ(second->skippedFatigue, 1);
    EXPECT_EQ(db().scalar(u"SELECT COUNT(*) FROM followup_tasks WHERE kind = 'sales_survey' AND customer_id = ?"_s, {c})->toInt(),
              1);
}

TEST_P(FollowupServiceTest, RoutineMaintenanceFromHistoryAndLimitsPerModel)
{
    const qint64 c = customer(u"钱进"_s);
    const qint64 vid = vehicle(c, u"LFVAB15A9PA040001"_s, QDate(2025, 1, 1));
    {
        // 10,000 km in 200 days = 50 km/day; last maintenance on 2025-07-20.
        Transaction tx(db());
        ASSERT_OK(CustomerRepository(db()).insertVisit({0, vid, c, QDate(2025, 7, 20), u"maintenance"_s, 10000, u"陈刚"_s, 50000},
                                                       u"x"_s));
        ASSERT_OK(tx.commit());
    }
    FollowupService f(ctx());
    // Routine limit 12 months / 10,000 km: 80 % of 10,000 km at 50 km/day = 160 days → 2025-12-27.
    ASSERT_OK(f.generate(sys, QDate(2025, 12, 26)));
    EXPECT_FALSE(tasks().join(u' ').contains(u"routine_maintenance"_s));
    ASSERT_OK(f.generate(sys, QDate(2025, 12, 27)));
    EXPECT_TRUE(tasks().contains(u"routine_maintenance@2026-01-03"_s)) << tasks().join(u' ').toStdString();

    // A model with its own, shorter first-maintenance limit (3 months / 3,000 km) and no history:
    // 80 % by mileage (2,400 km at the fallback 40 km/day = day 60) comes before 80 % of 90 days (day 72).
    const qint64 d = customer(u"孙丽"_s);
    {
        CustomerRepository repo(db());
        Transaction tx(db());
        VehicleRow v;
        v.customerId = d;
        v.vin = u"1M8GDM9AXKP042788"_s;
        v.model = u"ID.4"_s;
        v.deliveryDate = QDate(2026, 1, 1);
        ASSERT_OK(repo.insertVehicle(v, u"x"_s));
        ASSERT_OK(tx.commit());
    }
    auto limits = f.limits();
    ASSERT_OK(limits);
    ASSERT_EQ(limits->size(), 1); // the shipped default row
    limits->append({u"ID.4"_s, {3, 3000}, {6, 7500}});
    const Session agent{0, u"agent"_s, u"李晓红"_s, Role::Agent};
    EXPECT_EQ(f.saveLimits(agent, *limits).error().kind, Error::Kind::PermissionDenied);
    const Session manager{0, u"manager"_s, u"张经理"_s, Role::Manager};
    QList<data::ModelLimits> noDefault{limits->last()};
    EXPECT_EQ(f.saveLimits(manager, noDefault).error().kind, Error::Kind::Invalid); // the default row must stay
    ASSERT_OK(f.saveLimits(manager, *limits));
    ASSERT_OK(f.generate(sys, QDate(2026, 3, 2))); // day 60
    EXPECT_TRUE(tasks().contains(u"first_maintenance@2026-03-09"_s)) << tasks().join(u' ').toStdString();
}

TEST_P(FollowupServiceTest, ManagersEditRulesAndGenerationFollowsThem)
{
    FollowupService f(ctx());
    auto rules = f.rules();
    ASSERT_OK(rules);
    ASSERT_EQ(rules->size(), followups::allKinds().size());
    const Session manager{0, u"manager"_s, u"张经理"_s, Role::Manager};
    const Session agent{0, u"agent"_s, u"李晓红"_s, Role::Agent};
    auto edited = *rules;
    for (followups::RuleSetting &r : edited) {
        if (r.kind == followups::TaskKind::DeliveryThanks)
            r.enabled = false; // this dealer does not make the D+1 call
        if (r.kind == followups::TaskKind::DeliveryFollowUp)
            r.offsetDays = 2; // and calls on day 2 instead of 3
    }
    EXPECT_EQ(f.saveRules(agent, edited).error().kind, Error::Kind::PermissionDenied);
    auto bad = edited;
    bad[0].dueDays = 5;
    bad[0].expireDays = 2;
    EXPECT_EQ(f.saveRules(manager, bad).error().kind, Error::Kind::Invalid);
    ASSERT_OK(f.saveRules(manager, edited));
    EXPECT_EQ(db().scalar(u"SELECT COUNT(*) FROM audit_log WHERE entity = 'followup_rules'"_s)->toInt(), 2); // only what changed

    const qint64 c = customer(u"马超"_s);
    vehicle(c, u"LFVAB15A9PA040001"_s, QDate(2026, 5, 10));
    ASSERT_OK(f.generate(sys, QDate(2026, 5, 11)));
    ASSERT_OK(f.generate(sys, QDate(2026, 5, 12)));
    EXPECT_EQ(tasks(), QStringList{u"delivery_followup@2026-05-12"_s});

    // Scripts: managers edit them, the change is audited, an empty script is refused.
    auto script = f.script(u"delivery_followup"_s);
    ASSERT_OK(script);
    EXPECT_FALSE(script->opening.isEmpty()); // shipped default
    script->questions = u"1. 新车感觉如何？"_s;
    EXPECT_EQ(f.saveScript(agent, *script).error().kind, Error::Kind::PermissionDenied);
    EXPECT_EQ(f.saveScript(manager, {u"delivery_followup"_s, {}, u" "_s, {}, {}, {}}).error().kind, Error::Kind::Invalid);
    ASSERT_OK(f.saveScript(manager, *script));
    EXPECT_EQ(f.script(u"delivery_followup"_s)->questions, u"1. 新车感觉如何？"_s);
    EXPECT_EQ(f.script(u"delivery_followup"_s)->updatedBy, u"manager"_s);
}

TEST_P(FollowupServiceTest, EveryMemberIsFollowedUpOnceAQuarter)
{
    const qint64 member = customer(u"会员甲"_s, true);
    customer(u"非会员"_s, false);
    FollowupService f(ctx());
    auto r = f.generate(sys, QDate(2026, 11, 22));
    ASSERT_OK(r);
    EXPECT_EQ(r->created.value(u"member_care"_s), 1);
    // Due two weeks later; the quarter ends on 31 December, so it expires then at the latest.
    EXPECT_EQ(tasks(), QStringList{u"member_care@2026-12-06"_s});
    EXPECT_EQ(db().scalar(u"SELECT expires FROM followup_tasks WHERE customer_id = ?"_s, {member})->toString(), u"2026-12-31"_s);
    ASSERT_OK(f.generate(sys, QDate(2026, 11, 23)));
    EXPECT_EQ(db().scalar(u"SELECT COUNT(*) FROM followup_tasks WHERE kind = 'member_care'"_s)->toInt(), 1);
    // Next quarter: a new task.
    ASSERT_OK(f.generate(sys, QDate(2027, 1, 2)));
    EXPECT_EQ(db().scalar(u"SELECT COUNT(*) FROM followup_tasks WHERE kind = 'member_care'"_s)->toInt(), 2);
}

TEST_P(FollowupServiceTest, AnOptOutCancelsTheOpenTasksOfItsType)
{
    const qint64 c = customer(u"吴磊"_s);
    vehicle(c, u"LFVAB15A9PA040001"_s, QDate(2026, 3, 1));
    FollowupService f(ctx());
    ASSERT_OK(f.generate(sys, QDate(2026, 3, 8))); // the D+7 survey is open
    EXPECT_EQ(tasks(), QStringList{u"sales_survey@2026-03-08"_s});
    auto marketing = f.optOut(sys, c, u"marketing"_s, u"不要推销"_s);
    ASSERT_OK(marketing);
    EXPECT_EQ(*marketing, 0); // a survey is not marketing
    auto surveys = f.optOut(sys, c, u"survey"_s, u"不做问卷"_s);
    ASSERT_OK(surveys);
    EXPECT_EQ(*surveys, 1);
    EXPECT_TRUE(tasks().isEmpty());
    EXPECT_EQ(db().scalar(u"SELECT status FROM followup_tasks WHERE customer_id = ?"_s, {c})->toString(), u"cancelled"_s);
    auto listed = f.optOuts(c);
    ASSERT_OK(listed);
    ASSERT_EQ(listed->size(), 2);
    EXPECT_EQ(f.optOut(sys, c, u"sms"_s, u"x"_s).error().kind, Error::Kind::Invalid);
}

TEST_P(FollowupServiceTest, CliGenerate)
{
    const qint64 c = customer(u"周杰"_s);
    vehicle(c, u"LFVAB15A9PA040001"_s, QDate(2026, 11, 21));
    const QString target = test::connectionUrl(testDb());
    QProcess p;
    p.start(QStringLiteral(CRM_CLI_PATH), {u"-d"_s, target, u"followups"_s, u"generate"_s, u"--date"_s, u"2026-11-22"_s});
    ASSERT_TRUE(p.waitForFinished(60000));
    EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    EXPECT_TRUE(QString::fromUtf8(p.readAllStandardOutput()).contains(u"delivery_thanks 1"_s));
    QProcess bad;
    bad.start(QStringLiteral(CRM_CLI_PATH), {u"-d"_s, target, u"followups"_s, u"generate"_s, u"--date"_s, u"22/11/2026"_s});
    ASSERT_TRUE(bad.waitForFinished(60000));
    EXPECT_EQ(bad.exitCode(), 2);
}

CRM_INSTANTIATE_ENGINES(FollowupServiceTest);

// The maintenance rules select their vehicles in SQL from the summary the vehicle row carries
// (migration 0018) and a bound that must never leave out a vehicle whose reminder is due. Random
// histories (high and low mileage, odometer typos, readings without maintenance, deleted visits,
// a model with its own limits), generated weekly for two years, must create exactly the tasks the
// rules give when computed from the raw visits.
TEST_P(FollowupServiceTest, MaintenanceRemindersFromTheStoredSummaryMatchTheRawVisits)
{
    QRandomGenerator rnd(20261123);
    DataGenerator gen(11);
    FollowupService f(ctx());
    const Session manager{0, u"manager"_s, u"张经理"_s, Role::Manager};
    const QDate from(2025, 1, 1), to(2026, 12, 31);
    {
        CustomerRepository repo(db());
        Transaction tx(db());
        for (int i = 0; i < 120; ++i) {
            CustomerRow c;
            c.name = u"客户%1"_s.arg(i);
            auto cid = repo.insertCustomer(c, u"x"_s);
            ASSERT_OK(cid);
            VehicleRow v;
            v.customerId = *cid;
            v.vin = gen.vin(2024);
            v.model = i % 3 == 0 ? u"ID.4"_s : u"速腾"_s;
            v.deliveryDate = i % 11 == 0 ? QDate() : from.addDays(-int(rnd.bounded(700)));
            if (i % 7 == 0)
                v.mileageKm = 1000 + int(rnd.bounded(20000)); // typed on the record
            auto vid = repo.insertVehicle(v, u"x"_s);
            ASSERT_OK(vid);
            const int dailyKm = i % 5 == 0 ? 120 + int(rnd.bounded(100)) : 10 + int(rnd.bounded(60));
            QDate d = v.deliveryDate.isValid() ? v.deliveryDate : from.addDays(-400);
            int km = 0;
            const int visits = int(rnd.bounded(6));
            for (int k = 0; k < visits; ++k) {
                const int gap = 20 + int(rnd.bounded(250));
                d = d.addDays(gap);
                km += gap * dailyKm;
                const QString kind = rnd.bounded(3) == 0 ? u"repair"_s : u"maintenance"_s;
                // None (never for every 13th vehicle: the fallback rate), or a typo.
                const int reading = i % 13 == 0 || rnd.bounded(6) == 0 ? 0 : (rnd.bounded(15) == 0 ? km / 10 : km);
                auto visit = repo.insertVisit({0, *vid, *cid, d, kind, reading, u"陈刚"_s, 30000}, u"x"_s);
                ASSERT_OK(visit);
                if (rnd.bounded(10) == 0)
                    ASSERT_OK(db().exec(u"UPDATE service_visits SET deleted_at = 'x' WHERE id = ?"_s, {*visit}));
            }
        }
        ASSERT_OK(tx.commit());
    }
    // Twice: with the shipped limits only, then with a model of its own (shorter months and km);
    // the SQL bound is loosest by a different test in each.
    for (bool ownLimits : {false, true}) {
        SCOPED_TRACE(ownLimits ? "with ID.4's own limits" : "shipped limits");
        ASSERT_OK(db().exec(u"DELETE FROM followup_tasks"_s));
        auto limits = f.limits();
        ASSERT_OK(limits);
        if (ownLimits) {
            limits->append({u"ID.4"_s, {3, 3000}, {6, 7500}});
            ASSERT_OK(f.saveLimits(manager, *limits));
        }
        // The same rules from the raw visits, in C++.
        auto rules = f.rules();
        ASSERT_OK(rules);
        followups::RuleSetting first, routine;
        for (const auto &r : *rules) {
            if (r.kind == followups::TaskKind::FirstMaintenance)
                first = r;
            if (r.kind == followups::TaskKind::RoutineMaintenance)
                routine = r;
        }
        LimitTable table;
        for (const ModelLimits &l : *limits)
            table.byModel.insert(l.model, l);
        QMap<QString, followups::Window> expected;
        struct Vehicle {
            qint64 id;
            QString model;
            QDate delivered;
            int typedKm;
            QDate typedOn;
        };
        QList<Vehicle> vehicles;
        auto all = db().exec(u"SELECT id, model, delivery_date, mileage_km, updated_at FROM vehicles"_s);
        ASSERT_OK(all);
        while (all->next())
            vehicles << Vehicle{all->value(0).toLongLong(), all->value(1).toString(),
                                QDate::fromString(all->value(2).toString(), Qt::ISODate), all->value(3).toInt(),
                                QDate::fromString(all->value(4).toString().left(10), Qt::ISODate)};
        for (const Vehicle &veh : vehicles) {
            const qint64 id = veh.id;
            const QDate delivered = veh.delivered;
            QList<QPair<QDate, int>> readings;
            if (delivered.isValid())
                readings << qMakePair(delivered, 0);
            QDate lastMaintenance;
            auto s = db().exec(
                u"SELECT visit_date, mileage_km, kind FROM service_visits WHERE vehicle_id = ? AND deleted_at IS NULL"_s, {id});
            ASSERT_OK(s);
            while (s->next()) {
                const QDate d = QDate::fromString(s->value(0).toString(), Qt::ISODate);
                if (s->value(1).toInt() > 0)
                    readings << qMakePair(d, s->value(1).toInt());
                if (s->value(2).toString() == u"maintenance"_s && (!lastMaintenance.isValid() || d > lastMaintenance))
                    lastMaintenance = d;
            }
            const ModelLimits &limit = table.forModel(veh.model);
            followups::Window w;
            QString key;
            if (lastMaintenance.isValid()) {
                w = followups::windowFrom(
                    followups::maintenanceReminder(lastMaintenance, limit.routine, followups::averageDailyKm(readings)), routine);
                key = u"routine_maintenance:%1:%2"_s.arg(id).arg(lastMaintenance.toString(Qt::ISODate));
            } else if (delivered.isValid()) {
                if (veh.typedKm > 0)
                    readings << qMakePair(veh.typedOn, veh.typedKm);
                w = followups::windowFrom(
                    followups::maintenanceReminder(delivered, limit.first, followups::averageDailyKm(readings)), first);
                key = u"first_maintenance:%1"_s.arg(id);
            } else {
                continue;
            }
            expected.insert(key, w);
        }
        // Weekly for two years: on each day, exactly the tasks whose window is open are there (a
        // vehicle left out by the SQL bound would be missing, or come late).
        QSet<QString> due, created;
        for (QDate d = from; d <= to; d = d.addDays(7)) {
            ASSERT_OK(f.generate(sys, d));
            for (auto it = expected.cbegin(); it != expected.cend(); ++it)
                if (it->contains(d))
                    due.insert(it.key());
            created.clear();
            auto t =
                db().exec(u"SELECT source_key FROM followup_tasks WHERE kind IN ('first_maintenance', 'routine_maintenance')"_s);
            ASSERT_OK(t);
            while (t->next())
                created.insert(t->value(0).toString());
            ASSERT_TRUE(created == due) << d.toString(Qt::ISODate).toStdString()
                                        << " missing: " << QStringList((due - created).values()).join(u' ').toStdString()
                                        << " extra: " << QStringList((created - due).values()).join(u' ').toStdString();
        }
        EXPECT_GT(due.size(), 40);
    }
}

// The vehicle's summary (migration 0018) equals the raw visits after every kind of write.
TEST_P(FollowupServiceTest, TheVehicleReadingSummaryFollowsEveryVisitWrite)
{
    const qint64 c = customer(u"钱进"_s);
    const qint64 a = vehicle(c, u"LFVAB15A9PA040001"_s, QDate(2025, 1, 1));
    const qint64 b = vehicle(c, u"1M8GDM9AXKP042788"_s, QDate(2025, 3, 1));
    auto summary = [&](qint64 id) {
        auto q = db().exec(u"SELECT last_maintenance, first_reading_day, first_reading_km, last_reading_day, last_reading_km "
                           "FROM vehicles WHERE id = ?"_s,
                           {id});
        EXPECT_TRUE(q.ok() && q->next());
        auto text = [&](int i) { return q->value(i).isNull() ? QString() : q->value(i).toString(); };
        return (u"%1 %2/%3 %4/%5"_s.arg(text(0), text(1), text(2), text(3), text(4))).toStdString();
    };
    auto truth = [&](qint64 id) {
        auto q = db().exec(
            u"SELECT (SELECT MAX(visit_date) FROM service_visits WHERE vehicle_id = ? AND kind = 'maintenance' AND deleted_at IS "
            u"NULL), "
            "(SELECT MIN(visit_date) FROM service_visits WHERE vehicle_id = ? AND deleted_at IS NULL AND mileage_km > 0), "
            "(SELECT MAX(visit_date) FROM service_visits WHERE vehicle_id = ? AND deleted_at IS NULL AND mileage_km > 0)"_s,
            {id, id, id});
        EXPECT_TRUE(q.ok() && q->next());
        auto text = [&](int i) { return q->value(i).isNull() ? QString() : q->value(i).toString(); };
        const QString firstDay = text(1), lastDay = text(2);
        auto km = [&](const QString &agg, const QString &dayValue) {
            auto k = db().scalar(u"SELECT "_s + agg +
                                     u"(mileage_km) FROM service_visits WHERE vehicle_id = ? AND deleted_at IS NULL "
                                     "AND mileage_km > 0 AND visit_date = ?"_s,
                                 {id, dayValue});
            return k && !k->isNull() ? k->toString() : QString();
        };
        return (u"%1 %2/%3 %4/%5"_s.arg(text(0), firstDay, firstDay.isEmpty() ? QString() : km(u"MIN"_s, firstDay), lastDay,
                                        lastDay.isEmpty() ? QString() : km(u"MAX"_s, lastDay)))
            .toStdString();
    };
    auto agree = [&](const char *step) {
        SCOPED_TRACE(step);
        EXPECT_EQ(summary(a), truth(a));
        EXPECT_EQ(summary(b), truth(b));
    };
    agree("nothing yet");
    QList<qint64> visits;
    {
        CustomerRepository repo(db());
        Transaction tx(db());
        for (const auto &[d, kind, km] :
             std::vector<std::tuple<QDate, QString, int>>{{QDate(2025, 6, 1), u"maintenance"_s, 6000},
                                                          {QDate(2025, 6, 1), u"repair"_s, 5900},
                                                          {QDate(2025, 9, 1), u"repair"_s, 0},
                                                          {QDate(2025, 12, 1), u"maintenance"_s, 15000},
                                                          {QDate(2025, 12, 1), u"repair"_s, 15100}}) {
            auto id = repo.insertVisit({0, a, c, d, kind, km, u"陈刚"_s, 1000}, u"x"_s);
            ASSERT_OK(id);
            visits << *id;
        }
        ASSERT_OK(tx.commit());
    }
    agree("after inserts");
    ASSERT_OK(db().exec(u"UPDATE service_visits SET mileage_km = 16000 WHERE id = ?"_s, {visits[3]}));
    agree("a reading corrected");
    ASSERT_OK(db().exec(u"UPDATE service_visits SET kind = 'repair' WHERE id = ?"_s, {visits[3]}));
    agree("a maintenance re-classed");
    ASSERT_OK(db().exec(u"UPDATE service_visits SET deleted_at = 'x' WHERE id = ?"_s, {visits[0]}));
    agree("a visit soft-deleted");
    ASSERT_OK(db().exec(u"UPDATE service_visits SET vehicle_id = ? WHERE id = ?"_s, {b, visits[4]}));
    agree("a visit moved to another vehicle");
    ASSERT_OK(db().exec(u"UPDATE service_visits SET visit_date = '2025-04-01' WHERE id = ?"_s, {visits[1]}));
    agree("a visit re-dated");
    ASSERT_OK(db().exec(u"UPDATE service_visits SET advisor = '王芳'"_s));
    agree("an unrelated update of every visit");
    ASSERT_OK(db().exec(u"DELETE FROM service_visits WHERE vehicle_id = ?"_s, {a}));
    agree("visits deleted");
    EXPECT_EQ(summary(a), " / /");
}
