#include "club/services/MemberServiceDesk.h"

#include "club/core/ClubRules.h"
#include "data/Transaction.h"
#include "followups/core/FollowupRules.h"
#include "followups/services/FollowupService.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace crm::services {
namespace {
const QString kLocalFormat = u"yyyy-MM-ddTHH:mm"_s;
QString reminderKey(qint64 id)
{
    return u"member_service:%1"_s.arg(id);
}
} // namespace

Result<QList<ServiceResource>> MemberServiceDesk::resources(bool activeOnly)
{
    auto q =
        m_ctx.db.exec(u"SELECT id, kind, name, active FROM service_resources WHERE (? = 0 OR active = 1) ORDER BY kind, name"_s,
                      {activeOnly ? 1 : 0});
    if (!q)
        return q.error();
    QList<ServiceResource> out;
    while (q->next())
        out << ServiceResource{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                               q->value(3).toInt() != 0};
    return out;
}

Result<qint64> MemberServiceDesk::addResource(const Session &who, const QString &kind, const QString &name)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ManageClub, tr("manage service resources")));
    if (kind != u"car"_s && kind != u"driver"_s)
        return Error::invalid(tr("A resource is a replacement car or a driver."));
    if (name.trimmed().isEmpty())
        return Error::invalid(tr("Give the car (plate and model) or the driver's name."));
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    auto dup = m_ctx.db.scalar(u"SELECT COUNT(*) FROM service_resources WHERE kind = ? AND name = ?"_s, {kind, name.trimmed()});
    if (!dup)
        return dup.error();
    if (dup->toInt() > 0)
        return Error::conflict(tr("%1 is already on the list.").arg(name.trimmed()));
    auto q = m_ctx.db.exec(u"INSERT INTO service_resources(kind, name) VALUES (?, ?) RETURNING id"_s, {kind, name.trimmed()});
    if (!q || !q->next())
        return q ? Error::database(u"no id"_s, {}) : q.error();
    const qint64 id = q->value(0).toLongLong();
    q->finish();
    CRM_TRY(Guard::audit(
        m_ctx, &who,
        {u"create"_s, u"service_resources"_s, QString::number(id), {}, {{u"kind"_s, kind}, {u"name"_s, name.trimmed()}}, {}}));
    CRM_TRY(tx.commit());
    return id;
}

Status MemberServiceDesk::setResourceActive(const Session &who, qint64 id, bool active)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ManageClub, tr("manage service resources")));
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    CRM_TRY(m_ctx.db.exec(u"UPDATE service_resources SET active = ? WHERE id = ?"_s, {active ? 1 : 0, id}));
    CRM_TRY(Guard::audit(m_ctx, &who,
                         {active ? u"enable"_s : u"disable"_s, u"service_resources"_s, QString::number(id), {}, {}, {}}));
    return tx.commit();
}

Result<qint64> MemberServiceDesk::book(const Session &who, const MemberServiceRequest &r)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ManageClub, tr("book member services")));
    if (!club::ClubText::serviceKinds().contains(r.kind))
        return Error::invalid(tr("Choose the kind of service."));
    if (!r.startsAt.isValid() || !r.endsAt.isValid() || r.endsAt <= r.startsAt)
        return Error::invalid(tr("The service must end after it starts."));
    const QString needs = club::resourceKindFor(r.kind);
    if (!needs.isEmpty() && r.resourceId == 0)
        return Error::invalid(tr("Choose the %1 for this service.").arg(club::ClubText::resourceKind(needs)));
    const QString starts = r.startsAt.toString(kLocalFormat), ends = r.endsAt.toString(kLocalFormat);
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    auto member = m_ctx.db.exec(u"SELECT customer_id, status FROM club_members WHERE id = ?"_s, {r.memberId});
    if (!member)
        return member.error();
    if (!member->next())
        return Error::notFound(tr("Club member %1 does not exist.").arg(r.memberId));
    const qint64 customerId = member->value(0).toLongLong();
    const bool active = member->value(1).toString() == u"active"_s;
    member->finish();
    if (!active)
        return Error::invalid(tr("This membership is cancelled."));
    if (r.vehicleId) {
        auto owns = m_ctx.db.scalar(u"SELECT COUNT(*) FROM vehicles WHERE id = ? AND customer_id = ? AND deleted_at IS NULL"_s,
                                    {r.vehicleId, customerId});
        if (!owns)
            return owns.error();
        if (owns->toInt() == 0)
            return Error::invalid(tr("That vehicle is not this member's."));
    }
    if (r.resourceId) {
        // Lock the resource's row (PostgreSQL row lock; SQLite holds the write lock already),
        // then look for an overlap: a second desk waits here and sees the first booking.
        auto lock = m_ctx.db.exec(
            u"UPDATE service_resources SET bookings = bookings + 1 WHERE id = ? AND active = 1 AND (? = '' OR kind = ?)"_s,
            {r.resourceId, needs, needs});
        if (!lock)
            return lock.error();
        if (lock->numRowsAffected() != 1)
            return Error::invalid(tr("That resource is not available for this kind of service (retired, or the wrong kind)."));
        auto clash = m_ctx.db.exec(
            u"SELECT s.starts_at, s.ends_at, c.name FROM member_services s JOIN customers c ON c.id = s.customer_id "
            "WHERE s.resource_id = ? AND s.status = 'booked' AND s.starts_at < ? AND s.ends_at > ? ORDER BY s.starts_at LIMIT 1"_s,
            {r.resourceId, ends, starts});
        if (!clash)
            return clash.error();
        if (clash->next()) {
            const auto from = QDateTime::fromString(clash->value(0).toString(), kLocalFormat);
            const auto to = QDateTime::fromString(clash->value(1).toString(), kLocalFormat);
            return Error::conflict(tr("Already booked %1 – %2 for %3: choose another time or another resource.")
                                       .arg(QLocale().toString(from, QLocale::ShortFormat),
                                            QLocale().toString(to, QLocale::ShortFormat), clash->value(2).toString()));
        }
    }
    auto q = m_ctx.db.exec(
        u"INSERT INTO member_services(member_id, customer_id, kind, vehicle_id, starts_at, ends_at, resource_id, address, note, "
        "created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
        {r.memberId, customerId, r.kind, r.vehicleId ? QVariant(r.vehicleId) : QVariant(QMetaType(QMetaType::LongLong)), starts,
         ends, r.resourceId ? QVariant(r.resourceId) : QVariant(QMetaType(QMetaType::LongLong)),
         data::Database::text(r.address.trimmed()), data::Database::text(r.note.trimmed()), who.username,
         toStoredUtc(m_ctx.clock.nowUtc())});
    if (!q || !q->next())
        return q ? Error::database(u"no id"_s, {}) : q.error();
    const qint64 id = q->value(0).toLongLong();
    q->finish();
    // The reminder call the day before (a customer who opted out of service calls gets none).
    auto raised = FollowupService(m_ctx).raiseTask(followups::TaskKind::MemberService, reminderKey(id), customerId, r.vehicleId,
                                                   r.startsAt.date());
    if (!raised)
        return raised.error();
    CRM_TRY(Guard::audit(m_ctx, &who,
                         {u"book"_s,
                          u"member_services"_s,
                          QString::number(id),
                          {},
                          {{u"kind"_s, r.kind}, {u"starts_at"_s, starts}, {u"ends_at"_s, ends}, {u"resource"_s, r.resourceId}},
                          r.kind}));
    CRM_TRY(tx.commit());
    return id;
}

Status MemberServiceDesk::close(const Session &who, qint64 id, const QString &status, const QString &note)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ManageClub, tr("close member services")));
    if (status != u"done"_s && status != u"cancelled"_s)
        return Error::invalid(tr("A service is closed as done or cancelled."));
    if (status == u"cancelled"_s && note.trimmed().isEmpty())
        return Error::invalid(tr("Say why the service is cancelled."));
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    auto q = m_ctx.db.exec(
        u"UPDATE member_services SET status = ?, note = CASE WHEN ? = '' THEN note ELSE ? END WHERE id = ? AND status = 'booked'"_s,
        {status, data::Database::text(note.trimmed()), data::Database::text(note.trimmed()), id});
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return Error::invalid(tr("Service %1 is not booked (already closed?).").arg(id));
    if (status == u"cancelled"_s) // nothing to remind of any more
        CRM_TRY(m_ctx.db.exec(
            u"UPDATE followup_tasks SET status = 'cancelled', updated_at = ? WHERE kind = ? AND source_key = ? AND status = 'open'"_s,
            {toStoredUtc(m_ctx.clock.nowUtc()), followups::kindId(followups::TaskKind::MemberService), reminderKey(id)}));
    CRM_TRY(Guard::audit(m_ctx, &who,
                         {status == u"done"_s ? u"done"_s : u"cancel"_s,
                          u"member_services"_s,
                          QString::number(id),
                          {{u"status"_s, u"booked"_s}},
                          {{u"status"_s, status}},
                          note.trimmed()}));
    return tx.commit();
}

Result<QList<MemberServiceRequest>> MemberServiceDesk::requests(const Session &who, const QDate &from, const QDate &to,
                                                                const QString &status)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ViewCustomers, tr("see member services")));
    auto q = m_ctx.db.exec(
        u"SELECT s.id, s.member_id, c.name, s.kind, COALESCE(s.vehicle_id, 0), COALESCE(v.model || ' ' || v.plate, ''), "
        "s.starts_at, s.ends_at, COALESCE(s.resource_id, 0), COALESCE(r.name, ''), s.status, s.address, s.note, s.created_by "
        "FROM member_services s JOIN customers c ON c.id = s.customer_id LEFT JOIN vehicles v ON v.id = s.vehicle_id "
        "LEFT JOIN service_resources r ON r.id = s.resource_id WHERE s.starts_at >= ? AND s.starts_at < ? AND (? = '' OR "
        "s.status = ?) "
        "ORDER BY s.starts_at, s.id"_s,
        {from.toString(Qt::ISODate), to.addDays(1).toString(Qt::ISODate), data::Database::text(status),
         data::Database::text(status)});
    if (!q)
        return q.error();
    QList<MemberServiceRequest> out;
    while (q->next()) {
        MemberServiceRequest r;
        r.id = q->value(0).toLongLong();
        r.memberId = q->value(1).toLongLong();
        r.customerName = q->value(2).toString();
        r.kind = q->value(3).toString();
        r.vehicleId = q->value(4).toLongLong();
        r.vehicleLabel = q->value(5).toString();
        r.startsAt = QDateTime::fromString(q->value(6).toString(), kLocalFormat);
        r.endsAt = QDateTime::fromString(q->value(7).toString(), kLocalFormat);
        r.resourceId = q->value(8).toLongLong();
        r.resourceName = q->value(9).toString();
        r.status = q->value(10).toString();
        r.address = q->value(11).toString();
        r.note = q->value(12).toString();
        r.createdBy = q->value(13).toString();
        out << r;
    }
    return out;
}

} // namespace crm::services
