// Complaints on hand-computed times: numbering across month and year ends and under two desks
// at once, every step allowed and refused, the linked reopening, deadlines over a holiday week
// and a pause, reminders raised once, the version conflict, the return visit, the statistics.
#include "TestDatabase.h"

#include "archives/data/CustomerRepository.h"
#include "complaints/services/ComplaintService.h"
#include "data/Transaction.h"
#include "data/UserRepository.h"

#include <QProcess>
#include <QTemporaryDir>
#include <thread>

using namespace crm;
using namespace crm::data;
using namespace crm::services;
using namespace crm::complaints;
using namespace Qt::StringLiterals;

class ComplaintServiceTest : public test::DbTest {
protected:
    void SetUp() override
    {
        DbTest::SetUp();
        if (HasFatalFailure() || IsSkipped())
            return;
        agent = user(u"agent"_s, u"李晓红"_s, Role::Agent);
        manager = user(u"boss"_s, u"张经理"_s, Role::Manager);
        Transaction tx(db());
        CustomerRow c;
        c.name = u"赵先生"_s;
        c.mobile = u"13800138000"_s;
        customerId = *CustomerRepository(db()).insertCustomer(c, u"x"_s);
        EXPECT_TRUE(tx.commit().ok());
        at(QDate(2026, 9, 30), QTime(10, 0));
    }
    Session user(const QString &name, const QString &display, Role role) { return test::insertUser(db(), name, display, role); }
    void at(const QDate &d, const QTime &t) { m_clock.set(QDateTime(d, t).toUTC()); }
    ComplaintInput input(const QString &level = u"normal"_s)
    {
        ComplaintInput in;
        in.customerId = customerId;
        in.channel = u"phone"_s;
        in.category = u"repair_quality"_s;
        in.level = level;
        in.oemTicket = level == u"normal"_s ? QString() : u"FAW-2026-0001"_s;
        in.description = u"保养后异响"_s;
        in.demand = u"免费复检"_s;
        return in;
    }
    StepResult walk(qint64 id, Step s, const Session &who)
    {
        auto c = ComplaintService(ctx()).view(who, id);
        EXPECT_TRUE(c.ok());
        StepInput in;
        in.step = s;
        in.department = u"售后服务部"_s;
        in.responsible = u"陈刚"_s;
        in.rootCause = u"隔热垫未装好"_s;
        in.solution = u"免费重新安装并赠送一次保养"_s;
        in.compensationFen = 20000;
        in.customerReply = u"满意"_s;
        in.note = u"说明"_s;
        auto r = ComplaintService(ctx()).step(who, id, c->row.version, in);
        EXPECT_TRUE(r.ok()) << (r.ok() ? std::string() : r.error().text().toStdString());
        return r.ok() ? *r : StepResult{};
    }
    Session agent, manager;
    qint64 customerId = 0;
};

TEST_P(ComplaintServiceTest, NumbersRestartEachMonthAndAcrossTheYear)
{
    ComplaintService s(ctx());
    at(QDate(2026, 11, 30), QTime(23, 50));
    EXPECT_EQ(s.registerComplaint(agent, input())->number, u"TS-2611-0001"_s);
    EXPECT_EQ(s.registerComplaint(agent, input())->number, u"TS-2611-0002"_s);
    at(QDate(2026, 12, 1), QTime(0, 10));
    EXPECT_EQ(s.registerComplaint(agent, input())->number, u"TS-2612-0001"_s);
    at(QDate(2027, 1, 1), QTime(9, 0));
    EXPECT_EQ(s.registerComplaint(agent, input())->number, u"TS-2701-0001"_s);
    // Bad input: a clear message, nothing drawn.
    ComplaintInput bad = input(u"escalated"_s);
    bad.oemTicket.clear();
    EXPECT_EQ(s.registerComplaint(agent, bad).error().kind, Error::Kind::Invalid);
    bad = input();
    bad.description = u"  "_s;
    EXPECT_EQ(s.registerComplaint(agent, bad).error().kind, Error::Kind::Invalid);
    EXPECT_EQ(s.registerComplaint(agent, input())->number, u"TS-2701-0002"_s);
    const Session archivist{0, u"arch"_s, u"档案员"_s, Role::Archivist};
    EXPECT_EQ(s.registerComplaint(archivist, input()).error().kind, Error::Kind::PermissionDenied);
}

TEST_P(ComplaintServiceTest, TwoDesksRegisteringAtOnceNeverShareANumber)
{
    auto desk = [&](QStringList *numbers) {
        auto other = Database::open(testDb().spec);
        ASSERT_TRUE(other.ok());
        FixedClock clock(m_clock.nowUtc());
        ComplaintService s(Context{**other, clock});
        for (int i = 0; i < 15; ++i) {
            auto r = s.registerComplaint(agent, input());
            ASSERT_TRUE(r.ok()) << r.error().text().toStdString();
            numbers->append(r->number);
        }
    };
    QStringList a, b;
    std::thread t1(desk, &a), t2(desk, &b);
    t1.join();
    t2.join();
    QStringList all = a + b;
    ASSERT_EQ(all.size(), 30);
    all.removeDuplicates();
    EXPECT_EQ(all.size(), 30);
    EXPECT_TRUE(all.contains(u"TS-2609-0030"_s));
}

TEST_P(ComplaintServiceTest, OnlyTheAllowedStepsAndTheManagersOwn)
{
    ComplaintService s(ctx());
    const qint64 id = s.registerComplaint(agent, input())->id;
    StepInput approve;
    approve.step = Step::Approve;
    EXPECT_EQ(s.step(manager, id, 1, approve).error().kind, Error::Kind::Invalid); // registered cannot be approved
    StepInput investigate;
    investigate.step = Step::Investigate;
    EXPECT_EQ(s.step(agent, id, 1, investigate).error().kind, Error::Kind::Invalid); // department and person missing
    walk(id, Step::Investigate, agent);
    walk(id, Step::Propose, agent);
    auto view = s.view(agent, id);
    ASSERT_OK(view);
    EXPECT_TRUE(view->allowed.isEmpty()); // approving is the manager's
    EXPECT_EQ(s.step(agent, id, view->row.version, approve).error().kind, Error::Kind::PermissionDenied);
    walk(id, Step::SendBack, manager);
    EXPECT_EQ(s.view(agent, id)->row.status, u"investigating"_s);
    walk(id, Step::Propose, agent);
    walk(id, Step::Approve, manager);
    walk(id, Step::Inform, agent);
    StepInput invalidate;
    invalidate.step = Step::Invalidate;
    invalidate.note = u"x"_s;
    EXPECT_EQ(s.step(agent, id, s.view(agent, id)->row.version, invalidate).error().kind, Error::Kind::Invalid);
    const StepResult closed = walk(id, Step::Accept, agent);
    EXPECT_EQ(closed.row.status, u"closed"_s);
    EXPECT_TRUE(closed.row.accepted.value_or(false));
    EXPECT_TRUE(closed.returnVisitRaised);
    EXPECT_EQ(db().scalar(u"SELECT COUNT(*) FROM followup_tasks WHERE kind = 'complaint_return' AND source_key = ?"_s,
                          {u"complaint:"_s + QString::number(id)})
                  ->toInt(),
              1);
    // The record of every step, in order.
    QStringList actions;
    const auto finalView = s.view(agent, id);
    ASSERT_OK(finalView);
    for (const ComplaintEvent &e : finalView->events)
        actions << e.action;
    EXPECT_EQ(actions, (QStringList{u"register"_s, u"investigate"_s, u"propose"_s, u"send_back"_s, u"propose"_s, u"approve"_s,
                                    u"inform"_s, u"accept"_s}));
    // Not established: from registered, with a reason.
    const qint64 other = s.registerComplaint(agent, input())->id;
    invalidate.note.clear();
    EXPECT_EQ(s.step(agent, other, 1, invalidate).error().kind, Error::Kind::Invalid);
    invalidate.note = u"车辆非本店售出且未在本店维修"_s;
    ASSERT_OK(s.step(agent, other, 1, invalidate));
    EXPECT_EQ(s.view(agent, other)->row.invalidReason, invalidate.note);
}

TEST_P(ComplaintServiceTest, NotAcceptedOpensALinkedEscalatedComplaint)
{
    ComplaintService s(ctx());
    const auto first = s.registerComplaint(agent, input());
    ASSERT_OK(first);
    for (Step st : {Step::Investigate, Step::Propose})
        walk(first->id, st, agent);
    walk(first->id, Step::Approve, manager);
    walk(first->id, Step::Inform, agent);
    const StepResult r = walk(first->id, Step::NotAccepted, agent);
    ASSERT_GT(r.reopenedId, 0);
    EXPECT_EQ(r.row.status, u"closed"_s);
    EXPECT_FALSE(r.row.accepted.value_or(true));
    auto again = s.view(agent, r.reopenedId);
    ASSERT_OK(again);
    EXPECT_EQ(again->row.parentId, first->id);
    EXPECT_EQ(again->row.parentNumber, first->number);
    EXPECT_EQ(again->row.level, u"escalated"_s);
    EXPECT_EQ(again->row.number, u"TS-2609-0002"_s);
    EXPECT_TRUE(again->row.description.contains(first->number));
    EXPECT_EQ(s.view(agent, first->id)->linked.size(), 1);
    EXPECT_EQ(db().scalar(u"SELECT COUNT(*) FROM followup_tasks WHERE kind = 'complaint_return'"_s)->toInt(),
              0); // not accepted: no survey yet
}

TEST_P(ComplaintServiceTest, DeadlinesOverTheNationalDayWeekAndAPause)
{
    ComplaintService s(ctx());
    // Registered Wednesday 30 September 2026 10:00; 1–7 October are holidays, Saturday 10 October is worked.
    const qint64 id = s.registerComplaint(agent, input())->id;
    auto view = s.view(agent, id);
    ASSERT_OK(view);
    const auto &d = view->deadlines;
    EXPECT_EQ(d[0].dueAt, QDateTime(QDate(2026, 10, 8), QTime(10, 0)));  // 24 h: 14 h on the 30th, 10 h on the 8th
    EXPECT_EQ(d[0].warnAt, QDateTime(QDate(2026, 10, 8), QTime(5, 12))); // 80 % = 19 h 12 min
    EXPECT_EQ(d[1].dueAt, QDateTime(QDate(2026, 10, 10), QTime(10, 0))); // 72 h: 14 + 24 + 24, then 10 h on the worked Saturday
    EXPECT_EQ(d[2].dueAt, QDateTime(QDate(2026, 10, 15), QTime(10, 0))); // 168 h: Sunday the 11th not counted
    EXPECT_EQ(d[0].state, Deadline::State::Pending);
    // Waiting on the customer for a full working day moves the running deadlines by a day.
    at(QDate(2026, 10, 8), QTime(10, 0));
    ASSERT_OK(s.pause(agent, id, 1, u"等客户提供维修单据"_s));
    at(QDate(2026, 10, 9), QTime(10, 0));
    ASSERT_OK(s.resume(agent, id, 2));
    view = s.view(agent, id);
    EXPECT_EQ(view->deadlines[2].dueAt, QDateTime(QDate(2026, 10, 16), QTime(10, 0)));
    EXPECT_EQ(view->deadlines[2].pausedMin, 24 * 60);
    EXPECT_EQ(view->deadlines[0].state, Deadline::State::Overdue); // the response was due on the 8th at 10:00
    // A manager extends the closure by 8 working hours, with a reason.
    EXPECT_EQ(s.extend(agent, id, 3, DeadlineKind::Closure, 8, u"x"_s).error().kind, Error::Kind::PermissionDenied);
    EXPECT_EQ(s.extend(manager, id, 3, DeadlineKind::Closure, 8, u" "_s).error().kind, Error::Kind::Invalid);
    ASSERT_OK(s.extend(manager, id, 3, DeadlineKind::Closure, 8, u"等待厂家配件"_s));
    EXPECT_EQ(s.view(agent, id)->deadlines[2].dueAt, QDateTime(QDate(2026, 10, 16), QTime(18, 0)));
    EXPECT_GT(db().scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'extend'"_s)->toInt(), 0);
}

TEST_P(ComplaintServiceTest, RemindersAreRaisedOnceAndListedForAttention)
{
    ComplaintService s(ctx());
    const qint64 id = s.registerComplaint(agent, input())->id;
    EXPECT_EQ(s.raiseReminders(agent).value(), 0);
    at(QDate(2026, 10, 8), QTime(6, 0)); // past the 80 % warning of the first response
    EXPECT_EQ(s.raiseReminders(agent).value(), 1);
    EXPECT_EQ(s.raiseReminders(agent).value(), 0); // once
    at(QDate(2026, 10, 8), QTime(11, 0));          // overdue now
    EXPECT_EQ(s.raiseReminders(agent).value(), 1);
    auto attention = s.needsAttention(manager);
    ASSERT_OK(attention);
    ASSERT_EQ(attention->size(), 1);
    EXPECT_EQ(attention->first().row.id, id);
    EXPECT_EQ(attention->first().worst.state, Deadline::State::Overdue);
    EXPECT_EQ(attention->first().worst.kind, DeadlineKind::Response);
    EXPECT_EQ(db().scalar(u"SELECT COUNT(*) FROM complaint_events WHERE action = 'remind'"_s)->toInt(), 2);
    // Responding ends the chase for that deadline.
    walk(id, Step::Investigate, agent);
    EXPECT_TRUE(s.needsAttention(manager)->isEmpty());
}

TEST_P(ComplaintServiceTest, TheSecondSaveIsToldWhoChangedTheCase)
{
    ComplaintService s(ctx());
    const qint64 id = s.registerComplaint(agent, input())->id;
    // Both open version 1. The manager changes the level first.
    ComplaintInput mine = input();
    mine.level = u"escalated"_s;
    mine.oemTicket = u"FAW-1"_s;
    ASSERT_OK(s.edit(manager, id, 1, mine));
    ComplaintInput theirs = input();
    theirs.demand = u"退款"_s;
    const Status late = s.edit(agent, id, 1, theirs);
    ASSERT_FALSE(late.ok());
    EXPECT_EQ(late.error().kind, Error::Kind::Conflict);
    EXPECT_TRUE(late.error().message.contains(u"张经理"_s)); // by name, not the log-in
    EXPECT_TRUE(late.error().message.contains(u"level"_s));
    EXPECT_EQ(s.view(agent, id)->row.demand, u"免费复检"_s); // nothing overwritten
}

TEST_P(ComplaintServiceTest, StatisticsAndTheRegisterExport)
{
    ComplaintService s(ctx());
    // Two repair-quality complaints (one closed on time), one service-attitude complaint open.
    const qint64 a = s.registerComplaint(agent, input())->id;
    ASSERT_OK(s.registerComplaint(agent, input()));
    ComplaintInput attitude = input();
    attitude.category = u"service_attitude"_s;
    ASSERT_OK(s.registerComplaint(agent, attitude));
    // An hour waiting on the customer is not the store's handling time.
    at(QDate(2026, 10, 8), QTime(7, 0));
    ASSERT_OK(s.pause(agent, a, 1, u"等客户提供维修单据"_s));
    at(QDate(2026, 10, 8), QTime(8, 0));
    ASSERT_OK(s.resume(agent, a, 2));
    at(QDate(2026, 10, 8), QTime(10, 0));
    for (Step st : {Step::Investigate, Step::Propose})
        walk(a, st, agent);
    walk(a, Step::Approve, manager);
    walk(a, Step::Inform, agent);
    walk(a, Step::Accept, agent); // 14 h + 10 h - the hour's pause = 23 working hours after registration
    auto stats = s.statistics(manager, QDate(2026, 9, 1), QDate(2026, 10, 31), u"category"_s);
    ASSERT_OK(stats);
    ASSERT_EQ(stats->rows.size(), 2);
    EXPECT_EQ(stats->rows[0].key, u"repair_quality"_s);
    EXPECT_EQ(stats->rows[0].count, 2);
    EXPECT_EQ(stats->rows[0].closed, 1);
    EXPECT_EQ(stats->rows[0].closedOnTime, 1);
    EXPECT_DOUBLE_EQ(stats->rows[0].averageHours(), 23.0);
    EXPECT_EQ(stats->total.count, 3);
    EXPECT_EQ(stats->total.open, 2);
    QTemporaryDir dir;
    const QString csv = dir.filePath(u"register.csv"_s);
    EXPECT_EQ(s.exportRegister(agent, {}, csv).error().kind, Error::Kind::PermissionDenied);
    ASSERT_OK(s.exportRegister(manager, {}, csv));
    QFile f(csv);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    EXPECT_EQ(text.count(u"TS-2609-"_s), 3);
    EXPECT_TRUE(text.contains(u"yes"_s));
}

TEST_P(ComplaintServiceTest, EvidenceIsFiledInTheArchiveAndLinkedToTheCase)
{
    ComplaintService s(ctx());
    const auto c = s.registerComplaint(agent, input());
    ASSERT_OK(c);
    QTemporaryDir dir;
    const QString photo = dir.filePath(u"异响录像.mp4"_s);
    QFile f(photo);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("not really a video");
    f.close();
    EXPECT_EQ(s.attachDocument(Session{0, u"arch"_s, u"档案员"_s, Role::Archivist}, c->id, photo).error().kind,
              Error::Kind::PermissionDenied);
    EXPECT_FALSE(s.attachDocument(agent, c->id, dir.filePath(u"missing.jpg"_s)).ok());
    ASSERT_OK(s.attachDocument(manager, c->id, photo)); // managers attach evidence too
    auto files = s.attachments(c->id);
    ASSERT_OK(files);
    ASSERT_EQ(files->size(), 1);
    EXPECT_EQ(files->first().fileName, u"异响录像.mp4"_s);
    EXPECT_EQ(db().scalar(u"SELECT archive_location FROM documents"_s)->toString(), c->number);
}

TEST_P(ComplaintServiceTest, CliRegisterAndOverdue)
{
    ASSERT_OK(ComplaintService(ctx()).registerComplaint(agent, input())); // 30 September: long overdue by the real clock
    const QString target = test::connectionUrl(testDb());
    QTemporaryDir dir;
    const QString file = dir.filePath(u"2026-09.xlsx"_s);
    QProcess reg;
    reg.start(QStringLiteral(CRM_CLI_PATH),
              {u"-d"_s, target, u"complaints"_s, u"register"_s, u"--month"_s, u"2026-09"_s, u"--out"_s, file});
    ASSERT_TRUE(reg.waitForFinished(60000));
    EXPECT_EQ(reg.exitCode(), 0) << reg.readAllStandardError().toStdString();
    EXPECT_TRUE(QFile::exists(file));
    QProcess overdue;
    overdue.start(QStringLiteral(CRM_CLI_PATH), {u"-d"_s, target, u"complaints"_s, u"overdue"_s, u"--json"_s});
    ASSERT_TRUE(overdue.waitForFinished(60000));
    EXPECT_EQ(overdue.exitCode(), 0) << overdue.readAllStandardError().toStdString();
    const QString text = QString::fromUtf8(overdue.readAllStandardOutput());
    EXPECT_TRUE(text.contains(u"\"number\":\"TS-2609-0001\""_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"\"state\":\"overdue\""_s));
    EXPECT_EQ(db().scalar(u"SELECT COUNT(*) FROM complaint_reminders"_s)->toInt(), 3); // every deadline, once
    QProcess bad;
    bad.start(QStringLiteral(CRM_CLI_PATH), {u"-d"_s, target, u"complaints"_s, u"register"_s, u"--month"_s, u"2026/09"_s});
    ASSERT_TRUE(bad.waitForFinished(60000));
    EXPECT_EQ(bad.exitCode(), 2);
}

CRM_INSTANTIATE_ENGINES(ComplaintServiceTest);
