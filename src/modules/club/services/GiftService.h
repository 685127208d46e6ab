#pragma once
#include "services/Guard.h"

#include <QDateTime>

namespace crm::services {

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

// The gift catalogue and points-for-gifts orders. Redeeming takes stock and points in one
// transaction, each by a conditional UPDATE: no order beyond the stock or the balance, whatever
// two desks do at once. A cancelled order gives both back.
class GiftService {
    Q_DECLARE_TR_FUNCTIONS(crm::services::GiftService)
public:
    explicit GiftService(Context ctx) : m_ctx(ctx) {}

    Result<QList<Gift>> gifts(bool activeOnly);
    Result<qint64> saveGift(const Session &who, const Gift &gift); // id 0 adds one
    Status addStock(const Session &who, qint64 giftId, qint64 delta);
    Result<qint64> redeem(const Session &who, qint64 memberId, qint64 giftId, int quantity, const QString &cardNumber = {});
    Status fulfil(const Session &who, qint64 orderId);
    Status cancelOrder(const Session &who, qint64 orderId, const QString &reason);
    // `status` empty for all; `memberId` 0 for every member. Newest first.
    Result<QList<RedemptionOrder>> orders(const Session &who, const QString &status, qint64 memberId = 0, int limit = 500);

private:
    Context m_ctx;
};

} // namespace crm::services
