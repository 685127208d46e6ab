#pragma once
#include "services/Guard.h"

#include <QCoreApplication>

namespace crm::services {

// A customer's rights under PIPL (个人信息保护法): a copy of everything held about them, and
// erasure by anonymisation. Records the law requires the dealership to keep (service visits,
// complaints, the points ledger, contracts in the document store) stay, tied to a customer who
// can no longer be identified; what identifies the person is removed. Both are audited, and the
// audit entries name the customer by id only.
class PrivacyService {
    Q_DECLARE_TR_FUNCTIONS(crm::services::PrivacyService)
public:
    explicit PrivacyService(Context ctx) : m_ctx(ctx) {}

    // Writes a JSON file (UTF-8, one section per table) with every row about the customer.
    Status writeDataCopy(const Session &who, qint64 customerId, const QString &file);
    // Anonymises the customer in one transaction: name replaced, phones, address, birthday and
    // search keys removed, every consent withdrawn and every contact opted out, open follow-up
    // tasks cancelled, call notes and survey comments blanked, the record soft-deleted.
    Status anonymise(const Session &who, qint64 customerId, const QString &reason);

private:
    Context m_ctx;
};

} // namespace crm::services
