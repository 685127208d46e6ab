#include "core/Roles.h"

using namespace Qt::StringLiterals;

namespace crm {

QString RoleText::id(Role r)
{
    switch (r) {
    case Role::Agent:
        return u"agent"_s;
    case Role::Archivist:
        return u"archivist"_s;
    case Role::Club:
        return u"club"_s;
    case Role::Manager:
        return u"manager"_s;
    case Role::Admin:
        return u"admin"_s;
    }
    return {};
}

std::optional<Role> RoleText::fromId(const QString &id)
{
    for (Role r : kAllRoles)
        if (RoleText::id(r) == id)
            return r;
    return std::nullopt;
}

QString RoleText::title(Role r)
{
    switch (r) {
    case Role::Agent:
        return tr("Customer-service agent");
    case Role::Archivist:
        return tr("Information supervisor");
    case Role::Club:
        return tr("Club staff");
    case Role::Manager:
        return tr("CRM manager");
    case Role::Admin:
        return tr("Administrator");
    }
    return {};
}

QString RoleText::permissionId(Permission p)
{
    switch (p) {
    case Permission::ManageUsers:
        return u"manage_users"_s;
    case Permission::ViewAudit:
        return u"view_audit"_s;
    case Permission::EditSettings:
        return u"edit_settings"_s;
    case Permission::RevealMobile:
        return u"reveal_mobile"_s;
    case Permission::ExportData:
        return u"export_data"_s;
    case Permission::EditCustomers:
        return u"edit_customers"_s;
    case Permission::ViewCustomers:
        return u"view_customers"_s;
    case Permission::WorkFollowups:
        return u"work_followups"_s;
    case Permission::ManageFollowups:
        return u"manage_followups"_s;
    case Permission::HandleComplaints:
        return u"handle_complaints"_s;
    case Permission::ApproveComplaints:
        return u"approve_complaints"_s;
    case Permission::ManageClub:
        return u"manage_club"_s;
    case Permission::ApproveClub:
        return u"approve_club"_s;
    case Permission::BackUp:
        return u"back_up"_s;
    case Permission::BookAppointments:
        return u"book_appointments"_s;
    case Permission::OverrideCapacity:
        return u"override_capacity"_s;
    case Permission::ManageFrontdesk:
        return u"manage_frontdesk"_s;
    case Permission::ManageCampaigns:
        return u"manage_campaigns"_s;
    case Permission::SendMessages:
        return u"send_messages"_s;
    case Permission::ManageMessages:
        return u"manage_messages"_s;
    case Permission::RecordFeedback:
        return u"record_feedback"_s;
    case Permission::HandleFeedback:
        return u"handle_feedback"_s;
    case Permission::ManageFeedback:
        return u"manage_feedback"_s;
    case Permission::ExchangeOem:
        return u"exchange_oem"_s;
    case Permission::ViewUsage:
        return u"view_usage"_s;
    }
    return {};
}

bool roleHas(Role role, Permission p)
{
    switch (p) {
    case Permission::ManageUsers:
        return role == Role::Admin;
    case Permission::ViewAudit:
        return role == Role::Admin || role == Role::Manager;
    case Permission::EditSettings:
        return role == Role::Admin || role == Role::Manager;
    case Permission::RevealMobile:
        // Agents call customers, so they need the number; the others see it masked.
        return role == Role::Agent || role == Role::Archivist || role == Role::Manager;
    case Permission::ExportData:
        return role == Role::Archivist || role == Role::Manager;
    case Permission::EditCustomers:
        return role == Role::Archivist || role == Role::Agent || role == Role::Club;
    case Permission::ViewCustomers:
        return true;
    case Permission::WorkFollowups:
        return role == Role::Agent || role == Role::Manager;
    case Permission::ManageFollowups:
        return role == Role::Manager;
    case Permission::HandleComplaints:
        // Complaints come in on any desk: the agents' calls, the club's members, the manager.
        return role == Role::Agent || role == Role::Club || role == Role::Manager;
    case Permission::ApproveComplaints:
        return role == Role::Manager;
    case Permission::ManageClub:
        return role == Role::Club || role == Role::Manager;
    case Permission::ApproveClub:
        return role == Role::Manager;
    case Permission::BackUp:
        return role == Role::Admin || role == Role::Manager || role == Role::Archivist;
    case Permission::BookAppointments:
        // Agents answer the phone and keep the book; club staff book their members' visits.
        return role == Role::Agent || role == Role::Club || role == Role::Manager;
    case Permission::OverrideCapacity:
    case Permission::ManageFrontdesk:
    case Permission::ManageCampaigns:
    case Permission::ManageMessages:
        return role == Role::Manager;
    case Permission::SendMessages:
        return role == Role::Agent || role == Role::Club || role == Role::Manager;
    case Permission::RecordFeedback:
        // Everyone who talks to customers; the supervisor too (a letter, a walk-in at the archive).
        return role != Role::Admin;
    case Permission::HandleFeedback:
        // Members of a department are users of any desk; the item's department decides the rest.
        return role != Role::Admin;
    case Permission::ManageFeedback:
        return role == Role::Manager;
    case Permission::ExchangeOem:
        // The information supervisor keeps the manufacturer's files; the manager reads their scores.
        return role == Role::Archivist || role == Role::Manager;
    case Permission::ViewUsage:
        return role == Role::Manager || role == Role::Admin;
    }
    return false;
}

} // namespace crm
