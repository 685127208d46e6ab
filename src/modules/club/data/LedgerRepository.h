#pragma once
#include "data/Database.h"

#include <QDate>
#include <QDateTime>
#include <optional>

namespace crm::data {

// One row of the append-only points ledger.
struct LedgerEntry {
    qint64 memberId = 0;
    qint64 cardId = 0; // 0: not through a card
    QString at;        // stored UTC
    QString kind;      // earn, spend, adjust, expire, refund
    qint64 points = 0; // negative for spend, expire and downward adjustments
    QDate expiresOn;   // earning lots only
    QString reason;
    QString sourceKey; // empty: none; otherwise the event that happens once
    QString createdBy;
};

struct LedgerLine {
    QDateTime at; // UTC
    QString kind;
    qint64 points = 0;
    QString reason;
    QString cardNumber;
    QString by;
};

struct ExpiringLot {
    qint64 ledgerId = 0;
    qint64 memberId = 0;
    QString expiresOn;
};

// Points: the append-only ledger (`points_ledger`, triggers refuse changes), what is left of each
// earning (`points_lots`) and the available balance (`points_balances`). The balance changes
// only by conditional UPDATEs, so it never goes below zero; the caller owns the transaction and
// takes lockBalance() first (see ClubService).
class LedgerRepository {
public:
    explicit LedgerRepository(Database &db) : m_db(db) {}

    Status insertBalance(qint64 memberId);
    // The member's balance row, locked until the transaction ends (PostgreSQL; SQLite holds the
    // write lock already). Returns the available points.
    Result<qint64> lockBalance(qint64 memberId);
    // Takes points off the balance; false when fewer are available.
    Result<bool> takeBalance(qint64 memberId, qint64 points);
    // The member's lots with points left, oldest first: (ledger id, remaining).
    Result<QList<QPair<qint64, qint64>>> openLots(qint64 memberId);
    Status takeFromLot(qint64 ledgerId, qint64 points);
    // A new earning lot and the balance it adds to.
    Status addLot(qint64 ledgerId, qint64 memberId, qint64 points, const QDate &expires);
    Result<qint64> lotRemaining(qint64 ledgerId);
    Status emptyLot(qint64 ledgerId);
    // Lots with points left that expired before `asOf`, by member then age.
    Result<QList<ExpiringLot>> expiringLots(const QDate &asOf);

    // Appends an entry and returns its id.
    Result<qint64> append(const LedgerEntry &e);
    // Appends an entry whose source key happens once: nullopt when that event was written before.
    Result<std::optional<qint64>> appendOnce(const LedgerEntry &e);
    // Points earned since an instant (the tier's rolling window).
    Result<qint64> earnedSince(qint64 memberId, const QString &sinceUtc);
    // The member's ledger in time order, with the card each entry went through.
    Result<QList<LedgerLine>> lines(qint64 memberId);

private:
    Database &m_db;
};

} // namespace crm::data
