// Working time on hand-computed dates: a weekend, the National Day week, a make-up working day,
// a pause while waiting on the customer, and the yearly arrangement file.
#include "core/WorkCalendar.h"

#include <gtest/gtest.h>

using namespace crm::calendar;

namespace {
QDateTime at(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min));
}
const qint64 kDay = 24 * 60;
} // namespace

TEST(WorkCalendar, WeekendsHolidaysAndMakeUpDays)
{
    const WorkCalendar cal(shippedArrangements());
    // Friday 16:00 + 24 h: the weekend does not count.
    EXPECT_EQ(cal.addWorkingMinutes(at(2026, 11, 20, 16), kDay), at(2026, 11, 23, 16));
    // 30 September 10:00 + 24 h: 14 h that day, National Day 1–7 October off, 10 h on the 8th.
    EXPECT_EQ(cal.addWorkingMinutes(at(2026, 9, 30, 10), kDay), at(2026, 10, 8, 10));
    // Friday 9 October 12:00 + 24 h: Saturday the 10th is a make-up working day.
    EXPECT_TRUE(cal.isWorkingDay(QDate(2026, 10, 10)));
    EXPECT_EQ(cal.addWorkingMinutes(at(2026, 10, 9, 12), kDay), at(2026, 10, 10, 12));
    // Spring Festival 2026: 15–23 February off, Saturday the 14th worked.
    EXPECT_FALSE(cal.isWorkingDay(QDate(2026, 2, 16)));
    EXPECT_EQ(cal.addWorkingMinutes(at(2026, 2, 13, 18), kDay), at(2026, 2, 14, 18));
    EXPECT_EQ(cal.addWorkingMinutes(at(2026, 2, 14, 20), kDay), at(2026, 2, 24, 20));
    // Seven days (168 h) from Monday 9:00: 15 h Monday, 4 × 24 h to Friday night (111 h), the
    // weekend nothing, Monday and Tuesday 48 h (159 h), 9 h Wednesday → Wednesday 9:00.
    EXPECT_EQ(cal.addWorkingMinutes(at(2026, 11, 23, 9), 7 * kDay), at(2026, 12, 2, 9));
    EXPECT_EQ(cal.workingMinutesBetween(at(2026, 11, 20, 16), at(2026, 11, 23, 16)), kDay);
    EXPECT_EQ(cal.workingMinutesBetween(at(2026, 11, 23, 16), at(2026, 11, 20, 16)), 0);
}

TEST(WorkCalendar, PausesDoNotCount)
{
    const WorkCalendar cal(shippedArrangements());
    // Monday 9:00 + 24 h, paused from Monday 12:00 to Tuesday 12:00 (waiting on the customer):
    // 3 h Monday, 12 h Tuesday afternoon, 9 h Wednesday → Wednesday 9:00.
    const QList<Interval> pause{{at(2026, 11, 23, 12), at(2026, 11, 24, 12)}};
    EXPECT_EQ(cal.addWorkingMinutes(at(2026, 11, 23, 9), kDay, pause), at(2026, 11, 25, 9));
    EXPECT_EQ(cal.workingMinutesBetween(at(2026, 11, 23, 9), at(2026, 11, 25, 9), pause), kDay);
    // A pause that has not ended: no deadline yet.
    const QList<Interval> open{{at(2026, 11, 23, 12), QDateTime()}};
    EXPECT_FALSE(cal.addWorkingMinutes(at(2026, 11, 23, 9), kDay, open).isValid());
    EXPECT_EQ(cal.addWorkingMinutes(at(2026, 11, 23, 9), 60, open), at(2026, 11, 23, 10)); // before the pause
}

TEST(WorkCalendar, ArrangementFileSaysWhatIsWrong)
{
    auto ok = parseArrangement(QStringLiteral("# 2027\n2027-02-06,holiday,春节\n2027-02-14，班，春节调休\n\n"));
    ASSERT_TRUE(ok.ok()) << ok.error().message.toStdString();
    ASSERT_EQ(ok->size(), 2);
    EXPECT_FALSE(ok->at(0).working);
    EXPECT_TRUE(ok->at(1).working);
    EXPECT_EQ(ok->at(1).name, QStringLiteral("春节调休"));
    auto bad = parseArrangement(QStringLiteral("2027-02-06,holiday\n2027/02/07,holiday\n2027-02-08,maybe\n"));
    ASSERT_FALSE(bad.ok());
    EXPECT_TRUE(bad.error().message.contains(QStringLiteral("line 2")));
    EXPECT_TRUE(bad.error().message.contains(QStringLiteral("line 3")));
    EXPECT_FALSE(parseArrangement(QStringLiteral("# nothing\n")).ok());
    EXPECT_EQ(shippedYears(), (QList<int>{2024, 2025, 2026}));
}
