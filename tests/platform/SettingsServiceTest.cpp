#include "TestDatabase.h"

#include "data/AuditRepository.h"
#include "services/SettingsService.h"
#include "services/UserService.h"

using namespace crm;
using namespace crm::services;
using namespace Qt::StringLiterals;

class SettingsServiceTest : public test::DbTest {};

TEST_P(SettingsServiceTest, DefaultsValidationPermissionAndAudit)
{
    auto admin = UserService(ctx()).createFirstAdmin({u"admin"_s, u"Admin"_s, Role::Admin, u"admin-pass"_s});
    ASSERT_OK(admin);
    SettingsService s(ctx());
    EXPECT_EQ(s.intValue(settings::kPasswordMinLength), 8);
    EXPECT_EQ(s.set(*admin, settings::kPasswordMinLength, u"3"_s).error().kind, Error::Kind::Invalid);
    EXPECT_EQ(s.set(*admin, settings::kPasswordMinLength, u"ten"_s).error().kind, Error::Kind::Invalid);
    EXPECT_EQ(s.set(*admin, u"no.such.key"_s, u"1"_s).error().kind, Error::Kind::Invalid);
    ASSERT_OK(s.set(*admin, settings::kPasswordMinLength, u"12"_s));
    EXPECT_EQ(s.intValue(settings::kPasswordMinLength), 12);
    // the new minimum is enforced
    EXPECT_EQ(UserService(ctx()).add(*admin, {u"bob"_s, u"Bob"_s, Role::Agent, u"elevenchars"_s}).error().kind,
              Error::Kind::Invalid);

    auto audit = data::AuditRepository(db()).page({u"update"_s, u"settings"_s, {}}, 0, 10);
    ASSERT_EQ(audit->size(), 1);
    EXPECT_TRUE(audit->first().beforeJson.contains(u"\"8\""_s));
    EXPECT_TRUE(audit->first().afterJson.contains(u"\"12\""_s));

    auto agentId = UserService(ctx()).add(*admin, {u"agent"_s, u"Agent"_s, Role::Agent, u"agent-password"_s});
    ASSERT_OK(agentId);
    const Session agent{*agentId, u"agent"_s, u"Agent"_s, Role::Agent};
    auto denied = s.set(agent, settings::kDealerName, u"Mine now"_s);
    ASSERT_FALSE(denied.ok());
    EXPECT_EQ(denied.error().kind, Error::Kind::PermissionDenied);
    EXPECT_EQ(s.value(settings::kDealerName), QString());
    EXPECT_EQ(*data::AuditRepository(db()).count({u"denied"_s, {}, u"agent"_s}), 1);
}

CRM_INSTANTIATE_ENGINES(SettingsServiceTest);
