#include "core/AuditText.h"

#include "core/Titles.h"

using namespace Qt::StringLiterals;

namespace crm {
namespace {
// QT_TRANSLATE_NOOP marks each title for lupdate; tr() looks it up at display time.
constexpr Titled kActions[] = {
    {"create", QT_TRANSLATE_NOOP("crm::AuditText", "Created")},
    {"update", QT_TRANSLATE_NOOP("crm::AuditText", "Changed")},
    {"edit", QT_TRANSLATE_NOOP("crm::AuditText", "Edited")},
    {"delete", QT_TRANSLATE_NOOP("crm::AuditText", "Deleted")},
    {"login", QT_TRANSLATE_NOOP("crm::AuditText", "Signed in")},
    {"login_failed", QT_TRANSLATE_NOOP("crm::AuditText", "Failed sign-in")},
    {"locked", QT_TRANSLATE_NOOP("crm::AuditText", "Account locked")},
    {"denied", QT_TRANSLATE_NOOP("crm::AuditText", "Refused (no permission)")},
    {"enable", QT_TRANSLATE_NOOP("crm::AuditText", "Enabled")},
    {"disable", QT_TRANSLATE_NOOP("crm::AuditText", "Disabled")},
    {"password_reset", QT_TRANSLATE_NOOP("crm::AuditText", "Password reset")},
    {"password_change", QT_TRANSLATE_NOOP("crm::AuditText", "Password changed")},
    {"rehash", QT_TRANSLATE_NOOP("crm::AuditText", "Password rehashed")},
    {"seed", QT_TRANSLATE_NOOP("crm::AuditText", "Generated data")},
    {"reveal", QT_TRANSLATE_NOOP("crm::AuditText", "Mobile revealed")},
    {"import", QT_TRANSLATE_NOOP("crm::AuditText", "Imported")},
    {"export", QT_TRANSLATE_NOOP("crm::AuditText", "Exported")},
    {"backup", QT_TRANSLATE_NOOP("crm::AuditText", "Backed up")},
    {"merge", QT_TRANSLATE_NOOP("crm::AuditText", "Merged")},
    {"unmerge", QT_TRANSLATE_NOOP("crm::AuditText", "Merge undone")},
    {"transfer", QT_TRANSLATE_NOOP("crm::AuditText", "Ownership transferred")},
    {"consent", QT_TRANSLATE_NOOP("crm::AuditText", "Consent given")},
    {"withdraw", QT_TRANSLATE_NOOP("crm::AuditText", "Consent withdrawn")},
    {"opt_out", QT_TRANSLATE_NOOP("crm::AuditText", "Opted out of calls")},
    {"personal_data_copy", QT_TRANSLATE_NOOP("crm::AuditText", "Copy of personal data given")},
    {"anonymise", QT_TRANSLATE_NOOP("crm::AuditText", "Personal data erased")},
    {"retention", QT_TRANSLATE_NOOP("crm::AuditText", "Erased past its retention")},
    {"generate", QT_TRANSLATE_NOOP("crm::AuditText", "Tasks generated")},
    {"claim", QT_TRANSLATE_NOOP("crm::AuditText", "Task taken")},
    {"assign", QT_TRANSLATE_NOOP("crm::AuditText", "Assigned")},
    {"reassign", QT_TRANSLATE_NOOP("crm::AuditText", "Reassigned")},
    {"call", QT_TRANSLATE_NOOP("crm::AuditText", "Call logged")},
    {"book", QT_TRANSLATE_NOOP("crm::AuditText", "Booked")},
    {"cancel", QT_TRANSLATE_NOOP("crm::AuditText", "Cancelled")},
    {"cancelled", QT_TRANSLATE_NOOP("crm::AuditText", "Cancelled")},
    {"done", QT_TRANSLATE_NOOP("crm::AuditText", "Completed")},
    {"override", QT_TRANSLATE_NOOP("crm::AuditText", "Booked past capacity")},
    {"confirm", QT_TRANSLATE_NOOP("crm::AuditText", "Confirmed")},
    {"arrive", QT_TRANSLATE_NOOP("crm::AuditText", "Arrived")},
    {"complete", QT_TRANSLATE_NOOP("crm::AuditText", "Completed")},
    {"no_show", QT_TRANSLATE_NOOP("crm::AuditText", "No-show")},
    {"reschedule", QT_TRANSLATE_NOOP("crm::AuditText", "Rescheduled")},
    {"close_day", QT_TRANSLATE_NOOP("crm::AuditText", "Day closed")},
    {"close", QT_TRANSLATE_NOOP("crm::AuditText", "Closed")},
    {"add", QT_TRANSLATE_NOOP("crm::AuditText", "Added")},
    {"distribute", QT_TRANSLATE_NOOP("crm::AuditText", "Distributed")},
    {"respond", QT_TRANSLATE_NOOP("crm::AuditText", "Answer recorded")},
    {"recall", QT_TRANSLATE_NOOP("crm::AuditText", "Recall state")},
    {"queue", QT_TRANSLATE_NOOP("crm::AuditText", "Message queued")},
    {"send", QT_TRANSLATE_NOOP("crm::AuditText", "Messages sent")},
    {"resend", QT_TRANSLATE_NOOP("crm::AuditText", "Sent again")},
    {"reevaluate", QT_TRANSLATE_NOOP("crm::AuditText", "List re-evaluated")},
    {"route", QT_TRANSLATE_NOOP("crm::AuditText", "Routed to a department")},
    {"answer", QT_TRANSLATE_NOOP("crm::AuditText", "First answer")},
    {"to_complaint", QT_TRANSLATE_NOOP("crm::AuditText", "Handed to the complaint desk")},
    {"to_lead", QT_TRANSLATE_NOOP("crm::AuditText", "Handed to sales as a lead")},
    {"informed", QT_TRANSLATE_NOOP("crm::AuditText", "Customer told the result")},
    {"unreachable", QT_TRANSLATE_NOOP("crm::AuditText", "Customer not reached")},
    {"register", QT_TRANSLATE_NOOP("crm::AuditText", "Registered")},
    {"unregister", QT_TRANSLATE_NOOP("crm::AuditText", "Registration withdrawn")},
    {"check_in", QT_TRANSLATE_NOOP("crm::AuditText", "Checked in")},
    {"step", QT_TRANSLATE_NOOP("crm::AuditText", "Moved on a step")},
    {"resolve", QT_TRANSLATE_NOOP("crm::AuditText", "Resolved")},
    {"new_version", QT_TRANSLATE_NOOP("crm::AuditText", "New version")},
    {"investigate", QT_TRANSLATE_NOOP("crm::AuditText", "Investigation recorded")},
    {"propose", QT_TRANSLATE_NOOP("crm::AuditText", "Solution proposed")},
    {"approve", QT_TRANSLATE_NOOP("crm::AuditText", "Approved")},
    {"send_back", QT_TRANSLATE_NOOP("crm::AuditText", "Sent back")},
    {"inform", QT_TRANSLATE_NOOP("crm::AuditText", "Customer informed")},
    {"accept", QT_TRANSLATE_NOOP("crm::AuditText", "Accepted by the customer")},
    {"not_accepted", QT_TRANSLATE_NOOP("crm::AuditText", "Not accepted by the customer")},
    {"invalidate", QT_TRANSLATE_NOOP("crm::AuditText", "Marked invalid")},
    {"enrol", QT_TRANSLATE_NOOP("crm::AuditText", "Enrolled")},
    {"card_issued", QT_TRANSLATE_NOOP("crm::AuditText", "Card issued")},
    {"card_lost", QT_TRANSLATE_NOOP("crm::AuditText", "Card reported lost")},
    {"card_reissued", QT_TRANSLATE_NOOP("crm::AuditText", "Card reissued")},
    {"adjust", QT_TRANSLATE_NOOP("crm::AuditText", "Points adjusted")},
    {"expire", QT_TRANSLATE_NOOP("crm::AuditText", "Points expired")},
    {"tier", QT_TRANSLATE_NOOP("crm::AuditText", "Tier changed")},
    {"redeem", QT_TRANSLATE_NOOP("crm::AuditText", "Gift redeemed")},
    {"fulfil", QT_TRANSLATE_NOOP("crm::AuditText", "Gift handed over")},
    {"stock", QT_TRANSLATE_NOOP("crm::AuditText", "Stock changed")},
};

constexpr Titled kEntities[] = {
    {"users", QT_TRANSLATE_NOOP("crm::AuditText", "User account")},
    {"settings", QT_TRANSLATE_NOOP("crm::AuditText", "Setting")},
    {"permission", QT_TRANSLATE_NOOP("crm::AuditText", "Permission")},
    {"database", QT_TRANSLATE_NOOP("crm::AuditText", "Database")},
    {"customers", QT_TRANSLATE_NOOP("crm::AuditText", "Customer")},
    {"vehicles", QT_TRANSLATE_NOOP("crm::AuditText", "Vehicle")},
    {"service_visits", QT_TRANSLATE_NOOP("crm::AuditText", "Service visit")},
    {"documents", QT_TRANSLATE_NOOP("crm::AuditText", "Document")},
    {"followup_tasks", QT_TRANSLATE_NOOP("crm::AuditText", "Follow-up task")},
    {"followup_calls", QT_TRANSLATE_NOOP("crm::AuditText", "Follow-up call")},
    {"followup_rules", QT_TRANSLATE_NOOP("crm::AuditText", "Follow-up rule")},
    {"followup_scripts", QT_TRANSLATE_NOOP("crm::AuditText", "Call script")},
    {"followup_report", QT_TRANSLATE_NOOP("crm::AuditText", "Follow-up report")},
    {"maintenance_limits", QT_TRANSLATE_NOOP("crm::AuditText", "Maintenance intervals")},
    {"complaints", QT_TRANSLATE_NOOP("crm::AuditText", "Complaint")},
    {"privacy_requests", QT_TRANSLATE_NOOP("crm::AuditText", "Personal-data request")},
    {"work_calendar", QT_TRANSLATE_NOOP("crm::AuditText", "Working calendar")},
    {"survey_templates", QT_TRANSLATE_NOOP("crm::AuditText", "Survey template")},
    {"survey_responses", QT_TRANSLATE_NOOP("crm::AuditText", "Survey answers")},
    {"survey_alerts", QT_TRANSLATE_NOOP("crm::AuditText", "Survey alert")},
    {"survey_scores", QT_TRANSLATE_NOOP("crm::AuditText", "Survey scores")},
    {"club_members", QT_TRANSLATE_NOOP("crm::AuditText", "Club member")},
    {"club_cards", QT_TRANSLATE_NOOP("crm::AuditText", "Club card")},
    {"points_ledger", QT_TRANSLATE_NOOP("crm::AuditText", "Points ledger")},
    {"gifts", QT_TRANSLATE_NOOP("crm::AuditText", "Gift")},
    {"redemption_orders", QT_TRANSLATE_NOOP("crm::AuditText", "Gift order")},
    {"activities", QT_TRANSLATE_NOOP("crm::AuditText", "Club activity")},
    {"activity", QT_TRANSLATE_NOOP("crm::AuditText", "Club activity")},
    {"member_services", QT_TRANSLATE_NOOP("crm::AuditText", "Member service")},
    {"appointments", QT_TRANSLATE_NOOP("crm::AuditText", "Appointment")},
    {"frontdesk_lists", QT_TRANSLATE_NOOP("crm::AuditText", "Front desk list")},
    {"inbound_calls", QT_TRANSLATE_NOOP("crm::AuditText", "Inbound call")},
    {"campaigns", QT_TRANSLATE_NOOP("crm::AuditText", "Campaign")},
    {"campaign_targets", QT_TRANSLATE_NOOP("crm::AuditText", "Campaign list entry")},
    {"messages", QT_TRANSLATE_NOOP("crm::AuditText", "Message")},
    {"message_templates", QT_TRANSLATE_NOOP("crm::AuditText", "Message template")},
    {"feedback_items", QT_TRANSLATE_NOOP("crm::AuditText", "Feedback item")},
    {"feedback_categories", QT_TRANSLATE_NOOP("crm::AuditText", "Feedback category")},
    {"oem_templates", QT_TRANSLATE_NOOP("crm::AuditText", "Upload template")},
    {"oem_batches", QT_TRANSLATE_NOOP("crm::AuditText", "Upload to the manufacturer")},
    {"oem_survey_results", QT_TRANSLATE_NOOP("crm::AuditText", "Manufacturer's survey results")},
    {"usage_report", QT_TRANSLATE_NOOP("crm::AuditText", "Usage report")},
    {"departments", QT_TRANSLATE_NOOP("crm::AuditText", "Department")},
    {"service_resources", QT_TRANSLATE_NOOP("crm::AuditText", "Car or driver")},
    {"club_report", QT_TRANSLATE_NOOP("crm::AuditText", "Club report")},
    {"leads", QT_TRANSLATE_NOOP("crm::AuditText", "Sales lead")},
    {"report", QT_TRANSLATE_NOOP("crm::AuditText", "Report")},
};

} // namespace

QString AuditText::action(const QString &id)
{
    return titleIn(kActions, "crm::AuditText", id);
}

QString AuditText::entity(const QString &id)
{
    return titleIn(kEntities, "crm::AuditText", id);
}

QStringList AuditText::actions()
{
    return idsIn(kActions);
}

QStringList AuditText::entities()
{
    return idsIn(kEntities);
}

} // namespace crm
