#include "club/data/MemberServiceRepository.h"

#include "data/Rows.h"
using namespace Qt::StringLiterals;

namespace crm::data {
namespace {

// Services are kept in local time, like activities.
const QString kLocalFormat = u"yyyy-MM-ddTHH:mm"_s;

QVariant idOrNull(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

Result<QList<ServiceResource>> MemberServiceRepository::resources(bool activeOnly)
{
    enum { Id, Kind, Name, Active };
    auto q = m_db.exec(u"SELECT id, kind, name, active FROM service_resources WHERE (? = 0 OR active = 1) ORDER BY kind, name"_s,
                       {activeOnly ? 1 : 0});
    if (!q)
        return q.error();
    QList<ServiceResource> out;
    while (q->next())
        out << ServiceResource{q->value(Id).toLongLong(), q->value(Kind).toString(), q->value(Name).toString(),
                               q->value(Active).toInt() != 0};
    return out;
}

Result<bool> MemberServiceRepository::resourceExists(const QString &kind, const QString &name)
{
    auto dup = m_db.scalar(u"SELECT COUNT(*) FROM service_resources WHERE kind = ? AND name = ?"_s, {kind, name});
    if (!dup)
        return dup.error();
    return dup->toInt() > 0;
}

Result<qint64> MemberServiceRepository::insertResource(const QString &kind, const QString &name)
{
    return returnedId(m_db.exec(u"INSERT INTO service_resources(kind, name) VALUES (?, ?) RETURNING id"_s, {kind, name}));
}

Status MemberServiceRepository::setResourceActive(qint64 id, bool active)
{
    CRM_TRY(m_db.exec(u"UPDATE service_resources SET active = ? WHERE id = ?"_s, {active ? 1 : 0, id}));
    return {};
}

Result<bool> MemberServiceRepository::lockResource(qint64 id, const QString &kind)
{
    return changedOne(
        m_db.exec(u"UPDATE service_resources SET bookings = bookings + 1 WHERE id = ? AND active = 1 AND (? = '' OR kind = ?)"_s,
                  {id, kind, kind}));
}

Result<std::optional<ServiceClash>> MemberServiceRepository::clash(qint64 resourceId, const QDateTime &startsAt,
                                                                   const QDateTime &endsAt)
{
    enum { Starts, Ends, Name };
    auto q = m_db.exec(
        u"SELECT s.starts_at, s.ends_at, c.name FROM member_services s JOIN customers c ON c.id = s.customer_id "
        "WHERE s.resource_id = ? AND s.status = 'booked' AND s.starts_at < ? AND s.ends_at > ? ORDER BY s.starts_at LIMIT 1"_s,
        {resourceId, endsAt.toString(kLocalFormat), startsAt.toString(kLocalFormat)});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<ServiceClash>();
    return std::optional<ServiceClash>(ServiceClash{QDateTime::fromString(q->value(Starts).toString(), kLocalFormat),
                                                    QDateTime::fromString(q->value(Ends).toString(), kLocalFormat),
                                                    q->value(Name).toString()});
}

Result<std::optional<std::pair<qint64, bool>>> MemberServiceRepository::member(qint64 memberId)
{
    using Found = std::optional<std::pair<qint64, bool>>;
    auto q = m_db.exec(u"SELECT customer_id, status FROM club_members WHERE id = ?"_s, {memberId});
    if (!q)
        return q.error();
    if (!q->next())
        return Found();
    Found found = std::pair<qint64, bool>(q->value(0).toLongLong(), q->value(1).toString() == u"active"_s);
    q->finish();
    return found;
}

Result<qint64> MemberServiceRepository::insert(const MemberServiceRequest &r, qint64 customerId, const QString &createdBy,
                                               const QString &createdAt)
{
    return returnedId(m_db.exec(
        u"INSERT INTO member_services(member_id, customer_id, kind, vehicle_id, starts_at, ends_at, resource_id, address, note, "
        "created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
        {r.memberId, customerId, r.kind, idOrNull(r.vehicleId), r.startsAt.toString(kLocalFormat),
         r.endsAt.toString(kLocalFormat), idOrNull(r.resourceId), Database::text(r.address), Database::text(r.note), createdBy,
         createdAt}));
}

Result<bool> MemberServiceRepository::close(qint64 id, const QString &status, const QString &note)
{
    return changedOne(m_db.exec(
        u"UPDATE member_services SET status = ?, note = CASE WHEN ? = '' THEN note ELSE ? END WHERE id = ? AND status = 'booked'"_s,
        {status, Database::text(note), Database::text(note), id}));
}

Result<QList<MemberServiceRequest>> MemberServiceRepository::requests(const QDate &from, const QDate &toExclusive,
                                                                      const QString &status)
{
    enum {
        Id,
        Member,
        Name,
        Kind,
        Vehicle,
        VehicleLabel,
        Starts,
        Ends,
        Resource,
        ResourceName,
        StatusCol,
        Address,
        Note,
        CreatedBy
    };
    auto q = m_db.exec(
        u"SELECT s.id, s.member_id, c.name, s.kind, COALESCE(s.vehicle_id, 0), TRIM(COALESCE(v.model, '') || ' ' || "
        u"COALESCE(v.plate, '')), "
        "s.starts_at, s.ends_at, COALESCE(s.resource_id, 0), COALESCE(r.name, ''), s.status, s.address, s.note, s.created_by "
        "FROM member_services s JOIN customers c ON c.id = s.customer_id LEFT JOIN vehicles v ON v.id = s.vehicle_id "
        "LEFT JOIN service_resources r ON r.id = s.resource_id WHERE s.starts_at >= ? AND s.starts_at < ? AND (? = '' OR "
        "s.status = ?) ORDER BY s.starts_at, s.id"_s,
        {from.toString(Qt::ISODate), toExclusive.toString(Qt::ISODate), Database::text(status), Database::text(status)});
    if (!q)
        return q.error();
    QList<MemberServiceRequest> out;
    while (q->next()) {
        MemberServiceRequest r;
        r.id = q->value(Id).toLongLong();
        r.memberId = q->value(Member).toLongLong();
        r.customerName = q->value(Name).toString();
        r.kind = q->value(Kind).toString();
        r.vehicleId = q->value(Vehicle).toLongLong();
        r.vehicleLabel = q->value(VehicleLabel).toString();
        r.startsAt = QDateTime::fromString(q->value(Starts).toString(), kLocalFormat);
        r.endsAt = QDateTime::fromString(q->value(Ends).toString(), kLocalFormat);
        r.resourceId = q->value(Resource).toLongLong();
        r.resourceName = q->value(ResourceName).toString();
        r.status = q->value(StatusCol).toString();
        r.address = q->value(Address).toString();
        r.note = q->value(Note).toString();
        r.createdBy = q->value(CreatedBy).toString();
        out << r;
    }
    return out;
}

} // namespace crm::data
