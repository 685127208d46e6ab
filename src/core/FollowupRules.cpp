#include "core/FollowupRules.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace crm::followups {
namespace {
// `ref` moved to another date and time, keeping its time spec / zone.
QDateTime at(const QDateTime &ref, const QDate &d, const QTime &t)
{
    QDateTime r = ref;
    r.setDate(d);
    r.setTime(t);
    return r;
}
} // namespace

QString kindId(TaskKind k)
{
    switch (k) {
    case TaskKind::DeliveryThanks: return u"delivery_thanks"_s;
    case TaskKind::DeliveryFollowUp: return u"delivery_followup"_s;
    case TaskKind::SalesSurvey: return u"sales_survey"_s;
    case TaskKind::DeliveryUsage: return u"delivery_usage"_s;
    case TaskKind::AfterService: return u"after_service"_s;
    case TaskKind::FirstMaintenance: return u"first_maintenance"_s;
    case TaskKind::RoutineMaintenance: return u"routine_maintenance"_s;
    case TaskKind::InsuranceRenewal: return u"insurance_renewal"_s;
    case TaskKind::BirthdayCare: return u"birthday_care"_s;
    case TaskKind::WinBack: return u"win_back"_s;
    case TaskKind::ComplaintReturn: return u"complaint_return"_s;
    }
    return {};
}

QList<DeliveryRule> defaultDeliveryRules()
{
    return {{TaskKind::DeliveryThanks, 1, 2}, {TaskKind::DeliveryFollowUp, 3, 3}, {TaskKind::SalesSurvey, 7, 7},
            {TaskKind::DeliveryUsage, 30, 7}};
}

Window deliveryWindow(const QDate &delivery, const DeliveryRule &rule)
{
    const QDate due = delivery.addDays(rule.offsetDays);
    return {due, due, due.addDays(rule.windowDays)};
}

Window afterServiceWindow(const QDate &visit, int dueWithinDays, int expiresAfterDays)
{
    return {visit.addDays(1), visit.addDays(dueWithinDays), visit.addDays(expiresAfterDays)};
}

double averageDailyKm(QList<QPair<QDate, int>> readings, double fallback)
{
    readings.erase(std::remove_if(readings.begin(), readings.end(), [](const auto &r) { return !r.first.isValid() || r.second < 0; }),
                   readings.end());
    if (readings.size() < 2)
        return fallback;
    std::sort(readings.begin(), readings.end());
    const auto &first = readings.first();
    const auto &last = readings.last();
    const qint64 days = first.first.daysTo(last.first);
    if (days <= 0 || last.second <= first.second)
        return fallback;
    return double(last.second - first.second) / double(days);
}

QDate maintenanceReminder(const QDate &startDate, const MaintenanceLimit &limit, double dailyKm, double share)
{
    // By time: the share of the months, counted in days from the start so month ends behave.
    const QDate limitDate = startDate.addMonths(limit.months);
    const QDate byTime = startDate.addDays(qint64(std::floor(double(startDate.daysTo(limitDate)) * share)));
    if (dailyKm <= 0)
        return byTime;
    const QDate byKm = startDate.addDays(qint64(std::ceil(double(limit.km) * share / dailyKm)));
    return std::min(byTime, byKm);
}

QDate insuranceReminder(const QDate &expiry, int daysBefore)
{
    return expiry.addDays(-daysBefore);
}

QDate birthdayIn(int year, const QDate &birthday)
{
    if (!birthday.isValid())
        return {};
    if (birthday.month() == 2 && birthday.day() == 29 && !QDate::isLeapYear(year))
        return QDate(year, 2, 28);
    return QDate(year, birthday.month(), birthday.day());
}

QuietHours QuietHours::defaults()
{
    return {{{QTime(0, 0), QTime(9, 0)}, {QTime(12, 0), QTime(14, 0)}, {QTime(20, 0), QTime(23, 59, 59, 999)}}};
}

bool QuietHours::isQuiet(const QTime &t) const
{
    for (const auto &[from, to] : spans)
        if (t >= from && t < to)
            return true;
    // The last span runs to the end of the day.
    for (const auto &[from, to] : spans)
        if (to == QTime(23, 59, 59, 999) && t >= from)
            return true;
    return false;
}

QDateTime QuietHours::nextAllowed(const QDateTime &t) const
{
    QDateTime when = t;
    for (int guard = 0; guard < 8 && isQuiet(when.time()); ++guard) {
        for (const auto &[from, to] : spans) {
            if (when.time() >= from && (when.time() < to || to == QTime(23, 59, 59, 999))) {
                when = to == QTime(23, 59, 59, 999) ? at(when, when.date().addDays(1), QTime(0, 0)) : at(when, when.date(), to);
                break;
            }
        }
    }
    return when;
}

DayPart dayPart(const QTime &t)
{
    if (t < QTime(12, 0))
        return DayPart::Morning;
    if (t < QTime(17, 0))
        return DayPart::Afternoon;
    return DayPart::Evening;
}

RetryDecision afterCall(Outcome outcome, const QList<QDateTime> &attempts, const QDateTime &now, const RetryPolicy &policy,
                        const QuietHours &quiet, const QDateTime &callBackAt)
{
    using A = RetryDecision::Action;
    switch (outcome) {
    case Outcome::Reached:
    case Outcome::Refused:
        return {A::Done, {}};
    case Outcome::WrongNumber:
        return {A::Unreachable, {}};
    case Outcome::CallBack:
        if (callBackAt.isValid() && callBackAt > now)
            return {A::Retry, callBackAt};   // the customer chose the time
        break;
    case Outcome::NoAnswer:
    case Outcome::Busy:
        break;
    }
    const int made = int(attempts.size());
    if (made >= policy.maxAttempts)
        return {A::Unreachable, {}};
    const int delay = outcome == Outcome::Busy ? policy.busyDelayMinutes : policy.noAnswerDelayMinutes;
    QDateTime next = quiet.nextAllowed(now.addSecs(qint64(delay) * 60));
    // Try a part of the day not tried yet: people who never answer in the morning may in the evening.
    QList<DayPart> used;
    for (const QDateTime &a : attempts)
        used << dayPart(a.time());
    // (Busy means they are there: that comes back after its short delay.)
    if (outcome == Outcome::NoAnswer && used.contains(dayPart(next.time())) && used.size() < 3) {
        for (int step = 0; step < 6; ++step) {
            // Start of the next part of the day (that is allowed), possibly tomorrow.
            const DayPart p = dayPart(next.time());
            const QDateTime candidate = p == DayPart::Morning     ? at(next, next.date(), QTime(14, 0))
                                        : p == DayPart::Afternoon ? at(next, next.date(), QTime(17, 0))
                                                                  : at(next, next.date().addDays(1), QTime(9, 0));
            next = quiet.nextAllowed(candidate);
            if (!used.contains(dayPart(next.time())))
                break;
        }
    }
    return {A::Retry, next};
}

} // namespace crm::followups
