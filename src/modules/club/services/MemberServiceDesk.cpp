#include "club/services/MemberServiceDesk.h"

#include "club/core/ClubRules.h"
#include "data/Transaction.h"
#include "followups/core/FollowupRules.h"
#include "followups/data/FollowupRepository.h"
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
    return m_services.resources(activeOnly);
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
    auto dup = m_services.resourceExists(kind, name.trimmed());
    if (!dup)
        return dup.error();
    if (*dup)
        return Error::conflict(tr("%1 is already on the list.").arg(name.trimmed()));
    auto added = m_services.insertResource(kind, name.trimmed());
    if (!added)
        return added.error();
    const qint64 id = *added;
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
    CRM_TRY(m_services.setResourceActive(id, active));
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
    // A pick-up goes somewhere, and an inspection is of a car: refused without them, not booked blind.
    if (r.kind == u"pickup"_s && r.address.trimmed().isEmpty())
        return Error::invalid(tr("Address: a pick-up needs the address to go to."));
    if (r.kind == u"inspection"_s && r.vehicleId == 0)
        return Error::invalid(tr("Vehicle: choose the vehicle to take for inspection."));
    const QString starts = r.startsAt.toString(kLocalFormat), ends = r.endsAt.toString(kLocalFormat);
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    auto member = m_services.member(r.memberId);
    if (!member)
        return member.error();
    if (!*member)
        return Error::notFound(tr("Club member %1 does not exist.").arg(r.memberId));
    const auto [customerId, active] = **member;
    if (!active)
        return Error::invalid(tr("This membership is cancelled."));
    if (r.vehicleId) {
        auto owns = data::CustomerRepository(m_ctx.db).ownsVehicle(customerId, r.vehicleId);
        if (!owns)
            return owns.error();
        if (!*owns)
            return Error::invalid(tr("That vehicle is not this member's."));
    }
    if (r.resourceId) {
        // Lock the resource's row first, then look for an overlap: a second desk waits here and
        // sees the first booking.
        auto lock = m_services.lockResource(r.resourceId, needs);
        if (!lock)
            return lock.error();
        if (!*lock)
            return Error::invalid(tr("That resource is not available for this kind of service (retired, or the wrong kind)."));
        auto clash = m_services.clash(r.resourceId, r.startsAt, r.endsAt);
        if (!clash)
            return clash.error();
        if (*clash)
            return Error::conflict(tr("Already booked %1 – %2 for %3: choose another time or another resource.")
                                       .arg(QLocale().toString((*clash)->startsAt, QLocale::ShortFormat),
                                            QLocale().toString((*clash)->endsAt, QLocale::ShortFormat), (*clash)->customerName));
    }
    MemberServiceRequest clean = r;
    clean.address = r.address.trimmed();
    clean.note = r.note.trimmed();
    auto added = m_services.insert(clean, customerId, who.username, toStoredUtc(m_ctx.clock.nowUtc()));
    if (!added)
        return added.error();
    const qint64 id = *added;
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
    auto closed = m_services.close(id, status, note.trimmed());
    if (!closed)
        return closed.error();
    if (!*closed)
        return Error::invalid(tr("Service %1 is not booked (already closed?).").arg(id));
    if (status == u"cancelled"_s) // nothing to remind of any more
        CRM_TRY(data::FollowupRepository(m_ctx.db).cancelOpenTask(followups::kindId(followups::TaskKind::MemberService),
                                                                  reminderKey(id), toStoredUtc(m_ctx.clock.nowUtc())));
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
    return m_services.requests(from, to.addDays(1), status);
}

} // namespace crm::services
