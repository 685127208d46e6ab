#pragma once
#include "services/Guard.h"

#include <QDateTime>

namespace crm::services {

struct ServiceResource {
    qint64 id = 0;
    QString kind; // car, driver
    QString name;
    bool active = true;
};

struct MemberServiceRequest {
    qint64 id = 0;
    qint64 memberId = 0;
    QString customerName; // read only
    QString kind;         // inspection, replacement_car, pickup
    qint64 vehicleId = 0;
    QString vehicleLabel; // read only: model and plate
    QDateTime startsAt;   // local time
    QDateTime endsAt;
    qint64 resourceId = 0;
    QString resourceName; // read only
    QString status;       // booked, done, cancelled
    QString address;
    QString note;
    QString createdBy;
};

// Member services (会员服务): annual-inspection agency, replacement car, pick-up/drop-off. A
// booking that needs a car or a driver takes it for its time span; the resource's row is
// locked first, so two desks can never book the same car for overlapping times. Each booking
// raises a reminder call for the day before and shows on the customer's timeline.
class MemberServiceDesk {
    Q_DECLARE_TR_FUNCTIONS(crm::services::MemberServiceDesk)
public:
    explicit MemberServiceDesk(Context ctx) : m_ctx(ctx) {}

    Result<QList<ServiceResource>> resources(bool activeOnly);
    Result<qint64> addResource(const Session &who, const QString &kind, const QString &name);
    Status setResourceActive(const Session &who, qint64 id, bool active);

    Result<qint64> book(const Session &who, const MemberServiceRequest &request);
    Status close(const Session &who, qint64 id, const QString &status, const QString &note); // done or cancelled
    // Services starting in [from, to]; `status` empty for all.
    Result<QList<MemberServiceRequest>> requests(const Session &who, const QDate &from, const QDate &to, const QString &status);

private:
    Context m_ctx;
};

} // namespace crm::services
