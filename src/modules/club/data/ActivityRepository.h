#pragma once
#include "data/Database.h"

#include <QDateTime>
#include <optional>

namespace crm::data {

struct Activity {
    qint64 id = 0;
    QString title;
    QDateTime startsAt; // local time
    QString place;
    int capacity = 0;
    int registered = 0; // live registrations (registered + attended)
    int attended = 0;
    qint64 points = 0; // for attendance
    QString status;    // open, cancelled
    QString note;
};

struct Attendee {
    qint64 memberId = 0;
    QString customerName;
    QString cardNumber;
    QString tier;
    QString status; // registered, attended, cancelled
    QDateTime registeredAt;
    QDateTime checkedInAt;
};

// Club activities (`activities`) and their registrations (`activity_registrations`). A place
// is taken by a conditional UPDATE of the activity's count, so the capacity holds with two
// desks at once; the caller owns the transaction.
class ActivityRepository {
public:
    explicit ActivityRepository(Database &db) : m_db(db) {}

    // Starting on or after `from` and before `toExclusive` (local dates), soonest first.
    Result<QList<Activity>> activities(const QDate &from, const QDate &toExclusive);
    Result<std::optional<Activity>> activity(qint64 id);
    Result<qint64> insert(const Activity &a, const QString &createdBy, const QString &createdAt);
    // False when more are registered than the new capacity, or no such activity.
    Result<bool> update(const Activity &a);
    // False when the activity is not open.
    Result<bool> cancel(qint64 id, const QString &reason);

    // The member's status in the club ("" when no such member).
    Result<QString> memberStatus(qint64 memberId);
    // The member's registration status, or nullopt when never registered.
    Result<std::optional<QString>> registration(qint64 activityId, qint64 memberId);
    // False when the activity is full or not open.
    Result<bool> takePlace(qint64 activityId);
    Status givePlaceBack(qint64 activityId);
    Status insertRegistration(qint64 activityId, qint64 memberId, const QString &at, const QString &by);
    Status renewRegistration(qint64 activityId, qint64 memberId, const QString &at, const QString &by);
    // Each changes a 'registered' row only; false when there is none.
    Result<bool> cancelRegistration(qint64 activityId, qint64 memberId);
    Result<bool> checkIn(qint64 activityId, qint64 memberId, const QString &at);
    Result<QList<Attendee>> attendees(qint64 activityId);

private:
    Database &m_db;
};

} // namespace crm::data
