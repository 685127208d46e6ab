#pragma once
#include "data/Database.h"

#include <QDate>
#include <QDateTime>
#include <optional>

namespace crm::data {

struct MemberView {
    qint64 id = 0;
    qint64 customerId = 0;
    QString customerName;
    QString tier;
    QString status;
    QDate joinedOn;
    qint64 available = 0;          // spendable now
    qint64 earnedLast12Months = 0; // decides the tier
    struct Card {
        qint64 id = 0;
        QString number;
        QString status;
        QDateTime issuedAt;
        qint64 replacedBy = 0;
        QString note; // why it was lost, as the member told it
    };
    QList<Card> cards;
};

struct MemberRow {
    qint64 id = 0;
    qint64 customerId = 0;
    QString customerName;
    QString cardNumber; // the newest active (or last) card
    QString tier;
    QString status;
    QDate joinedOn;
    qint64 available = 0;
};

struct CardRow {
    qint64 id = 0;
    qint64 memberId = 0;
    QVariant vehicleId; // NULL for a card per customer
    QString number;
    QString status; // active, lost, replaced, cancelled
};

// A member above the first tier with what was earned in the review window.
struct TierStanding {
    qint64 memberId = 0;
    QString tier;
    qint64 earned = 0;
};

// Club membership: members (`club_members`), their cards (`club_cards`, numbered from
// `club_card_serial`) and the events on the customer's timeline (`club_events`). The caller owns
// the transaction.
class MemberRepository {
public:
    explicit MemberRepository(Database &db) : m_db(db) {}

    Result<std::optional<qint64>> memberOfCustomer(qint64 customerId);
    // nullopt: no such member.
    Result<std::optional<QString>> status(qint64 memberId);
    Result<QString> tier(qint64 memberId);
    Result<qint64> insert(qint64 customerId, const QDate &joinedOn, const QString &by, const QString &at);
    // The member with the balance (earnings and cards not filled in); nullopt: no such member.
    Result<std::optional<MemberView>> view(qint64 memberId);
    Result<QList<MemberView::Card>> cards(qint64 memberId);
    // Newest first, keyset-paged (afterId = last id of the previous page); `tier` empty for all.
    Result<QList<MemberRow>> members(const QString &tier, int limit, qint64 afterId);
    // False when the membership is not active.
    Result<bool> cancel(qint64 memberId, const QString &reason);
    Status setTier(qint64 memberId, const QString &tier, const QDate &since);
    // Active members whose birthday (MM-dd) is one of the two given, by id.
    Result<QList<qint64>> birthdayMembers(const QString &monthDay, const QString &orMonthDay);
    // Active members above `firstTier` who have held their tier since `heldSince` or before.
    Result<QList<TierStanding>> tierStandings(const QString &windowStartUtc, const QString &firstTier, const QDate &heldSince);
    Status logEvent(qint64 memberId, const QString &at, const QString &kind, const QString &detail, const QString &by);

    // The card by number, or with an empty number the member's newest active card.
    Result<std::optional<CardRow>> card(qint64 memberId, const QString &number);
    Result<std::optional<CardRow>> cardByNumber(const QString &number);
    // The next serial of the card numbers (the caller adds the check digit).
    Result<qint64> nextCardSerial();
    // Returns the new card's id.
    Result<qint64> insertCard(qint64 memberId, const QString &number, const QVariant &vehicleId, const QString &at,
                              const QString &note);
    // False when the card is not active.
    Result<bool> markLost(const QString &number, const QString &note);
    Status markReplaced(qint64 cardId, qint64 byCardId);
    Status cancelCards(qint64 memberId);
    Result<bool> activeMemberOwnsVehicle(qint64 memberId, qint64 vehicleId);
    // The number of the member's live (active or lost) card for a vehicle.
    Result<std::optional<QString>> vehicleCard(qint64 memberId, qint64 vehicleId);

private:
    Database &m_db;
};

} // namespace crm::data
