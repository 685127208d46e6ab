// The follow-up date rules on hand-made dates: month ends, leap days, vehicles with no history.
#include "followups/core/FollowupRules.h"
#include "followups/core/ScriptWords.h"

using namespace Qt::StringLiterals;

#include <gtest/gtest.h>

#include <cmath>

using namespace crm::followups;
namespace calendar = crm::calendar;

TEST(FollowupRules, DeliveryScheduleCountsDaysAcrossMonthEnds)
{
    const QDate delivered(2026, 1, 31);
    QList<QDate> due;
    for (TaskKind k : {TaskKind::DeliveryThanks, TaskKind::DeliveryFollowUp, TaskKind::SalesSurvey, TaskKind::DeliveryUsage})
        due << windowFrom(delivered, defaultRule(k)).due;
    EXPECT_EQ(due, (QList<QDate>{QDate(2026, 2, 1), QDate(2026, 2, 3), QDate(2026, 2, 7), QDate(2026, 3, 2)}));
    const Window survey = windowFrom(delivered, defaultRule(TaskKind::SalesSurvey));
    EXPECT_EQ(survey.expires, QDate(2026, 2, 14));
    EXPECT_TRUE(survey.contains(QDate(2026, 2, 10)));
    EXPECT_FALSE(survey.contains(QDate(2026, 2, 15)));
    EXPECT_EQ(kindId(TaskKind::SalesSurvey), QStringLiteral("sales_survey"));
    EXPECT_EQ(kindFromId(QStringLiteral("member_care")), TaskKind::MemberCare);
    EXPECT_EQ(defaultRules().size(), allKinds().size()); // every kind has a default rule
}

TEST(FollowupRules, InsuranceOpensBeforeExpiryAndIsGoneOnTheDay)
{
    const Window w = windowFrom(QDate(2026, 3, 1), defaultRule(TaskKind::InsuranceRenewal));
    EXPECT_EQ(w.available, QDate(2026, 1, 30));
    EXPECT_EQ(w.due, QDate(2026, 2, 6));
    EXPECT_EQ(w.expires, QDate(2026, 3, 1));
}

TEST(FollowupRules, QuietHoursReadAndWrittenAsSettingsText)
{
    const auto q = QuietHours::parse(QStringLiteral("00:00-09:00, 12:00-14:00,20:00-24:00"));
    ASSERT_TRUE(q.has_value());
    EXPECT_EQ(q->toString(), QuietHours::defaults().toString());
    EXPECT_TRUE(q->isQuiet(QTime(21, 30)));
    EXPECT_FALSE(q->isQuiet(QTime(14, 0)));
    EXPECT_FALSE(QuietHours::parse(QStringLiteral("9-12")).has_value());
    EXPECT_FALSE(QuietHours::parse(QStringLiteral("14:00-12:00")).has_value());
    for (Outcome o : kAllOutcomes)
        EXPECT_EQ(outcomeFromId(outcomeId(o)), o);
}

TEST(FollowupRules, AfterServiceWithinThreeDaysExpiresAtFifteen)
{
    const Window w = afterServiceWindow(QDate(2026, 11, 20));
    EXPECT_EQ(w.available, QDate(2026, 11, 21));
    EXPECT_EQ(w.due, QDate(2026, 11, 23));
    EXPECT_EQ(w.expires, QDate(2026, 12, 5));
}

TEST(FollowupRules, MileageFromHistoryAndTheFallback)
{
    EXPECT_DOUBLE_EQ(averageDailyKm({{QDate(2026, 1, 1), 0}}), 40.0); // delivery only: no history
    EXPECT_DOUBLE_EQ(averageDailyKm({}), 40.0);
    EXPECT_DOUBLE_EQ(averageDailyKm({{QDate(2026, 1, 1), 0}, {QDate(2026, 4, 11), 5000}}), 50.0); // 100 days
    // Order does not matter; a reading that goes backwards (odometer swap) falls back.
    EXPECT_DOUBLE_EQ(averageDailyKm({{QDate(2026, 4, 11), 5000}, {QDate(2026, 1, 1), 0}}), 50.0);
    EXPECT_DOUBLE_EQ(averageDailyKm({{QDate(2026, 1, 1), 9000}, {QDate(2026, 4, 11), 100}}), 40.0);
}

TEST(FollowupRules, FirstMaintenanceAtEightyPercentWhicheverFirst)
{
    // Delivered on a leap day. By time: 80 % of the 182 days to 2024-08-29 is day 145 → 2024-07-23.
    // By mileage at 40 km/day: 4,000 km after 100 days → 2024-06-08, which comes first.
    EXPECT_EQ(maintenanceReminder(QDate(2024, 2, 29), kFirstMaintenance, 40.0), QDate(2024, 6, 8));
    // A car that is hardly driven is reminded by time.
    EXPECT_EQ(maintenanceReminder(QDate(2024, 2, 29), kFirstMaintenance, 5.0), QDate(2024, 7, 23));
    // Routine: 12 months / 10,000 km from the last maintenance (2025-03-31, 25 km/day → 320 days = 2026-02-14;
    // by time: 80 % of 365 days = day 292 → 2026-01-17).
    EXPECT_EQ(maintenanceReminder(QDate(2025, 3, 31), kRoutineMaintenance, 25.0), QDate(2026, 1, 17));
}

TEST(FollowupRules, InsuranceAndBirthdays)
{
    EXPECT_EQ(insuranceReminder(QDate(2027, 1, 15)), QDate(2026, 12, 16));
    EXPECT_EQ(birthdayIn(2026, QDate(1988, 2, 29)), QDate(2026, 2, 28));
    EXPECT_EQ(birthdayIn(2028, QDate(1988, 2, 29)), QDate(2028, 2, 29));
    EXPECT_EQ(birthdayIn(2026, QDate(1990, 12, 31)), QDate(2026, 12, 31));
    EXPECT_FALSE(birthdayIn(2026, QDate()).isValid());
}

TEST(FollowupRules, DoNotDisturb)
{
    const QuietHours q = QuietHours::defaults();
    EXPECT_TRUE(q.isQuiet(QTime(8, 59)));
    EXPECT_FALSE(q.isQuiet(QTime(9, 0)));
    EXPECT_TRUE(q.isQuiet(QTime(12, 30)));
    EXPECT_FALSE(q.isQuiet(QTime(14, 0)));
    EXPECT_FALSE(q.isQuiet(QTime(19, 59)));
    EXPECT_TRUE(q.isQuiet(QTime(20, 0)));
    EXPECT_TRUE(q.isQuiet(QTime(23, 30)));
    const QDate d(2026, 11, 22);
    EXPECT_EQ(q.nextAllowed(QDateTime(d, QTime(8, 30))), QDateTime(d, QTime(9, 0)));
    EXPECT_EQ(q.nextAllowed(QDateTime(d, QTime(12, 45))), QDateTime(d, QTime(14, 0)));
    EXPECT_EQ(q.nextAllowed(QDateTime(d, QTime(21, 0))), QDateTime(d.addDays(1), QTime(9, 0)));
    EXPECT_EQ(q.nextAllowed(QDateTime(d, QTime(10, 0))), QDateTime(d, QTime(10, 0)));
}

TEST(FollowupRules, RetriesAtDifferentTimesOfDayThenUnreachable)
{
    const QuietHours quiet = QuietHours::defaults();
    const RetryPolicy policy;
    const QDate d(2026, 11, 23);
    QList<QDateTime> attempts{QDateTime(d, QTime(10, 0))};
    // No answer in the morning: +2 h is 12:00 (quiet) → 14:00, an afternoon not tried yet.
    RetryDecision r = afterCall(Outcome::NoAnswer, attempts, attempts.last(), policy, quiet);
    ASSERT_EQ(r.action, RetryDecision::Action::Retry);
    EXPECT_EQ(r.nextAttempt, QDateTime(d, QTime(14, 0)));
    // No answer in the afternoon: +2 h is 16:00, afternoon again → the evening, 17:00.
    attempts << r.nextAttempt;
    r = afterCall(Outcome::NoAnswer, attempts, attempts.last(), policy, quiet);
    ASSERT_EQ(r.action, RetryDecision::Action::Retry);
    EXPECT_EQ(r.nextAttempt, QDateTime(d, QTime(17, 0)));
    // Third attempt unanswered: unreachable.
    attempts << r.nextAttempt;
    r = afterCall(Outcome::NoAnswer, attempts, attempts.last(), policy, quiet);
    EXPECT_EQ(r.action, RetryDecision::Action::Unreachable);
}

TEST(FollowupRules, OtherOutcomes)
{
    const QuietHours quiet = QuietHours::defaults();
    const RetryPolicy policy;
    const QDateTime now(QDate(2026, 11, 23), QTime(10, 0));
    EXPECT_EQ(afterCall(Outcome::Reached, {now}, now, policy, quiet).action, RetryDecision::Action::Done);
    EXPECT_EQ(afterCall(Outcome::Refused, {now}, now, policy, quiet).action, RetryDecision::Action::Done);
    EXPECT_EQ(afterCall(Outcome::WrongNumber, {now}, now, policy, quiet).action, RetryDecision::Action::Unreachable);
    // Busy: they are there; try again after the short delay.
    RetryDecision busy = afterCall(Outcome::Busy, {now}, now, policy, quiet);
    ASSERT_EQ(busy.action, RetryDecision::Action::Retry);
    EXPECT_EQ(busy.nextAttempt, now.addSecs(30 * 60));
    // Busy at 19:50: +30 min is quiet → the next morning.
    const QDateTime late(QDate(2026, 11, 23), QTime(19, 50));
    EXPECT_EQ(afterCall(Outcome::Busy, {late}, late, policy, quiet).nextAttempt, QDateTime(QDate(2026, 11, 24), QTime(9, 0)));
    // Call back when the customer asked.
    const QDateTime asked(QDate(2026, 11, 24), QTime(15, 30));
    RetryDecision cb = afterCall(Outcome::CallBack, {now}, now, policy, quiet, asked);
    ASSERT_EQ(cb.action, RetryDecision::Action::Retry);
    EXPECT_EQ(cb.nextAttempt, asked);
}

TEST(FollowupRules, MonthSpansBoundTheReminderByTime)
{
    // What generation's SQL bounds are built from: the fewest and most days of N months.
    EXPECT_EQ(shortestSpan(1), 28);
    EXPECT_EQ(longestSpan(1), 31);
    EXPECT_EQ(shortestSpan(6), 181); // 31 August → 28 February
    EXPECT_EQ(longestSpan(6), 184);  // 1 July → 1 January
    EXPECT_EQ(shortestSpan(12), 365);
    EXPECT_EQ(longestSpan(12), 366);
    // The reminder by time of any start lies within the share of those spans.
    for (QDate start(2023, 1, 1); start < QDate(2027, 1, 1); start = start.addDays(1)) {
        const qint64 after = start.daysTo(maintenanceReminder(start, kRoutineMaintenance, 0));
        EXPECT_GE(after, qint64(std::floor(shortestSpan(12) * kReminderShare)));
        EXPECT_LE(after, qint64(std::floor(longestSpan(12) * kReminderShare)));
    }
    EXPECT_EQ(earliestOpenStart(QDate(2026, 11, 30), 12, 60), QDate(2026, 11, 30).addDays(-60 - 292));
}

TEST(ScriptWords, SalutationFollowsTheKnownGender)
{
    EXPECT_EQ(crm::followups::salutation(u"林小雨"_s, u"F"_s), u"林女士"_s);
    EXPECT_EQ(crm::followups::salutation(u"张伟明"_s, u"M"_s), u"张先生"_s);
    EXPECT_EQ(crm::followups::salutation(u"王芳"_s, QString()), u"王先生/女士"_s);
    EXPECT_EQ(crm::followups::salutation(u"欧阳娜娜"_s, u"F"_s), u"欧阳女士"_s);
}

TEST(ScriptWords, TheServiceDayIsSaidFromToday)
{
    const QDate today(2026, 12, 3);
    EXPECT_EQ(crm::followups::dayWord(QDate(2026, 12, 4), today), u"明天"_s);
    EXPECT_EQ(crm::followups::dayWord(QDate(2026, 12, 3), today), u"今天"_s); // a reminder worked a day late
    EXPECT_EQ(crm::followups::dayWord(QDate(2026, 12, 5), today), u"后天"_s);
    EXPECT_EQ(crm::followups::dayWord(QDate(2026, 12, 9), today), u"12月9日"_s);
}

TEST(FollowupRules, DueWithinNDaysOnAClock)
{
    const calendar::WorkCalendar national(calendar::shippedArrangements());
    // From Wednesday 30 September 2026, two days: calendar 2 October; working days skip National
    // Day (1–7 October) → 9 October; the store's days skip only its own closed days.
    EXPECT_EQ(countedDaysAfter(QDate(2026, 9, 30), 2, national.counting(calendar::Clock::CalendarHours)), QDate(2026, 10, 2));
    EXPECT_EQ(countedDaysAfter(QDate(2026, 9, 30), 2, national.counting(calendar::Clock::WorkingDays)), QDate(2026, 10, 9));
    calendar::OpeningHours store = calendar::OpeningHours::defaults();
    store.days[6].spans.clear(); // closed on Sundays
    EXPECT_EQ(countedDaysAfter(QDate(2026, 11, 28), 1, national.counting(calendar::Clock::StoreHours, store)),
              QDate(2026, 11, 30));
    EXPECT_EQ(countedDaysAfter(QDate(2026, 11, 28), 0, national.counting(calendar::Clock::StoreHours, store)),
              QDate(2026, 11, 28));
}
