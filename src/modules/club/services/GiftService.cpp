#include "club/services/GiftService.h"

#include "club/services/ClubService.h"
#include "data/Transaction.h"

using namespace Qt::StringLiterals;

namespace crm::services {

Result<QList<Gift>> GiftService::gifts(bool activeOnly)
{
    auto q = m_ctx.db.exec(
        u"SELECT id, name, points, stock, active, note FROM gifts WHERE (? = 0 OR active = 1) ORDER BY active DESC, points, name"_s,
        {activeOnly ? 1 : 0});
    if (!q)
        return q.error();
    QList<Gift> out;
    while (q->next())
        out << Gift{q->value(0).toLongLong(), q->value(1).toString(),   q->value(2).toLongLong(),
                    q->value(3).toLongLong(), q->value(4).toInt() != 0, q->value(5).toString()};
    return out;
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
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    qint64 id = g.id;
    if (id == 0) {
        auto q = m_ctx.db.exec(
            u"INSERT INTO gifts(name, points, stock, active, note, created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"_s,
            {g.name.trimmed(), g.points, g.stock, g.active ? 1 : 0, data::Database::text(g.note.trimmed()),
             toStoredUtc(m_ctx.clock.nowUtc())});
        if (!q || !q->next())
            return q ? Error::database(u"no id"_s, {}) : q.error();
        id = q->value(0).toLongLong();
        q->finish();
    } else {
        // The stock of an existing gift changes by addStock only (orders take it concurrently).
        auto q = m_ctx.db.exec(u"UPDATE gifts SET name = ?, points = ?, active = ?, note = ? WHERE id = ?"_s,
                               {g.name.trimmed(), g.points, g.active ? 1 : 0, data::Database::text(g.note.trimmed()), id});
        if (!q)
            return q.error();
        if (q->numRowsAffected() != 1)
            return Error::notFound(tr("Gift %1 does not exist.").arg(id));
    }
    CRM_TRY(Guard::audit(m_ctx, &who,
                         {g.id ? u"edit"_s : u"create"_s,
                          u"gifts"_s,
                          QString::number(id),
                          {},
                          {{u"name"_s, g.name.trimmed()}, {u"points"_s, g.points}, {u"active"_s, g.active}},
                          g.name.trimmed()}));
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
    auto q = m_ctx.db.exec(u"UPDATE gifts SET stock = stock + ? WHERE id = ? AND stock + ? >= 0"_s, {delta, giftId, delta});
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return Error::invalid(tr("The stock cannot go below zero (or the gift does not exist)."));
    CRM_TRY(Guard::audit(m_ctx, &who, {u"stock"_s, u"gifts"_s, QString::number(giftId), {}, {{u"delta"_s, delta}}, {}}));
    return tx.commit();
}

Result<qint64> GiftService::redeem(const Session &who, qint64 memberId, qint64 giftId, int quantity, const QString &cardNumber)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ManageClub, tr("redeem points")));
    if (quantity <= 0)
        return Error::invalid(tr("Order at least one."));
    auto gift = m_ctx.db.exec(u"SELECT name, points, stock, active FROM gifts WHERE id = ?"_s, {giftId});
    if (!gift)
        return gift.error();
    if (!gift->next())
        return Error::notFound(tr("Gift %1 does not exist.").arg(giftId));
    const QString name = gift->value(0).toString();
    const qint64 total = gift->value(1).toLongLong() * quantity;
    const bool active = gift->value(3).toInt() != 0;
    gift->finish();
    if (!active)
        return Error::invalid(tr("%1 is no longer offered.").arg(name));
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    auto taken = m_ctx.db.exec(u"UPDATE gifts SET stock = stock - ? WHERE id = ? AND stock >= ?"_s, {quantity, giftId, quantity});
    if (!taken)
        return taken.error();
    if (taken->numRowsAffected() != 1) {
        auto left = m_ctx.db.scalar(u"SELECT stock FROM gifts WHERE id = ?"_s, {giftId});
        return Error::invalid(tr("Only %1 of %2 left in stock.").arg(left ? left->toLongLong() : 0).arg(name));
    }
    CRM_TRY(ClubService(m_ctx).spend(who, memberId, total, tr("Gift: %1 × %2").arg(name).arg(quantity), cardNumber));
    auto q = m_ctx.db.exec(
        u"INSERT INTO redemption_orders(member_id, gift_id, quantity, points, ordered_at, ordered_by) VALUES (?, ?, ?, ?, ?, ?) "
        "RETURNING id"_s,
        {memberId, giftId, quantity, total, toStoredUtc(m_ctx.clock.nowUtc()), who.username});
    if (!q || !q->next())
        return q ? Error::database(u"no id"_s, {}) : q.error();
    const qint64 id = q->value(0).toLongLong();
    q->finish();
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
    auto q = m_ctx.db.exec(
        u"UPDATE redemption_orders SET status = 'fulfilled', closed_at = ?, closed_by = ? WHERE id = ? AND status = 'pending'"_s,
        {toStoredUtc(m_ctx.clock.nowUtc()), who.username, orderId});
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
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
    auto order = m_ctx.db.exec(
        u"SELECT o.member_id, o.gift_id, o.quantity, o.points, g.name FROM redemption_orders o JOIN gifts g ON g.id = o.gift_id "
        "WHERE o.id = ?"_s,
        {orderId});
    if (!order)
        return order.error();
    if (!order->next())
        return Error::notFound(tr("Order %1 does not exist.").arg(orderId));
    const qint64 memberId = order->value(0).toLongLong(), giftId = order->value(1).toLongLong();
    const qint64 quantity = order->value(2).toLongLong(), points = order->value(3).toLongLong();
    const QString name = order->value(4).toString();
    order->finish();
    auto q = m_ctx.db.exec(
        u"UPDATE redemption_orders SET status = 'cancelled', closed_at = ?, closed_by = ?, note = ? WHERE id = ? AND status = 'pending'"_s,
        {toStoredUtc(m_ctx.clock.nowUtc()), who.username, reason.trimmed(), orderId});
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return Error::invalid(tr("Only a pending order can be cancelled; order %1 is not pending.").arg(orderId));
    CRM_TRY(m_ctx.db.exec(u"UPDATE gifts SET stock = stock + ? WHERE id = ?"_s, {quantity, giftId}));
    CRM_TRY(
        ClubService(m_ctx).refund(who, memberId, points, tr("Order %1 cancelled: %2 × %3").arg(orderId).arg(name).arg(quantity)));
    CRM_TRY(Guard::audit(m_ctx, &who,
                         {u"cancel"_s,
                          u"redemption_orders"_s,
                          QString::number(orderId),
                          {{u"status"_s, u"pending"_s}},
                          {{u"status"_s, u"cancelled"_s}, {u"refund"_s, points}},
                          reason.trimmed()}));
    return tx.commit();
}

Result<QList<RedemptionOrder>> GiftService::orders(const Session &who, const QString &status, qint64 memberId, int limit)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ViewCustomers, tr("see redemption orders")));
    auto q =
        m_ctx.db.exec(u"SELECT o.id, o.member_id, c.name, g.name, o.quantity, o.points, o.status, o.ordered_at, o.ordered_by, "
                      u"o.closed_at, o.note "
                      "FROM redemption_orders o JOIN gifts g ON g.id = o.gift_id JOIN club_members m ON m.id = o.member_id "
                      "JOIN customers c ON c.id = m.customer_id WHERE (? = '' OR o.status = ?) AND (? = 0 OR o.member_id = ?) "
                      "ORDER BY o.id DESC LIMIT ?"_s,
                      {data::Database::text(status), data::Database::text(status), memberId, memberId, limit});
    if (!q)
        return q.error();
    QList<RedemptionOrder> out;
    while (q->next())
        out << RedemptionOrder{q->value(0).toLongLong(), q->value(1).toLongLong(),
                               q->value(2).toString(),   q->value(3).toString(),
                               q->value(4).toInt(),      q->value(5).toLongLong(),
                               q->value(6).toString(),   fromStoredUtc(q->value(7).toString()),
                               q->value(8).toString(),   fromStoredUtc(q->value(9).toString()),
                               q->value(10).toString()};
    return out;
}

} // namespace crm::services
