// Feedback to departments on hand-made times, both engines: the routing rule, deadlines stored
// on each clock (and not moved by a later change of hours), reminders raised once, result →
// informed call → closed, unreachable, praise counted, the conversions to a complaint and a
// lead, and the department report on a set computed by hand.
#include "TestDatabase.h"

#include "archives/data/CustomerRepository.h"
#include "complaints/services/ComplaintService.h"
#include "data/Transaction.h"
#include "feedback/services/FeedbackService.h"
#include "followups/services/CallDeskService.h"
#include "followups/services/FollowupService.h"
#include "frontdesk/services/AppointmentService.h"
#include "leads/data/LeadRepository.h"
#include "services/SettingsService.h"

using namespace crm;
using namespace crm::data;
using namespace crm::services;
using namespace Qt::StringLiterals;

class FeedbackServiceTest : public test::DbTest {
protected:
    void SetUp() override
    {
        DbTest::SetUp();
        if (HasFatalFailure() || IsSkipped())
            return;
        agent = test::insertUser(db(), u"agent"_s, u"李晓红"_s, Role::Agent);
        servicer = test::insertUser(db(), u"svc"_s, u"陈刚"_s, Role::Agent); // a member of the service department
        manager = test::insertUser(db(), u"boss"_s, u"张经理"_s, Role::Manager);
        auto deps = FeedbackService(ctx()).departments();
        ASSERT_TRUE(deps.ok());
        for (Department d : *deps)
            if (d.code == u"service"_s) {
                d.headId = manager.userId;
                d.members = {servicer.userId};
                ASSERT_TRUE(FeedbackService(ctx()).saveDepartment(manager, d).ok());
                serviceId = d.id;
            } else if (d.code == u"sales"_s) {
                salesId = d.id;
            }
        customer = person(u"王伟"_s, u"13800138001"_s);
        at(QDate(2026, 11, 23), QTime(9, 0)); // a Monday
    }
    void at(const QDate &d, const QTime &t) { m_clock.set(QDateTime(d, t).toUTC()); }
    qint64 person(const QString &name, const QString &mobile)
    {
        Transaction tx(db());
        CustomerRow c;
        c.name = name;
        c.mobile = mobile;
        auto id = CustomerRepository(db()).insertCustomer(c, u"x"_s);
        EXPECT_TRUE(id.ok());
        EXPECT_TRUE(tx.commit().ok());
        return *id;
    }
    qint64 record(const QString &category, const QString &text, qint64 who = 0)
    {
        FeedbackInput in;
        in.customerId = who ? who : customer;
        in.category = category;
        in.text = text;
        in.source = u"card"_s;
        auto id = FeedbackService(ctx()).record(agent, in);
        EXPECT_TRUE(id.ok()) << (id ? "" : id.error().message.toStdString());
        return id ? *id : 0;
    }
    FeedbackItemRow item(qint64 id)
    {
        auto v = FeedbackService(ctx()).view(manager, id);
        EXPECT_TRUE(v.ok());
        return v ? v->row : FeedbackItemRow{};
    }
    QDateTime local(int y, int m, int d, int h, int min = 0) { return QDateTime(QDate(y, m, d), QTime(h, min)); }
    void setClock(const QString &category, const QString &clock)
    {
        auto cats = FeedbackService(ctx()).categories();
        ASSERT_TRUE(cats.ok());
        for (FeedbackCategory c : *cats)
            if (c.code == category) {
                c.clock = clock;
                ASSERT_TRUE(FeedbackService(ctx()).saveCategory(manager, c, false).ok());
            }
    }
    Session agent, servicer, manager;
    qint64 customer = 0, serviceId = 0, salesId = 0;
};

TEST_P(FeedbackServiceTest, RoutingRuleAndDeadlinesOnEachClock)
{
    // A need goes to after-sales service by the shipped rule; 9 h and 27 h on the store's hours
    // (08:30–17:30 every day): Monday 09:00 → answer Tuesday 09:00, resolution Thursday 09:00.
    const qint64 need = record(u"need"_s, u"希望增加周末保养时段"_s);
    FeedbackItemRow r = item(need);
    EXPECT_EQ(r.departmentId, serviceId);
    EXPECT_EQ(r.takenBy, agent.userId);
    EXPECT_EQ(r.status, u"open"_s);
    EXPECT_EQ(r.clock, u"store_hours"_s);
    EXPECT_EQ(r.answerDueAt.toLocalTime(), local(2026, 11, 24, 9));
    EXPECT_EQ(r.resolveDueAt.toLocalTime(), local(2026, 11, 26, 9));
    // Received on Friday 27 November 09:00, 27 h to resolve on each clock:
    at(QDate(2026, 11, 27), QTime(9, 0));
    EXPECT_EQ(item(record(u"need"_s, u"store"_s)).resolveDueAt.toLocalTime(), local(2026, 11, 30, 9)); // 8.5+9+9+0.5 h
    setClock(u"need"_s, u"working_days"_s);
    EXPECT_EQ(item(record(u"need"_s, u"national"_s)).resolveDueAt.toLocalTime(), local(2026, 11, 30, 12)); // Fri 15 h, Mon 12 h
    setClock(u"need"_s, u"calendar_hours"_s);
    EXPECT_EQ(item(record(u"need"_s, u"calendar"_s)).resolveDueAt.toLocalTime(), local(2026, 11, 28, 12));
    // A later change of the store's hours moves no deadline already set.
    ASSERT_TRUE(SettingsService(ctx()).set(manager, settings::deskHoursKey(2), u"10:00-12:00"_s).ok());
    EXPECT_EQ(item(need).answerDueAt.toLocalTime(), local(2026, 11, 24, 9));
    // The manager routes it elsewhere; an agent of no department may not answer it.
    r = item(need);
    EXPECT_EQ(FeedbackService(ctx()).answer(agent, need, r.version, u"x"_s).error().kind, Error::Kind::PermissionDenied);
    ASSERT_TRUE(FeedbackService(ctx()).route(manager, need, r.version, salesId, 0, u"销售部更合适"_s).ok());
    EXPECT_EQ(item(need).departmentId, salesId);
    // A stale version is refused, saying someone changed it.
    EXPECT_EQ(FeedbackService(ctx()).route(manager, need, r.version, serviceId, 0, {}).error().kind, Error::Kind::Conflict);
    // Bad input: every field says what is wrong, nothing is written.
    FeedbackInput bad;
    bad.customerId = customer;
    bad.category = u"weather"_s;
    bad.text = u"x"_s;
    bad.source = u"card"_s;
    EXPECT_EQ(FeedbackService(ctx()).record(agent, bad).error().kind, Error::Kind::Invalid);
    bad.category = u"need"_s;
    bad.text = u"  "_s;
    EXPECT_EQ(FeedbackService(ctx()).record(agent, bad).error().kind, Error::Kind::Invalid);
    EXPECT_EQ(db().scalar(u"SELECT COUNT(*) FROM feedback_items"_s)->toInt(), 4);
    EXPECT_EQ(db().scalar(u"SELECT COUNT(*) FROM audit_log WHERE entity = 'feedback_items'"_s)->toInt(), 5);
}

TEST_P(FeedbackServiceTest, RemindersAreRaisedOncePerDeadline)
{
    const qint64 id = record(u"need"_s, u"等待时间太长"_s);
    FeedbackService s(ctx());
    at(QDate(2026, 11, 23), QTime(12, 0));
    EXPECT_EQ(*s.raiseReminders(manager), 0);
    at(QDate(2026, 11, 23), QTime(16, 30)); // 80 % of the first answer's 9 h used (16:12)
    EXPECT_EQ(*s.raiseReminders(manager), 1);
    EXPECT_EQ(*s.raiseReminders(manager), 0); // once
    at(QDate(2026, 11, 24), QTime(10, 0));    // the first answer is overdue
    EXPECT_EQ(*s.raiseReminders(manager), 1);
    auto attention = s.needsAttention(manager);
    ASSERT_TRUE(attention.ok());
    ASSERT_EQ(attention->size(), 1);
    EXPECT_EQ(attention->first().worst.kind, feedback::DeadlineKind::Answer);
    EXPECT_EQ(attention->first().worst.state, calendar::Deadline::State::Overdue);
    // The reminder names the department's head (the owner once someone owns it), on the item's history.
    auto v = s.view(manager, id);
    ASSERT_TRUE(v.ok());
    int reminders = 0;
    for (const FeedbackEvent &e : v->events)
        if (e.action == u"remind"_s) {
            ++reminders;
            EXPECT_TRUE(e.note.contains(u"张经理"_s)) << e.note.toStdString();
        }
    EXPECT_EQ(reminders, 2);
    // Answered late: no more reminders for the answer; the resolution's come in their time.
    ASSERT_TRUE(s.answer(servicer, id, v->row.version, u"已安排周末班"_s).ok());
    EXPECT_EQ(item(id).ownerId, servicer.userId);
    at(QDate(2026, 11, 25), QTime(15, 0)); // past 80 % of 27 h (Wed 12:36)
    EXPECT_EQ(*s.raiseReminders(manager), 1);
    EXPECT_EQ(*s.raiseReminders(manager), 0);
}

TEST_P(FeedbackServiceTest, ResultInformedCallThenClosed)
{
    const qint64 id = record(u"need"_s, u"想要上门取送车"_s);
    FeedbackService s(ctx());
    at(QDate(2026, 11, 23), QTime(11, 0));
    ASSERT_TRUE(s.answer(servicer, id, item(id).version, u"评估中"_s).ok());
    at(QDate(2026, 11, 23), QTime(15, 0));
    ASSERT_TRUE(s.resolve(servicer, id, item(id).version, u"已开通上门取送车服务，预约时说明即可"_s).ok());
    FeedbackItemRow r = item(id);
    EXPECT_EQ(r.status, u"informing"_s);
    EXPECT_EQ(r.workMinutes, 6 * 60); // 09:00 → 15:00 on the store's hours
    ASSERT_NE(r.informTaskId, 0);
    // The call goes to the agent who took it, and shows the result on the call form.
    auto task = CallDeskService(ctx()).task(agent, r.informTaskId);
    ASSERT_TRUE(task.ok());
    EXPECT_EQ(task->kind, u"feedback_inform"_s);
    EXPECT_EQ(task->assignedTo, agent.userId);
    auto shown = s.itemOfTask(r.informTaskId);
    ASSERT_TRUE(shown.ok() && shown->has_value());
    EXPECT_EQ((*shown)->result, u"已开通上门取送车服务，预约时说明即可"_s);
    // Not reached: still to tell. Reached: closed, on its history.
    at(QDate(2026, 11, 24), QTime(10, 0));
    CallInput call;
    call.outcome = followups::Outcome::NoAnswer;
    ASSERT_TRUE(CallDeskService(ctx()).logCall(agent, r.informTaskId, call).ok());
    EXPECT_EQ(item(id).status, u"informing"_s);
    at(QDate(2026, 11, 24), QTime(15, 0));
    call.outcome = followups::Outcome::Reached;
    call.durationSec = 90;
    call.notes = u"客户表示满意"_s;
    ASSERT_TRUE(CallDeskService(ctx()).logCall(agent, r.informTaskId, call).ok());
    r = item(id);
    EXPECT_EQ(r.status, u"closed"_s);
    EXPECT_TRUE(r.closedAt.isValid());
    auto v = s.view(manager, id);
    ASSERT_TRUE(v.ok());
    EXPECT_EQ(v->events.last().action, u"informed"_s);
    EXPECT_EQ(v->deadlines[0].state, calendar::Deadline::State::MetOnTime);
    EXPECT_EQ(v->deadlines[1].state, calendar::Deadline::State::MetOnTime);
}

TEST_P(FeedbackServiceTest, UnreachableAfterTheAttemptsAndPraiseCounted)
{
    ASSERT_TRUE(SettingsService(ctx()).set(manager, settings::kMaxAttempts, u"1"_s).ok());
    const qint64 id = record(u"need"_s, u"想了解延保"_s);
    FeedbackService s(ctx());
    ASSERT_TRUE(s.resolve(servicer, id, item(id).version, u"延保可在首保后办理"_s).ok());
    CallInput call;
    call.outcome = followups::Outcome::NoAnswer;
    at(QDate(2026, 11, 23), QTime(14, 0));
    ASSERT_TRUE(CallDeskService(ctx()).logCall(agent, item(id).informTaskId, call).ok());
    EXPECT_EQ(item(id).status, u"unreachable"_s);
    // A customer who asked not to be called cannot be told: closed as unreachable at the result.
    const qint64 quiet = person(u"赵敏"_s, u"13800138002"_s);
    const qint64 id2 = record(u"need"_s, u"休息区太冷"_s, quiet);
    ASSERT_TRUE(FollowupService(ctx()).optOut(agent, quiet, u"all"_s, u"不要来电"_s).ok());
    ASSERT_TRUE(s.resolve(servicer, id2, item(id2).version, u"已调高空调温度"_s).ok());
    EXPECT_EQ(item(id2).status, u"unreachable"_s);
    EXPECT_EQ(item(id2).informTaskId, 0);
    // Praise is passed on, closes at the result and is counted for the person.
    const qint64 praise = record(u"praise"_s, u"技师修得又快又好"_s);
    ASSERT_TRUE(s.resolve(servicer, praise, item(praise).version, u"已转达并通报表扬"_s, u"刘强"_s).ok());
    EXPECT_EQ(item(praise).status, u"closed"_s);
    EXPECT_EQ(item(praise).informTaskId, 0);
    auto report = s.report(manager, QDate(2026, 11, 1), QDate(2026, 11, 30));
    ASSERT_TRUE(report.ok());
    ASSERT_EQ(report->praise.size(), 1);
    EXPECT_EQ(report->praise.first(), qMakePair(u"刘强"_s, qint64(1)));
    // An informing call that expires unanswered closes the item when the nightly chase runs.
    const qint64 id3 = record(u"need"_s, u"想换轮胎"_s);
    ASSERT_TRUE(s.resolve(servicer, id3, item(id3).version, u"已报价"_s).ok());
    ASSERT_TRUE(db().exec(u"UPDATE followup_tasks SET status = 'expired' WHERE id = ?"_s, {item(id3).informTaskId}).ok());
    ASSERT_TRUE(s.raiseReminders(manager).ok());
    EXPECT_EQ(item(id3).status, u"unreachable"_s);
}

TEST_P(FeedbackServiceTest, GrievanceBecomesAComplaintAndIntentALeadLinked)
{
    const qint64 grievance = record(u"grievance"_s, u"服务顾问态度不好"_s);
    FeedbackService s(ctx());
    ComplaintInput c;
    c.customerId = customer;
    c.channel = u"phone"_s;
    c.category = u"service_attitude"_s;
    c.description = u"服务顾问态度不好"_s;
    auto complaint = s.toComplaint(manager, grievance, item(grievance).version, c);
    ASSERT_TRUE(complaint.ok()) << complaint.error().message.toStdString();
    FeedbackItemRow r = item(grievance);
    EXPECT_EQ(r.status, u"converted"_s);
    EXPECT_EQ(r.complaintId, complaint->id);
    EXPECT_EQ(r.complaintNumber, complaint->number);
    // Converted: no further steps.
    EXPECT_EQ(s.resolve(manager, grievance, r.version, u"x"_s).error().kind, Error::Kind::Conflict);
    // Purchase intent → a lead for sales with the customer's name and number, linked; a second
    // item of the same prospect links to the same open lead.
    const qint64 intent = record(u"purchase_intent"_s, u"想给女儿再买一台"_s);
    LeadInput l;
    l.model = u"ID.4"_s;
    auto lead = s.toLead(manager, intent, item(intent).version, l);
    ASSERT_TRUE(lead.ok()) << lead.error().message.toStdString();
    EXPECT_EQ(item(intent).leadId, *lead);
    EXPECT_EQ(db().scalar(u"SELECT name FROM leads WHERE id = ?"_s, {QVariant(*lead)})->toString(), u"王伟"_s);
    EXPECT_EQ(db().scalar(u"SELECT mobile FROM leads WHERE id = ?"_s, {QVariant(*lead)})->toString(), u"13800138001"_s);
    const qint64 again = record(u"purchase_intent"_s, u"再问一次新车"_s);
    auto same = s.toLead(manager, again, item(again).version, l);
    ASSERT_TRUE(same.ok());
    EXPECT_EQ(*same, *lead);
    EXPECT_EQ(db().scalar(u"SELECT COUNT(*) FROM leads"_s)->toInt(), 1);
}

TEST_P(FeedbackServiceTest, DepartmentReportOnAHandComputedSet)
{
    FeedbackService s(ctx());
    // Monday 09:00, four needs to service: a answered 10:00 and resolved 12:00 (on time, 3 h);
    // b answered Tuesday 10:00 (late: due 09:00) and resolved Thursday 10:00 (late: due 09:00);
    // c left open (overdue by Friday); d converted to a complaint (no result, closed).
    const qint64 a = record(u"need"_s, u"a"_s), b = record(u"need"_s, u"b"_s), c = record(u"need"_s, u"c"_s);
    const qint64 g = record(u"grievance"_s, u"g"_s); // customer relations, left open
    Q_UNUSED(c);
    Q_UNUSED(g);
    at(QDate(2026, 11, 23), QTime(10, 0));
    ASSERT_TRUE(s.answer(servicer, a, item(a).version, u"ok"_s).ok());
    at(QDate(2026, 11, 23), QTime(12, 0));
    ASSERT_TRUE(s.resolve(servicer, a, item(a).version, u"done"_s).ok());
    at(QDate(2026, 11, 24), QTime(10, 0));
    ASSERT_TRUE(s.answer(servicer, b, item(b).version, u"late"_s).ok());
    at(QDate(2026, 11, 26), QTime(10, 0));
    ASSERT_TRUE(s.resolve(servicer, b, item(b).version, u"done late"_s).ok());
    at(QDate(2026, 11, 27), QTime(9, 0));
    auto r = s.report(manager, QDate(2026, 11, 1), QDate(2026, 11, 30));
    ASSERT_TRUE(r.ok());
    const FeedbackFigureRow *service = nullptr;
    for (const FeedbackFigureRow &d : r->departments)
        if (d.code == u"service"_s)
            service = &d;
    ASSERT_NE(service, nullptr);
    EXPECT_EQ(service->received, 3);
    EXPECT_EQ(service->answered, 2);
    EXPECT_EQ(service->answeredOnTime, 1);
    EXPECT_EQ(service->resolved, 2);
    EXPECT_EQ(service->resolvedOnTime, 1);
    // Working hours to resolution on the store's hours: a 3 h; b Monday 8.5 + 9 + 9 + 1.5 = 28 h.
    EXPECT_EQ(service->timed, 2);
    EXPECT_EQ(service->workMinutes, (3 + 28) * 60);
    EXPECT_EQ(service->open, 3); // a and b wait to be told, c open
    EXPECT_EQ(service->overdue, 1);
    EXPECT_EQ(r->total.received, 4);
    EXPECT_EQ(r->total.overdue, 2); // c, and the grievance nobody answered
    ASSERT_EQ(r->categories.size(), 2);
    // The items behind a figure.
    auto late = s.itemsBehind(manager, QDate(2026, 11, 1), QDate(2026, 11, 30), serviceId, {}, u"answered_late"_s);
    ASSERT_TRUE(late.ok());
    QList<qint64> ids;
    for (const FeedbackItemRow &x : *late)
        ids << x.id;
    std::sort(ids.begin(), ids.end());
    EXPECT_EQ(ids, (QList<qint64>{b, c})); // b met late, c is still unanswered past its due time
    auto overdue = s.itemsBehind(manager, QDate(2026, 11, 1), QDate(2026, 11, 30), serviceId, {}, u"overdue"_s);
    ASSERT_TRUE(overdue.ok());
    ASSERT_EQ(overdue->size(), 1);
    EXPECT_EQ(overdue->first().id, c);
    // The owner's open list: what the servicer owns or their department has.
    FeedbackFilter mine;
    mine.memberOf = servicer.userId;
    auto list = s.list(servicer, mine);
    ASSERT_TRUE(list.ok());
    EXPECT_EQ(list->size(), 3);
    // Exported: a workbook with the three sheets, audited.
    QTemporaryDir dir;
    ASSERT_TRUE(s.exportReport(manager, *r, dir.filePath(u"feedback.xlsx"_s)).ok());
    EXPECT_TRUE(QFileInfo(dir.filePath(u"feedback.xlsx"_s)).size() > 0);
    EXPECT_EQ(s.exportReport(agent, *r, dir.filePath(u"no.xlsx"_s)).error().kind, Error::Kind::PermissionDenied);
}

CRM_INSTANTIATE_ENGINES(FeedbackServiceTest);
