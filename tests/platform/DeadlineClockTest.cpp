// The three clocks a deadline may count on, on hand-computed dates: the 2026 National Day week
// (1–7 October off; Sunday 20 September and Saturday 10 October worked), the Spring Festival
// (15–23 February off; Saturdays 14 and 28 February worked), the store's own hours and closed
// days, a change of those hours, and a pause.
#include "core/Deadline.h"
#include "feedback/core/FeedbackRules.h"

#include <gtest/gtest.h>

using namespace crm::calendar;

namespace {
QDateTime at(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min));
}
const qint64 kDay = 24 * 60;
const WorkCalendar national(shippedArrangements());
} // namespace

TEST(DeadlineClock, CalendarHoursCountEveryHour)
{
    const WorkCalendar cal = national.counting(Clock::CalendarHours);
    EXPECT_EQ(cal.addWorkingMinutes(at(2026, 9, 30, 10), kDay), at(2026, 10, 1, 10)); // National Day counts
    EXPECT_EQ(cal.addWorkingMinutes(at(2026, 2, 14, 20), kDay), at(2026, 2, 15, 20)); // so does the Spring Festival
    EXPECT_EQ(cal.workingMinutesBetween(at(2026, 11, 20, 16), at(2026, 11, 23, 16)), 3 * kDay);
}

TEST(DeadlineClock, WorkingDaysFollowTheNationalCalendar)
{
    const WorkCalendar cal = national.counting(Clock::WorkingDays);
    EXPECT_EQ(cal.addWorkingMinutes(at(2026, 9, 30, 10), kDay), at(2026, 10, 8, 10));
    // Saturday 19 September is off, Sunday the 20th a make-up working day.
    EXPECT_EQ(cal.addWorkingMinutes(at(2026, 9, 19, 12), kDay), at(2026, 9, 21, 0));
    EXPECT_EQ(cal.addWorkingMinutes(at(2026, 10, 9, 12), kDay), at(2026, 10, 10, 12)); // Saturday 10 October worked
    EXPECT_EQ(cal.addWorkingMinutes(at(2026, 2, 14, 20), kDay), at(2026, 2, 24, 20));
    EXPECT_EQ(cal.addWorkingMinutes(at(2026, 2, 27, 12), kDay), at(2026, 2, 28, 12)); // Saturday 28 February worked
    // The default clock of a calendar is this one: complaint deadlines made before clocks existed do not move.
    EXPECT_EQ(national.clock(), Clock::WorkingDays);
    EXPECT_EQ(national.addWorkingMinutes(at(2026, 9, 30, 10), kDay), cal.addWorkingMinutes(at(2026, 9, 30, 10), kDay));
}

TEST(DeadlineClock, StoreHoursCountOpeningHoursOnly)
{
    // Open every day 08:30–17:30: National Day is a working day for the store.
    const WorkCalendar open = national.counting(Clock::StoreHours, OpeningHours::defaults());
    // 30 September 10:00 + 24 h: 7.5 h, 9 h on 1 October, 7.5 h on the 2nd → 16:00.
    EXPECT_EQ(open.addWorkingMinutes(at(2026, 9, 30, 10), kDay), at(2026, 10, 2, 16));
    // The store closes 1–3 October: 7.5 h, then 9 h on the 4th, 7.5 h on the 5th.
    OpeningHours closed = OpeningHours::defaults();
    closed.closedDates = {QDate(2026, 10, 1), QDate(2026, 10, 2), QDate(2026, 10, 3)};
    const WorkCalendar holiday = national.counting(Clock::StoreHours, closed);
    EXPECT_EQ(holiday.addWorkingMinutes(at(2026, 9, 30, 10), kDay), at(2026, 10, 5, 16));
    // Spring Festival: closed on New Year's Eve to the second day (16–18 February). From Saturday
    // 14 February 20:00 (after closing): 9 h on the 15th, the 19th 9 h, 6 h on the 20th → 14:30.
    OpeningHours festival = OpeningHours::defaults();
    festival.closedDates = {QDate(2026, 2, 16), QDate(2026, 2, 17), QDate(2026, 2, 18)};
    EXPECT_EQ(national.counting(Clock::StoreHours, festival).addWorkingMinutes(at(2026, 2, 14, 20), kDay),
              at(2026, 2, 20, 14, 30));
    // Minutes between, on opening hours: Friday 16:00 to Monday 16:00 is 1.5 + 9 + 9 + 7.5 h.
    EXPECT_EQ(open.workingMinutesBetween(at(2026, 11, 20, 16), at(2026, 11, 23, 16)), 27 * 60);
}

TEST(DeadlineClock, AChangeOfOpeningHoursChangesTheCount)
{
    // Monday 23 November 11:00 + 9 h on 08:30–17:30: 6.5 h Monday, 2.5 h Tuesday → 11:00.
    const WorkCalendar before = national.counting(Clock::StoreHours, OpeningHours::defaults());
    EXPECT_EQ(before.addWorkingMinutes(at(2026, 11, 23, 11), 9 * 60), at(2026, 11, 24, 11));
    // With a lunch break (08:30–12:00, 13:30–17:30) and Sundays closed: 1 h + 4 h Monday,
    // 3.5 h Tuesday morning, 0.5 h after lunch → Tuesday 14:00.
    OpeningHours lunch = OpeningHours::defaults();
    for (auto &d : lunch.days)
        d.spans = {{QTime(8, 30), QTime(12, 0)}, {QTime(13, 30), QTime(17, 30)}};
    lunch.days[6].spans.clear();
    const WorkCalendar after = national.counting(Clock::StoreHours, lunch);
    EXPECT_EQ(after.addWorkingMinutes(at(2026, 11, 23, 11), 9 * 60), at(2026, 11, 24, 14));
    // Saturday 28 November 17:00 + 2 h: 0.5 h Saturday, Sunday closed, 1.5 h Monday → 10:00.
    EXPECT_EQ(after.addWorkingMinutes(at(2026, 11, 28, 17), 2 * 60), at(2026, 11, 30, 10));
}

TEST(DeadlineClock, PausesDoNotCountOnAnyClock)
{
    // Monday 10:00 + 9 h on the store's hours, paused from Monday 12:00 to Tuesday 09:30:
    // 2 h Monday, 7 h from 09:30 Tuesday → 16:30.
    const QList<Interval> pause{{at(2026, 11, 23, 12), at(2026, 11, 24, 9, 30)}};
    const WorkCalendar store = national.counting(Clock::StoreHours, OpeningHours::defaults());
    EXPECT_EQ(store.addWorkingMinutes(at(2026, 11, 23, 10), 9 * 60, pause), at(2026, 11, 24, 16, 30));
    // On calendar hours: 2 h to the pause, then 7 h from Tuesday 09:30 → 16:30 as well.
    EXPECT_EQ(national.counting(Clock::CalendarHours).addWorkingMinutes(at(2026, 11, 23, 10), 9 * 60, pause),
              at(2026, 11, 24, 16, 30));
    // A deadline names its clock and counts the pause.
    const Deadline d = computeDeadline(store, at(2026, 11, 23, 10), 9 * 60, 0, 80, pause, {}, at(2026, 11, 24, 12));
    EXPECT_EQ(d.clock, Clock::StoreHours);
    EXPECT_EQ(d.dueAt, at(2026, 11, 24, 16, 30));
    EXPECT_EQ(d.pausedMin, 390); // open hours spent paused by Tuesday 12:00: 12:00–17:30 Monday, 08:30–09:30 Tuesday
    EXPECT_EQ(d.state, Deadline::State::Pending);
}

TEST(DeadlineClock, FeedbackDueTimesAndStates)
{
    // Received Monday 23 November 09:00; first answer 9 h, resolution 27 h on the store's hours.
    const WorkCalendar store = national.counting(Clock::StoreHours, OpeningHours::defaults());
    const auto due = crm::feedback::dueTimes(store, at(2026, 11, 23, 9), 9, 27);
    EXPECT_EQ(due.answerDue, at(2026, 11, 24, 9));        // 8.5 h Monday, 0.5 h Tuesday
    EXPECT_EQ(due.answerWarn, at(2026, 11, 23, 16, 12));  // 80 %: 7.2 h
    EXPECT_EQ(due.resolveDue, at(2026, 11, 26, 9));       // 8.5 + 9 + 9 + 0.5 h
    EXPECT_EQ(due.resolveWarn, at(2026, 11, 25, 12, 36)); // 21.6 h
    using S = Deadline::State;
    EXPECT_EQ(stateAt(due.answerWarn, due.answerDue, {}, at(2026, 11, 23, 12)), S::Pending);
    EXPECT_EQ(stateAt(due.answerWarn, due.answerDue, {}, at(2026, 11, 23, 17)), S::Warning);
    EXPECT_EQ(stateAt(due.answerWarn, due.answerDue, {}, at(2026, 11, 24, 9)), S::Overdue);
    EXPECT_EQ(stateAt(due.answerWarn, due.answerDue, at(2026, 11, 24, 8, 59), at(2026, 12, 1, 9)), S::MetOnTime);
    EXPECT_EQ(stateAt(due.answerWarn, due.answerDue, at(2026, 11, 24, 9, 1), at(2026, 12, 1, 9)), S::MetLate);
    EXPECT_EQ(clockFromId(clockId(Clock::StoreHours)), Clock::StoreHours);
    EXPECT_FALSE(clockFromId(QStringLiteral("moon")).has_value());
}
