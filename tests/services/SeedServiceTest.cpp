#include "TestDatabase.h"

#include "data/CustomerRepository.h"
#include "data/Migrator.h"
#include "services/SeedService.h"
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
    EXPECT_EQ(*repo.countCustomers(), 303);                  // 300 + 3 legacy duplicates to merge
    EXPECT_EQ(repo.duplicateMobiles(10)->size(), 3);
    EXPECT_GT(*repo.countVehicles(), 300);
    EXPECT_GT(*repo.countVisits(), 600);
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
    std::atomic<bool> cancel{false};
    int batches = 0;
    auto r = SeedService(ctx()).seedCustomers(Session::system(u"test"_s), 100, 5, [&](qint64, qint64) {
        if (++batches == 2)
            cancel = true;
    }, &cancel, 10);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(*data::CustomerRepository(db()).countCustomers(), 20);
}

TEST_P(SeedServiceTest, OnlyAnAdministratorSeeds)
{
    const Session agent{5, u"agent"_s, u"Agent"_s, Role::Agent};
    auto r = SeedService(ctx()).seedCustomers(agent, 10, 1);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, Error::Kind::PermissionDenied);
    EXPECT_EQ(*data::CustomerRepository(db()).countCustomers(), 0);
}

CRM_INSTANTIATE_ENGINES(SeedServiceTest);
