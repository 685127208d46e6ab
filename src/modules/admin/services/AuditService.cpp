#include "admin/services/AuditService.h"

namespace crm::services {

Result<QList<data::AuditEntry>> AuditService::page(const Session &who, const data::AuditFilter &f, qint64 beforeId, int limit)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ViewAudit, tr("read the audit log")));
    return data::AuditRepository(m_ctx.db).page(f, beforeId, qBound(1, limit, 1000));
}

Result<qint64> AuditService::count(const Session &who, const data::AuditFilter &f)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ViewAudit, tr("read the audit log")));
    return data::AuditRepository(m_ctx.db).count(f);
}

} // namespace crm::services
