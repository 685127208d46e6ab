#pragma once
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

// The date rules of follow-up calls (回访), domain brief section 1. Pure functions of dates and
// numbers: the generator (services) feeds them events from the archives and stores tasks; the
// call desk asks them when a call may be made and when an unreached task comes back.
// Every number here is a default; callers pass the configured values.
namespace crm::followups {

enum class TaskKind {
    DeliveryThanks,      // D+1 thank-you call
    DeliveryFollowUp,    // D+3
    SalesSurvey,         // D+7 sales-satisfaction survey
    DeliveryUsage,       // D+30 usage call
    AfterService,        // within 3 days of a visit, expires at day 15
    FirstMaintenance,    // 首保 reminder
    RoutineMaintenance,  // 定保 reminder
    InsuranceRenewal,
    BirthdayCare,
    WinBack,             // at-risk customers
    ComplaintReturn,     // after a complaint closes (complaints issue)
};
QString kindId(TaskKind k);   // stable id stored in the database

// When a task is due and when it is no longer worth calling.
struct Window {
    QDate available;   // shows in the queue from this day
    QDate due;         // should be done by this day (on-time measure)
    QDate expires;     // after this day it is closed as expired
    bool contains(const QDate &d) const { return d >= available && d <= expires; }
};

struct DeliveryRule {
    TaskKind kind;
    int offsetDays;    // after delivery
    int windowDays;    // days it stays open after it is due
};
QList<DeliveryRule> defaultDeliveryRules();   // D+1, D+3, D+7 (survey), D+30
Window deliveryWindow(const QDate &delivery, const DeliveryRule &rule);
Window afterServiceWindow(const QDate &visit, int dueWithinDays = 3, int expiresAfterDays = 15);

// Average kilometres a day from odometer readings (date, km), delivery counted as (date, 0).
// Fewer than two usable readings, or no time between them: the fallback.
double averageDailyKm(QList<QPair<QDate, int>> readings, double fallback = 40.0);

struct MaintenanceLimit {
    int months = 6;
    int km = 5000;
};
inline constexpr MaintenanceLimit kFirstMaintenance{6, 5000};
inline constexpr MaintenanceLimit kRoutineMaintenance{12, 10000};

// The day the vehicle reaches `share` (about 80 %) of the limit counted from the start (delivery
// for the first maintenance, the last maintenance visit for the routine one), by time or by
// estimated mileage, whichever comes first.
QDate maintenanceReminder(const QDate &startDate, const MaintenanceLimit &limit, double dailyKm, double share = 0.8);

QDate insuranceReminder(const QDate &expiry, int daysBefore = 30);
// The birthday in a given year; 29 February falls on 28 February in common years.
QDate birthdayIn(int year, const QDate &birthday);

// Do-not-disturb: the customer's rest time, in local time.
struct QuietHours {
    QList<QPair<QTime, QTime>> spans;   // [from, to)
    static QuietHours defaults();       // before 09:00, 12:00–14:00, from 20:00
    bool isQuiet(const QTime &t) const;
    // The first moment at or after `t` that is not quiet (may be the next day).
    QDateTime nextAllowed(const QDateTime &t) const;
};

enum class Outcome { Reached, NoAnswer, Busy, WrongNumber, Refused, CallBack };

struct RetryPolicy {
    int maxAttempts = 3;
    int noAnswerDelayMinutes = 120;
    int busyDelayMinutes = 30;
};

struct RetryDecision {
    enum class Action { Done, Retry, Unreachable } action = Action::Done;
    QDateTime nextAttempt;   // for Retry
};

// What happens to a task after a call. Unreached calls come back after the policy's delay,
// outside quiet hours, and at a part of the day (morning / afternoon / evening) not tried yet
// while one is left; after the last attempt the task is unreachable. `callBackAt` is the time
// the customer asked for (Outcome::CallBack).
RetryDecision afterCall(Outcome outcome, const QList<QDateTime> &attempts, const QDateTime &now, const RetryPolicy &policy,
                        const QuietHours &quiet, const QDateTime &callBackAt = {});

enum class DayPart { Morning, Afternoon, Evening };
DayPart dayPart(const QTime &t);

} // namespace crm::followups
