#pragma once
#include "club/data/ActivityRepository.h"
#include "services/Guard.h"

#include <QDateTime>

namespace crm::services {

// The structs are the repository's; services and pages name them from here.
using data::Activity;
using data::Attendee;

// Club activities (车主活动): events with a capacity, registration from the member list or the
// card, check-in on the day with points for attendance, the attendance list exported. A place is
// taken by a conditional UPDATE of the activity's count, so capacity holds with two desks at once.
class ActivityService {
    Q_DECLARE_TR_FUNCTIONS(crm::services::ActivityService)
public:
    explicit ActivityService(Context ctx) : m_ctx(ctx), m_activities(ctx.db) {}

    // Activities starting in [from, to], soonest first.
    Result<QList<Activity>> activities(const Session &who, const QDate &from, const QDate &to);
    Result<Activity> activity(const Session &who, qint64 id);
    Result<qint64> save(const Session &who, const Activity &a); // id 0 adds one
    Status cancel(const Session &who, qint64 id, const QString &reason);
    Status registerMember(const Session &who, qint64 activityId, qint64 memberId);
    Status cancelRegistration(const Session &who, qint64 activityId, qint64 memberId);
    // On the day of the activity only; returns the points the member earned.
    Result<qint64> checkIn(const Session &who, qint64 activityId, qint64 memberId);
    Result<QList<Attendee>> attendees(const Session &who, qint64 activityId);
    Status exportAttendance(const Session &who, qint64 activityId, const QString &path);

private:
    Context m_ctx;
    data::ActivityRepository m_activities;
};

} // namespace crm::services
