#include "club/data/ClubFigures.h"

#include "core/Log.h"

using namespace Qt::StringLiterals;

namespace crm::data {

Result<QMap<QString, int>> ClubFigures::activeMembersByTier()
{
    // Kept by triggers on club_members (migration 0039).
    auto q = m_db.exec(u"SELECT tier, members FROM club_tier_counts WHERE members <> 0"_s);
    if (!q)
        return q.error();
    QMap<QString, int> tiers;
    while (q->next())
        tiers.insert(q->value(0).toString(), q->value(1).toInt());
    return tiers;
}

Result<QList<QPair<QString, int>>> ClubFigures::joinedByMonth(const QString &fromDay, const QString &toDayExclusive)
{
    auto q = m_db.exec(u"SELECT substr(joined_on, 1, 7), COUNT(*) FROM club_members WHERE joined_on >= ? AND joined_on < ? "
                       "GROUP BY substr(joined_on, 1, 7) ORDER BY 1"_s,
                       {fromDay, toDayExclusive});
    if (!q)
        return q.error();
    QList<QPair<QString, int>> out;
    while (q->next())
        out << qMakePair(q->value(0).toString(), q->value(1).toInt());
    return out;
}

Result<QList<LedgerKindTotal>> ClubFigures::ledgerByKind(const QString &fromUtc, const QString &toUtc)
{
    // One range of the covering index points_ledger_kind_at_points per kind (the kinds listed so
    // the engine probes each range instead of reading the whole index).
    auto q = m_db.exec(
        u"SELECT kind, SUM(CASE WHEN points > 0 THEN points ELSE 0 END), SUM(CASE WHEN points < 0 THEN -points ELSE 0 END) "
        "FROM points_ledger WHERE kind IN ('earn', 'spend', 'adjust', 'expire', 'refund') AND at >= ? AND at < ? GROUP BY kind"_s,
        {fromUtc, toUtc});
    if (!q)
        return q.error();
    QList<LedgerKindTotal> out;
    while (q->next())
        out << LedgerKindTotal{q->value(0).toString(), q->value(1).toLongLong(), q->value(2).toLongLong()};
    return out;
}

Result<qint64> ClubFigures::outstandingPoints()
{
    auto outstanding = m_db.scalar(u"SELECT COALESCE(SUM(available), 0) FROM points_balances"_s);
    if (!outstanding)
        return outstanding.error();
    return outstanding->toLongLong();
}

Result<qint64> ClubFigures::membersAt(const QDate &day, const QString &afterUtc)
{
    const QString d = day.toString(Qt::ISODate);
    auto members = m_db.scalar(u"SELECT (SELECT COUNT(*) FROM club_members WHERE status = 'active' AND joined_on <= ?) + "
                               "(SELECT COUNT(DISTINCT m.id) FROM club_events e JOIN club_members m ON m.id = e.member_id "
                               "WHERE e.kind = 'cancel' AND e.at >= ? AND m.status <> 'active' AND m.joined_on <= ?)"_s,
                               {d, afterUtc, d});
    if (!members)
        return members.error();
    return members->toLongLong();
}

Result<qint64> ClubFigures::pointsBefore(const QString &utc, const QString &computedAt)
{
    auto kept = m_db.exec(u"SELECT outstanding FROM points_figures WHERE window_end = ?"_s, {utc});
    if (!kept)
        return kept.error();
    if (kept->next())
        return kept->value(0).toLongLong();
    auto outstanding = m_db.scalar(u"SELECT COALESCE(SUM(points), 0) FROM points_ledger WHERE at < ?"_s, {utc});
    if (!outstanding)
        return outstanding.error();
    // Derived data, not a business record: no audit; a failed write only costs the next reader time.
    if (auto put = m_db.exec(u"INSERT INTO points_figures (window_end, outstanding, computed_at) VALUES (?, ?, ?) "
                             "ON CONFLICT (window_end) DO NOTHING"_s,
                             {utc, outstanding->toLongLong(), computedAt});
        !put)
        log::get("dashboard")->warn("points before {} not stored: {}", utc.toStdString(), put.error().message.toStdString());
    return outstanding->toLongLong();
}

Result<QMap<QDate, qint64>> ClubFigures::joinedByDay(const QDate &from, const QDate &to)
{
    auto q =
        m_db.exec(u"SELECT joined_on, COUNT(*) FROM club_members WHERE joined_on >= ? AND joined_on <= ? GROUP BY joined_on"_s,
                  {from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
    if (!q)
        return q.error();
    QMap<QDate, qint64> out;
    while (q->next())
        out.insert(QDate::fromString(q->value(0).toString(), Qt::ISODate), q->value(1).toLongLong());
    return out;
}

Result<QList<GiftRedemptions>> ClubFigures::redemptionsByGift(const QString &fromUtc, const QString &toUtc)
{
    auto q = m_db.exec(
        u"SELECT g.name, COUNT(*), SUM(o.quantity), SUM(o.points) FROM redemption_orders o JOIN gifts g ON g.id = o.gift_id "
        "WHERE o.status <> 'cancelled' AND o.ordered_at >= ? AND o.ordered_at < ? GROUP BY g.name ORDER BY SUM(o.points) DESC, g.name"_s,
        {fromUtc, toUtc});
    if (!q)
        return q.error();
    QList<GiftRedemptions> out;
    while (q->next())
        out << GiftRedemptions{q->value(0).toString(), q->value(1).toInt(), q->value(2).toInt(), q->value(3).toLongLong()};
    return out;
}

Result<QList<ActivityAttendance>> ClubFigures::attendance(const QString &fromDay, const QString &toDayExclusive)
{
    auto q = m_db.exec(u"SELECT a.title, a.starts_at, a.capacity, a.registered, (SELECT COUNT(*) FROM activity_registrations r "
                       "WHERE r.activity_id = a.id AND r.status = 'attended') FROM activities a WHERE a.status = 'open' "
                       "AND a.starts_at >= ? AND a.starts_at < ? ORDER BY a.starts_at"_s,
                       {fromDay, toDayExclusive});
    if (!q)
        return q.error();
    QList<ActivityAttendance> out;
    while (q->next())
        out << ActivityAttendance{q->value(0).toString(), QDateTime::fromString(q->value(1).toString(), u"yyyy-MM-ddTHH:mm"_s),
                                  q->value(2).toInt(), q->value(3).toInt(), q->value(4).toInt()};
    return out;
}

} // namespace crm::data
