#include "club/services/ActivityService.h"

#include "club/core/ClubRules.h"
#include "club/services/ClubService.h"
#include "data/Transaction.h"
#include "services/TableWriter.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace crm::services {
Result<QList<Activity>> ActivityService::activities(const Session &who, const QDate &from, const QDate &to)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ViewCustomers, tr("see club activities")));
    return m_activities.activities(from, to.addDays(1));
}

Result<Activity> ActivityService::activity(const Session &who, qint64 id)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ViewCustomers, tr("see club activities")));
    auto a = m_activities.activity(id);
    if (!a)
        return a.error();
    if (!*a)
        return Error::notFound(tr("Activity %1 does not exist.").arg(id));
    return **a;
}

Result<qint64> ActivityService::save(const Session &who, const Activity &a)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ManageClub, tr("plan club activities")));
    if (a.title.trimmed().isEmpty())
        return Error::invalid(tr("An activity needs a title."));
    if (!a.startsAt.isValid())
        return Error::invalid(tr("Give the activity's date and time."));
    if (a.capacity <= 0)
        return Error::invalid(tr("The capacity must be at least one place."));
    if (a.points < 0)
        return Error::invalid(tr("Attendance points cannot be negative."));
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    Activity clean = a;
    clean.title = a.title.trimmed();
    clean.place = a.place.trimmed();
    clean.note = a.note.trimmed();
    qint64 id = a.id;
    const QString starts = a.startsAt.toString(u"yyyy-MM-ddTHH:mm"_s);
    if (id == 0) {
        auto added = m_activities.insert(clean, who.username, toStoredUtc(m_ctx.clock.nowUtc()));
        if (!added)
            return added.error();
        id = *added;
    } else {
        auto updated = m_activities.update(clean);
        if (!updated)
            return updated.error();
        if (!*updated)
            return Error::invalid(tr("More members are registered than the new capacity (or the activity does not exist)."));
    }
    CRM_TRY(Guard::audit(m_ctx, &who,
                         {a.id ? u"edit"_s : u"create"_s,
                          u"activities"_s,
                          QString::number(id),
                          {},
                          {{u"title"_s, a.title.trimmed()}, {u"starts_at"_s, starts}, {u"capacity"_s, a.capacity}},
                          a.title.trimmed()}));
    CRM_TRY(tx.commit());
    return id;
}

Status ActivityService::cancel(const Session &who, qint64 id, const QString &reason)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ManageClub, tr("cancel club activities")));
    if (reason.trimmed().isEmpty())
        return Error::invalid(tr("Say why the activity is cancelled."));
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    auto cancelled = m_activities.cancel(id, reason.trimmed());
    if (!cancelled)
        return cancelled.error();
    if (!*cancelled)
        return Error::invalid(tr("The activity is not open."));
    CRM_TRY(Guard::audit(m_ctx, &who, {u"cancel"_s, u"activities"_s, QString::number(id), {}, {}, reason.trimmed()}));
    return tx.commit();
}

Status ActivityService::registerMember(const Session &who, qint64 activityId, qint64 memberId)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ManageClub, tr("register members for activities")));
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    auto member = m_activities.memberStatus(memberId);
    if (!member)
        return member.error();
    if (*member != u"active"_s)
        return Error::invalid(tr("Only an active member can register."));
    auto before = m_activities.registration(activityId, memberId);
    if (!before)
        return before.error();
    if (*before && **before != u"cancelled"_s)
        return Error::conflict(tr("This member is already registered."));
    // Take a place first: the conditional UPDATE is what keeps the capacity.
    auto place = m_activities.takePlace(activityId);
    if (!place)
        return place.error();
    if (!*place) {
        auto a = activity(who, activityId);
        if (!a)
            return a.error();
        return Error::invalid(a->status != u"open"_s
                                  ? tr("The activity is cancelled.")
                                  : tr("The activity is full: %1 of %2 places taken.").arg(a->registered).arg(a->capacity));
    }
    const QString now = toStoredUtc(m_ctx.clock.nowUtc());
    if (*before)
        CRM_TRY(m_activities.renewRegistration(activityId, memberId, now, who.username));
    else
        CRM_TRY(m_activities.insertRegistration(activityId, memberId, now, who.username));
    CRM_TRY(Guard::audit(m_ctx, &who,
                         {u"register"_s, u"activities"_s, QString::number(activityId), {}, {{u"member"_s, memberId}}, {}}));
    return tx.commit();
}

Status ActivityService::cancelRegistration(const Session &who, qint64 activityId, qint64 memberId)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ManageClub, tr("register members for activities")));
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    auto cancelled = m_activities.cancelRegistration(activityId, memberId);
    if (!cancelled)
        return cancelled.error();
    if (!*cancelled)
        return Error::invalid(tr("The member is not registered (or has already been checked in)."));
    CRM_TRY(m_activities.givePlaceBack(activityId));
    CRM_TRY(Guard::audit(m_ctx, &who,
                         {u"unregister"_s, u"activities"_s, QString::number(activityId), {}, {{u"member"_s, memberId}}, {}}));
    return tx.commit();
}

Result<qint64> ActivityService::checkIn(const Session &who, qint64 activityId, qint64 memberId)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ManageClub, tr("check members in")));
    auto a = activity(who, activityId);
    if (!a)
        return a.error();
    const QDate today = m_ctx.clock.nowUtc().toLocalTime().date();
    if (a->startsAt.date() != today)
        return Error::invalid(
            tr("Check-in is on the day of the activity (%1).").arg(QLocale().toString(a->startsAt.date(), QLocale::ShortFormat)));
    if (a->status != u"open"_s)
        return Error::invalid(tr("The activity is cancelled."));
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    auto checkedIn = m_activities.checkIn(activityId, memberId, toStoredUtc(m_ctx.clock.nowUtc()));
    if (!checkedIn)
        return checkedIn.error();
    if (!*checkedIn)
        return Error::invalid(tr("The member is not registered for this activity, or is already checked in."));
    qint64 earned = 0;
    if (a->points > 0) {
        auto got = ClubService(m_ctx).earn(who, memberId, a->points, tr("Attended %1").arg(a->title),
                                           u"activity:%1:%2"_s.arg(activityId).arg(memberId));
        if (!got)
            return got.error(); // a lost card earns nothing: the check-in waits for the reissued card
        earned = *got;
    }
    CRM_TRY(Guard::audit(m_ctx, &who,
                         {u"check_in"_s, u"activities"_s, QString::number(activityId), {}, {{u"member"_s, memberId}}, {}}));
    CRM_TRY(tx.commit());
    return earned;
}

Result<QList<Attendee>> ActivityService::attendees(const Session &who, qint64 activityId)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ViewCustomers, tr("see activity registrations")));
    return m_activities.attendees(activityId);
}

Status ActivityService::exportAttendance(const Session &who, qint64 activityId, const QString &path)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ExportData, tr("export attendance lists")));
    auto a = activity(who, activityId);
    if (!a)
        return a.error();
    auto people = attendees(who, activityId);
    if (!people)
        return people.error();
    auto w = TableWriter::open(path);
    if (!w)
        return w.error();
    CRM_TRY(
        (*w)->sheet(a->title.left(28), {tr("Member"), tr("Card"), tr("Tier"), tr("Status"), tr("Registered"), tr("Checked in")}));
    for (const Attendee &p : *people)
        CRM_TRY(
            (*w)->row({p.customerName, p.cardNumber, club::ClubText::tier(p.tier), club::ClubText::registrationStatus(p.status),
                       p.registeredAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s),
                       p.checkedInAt.isValid() ? p.checkedInAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) : QString()}));
    CRM_TRY((*w)->finish());
    return Guard::audit(m_ctx, &who,
                        {u"export"_s, u"activities"_s, QString::number(activityId), {}, {{u"rows"_s, people->size()}}, path});
}

} // namespace crm::services
