#include "followups/core/FollowupRules.h"

#include <algorithm>
#include <cmath>
#include <limits>

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
    case TaskKind::DeliveryThanks:
        return u"delivery_thanks"_s;
    case TaskKind::DeliveryFollowUp:
        return u"delivery_followup"_s;
    case TaskKind::SalesSurvey:
        return u"sales_survey"_s;
    case TaskKind::DeliveryUsage:
        return u"delivery_usage"_s;
    case TaskKind::AfterService:
        return u"after_service"_s;
    case TaskKind::FirstMaintenance:
        return u"first_maintenance"_s;
    case TaskKind::RoutineMaintenance:
        return u"routine_maintenance"_s;
    case TaskKind::InsuranceRenewal:
        return u"insurance_renewal"_s;
    case TaskKind::BirthdayCare:
        return u"birthday_care"_s;
    case TaskKind::WinBack:
        return u"win_back"_s;
    case TaskKind::ComplaintReturn:
        return u"complaint_return"_s;
    case TaskKind::MemberCare:
        return u"member_care"_s;
    case TaskKind::MemberService:
        return u"member_service"_s;
    case TaskKind::AppointmentConfirm:
        return u"appointment_confirm"_s;
    case TaskKind::AppointmentRebook:
        return u"appointment_rebook"_s;
    case TaskKind::Callback:
        return u"callback"_s;
    case TaskKind::Campaign:
        return u"campaign"_s;
    case TaskKind::FeedbackInform:
        return u"feedback_inform"_s;
    }
    return {};
}

QList<TaskKind> allKinds()
{
    QList<TaskKind> out;
    for (int k = 0; k <= int(TaskKind::FeedbackInform); ++k)
        out << TaskKind(k);
    return out;
}

std::optional<TaskKind> kindFromId(const QString &id)
{
    for (TaskKind k : allKinds())
        if (kindId(k) == id)
            return k;
    return std::nullopt;
}

QList<RuleSetting> defaultRules()
{
    using K = TaskKind;
    //       kind                    on    offset due expire priority
    return {{K::DeliveryThanks, true, 1, 0, 2, 1},      {K::DeliveryFollowUp, true, 3, 0, 3, 2},
            {K::SalesSurvey, true, 7, 0, 7, 2},         {K::DeliveryUsage, true, 30, 0, 7, 3},
            {K::AfterService, true, 1, 2, 14, 2},       {K::FirstMaintenance, true, 0, 7, 60, 1},
            {K::RoutineMaintenance, true, 0, 7, 60, 2}, {K::InsuranceRenewal, true, 30, 7, 30, 2},
            {K::BirthdayCare, true, 0, 0, 3, 3},        {K::WinBack, true, 0, 7, 30, 2},
            {K::ComplaintReturn, true, 1, 2, 14, 1},    {K::MemberCare, true, 0, 14, 45, 2},
            {K::MemberService, true, 1, 0, 1, 1},       {K::AppointmentConfirm, true, 1, 0, 1, 1},
            {K::AppointmentRebook, true, 0, 2, 14, 1},  {K::Callback, true, 0, 0, 2, 1},
            {K::Campaign, true, 0, 14, 30, 2},          {K::FeedbackInform, true, 0, 1, 7, 1}};
}

RuleSetting defaultRule(TaskKind k)
{
    for (const RuleSetting &r : defaultRules())
        if (r.kind == k)
            return r;
    return {k};
}

bool opensBefore(TaskKind k)
{
    return k == TaskKind::InsuranceRenewal || k == TaskKind::MemberService || k == TaskKind::AppointmentConfirm;
}

bool usesOffset(TaskKind k)
{
    return k != TaskKind::FirstMaintenance && k != TaskKind::RoutineMaintenance && k != TaskKind::MemberCare;
}

Window windowFrom(const QDate &event, const RuleSetting &rule)
{
    const QDate open = !usesOffset(rule.kind)   ? event
                       : opensBefore(rule.kind) ? event.addDays(-rule.offsetDays)
                                                : event.addDays(rule.offsetDays);
    return {open, open.addDays(rule.dueDays), open.addDays(rule.expireDays)};
}

QDate countedDaysAfter(const QDate &open, int days, const calendar::WorkCalendar &clock)
{
    QDate d = open;
    // A year of closed days is a guard against a clock that never opens, not a limit.
    for (int left = days, guard = 0; left > 0 && guard < 366; ++guard) {
        d = d.addDays(1);
        if (!clock.countedSpans(d).isEmpty())
            --left;
    }
    return d;
}

double averageDailyKm(QList<QPair<QDate, int>> readings, double fallback)
{
    readings.erase(
        std::remove_if(readings.begin(), readings.end(), [](const auto &r) { return !r.first.isValid() || r.second < 0; }),
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

namespace {
QPair<int, int> spans(int months)
{
    // Every start day of a four-year cycle covers every month length and leap day.
    int shortest = std::numeric_limits<int>::max(), longest = 0;
    const QDate first(2024, 1, 1);
    for (int i = 0; i < 1461; ++i) {
        const QDate start = first.addDays(i);
        const int days = int(start.daysTo(start.addMonths(months)));
        shortest = std::min(shortest, days);
        longest = std::max(longest, days);
    }
    return {shortest, longest};
}
} // namespace

int shortestSpan(int months)
{
    return spans(months).first;
}

int longestSpan(int months)
{
    return spans(months).second;
}

QDate earliestOpenStart(const QDate &today, int maxMonths, int expireDays)
{
    return today.addDays(-qint64(expireDays) - qint64(std::floor(longestSpan(maxMonths) * kReminderShare)));
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

std::optional<QuietHours> QuietHours::parse(const QString &text)
{
    QuietHours q;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QStringList ends = part.trimmed().split(u'-');
        if (ends.size() != 2)
            return std::nullopt;
        const QTime from = QTime::fromString(ends[0].trimmed(), u"HH:mm"_s);
        const QTime to =
            ends[1].trimmed() == u"24:00"_s ? QTime(23, 59, 59, 999) : QTime::fromString(ends[1].trimmed(), u"HH:mm"_s);
        if (!from.isValid() || !to.isValid() || to <= from)
            return std::nullopt;
        q.spans << qMakePair(from, to);
    }
    return q;
}

QString QuietHours::toString() const
{
    QStringList parts;
    for (const auto &[from, to] : spans)
        parts << from.toString(u"HH:mm"_s) + u'-' + (to == QTime(23, 59, 59, 999) ? u"24:00"_s : to.toString(u"HH:mm"_s));
    return parts.join(u',');
}

QString outcomeId(Outcome o)
{
    switch (o) {
    case Outcome::Reached:
        return u"reached"_s;
    case Outcome::NoAnswer:
        return u"no_answer"_s;
    case Outcome::Busy:
        return u"busy"_s;
    case Outcome::WrongNumber:
        return u"wrong_number"_s;
    case Outcome::Refused:
        return u"refused"_s;
    case Outcome::CallBack:
        return u"call_back"_s;
    }
    return {};
}

std::optional<Outcome> outcomeFromId(const QString &id)
{
    for (Outcome o : kAllOutcomes)
        if (outcomeId(o) == id)
            return o;
    return std::nullopt;
}

QString FollowupText::kind(const QString &id)
{
    const auto k = kindFromId(id);
    if (!k)
        return id;
    switch (*k) {
    case TaskKind::DeliveryThanks:
        return tr("Delivery thank-you (D+1)");
    case TaskKind::DeliveryFollowUp:
        return tr("Delivery follow-up (D+3)");
    case TaskKind::SalesSurvey:
        return tr("Sales satisfaction survey (D+7)");
    case TaskKind::DeliveryUsage:
        return tr("Usage call (D+30)");
    case TaskKind::AfterService:
        return tr("After-service call");
    case TaskKind::FirstMaintenance:
        return tr("First maintenance reminder");
    case TaskKind::RoutineMaintenance:
        return tr("Routine maintenance reminder");
    case TaskKind::InsuranceRenewal:
        return tr("Insurance renewal");
    case TaskKind::BirthdayCare:
        return tr("Birthday care");
    case TaskKind::WinBack:
        return tr("Win-back call");
    case TaskKind::ComplaintReturn:
        return tr("Complaint return visit");
    case TaskKind::MemberCare:
        return tr("Member care (quarterly)");
    case TaskKind::MemberService:
        return tr("Member service reminder");
    case TaskKind::AppointmentConfirm:
        return tr("Appointment confirmation");
    case TaskKind::AppointmentRebook:
        return tr("Rebook after a no-show");
    case TaskKind::Callback:
        return tr("Call back an inbound caller");
    case TaskKind::Campaign:
        return tr("Campaign call");
    case TaskKind::FeedbackInform:
        return tr("Tell the customer a feedback result");
    }
    return id;
}

QString FollowupText::outcome(const QString &id)
{
    const auto o = outcomeFromId(id);
    if (!o)
        return id;
    switch (*o) {
    case Outcome::Reached:
        return tr("Reached");
    case Outcome::NoAnswer:
        return tr("No answer");
    case Outcome::Busy:
        return tr("Busy");
    case Outcome::WrongNumber:
        return tr("Wrong number");
    case Outcome::Refused:
        return tr("Refused");
    case Outcome::CallBack:
        return tr("Call back at…");
    }
    return id;
}

QString FollowupText::status(const QString &s)
{
    if (s == u"open"_s)
        return tr("Open");
    if (s == u"done"_s)
        return tr("Done");
    if (s == u"unreachable"_s)
        return tr("Unreachable");
    if (s == u"cancelled"_s)
        return tr("Cancelled");
    if (s == u"expired"_s)
        return tr("Expired");
    return s;
}

QString FollowupText::offsetMeaning(TaskKind k)
{
    switch (k) {
    case TaskKind::DeliveryThanks:
    case TaskKind::DeliveryFollowUp:
    case TaskKind::SalesSurvey:
    case TaskKind::DeliveryUsage:
        return tr("days after delivery");
    case TaskKind::AfterService:
        return tr("days after the visit");
    case TaskKind::InsuranceRenewal:
        return tr("days before the policy expires");
    case TaskKind::BirthdayCare:
        return tr("days after the birthday");
    case TaskKind::WinBack:
        return tr("days after becoming at risk");
    case TaskKind::ComplaintReturn:
        return tr("days after the complaint closes");
    case TaskKind::FirstMaintenance:
    case TaskKind::RoutineMaintenance:
        return tr("opens at 80 % of the model's limit");
    case TaskKind::MemberCare:
        return tr("once a quarter");
    case TaskKind::MemberService:
        return tr("days before the member service");
    case TaskKind::AppointmentConfirm:
        return tr("days before the appointment");
    case TaskKind::AppointmentRebook:
        return tr("days after the no-show");
    case TaskKind::Callback:
        return tr("days after the agreed time");
    case TaskKind::Campaign:
        return tr("the campaign's dates");
    case TaskKind::FeedbackInform:
        return tr("days after the department's result");
    }
    return {};
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
            return {A::Retry, callBackAt}; // the customer chose the time
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
