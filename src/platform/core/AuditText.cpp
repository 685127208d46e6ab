#include "core/AuditText.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace crm {
namespace {
struct Title {
    const char16_t *id;
    const char *text;
};

// QT_TRANSLATE_NOOP marks each title for lupdate; tr() looks it up at display time.
constexpr Title kActions[] = {
    {u"create", QT_TRANSLATE_NOOP("crm::AuditText", "Created")},
    {u"update", QT_TRANSLATE_NOOP("crm::AuditText", "Changed")},
    {u"edit", QT_TRANSLATE_NOOP("crm::AuditText", "Edited")},
    {u"delete", QT_TRANSLATE_NOOP("crm::AuditText", "Deleted")},
    {u"login", QT_TRANSLATE_NOOP("crm::AuditText", "Signed in")},
    {u"login_failed", QT_TRANSLATE_NOOP("crm::AuditText", "Failed sign-in")},
    {u"locked", QT_TRANSLATE_NOOP("crm::AuditText", "Account locked")},
    {u"denied", QT_TRANSLATE_NOOP("crm::AuditText", "Refused (no permission)")},
    {u"enable", QT_TRANSLATE_NOOP("crm::AuditText", "Enabled")},
    {u"disable", QT_TRANSLATE_NOOP("crm::AuditText", "Disabled")},
    {u"password_reset", QT_TRANSLATE_NOOP("crm::AuditText", "Password reset")},
    {u"password_change", QT_TRANSLATE_NOOP("crm::AuditText", "Password changed")},
    {u"rehash", QT_TRANSLATE_NOOP("crm::AuditText", "Password rehashed")},
    {u"seed", QT_TRANSLATE_NOOP("crm::AuditText", "Generated data")},
    {u"reveal", QT_TRANSLATE_NOOP("crm::AuditText", "Mobile revealed")},
    {u"import", QT_TRANSLATE_NOOP("crm::AuditText", "Imported")},
    {u"export", QT_TRANSLATE_NOOP("crm::AuditText", "Exported")},
    {u"backup", QT_TRANSLATE_NOOP("crm::AuditText", "Backed up")},
    {u"merge", QT_TRANSLATE_NOOP("crm::AuditText", "Merged")},
    {u"unmerge", QT_TRANSLATE_NOOP("crm::AuditText", "Merge undone")},
    {u"transfer", QT_TRANSLATE_NOOP("crm::AuditText", "Ownership transferred")},
    {u"consent", QT_TRANSLATE_NOOP("crm::AuditText", "Consent given")},
    {u"withdraw", QT_TRANSLATE_NOOP("crm::AuditText", "Consent withdrawn")},
    {u"opt_out", QT_TRANSLATE_NOOP("crm::AuditText", "Opted out of calls")},
    {u"personal_data_copy", QT_TRANSLATE_NOOP("crm::AuditText", "Copy of personal data given")},
    {u"anonymise", QT_TRANSLATE_NOOP("crm::AuditText", "Personal data erased")},
    {u"generate", QT_TRANSLATE_NOOP("crm::AuditText", "Tasks generated")},
    {u"claim", QT_TRANSLATE_NOOP("crm::AuditText", "Task taken")},
    {u"assign", QT_TRANSLATE_NOOP("crm::AuditText", "Assigned")},
    {u"reassign", QT_TRANSLATE_NOOP("crm::AuditText", "Reassigned")},
    {u"call", QT_TRANSLATE_NOOP("crm::AuditText", "Call logged")},
    {u"book", QT_TRANSLATE_NOOP("crm::AuditText", "Booked")},
    {u"cancel", QT_TRANSLATE_NOOP("crm::AuditText", "Cancelled")},
    {u"cancelled", QT_TRANSLATE_NOOP("crm::AuditText", "Cancelled")},
    {u"done", QT_TRANSLATE_NOOP("crm::AuditText", "Completed")},
    {u"register", QT_TRANSLATE_NOOP("crm::AuditText", "Registered")},
    {u"unregister", QT_TRANSLATE_NOOP("crm::AuditText", "Registration withdrawn")},
    {u"check_in", QT_TRANSLATE_NOOP("crm::AuditText", "Checked in")},
    {u"step", QT_TRANSLATE_NOOP("crm::AuditText", "Moved on a step")},
    {u"resolve", QT_TRANSLATE_NOOP("crm::AuditText", "Resolved")},
    {u"new_version", QT_TRANSLATE_NOOP("crm::AuditText", "New version")},
    {u"investigate", QT_TRANSLATE_NOOP("crm::AuditText", "Investigation recorded")},
    {u"propose", QT_TRANSLATE_NOOP("crm::AuditText", "Solution proposed")},
    {u"approve", QT_TRANSLATE_NOOP("crm::AuditText", "Approved")},
    {u"send_back", QT_TRANSLATE_NOOP("crm::AuditText", "Sent back")},
    {u"inform", QT_TRANSLATE_NOOP("crm::AuditText", "Customer informed")},
    {u"accept", QT_TRANSLATE_NOOP("crm::AuditText", "Accepted by the customer")},
    {u"not_accepted", QT_TRANSLATE_NOOP("crm::AuditText", "Not accepted by the customer")},
    {u"invalidate", QT_TRANSLATE_NOOP("crm::AuditText", "Marked invalid")},
    {u"enrol", QT_TRANSLATE_NOOP("crm::AuditText", "Enrolled")},
    {u"card_issued", QT_TRANSLATE_NOOP("crm::AuditText", "Card issued")},
    {u"card_lost", QT_TRANSLATE_NOOP("crm::AuditText", "Card reported lost")},
    {u"card_reissued", QT_TRANSLATE_NOOP("crm::AuditText", "Card reissued")},
    {u"adjust", QT_TRANSLATE_NOOP("crm::AuditText", "Points adjusted")},
    {u"expire", QT_TRANSLATE_NOOP("crm::AuditText", "Points expired")},
    {u"tier", QT_TRANSLATE_NOOP("crm::AuditText", "Tier changed")},
    {u"redeem", QT_TRANSLATE_NOOP("crm::AuditText", "Gift redeemed")},
    {u"fulfil", QT_TRANSLATE_NOOP("crm::AuditText", "Gift handed over")},
    {u"stock", QT_TRANSLATE_NOOP("crm::AuditText", "Stock changed")},
};

constexpr Title kEntities[] = {
    {u"users", QT_TRANSLATE_NOOP("crm::AuditText", "User account")},
    {u"settings", QT_TRANSLATE_NOOP("crm::AuditText", "Setting")},
    {u"permission", QT_TRANSLATE_NOOP("crm::AuditText", "Permission")},
    {u"database", QT_TRANSLATE_NOOP("crm::AuditText", "Database")},
    {u"customers", QT_TRANSLATE_NOOP("crm::AuditText", "Customer")},
    {u"vehicles", QT_TRANSLATE_NOOP("crm::AuditText", "Vehicle")},
    {u"service_visits", QT_TRANSLATE_NOOP("crm::AuditText", "Service visit")},
    {u"documents", QT_TRANSLATE_NOOP("crm::AuditText", "Document")},
    {u"followup_tasks", QT_TRANSLATE_NOOP("crm::AuditText", "Follow-up task")},
    {u"followup_rules", QT_TRANSLATE_NOOP("crm::AuditText", "Follow-up rule")},
    {u"followup_scripts", QT_TRANSLATE_NOOP("crm::AuditText", "Call script")},
    {u"followup_report", QT_TRANSLATE_NOOP("crm::AuditText", "Follow-up report")},
    {u"maintenance_limits", QT_TRANSLATE_NOOP("crm::AuditText", "Maintenance intervals")},
    {u"complaints", QT_TRANSLATE_NOOP("crm::AuditText", "Complaint")},
    {u"work_calendar", QT_TRANSLATE_NOOP("crm::AuditText", "Working calendar")},
    {u"survey_templates", QT_TRANSLATE_NOOP("crm::AuditText", "Survey template")},
    {u"survey_responses", QT_TRANSLATE_NOOP("crm::AuditText", "Survey answers")},
    {u"survey_alerts", QT_TRANSLATE_NOOP("crm::AuditText", "Survey alert")},
    {u"survey_scores", QT_TRANSLATE_NOOP("crm::AuditText", "Survey scores")},
    {u"club_members", QT_TRANSLATE_NOOP("crm::AuditText", "Club member")},
    {u"club_cards", QT_TRANSLATE_NOOP("crm::AuditText", "Club card")},
    {u"points_ledger", QT_TRANSLATE_NOOP("crm::AuditText", "Points ledger")},
    {u"gifts", QT_TRANSLATE_NOOP("crm::AuditText", "Gift")},
    {u"redemption_orders", QT_TRANSLATE_NOOP("crm::AuditText", "Gift order")},
    {u"activities", QT_TRANSLATE_NOOP("crm::AuditText", "Club activity")},
    {u"activity", QT_TRANSLATE_NOOP("crm::AuditText", "Club activity")},
    {u"member_services", QT_TRANSLATE_NOOP("crm::AuditText", "Member service")},
    {u"service_resources", QT_TRANSLATE_NOOP("crm::AuditText", "Car or driver")},
    {u"club_report", QT_TRANSLATE_NOOP("crm::AuditText", "Club report")},
    {u"leads", QT_TRANSLATE_NOOP("crm::AuditText", "Sales lead")},
    {u"report", QT_TRANSLATE_NOOP("crm::AuditText", "Report")},
};

template <size_t N> QString titleOf(const Title (&table)[N], const QString &id)
{
    for (const Title &t : table)
        if (id == QStringView(t.id))
            return AuditText::tr(t.text);
    return {};
}

template <size_t N> QStringList idsOf(const Title (&table)[N])
{
    QStringList out;
    for (const Title &t : table)
        if (!out.contains(QString::fromUtf16(t.id)))
            out << QString::fromUtf16(t.id);
    return out;
}
} // namespace

QString AuditText::action(const QString &id)
{
    return titleOf(kActions, id);
}

QString AuditText::entity(const QString &id)
{
    return titleOf(kEntities, id);
}

QStringList AuditText::actions()
{
    return idsOf(kActions);
}

QStringList AuditText::entities()
{
    return idsOf(kEntities);
}

} // namespace crm
