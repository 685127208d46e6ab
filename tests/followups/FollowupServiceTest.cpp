// Generation from the archives on hand-made dates: each rule, idempotence, opt-outs, consent, fatigue.
#include "FollowupServiceTest.h"

#include "frontdesk/services/AppointmentService.h"
#include "services/SettingsService.h"

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

TEST_P(FollowupServiceTest, DueWithinNDaysCountsOnTheChosenClock)
{
    const qint64 c = customer(u"周杰"_s, true, QDate(1980, 5, 1));
    const qint64 vid = vehicle(c, u"LFVAB15A9PA040001"_s, QDate(2024, 2, 29), QDate(2027, 7, 1));
    {
        // Serviced on Tuesday 29 September 2026: the call opens the next day, due within 2 days.
        Transaction tx(db());
        ASSERT_OK(
            CustomerRepository(db()).insertVisit({0, vid, c, QDate(2026, 9, 29), u"repair"_s, 4000, u"陈刚"_s, 30000}, u"x"_s));
        ASSERT_OK(tx.commit());
    }
    FollowupService f(ctx());
    auto dueOf = [&] { return db().scalar(u"SELECT due_date FROM followup_tasks WHERE kind = 'after_service'"_s)->toString(); };
    // Calendar days (the default): Friday 2 October, National Day or not.
    ASSERT_OK(f.generate(sys, QDate(2026, 9, 30)));
    EXPECT_EQ(dueOf(), u"2026-10-02"_s);
    // Working days of the national calendar: 1–7 October are off → Thursday 8, Friday 9.
    ASSERT_OK(db().exec(u"DELETE FROM followup_tasks"_s));
    ASSERT_OK(SettingsService(ctx()).set(sys, settings::kFollowupDueClock, u"1"_s));
    ASSERT_OK(f.generate(sys, QDate(2026, 9, 30)));
    EXPECT_EQ(dueOf(), u"2026-10-09"_s);
    // The store's days, closed 1–3 October: Sunday 4, Monday 5.
    ASSERT_OK(db().exec(u"DELETE FROM followup_tasks"_s));
    ASSERT_OK(SettingsService(ctx()).set(sys, settings::kFollowupDueClock, u"2"_s));
    ASSERT_OK(SettingsService(ctx()).set(sys, settings::kDeskClosedDays, u"2026-10-01, 2026-10-02, 2026-10-03"_s));
    ASSERT_OK(f.generate(sys, QDate(2026, 9, 30)));
    EXPECT_EQ(dueOf(), u"2026-10-05"_s);
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
