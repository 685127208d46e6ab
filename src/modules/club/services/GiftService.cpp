#include "club/services/GiftService.h"

#include "club/services/ClubService.h"
#include "data/Transaction.h"

using namespace Qt::StringLiterals;

namespace crm::services {

Result<QList<Gift>> GiftService::gifts(bool activeOnly)
{
    return m_gifts.gifts(activeOnly);
}

Result<qint64> GiftService::saveGift(const Session &who, const Gift &g)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ManageClub, tr("edit the gift catalogue")));
    if (g.name.trimmed().isEmpty())
        return Error::invalid(tr("A gift needs a name."));
    if (g.points <= 0)
        return Error::invalid(tr("A gift's price in points must be more than zero."));
    if (g.stock < 0)
        return Error::invalid(tr("Stock cannot be negative."));
    Gift clean = g;
    clean.name = g.name.trimmed();
    clean.note = g.note.trimmed();
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    qint64 id = g.id;
    if (id == 0) {
        auto added = m_gifts.insertGift(clean, toStoredUtc(m_ctx.clock.nowUtc()));
        if (!added)
            return added.error();
        id = *added;
    } else {
        // The stock of an existing gift changes by addStock only (orders take it concurrently).
        auto found = m_gifts.updateGift(clean);
        if (!found)
            return found.error();
        if (!*found)
            return Error::notFound(tr("Gift %1 does not exist.").arg(id));
    }
    CRM_TRY(Guard::audit(m_ctx, &who,
                         {g.id ? u"edit"_s : u"create"_s,
                          u"gifts"_s,
                          QString::number(id),
                          {},
                          {{u"name"_s, clean.name}, {u"points"_s, g.points}, {u"active"_s, g.active}},
                          clean.name}));
    CRM_TRY(tx.commit());
    return id;
}

Status GiftService::addStock(const Session &who, qint64 giftId, qint64 delta)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ManageClub, tr("change gift stock")));
    if (delta == 0)
        return {};
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    auto added = m_gifts.addStock(giftId, delta);
    if (!added)
        return added.error();
    if (!*added)
        return Error::invalid(tr("The stock cannot go below zero (or the gift does not exist)."));
    CRM_TRY(Guard::audit(m_ctx, &who, {u"stock"_s, u"gifts"_s, QString::number(giftId), {}, {{u"delta"_s, delta}}, {}}));
    return tx.commit();
}

Result<qint64> GiftService::redeem(const Session &who, qint64 memberId, qint64 giftId, int quantity, const QString &cardNumber)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ManageClub, tr("redeem points")));
    if (quantity <= 0)
        return Error::invalid(tr("Order at least one."));
    auto gift = m_gifts.gift(giftId);
    if (!gift)
        return gift.error();
    if (!*gift)
        return Error::notFound(tr("Gift %1 does not exist.").arg(giftId));
    const QString name = (*gift)->name;
    const qint64 total = (*gift)->points * quantity;
    if (!(*gift)->active)
        return Error::invalid(tr("%1 is no longer offered.").arg(name));
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    auto taken = m_gifts.takeStock(giftId, quantity);
    if (!taken)
        return taken.error();
    if (!*taken) {
        auto left = m_gifts.stock(giftId);
        return Error::invalid(tr("Only %1 of %2 left in stock.").arg(left ? *left : 0).arg(name));
    }
    CRM_TRY(ClubService(m_ctx).spend(who, memberId, total, tr("Gift: %1 × %2").arg(name).arg(quantity), cardNumber));
    auto order = m_gifts.insertOrder(memberId, giftId, quantity, total, toStoredUtc(m_ctx.clock.nowUtc()), who.username);
    if (!order)
        return order.error();
    const qint64 id = *order;
    CRM_TRY(Guard::audit(m_ctx, &who,
                         {u"redeem"_s,
                          u"redemption_orders"_s,
                          QString::number(id),
                          {},
                          {{u"member"_s, memberId}, {u"gift"_s, name}, {u"quantity"_s, quantity}, {u"points"_s, total}},
                          name}));
    CRM_TRY(tx.commit());
    return id;
}

Status GiftService::fulfil(const Session &who, qint64 orderId)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ManageClub, tr("hand out gifts")));
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    auto closed = m_gifts.fulfilOrder(orderId, toStoredUtc(m_ctx.clock.nowUtc()), who.username);
    if (!closed)
        return closed.error();
    if (!*closed)
        return Error::invalid(tr("Order %1 is not pending.").arg(orderId));
    CRM_TRY(Guard::audit(m_ctx, &who,
                         {u"fulfil"_s,
                          u"redemption_orders"_s,
                          QString::number(orderId),
                          {{u"status"_s, u"pending"_s}},
                          {{u"status"_s, u"fulfilled"_s}},
                          {}}));
    return tx.commit();
}

Status GiftService::cancelOrder(const Session &who, qint64 orderId, const QString &reason)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ManageClub, tr("cancel redemption orders")));
    if (reason.trimmed().isEmpty())
        return Error::invalid(tr("Say why the order is cancelled."));
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    auto order = m_gifts.orderLine(orderId);
    if (!order)
        return order.error();
    if (!*order)
        return Error::notFound(tr("Order %1 does not exist.").arg(orderId));
    const data::OrderLine line = **order;
    auto cancelled = m_gifts.cancelOrder(orderId, toStoredUtc(m_ctx.clock.nowUtc()), who.username, reason.trimmed());
    if (!cancelled)
        return cancelled.error();
    if (!*cancelled)
        return Error::invalid(tr("Only a pending order can be cancelled; order %1 is not pending.").arg(orderId));
    CRM_TRY(m_gifts.returnStock(line.giftId, line.quantity));
    CRM_TRY(ClubService(m_ctx).refund(who, line.memberId, line.points,
                                      tr("Order %1 cancelled: %2 × %3").arg(orderId).arg(line.giftName).arg(line.quantity)));
    CRM_TRY(Guard::audit(m_ctx, &who,
                         {u"cancel"_s,
                          u"redemption_orders"_s,
                          QString::number(orderId),
                          {{u"status"_s, u"pending"_s}},
                          {{u"status"_s, u"cancelled"_s}, {u"refund"_s, line.points}},
                          reason.trimmed()}));
    return tx.commit();
}

Result<QList<RedemptionOrder>> GiftService::orders(const Session &who, const QString &status, qint64 memberId, int limit)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ViewCustomers, tr("see redemption orders")));
    return m_gifts.orders(status, memberId, limit);
}

} // namespace crm::services
