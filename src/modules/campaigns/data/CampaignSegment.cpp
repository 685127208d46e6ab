// CampaignRepository: a segment of the archive — its customers counted by exclusion reason, and
// written as a campaign's list in one statement.
#include "campaigns/data/CampaignRepository.h"
#include "campaigns/data/CampaignSql.h"

using namespace Qt::StringLiterals;

namespace crm::data {
using namespace campaignsql;
namespace {
struct Sql {
    QString text;
    QVariantList binds;
};

// A segment's conditions on the vehicle (alias v) and on its owner (alias c), with their binds.
struct Parts {
    QStringList vw;
    QVariantList vb;
    QStringList cw;
    QVariantList cb;
};

void inList(QStringList &where, QVariantList &binds, const QString &column, const QStringList &values)
{
    if (values.isEmpty())
        return;
    where << u"%1 IN (%2)"_s.arg(column, placeholders(values.size()));
    for (const QString &v : values)
        binds << v;
}

Parts segmentParts(const campaigns::Segment &s, const SegmentDates &d, const QList<qint64> &only)
{
    Parts p;
    QStringList &vw = p.vw;
    QVariantList &vb = p.vb;
    vw << u"v.deleted_at IS NULL"_s << u"v.status = 'active'"_s;
    inList(vw, vb, u"v.model"_s, s.models);
    auto bound = [&](const QString &cond, const QVariant &value) {
        vw << cond;
        vb << value;
    };
    if (s.deliveryFrom.isValid())
        bound(u"v.delivery_date >= ?"_s, s.deliveryFrom.toString(Qt::ISODate));
    if (s.deliveryTo.isValid())
        bound(u"v.delivery_date <= ?"_s, s.deliveryTo.toString(Qt::ISODate));
    if (s.lastPaidFrom.isValid())
        bound(u"v.last_paid_visit >= ?"_s, s.lastPaidFrom.toString(Qt::ISODate));
    if (s.lastPaidTo.isValid())
        bound(u"v.last_paid_visit <= ?"_s, s.lastPaidTo.toString(Qt::ISODate));
    if (s.kmMin >= 0)
        bound(u"COALESCE(v.last_reading_km, v.mileage_km) >= ?"_s, s.kmMin);
    if (s.kmMax >= 0)
        bound(u"COALESCE(v.last_reading_km, v.mileage_km) <= ?"_s, s.kmMax);
    const QString contact = u"COALESCE(v.last_paid_visit, v.delivery_date)"_s;
    const QString risk = d.atRiskBefore.toString(Qt::ISODate), lost = d.lostBefore.toString(Qt::ISODate);
    if (s.churn == u"active"_s) {
        bound(contact + u" >= ?"_s, risk);
    } else if (s.churn == u"at_risk"_s) {
        bound(contact + u" < ?"_s, risk);
        bound(contact + u" >= ?"_s, lost);
    } else if (s.churn == u"lost"_s) {
        bound(u"(%1 < ? OR %1 IS NULL)"_s.arg(contact), lost);
    }
    if (!s.consultant.isEmpty())
        bound(u"v.sales_consultant = ?"_s, s.consultant);
    if (!s.advisor.isEmpty())
        bound(
            u"EXISTS (SELECT 1 FROM service_visits sv WHERE sv.vehicle_id = v.id AND sv.deleted_at IS NULL AND sv.advisor = ?)"_s,
            s.advisor);
    if (!only.isEmpty()) {
        vw << u"v.customer_id IN (%1)"_s.arg(placeholders(only.size()));
        for (qint64 id : only)
            vb << id;
    }

    QStringList &cw = p.cw;
    QVariantList &cb = p.cb;
    cw << u"c.deleted_at IS NULL"_s << u"c.merged_into IS NULL"_s;
    auto exists = [&](int flag, const QString &subquery) {
        if (flag == 1)
            cw << u"EXISTS (%1)"_s.arg(subquery);
        else if (flag == 0)
            cw << u"NOT EXISTS (%1)"_s.arg(subquery);
    };
    if (s.vip >= 0) {
        cw << u"c.vip = ?"_s;
        cb << (s.vip ? 1 : 0);
    }
    exists(s.member, u"SELECT 1 FROM club_members cm WHERE cm.customer_id = c.id AND cm.status = 'active'"_s);
    if (!s.tiers.isEmpty()) {
        cw << u"EXISTS (SELECT 1 FROM club_members ct WHERE ct.customer_id = c.id AND ct.status = 'active' AND ct.tier IN (%1))"_s
                  .arg(placeholders(s.tiers.size()));
        for (const QString &t : s.tiers)
            cb << t;
    }
    if (!s.tags.isEmpty()) {
        cw << u"EXISTS (SELECT 1 FROM customer_tags tg WHERE tg.customer_id = c.id AND tg.tag IN (%1))"_s.arg(
            placeholders(s.tags.size()));
        for (const QString &t : s.tags)
            cb << t;
    }
    inList(cw, cb, u"c.city"_s, s.cities);
    exists(s.openComplaint,
           u"SELECT 1 FROM complaints cp WHERE cp.customer_id = c.id AND cp.status NOT IN ('closed', 'invalid')"_s);
    if (s.openAppointment >= 0) {
        exists(s.openAppointment, u"SELECT 1 FROM appointments ap WHERE ap.customer_id = c.id "
                                  "AND ap.status IN ('booked', 'confirmed') AND ap.scheduled_at >= ?"_s);
        cb << d.today.toString(Qt::ISODate);
    }
    return p;
}

// The segment's customers: cid, vid (the first matching vehicle), reason.
Sql segmentSql(const campaigns::Segment &s, const QString &kind, const SegmentDates &d, const QList<qint64> &only)
{
    const Parts p = segmentParts(s, d, only);
    return {u"SELECT m.cid AS cid, m.vid AS vid, %1 AS reason FROM "
            "(SELECT v.customer_id AS cid, MIN(v.id) AS vid FROM vehicles v WHERE %2 GROUP BY v.customer_id) m "
            "JOIN customers c ON c.id = m.cid WHERE %3"_s.arg(exclusionCase(kind), p.vw.join(u" AND "_s), p.cw.join(u" AND "_s)),
            p.vb + p.cb};
}

// The segment's reasons alone, for counting. Each engine gets the shape it runs fastest at a
// million customers (measured, docs/performance.md Session 31): PostgreSQL hashes the matching
// vehicles' owners and scans the customers once (the grouped join above hashes a million
// vehicles twice: 2.3 s → 0.95 s); SQLite builds that IN list into a temporary b-tree and seeks
// every customer from it (7.4 s), where its grouped join streams the vehicles by owner (1.1 s).
Sql reasonSql(const campaigns::Segment &s, const QString &kind, const SegmentDates &d, const QList<qint64> &only, Engine engine)
{
    if (engine != Engine::Postgres)
        return segmentSql(s, kind, d, only);
    const Parts p = segmentParts(s, d, only);
    return {u"SELECT %1 AS reason FROM customers c WHERE %3 AND c.id IN (SELECT v.customer_id FROM vehicles v WHERE %2)"_s.arg(
                exclusionCase(kind), p.vw.join(u" AND "_s), p.cw.join(u" AND "_s)),
            p.cb + p.vb};
}

} // namespace

Result<TargetCount> CampaignRepository::countSegment(const campaigns::Segment &s, const QString &kind, const SegmentDates &d,
                                                     const QList<qint64> &only)
{
    const Sql seg = reasonSql(s, kind, d, only, m_db.engine());
    auto q = m_db.exec(u"SELECT x.reason, COUNT(*) FROM (%1) x GROUP BY x.reason"_s.arg(seg.text), seg.binds);
    if (!q)
        return q.error();
    TargetCount out;
    while (q->next()) {
        const QString reason = q->value(0).toString();
        const qint64 n = q->value(1).toLongLong();
        out.matched += n;
        if (reason.isEmpty())
            out.targets += n;
        else
            out.excluded[reason] += n;
    }
    return out;
}

Result<qint64> CampaignRepository::insertSegment(qint64 campaignId, const campaigns::Segment &s, const QString &kind,
                                                 const SegmentDates &d, const QString &at, const QList<qint64> &only)
{
    const Sql seg = segmentSql(s, kind, d, only);
    QVariantList binds{campaignId, at};
    binds += seg.binds;
    auto q = m_db.exec(
        u"INSERT INTO campaign_targets(campaign_id, target_key, customer_id, vehicle_id, vin, state, reason, created_at) "
        "SELECT ?, 'c:' || x.cid, x.cid, x.vid, (SELECT vv.vin FROM vehicles vv WHERE vv.id = x.vid), "
        "CASE WHEN x.reason = '' THEN 'target' ELSE 'excluded' END, x.reason, ? FROM (%1) x WHERE 1 = 1 "
        "ON CONFLICT (campaign_id, target_key) DO NOTHING"_s.arg(seg.text),
        binds);
    if (!q)
        return q.error();
    return qint64(q->numRowsAffected());
}

Result<qint64> CampaignRepository::excludeNow(qint64 campaignId, const QString &kind, const QString &at)
{
    const QString reason = u"(SELECT %1 FROM customers c WHERE c.id = campaign_targets.customer_id)"_s.arg(exclusionCase(kind));
    auto q = m_db.exec(u"UPDATE campaign_targets SET state = 'excluded', reason = %1 WHERE campaign_id = ? AND state = 'target' "
                       "AND response IS NULL AND %1 <> ''"_s.arg(reason),
                       {campaignId});
    if (!q)
        return q.error();
    const qint64 excluded = q->numRowsAffected();
    CRM_TRY(m_db.exec(u"UPDATE followup_tasks SET status = 'cancelled', updated_at = ? WHERE status = 'open' AND id IN "
                      "(SELECT task_id FROM campaign_targets WHERE campaign_id = ? AND state = 'excluded' "
                      "AND task_id IS NOT NULL)"_s,
                      {at, campaignId}));
    return excluded;
}

} // namespace crm::data
