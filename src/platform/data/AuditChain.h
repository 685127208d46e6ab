#pragma once
// The audit log's hash chain: audit_chain holds, for each entry in id order, SHA-256 over the
// previous entry's hash and the entry's stored columns (sealed values as stored, so an erasure,
// which only destroys a key, changes nothing the chain covers). Entries are chained a settled
// minute after they are written (by prepare() at start, and before each verify) rather than as
// they are appended: chaining at append would make every audited transaction on a server wait for
// the one before it to commit, and deadlock with the row locks they hold.
#include "data/Database.h"

#include <QCoreApplication>
#include <functional>

namespace crm::data {

struct ChainReport {
    qint64 entries = 0;   // rows in audit_log
    qint64 chained = 0;   // of them, in the chain and matching it
    qint64 pending = 0;   // newer than the settled minute, not chained yet
    qint64 brokenAt = 0;  // the first entry whose stored columns no longer give its hash (0: none)
    qint64 missing = 0;   // chain links whose entry is gone from the log
    qint64 unchained = 0; // older entries the chain skipped (committed after a later one was chained)
    bool intact() const { return brokenAt == 0 && missing == 0; }
};

class AuditChain {
    Q_DECLARE_TR_FUNCTIONS(crm::data::AuditChain)
public:
    explicit AuditChain(Database &db) : m_db(db) {}
    // Chains, in id order, the entries not chained yet up to the first written at or after
    // `settledBefore` (UTC, stored form).
    Result<qint64> extend(const QString &settledBefore, const std::function<bool(qint64)> &progress = {});
    // Recomputes the chain over the whole log.
    Result<ChainReport> verify(const std::function<bool(qint64)> &progress = {});

private:
    Database &m_db;
};

} // namespace crm::data
