#include "club/data/MemberRepository.h"

#include "core/Clock.h"
#include "data/Rows.h"

using namespace Qt::StringLiterals;

namespace crm::data {
namespace {

Result<std::optional<qint64>> optionalId(Result<QVariant> v)
{
    if (!v)
        return v.error();
    return v->isValid() ? std::optional<qint64>(v->toLongLong()) : std::nullopt;
}

Result<bool> positiveCount(Result<QVariant> v)
{
    if (!v)
        return v.error();
    return v->toInt() > 0;
}

const QString kCardColumns = u"SELECT id, member_id, vehicle_id, number, status FROM club_cards "_s;
enum CardColumn { CardId, CardMember, CardVehicle, CardNumber, CardStatus };

Result<std::optional<CardRow>> cardFrom(Result<QSqlQuery> q)
{
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<CardRow>();
    std::optional<CardRow> card = CardRow{q->value(CardId).toLongLong(), q->value(CardMember).toLongLong(), q->value(CardVehicle),
                                          q->value(CardNumber).toString(), q->value(CardStatus).toString()};
    q->finish();
    return card;
}

} // namespace

Result<std::optional<qint64>> MemberRepository::memberOfCustomer(qint64 customerId)
{
    return optionalId(m_db.scalar(u"SELECT id FROM club_members WHERE customer_id = ?"_s, {customerId}));
}

Result<std::optional<QString>> MemberRepository::status(qint64 memberId)
{
    auto member = m_db.scalar(u"SELECT status FROM club_members WHERE id = ?"_s, {memberId});
    if (!member)
        return member.error();
    return member->isValid() ? std::optional<QString>(member->toString()) : std::nullopt;
}

Result<QString> MemberRepository::tier(qint64 memberId)
{
    auto tier = m_db.scalar(u"SELECT tier FROM club_members WHERE id = ?"_s, {memberId});
    if (!tier)
        return tier.error();
    return tier->toString();
}

Result<qint64> MemberRepository::insert(qint64 customerId, const QDate &joinedOn, const QString &by, const QString &at)
{
    return returnedId(
        m_db.exec(u"INSERT INTO club_members(customer_id, joined_on, tier_since, created_by, created_at) VALUES (?, ?, ?, ?, ?) "
                  "RETURNING id"_s,
                  {customerId, joinedOn.toString(Qt::ISODate), joinedOn.toString(Qt::ISODate), by, at}));
}

Result<std::optional<MemberView>> MemberRepository::view(qint64 memberId)
{
    enum { Id, Customer, Name, Tier, StatusCol, JoinedOn, Available };
    auto q = m_db.exec(
        u"SELECT m.id, m.customer_id, c.name, m.tier, m.status, m.joined_on, COALESCE(b.available, 0) FROM club_members m "
        "JOIN customers c ON c.id = m.customer_id LEFT JOIN points_balances b ON b.member_id = m.id WHERE m.id = ?"_s,
        {memberId});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<MemberView>();
    MemberView v;
    v.id = q->value(Id).toLongLong();
    v.customerId = q->value(Customer).toLongLong();
    v.customerName = q->value(Name).toString();
    v.tier = q->value(Tier).toString();
    v.status = q->value(StatusCol).toString();
    v.joinedOn = QDate::fromString(q->value(JoinedOn).toString(), Qt::ISODate);
    v.available = q->value(Available).toLongLong();
    q->finish();
    return std::optional<MemberView>(v);
}

Result<QList<MemberView::Card>> MemberRepository::cards(qint64 memberId)
{
    enum { Id, Number, StatusCol, IssuedAt, ReplacedBy, Note };
    auto q = m_db.exec(
        u"SELECT id, number, status, issued_at, replaced_by, note FROM club_cards WHERE member_id = ? ORDER BY id"_s, {memberId});
    if (!q)
        return q.error();
    QList<MemberView::Card> out;
    while (q->next())
        out << MemberView::Card{q->value(Id).toLongLong(),         q->value(Number).toString(),
                                q->value(StatusCol).toString(),    fromStoredUtc(q->value(IssuedAt).toString()),
                                q->value(ReplacedBy).toLongLong(), q->value(Note).toString()};
    return out;
}

Result<QList<MemberRow>> MemberRepository::members(const QString &tier, int limit, qint64 afterId)
{
    enum { Id, Customer, Name, Card, Tier, StatusCol, JoinedOn, Available };
    auto q = m_db.exec(
        u"SELECT m.id, m.customer_id, c.name, (SELECT number FROM club_cards k WHERE k.member_id = m.id ORDER BY (k.status = "
        "'active') DESC, k.id DESC LIMIT 1), "
        "m.tier, m.status, m.joined_on, COALESCE(b.available, 0) FROM club_members m JOIN customers c ON c.id = m.customer_id "
        "LEFT JOIN points_balances b ON b.member_id = m.id WHERE (? = '' OR m.tier = ?) AND (? = 0 OR m.id < ?) ORDER BY m.id DESC LIMIT ?"_s,
        {Database::text(tier), Database::text(tier), afterId, afterId, limit});
    if (!q)
        return q.error();
    QList<MemberRow> out;
    while (q->next())
        out << MemberRow{q->value(Id).toLongLong(),
                         q->value(Customer).toLongLong(),
                         q->value(Name).toString(),
                         q->value(Card).toString(),
                         q->value(Tier).toString(),
                         q->value(StatusCol).toString(),
                         QDate::fromString(q->value(JoinedOn).toString(), Qt::ISODate),
                         q->value(Available).toLongLong()};
    return out;
}

Result<bool> MemberRepository::cancel(qint64 memberId, const QString &reason)
{
    return changedOne(
        m_db.exec(u"UPDATE club_members SET status = 'cancelled', cancel_reason = ? WHERE id = ? AND status = 'active'"_s,
                  {reason, memberId}));
}

Status MemberRepository::setTier(qint64 memberId, const QString &tier, const QDate &since)
{
    CRM_TRY(m_db.exec(u"UPDATE club_members SET tier = ?, tier_since = ? WHERE id = ?"_s,
                      {tier, since.toString(Qt::ISODate), memberId}));
    return {};
}

Result<QList<qint64>> MemberRepository::birthdayMembers(const QString &monthDay, const QString &orMonthDay)
{
    auto q =
        m_db.exec(u"SELECT m.id FROM club_members m JOIN customers c ON c.id = m.customer_id WHERE m.status = 'active' "
                  "AND c.deleted_at IS NULL AND (substr(c.birthday, 6, 5) = ? OR substr(c.birthday, 6, 5) = ?) ORDER BY m.id"_s,
                  {monthDay, orMonthDay});
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q->next())
        ids << q->value(0).toLongLong();
    return ids;
}

Result<QList<TierStanding>> MemberRepository::tierStandings(const QString &windowStartUtc, const QString &firstTier,
                                                            const QDate &heldSince)
{
    // One grouped pass: every member above the first tier with what they earned in the window.
    auto q = m_db.exec(
        u"SELECT m.id, m.tier, COALESCE((SELECT SUM(points) FROM points_ledger l WHERE l.member_id = m.id AND l.kind = 'earn' "
        "AND l.at >= ?), 0) FROM club_members m WHERE m.status = 'active' AND m.tier <> ? AND m.tier_since <= ?"_s,
        {windowStartUtc, firstTier, heldSince.toString(Qt::ISODate)});
    if (!q)
        return q.error();
    QList<TierStanding> out;
    while (q->next())
        out << TierStanding{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toLongLong()};
    return out;
}

Status MemberRepository::logEvent(qint64 memberId, const QString &at, const QString &kind, const QString &detail,
                                  const QString &by)
{
    CRM_TRY(m_db.exec(
        u"INSERT INTO club_events(member_id, customer_id, at, kind, detail, created_by) SELECT id, customer_id, ?, ?, ?, ? "
        "FROM club_members WHERE id = ?"_s,
        {at, kind, Database::text(detail), by, memberId}));
    return {};
}

Result<std::optional<CardRow>> MemberRepository::card(qint64 memberId, const QString &number)
{
    return number.isEmpty()
               ? cardFrom(m_db.exec(kCardColumns + u"WHERE member_id = ? AND status = 'active' ORDER BY id DESC LIMIT 1"_s,
                                    {memberId}))
               : cardFrom(m_db.exec(kCardColumns + u"WHERE member_id = ? AND number = ?"_s, {memberId, number}));
}

Result<std::optional<CardRow>> MemberRepository::cardByNumber(const QString &number)
{
    return cardFrom(m_db.exec(kCardColumns + u"WHERE number = ?"_s, {number}));
}

Result<qint64> MemberRepository::nextCardSerial()
{
    auto serial = m_db.exec(u"UPDATE club_card_serial SET last = last + 1 WHERE id = 1 RETURNING last"_s);
    if (!serial || !serial->next())
        return serial ? Error::database(u"no serial"_s, {}) : serial.error();
    const qint64 last = serial->value(0).toLongLong();
    serial->finish();
    return last;
}

Result<qint64> MemberRepository::insertCard(qint64 memberId, const QString &number, const QVariant &vehicleId, const QString &at,
                                            const QString &note)
{
    return returnedId(
        m_db.exec(u"INSERT INTO club_cards(member_id, number, vehicle_id, issued_at, note) VALUES (?, ?, ?, ?, ?) RETURNING id"_s,
                  {memberId, number, vehicleId, at, Database::text(note)}));
}

Result<bool> MemberRepository::markLost(const QString &number, const QString &note)
{
    return changedOne(m_db.exec(u"UPDATE club_cards SET status = 'lost', note = ? WHERE number = ? AND status = 'active'"_s,
                                {Database::text(note), number}));
}

Status MemberRepository::markReplaced(qint64 cardId, qint64 byCardId)
{
    CRM_TRY(m_db.exec(u"UPDATE club_cards SET status = 'replaced', replaced_by = ? WHERE id = ?"_s, {byCardId, cardId}));
    return {};
}

Status MemberRepository::cancelCards(qint64 memberId)
{
    CRM_TRY(m_db.exec(u"UPDATE club_cards SET status = 'cancelled' WHERE member_id = ? AND status IN ('active', 'lost')"_s,
                      {memberId}));
    return {};
}

Result<bool> MemberRepository::activeMemberOwnsVehicle(qint64 memberId, qint64 vehicleId)
{
    return positiveCount(m_db.scalar(u"SELECT COUNT(*) FROM vehicles v JOIN club_members m ON m.customer_id = v.customer_id "
                                     "WHERE v.id = ? AND m.id = ? AND m.status = 'active' AND v.deleted_at IS NULL"_s,
                                     {vehicleId, memberId}));
}

Result<std::optional<QString>> MemberRepository::vehicleCard(qint64 memberId, qint64 vehicleId)
{
    auto has =
        m_db.scalar(u"SELECT number FROM club_cards WHERE member_id = ? AND vehicle_id = ? AND status IN ('active', 'lost')"_s,
                    {memberId, vehicleId});
    if (!has)
        return has.error();
    return has->isValid() ? std::optional<QString>(has->toString()) : std::nullopt;
}

} // namespace crm::data
