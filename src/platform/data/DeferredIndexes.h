#pragma once

#include "data/Database.h"

namespace crm::data {

// A bulk load into big tables pays a B-tree insertion in random key order into every secondary
// index for every row (a seeded customer lands in nine customer indexes, a task in seven); an
// index built afterwards is one sort. drop() takes the named tables' non-unique indexes away —
// unique ones stay, they are constraints — and restore() builds them again. Their definitions are
// kept in `deferred_indexes`, written in the dropping transaction, so a load that is interrupted
// (crash, cancel, power) leaves them there and the next migrate builds them (restorePending).
// Indexes a trigger on the loaded tables reads are named in `keep`, or every row would scan. On
// PostgreSQL only the tables' owner may drop their indexes: a desk role's load keeps them.
class DeferredIndexes {
public:
    DeferredIndexes(Database &db, QStringList tables, QStringList keep = {});
    ~DeferredIndexes(); // builds what drop() took if restore() was not called (errors logged)
    DeferredIndexes(const DeferredIndexes &) = delete;
    DeferredIndexes &operator=(const DeferredIndexes &) = delete;

    Status drop();
    Status restore();
    // The indexes dropped (by this object or by an earlier, interrupted load), in build order.
    static Result<QStringList> pending(Database &db);
    static Status restorePending(Database &db);

private:
    Database &m_db;
    QStringList m_tables, m_keep;
    bool m_dropped = false;
};

} // namespace crm::data
