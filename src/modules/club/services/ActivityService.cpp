#include "club/services/ActivityService.h"

#include "club/core/ClubRules.h"
#include "club/services/ClubService.h"
#include "data/Transaction.h"
#include "services/TableWriter.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace crm::services {
namespace {
const QString kLocalFormat = u"yyyy-MM-ddTHH:mm"_s;
QDateTime local(const QVariant &v)
{
    return QDateTime::fromString(v.toString(), kLocalFormat);
}
const QString kSelect = u"SELECT a.id, a.title, a.starts_at, a.place, a.capacity, a.registered, "
                        "(SELECT COUNT(*) FROM activity_registrations r WHERE r.activity_id = a.id AND r.status = 'attended'), "
                        "a.points, a.status, a.note FROM activities a "_s;
Activity activityFrom(const QSqlQuery &q)
{
    return Activity{q.value(0).toLongLong(), q.value(1).toString(), local(q.value(2)),  q.value(3).toString(),
                    q.value(4).toInt(),      q.value(5).toInt(),    q.value(6).toInt(), q.value(7).toLongLong(),
                    q.value(8).toString(),   q.value(9).toString()};
}
} // namespace

Result<QList<Activity>> ActivityService::activities(const Session &who, const QDate &from, const QDate &to)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ViewCustomers, tr("see club activities")));
    auto q = m_ctx.db.exec(kSelect + u"WHERE a.starts_at >= ? AND a.starts_at < ? ORDER BY a.starts_at, a.id"_s,
                           {from.toString(Qt::ISODate), to.addDays(1).toString(Qt::ISODate)});
    if (!q)
        return q.error();
    QList<Activity> out;
    while (q->next())
        out << activityFrom(*q);
    return out;
}

Result<Activity> ActivityService::activity(const Session &who, qint64 id)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ViewCustomers, tr("see club activities")));
    auto q = m_ctx.db.exec(kSelect + u"WHERE a.id = ?"_s, {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(tr("Activity %1 does not exist.").arg(id));
    return activityFrom(*q);
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
    qint64 id = a.id;
    const QString starts = a.startsAt.toString(kLocalFormat);
    if (id == 0) {
        auto q = m_ctx.db.exec(u"INSERT INTO activities(title, starts_at, place, capacity, points, note, created_by, created_at) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                               {a.title.trimmed(), starts, data::Database::text(a.place.trimmed()), a.capacity, a.points,
                                data::Database::text(a.note.trimmed()), who.username, toStoredUtc(m_ctx.clock.nowUtc())});
        if (!q || !q->next())
            return q ? Error::database(u"no id"_s, {}) : q.error();
        id = q->value(0).toLongLong();
        q->finish();
    } else {
        auto q = m_ctx.db.exec(u"UPDATE activities SET title = ?, starts_at = ?, place = ?, capacity = ?, points = ?, note = ? "
                               "WHERE id = ? AND registered <= ?"_s,
                               {a.title.trimmed(), starts, data::Database::text(a.place.trimmed()), a.capacity, a.points,
                                data::Database::text(a.note.trimmed()), id, a.capacity});
        if (!q)
            return q.error();
        if (q->numRowsAffected() != 1)
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
    auto q = m_ctx.db.exec(u"UPDATE activities SET status = 'cancelled', note = ? WHERE id = ? AND status = 'open'"_s,
                           {reason.trimmed(), id});
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return Error::invalid(tr("The activity is not open."));
    CRM_TRY(Guard::audit(m_ctx, &who, {u"cancel"_s, u"activities"_s, QString::number(id), {}, {}, reason.trimmed()}));
    return tx.commit();
}

Status ActivityService::registerMember(const Session &who, qint64 activityId, qint64 memberId)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ManageClub, tr("register members for activities")));
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    auto member = m_ctx.db.scalar(u"SELECT status FROM club_members WHERE id = ?"_s, {memberId});
    if (!member)
        return member.error();
    if (member->toString() != u"active"_s)
        return Error::invalid(tr("Only an active member can register."));
    auto before = m_ctx.db.scalar(u"SELECT status FROM activity_registrations WHERE activity_id = ? AND member_id = ?"_s,
                                  {activityId, memberId});
    if (!before)
        return before.error();
    if (before->isValid() && before->toString() != u"cancelled"_s)
        return Error::conflict(tr("This member is already registered."));
    // Take a place first: the conditional UPDATE is what keeps the capacity.
    auto place = m_ctx.db.exec(
        u"UPDATE activities SET registered = registered + 1 WHERE id = ? AND status = 'open' AND registered < capacity"_s,
        {activityId});
    if (!place)
        return place.error();
    if (place->numRowsAffected() != 1) {
        auto a = activity(who, activityId);
        if (!a)
            return a.error();
        return Error::invalid(a->status != u"open"_s
                                  ? tr("The activity is cancelled.")
                                  : tr("The activity is full: %1 of %2 places taken.").arg(a->registered).arg(a->capacity));
    }
    const QString now = toStoredUtc(m_ctx.clock.nowUtc());
    if (before->isValid())
        CRM_TRY(m_ctx.db.exec(u"UPDATE activity_registrations SET status = 'registered', registered_at = ?, registered_by = ?, "
                              u"checked_in_at = NULL "
                              "WHERE activity_id = ? AND member_id = ?"_s,
                              {now, who.username, activityId, memberId}));
    else
        CRM_TRY(m_ctx.db.exec(
            u"INSERT INTO activity_registrations(activity_id, member_id, registered_at, registered_by) VALUES (?, ?, ?, ?)"_s,
            {activityId, memberId, now, who.username}));
    CRM_TRY(Guard::audit(m_ctx, &who,
                         {u"register"_s, u"activities"_s, QString::number(activityId), {}, {{u"member"_s, memberId}}, {}}));
    return tx.commit();
}

Status ActivityService::cancelRegistration(const Session &who, qint64 activityId, qint64 memberId)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ManageClub, tr("register members for activities")));
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    auto q = m_ctx.db.exec(
        u"UPDATE activity_registrations SET status = 'cancelled' WHERE activity_id = ? AND member_id = ? AND status = 'registered'"_s,
        {activityId, memberId});
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return Error::invalid(tr("The member is not registered (or has already been checked in)."));
    CRM_TRY(m_ctx.db.exec(u"UPDATE activities SET registered = registered - 1 WHERE id = ?"_s, {activityId}));
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
    auto q = m_ctx.db.exec(
        u"UPDATE activity_registrations SET status = 'attended', checked_in_at = ? WHERE activity_id = ? AND member_id = ? "
        "AND status = 'registered'"_s,
        {toStoredUtc(m_ctx.clock.nowUtc()), activityId, memberId});
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
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
    auto q = m_ctx.db.exec(u"SELECT r.member_id, c.name, (SELECT number FROM club_cards k WHERE k.member_id = m.id ORDER BY "
                           u"(k.status = 'active') DESC, k.id DESC LIMIT 1), "
                           "m.tier, r.status, r.registered_at, r.checked_in_at FROM activity_registrations r JOIN club_members m "
                           "ON m.id = r.member_id "
                           "JOIN customers c ON c.id = m.customer_id WHERE r.activity_id = ? ORDER BY r.status, c.name"_s,
                           {activityId});
    if (!q)
        return q.error();
    QList<Attendee> out;
    while (q->next())
        out << Attendee{q->value(0).toLongLong(),
                        q->value(1).toString(),
                        q->value(2).toString(),
                        q->value(3).toString(),
                        q->value(4).toString(),
                        fromStoredUtc(q->value(5).toString()),
                        fromStoredUtc(q->value(6).toString())};
    return out;
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
