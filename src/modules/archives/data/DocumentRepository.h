#pragma once
#include "data/Database.h"

#include <optional>

namespace crm::data {

struct DocumentRow {
    qint64 id = 0;
    qint64 customerId = 0;
    qint64 vehicleId = 0;
    QString kind;       // purchase_contract, maintenance_record, work_order, settlement, other
    QString fileName;   // as the user named it
    QString storedPath; // relative to the store: ab/abcdef….pdf
    QString sha256;
    QString archiveLocation; // where the paper is: cabinet / box
    QString createdAt;
};

// The customer's filed documents (`documents`); the files themselves are in the document store.
// The caller owns the transaction.
class DocumentRepository {
public:
    explicit DocumentRepository(Database &db) : m_db(db) {}

    Result<qint64> insert(const DocumentRow &d);
    // Live documents of the customer, newest first.
    Result<QList<DocumentRow>> list(qint64 customerId);
    Result<std::optional<DocumentRow>> document(qint64 id);
    Status softDelete(qint64 id, const QString &at);
    // Live documents whose file is `storedPath` (the store keeps one file for equal contents).
    Result<qint64> liveReferences(const QString &storedPath);

private:
    Database &m_db;
};

} // namespace crm::data
