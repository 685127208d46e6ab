#pragma once
#include "services/Guard.h"

namespace crm::services {

// Reading the audit log is itself a permission.
class AuditService {
    Q_DECLARE_TR_FUNCTIONS(crm::services::AuditService)
public:
    explicit AuditService(Context ctx) : m_ctx(ctx) {}
    Result<QList<data::AuditEntry>> page(const Session &who, const data::AuditFilter &f, qint64 beforeId, int limit);
    Result<qint64> count(const Session &who, const data::AuditFilter &f);

private:
    Context m_ctx;
};

} // namespace crm::services
