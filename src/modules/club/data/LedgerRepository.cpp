#include "club/data/LedgerRepository.h"

#include "core/Clock.h"
#include "data/Rows.h"

using namespace Qt::StringLiterals;

namespace crm::data {
namespace {

const QString kAppend =
    u"INSERT INTO points_ledger(member_id, card_id, at, kind, points, expires_on, reason, source_key, created_by) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;

QVariantList bindsOf(const LedgerEntry &e)
{
    return {
        e.memberId, e.cardId ? QVariant(e.cardId) : QVariant(QMetaType(QMetaType::LongLong)),
        e.at,       e.kind,
        e.points,   e.expiresOn.isValid() ? QVariant(e.expiresOn.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString)),
        e.reason,   Database::optional(e.sourceKey),
        e.createdBy};
}

} // namespace

Status LedgerRepository::insertBalance(qint64 memberId)
{
    CRM_TRY(m_db.exec(u"INSERT INTO points_balances(member_id, available) VALUES (?, 0)"_s, {memberId}));
    return {};
}

Result<qint64> LedgerRepository::lockBalance(qint64 memberId)
{
    auto available =
        m_db.scalar(u"SELECT available FROM points_balances WHERE member_id = ?"_s + m_db.dialect().lockRows(), {memberId});
    if (!available)
        return available.error();
    return available->toLongLong();
}

Result<bool> LedgerRepository::takeBalance(qint64 memberId, qint64 points)
{
    // One conditional UPDATE: the row lock (PostgreSQL) or the write transaction (SQLite) makes
    // a second desk wait and then see the new balance.
    return changedOne(m_db.exec(u"UPDATE points_balances SET available = available - ? WHERE member_id = ? AND available >= ?"_s,
                                {points, memberId, points}));
}

Result<QList<QPair<qint64, qint64>>> LedgerRepository::openLots(qint64 memberId)
{
    auto lots = m_db.exec(u"SELECT ledger_id, remaining FROM points_lots WHERE member_id = ? AND remaining > 0 "
                          "ORDER BY expires_on, ledger_id"_s,
                          {memberId});
    if (!lots)
        return lots.error();
    QList<QPair<qint64, qint64>> out;
    while (lots->next())
        out << qMakePair(lots->value(0).toLongLong(), lots->value(1).toLongLong());
    return out;
}

Status LedgerRepository::takeFromLot(qint64 ledgerId, qint64 points)
{
    CRM_TRY(m_db.exec(u"UPDATE points_lots SET remaining = remaining - ? WHERE ledger_id = ?"_s, {points, ledgerId}));
    return {};
}

Status LedgerRepository::addLot(qint64 ledgerId, qint64 memberId, qint64 points, const QDate &expires)
{
    CRM_TRY(m_db.exec(u"INSERT INTO points_lots(ledger_id, member_id, expires_on, remaining) VALUES (?, ?, ?, ?)"_s,
                      {ledgerId, memberId, expires.toString(Qt::ISODate), points}));
    CRM_TRY(m_db.exec(u"UPDATE points_balances SET available = available + ? WHERE member_id = ?"_s, {points, memberId}));
    return {};
}

Result<qint64> LedgerRepository::lotRemaining(qint64 ledgerId)
{
    auto left = m_db.scalar(u"SELECT remaining FROM points_lots WHERE ledger_id = ?"_s, {ledgerId});
    if (!left)
        return left.error();
    return left->toLongLong();
}

Status LedgerRepository::emptyLot(qint64 ledgerId)
{
    CRM_TRY(m_db.exec(u"UPDATE points_lots SET remaining = 0 WHERE ledger_id = ?"_s, {ledgerId}));
    return {};
}

Result<QList<ExpiringLot>> LedgerRepository::expiringLots(const QDate &asOf)
{
    auto lots = m_db.exec(u"SELECT ledger_id, member_id, expires_on FROM points_lots WHERE expires_on < ? AND remaining > 0 "
                          "ORDER BY member_id, expires_on, ledger_id"_s,
                          {asOf.toString(Qt::ISODate)});
    if (!lots)
        return lots.error();
    QList<ExpiringLot> out;
    while (lots->next())
        out << ExpiringLot{lots->value(0).toLongLong(), lots->value(1).toLongLong(), lots->value(2).toString()};
    return out;
}

Result<qint64> LedgerRepository::append(const LedgerEntry &e)
{
    return returnedId(m_db.exec(kAppend + u" RETURNING id"_s, bindsOf(e)));
}

Result<std::optional<qint64>> LedgerRepository::appendOnce(const LedgerEntry &e)
{
    auto row = m_db.exec(kAppend + u" ON CONFLICT(source_key) DO NOTHING RETURNING id"_s, bindsOf(e));
    if (!row)
        return row.error();
    if (!row->next())
        return std::optional<qint64>();
    const qint64 id = row->value(0).toLongLong();
    row->finish();
    return std::optional<qint64>(id);
}

Result<qint64> LedgerRepository::earnedSince(qint64 memberId, const QString &sinceUtc)
{
    auto earned =
        m_db.scalar(u"SELECT COALESCE(SUM(points), 0) FROM points_ledger WHERE member_id = ? AND kind = 'earn' AND at >= ?"_s,
                    {memberId, sinceUtc});
    if (!earned)
        return earned.error();
    return earned->toLongLong();
}

Result<QList<LedgerLine>> LedgerRepository::lines(qint64 memberId)
{
    enum { At, Kind, Points, Reason, Card, By };
    auto q = m_db.exec(u"SELECT l.at, l.kind, l.points, l.reason, c.number, "_s + personOf(u"l.created_by"_s) +
                           u" FROM points_ledger l "
                           "LEFT JOIN club_cards c ON c.id = l.card_id WHERE l.member_id = ? ORDER BY l.at, l.id"_s,
                       {memberId});
    if (!q)
        return q.error();
    QList<LedgerLine> out;
    while (q->next())
        out << LedgerLine{fromStoredUtc(q->value(At).toString()),
                          q->value(Kind).toString(),
                          q->value(Points).toLongLong(),
                          q->value(Reason).toString(),
                          q->value(Card).toString(),
                          q->value(By).toString()};
    return out;
}

} // namespace crm::data
