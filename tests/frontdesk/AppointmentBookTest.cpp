// The appointment book's rules (frontdesk/core): slots, capacity, statuses, no-shows, arrivals.
#include "frontdesk/core/AppointmentBook.h"

#include <gtest/gtest.h>

using namespace crm::frontdesk;
using namespace Qt::StringLiterals;

namespace {
const QDateTime kNow(QDate(2026, 12, 3), QTime(10, 0)); // a Thursday
}

TEST(AppointmentBook, SlotsFromOpeningToClosing)
{
    OpeningHours h = OpeningHours::defaults(); // 08:30–17:30 every day
    const QList<QTime> starts = slotsOf(QDate(2026, 12, 4), h, 60);
    ASSERT_EQ(starts.size(), 9); // 08:30 … 16:30, the last ending at closing
    EXPECT_EQ(starts.first(), QTime(8, 30));
    EXPECT_EQ(starts.last(), QTime(16, 30));
    h.days[6] = {}; // closed on Sundays
    EXPECT_TRUE(slotsOf(QDate(2026, 12, 6), h, 60).isEmpty());
    h.closedDates << QDate(2027, 2, 17); // Spring Festival
    EXPECT_FALSE(h.isOpenOn(QDate(2027, 2, 17)));
    EXPECT_EQ(slotsOf(QDate(2026, 12, 4), h, 30).size(), 18);
    h.days[4].spans = {{QTime(8, 30), QTime(12, 0)}, {QTime(13, 30), QTime(17, 30)}}; // Friday with a lunch break
    const QList<QTime> friday = slotsOf(QDate(2026, 12, 4), h, 60);
    EXPECT_EQ(friday, (QList<QTime>{QTime(8, 30), QTime(9, 30), QTime(10, 30), QTime(13, 30), QTime(14, 30), QTime(15, 30),
                                    QTime(16, 30)}));
    EXPECT_EQ(check(QDateTime(QDate(2026, 12, 4), QTime(11, 30)), 1, false, {}, h, Capacity{60, 3, 48, 16}, kNow),
              Refusal::OutsideHours);
    QStringList bad;
    EXPECT_EQ(parseClosedDates(u"2027-02-17，2027-02-18 2027-13-01"_s, &bad),
              (QSet<QDate>{QDate(2027, 2, 17), QDate(2027, 2, 18)}));
    EXPECT_EQ(bad, QStringList{u"2027-13-01"_s});
}

TEST(AppointmentBook, EveryRefusalHasItsReason)
{
    const OpeningHours h = OpeningHours::defaults();
    const Capacity cap; // 30-minute slots, 3 a slot, 48 h a day, 16 h an advisor
    const QDateTime slot(QDate(2026, 12, 4), QTime(9, 30));
    EXPECT_EQ(check(slot, 2, true, {}, h, cap, kNow), Refusal::None);
    EXPECT_EQ(check(QDateTime(QDate(2026, 12, 3), QTime(9, 30)), 2, false, {}, h, cap, kNow), Refusal::Past);
    EXPECT_EQ(check(QDateTime(QDate(2026, 12, 4), QTime(7, 30)), 2, false, {}, h, cap, kNow), Refusal::OutsideHours);
    EXPECT_EQ(check(QDateTime(QDate(2026, 12, 4), QTime(17, 30)), 2, false, {}, h, cap, kNow), Refusal::OutsideHours);
    EXPECT_EQ(check(QDateTime(QDate(2026, 12, 4), QTime(9, 45)), 2, false, {}, h, cap, kNow), Refusal::NotASlot);
    OpeningHours holiday = h;
    holiday.closedDates << QDate(2026, 12, 4);
    EXPECT_EQ(check(slot, 2, false, {}, holiday, cap, kNow), Refusal::ClosedDay);
    EXPECT_EQ(check(slot, 2, false, {3, 0, 0}, h, cap, kNow), Refusal::SlotFull);
    EXPECT_EQ(check(slot, 2, false, {2, 47, 0}, h, cap, kNow), Refusal::DayFull);
    EXPECT_EQ(check(slot, 2, true, {2, 40, 15}, h, cap, kNow), Refusal::AdvisorFull);
    EXPECT_EQ(check(slot, 2, false, {2, 40, 15}, h, cap, kNow), Refusal::None); // no advisor chosen
    EXPECT_TRUE(overridable(Refusal::SlotFull) && overridable(Refusal::DayFull) && overridable(Refusal::AdvisorFull));
    EXPECT_FALSE(overridable(Refusal::Past) || overridable(Refusal::ClosedDay) || overridable(Refusal::OutsideHours));
    for (Refusal r : {Refusal::Past, Refusal::ClosedDay, Refusal::OutsideHours, Refusal::NotASlot, Refusal::SlotFull,
                      Refusal::DayFull, Refusal::AdvisorFull})
        EXPECT_FALSE(FrontdeskText::refusal(r).isEmpty());
}

TEST(AppointmentBook, StatusesMoveOnlyForward)
{
    EXPECT_TRUE(canMove(Status::Booked, Status::Confirmed));
    EXPECT_TRUE(canMove(Status::Confirmed, Status::Arrived));
    EXPECT_TRUE(canMove(Status::Arrived, Status::Completed));
    EXPECT_TRUE(canMove(Status::NoShow, Status::Arrived)); // turned up late after all
    EXPECT_FALSE(canMove(Status::Completed, Status::Cancelled));
    EXPECT_FALSE(canMove(Status::Cancelled, Status::Booked));
    EXPECT_FALSE(canMove(Status::Arrived, Status::NoShow));
    for (Status s : {Status::Booked, Status::Confirmed, Status::Arrived, Status::Completed, Status::NoShow, Status::Cancelled,
                     Status::Rescheduled})
        EXPECT_EQ(statusFromId(statusId(s)), s);
    EXPECT_FALSE(statusFromId(u"kept"_s).has_value());
    EXPECT_TRUE(isLive(Status::Confirmed));
    EXPECT_FALSE(isLive(Status::Cancelled) || isLive(Status::NoShow) || isLive(Status::Rescheduled));
}

TEST(AppointmentBook, NoShowsAfterTheGraceAndArrivalsWithinTheWindow)
{
    const QDateTime slotEnd(QDate(2026, 12, 3), QTime(10, 30));
    EXPECT_FALSE(isNoShow(Status::Booked, slotEnd, 60, QDateTime(QDate(2026, 12, 3), QTime(11, 29))));
    EXPECT_TRUE(isNoShow(Status::Booked, slotEnd, 60, QDateTime(QDate(2026, 12, 3), QTime(11, 30))));
    EXPECT_TRUE(isNoShow(Status::Confirmed, slotEnd, 60, QDateTime(QDate(2026, 12, 4), QTime(8, 0))));
    EXPECT_FALSE(isNoShow(Status::Arrived, slotEnd, 60, QDateTime(QDate(2026, 12, 4), QTime(8, 0))));
    EXPECT_TRUE(arrivalMatches(QDate(2026, 12, 3), QDate(2026, 12, 3), 0));
    EXPECT_FALSE(arrivalMatches(QDate(2026, 12, 3), QDate(2026, 12, 4), 0));
    EXPECT_TRUE(arrivalMatches(QDate(2026, 12, 3), QDate(2026, 12, 4), 1));
    EXPECT_TRUE(arrivalMatches(QDate(2026, 12, 3), QDate(2026, 12, 2), 1));
}
