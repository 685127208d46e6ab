#include "archives/data/CustomerRepository.h"

#include "archives/data/CustomerRows.h"
#include "data/BatchInsert.h"

using namespace Qt::StringLiterals;

namespace crm::data {

using namespace detail;

Result<qint64> CustomerRepository::insertCustomer(const CustomerRow &c, const QString &at)
{
    auto id = returnedId(m_db.execCached(u"INSERT INTO customers(name, gender, mobile, other_phones, city, address, source, "
                                         u"birthday, vip, created_at, updated_at) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                                         {Database::text(c.name), Database::text(c.gender), Database::optional(c.mobile),
                                          Database::text(c.otherPhones), Database::text(c.city), Database::text(c.address),
                                          Database::text(c.source), dateOrNull(c.birthday), c.vip ? 1 : 0, at, at}));
    if (!id)
        return id;
    for (const QString &t : c.tags)
        CRM_TRY(m_db.execCached(u"INSERT INTO customer_tags(customer_id, tag) VALUES (?, ?)"_s, {*id, t}));
    return id;
}

Status CustomerRepository::updateCustomer(const CustomerRow &c, const QString &at)
{
    CRM_TRY(
        m_db.exec(u"UPDATE customers SET name = ?, gender = ?, mobile = ?, other_phones = ?, city = ?, address = ?, source = ?, "
                  "birthday = ?, vip = ?, updated_at = ? WHERE id = ?"_s,
                  {Database::text(c.name), Database::text(c.gender), Database::optional(c.mobile), Database::text(c.otherPhones),
                   Database::text(c.city), Database::text(c.address), Database::text(c.source), dateOrNull(c.birthday),
                   c.vip ? 1 : 0, at, c.id}));
    CRM_TRY(m_db.exec(u"DELETE FROM customer_tags WHERE customer_id = ?"_s, {c.id}));
    for (const QString &t : c.tags)
        CRM_TRY(m_db.exec(u"INSERT INTO customer_tags(customer_id, tag) VALUES (?, ?)"_s, {c.id, t}));
    return {};
}

Result<std::optional<CustomerRow>> CustomerRepository::customer(qint64 id)
{
    auto q = m_db.exec(u"SELECT "_s + kCustomerColumns + u" FROM customers WHERE id = ? AND deleted_at IS NULL"_s, {id});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<CustomerRow>();
    CustomerRow c = customerFrom(*q);
    auto tags = m_db.exec(u"SELECT tag FROM customer_tags WHERE customer_id = ? ORDER BY tag"_s, {id});
    if (!tags)
        return tags.error();
    while (tags->next())
        c.tags << tags->value(0).toString();
    return std::optional<CustomerRow>(c);
}

Result<std::optional<qint64>> CustomerRepository::customerIdByMobile(const QString &mobile, qint64 excludingId)
{
    auto q =
        m_db.execCached(u"SELECT id FROM customers WHERE mobile = ? AND id <> ? AND deleted_at IS NULL ORDER BY id LIMIT 1"_s,
                        {mobile, excludingId});
    if (!q)
        return q.error();
    const std::optional<qint64> id = (*q)->next() ? std::optional<qint64>((*q)->value(0).toLongLong()) : std::nullopt;
    (*q)->finish();
    return id;
}

Result<qint64> CustomerRepository::insertVehicle(const VehicleRow &v, const QString &at)
{
    auto id = returnedId(m_db.execCached(
        u"INSERT INTO vehicles(customer_id, vin, plate, brand, model, trim_level, colour, purchase_date, delivery_date, "
        "sales_consultant, mileage_km, insurance_expiry, status, status_reason, last_paid_visit, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
        {v.customerId, Database::text(v.vin), Database::text(v.plate), Database::text(v.brand), Database::text(v.model),
         Database::text(v.trimLevel), Database::text(v.colour), dateOrNull(v.purchaseDate), dateOrNull(v.deliveryDate),
         Database::text(v.salesConsultant), v.mileageKm, dateOrNull(v.insuranceExpiry), Database::text(v.status),
         Database::text(v.statusReason), dateOrNull(v.lastPaidVisit), at, at}));
    if (!id)
        return id;
    CRM_TRY(m_db.execCached(u"INSERT INTO vehicle_ownership(vehicle_id, customer_id, from_date) VALUES (?, ?, ?)"_s,
                            {*id, v.customerId, v.deliveryDate.isValid() ? v.deliveryDate.toString(Qt::ISODate) : at.left(10)}));
    return id;
}

Status CustomerRepository::updateVehicle(const VehicleRow &v, const QString &at)
{
    CRM_TRY(
        m_db.exec(u"UPDATE vehicles SET customer_id = ?, vin = ?, plate = ?, brand = ?, model = ?, trim_level = ?, colour = ?, "
                  "purchase_date = ?, delivery_date = ?, sales_consultant = ?, mileage_km = ?, insurance_expiry = ?, status = ?, "
                  "status_reason = ?, updated_at = ? WHERE id = ?"_s,
                  {v.customerId, Database::text(v.vin), Database::text(v.plate), Database::text(v.brand), Database::text(v.model),
                   Database::text(v.trimLevel), Database::text(v.colour), dateOrNull(v.purchaseDate), dateOrNull(v.deliveryDate),
                   Database::text(v.salesConsultant), v.mileageKm, dateOrNull(v.insuranceExpiry), Database::text(v.status),
                   Database::text(v.statusReason), at, v.id}));
    return {};
}

Result<QList<VehicleRow>> CustomerRepository::vehicles(qint64 customerId)
{
    auto q =
        m_db.exec(u"SELECT "_s + kVehicleColumns + u" FROM vehicles WHERE customer_id = ? AND deleted_at IS NULL ORDER BY id"_s,
                  {customerId});
    if (!q)
        return q.error();
    QList<VehicleRow> out;
    while (q->next())
        out << vehicleFrom(*q);
    return out;
}

Result<std::optional<VehicleRow>> CustomerRepository::vehicleByVin(const QString &vin)
{
    auto q = m_db.execCached(u"SELECT "_s + kVehicleColumns + u" FROM vehicles WHERE vin = ?"_s, {vin});
    if (!q)
        return q.error();
    const std::optional<VehicleRow> found = (*q)->next() ? std::optional<VehicleRow>(vehicleFrom(**q)) : std::nullopt;
    (*q)->finish();
    return found;
}

Result<bool> CustomerRepository::isLive(qint64 customerId)
{
    auto n = m_db.scalar(u"SELECT COUNT(*) FROM customers WHERE id = ? AND deleted_at IS NULL"_s, {customerId});
    if (!n)
        return n.error();
    return n->toInt() > 0;
}

Result<bool> CustomerRepository::isUnmerged(qint64 customerId)
{
    auto n = m_db.scalar(u"SELECT COUNT(*) FROM customers WHERE id = ? AND merged_into IS NULL"_s, {customerId});
    if (!n)
        return n.error();
    return n->toInt() > 0;
}

Result<bool> CustomerRepository::ownsVehicle(qint64 customerId, qint64 vehicleId)
{
    auto n = m_db.scalar(u"SELECT COUNT(*) FROM vehicles WHERE id = ? AND customer_id = ? AND deleted_at IS NULL"_s,
                         {vehicleId, customerId});
    if (!n)
        return n.error();
    return n->toInt() > 0;
}

Result<std::optional<VehicleRow>> CustomerRepository::vehicleById(qint64 id)
{
    auto q = m_db.exec(u"SELECT "_s + kVehicleColumns + u" FROM vehicles WHERE id = ? AND deleted_at IS NULL"_s, {id});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<VehicleRow>();
    return std::optional<VehicleRow>(vehicleFrom(*q));
}

Result<qint64> CustomerRepository::insertVisit(const ServiceVisitRow &v, const QString &at)
{
    return returnedId(m_db.execCached(
        u"INSERT INTO service_visits(vehicle_id, customer_id, visit_date, kind, mileage_km, advisor, amount_fen, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
        {v.vehicleId, v.customerId, dateOrNull(v.visitDate), Database::text(v.kind), v.mileageKm, Database::text(v.advisor),
         v.amountFen, at}));
}

Status CustomerRepository::transferVehicle(qint64 vehicleId, qint64 toCustomer, const QDate &date, const QString &note,
                                           const QString &at)
{
    const QString day = date.toString(Qt::ISODate);
    CRM_TRY(m_db.exec(u"UPDATE vehicle_ownership SET to_date = ? WHERE vehicle_id = ? AND to_date IS NULL"_s, {day, vehicleId}));
    CRM_TRY(m_db.exec(u"INSERT INTO vehicle_ownership(vehicle_id, customer_id, from_date, note) VALUES (?, ?, ?, ?)"_s,
                      {vehicleId, toCustomer, day, Database::text(note)}));
    CRM_TRY(m_db.exec(u"UPDATE vehicles SET customer_id = ?, updated_at = ? WHERE id = ?"_s, {toCustomer, at, vehicleId}));
    return {};
}

Result<QList<ConsentRow>> CustomerRepository::consents(qint64 customerId)
{
    auto q =
        m_db.exec(u"SELECT purpose, granted, recorded_at, how FROM customer_consents WHERE customer_id = ? ORDER BY purpose"_s,
                  {customerId});
    if (!q)
        return q.error();
    QList<ConsentRow> out;
    while (q->next())
        out << ConsentRow{q->value(0).toString(), q->value(1).toInt() != 0, q->value(2).toString(), q->value(3).toString()};
    return out;
}

Status CustomerRepository::setConsent(qint64 customerId, const ConsentRow &c)
{
    CRM_TRY(
        m_db.execCached(u"INSERT INTO customer_consents(customer_id, purpose, granted, recorded_at, how) VALUES (?, ?, ?, ?, ?) "
                        "ON CONFLICT(customer_id, purpose) DO UPDATE SET granted = excluded.granted, "
                        "recorded_at = excluded.recorded_at, how = excluded.how"_s,
                        {customerId, c.purpose, c.granted ? 1 : 0, c.recordedAt, Database::text(c.how)}));
    return {};
}

Status CustomerRepository::refreshLastPaidVisit(qint64 vehicleId)
{
    CRM_TRY(m_db.execCached(u"UPDATE vehicles SET last_paid_visit = (SELECT MAX(visit_date) FROM service_visits "
                            "WHERE vehicle_id = ? AND amount_fen > 0 AND deleted_at IS NULL) WHERE id = ?"_s,
                            {vehicleId, vehicleId}));
    return {};
}

Completeness::Input CustomerRepository::completenessInput(const CustomerRow &c, const QList<VehicleRow> &vehicles)
{
    Completeness::Input in;
    in.mobile = c.mobile;
    in.gender = c.gender;
    in.city = c.city;
    in.address = c.address;
    in.source = c.source;
    in.birthday = c.birthday;
    for (const VehicleRow &v : vehicles) {
        ++in.vehicles;
        in.vehiclesWithPlate += !v.plate.isEmpty();
        in.vehiclesWithDelivery += v.deliveryDate.isValid();
    }
    return in;
}

Status CustomerRepository::refreshDerived(qint64 customerId)
{
    auto c = m_db.execCached(u"SELECT name, mobile, gender, city, address, source, birthday FROM customers WHERE id = ?"_s,
                             {customerId});
    if (!c)
        return c.error();
    if (!(*c)->next())
        return {};
    CustomerRow customer;
    customer.name = (*c)->value(0).toString();
    customer.mobile = (*c)->value(1).toString();
    customer.gender = (*c)->value(2).toString();
    customer.city = (*c)->value(3).toString();
    customer.address = (*c)->value(4).toString();
    customer.source = (*c)->value(5).toString();
    customer.birthday = dateFrom((*c)->value(6));
    (*c)->finish();
    QList<VehicleRow> vehicles;
    auto v = m_db.execCached(u"SELECT plate, vin, delivery_date FROM vehicles WHERE customer_id = ? AND deleted_at IS NULL"_s,
                             {customerId});
    if (!v)
        return v.error();
    while ((*v)->next()) {
        VehicleRow vehicle;
        vehicle.plate = (*v)->value(0).toString();
        vehicle.vin = (*v)->value(1).toString();
        vehicle.deliveryDate = dateFrom((*v)->value(2));
        vehicles << vehicle;
    }
    (*v)->finish();
    const Derived d = derivedOf(customer, vehicles);
    CRM_TRY(m_db.execCached(u"DELETE FROM customer_search_keys WHERE customer_id = ?"_s, {customerId}));
    for (const QString &key : d.searchKeys)
        CRM_TRY(m_db.execCached(u"INSERT INTO customer_search_keys(key, customer_id) VALUES (?, ?)"_s, {key, customerId}));
    CRM_TRY(m_db.execCached(u"UPDATE customers SET completeness = ? WHERE id = ?"_s, {d.completeness, customerId}));
    return {};
}

} // namespace crm::data
