#pragma once
#include "core/ClubRules.h"
#include "services/Guard.h"

#include <QDate>
#include <optional>

namespace crm::services {

namespace settings {
inline const QString kPointsPerYuan = QStringLiteral("club.points_per_yuan");
inline const QString kPointsExpiryMonths = QStringLiteral("club.points_expiry_months");
inline const QString kAdjustApprovalAbove = QStringLiteral("club.adjust_approval_above");
} // namespace settings

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
    };
    QList<Card> cards;
};

struct StatementLine {
    QDateTime at;   // UTC
    QString kind;
    qint64 points = 0;
    qint64 balance = 0;   // running, after this line
    QString reason;
    QString cardNumber;
    QString by;
};

// The owners' club: membership and cards (loss, reissue, cancellation), the append-only points
// ledger (earn, spend FIFO, adjust, expire), tiers by points earned in a rolling 12 months.
// The available balance is one row per member changed only by conditional UPDATEs, so it can
// never go negative, whatever two desks do at once.
class ClubService {
    Q_DECLARE_TR_FUNCTIONS(crm::services::ClubService)
public:
    explicit ClubService(Context ctx) : m_ctx(ctx) {}

    Result<MemberView> enroll(const Session &who, qint64 customerId, qint64 vehicleId = 0);
    Result<MemberView> member(const Session &who, qint64 memberId);
    Result<std::optional<qint64>> memberOfCustomer(qint64 customerId);
    Result<qint64> memberOfCard(const QString &number);   // any state; callers check

    Status reportLost(const Session &who, const QString &cardNumber, const QString &note);
    Result<QString> reissue(const Session &who, const QString &lostCardNumber);   // the new number
    Status cancelMembership(const Session &who, qint64 memberId, const QString &reason);

    // Earning through a card (or the member when no card is given); `sourceKey` makes it happen
    // once (a visit, a referral). Returns the points written (0 when it happened before).
    Result<qint64> earn(const Session &who, qint64 memberId, qint64 points, const QString &reason, const QString &sourceKey = {},
                        const QString &cardNumber = {});
    Result<qint64> earnForSpend(const Session &who, qint64 memberId, qint64 amountFen, const QString &sourceKey);
    Status spend(const Session &who, qint64 memberId, qint64 points, const QString &reason, const QString &cardNumber = {});
    Status adjust(const Session &who, qint64 memberId, qint64 points, const QString &reason);
    // Expires what is left of lots past their date (FIFO by construction); idempotent. Returns points expired.
    Result<qint64> expire(const Session &who, const QDate &asOf);

    Result<QList<StatementLine>> statement(const Session &who, qint64 memberId);

private:
    Status requireActiveCard(qint64 memberId, const QString &cardNumber, qint64 *cardId);
    Status updateTier(const Session &who, qint64 memberId);
    // Takes points off the balance (refused with `refusal` when short) and off the oldest lots.
    Status takePoints(qint64 memberId, qint64 points, const QString &refusal);
    // A new earning lot and the balance it adds to.
    Status addLot(qint64 ledgerId, qint64 memberId, qint64 points, const QDate &expires);
    Context m_ctx;
};

} // namespace crm::services
