#pragma once
#include "core/WorkCalendar.h"
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <optional>

// The date rules of follow-up calls (回访), domain brief section 1. Pure functions of dates and
// numbers: the generator (services) feeds them events from the archives and stores tasks; the
// call desk asks them when a call may be made and when an unreached task comes back.
// Every number here is a default; callers pass the configured values.
namespace crm::followups {

enum class TaskKind {
    DeliveryThanks,     // D+1 thank-you call
    DeliveryFollowUp,   // D+3
    SalesSurvey,        // D+7 sales-satisfaction survey
    DeliveryUsage,      // D+30 usage call
    AfterService,       // within 3 days of a visit, expires at day 15
    FirstMaintenance,   // 首保 reminder
    RoutineMaintenance, // 定保 reminder
    InsuranceRenewal,
    BirthdayCare,
    WinBack,            // at-risk customers
    ComplaintReturn,    // after a complaint closes (complaints issue)
    MemberCare,         // every club member followed up once a quarter (100 % coverage KPI)
    MemberService,      // reminder the day before a member service (club issue)
    AppointmentConfirm, // confirmation call before a service appointment (front desk)
    AppointmentRebook,  // after a no-show: book the customer again
    Callback,           // an inbound caller to be called back at the time agreed
    Campaign,           // a campaign's call list (campaigns module): window and script are the campaign's
    FeedbackInform,     // tell the customer what a department did with their feedback (feedback module)
};
QString kindId(TaskKind k); // stable id stored in the database
std::optional<TaskKind> kindFromId(const QString &id);
QList<TaskKind> allKinds();

// When a task is due and when it is no longer worth calling.
struct Window {
    QDate available; // shows in the queue from this day
    QDate due;       // should be done by this day (on-time measure)
    QDate expires;   // after this day it is closed as expired
    bool contains(const QDate &d) const { return d >= available && d <= expires; }
};

// One rule as a manager configures it (table followup_rules). The window opens `offsetDays`
// after the event (before it, for insurance expiry), is due `dueDays` after it opens and
// expires `expireDays` after it opens. For the maintenance rules the opening day comes from
// the mileage estimate instead, so their offset is not used.
struct RuleSetting {
    TaskKind kind = TaskKind::DeliveryThanks;
    bool enabled = true;
    int offsetDays = 0;
    int dueDays = 0;
    int expireDays = 0;
    int priority = 2; // 1 high … 3 low
};
QList<RuleSetting> defaultRules(); // D+1, D+3, D+7 survey, D+30; service within 3 days, expiring at 15; …
RuleSetting defaultRule(TaskKind k);
bool usesOffset(TaskKind k);
// Kinds whose window opens `offsetDays` before the event (an expiry, a booked service), not after.
bool opensBefore(TaskKind k);
// The window for an event on `event` (the opening day itself for kinds that compute it).
Window windowFrom(const QDate &event, const RuleSetting &rule);
// The day `days` counted days after `open` on `clock`: a day counts when the clock counts any of
// its hours (a working day of the national calendar, a day the store opens; every day on
// calendar hours). "Call within 3 working days" of a Friday visit is then Wednesday, not Monday.
QDate countedDaysAfter(const QDate &open, int days, const calendar::WorkCalendar &clock);
inline Window afterServiceWindow(const QDate &visit)
{
    return windowFrom(visit, defaultRule(TaskKind::AfterService));
}

// Average kilometres a day from odometer readings (date, km), delivery counted as (date, 0).
// Fewer than two usable readings, or no time between them: the fallback.
inline constexpr double kFallbackDailyKm = 40.0;
double averageDailyKm(QList<QPair<QDate, int>> readings, double fallback = kFallbackDailyKm);

struct MaintenanceLimit {
    int months = 6;
    int km = 5000;
};
inline constexpr MaintenanceLimit kFirstMaintenance{6, 5000};
inline constexpr MaintenanceLimit kRoutineMaintenance{12, 10000};

// The day the vehicle reaches `share` (about 80 %) of the limit counted from the start (delivery
// for the first maintenance, the last maintenance visit for the routine one), by time or by
// estimated mileage, whichever comes first.
inline constexpr double kReminderShare = 0.8;
QDate maintenanceReminder(const QDate &startDate, const MaintenanceLimit &limit, double dailyKm, double share = kReminderShare);
// The fewest and the most days `months` calendar months can span (QDate::addMonths, month ends
// clamped), over every start day.
int shortestSpan(int months);
int longestSpan(int months);
// The earliest start (delivery or last maintenance) whose reminder window can still be open on
// `today`: a reminder comes at most the share of the longest span of `maxMonths` after its start.
QDate earliestOpenStart(const QDate &today, int maxMonths, int expireDays);

QDate insuranceReminder(const QDate &expiry, int daysBefore = 30);
// The birthday in a given year; 29 February falls on 28 February in common years.
QDate birthdayIn(int year, const QDate &birthday);

// Do-not-disturb: the customer's rest time, in local time.
struct QuietHours {
    QList<QPair<QTime, QTime>> spans; // [from, to)
    static QuietHours defaults();     // before 09:00, 12:00–14:00, from 20:00
    // "00:00-09:00,12:00-14:00,20:00-24:00" (the form stored in settings); nothing on a typo.
    static std::optional<QuietHours> parse(const QString &text);
    QString toString() const;
    bool isQuiet(const QTime &t) const;
    // The first moment at or after `t` that is not quiet (may be the next day).
    QDateTime nextAllowed(const QDateTime &t) const;
};

enum class Outcome { Reached, NoAnswer, Busy, WrongNumber, Refused, CallBack };
QString outcomeId(Outcome o); // stable id stored in the database
std::optional<Outcome> outcomeFromId(const QString &id);
inline constexpr Outcome kAllOutcomes[] = {Outcome::Reached,     Outcome::NoAnswer, Outcome::Busy,
                                           Outcome::WrongNumber, Outcome::Refused,  Outcome::CallBack};

struct RetryPolicy {
    int maxAttempts = 3;
    int noAnswerDelayMinutes = 120;
    int busyDelayMinutes = 30;
};

struct RetryDecision {
    enum class Action { Done, Retry, Unreachable } action = Action::Done;
    QDateTime nextAttempt; // for Retry
};

// What happens to a task after a call. Unreached calls come back after the policy's delay,
// outside quiet hours, and at a part of the day (morning / afternoon / evening) not tried yet
// while one is left; after the last attempt the task is unreachable. `callBackAt` is the time
// the customer asked for (Outcome::CallBack).
RetryDecision afterCall(Outcome outcome, const QList<QDateTime> &attempts, const QDateTime &now, const RetryPolicy &policy,
                        const QuietHours &quiet, const QDateTime &callBackAt = {});

enum class DayPart { Morning, Afternoon, Evening };
DayPart dayPart(const QTime &t);

// Translated names, for lists, forms and reports.
class FollowupText {
    Q_DECLARE_TR_FUNCTIONS(crm::followups::FollowupText)
public:
    static QString kind(const QString &kindId);
    static QString outcome(const QString &outcomeId);
    static QString status(const QString &status);
    static QString offsetMeaning(TaskKind k); // what "offset" means for this rule
};

} // namespace crm::followups
