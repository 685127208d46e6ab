#include "Indexes.h"
#include "TestDatabase.h"

#include "data/DeferredIndexes.h"
#include "data/Migrator.h"

using namespace crm;
using namespace crm::data;
using namespace Qt::StringLiterals;

class DeferredIndexesTest : public test::DbTest {};

// A bulk load takes the tables' non-unique indexes away (the kept one and the unique ones stay)
// and builds exactly the same ones again.
TEST_P(DeferredIndexesTest, DropsTheSecondaryIndexesAndBuildsTheSameAgain)
{
    const auto before = test::indexDefinitions(db());
    ASSERT_TRUE(before.contains(u"followup_tasks_queue"_s));
    ASSERT_TRUE(before.contains(u"customers_mobile"_s));
    {
        DeferredIndexes deferred(db(), {u"followup_tasks"_s, u"customers"_s}, {u"customers_mobile"_s});
        ASSERT_OK(deferred.drop());
        const auto during = test::indexDefinitions(db());
        EXPECT_FALSE(during.contains(u"followup_tasks_queue"_s));
        EXPECT_FALSE(during.contains(u"customers_name"_s));
        EXPECT_TRUE(during.contains(u"customers_mobile"_s));
        EXPECT_TRUE(during.contains(u"vehicles_customer"_s)); // another table
        // The unique ones are constraints: a task's source stays unique during the load.
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            if (it.value().contains(u"UNIQUE"_s, Qt::CaseInsensitive) || it.value().isEmpty()) {
                EXPECT_TRUE(during.contains(it.key())) << it.key().toStdString();
            }
        }
        auto pending = DeferredIndexes::pending(db());
        ASSERT_OK(pending);
        EXPECT_TRUE(pending->contains(u"followup_tasks_queue"_s));
        EXPECT_EQ(pending->size(), before.size() - during.size());
        ASSERT_OK(deferred.restore());
    }
    EXPECT_EQ(test::indexDefinitions(db()), before);
    EXPECT_TRUE(DeferredIndexes::pending(db())->isEmpty());
}

// A load that never finished (the process died after the drop) leaves its indexes to the next
// migrate, which builds them before anyone works on the database.
TEST_P(DeferredIndexesTest, AnInterruptedLoadsIndexesAreBuiltByTheNextMigrate)
{
    const auto before = test::indexDefinitions(db());
    auto *interrupted = new DeferredIndexes(db(), {u"service_visits"_s, u"vehicles"_s});
    ASSERT_OK(interrupted->drop());
    ASSERT_LT(test::indexDefinitions(db()).size(), before.size());
    ASSERT_OK(Migrator(db()).migrate());
    EXPECT_EQ(test::indexDefinitions(db()), before);
    EXPECT_TRUE(DeferredIndexes::pending(db())->isEmpty());
    delete interrupted; // finds nothing left to build
    EXPECT_EQ(test::indexDefinitions(db()), before);
}

CRM_INSTANTIATE_ENGINES(DeferredIndexesTest);
