#pragma once
#include "data/Database.h"

#include <QDateTime>
#include <optional>

namespace crm::data {

struct Gift {
    qint64 id = 0;
    QString name;
    qint64 points = 0; // price of one
    qint64 stock = 0;
    bool active = true;
    QString note;
};

struct RedemptionOrder {
    qint64 id = 0;
    qint64 memberId = 0;
    QString customerName;
    QString giftName;
    int quantity = 0;
    qint64 points = 0;
    QString status; // pending, fulfilled, cancelled
    QDateTime orderedAt;
    QString orderedBy;
    QDateTime closedAt;
    QString note;
};

// What cancelling an order gives back.
struct OrderLine {
    qint64 memberId = 0;
    qint64 giftId = 0;
    qint64 quantity = 0;
    qint64 points = 0;
    QString giftName;
};

// The gift catalogue (`gifts`) and points-for-gifts orders (`redemption_orders`). Stock moves
// only by conditional UPDATEs, so no two desks take it below zero; the caller owns the
// transaction.
class GiftRepository {
public:
    explicit GiftRepository(Database &db) : m_db(db) {}

    Result<QList<Gift>> gifts(bool activeOnly);
    Result<std::optional<Gift>> gift(qint64 id);
    Result<qint64> insertGift(const Gift &gift, const QString &createdAt);
    // Name, price, active and note; the stock changes by addStock/takeStock only. False: no such gift.
    Result<bool> updateGift(const Gift &gift);
    // False when the stock would go below zero or the gift does not exist.
    Result<bool> addStock(qint64 giftId, qint64 delta);
    // False when fewer than `quantity` are left.
    Result<bool> takeStock(qint64 giftId, qint64 quantity);
    Status returnStock(qint64 giftId, qint64 quantity);
    Result<qint64> stock(qint64 giftId);

    Result<qint64> insertOrder(qint64 memberId, qint64 giftId, int quantity, qint64 points, const QString &at, const QString &by);
    Result<std::optional<OrderLine>> orderLine(qint64 orderId);
    // Each closes a pending order only; false when the order is not pending (or does not exist).
    Result<bool> fulfilOrder(qint64 orderId, const QString &at, const QString &by);
    Result<bool> cancelOrder(qint64 orderId, const QString &at, const QString &by, const QString &note);
    // `status` empty for all; `memberId` 0 for every member. Newest first.
    Result<QList<RedemptionOrder>> orders(const QString &status, qint64 memberId, int limit);

private:
    Database &m_db;
};

} // namespace crm::data
