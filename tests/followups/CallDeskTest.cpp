// The call desk on hand-made times: queue scopes, claiming, retries at other times of day,
// unreachable after the attempts, do-not-disturb, appointments on the timeline, and the
// report figures on a small set computed by hand.
#include "TestDatabase.h"

#include "archives/data/CustomerRepository.h"
#include "archives/services/ImportService.h"
#include "data/Transaction.h"
#include "data/UserRepository.h"
#include "feedback/services/FeedbackService.h"
#include "followups/services/CallDeskService.h"
#include "followups/services/FollowupReportService.h"
#include "followups/services/FollowupService.h"
#include "services/SettingsService.h"

#include <QTemporaryDir>

using namespace crm;
using namespace crm::data;
using namespace crm::services;
using namespace crm::followups;
using namespace Qt::StringLiterals;

class CallDeskTest : public test::DbTest {
protected:
    void SetUp() override
    {
        DbTest::SetUp();
        if (HasFatalFailure() || IsSkipped())
            return;
        agentA = user(u"agentA"_s, u"李晓红"_s, Role::Agent);
        agentB = user(u"agentB"_s, u"王芳"_s, Role::Agent);
        manager = user(u"boss"_s, u"张经理"_s, Role::Manager);
        at(QDate(2026, 11, 23), QTime(10, 0));
    }
    Session user(const QString &name, const QString &display, Role role) { return test::insertUser(db(), name, display, role); }
    // The desk's local time (the clock is UTC underneath, as in production).
    void at(const QDate &d, const QTime &t) { m_clock.set(QDateTime(d, t).toUTC()); }
    qint64 task(const QString &customerName, const QString &kind = u"after_service"_s, const QDate &due = QDate(2026, 11, 25),
                int priority = 2)
    {
        Transaction tx(db());
        CustomerRow c;
        c.name = customerName;
        c.mobile = u"13800138000"_s;
        auto cid = CustomerRepository(db()).insertCustomer(c, u"x"_s);
        EXPECT_TRUE(cid.ok());
        auto id =
            db().scalar(u"INSERT INTO followup_tasks(kind, source_key, customer_id, available, due_date, expires, priority, "
                        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'x', 'x') RETURNING id"_s,
                        {kind, customerName, *cid, due.addDays(-2).toString(Qt::ISODate), due.toString(Qt::ISODate),
                         due.addDays(12).toString(Qt::ISODate), priority});
        EXPECT_TRUE(id.ok());
        EXPECT_TRUE(tx.commit().ok());
        return id->toLongLong();
    }
    QList<qint64> ids(const Result<QList<TaskRow>> &rows)
    {
        QList<qint64> out;
        if (rows)
            for (const TaskRow &r : *rows)
                out << r.id;
        return out;
    }
    QString status(qint64 taskId)
    {
        return db().scalar(u"SELECT status FROM followup_tasks WHERE id = ?"_s, {taskId})->toString();
    }
    CallInput outcome(Outcome o)
    {
        CallInput c;
        c.outcome = o;
        c.durationSec = 60;
        return c;
    }
    Session agentA, agentB, manager;
};

TEST_P(CallDeskTest, QueueScopesOrderAndPaging)
{
    const qint64 overdue = task(u"甲"_s, u"after_service"_s, QDate(2026, 11, 21), 2);
    const qint64 today = task(u"乙"_s, u"delivery_thanks"_s, QDate(2026, 11, 23), 1);
    const qint64 later = task(u"丙"_s, u"insurance_renewal"_s, QDate(2026, 11, 30), 2); // available from 11-28
    const qint64 low = task(u"丁"_s, u"birthday_care"_s, QDate(2026, 11, 24), 3);
    CallDeskService desk(ctx());
    QueueFilter f;
    EXPECT_EQ(ids(desk.queue(agentA, f, std::nullopt, 50)), (QList<qint64>{today, overdue, low})); // priority, then due day
    f.scope = QueueScope::Overdue;
    EXPECT_EQ(ids(desk.queue(agentA, f, std::nullopt, 50)), QList<qint64>{overdue});
    f.scope = QueueScope::Upcoming;
    EXPECT_EQ(ids(desk.queue(agentA, f, std::nullopt, 50)), QList<qint64>{later});
    f.scope = QueueScope::AllOpen;
    EXPECT_EQ(desk.queueCount(agentA, f).value(), 4);
    // A big queue is counted only up to the cap (+1 says "more than").
    {
        data::Transaction tx(db());
        const qint64 customer = db().scalar(u"SELECT MIN(customer_id) FROM followup_tasks"_s)->toLongLong();
        for (int i = 0; i < 1005; ++i)
            ASSERT_OK(db().exec(
                u"INSERT INTO followup_tasks(kind, source_key, customer_id, available, due_date, expires, priority, "
                "created_at, updated_at) VALUES ('win_back', ?, ?, '2026-11-01', '2026-11-30', '2026-12-30', 3, 'x', 'x')"_s,
                {u"bulk:%1"_s.arg(i), customer}));
        ASSERT_OK(tx.commit());
    }
    EXPECT_EQ(desk.queueCount(agentA, f).value(), CallDeskService::kQueueCountCap + 1);
    EXPECT_EQ(desk.queue(agentA, f, std::nullopt, 50)->size(), 50);
    ASSERT_OK(db().exec(u"DELETE FROM followup_tasks WHERE source_key LIKE 'bulk:%'"_s));
    f.kind = u"birthday_care"_s;
    EXPECT_EQ(ids(desk.queue(agentA, f, std::nullopt, 50)), QList<qint64>{low});
    // Keyset pages join up without gaps or repeats.
    f = {};
    f.scope = QueueScope::AllOpen;
    auto first = desk.queue(agentA, f, std::nullopt, 2);
    ASSERT_OK(first);
    auto rest = desk.queue(agentA, f, FollowupRepository::cursorOf(first->last()), 10);
    EXPECT_EQ(ids(first) + ids(rest), (QList<qint64>{today, overdue, later, low}));
    // Only agents and managers work the queue.
    const Session club{0, u"club"_s, u"俱乐部"_s, Role::Club};
    EXPECT_EQ(desk.queue(club, f, std::nullopt, 10).error().kind, Error::Kind::PermissionDenied);
}

TEST_P(CallDeskTest, ClaimingAndReassigning)
{
    const qint64 t = task(u"甲"_s);
    CallDeskService desk(ctx());
    ASSERT_OK(desk.claim(agentA, t));
    ASSERT_OK(desk.claim(agentA, t)); // claiming your own again is fine
    const auto taken = desk.claim(agentB, t);
    ASSERT_FALSE(taken.ok());
    EXPECT_EQ(taken.error().kind, Error::Kind::Conflict);
    EXPECT_TRUE(taken.error().message.contains(u"李晓红"_s));
    QueueFilter mine;
    mine.owner = QueueOwner::MineAndUnassigned;
    EXPECT_TRUE(ids(desk.queue(agentB, mine, std::nullopt, 10)).isEmpty());
    EXPECT_EQ(ids(desk.queue(agentA, mine, std::nullopt, 10)), QList<qint64>{t});
    // B cannot log a call on A's task; the manager reassigns it.
    EXPECT_EQ(desk.logCall(agentB, t, outcome(Outcome::Reached)).error().kind, Error::Kind::Conflict);
    EXPECT_EQ(desk.reassign(agentA, t, agentB.userId).error().kind, Error::Kind::PermissionDenied);
    EXPECT_EQ(desk.reassign(manager, t, 999).error().kind, Error::Kind::Invalid);
    ASSERT_OK(desk.reassign(manager, t, agentB.userId));
    ASSERT_OK(desk.logCall(agentB, t, outcome(Outcome::Reached)));
    EXPECT_EQ(status(t), u"done"_s);
    EXPECT_EQ(
        db().scalar(
                u"SELECT COUNT(*) FROM audit_log WHERE entity = 'followup_tasks' AND action IN ('claim', 'reassign', 'call')"_s)
            ->toInt(),
        3);
}

TEST_P(CallDeskTest, UnreachedCallsComeBackAtOtherTimesThenTheTaskIsUnreachable)
{
    const qint64 t = task(u"甲"_s);
    CallDeskService desk(ctx());
    // 10:00 no answer → comes back in the afternoon (a part of the day not tried yet).
    auto first = desk.logCall(agentA, t, outcome(Outcome::NoAnswer));
    ASSERT_OK(first);
    EXPECT_EQ(first->decision.action, RetryDecision::Action::Retry);
    EXPECT_EQ(first->decision.nextAttempt.toLocalTime().time(), QTime(14, 0));
    EXPECT_EQ(status(t), u"open"_s);
    QueueFilter now;
    EXPECT_TRUE(ids(desk.queue(agentA, now, std::nullopt, 10)).isEmpty()); // waiting for its retry time
    at(QDate(2026, 11, 23), QTime(14, 5));
    EXPECT_EQ(ids(desk.queue(agentA, now, std::nullopt, 10)), QList<qint64>{t});
    auto second = desk.logCall(agentA, t, outcome(Outcome::NoAnswer));
    ASSERT_OK(second);
    EXPECT_EQ(second->decision.nextAttempt.toLocalTime().time(), QTime(17, 0)); // then the evening
    at(QDate(2026, 11, 23), QTime(17, 30));
    auto third = desk.logCall(agentA, t, outcome(Outcome::Busy));
    ASSERT_OK(third);
    EXPECT_EQ(third->decision.action, RetryDecision::Action::Unreachable); // 3 attempts
    EXPECT_EQ(status(t), u"unreachable"_s);
    EXPECT_EQ(db().scalar(u"SELECT attempts FROM followup_tasks WHERE id = ?"_s, {t})->toInt(), 3);
    // A closed task takes no more calls, and nothing half is written.
    const auto late = desk.logCall(agentA, t, outcome(Outcome::Reached));
    EXPECT_EQ(late.error().kind, Error::Kind::Conflict);
    EXPECT_EQ(db().scalar(u"SELECT COUNT(*) FROM followup_calls WHERE task_id = ?"_s, {t})->toInt(), 3);
}

TEST_P(CallDeskTest, CallBackAtTheCustomersTimeAndBadInputIsRefusedWhole)
{
    const qint64 t = task(u"甲"_s);
    CallDeskService desk(ctx());
    CallInput c = outcome(Outcome::CallBack);
    c.callBackAt = QDateTime(QDate(2026, 11, 23), QTime(9, 0)); // in the past
    EXPECT_EQ(desk.logCall(agentA, t, c).error().kind, Error::Kind::Invalid);
    c.callBackAt = QDateTime(QDate(2026, 11, 24), QTime(15, 30));
    c.feedback = {{0, u"need"_s, u"  "_s, {}}};
    EXPECT_EQ(desk.logCall(agentA, t, c).error().kind, Error::Kind::Invalid); // feedback without words
    EXPECT_EQ(db().scalar(u"SELECT COUNT(*) FROM followup_calls"_s)->toInt(), 0);
    c.feedback = {{0, u"purchase_intent"_s, u"想给女儿再买一台"_s, {}}};
    auto r = desk.logCall(agentA, t, c);
    ASSERT_OK(r);
    EXPECT_EQ(r->decision.nextAttempt, QDateTime(QDate(2026, 11, 24), QTime(15, 30)));
    // What the customer said is a feedback item of the call, routed by its category's rule (sales).
    EXPECT_EQ(db().scalar(u"SELECT text FROM feedback_items WHERE call_id = ?"_s, {r->callId})->toString(),
              u"想给女儿再买一台"_s);
    EXPECT_EQ(db().scalar(u"SELECT d.code FROM feedback_items i JOIN departments d ON d.id = i.department_id "
                          "WHERE i.call_id = ?"_s,
                          {r->callId})
                  ->toString(),
              u"sales"_s);
    ASSERT_EQ(r->feedbackItems.size(), 1);

    // The follow-up report counts what calls heard, by category, on the call's day: an item from
    // an inbound call (no follow-up call) is not among them, and the drill lists the same item.
    FeedbackInput inbound;
    inbound.customerId = db().scalar(u"SELECT customer_id FROM followup_tasks WHERE id = ?"_s, {t})->toLongLong();
    inbound.category = u"purchase_intent"_s;
    inbound.text = u"来电问新车"_s;
    inbound.source = u"inbound_call"_s;
    ASSERT_OK(FeedbackService(ctx()).record(agentA, inbound));
    FollowupReportService reports(ctx());
    auto heard = [&](const QDate &day) {
        auto report = reports.report(manager, day, day, ReportGroup::Kind);
        EXPECT_TRUE(report.ok());
        for (const auto &f : report->feedback)
            if (f.category == u"purchase_intent"_s)
                return std::pair{f.items, f.open};
        return std::pair{qint64(-1), qint64(-1)};
    };
    EXPECT_EQ(heard(QDate(2026, 11, 23)), std::pair(qint64(1), qint64(1)));
    EXPECT_EQ(heard(QDate(2026, 11, 22)), std::pair(qint64(0), qint64(0)));
    EXPECT_EQ(heard(QDate(2026, 11, 24)), std::pair(qint64(0), qint64(0)));
    auto listed = reports.feedbackItems(manager, QDate(2026, 11, 23), QDate(2026, 11, 23), QString(), 10);
    ASSERT_OK(listed);
    ASSERT_EQ(listed->size(), 1);
    EXPECT_EQ(listed->first().text, u"想给女儿再买一台"_s);
}

TEST_P(CallDeskTest, DoNotDisturbNeedsConfirmationAndIsRecorded)
{
    const qint64 t = task(u"甲"_s);
    at(QDate(2026, 11, 23), QTime(12, 30));
    CallDeskService desk(ctx());
    QString span;
    EXPECT_TRUE(desk.isQuietNow(&span));
    EXPECT_EQ(span, u"12:00–14:00"_s);
    const auto refused = desk.logCall(agentA, t, outcome(Outcome::Reached));
    EXPECT_EQ(refused.error().kind, Error::Kind::Conflict);
    EXPECT_EQ(status(t), u"open"_s);
    CallInput confirmed = outcome(Outcome::Reached);
    confirmed.callInQuietHours = true;
    ASSERT_OK(desk.logCall(agentA, t, confirmed));
    EXPECT_EQ(db().scalar(u"SELECT quiet_hours FROM followup_calls WHERE task_id = ?"_s, {t})->toInt(), 1);
    // The hours are a setting.
    ASSERT_OK(SettingsService(ctx()).set(Session::system(u"t"_s), settings::kQuietHours, u"00:00-08:00,21:00-24:00"_s));
    EXPECT_FALSE(desk.isQuietNow());
    EXPECT_FALSE(SettingsService(ctx()).set(Session::system(u"t"_s), settings::kQuietHours, u"noon"_s).ok());
}

TEST_P(CallDeskTest, AppointmentFromTheCallIsOnTheTimeline)
{
    const qint64 t = task(u"甲"_s);
    CallDeskService desk(ctx());
    CallInput c = outcome(Outcome::Reached);
    BookingRequest a;
    a.at = QDateTime(QDate(2026, 11, 26), QTime(9, 30));
    a.jobType = u"maintenance"_s;
    a.notes = u"首保"_s;
    c.appointment = a;
    auto r = desk.logCall(agentA, t, c);
    ASSERT_OK(r);
    EXPECT_GT(r->appointmentId, 0);
    const qint64 customer = db().scalar(u"SELECT customer_id FROM followup_tasks WHERE id = ?"_s, {t})->toLongLong();
    auto timeline = CustomerRepository(db()).timeline(customer);
    ASSERT_OK(timeline);
    QStringList kinds;
    for (const TimelineEntry &e : *timeline)
        kinds << e.kind + u'@' + e.date.toString(Qt::ISODate);
    EXPECT_TRUE(kinds.contains(u"appointment@2026-11-26"_s)) << kinds.join(u' ').toStdString();
    EXPECT_TRUE(kinds.contains(u"call@"_s + QDateTime(QDate(2026, 11, 23), QTime(10, 0)).toUTC().date().toString(Qt::ISODate)));
    auto history = desk.customerCalls(agentA, customer);
    ASSERT_OK(history);
    ASSERT_EQ(history->size(), 1);
    EXPECT_EQ(history->first().agentName, u"李晓红"_s);
    EXPECT_EQ(history->first().outcome, u"reached"_s);
}

// Report on a hand-computed set, period 2026-11-16 .. 2026-11-22:
//   A: 3 tasks due — one reached on its due day, one reached a day late, one unreachable on time;
//   B: 1 task due, still open (not completed); 1 task due the week before (outside the period).
// By agent: A due 3, completed 3, on time 2, reached 2; B due 1, completed 0.
// Total: completion 3/4, on time 2/4, reached 2/3.
TEST_P(CallDeskTest, ReportFiguresMatchTheRecords)
{
    CallDeskService desk(ctx());
    auto work = [&](const Session &who, qint64 id, const QDate &day, Outcome o, int times = 1) {
        const QTime hours[] = {QTime(10, 0), QTime(14, 30), QTime(17, 30)}; // outside the rest times
        for (int i = 0; i < times; ++i) {
            at(day, hours[i]);
            ASSERT_OK(desk.logCall(who, id, outcome(o)));
        }
    };
    const qint64 a1 = task(u"甲"_s, u"after_service"_s, QDate(2026, 11, 17));
    const qint64 a2 = task(u"乙"_s, u"after_service"_s, QDate(2026, 11, 18));
    const qint64 a3 = task(u"丙"_s, u"delivery_thanks"_s, QDate(2026, 11, 20));
    const qint64 b1 = task(u"丁"_s, u"delivery_thanks"_s, QDate(2026, 11, 21));
    const qint64 b0 = task(u"戊"_s, u"after_service"_s, QDate(2026, 11, 10));
    work(agentA, a1, QDate(2026, 11, 17), Outcome::Reached);
    work(agentA, a2, QDate(2026, 11, 19), Outcome::Reached); // a day late
    work(agentA, a3, QDate(2026, 11, 20), Outcome::NoAnswer, 3);
    ASSERT_OK(desk.claim(agentB, b1));
    work(agentB, b0, QDate(2026, 11, 10), Outcome::Reached);
    EXPECT_EQ(status(a3), u"unreachable"_s);

    FollowupReportService reports(ctx());
    auto r = reports.report(manager, QDate(2026, 11, 16), QDate(2026, 11, 22), ReportGroup::Agent);
    ASSERT_OK(r);
    ASSERT_EQ(r->rows.size(), 2);
    EXPECT_EQ(r->rows[0].label, u"李晓红"_s);
    EXPECT_EQ(r->rows[0].due, 3);
    EXPECT_EQ(r->rows[0].completed, 3);
    EXPECT_EQ(r->rows[0].onTime, 2);
    EXPECT_EQ(r->rows[0].reached, 2);
    EXPECT_EQ(r->rows[1].label, u"王芳"_s);
    EXPECT_EQ(r->rows[1].due, 1);
    EXPECT_EQ(r->rows[1].completed, 0);
    EXPECT_DOUBLE_EQ(r->total.completionRate(), 0.75);
    EXPECT_DOUBLE_EQ(r->total.onTimeRate(), 0.5);
    EXPECT_DOUBLE_EQ(r->total.reachedRate(), 2.0 / 3.0);
    EXPECT_EQ(r->calls, 5); // 1 + 1 + 3 in the period (b0's call was the week before)
    EXPECT_EQ(r->callsReached, 2);

    auto byKind = reports.report(manager, QDate(2026, 11, 16), QDate(2026, 11, 22), ReportGroup::Kind);
    ASSERT_OK(byKind);
    ASSERT_EQ(byKind->rows.size(), 2);
    EXPECT_EQ(byKind->rows[0].due + byKind->rows[1].due, 4);
    auto byWeek = reports.report(manager, QDate(2026, 11, 9), QDate(2026, 11, 22), ReportGroup::Week);
    ASSERT_OK(byWeek);
    ASSERT_EQ(byWeek->rows.size(), 2);
    EXPECT_EQ(byWeek->rows[0].key, u"2026-W46"_s);
    EXPECT_EQ(byWeek->rows[0].due, 1);
    EXPECT_EQ(byWeek->rows[1].key, u"2026-W47"_s);
    EXPECT_EQ(byWeek->rows[1].due, 4);
    EXPECT_EQ(reports.report(manager, QDate(2026, 11, 22), QDate(2026, 11, 1), ReportGroup::Agent).error().kind,
              Error::Kind::Invalid);

    // Exported: numbers as numbers, one sheet per section; agents may not export.
    QTemporaryDir dir;
    const QString xlsx = dir.filePath(u"report.xlsx"_s);
    EXPECT_EQ(reports.exportReport(agentA, *r, xlsx).error().kind, Error::Kind::PermissionDenied);
    ASSERT_OK(reports.exportReport(manager, *r, xlsx));
    auto table = ImportService::readFile(xlsx); // reads the first sheet
    ASSERT_OK(table);
    const QString csv = dir.filePath(u"report.csv"_s);
    ASSERT_OK(reports.exportReport(manager, *r, csv));
    QFile f(csv);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    EXPECT_TRUE(text.contains(u"李晓红,3,3,2,2,1.0000,0.6667,0.6667"_s)) << text.toStdString();
}

TEST_P(CallDeskTest, MemberCoverageCountsMembersReachedRecently)
{
    FollowupService f(ctx());
    Transaction tx(db());
    for (const QString &name : {u"会员一"_s, u"会员二"_s}) {
        CustomerRow c;
        c.name = name;
        c.vip = true;
        ASSERT_OK(CustomerRepository(db()).insertCustomer(c, u"x"_s));
    }
    ASSERT_OK(tx.commit());
    ASSERT_OK(f.generate(agentA, QDate(2026, 11, 23)));
    const qint64 first = db().scalar(u"SELECT MIN(id) FROM followup_tasks WHERE kind = 'member_care'"_s)->toLongLong();
    CallDeskService desk(ctx());
    ASSERT_OK(desk.logCall(agentA, first, outcome(Outcome::Reached)));
    auto r = FollowupReportService(ctx()).report(manager, QDate(2026, 11, 1), QDate(2026, 11, 30), ReportGroup::Kind);
    ASSERT_OK(r);
    EXPECT_EQ(r->members, 2);
    EXPECT_EQ(r->membersCovered, 1);
    EXPECT_DOUBLE_EQ(r->coverageRate(), 0.5);
}

CRM_INSTANTIATE_ENGINES(CallDeskTest);
