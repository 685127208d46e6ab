#include "club/services/ClubReportService.h"

#include "club/core/ClubRules.h"
#include "club/services/MemberFigures.h"
#include "services/TableWriter.h"

using namespace Qt::StringLiterals;

namespace crm::services {

Result<ClubReport> ClubReportService::report(const Session &who, const QDate &from, const QDate &to)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ViewCustomers, tr("see club reports")));
    ClubReport r;
    r.from = from;
    r.to = to;
    const QString fromUtc = toStoredUtc(QDateTime(from, QTime(0, 0)).toUTC());
    const QString toUtc = toStoredUtc(QDateTime(to.addDays(1), QTime(0, 0)).toUTC());
    const QString fromDay = from.toString(Qt::ISODate), toDay = to.addDays(1).toString(Qt::ISODate);

    QMap<QString, int> tiers;
    auto q = m_ctx.db.exec(u"SELECT tier, COUNT(*) FROM club_members WHERE status = 'active' GROUP BY tier"_s);
    if (!q)
        return q.error();
    while (q->next())
        tiers.insert(q->value(0).toString(), q->value(1).toInt());
    for (const club::TierRule &t : club::defaultTiers()) {
        r.membersByTier << qMakePair(t.id, tiers.value(t.id));
        r.members += tiers.value(t.id);
    }
    q->finish();
    auto growth = m_ctx.db.exec(u"SELECT substr(joined_on, 1, 7), COUNT(*) FROM club_members WHERE joined_on >= ? AND joined_on "
                                u"< ? GROUP BY substr(joined_on, 1, 7) "
                                "ORDER BY 1"_s,
                                {fromDay, toDay});
    if (!growth)
        return growth.error();
    while (growth->next()) {
        r.growth << qMakePair(growth->value(0).toString(), growth->value(1).toInt());
        r.joined += growth->value(1).toInt();
    }
    growth->finish();
    auto active = memberCount(m_ctx, MemberFigure::Active, to.addDays(1).addMonths(-12), to);
    if (!active)
        return active.error();
    r.activeMembers = int(active->counted);
    // One range of the covering index points_ledger_kind_at_points per kind (the kinds listed so the
    // engine probes each range instead of reading the whole index).
    auto ledger = m_ctx.db.exec(
        u"SELECT kind, SUM(CASE WHEN points > 0 THEN points ELSE 0 END), SUM(CASE WHEN points < 0 THEN -points ELSE 0 END) "
        "FROM points_ledger WHERE kind IN ('earn', 'spend', 'adjust', 'expire', 'refund') AND at >= ? AND at < ? GROUP BY kind"_s,
        {fromUtc, toUtc});
    if (!ledger)
        return ledger.error();
    qint64 refunded = 0;
    while (ledger->next()) {
        const QString kind = ledger->value(0).toString();
        const qint64 plus = ledger->value(1).toLongLong(), minus = ledger->value(2).toLongLong();
        if (kind == u"earn"_s)
            r.issued += plus;
        else if (kind == u"adjust"_s) {
            r.issued += plus;
            r.adjustedDown += minus;
        } else if (kind == u"spend"_s)
            r.redeemed += minus;
        else if (kind == u"refund"_s)
            refunded += plus;
        else if (kind == u"expire"_s)
            r.expired += minus;
    }
    r.redeemed -= refunded;
    ledger->finish();
    auto outstanding = m_ctx.db.scalar(u"SELECT COALESCE(SUM(available), 0) FROM points_balances"_s);
    if (!outstanding)
        return outstanding.error();
    r.outstanding = outstanding->toLongLong();
    auto gifts = m_ctx.db.exec(
        u"SELECT g.name, COUNT(*), SUM(o.quantity), SUM(o.points) FROM redemption_orders o JOIN gifts g ON g.id = o.gift_id "
        "WHERE o.status <> 'cancelled' AND o.ordered_at >= ? AND o.ordered_at < ? GROUP BY g.name ORDER BY SUM(o.points) DESC, g.name"_s,
        {fromUtc, toUtc});
    if (!gifts)
        return gifts.error();
    while (gifts->next())
        r.redemptions << ClubReport::GiftLine{gifts->value(0).toString(), gifts->value(1).toInt(), gifts->value(2).toInt(),
                                              gifts->value(3).toLongLong()};
    auto acts = m_ctx.db.exec(
        u"SELECT a.title, a.starts_at, a.capacity, a.registered, (SELECT COUNT(*) FROM activity_registrations r "
        "WHERE r.activity_id = a.id AND r.status = 'attended') FROM activities a WHERE a.status = 'open' AND a.starts_at >= ? "
        "AND a.starts_at < ? ORDER BY a.starts_at"_s,
        {fromDay, toDay});
    if (!acts)
        return acts.error();
    while (acts->next())
        r.activities << ClubReport::ActivityLine{acts->value(0).toString(),
                                                 QDateTime::fromString(acts->value(1).toString(), u"yyyy-MM-ddTHH:mm"_s),
                                                 acts->value(2).toInt(), acts->value(3).toInt(), acts->value(4).toInt()};
    LeadService leads(m_ctx);
    auto bySource = leads.conversion(who, from, to, u"source"_s);
    if (!bySource)
        return bySource.error();
    r.leadsBySource = *bySource;
    auto byConsultant = leads.conversion(who, from, to, u"consultant"_s);
    if (!byConsultant)
        return byConsultant.error();
    r.leadsByConsultant = *byConsultant;
    return r;
}

Status ClubReportService::exportReport(const Session &who, const ClubReport &r, const QString &path)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ExportData, tr("export club reports")));
    auto w = TableWriter::open(path, true);
    if (!w)
        return w.error();
    TableWriter &t = **w;
    CRM_TRY(t.sheet(tr("Summary"), {tr("Figure"), tr("Value")}));
    const QList<QPair<QString, qint64>> figures{{tr("Active members"), r.members},
                                                {tr("Joined in the period"), r.joined},
                                                {tr("Active in the last 12 months"), r.activeMembers},
                                                {tr("Points issued"), r.issued},
                                                {tr("Points redeemed"), r.redeemed},
                                                {tr("Points expired"), r.expired},
                                                {tr("Points adjusted down"), r.adjustedDown},
                                                {tr("Points outstanding (liability)"), r.outstanding}};
    for (const auto &[name, value] : figures)
        CRM_TRY(t.row({name, value}));
    CRM_TRY(t.sheet(tr("Members by tier"), {tr("Tier"), tr("Members")}));
    for (const auto &[tier, n] : r.membersByTier)
        CRM_TRY(t.row({club::ClubText::tier(tier), n}));
    CRM_TRY(t.sheet(tr("Growth"), {tr("Month"), tr("Joined")}));
    for (const auto &[month, n] : r.growth)
        CRM_TRY(t.row({month, n}));
    CRM_TRY(t.sheet(tr("Redemptions"), {tr("Gift"), tr("Orders"), tr("Quantity"), tr("Points")}));
    for (const auto &g : r.redemptions)
        CRM_TRY(t.row({g.gift, g.orders, g.quantity, g.points}));
    CRM_TRY(t.sheet(tr("Activities"), {tr("Activity"), tr("Starts"), tr("Capacity"), tr("Registered"), tr("Attended")}));
    for (const auto &a : r.activities)
        CRM_TRY(t.row({a.title, a.startsAt.toString(u"yyyy-MM-dd HH:mm"_s), a.capacity, a.registered, a.attended}));
    const QStringList conversionHeaders{tr("Leads"),     tr("Contacted"), tr("Test drives"), tr("Ordered"),
                                        tr("Delivered"), tr("Lost"),      tr("Conversion")};
    CRM_TRY(t.sheet(tr("Leads by source"), QStringList{tr("Source")} + conversionHeaders));
    for (const ConversionRow &c : r.leadsBySource)
        CRM_TRY(t.row(
            {club::ClubText::leadSource(c.key), c.leads, c.contacted, c.testDrives, c.ordered, c.delivered, c.lost, c.rate()}));
    CRM_TRY(t.sheet(tr("Leads by consultant"), QStringList{tr("Consultant")} + conversionHeaders));
    for (const ConversionRow &c : r.leadsByConsultant)
        CRM_TRY(t.row({c.key.isEmpty() ? tr("(not assigned)") : c.key, c.leads, c.contacted, c.testDrives, c.ordered, c.delivered,
                       c.lost, c.rate()}));
    CRM_TRY(t.finish());
    return Guard::audit(m_ctx, &who, {u"export"_s, u"club_report"_s, {}, {}, {{u"from"_s, r.from}, {u"to"_s, r.to}}, path});
}

} // namespace crm::services
