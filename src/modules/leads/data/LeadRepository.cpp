#include "leads/data/LeadRepository.h"

#include "core/Clock.h"
#include "data/Rows.h"

using namespace Qt::StringLiterals;

namespace crm::data {
namespace {

const QString kSelect =
    u"SELECT l.id, l.name, l.mobile, l.source, l.model, l.consultant, l.status, l.lost_reason, COALESCE(l.referrer_id, 0), "
    "COALESCE(rc.name, ''), l.created_at, l.status_at, l.note FROM leads l "
    "LEFT JOIN club_members rm ON rm.id = l.referrer_id LEFT JOIN customers rc ON rc.id = rm.customer_id "_s;
enum Column {
    Id,
    Name,
    Mobile,
    Source,
    Model,
    Consultant,
    StatusCol,
    LostReason,
    Referrer,
    ReferrerName,
    CreatedAt,
    StatusAt,
    Note
};

Lead leadFrom(const QSqlQuery &q, const QString &overdueBefore)
{
    Lead l;
    l.id = q.value(Id).toLongLong();
    l.name = q.value(Name).toString();
    l.mobile = q.value(Mobile).toString();
    l.source = q.value(Source).toString();
    l.model = q.value(Model).toString();
    l.consultant = q.value(Consultant).toString();
    l.status = q.value(StatusCol).toString();
    l.lostReason = q.value(LostReason).toString();
    l.referrerId = q.value(Referrer).toLongLong();
    l.referrerName = q.value(ReferrerName).toString();
    l.createdAt = fromStoredUtc(q.value(CreatedAt).toString());
    l.statusAt = fromStoredUtc(q.value(StatusAt).toString());
    l.note = q.value(Note).toString();
    l.overdue = l.status == u"new"_s && q.value(CreatedAt).toString() < overdueBefore;
    return l;
}

} // namespace

Result<std::optional<qint64>> LeadRepository::openLeadOf(const QString &mobile)
{
    auto open = m_db.scalar(
        u"SELECT id FROM leads WHERE mobile = ? AND status NOT IN ('delivered', 'lost') ORDER BY id LIMIT 1"_s, {mobile});
    if (!open)
        return open.error();
    return open->isValid() ? std::optional<qint64>(open->toLongLong()) : std::nullopt;
}

Result<std::optional<qint64>> LeadRepository::insert(const LeadInput &in, const QString &by, const QString &at)
{
    auto q = m_db.exec(u"INSERT INTO leads(name, mobile, source, external_ref, model, consultant, referrer_id, note, "
                       "created_at, created_by, status_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(source, external_ref) DO NOTHING RETURNING id"_s,
                       {in.name, in.mobile, in.source, Database::optional(in.externalRef), Database::text(in.model),
                        Database::text(in.consultant),
                        in.referrerMemberId ? QVariant(in.referrerMemberId) : QVariant(QMetaType(QMetaType::LongLong)),
                        Database::text(in.note), at, by, at});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<qint64>();
    const qint64 id = q->value(0).toLongLong();
    q->finish();
    return std::optional<qint64>(id);
}

Result<qint64> LeadRepository::leadOfPlatform(const QString &source, const QString &externalRef)
{
    auto id = m_db.scalar(u"SELECT id FROM leads WHERE source = ? AND external_ref = ?"_s, {source, externalRef});
    if (!id)
        return id.error();
    return id->toLongLong();
}

Result<std::optional<Lead>> LeadRepository::lead(qint64 id, const QString &overdueBefore)
{
    auto q = m_db.exec(kSelect + u"WHERE l.id = ?"_s, {id});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Lead>();
    return std::optional<Lead>(leadFrom(*q, overdueBefore));
}

Result<QList<Lead>> LeadRepository::list(const LeadFilter &f, const QString &overdueBefore, int limit, qint64 afterId)
{
    const QVariant like = Database::text(f.text.trimmed().isEmpty() ? QString() : f.text.trimmed() + u"%"_s);
    const QVariant status = Database::text(f.status), consultant = Database::text(f.consultant),
                   source = Database::text(f.source);
    auto q = m_db.exec(kSelect + u"WHERE (? = '' OR l.status = ? OR (? = 'open' AND l.status NOT IN ('delivered', 'lost'))) "
                                 "AND (? = '' OR l.consultant = ?) "
                                 "AND (? = '' OR l.source = ?) AND (? = '' OR l.name LIKE ? OR l.mobile LIKE ?) "
                                 "AND (? = 0 OR (l.status = 'new' AND l.created_at < ?)) AND (? = 0 OR l.id < ?) "
                                 "ORDER BY l.id DESC LIMIT ?"_s,
                       {status, status, status, consultant, consultant, source, source, like, like, like, f.overdueOnly ? 1 : 0,
                        overdueBefore, afterId, afterId, limit});
    if (!q)
        return q.error();
    QList<Lead> out;
    while (q->next())
        out << leadFrom(*q, overdueBefore);
    return out;
}

Status LeadRepository::setConsultant(qint64 id, const QString &consultant)
{
    CRM_TRY(m_db.exec(u"UPDATE leads SET consultant = ? WHERE id = ?"_s, {Database::text(consultant), id}));
    return {};
}

Result<bool> LeadRepository::setStatus(qint64 id, const QString &from, const QString &to, const QString &lostReason,
                                       const QString &at)
{
    return changedOne(
        m_db.exec(u"UPDATE leads SET status = ?, status_at = ?, lost_reason = ?, contacted_at = CASE WHEN contacted_at "
                  "IS NULL AND ? <> 'lost' THEN ? ELSE contacted_at END WHERE id = ? AND status = ?"_s,
                  {to, at, Database::text(lostReason), to, at, id, from}));
}

Status LeadRepository::addEvent(qint64 id, const QString &at, const QString &by, const QString &from, const QString &to,
                                const QVariant &note)
{
    if (from.isEmpty())
        CRM_TRY(m_db.exec(u"INSERT INTO lead_events(lead_id, at, by_user, to_status, note) VALUES (?, ?, ?, ?, ?)"_s,
                          {id, at, by, to, note}));
    else
        CRM_TRY(
            m_db.exec(u"INSERT INTO lead_events(lead_id, at, by_user, from_status, to_status, note) VALUES (?, ?, ?, ?, ?, ?)"_s,
                      {id, at, by, from, to, note}));
    return {};
}

Result<QList<LeadEvent>> LeadRepository::events(qint64 id)
{
    auto q = m_db.exec(u"SELECT at, %1, from_status, to_status, note FROM lead_events WHERE lead_id = ? ORDER BY at, id"_s.arg(
                           personOf(u"lead_events.by_user"_s)),
                       {id});
    if (!q)
        return q.error();
    QList<LeadEvent> out;
    while (q->next())
        out << LeadEvent{fromStoredUtc(q->value(0).toString()), q->value(1).toString(), q->value(2).toString(),
                         q->value(3).toString(), q->value(4).toString()};
    return out;
}

Result<QList<ConversionRow>> LeadRepository::conversion(const QString &fromUtc, const QString &toUtc, const QString &by)
{
    if (by != u"source"_s && by != u"consultant"_s)
        return Error::invalid(u"unknown grouping %1"_s.arg(by));
    const QString key = u"l."_s + by; // whitelisted above
    const QString reached =
        u"SUM(CASE WHEN EXISTS (SELECT 1 FROM lead_events e WHERE e.lead_id = l.id AND e.to_status IN (%1)) THEN 1 ELSE 0 END)"_s;
    auto q = m_db.exec(
        u"SELECT "_s + key + u", COUNT(*), SUM(CASE WHEN l.contacted_at IS NOT NULL THEN 1 ELSE 0 END), "_s +
            reached.arg(u"'test_drive', 'ordered', 'delivered'"_s) + u", "_s + reached.arg(u"'ordered', 'delivered'"_s) +
            u", SUM(CASE WHEN l.status = 'delivered' THEN 1 ELSE 0 END), SUM(CASE WHEN l.status = 'lost' THEN 1 ELSE 0 END) "
            "FROM leads l WHERE l.created_at >= ? AND l.created_at < ? GROUP BY "_s +
            key + u" ORDER BY COUNT(*) DESC, "_s + key,
        {fromUtc, toUtc});
    if (!q)
        return q.error();
    QList<ConversionRow> out;
    while (q->next())
        out << ConversionRow{q->value(0).toString(), q->value(1).toInt(), q->value(2).toInt(), q->value(3).toInt(),
                             q->value(4).toInt(),    q->value(5).toInt(), q->value(6).toInt()};
    return out;
}

Result<int> LeadRepository::overdueCount(const QString &overdueBefore)
{
    auto n = m_db.scalar(u"SELECT COUNT(*) FROM leads WHERE status = 'new' AND created_at < ?"_s, {overdueBefore});
    if (!n)
        return n.error();
    return n->toInt();
}

Result<QStringList> LeadRepository::consultants()
{
    // The names used on leads so far (the index leads_consultant answers it); new ones are typed.
    auto q = m_db.exec(u"SELECT DISTINCT consultant FROM leads WHERE consultant <> '' ORDER BY 1 LIMIT 500"_s);
    if (!q)
        return q.error();
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

} // namespace crm::data
