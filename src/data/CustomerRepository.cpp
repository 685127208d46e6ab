#include "data/CustomerRepository.h"

using namespace Qt::StringLiterals;

namespace crm::data {
namespace {
QVariant dateOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

Result<qint64> returnedId(const Result<QSqlQuery *> &q)
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
} // namespace

Result<qint64> CustomerRepository::insertCustomer(const CustomerRow &c, const QString &at)
{
    return returnedId(m_db.execCached(
        u"INSERT INTO customers(name, gender, mobile, city, address, source, birthday, vip, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
        {Database::text(c.name), Database::text(c.gender), Database::optional(c.mobile), Database::text(c.city),
         Database::text(c.address), Database::text(c.source), dateOrNull(c.birthday), c.vip ? 1 : 0, at, at}));
}

Result<qint64> CustomerRepository::insertVehicle(const VehicleRow &v, const QString &at)
{
    return returnedId(m_db.execCached(
        u"INSERT INTO vehicles(customer_id, vin, plate, brand, model, trim_level, colour, purchase_date, delivery_date, "
        "sales_consultant, mileage_km, insurance_expiry, status, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
        {v.customerId, Database::text(v.vin), Database::text(v.plate), Database::text(v.brand), Database::text(v.model),
         Database::text(v.trimLevel), Database::text(v.colour), dateOrNull(v.purchaseDate), dateOrNull(v.deliveryDate),
         Database::text(v.salesConsultant), v.mileageKm, dateOrNull(v.insuranceExpiry), Database::text(v.status), at, at}));
}

Result<qint64> CustomerRepository::insertVisit(const ServiceVisitRow &v, const QString &at)
{
    return returnedId(m_db.execCached(
        u"INSERT INTO service_visits(vehicle_id, customer_id, visit_date, kind, mileage_km, advisor, amount_fen, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
        {v.vehicleId, v.customerId, dateOrNull(v.visitDate), Database::text(v.kind), v.mileageKm, Database::text(v.advisor),
         v.amountFen, at}));
}

Result<qint64> CustomerRepository::countCustomers()
{
    auto v = m_db.scalar(u"SELECT COUNT(*) FROM customers WHERE deleted_at IS NULL"_s);
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<qint64> CustomerRepository::countVehicles()
{
    auto v = m_db.scalar(u"SELECT COUNT(*) FROM vehicles WHERE deleted_at IS NULL"_s);
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<qint64> CustomerRepository::countVisits()
{
    auto v = m_db.scalar(u"SELECT COUNT(*) FROM service_visits WHERE deleted_at IS NULL"_s);
    if (!v)
        return v.error();
    return v->toLongLong();
}

} // namespace crm::data
