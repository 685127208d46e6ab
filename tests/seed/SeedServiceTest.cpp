#include "Indexes.h"
#include "TestDatabase.h"

#include "archives/data/CustomerRepository.h"
#include "data/Migrator.h"
#include "seed/SeedService.h"
#include "services/UserService.h"

#include <atomic>

using namespace crm;
using namespace crm::services;
using namespace Qt::StringLiterals;

class SeedServiceTest : public test::DbTest {};

TEST_P(SeedServiceTest, DemoHasEveryRoleAndRealisticArchives)
{
    SeedService seed(ctx());
    ASSERT_OK(seed.seedDemo(Session::system(u"test"_s)));
    UserService users(ctx());
    for (const DemoUser &u : SeedService::demoUsers()) {
        auto s = users.login(u.username, u.password);
        ASSERT_OK(s);
        EXPECT_EQ(s->role, u.role);
    }
    data::CustomerRepository repo(db());
    EXPECT_EQ(*repo.countCustomers(), 303); // 300 + 3 legacy duplicates to merge
    EXPECT_EQ(repo.duplicateMobiles(10)->size(), 3);
    EXPECT_GT(*repo.countVehicles(), 300);
    EXPECT_GT(*repo.countVisits(), 600);
    // Chinese data for a Chinese desk: no English tags, districts of the customer's own city,
    // and every member service booked for a car of the member's.
    EXPECT_EQ(db().scalar(u"SELECT COUNT(*) FROM customer_tags WHERE tag LIKE '%legacy%' OR tag LIKE '%DMS %'"_s)->toInt(), 0);
    EXPECT_EQ(db().scalar(u"SELECT COUNT(*) FROM customers WHERE city <> '广州' AND address LIKE '%天河区%'"_s)->toInt(), 0);
    EXPECT_EQ(db().scalar(u"SELECT COUNT(*) FROM member_services WHERE vehicle_id IS NULL"_s)->toInt(), 0);
    // The appointment book: four weeks worked through and two weeks ahead, every kind of ending.
    const QString today = QDateTime(m_clock.nowUtc()).toLocalTime().date().toString(Qt::ISODate);
    EXPECT_GT(
        db().scalar(u"SELECT COUNT(*) FROM appointments WHERE scheduled_at < ? AND status = 'completed'"_s, {today})->toInt(),
        60);
    EXPECT_GT(db().scalar(u"SELECT COUNT(*) FROM appointments WHERE scheduled_at > ? AND status = 'booked'"_s, {today})->toInt(),
              30);
    for (const char *status : {"no_show", "cancelled", "confirmed"})
        EXPECT_GT(db().scalar(u"SELECT COUNT(*) FROM appointments WHERE status = ?"_s, {QString::fromLatin1(status)})->toInt(), 0)
            << status;
    EXPECT_GT(db().scalar(u"SELECT COUNT(*) FROM appointments WHERE visit_id IS NOT NULL"_s)->toInt(), 5);
    EXPECT_EQ(db().scalar(u"SELECT COUNT(*) FROM appointments WHERE scheduled_at < ? AND status IN ('booked', 'confirmed')"_s,
                          {QDateTime(m_clock.nowUtc()).toLocalTime().addDays(-1).toString(u"yyyy-MM-ddTHH:mm"_s)})
                  ->toInt(),
              0); // nothing left open in the past
    // A second demo seed into the same database is refused, not doubled.
    EXPECT_FALSE(seed.seedDemo(Session::system(u"test"_s)).ok());
    EXPECT_EQ(*repo.countCustomers(), 303);
}

TEST_P(SeedServiceTest, SameSeedGivesTheSameRows)
{
    SeedService seed(ctx());
    const Session sys = Session::system(u"test"_s);
    ASSERT_OK(seed.seedCustomers(sys, 40, 99, {}, nullptr, 16));
    auto first = db().scalar(u"SELECT name || mobile FROM customers ORDER BY id LIMIT 1"_s);
    auto vins = db().scalar(u"SELECT COUNT(DISTINCT vin) FROM vehicles"_s);
    auto total = db().scalar(u"SELECT COUNT(*) FROM vehicles"_s);
    EXPECT_EQ(vins->toInt(), total->toInt());

    auto other = test::createEmptyDatabase(GetParam());
    ASSERT_OK(other);
    ASSERT_OK(data::Migrator(*other->db).migrate());
    ASSERT_OK(SeedService(Context{*other->db, m_clock}).seedCustomers(sys, 40, 99, {}, nullptr, 16));
    EXPECT_EQ(other->db->scalar(u"SELECT name || mobile FROM customers ORDER BY id LIMIT 1"_s)->toString(), first->toString());
    EXPECT_EQ(other->db->scalar(u"SELECT COUNT(*) FROM service_visits"_s)->toInt(),
              db().scalar(u"SELECT COUNT(*) FROM service_visits"_s)->toInt());
    test::dropDatabase(*other);
}

TEST_P(SeedServiceTest, CancelKeepsWholeBatchesOnly)
{
    const auto indexes = test::indexDefinitions(db());
    std::atomic<bool> cancel{false};
    int batches = 0;
    auto r = SeedService(ctx()).seedCustomers(
        Session::system(u"test"_s), 100, 5,
        [&](qint64, qint64) {
            if (++batches == 2)
                cancel = true;
        },
        &cancel, 10);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(*data::CustomerRepository(db()).countCustomers(), 20);
    EXPECT_EQ(test::indexDefinitions(db()), indexes); // a cancelled load builds what it dropped
}

TEST_P(SeedServiceTest, OnlyAnAdministratorSeeds)
{
    const Session agent{5, u"agent"_s, u"Agent"_s, Role::Agent};
    auto r = SeedService(ctx()).seedCustomers(agent, 10, 1);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, Error::Kind::PermissionDenied);
    EXPECT_EQ(*data::CustomerRepository(db()).countCustomers(), 0);
}

TEST_P(SeedServiceTest, ScaleActivityIsConsistentWithTheRulesAndTheModules)
{
    SeedService seed(ctx());
    const Session sys = Session::system(u"test"_s);
    const auto indexes = test::indexDefinitions(db());
    ASSERT_OK(seed.seedCustomers(sys, 400, 11, {}, nullptr, 100));
    auto rows = seed.seedActivity(sys, 11);
    ASSERT_OK(rows);
    // The load built the indexes it dropped, every one as the schema defines it.
    EXPECT_EQ(test::indexDefinitions(db()), indexes);
    auto count = [&](const QString &sql) { return db().scalar(sql)->toLongLong(); };
    if (GetParam() == data::Engine::Postgres) {
        // The bulk load ends with fresh planner statistics.
        EXPECT_EQ(count(u"SELECT COUNT(*) FROM pg_stat_user_tables WHERE relname IN ('customers', 'followup_tasks') "
                        "AND last_analyze IS NOT NULL"_s),
                  2);
    }
    // One after-service task per visit before today; each call belongs to its task's customer.
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM followup_tasks"_s),
              count(u"SELECT COUNT(*) FROM service_visits WHERE visit_date < '2026-11-22' AND deleted_at IS NULL"_s));
    EXPECT_EQ(
        count(
            u"SELECT COUNT(*) FROM followup_calls f JOIN followup_tasks t ON t.id = f.task_id WHERE f.customer_id <> t.customer_id"_s),
        0);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM followup_calls WHERE called_at >= '2026-11-22'"_s), 0);
    EXPECT_GT(count(u"SELECT COUNT(*) FROM followup_tasks WHERE status = 'open'"_s), 0);
    // Closed tasks say when, how and by whom, as the call desk writes them (the reports read that).
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM followup_tasks WHERE status IN ('done', 'unreachable') "
                    "AND (completed_day IS NULL OR outcome IS NULL OR completed_by IS NULL)"_s),
              0);
    EXPECT_GT(count(u"SELECT COUNT(*) FROM followup_tasks WHERE status = 'done' AND completed_day <= due_date"_s), 0);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM followup_tasks WHERE status = 'done' AND NOT EXISTS "
                    "(SELECT 1 FROM followup_calls f WHERE f.task_id = followup_tasks.id AND f.outcome = 'reached')"_s),
              0);
    // Club: balances equal the unexpired lots and the ledger; one active card per member.
    const qint64 members = count(u"SELECT COUNT(*) FROM club_members"_s);
    EXPECT_GT(members, 50);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM club_cards WHERE status = 'active'"_s), members);
    EXPECT_EQ(count(u"SELECT COALESCE(SUM(available), 0) FROM points_balances"_s),
              count(u"SELECT COALESCE(SUM(remaining), 0) FROM points_lots"_s));
    EXPECT_EQ(count(u"SELECT COALESCE(SUM(points), 0) FROM points_ledger"_s),
              count(u"SELECT COALESCE(SUM(remaining), 0) FROM points_lots"_s));
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM points_lots WHERE expires_on <= '2026-11-22'"_s), 0);
    // Complaints: 1 % of the customers, unique numbers, and the next registration continues the series.
    const qint64 complaints = count(u"SELECT COUNT(*) FROM complaints"_s);
    EXPECT_EQ(
        complaints,
        count(
            u"SELECT COUNT(*) FROM customers WHERE id % 100 = 7 AND EXISTS (SELECT 1 FROM vehicles v WHERE v.customer_id = customers.id)"_s));
    EXPECT_EQ(count(u"SELECT COUNT(DISTINCT number) FROM complaints"_s), complaints);
    EXPECT_EQ(*rows, count(u"SELECT COUNT(*) FROM followup_tasks"_s) + count(u"SELECT COUNT(*) FROM followup_calls"_s) +
                         count(u"SELECT COUNT(*) FROM points_ledger"_s) + 2 * members + complaints +
                         count(u"SELECT COUNT(*) FROM appointments"_s) + count(u"SELECT COUNT(*) FROM feedback_items"_s));
    // Feedback: one item for every fifth customer, each routed, with its deadlines; the closed
    // ones resolved, and never a result before the item was received.
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM feedback_items"_s),
              count(u"SELECT COUNT(*) FROM customers WHERE id % 5 = 0 AND deleted_at IS NULL"_s));
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM feedback_items WHERE department_id IS NULL OR resolve_due_at IS NULL"_s), 0);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM feedback_items WHERE status = 'closed' AND resolved_at IS NULL"_s), 0);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM feedback_items WHERE resolved_at < received_at"_s), 0);
    // Appointments: about one per two visits of the three years, each kept one credited by its
    // visit; the book's counters hold exactly the live ones.
    const qint64 appointments = count(u"SELECT COUNT(*) FROM appointments"_s);
    EXPECT_GT(appointments, count(u"SELECT COUNT(*) FROM service_visits WHERE visit_date >= '2023-11-22'"_s) / 3);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM appointments a JOIN service_visits s ON s.id = a.visit_id "
                    "WHERE s.vehicle_id <> a.vehicle_id OR substr(a.scheduled_at, 1, 10) <> s.visit_date"_s),
              0);
    EXPECT_EQ(count(u"SELECT COALESCE(SUM(booked), 0) FROM appointment_load WHERE slot = ''"_s),
              count(u"SELECT COUNT(*) FROM appointments WHERE status IN ('booked', 'confirmed', 'arrived', 'completed')"_s));
    // Running it again adds nothing twice (tasks and members are keyed).
    auto again = seed.seedActivity(sys, 11);
    ASSERT_OK(again);
    EXPECT_EQ(count(u"SELECT COUNT(DISTINCT customer_id) FROM club_members"_s), members);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM appointments"_s), appointments);
}

CRM_INSTANTIATE_ENGINES(SeedServiceTest);
