#pragma once
#include <QCoreApplication>
#include <QString>
#include <optional>

namespace crm {

// The people at the desks (domain brief, "People and what they do").
enum class Role { Agent, Archivist, Club, Manager, Admin };

// What a role may do. Checked in the service layer; the UI only hides what it cannot use.
enum class Permission {
    ManageUsers,   // add, disable, reset passwords
    ViewAudit,     // read the audit log
    EditSettings,  // business settings stored in the database
    RevealMobile,  // see full mobile numbers in lists (audited)
    ExportData,    // export customer data (audited)
    EditCustomers, // change the archives
    ViewCustomers,
    WorkFollowups,     // work the call queue: claim tasks, log calls, book appointments
    ManageFollowups,   // edit rules and call scripts, reassign tasks
    HandleComplaints,  // register complaints and work them through the workflow
    ApproveComplaints, // approve solutions, send them back, extend deadlines
    ManageClub,        // memberships, cards, points, gifts, activities
    ApproveClub,       // points adjustments above the approval threshold
    BackUp,            // copy the whole database now (the administrator keeps the desk; archives and managers too)
    BookAppointments,  // the front desk: inbound calls, the appointment book, arrivals at reception
    OverrideCapacity,  // book past a full slot or day (audited)
    ManageFrontdesk,   // the desk's lists: job types with their labour, service advisors, call purposes
    ManageCampaigns,   // draw campaign lists from segments and recall files, distribute them, read the results
    SendMessages,      // text a customer (one-off, reminders); the queue honours consent and limits
    ManageMessages,    // the provider's templates and account, bulk sends
    RecordFeedback,    // record what a customer said as a feedback item (it goes to a department)
    HandleFeedback,    // answer and resolve items of one's own departments (any department: ManageFeedback)
    ManageFeedback,    // departments, categories and routing; any item; the department report
    ExchangeOem,       // the manufacturer's files: upload templates and batches, imports of their results and tickets
    ViewUsage,         // the department's own use: the usage report, anomalies, who saw whose personal data
};

class RoleText {
    Q_DECLARE_TR_FUNCTIONS(crm::RoleText)
public:
    static QString id(Role r); // stable id stored in the database
    static std::optional<Role> fromId(const QString &id);
    static QString title(Role r);              // translated, for people
    static QString permissionId(Permission p); // stable id written to the audit log
};

bool roleHas(Role role, Permission p);

inline constexpr Role kAllRoles[] = {Role::Agent, Role::Archivist, Role::Club, Role::Manager, Role::Admin};

} // namespace crm
