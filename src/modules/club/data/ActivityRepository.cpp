#include "club/data/ActivityRepository.h"

#include "core/Clock.h"
#include "data/Rows.h"

using namespace Qt::StringLiterals;

namespace crm::data {
namespace {

// Activities are kept in local time (a meeting at 14:00 stays at 14:00).
const QString kLocalFormat = u"yyyy-MM-ddTHH:mm"_s;

const QString kSelect = u"SELECT a.id, a.title, a.starts_at, a.place, a.capacity, a.registered, "
                        "(SELECT COUNT(*) FROM activity_registrations r WHERE r.activity_id = a.id AND r.status = 'attended'), "
                        "a.points, a.status, a.note FROM activities a "_s;
enum Column { Id, Title, StartsAt, Place, Capacity, Registered, Attended, Points, StatusCol, Note };

Activity activityFrom(const QSqlQuery &q)
{
    return Activity{q.value(Id).toLongLong(),
                    q.value(Title).toString(),
                    QDateTime::fromString(q.value(StartsAt).toString(), kLocalFormat),
                    q.value(Place).toString(),
                    q.value(Capacity).toInt(),
                    q.value(Registered).toInt(),
                    q.value(Attended).toInt(),
                    q.value(Points).toLongLong(),
                    q.value(StatusCol).toString(),
                    q.value(Note).toString()};
}

} // namespace

Result<QList<Activity>> ActivityRepository::activities(const QDate &from, const QDate &toExclusive)
{
    auto q = m_db.exec(kSelect + u"WHERE a.starts_at >= ? AND a.starts_at < ? ORDER BY a.starts_at, a.id"_s,
                       {from.toString(Qt::ISODate), toExclusive.toString(Qt::ISODate)});
    if (!q)
        return q.error();
    QList<Activity> out;
    while (q->next())
        out << activityFrom(*q);
    return out;
}

Result<std::optional<Activity>> ActivityRepository::activity(qint64 id)
{
    auto q = m_db.exec(kSelect + u"WHERE a.id = ?"_s, {id});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Activity>();
    return std::optional<Activity>(activityFrom(*q));
}

Result<qint64> ActivityRepository::insert(const Activity &a, const QString &createdBy, const QString &createdAt)
{
    return returnedId(
        m_db.exec(u"INSERT INTO activities(title, starts_at, place, capacity, points, note, created_by, created_at) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                  {a.title, a.startsAt.toString(kLocalFormat), Database::text(a.place), a.capacity, a.points,
                   Database::text(a.note), createdBy, createdAt}));
}

Result<bool> ActivityRepository::update(const Activity &a)
{
    return changedOne(m_db.exec(u"UPDATE activities SET title = ?, starts_at = ?, place = ?, capacity = ?, points = ?, note = ? "
                                "WHERE id = ? AND registered <= ?"_s,
                                {a.title, a.startsAt.toString(kLocalFormat), Database::text(a.place), a.capacity, a.points,
                                 Database::text(a.note), a.id, a.capacity}));
}

Result<bool> ActivityRepository::cancel(qint64 id, const QString &reason)
{
    return changedOne(
        m_db.exec(u"UPDATE activities SET status = 'cancelled', note = ? WHERE id = ? AND status = 'open'"_s, {reason, id}));
}

Result<QString> ActivityRepository::memberStatus(qint64 memberId)
{
    auto member = m_db.scalar(u"SELECT status FROM club_members WHERE id = ?"_s, {memberId});
    if (!member)
        return member.error();
    return member->toString();
}

Result<std::optional<QString>> ActivityRepository::registration(qint64 activityId, qint64 memberId)
{
    auto before = m_db.scalar(u"SELECT status FROM activity_registrations WHERE activity_id = ? AND member_id = ?"_s,
                              {activityId, memberId});
    if (!before)
        return before.error();
    if (!before->isValid())
        return std::optional<QString>();
    return std::optional<QString>(before->toString());
}

Result<bool> ActivityRepository::takePlace(qint64 activityId)
{
    return changedOne(m_db.exec(
        u"UPDATE activities SET registered = registered + 1 WHERE id = ? AND status = 'open' AND registered < capacity"_s,
        {activityId}));
}

Status ActivityRepository::givePlaceBack(qint64 activityId)
{
    CRM_TRY(m_db.exec(u"UPDATE activities SET registered = registered - 1 WHERE id = ?"_s, {activityId}));
    return {};
}

Status ActivityRepository::insertRegistration(qint64 activityId, qint64 memberId, const QString &at, const QString &by)
{
    CRM_TRY(m_db.exec(
        u"INSERT INTO activity_registrations(activity_id, member_id, registered_at, registered_by) VALUES (?, ?, ?, ?)"_s,
        {activityId, memberId, at, by}));
    return {};
}

Status ActivityRepository::renewRegistration(qint64 activityId, qint64 memberId, const QString &at, const QString &by)
{
    CRM_TRY(m_db.exec(u"UPDATE activity_registrations SET status = 'registered', registered_at = ?, registered_by = ?, "
                      "checked_in_at = NULL WHERE activity_id = ? AND member_id = ?"_s,
                      {at, by, activityId, memberId}));
    return {};
}

Result<bool> ActivityRepository::cancelRegistration(qint64 activityId, qint64 memberId)
{
    return changedOne(m_db.exec(
        u"UPDATE activity_registrations SET status = 'cancelled' WHERE activity_id = ? AND member_id = ? AND status = 'registered'"_s,
        {activityId, memberId}));
}

Result<bool> ActivityRepository::checkIn(qint64 activityId, qint64 memberId, const QString &at)
{
    return changedOne(m_db.exec(u"UPDATE activity_registrations SET status = 'attended', checked_in_at = ? WHERE activity_id = ? "
                                "AND member_id = ? AND status = 'registered'"_s,
                                {at, activityId, memberId}));
}

Result<QList<Attendee>> ActivityRepository::attendees(qint64 activityId)
{
    enum { Member, Name, Card, Tier, RegStatus, RegisteredAt, CheckedInAt };
    auto q = m_db.exec(u"SELECT r.member_id, c.name, (SELECT number FROM club_cards k WHERE k.member_id = m.id ORDER BY "
                       "(k.status = 'active') DESC, k.id DESC LIMIT 1), "
                       "m.tier, r.status, r.registered_at, r.checked_in_at FROM activity_registrations r JOIN club_members m "
                       "ON m.id = r.member_id "
                       "JOIN customers c ON c.id = m.customer_id WHERE r.activity_id = ? ORDER BY r.status, c.name"_s,
                       {activityId});
    if (!q)
        return q.error();
    QList<Attendee> out;
    while (q->next())
        out << Attendee{q->value(Member).toLongLong(),
                        q->value(Name).toString(),
                        q->value(Card).toString(),
                        q->value(Tier).toString(),
                        q->value(RegStatus).toString(),
                        fromStoredUtc(q->value(RegisteredAt).toString()),
                        fromStoredUtc(q->value(CheckedInAt).toString())};
    return out;
}

} // namespace crm::data
