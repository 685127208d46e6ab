#pragma once
#include "archives/data/CustomerRepository.h"
#include "services/Guard.h"

#include <atomic>
#include <functional>

namespace crm::services {

// Exports the customers a query selects (or all) to CSV or XLSX. Exporting personal data is a
// permission and is audited; every cell starting with = + - @ tab or CR is neutralised.
class ExportService {
    Q_DECLARE_TR_FUNCTIONS(crm::services::ExportService)
public:
    using Progress = std::function<void(qint64 done)>;
    explicit ExportService(Context ctx) : m_ctx(ctx) {}
    // Format from the file's suffix (.csv or .xlsx). Returns the number of customers written.
    Result<qint64> exportCustomers(const Session &who, const data::CustomerQuery &q, const QString &path,
                                   const Progress &progress = {}, const std::atomic<bool> *cancel = nullptr);

private:
    Context m_ctx;
};

} // namespace crm::services
