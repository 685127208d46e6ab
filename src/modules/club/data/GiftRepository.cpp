#include "club/data/GiftRepository.h"

#include "core/Clock.h"
#include "data/Rows.h"

using namespace Qt::StringLiterals;

namespace crm::data {
namespace {

const QString kGiftColumns = u"SELECT id, name, points, stock, active, note FROM gifts "_s;
enum GiftColumn { GiftId, GiftName, GiftPoints, GiftStock, GiftActive, GiftNote };

Gift giftFrom(const QSqlQuery &q)
{
    return Gift{q.value(GiftId).toLongLong(),    q.value(GiftName).toString(),     q.value(GiftPoints).toLongLong(),
                q.value(GiftStock).toLongLong(), q.value(GiftActive).toInt() != 0, q.value(GiftNote).toString()};
}

} // namespace

Result<QList<Gift>> GiftRepository::gifts(bool activeOnly)
{
    auto q = m_db.exec(kGiftColumns + u"WHERE (? = 0 OR active = 1) ORDER BY active DESC, points, name"_s, {activeOnly ? 1 : 0});
    if (!q)
        return q.error();
    QList<Gift> out;
    while (q->next())
        out << giftFrom(*q);
    return out;
}

Result<std::optional<Gift>> GiftRepository::gift(qint64 id)
{
    auto q = m_db.exec(kGiftColumns + u"WHERE id = ?"_s, {id});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Gift>();
    std::optional<Gift> g = giftFrom(*q);
    q->finish();
    return g;
}

Result<qint64> GiftRepository::insertGift(const Gift &g, const QString &createdAt)
{
    return returnedId(
        m_db.exec(u"INSERT INTO gifts(name, points, stock, active, note, created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"_s,
                  {g.name, g.points, g.stock, g.active ? 1 : 0, Database::text(g.note), createdAt}));
}

Result<bool> GiftRepository::updateGift(const Gift &g)
{
    return changedOne(m_db.exec(u"UPDATE gifts SET name = ?, points = ?, active = ?, note = ? WHERE id = ?"_s,
                                {g.name, g.points, g.active ? 1 : 0, Database::text(g.note), g.id}));
}

Result<bool> GiftRepository::addStock(qint64 giftId, qint64 delta)
{
    return changedOne(m_db.exec(u"UPDATE gifts SET stock = stock + ? WHERE id = ? AND stock + ? >= 0"_s, {delta, giftId, delta}));
}

Result<bool> GiftRepository::takeStock(qint64 giftId, qint64 quantity)
{
    return changedOne(
        m_db.exec(u"UPDATE gifts SET stock = stock - ? WHERE id = ? AND stock >= ?"_s, {quantity, giftId, quantity}));
}

Status GiftRepository::returnStock(qint64 giftId, qint64 quantity)
{
    CRM_TRY(m_db.exec(u"UPDATE gifts SET stock = stock + ? WHERE id = ?"_s, {quantity, giftId}));
    return {};
}

Result<qint64> GiftRepository::stock(qint64 giftId)
{
    auto left = m_db.scalar(u"SELECT stock FROM gifts WHERE id = ?"_s, {giftId});
    if (!left)
        return left.error();
    return left->toLongLong();
}

Result<qint64> GiftRepository::insertOrder(qint64 memberId, qint64 giftId, int quantity, qint64 points, const QString &at,
                                           const QString &by)
{
    return returnedId(m_db.exec(
        u"INSERT INTO redemption_orders(member_id, gift_id, quantity, points, ordered_at, ordered_by) VALUES (?, ?, ?, ?, ?, ?) "
        "RETURNING id"_s,
        {memberId, giftId, quantity, points, at, by}));
}

Result<std::optional<OrderLine>> GiftRepository::orderLine(qint64 orderId)
{
    enum { LineMember, LineGift, LineQuantity, LinePoints, LineGiftName };
    auto q = m_db.exec(
        u"SELECT o.member_id, o.gift_id, o.quantity, o.points, g.name FROM redemption_orders o JOIN gifts g ON g.id = o.gift_id "
        "WHERE o.id = ?"_s,
        {orderId});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<OrderLine>();
    std::optional<OrderLine> line =
        OrderLine{q->value(LineMember).toLongLong(), q->value(LineGift).toLongLong(), q->value(LineQuantity).toLongLong(),
                  q->value(LinePoints).toLongLong(), q->value(LineGiftName).toString()};
    q->finish();
    return line;
}

Result<bool> GiftRepository::fulfilOrder(qint64 orderId, const QString &at, const QString &by)
{
    return changedOne(m_db.exec(
        u"UPDATE redemption_orders SET status = 'fulfilled', closed_at = ?, closed_by = ? WHERE id = ? AND status = 'pending'"_s,
        {at, by, orderId}));
}

Result<bool> GiftRepository::cancelOrder(qint64 orderId, const QString &at, const QString &by, const QString &note)
{
    return changedOne(m_db.exec(
        u"UPDATE redemption_orders SET status = 'cancelled', closed_at = ?, closed_by = ?, note = ? WHERE id = ? AND status = 'pending'"_s,
        {at, by, note, orderId}));
}

Result<QList<RedemptionOrder>> GiftRepository::orders(const QString &status, qint64 memberId, int limit)
{
    enum {
        OrderId,
        OrderMember,
        OrderCustomer,
        OrderGift,
        OrderQuantity,
        OrderPoints,
        OrderStatus,
        OrderedAt,
        OrderedBy,
        ClosedAt,
        OrderNote
    };
    auto q = m_db.exec(u"SELECT o.id, o.member_id, c.name, g.name, o.quantity, o.points, o.status, o.ordered_at, o.ordered_by, "
                       u"o.closed_at, o.note "
                       "FROM redemption_orders o JOIN gifts g ON g.id = o.gift_id JOIN club_members m ON m.id = o.member_id "
                       "JOIN customers c ON c.id = m.customer_id WHERE (? = '' OR o.status = ?) AND (? = 0 OR o.member_id = ?) "
                       "ORDER BY o.id DESC LIMIT ?"_s,
                       {Database::text(status), Database::text(status), memberId, memberId, limit});
    if (!q)
        return q.error();
    QList<RedemptionOrder> out;
    while (q->next())
        out << RedemptionOrder{q->value(OrderId).toLongLong(),     q->value(OrderMember).toLongLong(),
                               q->value(OrderCustomer).toString(), q->value(OrderGift).toString(),
                               q->value(OrderQuantity).toInt(),    q->value(OrderPoints).toLongLong(),
                               q->value(OrderStatus).toString(),   fromStoredUtc(q->value(OrderedAt).toString()),
                               q->value(OrderedBy).toString(),     fromStoredUtc(q->value(ClosedAt).toString()),
                               q->value(OrderNote).toString()};
    return out;
}

} // namespace crm::data
