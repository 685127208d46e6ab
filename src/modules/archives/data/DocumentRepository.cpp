#include "archives/data/DocumentRepository.h"

#include "data/Rows.h"
using namespace Qt::StringLiterals;

namespace crm::data {
namespace {

const QString kSelect =
    u"SELECT id, customer_id, COALESCE(vehicle_id, 0), kind, file_name, stored_path, sha256, archive_location, created_at "
    "FROM documents "_s;
enum Column { Id, Customer, Vehicle, Kind, FileName, StoredPath, Sha256, ArchiveLocation, CreatedAt };

DocumentRow rowFrom(const QSqlQuery &q)
{
    return {q.value(Id).toLongLong(),   q.value(Customer).toLongLong(),      q.value(Vehicle).toLongLong(),
            q.value(Kind).toString(),   q.value(FileName).toString(),        q.value(StoredPath).toString(),
            q.value(Sha256).toString(), q.value(ArchiveLocation).toString(), q.value(CreatedAt).toString()};
}

} // namespace

Result<qint64> DocumentRepository::insert(const DocumentRow &d)
{
    return returnedId(
        m_db.exec(u"INSERT INTO documents(customer_id, vehicle_id, kind, file_name, stored_path, sha256, archive_location, "
                  "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                  {d.customerId, d.vehicleId > 0 ? QVariant(d.vehicleId) : QVariant(QMetaType(QMetaType::LongLong)), d.kind,
                   d.fileName, d.storedPath, d.sha256, Database::text(d.archiveLocation), d.createdAt}));
}

Result<QList<DocumentRow>> DocumentRepository::list(qint64 customerId)
{
    auto q = m_db.exec(kSelect + u"WHERE customer_id = ? AND deleted_at IS NULL ORDER BY id DESC"_s, {customerId});
    if (!q)
        return q.error();
    QList<DocumentRow> out;
    while (q->next())
        out << rowFrom(*q);
    return out;
}

Result<std::optional<DocumentRow>> DocumentRepository::document(qint64 id)
{
    auto q = m_db.exec(kSelect + u"WHERE id = ? AND deleted_at IS NULL"_s, {id});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<DocumentRow>();
    return std::optional<DocumentRow>(rowFrom(*q));
}

Status DocumentRepository::softDelete(qint64 id, const QString &at)
{
    CRM_TRY(m_db.exec(u"UPDATE documents SET deleted_at = ? WHERE id = ?"_s, {at, id}));
    return {};
}

Result<qint64> DocumentRepository::liveReferences(const QString &storedPath)
{
    auto n = m_db.scalar(u"SELECT COUNT(*) FROM documents WHERE stored_path = ? AND deleted_at IS NULL"_s, {storedPath});
    if (!n)
        return n.error();
    return n->toLongLong();
}

} // namespace crm::data
