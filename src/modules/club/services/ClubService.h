#pragma once
#include "club/core/ClubRules.h"
#include "club/data/LedgerRepository.h"
#include "club/data/MemberRepository.h"
#include "services/Guard.h"

#include <QDate>
#include <optional>

namespace crm::services {

namespace settings {
inline const QString kPointsPerYuan = QStringLiteral("club.points_per_yuan");
inline const QString kPointsExpiryMonths = QStringLiteral("club.points_expiry_months");
inline const QString kAdjustApprovalAbove = QStringLiteral("club.adjust_approval_above");
inline const QString kCardPerVehicle = QStringLiteral("club.card_per_vehicle"); // 1: one card per vehicle, 0: per customer
inline const QString kTierSilver = QStringLiteral("club.tier_silver");
inline const QString kTierGold = QStringLiteral("club.tier_gold");
inline const QString kTierPlatinum = QStringLiteral("club.tier_platinum");
inline const QString kTierKeepMonths = QStringLiteral("club.tier_keep_months"); // before a downgrade
inline const QString kBirthdayPoints = QStringLiteral("club.birthday_points");
inline const QString kReferralPoints = QStringLiteral("club.referral_points");
inline const QString kLeadContactHours = QStringLiteral("leads.contact_within_hours");
} // namespace settings

// The structs are the repositories'; services and pages name them from here.
using data::MemberRow;
using data::MemberView;

// What the nightly run did (`dealercrm-cli club expire`, and at start-up).
struct ClubDailyRun {
    qint64 pointsExpired = 0;
    int birthdaysAwarded = 0;
    int tiersChanged = 0;
};

struct StatementLine {
    QDateTime at; // UTC
    QString kind;
    qint64 points = 0;
    qint64 balance = 0; // running, after this line
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
    explicit ClubService(Context ctx) : m_ctx(ctx), m_members(ctx.db), m_ledger(ctx.db) {}

    Result<MemberView> enroll(const Session &who, qint64 customerId, qint64 vehicleId = 0);
    Result<MemberView> member(const Session &who, qint64 memberId);
    // Newest first, keyset-paged (afterId = last id of the previous page); `tier` empty for all.
    Result<QList<MemberRow>> members(const Session &who, const QString &tier, int limit, qint64 afterId = 0);
    Result<std::optional<qint64>> memberOfCustomer(qint64 customerId);
    Result<qint64> memberOfCard(const QString &number); // any state; callers check

    Status reportLost(const Session &who, const QString &cardNumber, const QString &note);
    Result<QString> reissue(const Session &who, const QString &lostCardNumber); // the new number
    // Another card for another vehicle, when cards are issued per vehicle.
    Result<QString> issueCard(const Session &who, qint64 memberId, qint64 vehicleId);
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
    // Points back to a member (a cancelled redemption): a new lot, logged as a refund.
    Status refund(const Session &who, qint64 memberId, qint64 points, const QString &reason);
    // Birthday points once a year, on the day (29 February birthdays on 28 February in other years).
    Result<int> awardBirthdays(const Session &who, const QDate &day);
    // Downgrades whose rolling 12-month earnings fell below their tier, once the tier was held
    // for the keep period; upgrades happen at once when points are earned. Returns changes.
    Result<int> reviewTiers(const Session &who, const QDate &asOf);
    // The nightly run: expiry, birthdays, tier review, each in its own transaction.
    Result<ClubDailyRun> runDaily(const Session &who, const QDate &day);
    QList<club::TierRule> tiers();

    Result<QList<StatementLine>> statement(const Session &who, qint64 memberId);
    Status exportStatement(const Session &who, qint64 memberId, const QString &path); // .xlsx or .csv; audited

private:
    Status requireActiveCard(qint64 memberId, const QString &cardNumber, qint64 *cardId);
    Status updateTier(const Session &who, qint64 memberId);
    Status logEvent(const Session &who, qint64 memberId, const QString &kind, const QString &detail);
    Result<QString> newCard(qint64 memberId, const QVariant &vehicleId, const QString &note, qint64 *cardId = nullptr);
    // Every transaction that changes a member's points takes the member's balance row first, so
    // two desks working on one member queue there instead of locking the ledger, lots, balance and
    // membership (the ledger trigger updates it) in different orders and deadlocking. Returns the balance.
    Result<qint64> lockBalance(qint64 memberId);
    // Takes points off the balance (refused with `refusal` when short) and off the oldest lots.
    Status takePoints(qint64 memberId, qint64 points, const QString &refusal);
    data::LedgerEntry entry(const Session &who, qint64 memberId, const QString &kind, qint64 points, const QString &reason,
                            const QDateTime &at) const;

    Context m_ctx;
    data::MemberRepository m_members;
    data::LedgerRepository m_ledger;
};

} // namespace crm::services
