// The usage report on hand-made records, both engines: counts per person and local day, active
// time from the desks' sessions, each anomaly rule at its threshold, inactive accounts and their
// one-click disable, and the PIPL view with the customer's name.
#include "TestDatabase.h"

#include "admin/services/UsageService.h"
#include "archives/data/CustomerRepository.h"
#include "data/Transaction.h"
#include "followups/data/FollowupRepository.h"
#include "services/SettingsService.h"
#include "services/UserService.h"

using namespace crm;
using namespace crm::data;
using namespace crm::services;
using namespace Qt::StringLiterals;

class UsageServiceTest : public test::DbTest {
protected:
    void SetUp() override
    {
        DbTest::SetUp();
        if (HasFatalFailure() || IsSkipped())
            return;
        agent = test::insertUser(db(), u"agent"_s, u"李晓红"_s, Role::Agent);
        other = test::insertUser(db(), u"agent2"_s, u"王芳"_s, Role::Agent);
        manager = test::insertUser(db(), u"boss"_s, u"张经理"_s, Role::Manager);
        admin = test::insertUser(db(), u"root"_s, u"系统管理员"_s, Role::Admin);
        Transaction tx(db());
        CustomerRow c;
        c.name = u"王伟"_s;
        c.mobile = u"13800138001"_s;
        auto id = CustomerRepository(db()).insertCustomer(c, u"2026-11-01T00:00:00Z"_s);
        ASSERT_OK(id);
        customer = *id;
        ASSERT_TRUE(db().exec(u"INSERT INTO followup_tasks(kind, source_key, customer_id, available, due_date, expires, "
                              "priority, status, attempts, created_at, updated_at) VALUES ('delivery_thanks', 'x:1', ?, "
                              "'2026-11-01', '2026-11-30', '2026-12-31', 1, 'open', 0, '2026-11-01T00:00:00Z', "
                              "'2026-11-01T00:00:00Z')"_s,
                              {customer})
                        .ok());
        auto task = db().exec(u"SELECT id FROM followup_tasks"_s);
        ASSERT_TRUE(task.ok() && task->next());
        taskId = task->value(0).toLongLong();
        ASSERT_OK(tx.commit());
        set(settings::kUsageShortCallsPerDay, u"2"_s);
        set(settings::kUsageRevealsPerDay, u"1"_s);
        set(settings::kUsageExportRowsPerDay, u"100"_s);
        set(settings::kUsageInactiveDays, u"30"_s);
    }
    void set(const QString &key, const QString &value) { ASSERT_OK(SettingsService(ctx()).set(manager, key, value)); }
    // A call made at `startedLocal`, lasting `seconds`, logged `loggedAfterMin` minutes after it ended.
    void call(const Session &who, const QDateTime &startedLocal, int seconds, int loggedAfterMin = 0)
    {
        Transaction tx(db());
        CallRow c;
        c.taskId = taskId;
        c.customerId = customer;
        c.agentId = who.userId;
        c.startedAt = startedLocal.toUTC();
        c.calledAt = startedLocal.toUTC().addSecs(seconds + loggedAfterMin * 60);
        c.outcome = u"reached"_s;
        c.durationSec = seconds;
        ASSERT_OK(FollowupRepository(db()).insertCall(c));
        ASSERT_OK(tx.commit());
    }
    void audit(const Session &who, const QDateTime &local, const QString &action, const QString &entity, const QString &id,
               const QVariantMap &after = {}, const QString &detail = {})
    {
        m_clock.set(local.toUTC());
        Transaction tx(db());
        Context c = ctx();
        ASSERT_OK(Guard::audit(c, &who, {action, entity, id, {}, after, detail}));
        ASSERT_OK(tx.commit());
    }
    QDateTime local(int d, int h, int m = 0) { return QDateTime(QDate(2026, 11, d), QTime(h, m)); }
    Session agent, other, manager, admin;
    qint64 customer = 0, taskId = 0;
};

TEST_P(UsageServiceTest, CountsAndAnomaliesPerPersonAndDay)
{
    // 李晓红 on Tuesday 24 November: three short calls (over the limit of 2), one long call logged
    // two hours after it ended, one at 19:00 when the store is closed.
    call(agent, local(24, 9, 0), 3);
    call(agent, local(24, 9, 5), 4);
    call(agent, local(24, 9, 10), 5);
    call(agent, local(24, 10, 0), 300, 120);
    call(agent, local(24, 19, 0), 60);
    // 王芳: two short calls on the 24th (at the limit: no flag), one on the 25th.
    call(other, local(24, 9, 0), 2);
    call(other, local(24, 9, 1), 2);
    call(other, local(25, 9, 0), 2);
    // Sign-ins, two reveals by 李晓红 on the 24th (limit 1), an export of 150 rows by 王芳 (limit 100).
    audit(agent, local(24, 8, 30), u"login"_s, u"users"_s, QString::number(agent.userId));
    audit(agent, local(24, 11, 0), u"reveal"_s, u"customers"_s, QString::number(customer), {}, u"mobile"_s);
    audit(agent, local(24, 11, 5), u"reveal"_s, u"customers"_s, QString::number(customer), {}, u"mobile"_s);
    audit(other, local(25, 15, 0), u"export"_s, u"customers"_s, {}, {{u"customers"_s, 150}}, u"list.xlsx"_s);
    // Two desks at once for 李晓红 on the 25th; 王芳's two windows follow each other on one desk.
    auto desk = [&](const Session &who, const QString &name, const QDateTime &from, int minutes, int active) {
        m_clock.set(from.toUTC());
        UserService s(ctx());
        auto id = s.openDeskSession(who, name);
        ASSERT_OK(id);
        m_clock.advanceSecs(minutes * 60);
        ASSERT_OK(s.deskSeen(*id, active));
        ASSERT_OK(s.closeDeskSession(*id));
    };
    desk(agent, u"desk-1"_s, local(25, 9, 0), 120, 3600);
    desk(agent, u"desk-2"_s, local(25, 10, 0), 30, 600);
    desk(other, u"desk-3"_s, local(25, 9, 0), 60, 1800);
    desk(other, u"desk-3"_s, local(25, 10, 0), 60, 1200);

    m_clock.set(local(30, 12).toUTC());
    auto r = UsageService(ctx()).report(manager, QDate(2026, 11, 23), QDate(2026, 11, 29), UsageGrain::Day);
    ASSERT_OK(r);
    auto rowOf = [&](const QString &person, const QString &day) -> UsageRow {
        for (const UsageRow &x : r->rows)
            if (x.person == person && x.bucket == day)
                return x;
        return {};
    };
    const UsageRow li24 = rowOf(u"李晓红"_s, u"2026-11-24"_s);
    EXPECT_EQ(li24.calls, 5);
    EXPECT_EQ(li24.shortCalls, 3);
    EXPECT_EQ(li24.callSeconds, 3 + 4 + 5 + 300 + 60);
    EXPECT_EQ(li24.signIns, 1);
    EXPECT_EQ(li24.reveals, 2);
    EXPECT_EQ(rowOf(u"李晓红"_s, u"2026-11-25"_s).activeSeconds, 4200);
    EXPECT_EQ(rowOf(u"王芳"_s, u"2026-11-25"_s).exportedRows, 150);
    EXPECT_EQ(rowOf(u"王芳"_s, u"2026-11-25"_s).activeSeconds, 3000);

    QStringList flags;
    for (const UsageAnomaly &a : r->anomalies)
        flags << u"%1:%2:%3"_s.arg(a.kind, a.person, a.day.toString(Qt::ISODate));
    flags.sort();
    EXPECT_EQ(flags, (QStringList{u"exported_rows:王芳:2026-11-25"_s, u"late_log:李晓红:2026-11-24"_s,
                                  u"out_of_hours:李晓红:2026-11-24"_s, u"reveals:李晓红:2026-11-24"_s,
                                  u"short_calls:李晓红:2026-11-24"_s, u"two_desks:李晓红:2026-11-25"_s}))
        << flags.join(u' ').toStdString();

    auto weekly = UsageService(ctx()).report(manager, QDate(2026, 11, 23), QDate(2026, 11, 29), UsageGrain::Week);
    ASSERT_OK(weekly);
    qint64 weekCalls = 0;
    for (const UsageRow &x : weekly->rows)
        if (x.person == u"李晓红"_s) {
            EXPECT_EQ(x.bucket, u"2026-W48"_s);
            weekCalls += x.calls;
        }
    EXPECT_EQ(weekCalls, 5);

    EXPECT_EQ(UsageService(ctx()).report(agent, QDate(2026, 11, 23), QDate(2026, 11, 29), UsageGrain::Day).error().kind,
              Error::Kind::PermissionDenied);
}

TEST_P(UsageServiceTest, InactiveAccountsAndThePiplView)
{
    audit(agent, local(24, 8, 30), u"login"_s, u"users"_s, QString::number(agent.userId));
    ASSERT_TRUE(
        db().exec(u"UPDATE users SET last_login_at = ? WHERE id = ?"_s, {toStoredUtc(local(24, 8, 30).toUTC()), agent.userId})
            .ok());
    audit(agent, local(24, 11, 0), u"reveal"_s, u"customers"_s, QString::number(customer), {}, u"mobile"_s);

    m_clock.set(QDateTime(QDate(2027, 1, 10), QTime(12, 0)).toUTC());
    auto r = UsageService(ctx()).report(admin, QDate(2027, 1, 1), QDate(2027, 1, 10), UsageGrain::Month);
    ASSERT_OK(r);
    QStringList inactive;
    for (const InactiveAccount &i : r->inactive)
        inactive << i.username;
    EXPECT_TRUE(inactive.contains(u"agent"_s)); // 47 days since the 24th of November
    ASSERT_OK(UsageService(ctx()).disableAccount(admin, agent.userId));
    auto after = UsageService(ctx()).report(admin, QDate(2027, 1, 1), QDate(2027, 1, 10), UsageGrain::Month);
    ASSERT_OK(after);
    for (const InactiveAccount &i : after->inactive)
        EXPECT_NE(i.username, u"agent"_s);
    EXPECT_EQ(UsageService(ctx()).disableAccount(manager, other.userId).error().kind, Error::Kind::PermissionDenied);

    auto seen = UsageService(ctx()).personalData(manager, QDate(2026, 11, 1), QDate(2026, 11, 30));
    ASSERT_OK(seen);
    ASSERT_EQ(seen->size(), 1);
    EXPECT_EQ(seen->first().person, u"李晓红"_s);
    EXPECT_EQ(seen->first().whose, u"王伟"_s);
    EXPECT_EQ(seen->first().why, u"mobile"_s);
}

CRM_INSTANTIATE_ENGINES(UsageServiceTest);
