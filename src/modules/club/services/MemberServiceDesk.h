#pragma once
#include "archives/data/CustomerRepository.h"
#include "club/data/MemberServiceRepository.h"
#include "services/Guard.h"

#include <QDateTime>

namespace crm::services {

// The structs are the repository's; services and pages name them from here.
using data::MemberServiceRequest;
using data::ServiceResource;

// Member services (会员服务): annual-inspection agency, replacement car, pick-up/drop-off. A
// booking that needs a car or a driver takes it for its time span; the resource's row is
// locked first, so two desks can never book the same car for overlapping times. Each booking
// raises a reminder call for the day before and shows on the customer's timeline.
class MemberServiceDesk {
    Q_DECLARE_TR_FUNCTIONS(crm::services::MemberServiceDesk)
public:
    explicit MemberServiceDesk(Context ctx) : m_ctx(ctx), m_services(ctx.db) {}

    Result<QList<ServiceResource>> resources(bool activeOnly);
    Result<qint64> addResource(const Session &who, const QString &kind, const QString &name);
    Status setResourceActive(const Session &who, qint64 id, bool active);

    Result<qint64> book(const Session &who, const MemberServiceRequest &request);
    Status close(const Session &who, qint64 id, const QString &status, const QString &note); // done or cancelled
    // Services starting in [from, to]; `status` empty for all.
    Result<QList<MemberServiceRequest>> requests(const Session &who, const QDate &from, const QDate &to, const QString &status);

private:
    Context m_ctx;
    data::MemberServiceRepository m_services;
};

} // namespace crm::services
