#pragma once
#include "data/AuditChain.h"
#include "services/Guard.h"

#include <QCoreApplication>
#include <functional>

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
    // Its audit entries can no longer be opened (their key is deleted, data/AuditSeal.h), and the
    // erasure ledger beside the key file lists the customer for a restore.
    Status anonymise(const Session &who, qint64 customerId, const QString &reason);

    // Run by the program and the command line after migrating, before anyone works: sealing of
    // the audit log set up where it is not yet (progress in entries sealed, false stops it), the
    // erasure ledger made whole, and customers a restored backup brought back erased again.
    // Returns how many were erased again.
    Result<int> prepare(const std::function<bool(qint64, qint64)> &progress = {});

    // The audit log shown complete and unchanged (data/AuditChain.h): entries written more than a
    // minute ago chained, then the whole chain recomputed. Needs ViewAudit.
    Result<data::ChainReport> verifyAudit(const Session &who, const std::function<bool(qint64)> &progress = {});

private:
    QString settledBefore() const;
    QString backupFolder(); // where the ledger's copy goes (SQLite's backups), empty on a server
    Context m_ctx;
};

} // namespace crm::services
