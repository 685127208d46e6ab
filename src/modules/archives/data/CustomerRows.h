#pragma once
// Shared by the files of CustomerRepository (rows, bulk, list, merge, quality): how a row maps to
// its struct and the derived fields. Not for use outside them.
#include "archives/core/Completeness.h"
#include "archives/data/CustomerRepository.h"
#include "core/SearchKeys.h"
#include "data/Rows.h"

using namespace Qt::StringLiterals;

namespace crm::data::detail {

inline QVariant dateOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

inline QDate dateFrom(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

inline Result<qint64> returnedId(const Result<QSqlQuery *> &q)
{
    if (!q)
        return q.error();
    QSqlQuery *query = *q;
    if (!query->next())
        return Error::database(u"INSERT … RETURNING gave no row"_s, {});
    const qint64 id = query->value(0).toLongLong();
    query->finish();
    return id;
}

inline const QString kCustomerColumns =
    u"id, name, gender, mobile, other_phones, city, address, source, birthday, vip, created_at, updated_at"_s;

inline CustomerRow customerFrom(const QSqlQuery &q)
{
    CustomerRow c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.gender = q.value(2).toString();
    c.mobile = q.value(3).toString();
    c.otherPhones = q.value(4).toString();
    c.city = q.value(5).toString();
    c.address = q.value(6).toString();
    c.source = q.value(7).toString();
    c.birthday = dateFrom(q.value(8));
    c.vip = q.value(9).toInt() != 0;
    c.createdAt = q.value(10).toString();
    c.updatedAt = q.value(11).toString();
    return c;
}

inline const QString kVehicleColumns =
    u"id, customer_id, vin, plate, brand, model, trim_level, colour, purchase_date, delivery_date, sales_consultant, "
    "mileage_km, insurance_expiry, status, status_reason, last_paid_visit"_s;

inline VehicleRow vehicleFrom(const QSqlQuery &q)
{
    VehicleRow v;
    v.id = q.value(0).toLongLong();
    v.customerId = q.value(1).toLongLong();
    v.vin = q.value(2).toString();
    v.plate = q.value(3).toString();
    v.brand = q.value(4).toString();
    v.model = q.value(5).toString();
    v.trimLevel = q.value(6).toString();
    v.colour = q.value(7).toString();
    v.purchaseDate = dateFrom(q.value(8));
    v.deliveryDate = dateFrom(q.value(9));
    v.salesConsultant = q.value(10).toString();
    v.mileageKm = q.value(11).toInt();
    v.insuranceExpiry = dateFrom(q.value(12));
    v.status = q.value(13).toString();
    v.statusReason = q.value(14).toString();
    v.lastPaidVisit = dateFrom(q.value(15));
    return v;
}

// What is derived from a customer and the vehicles they own (live ones): the search keys and
// the completeness score. One place for refreshDerived and the bulk inserts.
struct Derived {
    int completeness = 0;
    QStringList searchKeys;
};
inline Derived derivedOf(const CustomerRow &c, const QList<VehicleRow> &vehicles)
{
    QStringList plates, vins;
    for (const VehicleRow &v : vehicles) {
        plates << v.plate;
        vins << v.vin;
    }
    return {Completeness::evaluate(CustomerRepository::completenessInput(c, vehicles)).value,
            SearchKeys::forCustomer(c.name, c.mobile, plates, vins)};
}

// The customer's last contact: latest paid visit, or delivery when there was none yet,
// over the vehicles still in the dealer's care (sold/scrapped/moved ones do not count).
inline const QString kLastContact = u"(SELECT MAX(COALESCE(v.last_paid_visit, v.delivery_date)) FROM vehicles v "
                                    "WHERE v.customer_id = c.id AND v.status = 'active' AND v.deleted_at IS NULL)"_s;

// The first column of every row.
inline Result<QStringList> strings(Result<QSqlQuery> q)
{
    if (!q)
        return q.error();
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

} // namespace crm::data::detail
