// CustomerRepository: the chunked import's lookups and multi-row writes.
#include "archives/data/CustomerRepository.h"

#include "archives/data/CustomerRows.h"
#include "data/BatchInsert.h"

using namespace Qt::StringLiterals;

namespace crm::data {

using namespace detail;

Result<QHash<QString, VehicleRow>> CustomerRepository::vehiclesByVin(const QStringList &vins)
{
    QHash<QString, VehicleRow> out;
    CRM_TRY(overInList(m_db, u"SELECT "_s + kVehicleColumns + u" FROM vehicles WHERE vin IN (%1)"_s, variants(vins),
                       [&out](const QSqlQuery &q) {
                           VehicleRow v = vehicleFrom(q);
                           out.insert(v.vin, v);
                       }));
    return out;
}

Result<QHash<QString, qint64>> CustomerRepository::customerIdsByMobile(const QStringList &mobiles)
{
    QHash<QString, qint64> out;
    CRM_TRY(overInList(
        m_db, u"SELECT mobile, MIN(id) FROM customers WHERE mobile IN (%1) AND deleted_at IS NULL GROUP BY mobile"_s,
        variants(mobiles), [&out](const QSqlQuery &q) { out.insert(q.value(0).toString(), q.value(1).toLongLong()); }));
    return out;
}

Result<QHash<qint64, CustomerRow>> CustomerRepository::liveCustomers(const QList<qint64> &ids)
{
    QHash<qint64, CustomerRow> out;
    CRM_TRY(overInList(m_db, u"SELECT "_s + kCustomerColumns + u" FROM customers WHERE id IN (%1) AND deleted_at IS NULL"_s,
                       variants(ids), [&out](const QSqlQuery &q) {
                           CustomerRow c = customerFrom(q);
                           out.insert(c.id, c);
                       }));
    CRM_TRY(overInList(m_db, u"SELECT customer_id, tag FROM customer_tags WHERE customer_id IN (%1) ORDER BY customer_id, tag"_s,
                       variants(ids), [&out](const QSqlQuery &q) {
                           auto it = out.find(q.value(0).toLongLong());
                           if (it != out.end())
                               it->tags << q.value(1).toString();
                       }));
    return out;
}

QString CustomerRepository::visitKey(qint64 vehicleId, const QDate &date, const QString &kind, qint64 amountFen)
{
    return u"%1|%2|%3|%4"_s.arg(vehicleId).arg(date.toString(Qt::ISODate), kind).arg(amountFen);
}

Result<QSet<QString>> CustomerRepository::visitKeys(const QList<qint64> &vehicleIds)
{
    QSet<QString> out;
    CRM_TRY(overInList(
        m_db,
        u"SELECT vehicle_id, visit_date, kind, amount_fen FROM service_visits WHERE vehicle_id IN (%1) AND deleted_at IS NULL"_s,
        variants(vehicleIds), [&out](const QSqlQuery &q) {
            out.insert(visitKey(q.value(0).toLongLong(), dateFrom(q.value(1)), q.value(2).toString(), q.value(3).toLongLong()));
        }));
    return out;
}

Status CustomerRepository::insertCustomers(const QList<CustomerRow> &rows, const QHash<qint64, QList<VehicleRow>> &vehiclesOf,
                                           const QString &at)
{
    // Every parent row before any row that refers to it: a batch is written when it is full,
    // and the key batches fill faster than the customer batch.
    BatchInsert customers(m_db, u"customers"_s,
                          {u"id"_s, u"name"_s, u"gender"_s, u"mobile"_s, u"other_phones"_s, u"city"_s, u"address"_s, u"source"_s,
                           u"birthday"_s, u"vip"_s, u"completeness"_s, u"created_at"_s, u"updated_at"_s});
    QList<QStringList> keysOf;
    keysOf.reserve(rows.size());
    for (const CustomerRow &c : rows) {
        const Derived d = derivedOf(c, vehiclesOf.value(c.id));
        CRM_TRY(customers.add({c.id, Database::text(c.name), Database::text(c.gender), Database::optional(c.mobile),
                               Database::text(c.otherPhones), Database::text(c.city), Database::text(c.address),
                               Database::text(c.source), dateOrNull(c.birthday), c.vip ? 1 : 0, d.completeness, at, at}));
        keysOf << d.searchKeys;
    }
    CRM_TRY(customers.flush());
    BatchInsert tags(m_db, u"customer_tags"_s, {u"customer_id"_s, u"tag"_s});
    BatchInsert keys(m_db, u"customer_search_keys"_s, {u"key"_s, u"customer_id"_s});
    for (qsizetype i = 0; i < rows.size(); ++i) {
        for (const QString &t : rows[i].tags)
            CRM_TRY(tags.add({rows[i].id, t}));
        for (const QString &k : std::as_const(keysOf[i]))
            CRM_TRY(keys.add({k, rows[i].id}));
    }
    CRM_TRY(tags.flush());
    return keys.flush();
}

Status CustomerRepository::insertVehicles(const QList<VehicleRow> &rows, const QStringList &ownershipFrom, const QString &at)
{
    BatchInsert vehicles(m_db, u"vehicles"_s,
                         {u"id"_s, u"customer_id"_s, u"vin"_s, u"plate"_s, u"brand"_s, u"model"_s, u"trim_level"_s, u"colour"_s,
                          u"purchase_date"_s, u"delivery_date"_s, u"sales_consultant"_s, u"mileage_km"_s, u"insurance_expiry"_s,
                          u"status"_s, u"status_reason"_s, u"last_paid_visit"_s, u"created_at"_s, u"updated_at"_s});
    for (const VehicleRow &v : rows)
        CRM_TRY(vehicles.add({v.id, v.customerId, Database::text(v.vin), Database::text(v.plate), Database::text(v.brand),
                              Database::text(v.model), Database::text(v.trimLevel), Database::text(v.colour),
                              dateOrNull(v.purchaseDate), dateOrNull(v.deliveryDate), Database::text(v.salesConsultant),
                              v.mileageKm, dateOrNull(v.insuranceExpiry), Database::text(v.status),
                              Database::text(v.statusReason), dateOrNull(v.lastPaidVisit), at, at}));
    CRM_TRY(vehicles.flush()); // before the ownership rows that refer to them
    BatchInsert ownership(m_db, u"vehicle_ownership"_s, {u"vehicle_id"_s, u"customer_id"_s, u"from_date"_s});
    for (qsizetype i = 0; i < rows.size(); ++i)
        CRM_TRY(ownership.add({rows[i].id, rows[i].customerId, ownershipFrom.at(i)}));
    return ownership.flush();
}

Status CustomerRepository::insertVisits(const QList<ServiceVisitRow> &rows, const QString &at)
{
    BatchInsert visits(m_db, u"service_visits"_s,
                       {u"vehicle_id"_s, u"customer_id"_s, u"visit_date"_s, u"kind"_s, u"mileage_km"_s, u"advisor"_s,
                        u"amount_fen"_s, u"created_at"_s});
    for (const ServiceVisitRow &v : rows)
        CRM_TRY(visits.add({v.vehicleId, v.customerId, dateOrNull(v.visitDate), Database::text(v.kind), v.mileageKm,
                            Database::text(v.advisor), v.amountFen, at}));
    return visits.flush();
}

QStringList CustomerRepository::bulkTables()
{
    return {u"customers"_s, u"customer_search_keys"_s, u"customer_tags"_s, u"customer_consents"_s,
            u"vehicles"_s,  u"vehicle_ownership"_s,    u"service_visits"_s};
}

Status CustomerRepository::insertConsents(const QList<qint64> &customerIds, const ConsentRow &c)
{
    BatchInsert consents(m_db, u"customer_consents"_s,
                         {u"customer_id"_s, u"purpose"_s, u"granted"_s, u"recorded_at"_s, u"how"_s});
    for (qint64 id : customerIds)
        CRM_TRY(consents.add({id, c.purpose, c.granted ? 1 : 0, c.recordedAt, Database::text(c.how)}));
    return consents.flush();
}

} // namespace crm::data
