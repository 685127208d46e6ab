#include "TestDatabase.h"

#include "data/AuditRepository.h"
#include "followups/services/FollowupService.h"
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

TEST_P(SettingsServiceTest, SeveralSettingsAreStoredTogetherOrNotAtAll)
{
    auto admin = UserService(ctx()).createFirstAdmin({u"admin"_s, u"Admin"_s, Role::Admin, u"admin-pass"_s});
    ASSERT_OK(admin);
    SettingsService s(ctx());
    // One refused value (a time span that is not one) keeps the others out too, and says which.
    auto refused = s.setAll(*admin, {{settings::kDealerName, u"骏达汽车"_s},
                                     {settings::kQuietHours, u"tea time"_s},
                                     {settings::kPasswordMinLength, u"10"_s}});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, Error::Kind::Invalid);
    EXPECT_EQ(s.value(settings::kDealerName), QString());
    EXPECT_EQ(s.intValue(settings::kPasswordMinLength), 8);
    // An unchanged value among changed ones is no refusal and writes no audit entry.
    ASSERT_OK(s.setAll(*admin, {{settings::kDealerName, u"骏达汽车"_s},
                                {settings::kPasswordMinLength, u"8"_s},
                                {settings::kQuietHours, u"00:00-08:00"_s}}));
    EXPECT_EQ(s.value(settings::kDealerName), u"骏达汽车"_s);
    EXPECT_EQ(s.value(settings::kQuietHours), u"00:00-08:00"_s);
    EXPECT_EQ(*data::AuditRepository(db()).count({u"update"_s, u"settings"_s, {}}), 2);
}

CRM_INSTANTIATE_ENGINES(SettingsServiceTest);
