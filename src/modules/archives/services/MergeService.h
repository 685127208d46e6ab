#pragma once
#include "archives/data/CustomerRepository.h"
#include "services/Guard.h"

namespace crm::services {

// Merging two records of one person: everything the duplicate owns moves to the survivor,
// the survivor's empty fields are filled from the duplicate, and the duplicate is soft-deleted
// as "merged into". The audit record holds what moved, so the merge can be undone from it.
class MergeService {
    Q_DECLARE_TR_FUNCTIONS(crm::services::MergeService)
public:
    explicit MergeService(Context ctx) : m_ctx(ctx) {}
    // Returns the id of the audit record that describes the merge.
    Result<qint64> merge(const Session &who, qint64 survivorId, qint64 duplicateId);
    Status undo(const Session &who, qint64 mergeAuditId);
    Result<QList<data::DuplicateGroup>> duplicates(const Session &who, int limit);

private:
    Context m_ctx;
};

} // namespace crm::services
