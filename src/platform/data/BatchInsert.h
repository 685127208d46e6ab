#pragma once
#include "data/Database.h"

namespace crm::data {

// Many rows into one table. SQLite: a few hundred to a statement, so a bulk load pays the
// driver's per-statement cost (prepare-lookup, reset, step, ~10 µs) once per batch instead of
// once per row; full batches share one cached prepared statement; every value is bound.
// PostgreSQL: COPY (Database::copyIn), the rows as data, never as SQL text.
class BatchInsert {
public:
    BatchInsert(Database &db, const QString &table, const QStringList &columns);
    // Writes a batch when it is full.
    Status add(const QVariantList &row);
    // Writes what is left; call before anything reads the table.
    Status flush();

private:
    QString statement(int rows) const;

    Database &m_db;
    QString m_head;  // INSERT INTO t(c1, c2, …) VALUES
    QString m_tuple; // (?, ?, …)
    int m_columns = 0;
    int m_perStatement = 1;
    QString m_full; // the statement for a full batch
    QVariantList m_pending;
    int m_rows = 0;
    // PostgreSQL
    bool m_copy = false;
    QString m_table;
    QStringList m_columnNames;
    QByteArray m_copyRows;
};

// A bulk load's inserts land all over the search-key and visit indexes: with SQLite's page
// cache at the session's 64 MB, a million-customer seed spent most of its time re-reading and
// re-writing index pages (250,000 customers in 22 minutes), and an import of a million rows
// slowed from 90 to 170 µs a row as its indexes outgrew the cache. 1 GB while the load runs
// (SQLite takes it as it needs it); nothing on PostgreSQL, whose buffers are the server's.
class BulkCache {
public:
    explicit BulkCache(Database &db);
    ~BulkCache();
    BulkCache(const BulkCache &) = delete;
    BulkCache &operator=(const BulkCache &) = delete;

private:
    Database &m_db;
    QVariant m_before; // the session's cache size, given back afterwards
};

} // namespace crm::data
