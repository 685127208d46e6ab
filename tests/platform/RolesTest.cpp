#include "core/Roles.h"

#include <gtest/gtest.h>

using namespace crm;

TEST(Roles, IdsRoundTrip)
{
    for (Role r : kAllRoles) {
        const auto back = RoleText::fromId(RoleText::id(r));
        ASSERT_TRUE(back.has_value());
        EXPECT_EQ(*back, r);
        EXPECT_FALSE(RoleText::title(r).isEmpty());
    }
    EXPECT_FALSE(RoleText::fromId(QStringLiteral("root")).has_value());
}

TEST(Roles, PermissionMatrix)
{
    EXPECT_TRUE(roleHas(Role::Admin, Permission::ManageUsers));
    for (Role r : {Role::Agent, Role::Archivist, Role::Club, Role::Manager})
        EXPECT_FALSE(roleHas(r, Permission::ManageUsers));
    EXPECT_TRUE(roleHas(Role::Manager, Permission::ViewAudit));
    EXPECT_FALSE(roleHas(Role::Agent, Permission::ViewAudit));
    EXPECT_FALSE(roleHas(Role::Club, Permission::RevealMobile));
    EXPECT_TRUE(roleHas(Role::Agent, Permission::RevealMobile));
    EXPECT_FALSE(roleHas(Role::Agent, Permission::ExportData));
    EXPECT_TRUE(roleHas(Role::Archivist, Permission::ExportData));
    EXPECT_TRUE(roleHas(Role::Agent, Permission::WorkFollowups));
    EXPECT_FALSE(roleHas(Role::Agent, Permission::ManageFollowups));
    EXPECT_TRUE(roleHas(Role::Manager, Permission::ManageFollowups));
    EXPECT_FALSE(roleHas(Role::Archivist, Permission::WorkFollowups));
    EXPECT_TRUE(roleHas(Role::Club, Permission::HandleComplaints));
    EXPECT_FALSE(roleHas(Role::Agent, Permission::ApproveComplaints));
    EXPECT_TRUE(roleHas(Role::Manager, Permission::ApproveComplaints));
}
