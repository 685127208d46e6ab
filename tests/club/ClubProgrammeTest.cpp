// The owners' club around the ledger: gifts within stock and balance (and back on cancel),
// activities within capacity with check-in points once, member services that never double-book
// a car, referrals rewarded exactly once, lead imports, cards per vehicle, the timeline, merges,
// birthdays and the club report — on both engines.
#include "TestDatabase.h"

#include "archives/data/CustomerRepository.h"
#include "archives/services/MergeService.h"
#include "club/core/ClubRules.h"
#include "club/services/ActivityService.h"
#include "club/services/ClubReportService.h"
#include "club/services/ClubService.h"
#include "club/services/GiftService.h"
#include "club/services/MemberServiceDesk.h"
#include "data/Transaction.h"
#include "leads/services/LeadService.h"
#include "services/SettingsService.h"

#include <QFile>
#include <QTemporaryDir>
#include <thread>

using namespace crm;
using namespace crm::data;
using namespace crm::services;
using namespace Qt::StringLiterals;

TEST(ClubRules, LeadsMoveForwardOrAreLostAndImportsNameTheirPlatforms)
{
    EXPECT_TRUE(club::leadStepAllowed(u"new"_s, u"contacted"_s));
    EXPECT_TRUE(club::leadStepAllowed(u"new"_s, u"ordered"_s)); // a walk-in may order at once
    EXPECT_TRUE(club::leadStepAllowed(u"test_drive"_s, u"lost"_s));
    EXPECT_FALSE(club::leadStepAllowed(u"ordered"_s, u"contacted"_s));
    EXPECT_FALSE(club::leadStepAllowed(u"delivered"_s, u"lost"_s));
    EXPECT_FALSE(club::leadStepAllowed(u"lost"_s, u"contacted"_s));
    EXPECT_EQ(club::ClubText::leadSourceFromText(u"汽车之家"_s), u"autohome"_s);
    EXPECT_EQ(club::ClubText::leadSourceFromText(u"Dongchedi"_s), u"dongchedi"_s);
    EXPECT_EQ(club::ClubText::leadSourceFromText(u""_s), u"other"_s);
    EXPECT_EQ(club::ClubText::leadSourceFromText(u"抖音直播"_s), u"抖音直播"_s); // kept as written
    EXPECT_EQ(club::resourceKindFor(u"replacement_car"_s), u"car"_s);
    EXPECT_EQ(club::resourceKindFor(u"inspection"_s), QString());
}

class ClubProgrammeTest : public test::DbTest {
protected:
    void SetUp() override
    {
        DbTest::SetUp();
        if (HasFatalFailure() || IsSkipped())
            return;
        staff = test::insertUser(db(), u"club"_s, u"俱乐部专员"_s, Role::Club);
        m_clock.set(QDateTime(QDate(2026, 3, 2), QTime(10, 0)).toUTC());
        member = newMember(u"王会员"_s, u"13800001111"_s);
    }
    qint64 newCustomer(const QString &name, const QString &mobile, const QDate &birthday = {})
    {
        Transaction tx(db());
        CustomerRow c;
        c.name = name;
        c.mobile = mobile;
        c.birthday = birthday;
        const qint64 id = *CustomerRepository(db()).insertCustomer(c, u"x"_s);
        EXPECT_TRUE(tx.commit().ok());
        return id;
    }
    qint64 newVehicle(qint64 customer, const QString &plate)
    {
        Transaction tx(db());
        VehicleRow v;
        v.customerId = customer;
        v.plate = plate;
        v.vin = u"LVTEST"_s + plate.right(5) + u"000000"_s; // unique per plate; not validated here
        v.model = u"凯美瑞"_s;
        const qint64 id = *CustomerRepository(db()).insertVehicle(v, u"x"_s);
        EXPECT_TRUE(tx.commit().ok());
        return id;
    }
    qint64 newMember(const QString &name, const QString &mobile, qint64 points = 0)
    {
        ClubService club(ctx());
        auto m = club.enroll(staff, newCustomer(name, mobile));
        EXPECT_TRUE(m.ok());
        if (points) {
            EXPECT_TRUE(club.earn(staff, m->id, points, u"开卡礼"_s).ok());
        }
        return m->id;
    }
    qint64 balance(qint64 m) { return ClubService(ctx()).member(staff, m).value().available; }
    qint64 stock(qint64 gift) { return db().scalar(u"SELECT stock FROM gifts WHERE id = ?"_s, {gift})->toLongLong(); }
    Session staff;
    qint64 member = 0;
};

TEST_P(ClubProgrammeTest, GiftsAreRedeemedWithinStockAndBalanceAndCancellingGivesBothBack)
{
    ClubService club(ctx());
    GiftService gifts(ctx());
    ASSERT_OK(club.earn(staff, member, 1000, u"保养"_s));
    auto towel = gifts.saveGift(staff, Gift{0, u"洗车毛巾"_s, 300, 2, true, {}});
    ASSERT_OK(towel);
    EXPECT_EQ(gifts.saveGift(staff, Gift{0, u""_s, 300, 2, true, {}}).error().kind, Error::Kind::Invalid);
    EXPECT_EQ(gifts.redeem(staff, member, *towel, 3).error().kind, Error::Kind::Invalid); // 2 in stock
    EXPECT_EQ(stock(*towel), 2);
    auto order = gifts.redeem(staff, member, *towel, 2);
    ASSERT_OK(order);
    EXPECT_EQ(balance(member), 400);
    EXPECT_EQ(stock(*towel), 0);
    auto oil = gifts.saveGift(staff, Gift{0, u"机油"_s, 500, 10, true, {}});
    ASSERT_OK(oil);
    auto refused = gifts.redeem(staff, member, *oil, 1); // 400 points left
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(u"400"_s)) << refused.error().message.toStdString();
    EXPECT_EQ(stock(*oil), 10); // the whole redemption rolled back
    EXPECT_EQ(gifts.cancelOrder(staff, *order, u""_s).error().kind, Error::Kind::Invalid);
    ASSERT_OK(gifts.cancelOrder(staff, *order, u"客户改选其他礼品"_s));
    EXPECT_EQ(balance(member), 1000);
    EXPECT_EQ(stock(*towel), 2);
    EXPECT_FALSE(gifts.cancelOrder(staff, *order, u"again"_s).ok()); // once
    auto second = gifts.redeem(staff, member, *towel, 1);
    ASSERT_OK(second);
    ASSERT_OK(gifts.fulfil(staff, *second));
    EXPECT_FALSE(gifts.cancelOrder(staff, *second, u"too late"_s).ok()); // handed out
    auto orders = gifts.orders(staff, QString(), member);
    ASSERT_OK(orders);
    ASSERT_EQ(orders->size(), 2);
    EXPECT_EQ(orders->at(0).status, u"fulfilled"_s);
    EXPECT_EQ(orders->at(1).status, u"cancelled"_s);
    auto lines = club.statement(staff, member);
    QStringList kinds;
    for (const StatementLine &l : *lines)
        kinds << l.kind + u':' + QString::number(l.points);
    EXPECT_EQ(kinds, (QStringList{u"earn:1000"_s, u"spend:-600"_s, u"refund:600"_s, u"spend:-300"_s}));
    EXPECT_EQ(lines->last().balance, 700);
}

TEST_P(ClubProgrammeTest, TwoDesksRedeemingTheLastGiftsNeverOversell)
{
    GiftService gifts(ctx());
    ASSERT_OK(ClubService(ctx()).earn(staff, member, 100000, u"大额"_s));
    auto gift = gifts.saveGift(staff, Gift{0, u"车载冰箱"_s, 100, 6, true, {}});
    ASSERT_OK(gift);
    std::atomic<int> ok{0};
    auto desk = [&] {
        auto other = Database::open(testDb().spec);
        ASSERT_TRUE(other.ok());
        FixedClock clock(m_clock.nowUtc());
        GiftService s(Context{**other, clock});
        for (int i = 0; i < 5; ++i)
            if (s.redeem(staff, member, *gift, 1).ok())
                ++ok;
    };
    std::thread a(desk), b(desk);
    a.join();
    b.join();
    EXPECT_EQ(ok.load(), 6);
    EXPECT_EQ(stock(*gift), 0);
    EXPECT_EQ(balance(member), 100000 - 600);
}

TEST_P(ClubProgrammeTest, ActivitiesKeepTheirCapacityAndPayAttendanceOnceOnTheDay)
{
    ActivityService activities(ctx());
    Activity a;
    a.title = u"春季自驾游"_s;
    a.startsAt = QDateTime(QDate(2026, 3, 15), QTime(9, 0));
    a.place = u"千岛湖"_s;
    a.capacity = 2;
    a.points = 100;
    auto id = activities.save(staff, a);
    ASSERT_OK(id);
    const qint64 second = newMember(u"李会员"_s, u"13800002222"_s), third = newMember(u"赵会员"_s, u"13800003333"_s);
    ASSERT_OK(activities.registerMember(staff, *id, member));
    EXPECT_EQ(activities.registerMember(staff, *id, member).error().kind, Error::Kind::Conflict);
    ASSERT_OK(activities.registerMember(staff, *id, second));
    auto full = activities.registerMember(staff, *id, third);
    ASSERT_FALSE(full.ok());
    EXPECT_TRUE(full.error().message.contains(u"2"_s));
    ASSERT_OK(activities.cancelRegistration(staff, *id, second));
    ASSERT_OK(activities.registerMember(staff, *id, third)); // the freed place
    a.id = *id;
    a.capacity = 1;
    EXPECT_FALSE(activities.save(staff, a).ok()); // two are registered
    // Check-in on the day only, with the points once.
    EXPECT_FALSE(activities.checkIn(staff, *id, member).ok());
    m_clock.set(QDateTime(QDate(2026, 3, 15), QTime(8, 30)).toUTC());
    EXPECT_EQ(*activities.checkIn(staff, *id, member), 100);
    EXPECT_FALSE(activities.checkIn(staff, *id, member).ok());
    EXPECT_FALSE(activities.checkIn(staff, *id, second).ok()); // cancelled registration
    EXPECT_EQ(balance(member), 100);
    auto people = activities.attendees(staff, *id);
    ASSERT_OK(people);
    ASSERT_EQ(people->size(), 3);
    auto got = activities.activity(staff, *id);
    EXPECT_EQ(got->registered, 2);
    EXPECT_EQ(got->attended, 1);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"attendance.csv"_s);
    ASSERT_OK(activities.exportAttendance(test::insertUser(db(), u"mgr"_s, u"经理"_s, Role::Manager), *id, path));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    EXPECT_TRUE(text.contains(u"王会员"_s));
    EXPECT_TRUE(text.contains(u"赵会员"_s));
}

TEST_P(ClubProgrammeTest, AReplacementCarIsNeverBookedTwiceForTheSameTime)
{
    MemberServiceDesk desk(ctx());
    auto car = desk.addResource(staff, u"car"_s, u"浙A·T1234 卡罗拉"_s);
    auto car2 = desk.addResource(staff, u"car"_s, u"浙A·T5678 雷凌"_s);
    ASSERT_OK(car);
    ASSERT_OK(car2);
    EXPECT_EQ(desk.addResource(staff, u"car"_s, u"浙A·T1234 卡罗拉"_s).error().kind, Error::Kind::Conflict);
    const qint64 customer = db().scalar(u"SELECT customer_id FROM club_members WHERE id = ?"_s, {member})->toLongLong();
    MemberServiceRequest r;
    r.memberId = member;
    r.kind = u"replacement_car"_s;
    r.vehicleId = newVehicle(customer, u"浙A12345"_s);
    r.startsAt = QDateTime(QDate(2026, 3, 10), QTime(9, 0));
    r.endsAt = QDateTime(QDate(2026, 3, 12), QTime(18, 0));
    EXPECT_EQ(desk.book(staff, r).error().kind, Error::Kind::Invalid); // no car chosen
    r.resourceId = *car;
    auto first = desk.book(staff, r);
    ASSERT_OK(first);
    MemberServiceRequest clash = r;
    clash.startsAt = QDateTime(QDate(2026, 3, 12), QTime(17, 0));
    clash.endsAt = QDateTime(QDate(2026, 3, 13), QTime(9, 0));
    EXPECT_EQ(desk.book(staff, clash).error().kind, Error::Kind::Conflict);
    clash.startsAt = QDateTime(QDate(2026, 3, 12), QTime(18, 0)); // back-to-back is fine
    ASSERT_OK(desk.book(staff, clash));
    clash.resourceId = *car2;
    clash.startsAt = QDateTime(QDate(2026, 3, 11), QTime(9, 0)); // another car is fine
    ASSERT_OK(desk.book(staff, clash));
    // The reminder call the day before, and the timeline.
    EXPECT_EQ(db().scalar(u"SELECT available FROM followup_tasks WHERE kind = 'member_service' AND source_key = ?"_s,
                          {u"member_service:%1"_s.arg(*first)})
                  ->toString(),
              u"2026-03-09"_s);
    ASSERT_OK(desk.close(staff, *first, u"cancelled"_s, u"客户取消"_s));
    EXPECT_EQ(db().scalar(u"SELECT status FROM followup_tasks WHERE source_key = ?"_s, {u"member_service:%1"_s.arg(*first)})
                  ->toString(),
              u"cancelled"_s);
    ASSERT_OK(desk.book(staff, r)); // the cancelled booking no longer holds the car
    auto timeline = CustomerRepository(db()).timeline(customer);
    ASSERT_OK(timeline);
    int services = 0;
    for (const TimelineEntry &e : *timeline)
        services += e.kind == u"member_service"_s;
    EXPECT_EQ(services, 4);

    // Two desks booking the same car for the same morning: exactly one wins.
    MemberServiceRequest same = r;
    same.startsAt = QDateTime(QDate(2026, 4, 1), QTime(9, 0));
    same.endsAt = QDateTime(QDate(2026, 4, 1), QTime(12, 0));
    std::atomic<int> ok{0};
    auto other = [&] {
        auto conn = Database::open(testDb().spec);
        ASSERT_TRUE(conn.ok());
        FixedClock clock(m_clock.nowUtc());
        MemberServiceDesk s(Context{**conn, clock});
        for (int i = 0; i < 3; ++i)
            if (s.book(staff, same).ok())
                ++ok;
    };
    std::thread a(other), b(other);
    a.join();
    b.join();
    EXPECT_EQ(ok.load(), 1);

    // A pick-up needs its address, an inspection its vehicle: refused with the field named.
    MemberServiceRequest pickup = same;
    pickup.kind = u"pickup"_s;
    pickup.resourceId = *desk.addResource(staff, u"driver"_s, u"王师傅"_s);
    pickup.startsAt = QDateTime(QDate(2026, 5, 1), QTime(9, 0));
    pickup.endsAt = QDateTime(QDate(2026, 5, 1), QTime(10, 0));
    auto noAddress = desk.book(staff, pickup);
    ASSERT_FALSE(noAddress.ok());
    EXPECT_TRUE(
        noAddress.error().message.startsWith(MemberServiceDesk::tr("Address: a pick-up needs the address to go to.").left(5)));
    pickup.address = u"天河区体育西路 1 号"_s;
    ASSERT_OK(desk.book(staff, pickup));
    MemberServiceRequest inspection = pickup;
    inspection.kind = u"inspection"_s;
    inspection.resourceId = 0;
    inspection.vehicleId = 0;
    EXPECT_EQ(desk.book(staff, inspection).error().kind, Error::Kind::Invalid);
    inspection.vehicleId = r.vehicleId;
    ASSERT_OK(desk.book(staff, inspection));
}

TEST_P(ClubProgrammeTest, AReferralEarnsItsRewardExactlyOnceEvenAcrossALostCard)
{
    ClubService club(ctx());
    LeadService leads(ctx());
    LeadInput in{u"推荐的朋友"_s, u"13900001111"_s, u"referral"_s, {}, u"RAV4"_s, u"刘顾问"_s, {}, 0};
    EXPECT_EQ(leads.create(staff, in).error().kind, Error::Kind::Invalid); // a referral needs its member
    in.referrerMemberId = member;
    auto id = leads.create(staff, in);
    ASSERT_OK(id);
    EXPECT_EQ(leads.create(staff, in).error().kind, Error::Kind::Conflict); // already in the pipeline
    ASSERT_OK(leads.step(staff, *id, u"contacted"_s, u"已约试驾"_s));
    EXPECT_FALSE(leads.step(staff, *id, u"new"_s, {}).ok());
    ASSERT_OK(leads.step(staff, *id, u"test_drive"_s, {}));
    ASSERT_OK(leads.step(staff, *id, u"ordered"_s, {}));
    // The referrer's card is lost on the day of delivery: the delivery counts, the reward waits.
    const QString card = club.member(staff, member)->cards.first().number;
    ASSERT_OK(club.reportLost(staff, card, u"丢失"_s));
    auto delivered = leads.step(staff, *id, u"delivered"_s, {});
    ASSERT_OK(delivered);
    EXPECT_EQ(delivered->rewardPoints, 0);
    EXPECT_FALSE(delivered->rewardProblem.isEmpty());
    EXPECT_EQ(leads.lead(staff, *id)->status, u"delivered"_s);
    ASSERT_OK(club.reissue(staff, card));
    EXPECT_EQ(*leads.rewardReferral(staff, *id), 2000);
    EXPECT_EQ(*leads.rewardReferral(staff, *id), 0); // once
    EXPECT_EQ(balance(member), 2000);
    EXPECT_FALSE(leads.step(staff, *id, u"lost"_s, {}, u"x"_s).ok()); // final

    // Lost needs a reason; conversion by source counts what each lead reached.
    auto web = leads.create(staff, LeadInput{u"网友"_s, u"13900002222"_s, u"autohome"_s, u"AH-1"_s, {}, u"刘顾问"_s, {}, 0});
    ASSERT_OK(web);
    EXPECT_FALSE(leads.step(staff, *web, u"lost"_s, {}).ok());
    ASSERT_OK(leads.step(staff, *web, u"lost"_s, {}, u"买了竞品"_s));
    auto conversion = leads.conversion(staff, QDate(2026, 3, 1), QDate(2026, 3, 31), u"source"_s);
    ASSERT_OK(conversion);
    ASSERT_EQ(conversion->size(), 2);
    for (const ConversionRow &c : *conversion) {
        if (c.key == u"referral"_s) {
            EXPECT_EQ(c.leads, 1);
            EXPECT_EQ(c.testDrives, 1);
            EXPECT_EQ(c.delivered, 1);
        } else {
            EXPECT_EQ(c.key, u"autohome"_s);
            EXPECT_EQ(c.contacted, 0);
            EXPECT_EQ(c.lost, 1);
        }
    }
    // Overdue for contact: new and older than 24 hours.
    auto fresh = leads.create(staff, LeadInput{u"待联系"_s, u"13900003333"_s, u"phone"_s, {}, {}, {}, {}, 0});
    ASSERT_OK(fresh);
    EXPECT_EQ(*leads.overdueCount(), 0);
    m_clock.set(m_clock.nowUtc().addSecs(25 * 3600));
    EXPECT_EQ(*leads.overdueCount(), 1);
    LeadFilter f;
    f.overdueOnly = true;
    EXPECT_EQ(leads.list(staff, f, 50)->size(), 1);
}

TEST_P(ClubProgrammeTest, LeadImportsSayWhatWasWrongAndAddNothingTwice)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"leads.csv"_s);
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(u"线索ID,姓名,手机,来源,意向车型,备注\n"
            "A1,张三,13812345678,汽车之家,凯美瑞,想要白色\n"
            "A2,,13812345679,汽车之家,卡罗拉,\n"
            "A3,李四,12345,懂车帝,,\n"
            "D9,王五,13812345680,懂车帝,汉兰达,\n"_s.toUtf8());
    f.close();
    LeadService leads(ctx());
    auto first = leads.importFile(staff, path, u"刘顾问"_s);
    ASSERT_OK(first);
    EXPECT_EQ(first->added, 2);
    ASSERT_EQ(first->rejected.size(), 2);
    EXPECT_EQ(first->rejected[0].line, 3);
    EXPECT_EQ(first->rejected[1].line, 4);
    auto again = leads.importFile(staff, path, u"刘顾问"_s);
    ASSERT_OK(again);
    EXPECT_EQ(again->added, 0);
    EXPECT_EQ(again->alreadyThere, 2);
    LeadFilter all;
    auto rows = leads.list(staff, all, 50);
    ASSERT_EQ(rows->size(), 2);
    EXPECT_EQ(rows->at(1).source, u"autohome"_s);
    EXPECT_EQ(rows->at(1).consultant, u"刘顾问"_s);
    EXPECT_EQ(rows->at(0).source, u"dongchedi"_s);
}

TEST_P(ClubProgrammeTest, CardsPerVehicleTimelineBirthdaysAndMerges)
{
    ClubService club(ctx());
    ASSERT_OK(SettingsService(ctx()).set(test::insertUser(db(), u"admin2"_s, u"管理员"_s, Role::Admin), settings::kCardPerVehicle,
                                         u"1"_s));
    const qint64 customer = newCustomer(u"车多多"_s, u"13700001111"_s, QDate(1992, 2, 29));
    const qint64 car1 = newVehicle(customer, u"浙A11111"_s), car2 = newVehicle(customer, u"浙A22222"_s);
    EXPECT_EQ(club.enroll(staff, customer).error().kind, Error::Kind::Invalid); // which vehicle?
    auto m = club.enroll(staff, customer, car1);
    ASSERT_OK(m);
    auto second = club.issueCard(staff, m->id, car2);
    ASSERT_OK(second);
    EXPECT_EQ(club.issueCard(staff, m->id, car2).error().kind, Error::Kind::Conflict);
    EXPECT_EQ(club.member(staff, m->id)->cards.size(), 2);
    ASSERT_OK(club.reportLost(staff, *second, u"钱包丢失"_s));
    auto third = club.reissue(staff, *second);
    ASSERT_OK(third);
    // Birthday on 29 February: on 28 February in 2027, once.
    m_clock.set(QDateTime(QDate(2027, 2, 28), QTime(1, 0)).toUTC());
    auto run = club.runDaily(staff, QDate(2027, 2, 28));
    ASSERT_OK(run);
    EXPECT_EQ(run->birthdaysAwarded, 1);
    EXPECT_EQ(*club.awardBirthdays(staff, QDate(2027, 2, 28)), 0);
    EXPECT_EQ(club.member(staff, m->id)->available, 200);
    // Every card step is on the customer's timeline.
    QStringList steps;
    auto timeline = CustomerRepository(db()).timeline(customer);
    ASSERT_OK(timeline);
    for (const TimelineEntry &e : *timeline)
        if (e.kind == u"club"_s)
            steps << e.subKind;
    steps.sort();
    EXPECT_EQ(steps, (QStringList{u"card_issued"_s, u"card_lost"_s, u"card_reissued"_s, u"enrol"_s}));
    // Merges: two memberships are refused with a reason; one membership moves to the survivor.
    const Session admin = test::insertUser(db(), u"arch"_s, u"档案员"_s, Role::Archivist);
    const qint64 memberCustomer = db().scalar(u"SELECT customer_id FROM club_members WHERE id = ?"_s, {member})->toLongLong();
    EXPECT_EQ(MergeService(ctx()).merge(admin, customer, memberCustomer).error().kind, Error::Kind::Conflict);
    const qint64 plain = newCustomer(u"车多多"_s, u"13700001112"_s);
    ASSERT_OK(MergeService(ctx()).merge(admin, plain, customer));
    EXPECT_EQ(*club.memberOfCustomer(plain), m->id);
}

TEST_P(ClubProgrammeTest, TheClubReportAddsUpTheLedger)
{
    ClubService club(ctx());
    GiftService gifts(ctx());
    const Session manager = test::insertUser(db(), u"boss"_s, u"经理"_s, Role::Manager);
    ASSERT_OK(club.earn(staff, member, 6000, u"保养"_s)); // silver
    const qint64 other = newMember(u"李会员"_s, u"13800002222"_s, 1000);
    auto gift = gifts.saveGift(staff, Gift{0, u"雨刷"_s, 200, 10, true, {}});
    ASSERT_OK(gifts.redeem(staff, other, *gift, 2));
    auto cancelled = gifts.redeem(staff, member, *gift, 1);
    ASSERT_OK(gifts.cancelOrder(staff, *cancelled, u"不要了"_s));
    ASSERT_OK(club.adjust(manager, member, -100, u"更正"_s));
    auto r = ClubReportService(ctx()).report(staff, QDate(2026, 3, 1), QDate(2026, 3, 31));
    ASSERT_OK(r);
    EXPECT_EQ(r->members, 2);
    EXPECT_EQ(r->joined, 2);
    EXPECT_EQ(r->activeMembers, 2);
    EXPECT_EQ(r->issued, 7000);
    EXPECT_EQ(r->redeemed, 400); // 400 + 200 spent, 200 refunded
    EXPECT_EQ(r->adjustedDown, 100);
    EXPECT_EQ(r->outstanding, 7000 - 400 - 100);
    ASSERT_EQ(r->redemptions.size(), 1);
    EXPECT_EQ(r->redemptions[0].quantity, 2);
    for (const auto &[tier, n] : r->membersByTier)
        EXPECT_EQ(n, tier == u"silver"_s || tier == u"standard"_s ? 1 : 0) << tier.toStdString();
    // A period before any of it: no figures, and members and points as they stood at its end
    // (none yet) — not today's, which the board's tile for that period would contradict.
    auto empty = ClubReportService(ctx()).report(staff, QDate(2025, 1, 1), QDate(2025, 1, 31));
    ASSERT_OK(empty);
    EXPECT_EQ(empty->issued, 0);
    EXPECT_EQ(empty->joined, 0);
    EXPECT_EQ(empty->members, 0);
    EXPECT_EQ(empty->outstanding, 0);
    QTemporaryDir dir;
    ASSERT_OK(ClubReportService(ctx()).exportReport(manager, *r, dir.filePath(u"club.xlsx"_s)));
    EXPECT_TRUE(QFile::exists(dir.filePath(u"club.xlsx"_s)));
}

// A closed period's outstanding points are counted once and kept (migration 0040); an entry
// dated after its end leaves them, one dated inside it (a desk's clock set back) forgets them.
TEST_P(ClubProgrammeTest, AClosedPeriodsOutstandingPointsAreKeptUntilAnEntryDatedInsideIt)
{
    ClubService club(ctx());
    ClubReportService reports(ctx());
    auto kept = [&] { return db().scalar(u"SELECT COUNT(*) FROM points_figures"_s)->toInt(); };
    ASSERT_OK(club.earn(staff, member, 300, u"保养"_s));
    m_clock.set(QDateTime(QDate(2026, 4, 10), QTime(10, 0)).toUTC());
    auto march = reports.report(staff, QDate(2026, 3, 1), QDate(2026, 3, 31));
    ASSERT_OK(march);
    const qint64 outstanding = march->outstanding;
    EXPECT_GE(outstanding, 300);
    EXPECT_EQ(kept(), 1);
    ASSERT_OK(club.earn(staff, member, 50, u"保养"_s));
    EXPECT_EQ(kept(), 1);
    EXPECT_EQ(reports.report(staff, QDate(2026, 3, 1), QDate(2026, 3, 31))->outstanding, outstanding);
    m_clock.set(QDateTime(QDate(2026, 3, 20), QTime(10, 0)).toUTC());
    ASSERT_OK(club.earn(staff, member, 30, u"保养"_s));
    EXPECT_EQ(kept(), 0);
    m_clock.set(QDateTime(QDate(2026, 4, 10), QTime(10, 0)).toUTC());
    EXPECT_EQ(reports.report(staff, QDate(2026, 3, 1), QDate(2026, 3, 31))->outstanding, outstanding + 30);
}

CRM_INSTANTIATE_ENGINES(ClubProgrammeTest);
