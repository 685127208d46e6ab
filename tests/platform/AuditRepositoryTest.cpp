#include "TestDatabase.h"

#include "data/AuditRepository.h"
#include "data/Transaction.h"

using namespace crm;
using namespace crm::data;
using namespace Qt::StringLiterals;

class AuditRepositoryTest : public test::DbTest {
protected:
    qint64 append(const QString &action, const QString &user = u"someone"_s)
    {
        AuditEntry e;
        e.at = u"2026-11-22T09:30:00Z"_s;
        e.username = user;
        e.action = action;
        e.entity = u"users"_s;
        e.entityId = u"1"_s;
        e.beforeJson = u"{\"role\":\"agent\"}"_s;
        auto id = AuditRepository(db()).append(e);
        EXPECT_TRUE(id.ok());
        return id ? *id : 0;
    }
};

TEST_P(AuditRepositoryTest, RowsCannotBeChangedOrDeleted)
{
    const qint64 id = append(u"update"_s);
    auto upd = db().exec(u"UPDATE audit_log SET action = 'nothing' WHERE id = ?"_s, {id});
    EXPECT_FALSE(upd.ok());
    auto del = db().exec(u"DELETE FROM audit_log WHERE id = ?"_s, {id});
    EXPECT_FALSE(del.ok());
    auto action = db().scalar(u"SELECT action FROM audit_log WHERE id = ?"_s, {id});
    ASSERT_OK(action);
    EXPECT_EQ(action->toString(), u"update"_s);
    if (GetParam() == Engine::Postgres) {
        EXPECT_FALSE(db().execRaw(u"TRUNCATE audit_log"_s).ok());
    }
}

TEST_P(AuditRepositoryTest, UsersCannotBeDeleted)
{
    ASSERT_OK(db().exec(u"INSERT INTO users(username, display_name, role, password_hash, created_at, updated_at) "
                        "VALUES ('x', 'X', 'agent', 'h', 'now', 'now')"_s));
    EXPECT_FALSE(db().exec(u"DELETE FROM users WHERE username = 'x'"_s).ok());
}

TEST_P(AuditRepositoryTest, PagesNewestFirstWithKeysetAndFilters)
{
    for (int i = 0; i < 25; ++i)
        append(i % 5 == 0 ? u"login_failed"_s : u"login"_s, i % 2 ? u"alice"_s : u"bob"_s);
    AuditRepository repo(db());
    auto first = repo.page({}, 0, 10);
    ASSERT_OK(first);
    ASSERT_EQ(first->size(), 10);
    EXPECT_GT(first->first().id, first->last().id);
    auto second = repo.page({}, first->last().id, 10);
    ASSERT_OK(second);
    ASSERT_EQ(second->size(), 10);
    EXPECT_LT(second->first().id, first->last().id);
    auto third = repo.page({}, second->last().id, 10);
    EXPECT_EQ(third->size(), 5);

    EXPECT_EQ(*repo.count({u"login_failed"_s, {}, {}}), 5);
    EXPECT_EQ(*repo.count({{}, {}, u"alice"_s}), 12);
    EXPECT_EQ(*repo.count({u"login"_s, u"users"_s, u"bob"_s}), 10);
    // A filter value is data, never SQL.
    EXPECT_EQ(*repo.count({u"' OR 1=1 --"_s, {}, {}}), 0);
}

CRM_INSTANTIATE_ENGINES(AuditRepositoryTest);
