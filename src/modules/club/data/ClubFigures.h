#pragma once
#include "data/Database.h"

#include <QDateTime>
#include <QMap>

namespace crm::data {

struct GiftRedemptions {
    QString gift;
    int orders = 0;
    int quantity = 0;
    qint64 points = 0;
};

struct ActivityAttendance {
    QString title;
    QDateTime startsAt;
    int capacity = 0, registered = 0, attended = 0;
};

// Points moved by one kind of ledger entry: the positive and the negative sides.
struct LedgerKindTotal {
    QString kind;
    qint64 plus = 0;
    qint64 minus = 0;
};

// The club's grouped figures for a period (the club report and the board read them). Instants
// are stored UTC bounds [fromUtc, toUtc); days are local ISO dates [fromDay, toDayExclusive).
class ClubFigures {
public:
    explicit ClubFigures(Database &db) : m_db(db) {}

    Result<QMap<QString, int>> activeMembersByTier();
    // yyyy-MM → members who joined, in month order.
    Result<QList<QPair<QString, int>>> joinedByMonth(const QString &fromDay, const QString &toDayExclusive);
    Result<QList<LedgerKindTotal>> ledgerByKind(const QString &fromUtc, const QString &toUtc);
    Result<qint64> outstandingPoints();
    // Members at the end of `day`: active ones who had joined, and those cancelled after
    // `afterUtc` (the day's end as stored UTC) — two index ranges; one OR was a scan at scale.
    Result<qint64> membersAt(const QDate &day, const QString &afterUtc);
    // Points outstanding before an instant of the past: the ledger's sum up to it, read from (and
    // stored into) points_figures, which triggers keep true (migration 0040); `computedAt` stamped.
    Result<qint64> pointsBefore(const QString &utc, const QString &computedAt);
    // Members who joined on each day of [from, to].
    Result<QMap<QDate, qint64>> joinedByDay(const QDate &from, const QDate &to);
    // Orders not cancelled, by gift, most points first.
    Result<QList<GiftRedemptions>> redemptionsByGift(const QString &fromUtc, const QString &toUtc);
    // Open activities starting in the period, soonest first.
    Result<QList<ActivityAttendance>> attendance(const QString &fromDay, const QString &toDayExclusive);

private:
    Database &m_db;
};

} // namespace crm::data
