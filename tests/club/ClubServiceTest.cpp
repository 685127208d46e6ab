// The owners' club core on hand-made ledgers: card check digit, loss and reissue carrying
// every point, two desks redeeming at once, FIFO expiry of partly spent lots, the tier at its
// boundary, adjustments needing a manager, the append-only ledger.
#include "TestDatabase.h"

#include "archives/data/CustomerRepository.h"
#include "club/core/ClubRules.h"
#include "club/data/ClubFigures.h"
#include "club/services/ClubService.h"
#include "data/Transaction.h"

#include <thread>

using namespace crm;
using namespace crm::data;
using namespace crm::services;
using namespace Qt::StringLiterals;

TEST(ClubRules, CardNumbersCarryALuhnCheckDigit)
{
    const QString n = club::cardNumber(12345678);
    EXPECT_EQ(n.size(), 9);
    EXPECT_TRUE(club::isValidCardNumber(n));
    QString typo = n;
    typo[3] = QChar(u'0' + (typo[3].digitValue() + 1) % 10);
    EXPECT_FALSE(club::isValidCardNumber(typo)); // one wrong digit
    QString swapped = n;
    std::swap(swapped[1], swapped[2]); // "2" and "3": neighbours swapped
    ASSERT_NE(swapped, n);
    EXPECT_FALSE(club::isValidCardNumber(swapped));
    EXPECT_FALSE(club::isValidCardNumber(u"12345678"_s));  // too short
    EXPECT_FALSE(club::isValidCardNumber(u"1234567a9"_s)); // not digits
    EXPECT_EQ(club::cardNumber(79927398), u"799273982"_s); // Luhn by hand: 7+9+6+7+4+9+9+7 = 58 → 2
    EXPECT_EQ(club::tierFor(4999, club::defaultTiers()), u"standard"_s);
    EXPECT_EQ(club::tierFor(5000, club::defaultTiers()), u"silver"_s);
    EXPECT_EQ(club::tierFor(50000, club::defaultTiers()), u"platinum"_s);
    EXPECT_EQ(club::pointsForSpend(19999, 1.0, 1.0), 199); // ¥199.99 → 199 points
    EXPECT_EQ(club::pointsForSpend(100000, 1.0, 1.2), 1200);
}

class ClubServiceTest : public test::DbTest {
protected:
    void SetUp() override
    {
        DbTest::SetUp();
        if (HasFatalFailure() || IsSkipped())
            return;
        staff = test::insertUser(db(), u"club"_s, u"俱乐部专员"_s, Role::Club);
        manager = test::insertUser(db(), u"boss"_s, u"张经理"_s, Role::Manager);
        Transaction tx(db());
        CustomerRow c;
        c.name = u"会员"_s;
        customer = *CustomerRepository(db()).insertCustomer(c, u"x"_s);
        EXPECT_TRUE(tx.commit().ok());
        m_clock.set(QDateTime(QDate(2024, 1, 10), QTime(10, 0)).toUTC());
    }
    qint64 balance(qint64 member)
    {
        return db().scalar(u"SELECT available FROM points_balances WHERE member_id = ?"_s, {member})->toLongLong();
    }
    qint64 lotsLeft(qint64 member)
    {
        return db().scalar(u"SELECT COALESCE(SUM(remaining), 0) FROM points_lots WHERE member_id = ?"_s, {member})->toLongLong();
    }
    Session staff, manager;
    qint64 customer = 0;
};

TEST_P(ClubServiceTest, ALostCardIsBlockedAndItsReplacementCarriesEverything)
{
    ClubService club(ctx());
    auto m = club.enroll(staff, customer);
    ASSERT_OK(m);
    EXPECT_EQ(club.enroll(staff, customer).error().kind, Error::Kind::Conflict);
    const QString card = m->cards.first().number;
    EXPECT_TRUE(club::isValidCardNumber(card));
    ASSERT_EQ(*club.earn(staff, m->id, 6000, u"保养消费"_s, u"visit:1"_s), 6000);
    EXPECT_EQ(*club.earn(staff, m->id, 6000, u"保养消费"_s, u"visit:1"_s), 0); // the same visit earns once
    EXPECT_EQ(club.member(staff, m->id)->tier, u"silver"_s);
    ASSERT_OK(club.reportLost(staff, card, u"客户来电挂失"_s));
    EXPECT_EQ(club.spend(staff, m->id, 100, u"礼品"_s, card).error().kind, Error::Kind::Invalid); // blocked at once
    EXPECT_EQ(club.earn(staff, m->id, 100, u"活动"_s).error().kind, Error::Kind::Invalid);
    // Typed or scanned anywhere (activities, gifts, points, the search), the lost number is refused.
    auto lostLookup = club.memberOfCard(card);
    ASSERT_FALSE(lostLookup.ok());
    EXPECT_TRUE(lostLookup.error().message.contains(club::ClubText::cardStatus(u"lost"_s)));
    auto fresh = club.reissue(staff, card);
    ASSERT_OK(fresh);
    EXPECT_NE(*fresh, card);
    // Replaced: still refused, and the refusal names the card in use now.
    auto replacedLookup = club.memberOfCard(card);
    ASSERT_FALSE(replacedLookup.ok());
    EXPECT_EQ(replacedLookup.error().kind, Error::Kind::Invalid);
    EXPECT_TRUE(replacedLookup.error().message.contains(*fresh)) << replacedLookup.error().message.toStdString();
    EXPECT_EQ(*club.memberOfCard(*fresh), m->id);
    auto after = club.member(staff, m->id);
    ASSERT_OK(after);
    EXPECT_EQ(after->available, 6000);                                                            // the whole balance …
    EXPECT_EQ(after->tier, u"silver"_s);                                                          // … the tier …
    EXPECT_EQ(club.statement(staff, m->id)->size(), 1);                                           // … and the history
    EXPECT_EQ(club.spend(staff, m->id, 100, u"礼品"_s, card).error().kind, Error::Kind::Invalid); // the old number stays void
    ASSERT_OK(club.spend(staff, m->id, 100, u"礼品"_s, *fresh));
    EXPECT_EQ(club.reissue(staff, card).error().kind, Error::Kind::Invalid); // replaced, not lost: no second reissue
}

TEST_P(ClubServiceTest, TwoDesksRedeemingAtOnceNeverGoBelowZero)
{
    ClubService club(ctx());
    auto m = club.enroll(staff, customer);
    ASSERT_OK(m);
    ASSERT_OK(club.earn(staff, m->id, 1500, u"开卡礼"_s));
    std::atomic<int> ok{0}, refused{0};
    auto desk = [&] {
        auto other = Database::open(testDb().spec);
        ASSERT_TRUE(other.ok());
        FixedClock clock(m_clock.nowUtc());
        ClubService s(Context{**other, clock});
        for (int i = 0; i < 10; ++i) {
            auto r = s.spend(staff, m->id, 100, u"兑换"_s);
            (r.ok() ? ok : refused)++;
            if (!r.ok()) {
                EXPECT_EQ(r.error().kind, Error::Kind::Invalid) << r.error().text().toStdString();
            }
        }
    };
    std::thread a(desk), b(desk);
    a.join();
    b.join();
    EXPECT_EQ(ok.load(), 15);
    EXPECT_EQ(refused.load(), 5);
    EXPECT_EQ(balance(m->id), 0);
    EXPECT_EQ(lotsLeft(m->id), 0);
    EXPECT_EQ(club.statement(staff, m->id)->last().balance, 0);
}

TEST_P(ClubServiceTest, ExpiryIsFirstInFirstOutOverPartlySpentLots)
{
    ClubService club(ctx());
    auto m = club.enroll(staff, customer);
    ASSERT_OK(m);
    ASSERT_OK(club.earn(staff, m->id, 1000, u"2024-01 保养"_s)); // expires 2026-01-10
    m_clock.set(QDateTime(QDate(2024, 6, 1), QTime(10, 0)).toUTC());
    ASSERT_OK(club.earn(staff, m->id, 500, u"2024-06 保养"_s)); // expires 2026-06-01
    ASSERT_OK(club.spend(staff, m->id, 700, u"兑换机油"_s));    // from the January lot: 300 left there
    m_clock.set(QDateTime(QDate(2026, 1, 11), QTime(3, 0)).toUTC());
    EXPECT_EQ(*club.expire(staff, QDate(2026, 1, 11)), 300); // what was left of January
    EXPECT_EQ(*club.expire(staff, QDate(2026, 1, 11)), 0);   // idempotent
    EXPECT_EQ(balance(m->id), 500);
    EXPECT_EQ(lotsLeft(m->id), 500);
    m_clock.set(QDateTime(QDate(2026, 6, 2), QTime(3, 0)).toUTC());
    EXPECT_EQ(*club.expire(staff, QDate(2026, 6, 2)), 500);
    EXPECT_EQ(balance(m->id), 0);
    auto lines = club.statement(staff, m->id);
    ASSERT_OK(lines);
    QStringList kinds;
    for (const StatementLine &l : *lines)
        kinds << l.kind + u':' + QString::number(l.points) + u'=' + QString::number(l.balance);
    EXPECT_EQ(kinds, (QStringList{u"earn:1000=1000"_s, u"earn:500=1500"_s, u"spend:-700=800"_s, u"expire:-300=500"_s,
                                  u"expire:-500=0"_s}));
}

TEST_P(ClubServiceTest, TierFollowsTheRolling12MonthsAndAdjustmentsNeedAManagerAboveTheThreshold)
{
    ClubService club(ctx());
    auto m = club.enroll(staff, customer);
    ASSERT_OK(m);
    ASSERT_OK(club.earn(staff, m->id, 4999, u"消费"_s));
    EXPECT_EQ(club.member(staff, m->id)->tier, u"standard"_s);
    ASSERT_OK(club.earn(staff, m->id, 1, u"消费"_s));
    EXPECT_EQ(club.member(staff, m->id)->tier, u"silver"_s); // exactly at the boundary
    // A year later the same points no longer count for the tier (the balance is still there):
    // earning never lowers a tier, the nightly review does.
    m_clock.set(QDateTime(QDate(2025, 1, 11), QTime(10, 0)).toUTC());
    ASSERT_OK(club.earn(staff, m->id, 10, u"消费"_s));
    EXPECT_EQ(club.member(staff, m->id)->tier, u"silver"_s);
    EXPECT_EQ(*club.reviewTiers(staff, QDate(2025, 1, 11)), 1);
    EXPECT_EQ(club.member(staff, m->id)->tier, u"standard"_s);
    EXPECT_EQ(*club.reviewTiers(staff, QDate(2025, 1, 11)), 0);
    EXPECT_EQ(club.member(staff, m->id)->available, 5010);
    EXPECT_EQ(club.adjust(staff, m->id, -2000, u"补录错误"_s).error().kind, Error::Kind::PermissionDenied);
    EXPECT_EQ(club.adjust(staff, m->id, 50, u" "_s).error().kind, Error::Kind::Invalid);
    ASSERT_OK(club.adjust(staff, m->id, 50, u"活动补偿"_s));
    ASSERT_OK(club.adjust(manager, m->id, -2000, u"补录错误"_s));
    EXPECT_EQ(club.adjust(manager, m->id, -999999, u"x"_s).error().kind, Error::Kind::Invalid); // never below zero
    EXPECT_EQ(balance(m->id), 3060);
    EXPECT_EQ(lotsLeft(m->id), 3060);
    // The ledger is append-only in the database itself.
    EXPECT_FALSE(db().exec(u"UPDATE points_ledger SET points = 1"_s).ok());
    EXPECT_FALSE(db().exec(u"DELETE FROM points_ledger"_s).ok());
    EXPECT_EQ(club.cancelMembership(staff, m->id, u""_s).error().kind, Error::Kind::Invalid);
    ASSERT_OK(club.cancelMembership(staff, m->id, u"车辆已出售"_s));
    EXPECT_EQ(club.earn(staff, m->id, 10, u"消费"_s).error().kind, Error::Kind::Invalid);
}

CRM_INSTANTIATE_ENGINES(ClubServiceTest);

// The tier counts the board and the club report read are kept by triggers (migration 0039):
// they follow enrolment, earning into a new tier, cancellation, a DBA's UPDATE of several rows
// and a DELETE, and a points entry that changes nothing about the membership leaves them as
// they are.
TEST_P(ClubServiceTest, TheTierCountsFollowEveryChangeOfMembership)
{
    ClubService club(ctx());
    auto live = [&] {
        QMap<QString, int> out;
        auto q = db().exec(u"SELECT tier, COUNT(*) FROM club_members WHERE status = 'active' GROUP BY tier"_s);
        while (q && q->next())
            out.insert(q->value(0).toString(), q->value(1).toInt());
        return out;
    };
    auto kept = [&] { return *ClubFigures(db()).activeMembersByTier(); };
    QList<qint64> members;
    for (int i = 0; i < 4; ++i) {
        Transaction tx(db());
        CustomerRow c;
        c.name = u"会员%1"_s.arg(i);
        const qint64 id = *CustomerRepository(db()).insertCustomer(c, u"x"_s);
        ASSERT_OK(tx.commit());
        auto m = club.enroll(staff, id);
        ASSERT_OK(m);
        members << m->id;
    }
    EXPECT_EQ(kept(), (QMap<QString, int>{{u"standard"_s, 4}}));
    ASSERT_EQ(*club.earn(staff, members[0], 6000, u"保养消费"_s, u"visit:1"_s), 6000); // into silver
    EXPECT_EQ(kept(), (QMap<QString, int>{{u"silver"_s, 1}, {u"standard"_s, 3}}));
    ASSERT_EQ(*club.earn(staff, members[0], 100, u"保养消费"_s, u"visit:2"_s), 100); // still silver
    EXPECT_EQ(kept(), live());
    ASSERT_OK(club.cancelMembership(staff, members[1], u"客户要求"_s));
    EXPECT_EQ(kept(), (QMap<QString, int>{{u"silver"_s, 1}, {u"standard"_s, 2}}));
    ASSERT_OK(db().exec(u"UPDATE club_members SET tier = 'gold' WHERE id IN (?, ?, ?)"_s, {members[1], members[2], members[3]}));
    EXPECT_EQ(kept(), (QMap<QString, int>{{u"gold"_s, 2}, {u"silver"_s, 1}}));
    ASSERT_OK(db().exec(u"UPDATE club_members SET status = 'active' WHERE id = ?"_s, {members[1]}));
    EXPECT_EQ(kept(), live());
    for (const QString &table : {u"club_cards"_s, u"club_events"_s, u"points_balances"_s})
        ASSERT_OK(db().exec(u"DELETE FROM "_s + table + u" WHERE member_id = ?"_s, {members[2]}));
    ASSERT_OK(db().exec(u"DELETE FROM club_members WHERE id = ?"_s, {members[2]}));
    EXPECT_EQ(kept(), (QMap<QString, int>{{u"gold"_s, 2}, {u"silver"_s, 1}}));
    EXPECT_EQ(kept(), live());
}
