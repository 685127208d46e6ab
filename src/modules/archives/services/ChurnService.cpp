#include "archives/services/ChurnService.h"

#include "archives/services/CustomerService.h"
#include "services/SettingsService.h"

using namespace Qt::StringLiterals;

namespace crm::services {

Result<ChurnStates> ChurnService::states(const Session &who, const QDate &today)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ViewCustomers, tr("see churn figures")));
    SettingsService s(m_ctx);
    return data::ChurnFigures(m_ctx.db).states(today.addMonths(-s.intValue(settings::kChurnAtRiskMonths)),
                                               today.addMonths(-s.intValue(settings::kChurnLostMonths)));
}

Result<qint64> ChurnService::atRisk(const Session &who, const QDate &today)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ViewCustomers, tr("see churn figures")));
    SettingsService s(m_ctx);
    return data::ChurnFigures(m_ctx.db).atRisk(today.addMonths(-s.intValue(settings::kChurnAtRiskMonths)),
                                               today.addMonths(-s.intValue(settings::kChurnLostMonths)));
}

Result<QList<CohortRow>> ChurnService::cohort(const Session &who, const QDate &month, GroupBy by)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ViewCustomers, tr("see churn figures")));
    const int n = SettingsService(m_ctx).intValue(settings::kChurnLostMonths);
    return data::ChurnFigures(m_ctx.db).cohort(QDate(month.year(), month.month(), 1), n, by,
                                               m_ctx.clock.nowUtc().toString(Qt::ISODate));
}

Result<ReturnRates> ChurnService::returnRates(const Session &who, const QDate &asOf)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ViewCustomers, tr("see churn figures")));
    return data::ChurnFigures(m_ctx.db).returnRates(asOf, m_ctx.clock.nowUtc().toString(Qt::ISODate));
}

} // namespace crm::services
