#include "club/services/ClubReportService.h"

#include "club/core/ClubRules.h"
#include "club/data/MemberFigures.h"
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

    data::ClubFigures figures(m_ctx.db);
    auto tiers = figures.activeMembersByTier();
    if (!tiers)
        return tiers.error();
    for (const club::TierRule &t : club::defaultTiers()) {
        r.membersByTier << qMakePair(t.id, tiers->value(t.id));
        r.members += tiers->value(t.id);
    }
    auto growth = figures.joinedByMonth(fromDay, toDay);
    if (!growth)
        return growth.error();
    r.growth = *growth;
    for (const auto &month : r.growth)
        r.joined += month.second;
    auto active = data::memberCount(m_ctx.db, m_ctx.clock, data::MemberFigure::Active, to.addDays(1).addMonths(-12), to);
    if (!active)
        return active.error();
    r.activeMembers = int(active->counted);
    auto ledger = figures.ledgerByKind(fromUtc, toUtc);
    if (!ledger)
        return ledger.error();
    qint64 refunded = 0;
    for (const data::LedgerKindTotal &k : *ledger) {
        if (k.kind == u"earn"_s)
            r.issued += k.plus;
        else if (k.kind == u"adjust"_s) {
            r.issued += k.plus;
            r.adjustedDown += k.minus;
        } else if (k.kind == u"spend"_s)
            r.redeemed += k.minus;
        else if (k.kind == u"refund"_s)
            refunded += k.plus;
        else if (k.kind == u"expire"_s)
            r.expired += k.minus;
    }
    r.redeemed -= refunded;
    if (periodIsOpen(to, m_ctx.clock)) {
        auto outstanding = figures.outstandingPoints();
        if (!outstanding)
            return outstanding.error();
        r.outstanding = *outstanding;
    } else {
        // A closed period: members and points as they stood when it ended (two index ranges; one
        // OR over every member was a scan at scale).
        const QString end = storedDayStart(to.addDays(1));
        auto members = figures.membersAt(to, end);
        if (!members)
            return members.error();
        r.members = int(*members);
        auto outstanding = figures.pointsBefore(end, toStoredUtc(m_ctx.clock.nowUtc()));
        if (!outstanding)
            return outstanding.error();
        r.outstanding = *outstanding;
    }
    auto gifts = figures.redemptionsByGift(fromUtc, toUtc);
    if (!gifts)
        return gifts.error();
    r.redemptions = *gifts;
    auto acts = figures.attendance(fromDay, toDay);
    if (!acts)
        return acts.error();
    r.activities = *acts;
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
    const QList<QPair<QString, qint64>> figures{{tr("Members at the period's end"), r.members},
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
