#pragma once
#include "privacy/data/PrivacyRequestRepository.h"
#include "services/Guard.h"

#include <QCoreApplication>

namespace crm::services {

struct PrivacyRequestInput {
    qint64 customerId = 0; // 0: the person is not in the archives (the answer says so)
    QString kind;          // privacy::RequestText::kinds()
    QString requester;     // who asked, when not the customer
    QString contact;       // where the answer goes
    QString details;       // what was asked
    QDate receivedOn;      // default: today
};

// The register of data-subject requests: each with its legal deadline on the national calendar
// (the department's holiday arrangements included), answered or refused once, with the answer
// kept — what the department shows a regulator. Registering and answering need EditCustomers
// (the information supervisor, the agents who take the call); reading needs ViewCustomers.
class RequestService {
    Q_DECLARE_TR_FUNCTIONS(crm::services::RequestService)
public:
    explicit RequestService(Context ctx) : m_ctx(ctx) {}

    Result<qint64> registerRequest(const Session &who, const PrivacyRequestInput &in);
    // status: answered | refused (refused needs the reason in `answer`, as the law asks).
    Status answer(const Session &who, qint64 id, const QString &status, const QString &answer);
    Result<QList<data::PrivacyRequestRow>> requests(const Session &who, bool openOnly, int limit = 2000);

private:
    Context m_ctx;
};

} // namespace crm::services
