// The summaries behind the board at scale, on both engines: the two member figures (migration
// 0014: the open window is read off the per-row "last" columns the triggers keep, a closed window
// is counted from the raw rows once and stored) and the follow-up rollup per due day, type and
// agent (migration 0015) — every write that could change them is seen.
#include "TestDatabase.h"

#include "archives/data/CustomerRepository.h"
#include "club/data/MemberFigures.h"

using namespace crm;
using namespace crm::data;
using namespace crm::services;
using namespace Qt::StringLiterals;

class BoardSummariesTest : public test::DbTest {
protected:
    Result<qint64> insertId(const QString &sql, const QVariantList &binds)
    {
        auto q = db().exec(sql + u" RETURNING id"_s, binds);
        if (!q)
            return q.error();
        const qint64 id = q->next() ? q->value(0).toLongLong() : 0;
        q->finish();
        return id;
    }
    qint64 customer(bool vip = false)
    {
        CustomerRow c;
        c.name = u"客户"_s + QString::number(++m_n);
        c.vip = vip;
        auto id = CustomerRepository(db()).insertCustomer(c, u"x"_s);
        EXPECT_TRUE(id.ok());
        return id.ok() ? *id : 0;
    }
    qint64 join(qint64 customerId)
    {
        auto id = insertId(u"INSERT INTO club_members (customer_id, joined_on, tier_since, created_by, created_at) "
                           "VALUES (?, '2025-01-01', '2025-01-01', 'x', '2025-01-01T00:00:00Z')"_s,
                           {customerId});
        EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().text().toStdString());
        return id.ok() ? *id : 0;
    }
    void call(qint64 customerId, const QString &at, const QString &outcome = u"reached"_s)
    {
        auto task = insertId(u"INSERT INTO followup_tasks(kind, source_key, customer_id, available, due_date, expires, status, "
                             "created_at, updated_at) VALUES ('service', ?, ?, '2025-01-01', '2025-01-01', '2027-01-01', 'open', "
                             "'2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')"_s,
                             {u"k%1"_s.arg(++m_n), customerId});
        ASSERT_OK(task);
        ASSERT_OK(db().exec(u"INSERT INTO followup_calls (task_id, customer_id, called_at, outcome) VALUES (?, ?, ?, ?)"_s,
                            {*task, customerId, at, outcome}));
    }
    void points(qint64 memberId, const QString &at, const QString &kind = u"earn"_s)
    {
        ASSERT_OK(db().exec(
            u"INSERT INTO points_ledger (member_id, at, kind, points, reason, created_by) VALUES (?, ?, ?, ?, 'test', 'x')"_s,
            {memberId, at, kind, kind == u"spend"_s ? -10 : 10}));
    }
    MemberCount count(MemberFigure f, const QDate &from, const QDate &to)
    {
        auto r = memberCount(ctx().db, ctx().clock, f, from, to);
        EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().text().toStdString());
        return r.ok() ? *r : MemberCount{-1, -1};
    }
    qint64 stored() { return db().scalar(u"SELECT COUNT(*) FROM member_figures"_s)->toLongLong(); }

    // The clock is 2026-11-22: November is open, October closed.
    const QDate novFrom{2026, 9, 1}, novTo{2026, 11, 30}, octFrom{2026, 8, 3}, octTo{2026, 10, 31};

private:
    int m_n = 0;
};

TEST_P(BoardSummariesTest, MembershipFlagFollowsTheClubAndVipStatus)
{
    const qint64 a = customer(), vip = customer(true), other = customer();
    const qint64 m = join(a);
    auto flag = [&](qint64 id) { return db().scalar(u"SELECT is_member FROM customers WHERE id = ?"_s, {id})->toInt(); };
    EXPECT_EQ(flag(a), 1);
    EXPECT_EQ(flag(vip), 1);
    EXPECT_EQ(flag(other), 0);
    ASSERT_OK(db().exec(u"UPDATE club_members SET status = 'cancelled' WHERE id = ?"_s, {m}));
    EXPECT_EQ(flag(a), 0);
    ASSERT_OK(db().exec(u"UPDATE customers SET vip = 1 WHERE id = ?"_s, {a}));
    EXPECT_EQ(flag(a), 1) << "a VIP is looked after as a member whatever the club says";
    ASSERT_OK(db().exec(u"UPDATE customers SET vip = 0 WHERE id = ?"_s, {vip}));
    EXPECT_EQ(flag(vip), 0);
    EXPECT_EQ(count(MemberFigure::Coverage, novFrom, novTo).total, 1);
}

TEST_P(BoardSummariesTest, TheOpenWindowIsReadOffTheLastColumnsAndAgreesWithTheRawRows)
{
    const qint64 a = customer(), b = customer(), c = customer(true), notMember = customer();
    join(a);
    join(b);
    call(a, u"2026-11-20T02:00:00Z"_s);
    call(a, u"2026-10-01T02:00:00Z"_s);
    call(b, u"2026-11-21T02:00:00Z"_s, u"no_answer"_s);
    call(c, u"2026-08-01T02:00:00Z"_s); // before the 90 days
    call(notMember, u"2026-11-21T02:00:00Z"_s);
    MemberCount open = count(MemberFigure::Coverage, novFrom, novTo);
    EXPECT_EQ(open.total, 3);
    EXPECT_EQ(open.counted, 1);
    EXPECT_EQ(stored(), 0) << "an open window is never stored";
    call(b, u"2026-11-22T01:00:00Z"_s);
    EXPECT_EQ(count(MemberFigure::Coverage, novFrom, novTo).counted, 2);
    // A deleted reached call no longer counts (the last column is recomputed).
    ASSERT_OK(db().exec(u"DELETE FROM followup_calls WHERE customer_id = ? AND outcome = 'reached'"_s, {b}));
    EXPECT_EQ(count(MemberFigure::Coverage, novFrom, novTo).counted, 1);
    // A customer soft-deleted is no member of the figure.
    ASSERT_OK(db().exec(u"UPDATE customers SET deleted_at = '2026-11-22T00:00:00Z' WHERE id = ?"_s, {a}));
    open = count(MemberFigure::Coverage, novFrom, novTo);
    EXPECT_EQ(open.total, 2);
    EXPECT_EQ(open.counted, 0);
}

TEST_P(BoardSummariesTest, AClosedWindowIsStoredAndForgottenByAnEntryDatedInsideIt)
{
    const qint64 a = customer(), b = customer();
    join(a);
    join(b);
    call(a, u"2026-10-10T02:00:00Z"_s);
    call(b, u"2026-11-05T02:00:00Z"_s); // after October's window: does not count for it
    MemberCount oct = count(MemberFigure::Coverage, octFrom, octTo);
    EXPECT_EQ(oct.total, 2);
    EXPECT_EQ(oct.counted, 1);
    EXPECT_EQ(stored(), 1);
    EXPECT_EQ(count(MemberFigure::Coverage, octFrom, octTo).counted, 1) << "read back";
    call(a, u"2026-11-21T02:00:00Z"_s);
    EXPECT_EQ(stored(), 1) << "a call after the window keeps the stored figure";
    call(b, u"2026-10-30T02:00:00Z"_s); // entered late (an import)
    EXPECT_EQ(stored(), 0);
    EXPECT_EQ(count(MemberFigure::Coverage, octFrom, octTo).counted, 2);
}

TEST_P(BoardSummariesTest, ActiveMembersOpenAndClosed)
{
    const qint64 m1 = join(customer()), m2 = join(customer()), m3 = join(customer());
    const QDate yearFrom = novTo.addDays(1).addMonths(-12), octYearFrom = octTo.addDays(1).addMonths(-12);
    points(m1, u"2026-11-02T02:00:00Z"_s);
    points(m2, u"2026-10-15T02:00:00Z"_s, u"spend"_s);
    points(m3, u"2026-11-02T02:00:00Z"_s, u"expire"_s); // not activity
    points(m3, u"2025-06-02T02:00:00Z"_s);              // too old
    EXPECT_EQ(count(MemberFigure::Active, yearFrom, novTo).counted, 2);
    EXPECT_EQ(count(MemberFigure::Active, octYearFrom, octTo).counted, 1);
    EXPECT_EQ(stored(), 1);
    points(m1, u"2026-11-03T02:00:00Z"_s);
    EXPECT_EQ(stored(), 1);
    points(m3, u"2026-03-01T02:00:00Z"_s);
    EXPECT_EQ(stored(), 0);
    EXPECT_EQ(count(MemberFigure::Active, octYearFrom, octTo).counted, 2);
    EXPECT_EQ(count(MemberFigure::Active, yearFrom, novTo).counted, 3);
}

TEST_P(BoardSummariesTest, TheFollowupRollupMatchesTheTasksAfterEveryKindOfChange)
{
    const qint64 c = customer();
    const auto a1 = test::insertUser(db(), u"a1"_s, u"坐席一"_s, Role::Agent),
               a2 = test::insertUser(db(), u"a2"_s, u"坐席二"_s, Role::Agent);
    auto add = [&](const QString &key, const QString &kind, const QString &due, const QString &status, QVariant agent) {
        ASSERT_OK(db().exec(
            u"INSERT INTO followup_tasks(kind, source_key, customer_id, available, due_date, expires, status, assigned_to, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, '2027-01-01', ?, ?, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"_s,
            {kind, key, c, due, due, status, agent}));
    };
    const QString raw = u"SELECT due_date, kind, COALESCE(completed_by, assigned_to, 0), COUNT(*), "
                        "SUM(CASE WHEN status IN ('done', 'unreachable') THEN 1 ELSE 0 END), "
                        "SUM(CASE WHEN status IN ('done', 'unreachable') AND completed_day <= due_date THEN 1 ELSE 0 END), "
                        "SUM(CASE WHEN outcome = 'reached' THEN 1 ELSE 0 END) FROM followup_tasks WHERE status <> 'cancelled' "
                        "GROUP BY due_date, kind, COALESCE(completed_by, assigned_to, 0) ORDER BY 1, 2, 3"_s;
    const QString rolled = u"SELECT due_date, kind, agent_id, due, completed, on_time, reached FROM followup_task_days "
                           "WHERE due > 0 ORDER BY 1, 2, 3"_s;
    auto rows = [&](const QString &sql) {
        QStringList out;
        auto q = db().exec(sql);
        EXPECT_TRUE(q.ok());
        while (q.ok() && q->next()) {
            QStringList r;
            for (int i = 0; i < 7; ++i)
                r << q->value(i).toString();
            out << r.join(u'|');
        }
        return out;
    };
    add(u"1"_s, u"service"_s, u"2026-11-03"_s, u"open"_s, a1.userId);
    add(u"2"_s, u"service"_s, u"2026-11-03"_s, u"open"_s, a1.userId);
    add(u"3"_s, u"birthday"_s, u"2026-11-04"_s, u"open"_s, QVariant());
    add(u"4"_s, u"service"_s, u"2026-11-05"_s, u"cancelled"_s, a2.userId);
    EXPECT_EQ(rows(rolled), rows(raw));
    EXPECT_EQ(rows(rolled).size(), 2);
    // The call desk closes one on time and one late by the other agent; a task is reassigned,
    // one cancelled, one brought back, one re-dated, one deleted.
    ASSERT_OK(db().exec(
        u"UPDATE followup_tasks SET status = 'done', completed_day = '2026-11-03', completed_by = ?, outcome = 'reached' "
        "WHERE source_key = '1'"_s,
        {a1.userId}));
    ASSERT_OK(db().exec(u"UPDATE followup_tasks SET status = 'unreachable', completed_day = '2026-11-06', completed_by = ?, "
                        "outcome = 'no_answer' WHERE source_key = '2'"_s,
                        {a2.userId}));
    EXPECT_EQ(rows(rolled), rows(raw));
    ASSERT_OK(db().exec(u"UPDATE followup_tasks SET assigned_to = ? WHERE source_key = '3'"_s, {a2.userId}));
    ASSERT_OK(db().exec(u"UPDATE followup_tasks SET status = 'open' WHERE source_key = '4'"_s));
    ASSERT_OK(db().exec(u"UPDATE followup_tasks SET status = 'cancelled' WHERE source_key = '1'"_s));
    ASSERT_OK(db().exec(u"UPDATE followup_tasks SET due_date = '2026-11-09' WHERE source_key = '2'"_s));
    ASSERT_OK(db().exec(u"UPDATE followup_tasks SET updated_at = '2026-11-10T00:00:00Z'"_s)); // counts nothing
    EXPECT_EQ(rows(rolled), rows(raw));
    ASSERT_OK(db().exec(u"DELETE FROM followup_tasks WHERE source_key = '3'"_s));
    EXPECT_EQ(rows(rolled), rows(raw));
    // A bulk statement (many rows at once) is one trigger call on PostgreSQL.
    ASSERT_OK(db().exec(u"UPDATE followup_tasks SET assigned_to = ? WHERE status = 'open'"_s, {a1.userId}));
    EXPECT_EQ(rows(rolled), rows(raw));
    EXPECT_EQ(rows(rolled).size(), 2);
}

CRM_INSTANTIATE_ENGINES(BoardSummariesTest);
