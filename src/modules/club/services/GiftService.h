#pragma once
#include "club/data/GiftRepository.h"
#include "services/Guard.h"

#include <QDateTime>

namespace crm::services {

// The structs are the repository's; services and pages name them from here.
using data::Gift;
using data::RedemptionOrder;

// The gift catalogue and points-for-gifts orders. Redeeming takes stock and points in one
// transaction, each by a conditional UPDATE: no order beyond the stock or the balance, whatever
// two desks do at once. A cancelled order gives both back.
class GiftService {
    Q_DECLARE_TR_FUNCTIONS(crm::services::GiftService)
public:
    explicit GiftService(Context ctx) : m_ctx(ctx), m_gifts(ctx.db) {}

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
    data::GiftRepository m_gifts;
};

} // namespace crm::services
