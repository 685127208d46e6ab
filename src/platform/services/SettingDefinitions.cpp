// The business settings every module declares: key, kind, default, range, label and group —
// the settings dialog builds its form from this list.
#include "services/SettingsService.h"

#include "archives/services/CustomerService.h"
#include "archives/services/DocumentService.h"
#include "campaigns/services/CampaignService.h"
#include "campaigns/services/MessageService.h"
#include "club/services/ClubService.h"
#include "complaints/services/ComplaintService.h"
#include "core/Log.h"
#include "dashboard/services/DashboardService.h"
#include "data/SettingsRepository.h"
#include "data/Transaction.h"
#include "followups/services/FollowupService.h"
#include "frontdesk/services/AppointmentService.h"
#include "privacy/services/RetentionService.h"
#include "services/BackupService.h"
#include "surveys/services/SurveyService.h"

using namespace Qt::StringLiterals;

namespace crm::services {

QList<SettingDef> SettingsService::definitions()
{
    QList<SettingDef> defs = baseDefinitions();
    // Complaint deadlines per level, in working hours (domain brief section 3).
    const QString complaints = tr("Complaints");
    for (const QString &level : complaints::ComplaintText::levels()) {
        const complaints::Limits l = complaints::defaultLimits(*complaints::levelFromId(level));
        for (complaints::DeadlineKind k : complaints::kDeadlines)
            defs << SettingDef{settings::complaintLimitKey(level, k),
                               SettingDef::Kind::Integer,
                               QString::number(l.of(k) / 60),
                               1,
                               24 * 60,
                               tr("%1, %2 (hours on its clock)")
                                   .arg(complaints::ComplaintText::level(level), complaints::ComplaintText::deadline(k)),
                               complaints};
        for (complaints::DeadlineKind k : complaints::kDeadlines)
            defs << SettingDef{
                settings::complaintClockKey(level, k),
                SettingDef::Kind::Integer,
                u"1"_s, // the national working days: today's deadlines do not move
                0,
                2,
                tr("%1, %2: counted on").arg(complaints::ComplaintText::level(level), complaints::ComplaintText::deadline(k)),
                complaints,
                clockChoices()};
    }
    const QString surveys = tr("Satisfaction surveys");
    defs << SettingDef{settings::kSurveyLowScale5,
                       SettingDef::Kind::Integer,
                       u"2"_s,
                       1,
                       4,
                       tr("Unhappy: a 1–5 answer at or below"),
                       surveys}
         << SettingDef{settings::kSurveyLowNps,
                       SettingDef::Kind::Integer,
                       u"6"_s,
                       0,
                       9,
                       tr("Unhappy: an NPS answer at or below"),
                       surveys}
         << SettingDef{settings::kSurveyTargetIndex,
                       SettingDef::Kind::Integer,
                       u"900"_s,
                       0,
                       1000,
                       tr("Target satisfaction index (of 1000)"),
                       surveys}
         << SettingDef{settings::kSurveyTargetNps, SettingDef::Kind::Integer, u"50"_s, 0, 100, tr("Target NPS"), surveys}
         << SettingDef{settings::kSurveyTargetCsat, SettingDef::Kind::Integer, u"90"_s, 0, 100, tr("Target CSAT (%)"), surveys};
    const QString club = tr("Owners' club");
    defs << SettingDef{settings::kPointsPerYuan,
                       SettingDef::Kind::Integer,
                       u"1"_s,
                       0,
                       100,
                       tr("Points per ¥1 of service spend"),
                       club}
         << SettingDef{settings::kPointsExpiryMonths,
                       SettingDef::Kind::Integer,
                       u"24"_s,
                       1,
                       120,
                       tr("Points expire after (months)"),
                       club}
         << SettingDef{settings::kAdjustApprovalAbove,
                       SettingDef::Kind::Integer,
                       u"1000"_s,
                       0,
                       1000000,
                       tr("Adjustments above this many points need a manager"),
                       club}
         << SettingDef{settings::kCardPerVehicle,
                       SettingDef::Kind::Integer,
                       u"0"_s,
                       0,
                       1,
                       tr("Club cards"),
                       club,
                       {tr("One card per customer"), tr("One card per vehicle")}}
         << SettingDef{settings::kTierSilver,
                       SettingDef::Kind::Integer,
                       u"5000"_s,
                       1,
                       10000000,
                       tr("Silver from (points earned in 12 months)"),
                       club}
         << SettingDef{settings::kTierGold,
                       SettingDef::Kind::Integer,
                       u"20000"_s,
                       1,
                       10000000,
                       tr("Gold from (points earned in 12 months)"),
                       club}
         << SettingDef{settings::kTierPlatinum,
                       SettingDef::Kind::Integer,
                       u"50000"_s,
                       1,
                       10000000,
                       tr("Platinum from (points earned in 12 months)"),
                       club}
         << SettingDef{settings::kTierKeepMonths,
                       SettingDef::Kind::Integer,
                       u"3"_s,
                       0,
                       24,
                       tr("Keep a tier at least (months) before a downgrade"),
                       club}
         << SettingDef{settings::kBirthdayPoints,
                       SettingDef::Kind::Integer,
                       u"200"_s,
                       0,
                       100000,
                       tr("Birthday points (0: none)"),
                       club}
         << SettingDef{settings::kReferralPoints,
                       SettingDef::Kind::Integer,
                       u"2000"_s,
                       0,
                       1000000,
                       tr("Points for a referral that is delivered"),
                       club}
         << SettingDef{settings::kLeadContactHours,
                       SettingDef::Kind::Integer,
                       u"24"_s,
                       1,
                       720,
                       tr("A new lead is contacted within (hours)"),
                       club};
    // The appointment book: one store calendar (opening hours, closed days) and the workshop's capacity.
    const QString desk = tr("Front desk and appointments");
    const QString open = u"08:30-17:30"_s;
    // 4S stores mostly open every day; a weekday without hours is closed.
    const QString weekdays[] = {tr("Open on Mondays"), tr("Open on Tuesdays"),  tr("Open on Wednesdays"), tr("Open on Thursdays"),
                                tr("Open on Fridays"), tr("Open on Saturdays"), tr("Open on Sundays")};
    for (int weekday = 1; weekday <= 7; ++weekday)
        defs << SettingDef{
            settings::deskHoursKey(weekday), SettingDef::Kind::TimeSpans, open, 0, 120, weekdays[weekday - 1], desk};
    defs << SettingDef{settings::kDeskClosedDays,
                       SettingDef::Kind::Text,
                       QString(),
                       0,
                       2000,
                       tr("Store closed on (days, e.g. 2027-02-16, 2027-02-17)"),
                       desk}
         << SettingDef{settings::kDeskSlotMinutes,
                       SettingDef::Kind::Integer,
                       u"30"_s,
                       10,
                       240,
                       tr("Appointment slot (minutes)"),
                       desk}
         << SettingDef{settings::kDeskPerSlot, SettingDef::Kind::Integer, u"3"_s, 1, 100, tr("Appointments per slot"), desk}
         << SettingDef{settings::kDeskLabourPerDay,
                       SettingDef::Kind::Integer,
                       u"48"_s,
                       1,
                       2000,
                       tr("Workshop labour hours a day"),
                       desk}
         << SettingDef{settings::kDeskLabourPerAdvisor,
                       SettingDef::Kind::Integer,
                       u"16"_s,
                       0,
                       24,
                       tr("Labour hours a day per service advisor (0 = no limit)"),
                       desk}
         << SettingDef{settings::kDeskNoShowGrace,
                       SettingDef::Kind::Integer,
                       u"60"_s,
                       0,
                       1440,
                       tr("No-show when not arrived this long after the slot (minutes)"),
                       desk}
         << SettingDef{settings::kDeskArrivalWindow,
                       SettingDef::Kind::Integer,
                       u"0"_s,
                       0,
                       7,
                       tr("A service visit counts as the arrival within (± days)"),
                       desk};
    // Campaigns and messages: the attribution window, and when and how often a customer is texted.
    const QString campaignsGroup = tr("Campaigns and messages");
    defs << SettingDef{settings::kCampaignAttributionDays,
                       SettingDef::Kind::Integer,
                       u"90"_s,
                       1,
                       365,
                       tr("A service visit counts for a campaign answer within (days)"),
                       campaignsGroup}
         << SettingDef{settings::kMessageQuietHours,
                       SettingDef::Kind::TimeSpans,
                       u"00:00-08:00,21:00-24:00"_s,
                       0,
                       120,
                       tr("No messages sent in these hours (they wait)"),
                       campaignsGroup}
         << SettingDef{settings::kMessageMarketingPerMonth,
                       SettingDef::Kind::Integer,
                       u"4"_s,
                       0,
                       100,
                       tr("Marketing messages per customer in 30 days, at most"),
                       campaignsGroup}
         << SettingDef{settings::kMessageDealerPhone,
                       SettingDef::Kind::Text,
                       QString(),
                       0,
                       40,
                       tr("Service phone number given in messages"),
                       campaignsGroup}
         << SettingDef{settings::kMessageAppointmentReminders,
                       SettingDef::Kind::Integer,
                       u"1"_s,
                       0,
                       1,
                       tr("A reminder message the day before an appointment"),
                       campaignsGroup,
                       {tr("No"), tr("Yes")}}
         << SettingDef{settings::kMessageReminderKinds,
                       SettingDef::Kind::Text,
                       QString(),
                       0,
                       200,
                       tr("A message beside these follow-up calls (first_maintenance, routine_maintenance, "
                          "insurance_renewal, birthday_care)"),
                       campaignsGroup};
    // Dashboard targets (percent unless said otherwise); the survey targets live with the surveys.
    const QString board = tr("Manager dashboard");
    defs << SettingDef{settings::kDashboardAmberPercent,
                       SettingDef::Kind::Integer,
                       u"10"_s,
                       1,
                       50,
                       tr("Amber when a target is missed by at most (% of the target)"),
                       board};
    defs << SettingDef{settings::kDashboardMinSample,
                       SettingDef::Kind::Integer,
                       u"30"_s,
                       1,
                       1000,
                       tr("Survey figures from fewer answers are indicative (not coloured)"),
                       board};
    const struct {
        const char16_t *kpi;
        const char16_t *value;
        int maximum;
        QString label;
    } targets[] = {
        {u"followup_completion", u"95", 100, tr("Target follow-up completion (%)")},
        {u"followup_on_time", u"90", 100, tr("Target follow-ups on time (%)")},
        {u"member_coverage", u"100", 100, tr("Target member follow-up coverage (%)")},
        {u"complaints_per_month", u"10", 100000, tr("Complaints per month at most")},
        {u"complaint_on_time", u"90", 100, tr("Target complaints closed on time (%)")},
        {u"complaint_satisfaction", u"100", 100, tr("Target complaint-handling satisfaction (%)")},
        {u"churn_rate", u"20", 100, tr("Churn rate at most (%)")},
        {u"first_return", u"80", 100, tr("Target first-maintenance return (%)")},
        {u"second_return", u"60", 100, tr("Target second-maintenance return (%)")},
        {u"club_members", u"0", 10000000, tr("Target club members (0 = none)")},
        {u"club_active", u"0", 10000000, tr("Target active members (0 = none)")},
        {u"referral_conversion", u"20", 100, tr("Target referral conversion (%)")},
        {u"booking_rate", u"50", 100, tr("Target booking rate (service visits that came on an appointment, %)")},
        {u"show_rate", u"90", 100, tr("Target appointment show rate (%)")},
        {u"feedback_on_time", u"90", 100, tr("Target feedback resolved on time (%)")},
    };
    for (const auto &t : targets)
        defs << SettingDef{settings::dashboardTargetKey(QString::fromUtf16(t.kpi)),
                           SettingDef::Kind::Integer,
                           QString::fromUtf16(t.value),
                           0,
                           t.maximum,
                           t.label,
                           board};
    defs << SettingDef{settings::kComplaintWarnPercent,
                       SettingDef::Kind::Integer,
                       u"80"_s,
                       10,
                       99,
                       tr("Warn when this share of a deadline is used (%)"),
                       complaints};
    const QString usage = tr("Usage report");
    defs << SettingDef{settings::kUsageShortCallSeconds,
                       SettingDef::Kind::Integer,
                       u"10"_s,
                       1,
                       120,
                       tr("A call shorter than this is short (seconds)"),
                       usage}
         << SettingDef{settings::kUsageShortCallsPerDay,
                       SettingDef::Kind::Integer,
                       u"20"_s,
                       1,
                       1000,
                       tr("Flag a person with more short calls in a day than"),
                       usage}
         << SettingDef{settings::kUsageLateLogMinutes,
                       SettingDef::Kind::Integer,
                       u"60"_s,
                       5,
                       1440,
                       tr("Flag a call logged this long after it ended (minutes)"),
                       usage}
         << SettingDef{settings::kUsageRevealsPerDay,
                       SettingDef::Kind::Integer,
                       u"30"_s,
                       1,
                       10000,
                       tr("Flag a person revealing more numbers in a day than"),
                       usage}
         << SettingDef{settings::kUsageExportRowsPerDay,
                       SettingDef::Kind::Integer,
                       u"5000"_s,
                       1,
                       10000000,
                       tr("Flag a person exporting more rows in a day than"),
                       usage}
         << SettingDef{settings::kUsageInactiveDays,
                       SettingDef::Kind::Integer,
                       u"30"_s,
                       1,
                       3650,
                       tr("An account is inactive after this many days without a sign-in"),
                       usage}
         << SettingDef{settings::kOemLowScore,
                       SettingDef::Kind::Integer,
                       u"60"_s,
                       1,
                       100,
                       tr("A manufacturer's survey score under this opens a complaint (0–100)"),
                       surveys};
    const QString privacy = tr("Privacy: retention");
    defs << SettingDef{settings::kRetentionCustomerYears,
                       SettingDef::Kind::Integer,
                       u"10"_s,
                       0,
                       50,
                       tr("Review a customer with no purchase, visit, call or consent for this many years (0: never)"),
                       privacy}
         << SettingDef{settings::kRetentionLeadMonths,
                       SettingDef::Kind::Integer,
                       u"24"_s,
                       0,
                       240,
                       tr("Erase a lead never converted after this many months (0: never)"),
                       privacy}
         << SettingDef{settings::kRetentionCallNoteYears,
                       SettingDef::Kind::Integer,
                       u"3"_s,
                       0,
                       50,
                       tr("Clear the notes of calls older than this many years (0: never)"),
                       privacy}
         << SettingDef{settings::kRetentionAutomatic,
                       SettingDef::Kind::Integer,
                       u"0"_s,
                       0,
                       1,
                       tr("What the policy reaches is erased"),
                       privacy,
                       {tr("after review, by hand"), tr("by the nightly run, by itself")}};
    return defs;
}

} // namespace crm::services
