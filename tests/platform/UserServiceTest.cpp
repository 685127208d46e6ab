#include "TestDatabase.h"

#include "data/AuditRepository.h"
#include "data/UserRepository.h"
#include "services/UserService.h"

using namespace crm;
using namespace crm::services;
using namespace Qt::StringLiterals;

class UserServiceTest : public test::DbTest {
protected:
    Session admin()
    {
        auto s = UserService(ctx()).createFirstAdmin({u"admin"_s, u"管理员"_s, Role::Admin, u"correct horse"_s});
        EXPECT_TRUE(s.ok()) << (s ? "" : s.error().text().toStdString());
        return s ? *s : Session{};
    }
    qint64 auditCount(const QString &action) { return *data::AuditRepository(db()).count({action, {}, {}}); }
};

TEST_P(UserServiceTest, FirstAdminOnlyOnAnEmptyDatabase)
{
    UserService users(ctx());
    EXPECT_TRUE(*users.needsFirstAdmin());
    const Session a = admin();
    EXPECT_EQ(a.role, Role::Admin);
    EXPECT_FALSE(*users.needsFirstAdmin());
    auto second = users.createFirstAdmin({u"eve"_s, u"Eve"_s, Role::Admin, u"password123"_s});
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.error().kind, Error::Kind::Conflict);
}

TEST_P(UserServiceTest, LoginVerifiesThePasswordAndAuditsBothOutcomes)
{
    admin();
    UserService users(ctx());
    auto bad = users.login(u"admin"_s, u"wrong password"_s);
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().kind, Error::Kind::Auth);
    EXPECT_EQ(auditCount(u"login_failed"_s), 1);
    auto unknown = users.login(u"nobody"_s, u"whatever1"_s);
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().message, bad.error().message); // no hint which part was wrong
    auto ok = users.login(u"  ADMIN "_s, u"correct horse"_s);
    ASSERT_OK(ok);
    EXPECT_EQ(ok->username, u"admin"_s);
    EXPECT_EQ(auditCount(u"login"_s), 1);
}

TEST_P(UserServiceTest, RepeatedFailedSignInsLockTheAccountUntilTimeOrAReset)
{
    const Session a = admin();
    UserService users(ctx());
    auto id = users.add(a, {u"agent1"_s, u"李晓红"_s, Role::Agent, u"first password"_s});
    ASSERT_OK(id);
    // Four wrong passwords (the default locks at five), then the right one resets the count.
    for (int i = 0; i < 4; ++i)
        EXPECT_FALSE(users.login(u"agent1"_s, u"guess %1"_s.arg(i)).ok());
    ASSERT_OK(users.login(u"agent1"_s, u"first password"_s));
    for (int i = 0; i < 4; ++i)
        EXPECT_FALSE(users.login(u"agent1"_s, u"guess %1"_s.arg(i)).ok());
    // The fifth in a row locks it; now even the right password is refused, saying until when.
    auto fifth = users.login(u"agent1"_s, u"guess 5"_s);
    ASSERT_FALSE(fifth.ok());
    EXPECT_EQ(auditCount(u"locked"_s), 1);
    auto refused = users.login(u"agent1"_s, u"first password"_s);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, Error::Kind::Auth);
    EXPECT_NE(refused.error().message, UserService(ctx()).login(u"nobody"_s, u"x"_s).error().message);
    // Fifteen minutes later it opens again.
    m_clock.set(m_clock.nowUtc().addSecs(15 * 60 + 1));
    ASSERT_OK(users.login(u"agent1"_s, u"first password"_s));
    // Locked again, an administrator's new password opens it at once.
    for (int i = 0; i < 5; ++i)
        EXPECT_FALSE(users.login(u"agent1"_s, u"guess %1"_s.arg(i)).ok());
    EXPECT_FALSE(users.login(u"agent1"_s, u"first password"_s).ok());
    ASSERT_OK(users.resetPassword(a, *id, u"second password"_s));
    ASSERT_OK(users.login(u"agent1"_s, u"second password"_s));
    // Unknown names lock nothing (there is nothing to lock) and say no more than a wrong password.
    for (int i = 0; i < 6; ++i)
        EXPECT_FALSE(users.login(u"ghost"_s, u"guess"_s).ok());
    EXPECT_EQ(auditCount(u"locked"_s), 2);
}

TEST_P(UserServiceTest, PasswordsAreStoredAsArgon2idNeverPlain)
{
    admin();
    auto row = data::UserRepository(db()).findByUsername(u"admin"_s);
    ASSERT_OK(row);
    ASSERT_TRUE(row->has_value());
    const QString h = (*row)->passwordHash;
    EXPECT_TRUE(h.startsWith(u"$argon2id$"_s)) << h.toStdString();
    EXPECT_TRUE(h.contains(u"m=19456,t=2"_s)) << h.toStdString(); // OWASP minimum: 19 MiB, 2 passes
    EXPECT_FALSE(h.contains(u"correct horse"_s));
}

TEST_P(UserServiceTest, WeakerHashIsUpgradedOnLogin)
{
    // An account hashed under older, weaker parameters …
    PasswordHasher weak(PasswordParams{1, size_t(8) * 1024 * 1024});
    UserService old(ctx(), weak);
    ASSERT_OK(old.createFirstAdmin({u"admin"_s, u"Admin"_s, Role::Admin, u"correct horse"_s}));
    const QString before = (*data::UserRepository(db()).findByUsername(u"admin"_s))->passwordHash;
    EXPECT_TRUE(PasswordHasher().needsRehash(before));
    // … is rehashed with today's parameters when its owner signs in.
    ASSERT_OK(UserService(ctx()).login(u"admin"_s, u"correct horse"_s));
    const QString after = (*data::UserRepository(db()).findByUsername(u"admin"_s))->passwordHash;
    EXPECT_NE(before, after);
    EXPECT_FALSE(PasswordHasher().needsRehash(after));
    EXPECT_EQ(auditCount(u"rehash"_s), 1);
    ASSERT_OK(UserService(ctx()).login(u"admin"_s, u"correct horse"_s));
    EXPECT_EQ(auditCount(u"rehash"_s), 1); // not again
}

TEST_P(UserServiceTest, PermissionDenialIsRefusedAndAudited)
{
    const Session a = admin();
    UserService users(ctx());
    ASSERT_OK(users.add(a, {u"agent1"_s, u"李晓红"_s, Role::Agent, u"agent-pass-1"_s}));
    auto agent = users.login(u"agent1"_s, u"agent-pass-1"_s);
    ASSERT_OK(agent);
    auto r = users.add(*agent, {u"sneaky"_s, u"Sneaky"_s, Role::Admin, u"sneaky-pass"_s});
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, Error::Kind::PermissionDenied);
    EXPECT_FALSE(r.error().message.isEmpty());
    EXPECT_FALSE(users.byUsername(u"sneaky"_s).ok());
    auto denied = data::AuditRepository(db()).page({u"denied"_s, {}, {}}, 0, 10);
    ASSERT_OK(denied);
    ASSERT_EQ(denied->size(), 1);
    EXPECT_EQ(denied->first().username, u"agent1"_s);
    EXPECT_EQ(denied->first().entityId, u"manage_users"_s);
    EXPECT_FALSE(users.list(*agent).ok());
}

TEST_P(UserServiceTest, AddValidatesAndAuditsWithoutThePassword)
{
    const Session a = admin();
    UserService users(ctx());
    EXPECT_EQ(users.add(a, {u"x"_s, u"X"_s, Role::Agent, u"long enough"_s}).error().kind, Error::Kind::Invalid);
    EXPECT_EQ(users.add(a, {u"good.name"_s, u""_s, Role::Agent, u"long enough"_s}).error().kind, Error::Kind::Invalid);
    EXPECT_EQ(users.add(a, {u"good.name"_s, u"Name"_s, Role::Agent, u"short"_s}).error().kind, Error::Kind::Invalid);
    auto id = users.add(a, {u"Good.Name"_s, u"王建国"_s, Role::Archivist, u"long enough"_s});
    ASSERT_OK(id);
    EXPECT_EQ(users.add(a, {u"good.name"_s, u"Other"_s, Role::Agent, u"long enough"_s}).error().kind, Error::Kind::Conflict);
    auto created = data::AuditRepository(db()).page({u"create"_s, {}, {}}, 0, 10);
    ASSERT_EQ(created->size(), 2);
    EXPECT_TRUE(created->first().afterJson.contains(u"archivist"_s));
    EXPECT_FALSE(created->first().afterJson.contains(u"long enough"_s));
    EXPECT_FALSE(created->first().afterJson.contains(u"argon2"_s));
}

TEST_P(UserServiceTest, DisabledUsersCannotSignInAndTheLastAdminStays)
{
    const Session a = admin();
    UserService users(ctx());
    auto id = users.add(a, {u"club1"_s, u"陈美玲"_s, Role::Club, u"club-pass-1"_s});
    ASSERT_OK(id);
    ASSERT_OK(users.setActive(a, *id, false));
    auto login = users.login(u"club1"_s, u"club-pass-1"_s);
    ASSERT_FALSE(login.ok());
    EXPECT_TRUE(login.error().message.contains(u"disabled"_s) || login.error().message.contains(u"停用"_s));
    EXPECT_FALSE(users.setActive(a, a.userId, false).ok()); // not yourself
    auto admin2 = users.add(a, {u"admin2"_s, u"Admin 2"_s, Role::Admin, u"admin2-pass"_s});
    ASSERT_OK(admin2);
    ASSERT_OK(users.setActive(a, *admin2, false));
    ASSERT_OK(users.setActive(a, *id, true));
    ASSERT_OK(users.login(u"club1"_s, u"club-pass-1"_s));
    // Before/after values are in the audit.
    auto disabled = data::AuditRepository(db()).page({u"disable"_s, {}, {}}, 0, 10);
    ASSERT_EQ(disabled->size(), 2);
    EXPECT_TRUE(disabled->last().beforeJson.contains(u"\"active\":true"_s));
    EXPECT_TRUE(disabled->last().afterJson.contains(u"\"active\":false"_s));
}

TEST_P(UserServiceTest, ChangeOwnPasswordNeedsTheCurrentOne)
{
    const Session a = admin();
    UserService users(ctx());
    EXPECT_EQ(users.changeOwnPassword(a, u"not it"_s, u"new password 1"_s).error().kind, Error::Kind::Auth);
    ASSERT_OK(users.changeOwnPassword(a, u"correct horse"_s, u"new password 1"_s));
    EXPECT_FALSE(users.login(u"admin"_s, u"correct horse"_s).ok());
    EXPECT_OK(users.login(u"admin"_s, u"new password 1"_s));
}

CRM_INSTANTIATE_ENGINES(UserServiceTest);
