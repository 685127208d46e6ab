#include "archives/data/CustomerRepository.h"

#include "archives/data/CustomerData.h"

#include "archives/core/Completeness.h"
#include "core/SearchKeys.h"
#include "data/BatchInsert.h"

using namespace Qt::StringLiterals;

namespace crm::data {
namespace {
QVariant dateOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QDate dateFrom(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
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

const QString kCustomerColumns =
    u"id, name, gender, mobile, other_phones, city, address, source, birthday, vip, created_at, updated_at"_s;

CustomerRow customerFrom(const QSqlQuery &q)
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

const QString kVehicleColumns =
    u"id, customer_id, vin, plate, brand, model, trim_level, colour, purchase_date, delivery_date, sales_consultant, "
    "mileage_km, insurance_expiry, status, status_reason, last_paid_visit"_s;

VehicleRow vehicleFrom(const QSqlQuery &q)
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

// Runs `sql` — one %1 where the placeholders of an IN list go — over `values`, kInList to a
// statement; the last list is padded with its last value so every statement is the same
// cached text (a repeated value in an IN list changes nothing).
constexpr int kInList = 500;
template <typename OnRow> Status overInList(Database &db, const QString &sql, const QVariantList &values, OnRow &&onRow)
{
    if (values.isEmpty())
        return {};
    const QString text = sql.arg(QStringList(kInList, u"?"_s).join(u", "_s));
    for (qsizetype from = 0; from < values.size(); from += kInList) {
        QVariantList binds = values.mid(from, kInList);
        while (binds.size() < kInList)
            binds << binds.last();
        auto q = db.execCached(text, binds);
        if (!q)
            return q.error();
        while ((*q)->next())
            onRow(**q);
        (*q)->finish();
    }
    return {};
}

template <typename T> QVariantList variants(const QList<T> &values)
{
    QVariantList out;
    out.reserve(values.size());
    for (const T &v : values)
        out << QVariant::fromValue(v);
    return out;
}

// What is derived from a customer and the vehicles they own (live ones): the search keys and
// the completeness score. One place for refreshDerived and the bulk inserts.
struct Derived {
    int completeness = 0;
    QStringList searchKeys;
};
Derived derivedOf(const CustomerRow &c, const QList<VehicleRow> &vehicles)
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
const QString kLastContact = u"(SELECT MAX(COALESCE(v.last_paid_visit, v.delivery_date)) FROM vehicles v "
                             "WHERE v.customer_id = c.id AND v.status = 'active' AND v.deleted_at IS NULL)"_s;
} // namespace

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

Status CustomerRepository::insertConsents(const QList<qint64> &customerIds, const ConsentRow &c)
{
    BatchInsert consents(m_db, u"customer_consents"_s,
                         {u"customer_id"_s, u"purpose"_s, u"granted"_s, u"recorded_at"_s, u"how"_s});
    for (qint64 id : customerIds)
        CRM_TRY(consents.add({id, c.purpose, c.granted ? 1 : 0, c.recordedAt, Database::text(c.how)}));
    return consents.flush();
}

QString CustomerRepository::whereClause(const CustomerQuery &q, QVariantList &binds) const
{
    // Built from fixed fragments only; every value is bound. Absent filters add nothing,
    // so each combination gets a plan that uses its index.
    QString w = u" WHERE c.deleted_at IS NULL"_s;
    if (!q.search.isEmpty()) {
        w += u" AND c.id IN (SELECT k.customer_id FROM customer_search_keys k WHERE "_s +
             m_db.dialect().prefixCondition(u"k.key"_s) + u')';
        binds << m_db.dialect().prefixPattern(SearchKeys::normaliseQuery(q.search));
    }
    if (!q.city.isEmpty()) {
        w += u" AND c.city = ?"_s;
        binds << q.city;
    }
    if (!q.source.isEmpty()) {
        w += u" AND c.source = ?"_s;
        binds << q.source;
    }
    if (q.vip >= 0) {
        w += u" AND c.vip = ?"_s;
        binds << q.vip;
    }
    if (!q.tag.isEmpty()) {
        w += u" AND EXISTS (SELECT 1 FROM customer_tags t WHERE t.customer_id = c.id AND t.tag = ?)"_s;
        binds << q.tag;
    }
    if (!q.model.isEmpty()) {
        w += u" AND EXISTS (SELECT 1 FROM vehicles mv WHERE mv.customer_id = c.id AND mv.model = ? AND mv.deleted_at IS NULL)"_s;
        binds << q.model;
    }
    const QString risk = q.atRiskBefore.toString(Qt::ISODate), lost = q.lostBefore.toString(Qt::ISODate);
    switch (q.churn) {
    case ChurnState::Any:
        break;
    case ChurnState::Active:
        w += u" AND "_s + kLastContact + u" >= ?"_s;
        binds << risk;
        break;
    case ChurnState::AtRisk:
        w += u" AND "_s + kLastContact + u" < ? AND "_s + kLastContact + u" >= ?"_s;
        binds << risk << lost;
        break;
    case ChurnState::Lost:
        w += u" AND "_s + kLastContact + u" < ?"_s;
        binds << lost;
        break;
    }
    return w;
}

ListCursor CustomerRepository::cursorOf(const CustomerQuery &q, const CustomerListRow &last)
{
    switch (q.sort) {
    case CustomerQuery::Sort::Name:
        return {last.name, last.id};
    case CustomerQuery::Sort::City:
        return {last.city, last.id};
    case CustomerQuery::Sort::Newest:
        break;
    }
    return {{}, last.id};
}

namespace {
// The list's sort column ("" = newest first, by id) and its ORDER BY, forwards or from the end.
QString sortColumn(CustomerQuery::Sort s)
{
    switch (s) {
    case CustomerQuery::Sort::Name:
        return u"c.name"_s;
    case CustomerQuery::Sort::City:
        return u"c.city"_s;
    case CustomerQuery::Sort::Newest:
        break;
    }
    return {};
}

QString orderBy(CustomerQuery::Sort s, bool fromEnd)
{
    const QString column = sortColumn(s);
    if (column.isEmpty())
        return fromEnd ? u" ORDER BY c.id"_s : u" ORDER BY c.id DESC"_s;
    return fromEnd ? u" ORDER BY "_s + column + u" DESC, c.id DESC"_s : u" ORDER BY "_s + column + u", c.id"_s;
}
} // namespace

Result<std::optional<ListCursor>> CustomerRepository::cursorAt(const CustomerQuery &q, qint64 position, qint64 total)
{
    // OFFSET walks the sort's partial index (migration 0017), so its cost is the distance:
    // counted from whichever end of the list is nearer, the last row costs what the first does.
    const bool fromEnd = total > 0 && position >= total / 2;
    const qint64 offset = fromEnd ? total - 1 - position : position;
    if (position < 0 || offset < 0)
        return std::optional<ListCursor>();
    QVariantList binds;
    const QString column = sortColumn(q.sort);
    QString sql = u"SELECT "_s + (column.isEmpty() ? u"''"_s : column) + u", c.id FROM customers c"_s + whereClause(q, binds) +
                  orderBy(q.sort, fromEnd) + u" LIMIT 1 OFFSET ?"_s;
    binds << offset;
    auto row = m_db.exec(sql, binds);
    if (!row)
        return row.error();
    if (!row->next())
        return std::optional<ListCursor>();
    return std::optional<ListCursor>(ListCursor{row->value(0).toString(), row->value(1).toLongLong()});
}

Result<QList<CustomerListRow>> CustomerRepository::page(const CustomerQuery &q, const std::optional<ListCursor> &after, int limit)
{
    QVariantList binds;
    QString sql = u"SELECT c.id, c.name, c.gender, c.mobile, c.city, c.source, c.vip FROM customers c"_s + whereClause(q, binds);
    const QString column = sortColumn(q.sort);
    if (after && column.isEmpty()) {
        sql += u" AND c.id < ?"_s;
        binds << after->id;
    } else if (after) {
        // A row value, not "a > ? OR (a = ? AND id > ?)": with bound values SQLite's plan for
        // the OR read the sort index from its start (91 ms for the last page of a million).
        sql += u" AND ("_s + column + u", c.id) > (?, ?)"_s;
        binds << after->sortValue << after->id;
    }
    sql += orderBy(q.sort, false);
    sql += u" LIMIT ?"_s;
    binds << limit;
    auto rows = m_db.exec(sql, binds);
    if (!rows)
        return rows.error();
    QList<CustomerListRow> out;
    QHash<qint64, qsizetype> index;
    while (rows->next()) {
        CustomerListRow r;
        r.id = rows->value(0).toLongLong();
        r.name = rows->value(1).toString();
        r.gender = rows->value(2).toString();
        r.mobile = rows->value(3).toString();
        r.city = rows->value(4).toString();
        r.source = rows->value(5).toString();
        r.vip = rows->value(6).toInt() != 0;
        index.insert(r.id, out.size());
        out << r;
    }
    if (out.isEmpty())
        return out;
    // The vehicles of this page in one query.
    QStringList marks;
    QVariantList ids;
    for (const CustomerListRow &r : out) {
        marks << u"?"_s;
        ids << r.id;
    }
    auto v = m_db.exec(u"SELECT customer_id, model, plate, status, COALESCE(last_paid_visit, delivery_date) FROM vehicles "
                       "WHERE deleted_at IS NULL AND customer_id IN ("_s +
                           marks.join(u',') + u") ORDER BY id"_s,
                       ids);
    if (!v)
        return v.error();
    while (v->next()) {
        CustomerListRow &r = out[index.value(v->value(0).toLongLong())];
        const QString model = v->value(1).toString();
        if (!r.models.split(u", "_s).contains(model))
            r.models = r.models.isEmpty() ? model : r.models + u", "_s + model;
        r.plates = r.plates.isEmpty() ? v->value(2).toString() : r.plates + u", "_s + v->value(2).toString();
        const QDate last = dateFrom(v->value(4));
        if (v->value(3).toString() == u"active"_s && last.isValid() && (!r.lastContact.isValid() || last > r.lastContact))
            r.lastContact = last;
    }
    return out;
}

Result<qint64> CustomerRepository::count(const CustomerQuery &q)
{
    QVariantList binds;
    auto v = m_db.scalar(u"SELECT COUNT(*) FROM customers c"_s + whereClause(q, binds), binds);
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<QList<TimelineEntry>> CustomerRepository::timeline(qint64 customerId)
{
    // One list of everything that happened to this customer; modules add their UNION parts.
    auto q = m_db.exec(
        u"SELECT s.visit_date AS d, 'visit' AS kind, s.kind AS sub, v.model || ' ' || v.plate AS title, s.advisor AS person, "
        "s.mileage_km AS km, s.amount_fen AS amount FROM service_visits s JOIN vehicles v ON v.id = s.vehicle_id "
        "WHERE s.customer_id = ? AND s.deleted_at IS NULL "
        "UNION ALL SELECT delivery_date, 'delivery', '', model || ' ' || plate, sales_consultant, 0, 0 FROM vehicles "
        "WHERE customer_id = ? AND delivery_date IS NOT NULL AND deleted_at IS NULL "
        "UNION ALL SELECT o.from_date, 'ownership', '', v.model || ' ' || v.plate, o.note, 0, 0 FROM vehicle_ownership o "
        "JOIN vehicles v ON v.id = o.vehicle_id WHERE o.customer_id = ? AND o.from_date <> COALESCE(v.delivery_date, '') "
        "UNION ALL SELECT substr(created_at, 1, 10), 'document', kind, file_name, archive_location, 0, 0 FROM documents "
        "WHERE customer_id = ? AND deleted_at IS NULL "
        "UNION ALL SELECT o.to_date, 'ownership_end', '', v.model || ' ' || v.plate, o.note, 0, 0 FROM vehicle_ownership o "
        "JOIN vehicles v ON v.id = o.vehicle_id WHERE o.customer_id = ? AND o.to_date IS NOT NULL "
        "UNION ALL SELECT substr(c.called_at, 1, 10), 'call', c.outcome, t.kind, u.display_name, 0, 0 FROM followup_calls c "
        "JOIN followup_tasks t ON t.id = c.task_id LEFT JOIN users u ON u.id = c.agent_id WHERE c.customer_id = ? "
        "UNION ALL SELECT substr(scheduled_at, 1, 10), 'appointment', service_kind, substr(scheduled_at, 12, 5) || ' ' || notes, "
        "created_by, 0, 0 FROM appointments WHERE customer_id = ? AND status <> 'cancelled' "
        "UNION ALL SELECT substr(registered_at, 1, 10), 'complaint', status, number || ' ' || category, created_by, 0, "
        "compensation_fen "
        "FROM complaints WHERE customer_id = ? "
        "UNION ALL SELECT substr(at, 1, 10), 'club', kind, detail, created_by, 0, 0 FROM club_events WHERE customer_id = ? "
        "UNION ALL SELECT substr(starts_at, 1, 10), 'member_service', kind, substr(starts_at, 12, 5) || ' ' || status, "
        "created_by, 0, 0 "
        "FROM member_services WHERE customer_id = ? "
        "ORDER BY d DESC, kind"_s,
        {customerId, customerId, customerId, customerId, customerId, customerId, customerId, customerId, customerId, customerId});
    if (!q)
        return q.error();
    QList<TimelineEntry> out;
    while (q->next()) {
        TimelineEntry e;
        e.date = dateFrom(q->value(0));
        e.kind = q->value(1).toString();
        e.subKind = q->value(2).toString();
        e.title = q->value(3).toString();
        e.person = q->value(4).toString();
        e.mileageKm = q->value(5).toInt();
        e.amountFen = q->value(6).toLongLong();
        out << e;
    }
    return out;
}

static Result<QStringList> strings(Result<QSqlQuery> q)
{
    if (!q)
        return q.error();
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

Result<QStringList> CustomerRepository::topCities(int limit)
{
    return strings(m_db.exec(u"SELECT city FROM customers WHERE deleted_at IS NULL AND city <> '' "
                             "GROUP BY city ORDER BY COUNT(*) DESC, city LIMIT ?"_s,
                             {limit}));
}

Result<QStringList> CustomerRepository::topModels(int limit)
{
    return strings(m_db.exec(u"SELECT model FROM vehicles WHERE deleted_at IS NULL AND model <> '' "
                             "GROUP BY model ORDER BY COUNT(*) DESC, model LIMIT ?"_s,
                             {limit}));
}

namespace {
// Rows that belong to a customer and move with a merge. (customer_tags and customer_consents are
// keyed by customer and copied instead; customer_search_keys are rebuilt.)
} // namespace

Result<QMap<QString, QList<qint64>>> CustomerRepository::moveOwnedRows(qint64 from, qint64 to)
{
    QMap<QString, QList<qint64>> moved;
    for (const QString &table : tablesMovedOnMerge()) {
        // Table names come from the modules' declared parts (CustomerData.h), never from input.
        auto ids = m_db.exec(u"SELECT id FROM "_s + table + u" WHERE customer_id = ? ORDER BY id"_s, {from});
        if (!ids)
            return ids.error();
        QList<qint64> list;
        while (ids->next())
            list << ids->value(0).toLongLong();
        if (list.isEmpty())
            continue;
        CRM_TRY(m_db.exec(u"UPDATE "_s + table + u" SET customer_id = ? WHERE customer_id = ?"_s, {to, from}));
        moved.insert(table, list);
    }
    return moved;
}

Status CustomerRepository::moveRowsTo(const QMap<QString, QList<qint64>> &rows, qint64 to)
{
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        if (!tablesMovedOnMerge().contains(it.key()))
            return Error::invalid(u"unknown table %1"_s.arg(it.key()));
        for (qint64 id : it.value())
            CRM_TRY(m_db.exec(u"UPDATE "_s + it.key() + u" SET customer_id = ? WHERE id = ?"_s, {to, id}));
    }
    return {};
}

Result<QStringList> CustomerRepository::copyMissingTags(qint64 from, qint64 to)
{
    auto q = m_db.exec(u"SELECT tag FROM customer_tags t WHERE customer_id = ? AND NOT EXISTS "
                       "(SELECT 1 FROM customer_tags s WHERE s.customer_id = ? AND s.tag = t.tag) ORDER BY tag"_s,
                       {from, to});
    if (!q)
        return q.error();
    QStringList tags;
    while (q->next())
        tags << q->value(0).toString();
    for (const QString &t : tags)
        CRM_TRY(m_db.exec(u"INSERT INTO customer_tags(customer_id, tag) VALUES (?, ?)"_s, {to, t}));
    return tags;
}

Status CustomerRepository::removeTags(qint64 customerId, const QStringList &tags)
{
    for (const QString &t : tags)
        CRM_TRY(m_db.exec(u"DELETE FROM customer_tags WHERE customer_id = ? AND tag = ?"_s, {customerId, t}));
    return {};
}

Result<QStringList> CustomerRepository::copyMissingConsents(qint64 from, qint64 to)
{
    auto q = m_db.exec(u"SELECT purpose FROM customer_consents d WHERE customer_id = ? AND NOT EXISTS "
                       "(SELECT 1 FROM customer_consents s WHERE s.customer_id = ? AND s.purpose = d.purpose) ORDER BY purpose"_s,
                       {from, to});
    if (!q)
        return q.error();
    QStringList purposes;
    while (q->next())
        purposes << q->value(0).toString();
    for (const QString &p : purposes)
        CRM_TRY(m_db.exec(
            u"INSERT INTO customer_consents(customer_id, purpose, granted, recorded_at, how) "
            "SELECT ?, purpose, granted, recorded_at, how FROM customer_consents WHERE customer_id = ? AND purpose = ?"_s,
            {to, from, p}));
    return purposes;
}

Result<QList<ConsentRow>> CustomerRepository::applyWithdrawals(qint64 from, qint64 to)
{
    auto q = m_db.exec(u"SELECT s.purpose, s.granted, s.recorded_at, s.how, d.recorded_at, d.how FROM customer_consents s "
                       "JOIN customer_consents d ON d.purpose = s.purpose AND d.customer_id = ? "
                       "WHERE s.customer_id = ? AND s.granted = 1 AND d.granted = 0"_s,
                       {from, to});
    if (!q)
        return q.error();
    QList<ConsentRow> previous;
    QList<QPair<QString, QString>> withdrawal; // recorded_at, how
    while (q->next()) {
        previous << ConsentRow{q->value(0).toString(), true, q->value(2).toString(), q->value(3).toString()};
        withdrawal << qMakePair(q->value(4).toString(), q->value(5).toString());
    }
    for (int i = 0; i < previous.size(); ++i)
        CRM_TRY(setConsent(to, {previous[i].purpose, false, withdrawal[i].first, withdrawal[i].second}));
    return previous;
}

Result<QStringList> CustomerRepository::copyMissingOptouts(qint64 from, qint64 to)
{
    auto q = m_db.exec(
        u"SELECT contact_type FROM customer_optouts d WHERE customer_id = ? AND NOT EXISTS "
        "(SELECT 1 FROM customer_optouts s WHERE s.customer_id = ? AND s.contact_type = d.contact_type) ORDER BY contact_type"_s,
        {from, to});
    if (!q)
        return q.error();
    QStringList types;
    while (q->next())
        types << q->value(0).toString();
    for (const QString &t : types)
        CRM_TRY(m_db.exec(
            u"INSERT INTO customer_optouts(customer_id, contact_type, reason, created_at, created_by) "
            "SELECT ?, contact_type, reason, created_at, created_by FROM customer_optouts WHERE customer_id = ? AND contact_type = ?"_s,
            {to, from, t}));
    return types;
}

Status CustomerRepository::removeConsents(qint64 customerId, const QStringList &purposes)
{
    for (const QString &p : purposes)
        CRM_TRY(m_db.exec(u"DELETE FROM customer_consents WHERE customer_id = ? AND purpose = ?"_s, {customerId, p}));
    return {};
}

Status CustomerRepository::removeOptouts(qint64 customerId, const QStringList &types)
{
    for (const QString &t : types)
        CRM_TRY(m_db.exec(u"DELETE FROM customer_optouts WHERE customer_id = ? AND contact_type = ?"_s, {customerId, t}));
    return {};
}

Status CustomerRepository::setMergedInto(qint64 customerId, std::optional<qint64> survivor, const QString &at)
{
    if (survivor) {
        CRM_TRY(m_db.exec(u"UPDATE customers SET merged_into = ?, deleted_at = ?, updated_at = ? WHERE id = ?"_s,
                          {*survivor, at, at, customerId}));
        CRM_TRY(m_db.exec(u"DELETE FROM customer_search_keys WHERE customer_id = ?"_s, {customerId}));
    } else {
        CRM_TRY(m_db.exec(u"UPDATE customers SET merged_into = NULL, deleted_at = NULL, updated_at = ? WHERE id = ?"_s,
                          {at, customerId}));
    }
    return {};
}

Result<std::optional<qint64>> CustomerRepository::mergedInto(qint64 customerId)
{
    auto v = m_db.scalar(u"SELECT merged_into FROM customers WHERE id = ?"_s, {customerId});
    if (!v)
        return v.error();
    return v->isNull() ? std::optional<qint64>() : std::optional<qint64>(v->toLongLong());
}

Result<QList<DuplicateGroup>> CustomerRepository::duplicateMobiles(int limit)
{
    auto q = m_db.exec(u"SELECT c.mobile, c.id, c.name FROM customers c JOIN (SELECT mobile FROM customers "
                       "WHERE deleted_at IS NULL AND mobile IS NOT NULL GROUP BY mobile HAVING COUNT(*) > 1 "
                       "ORDER BY COUNT(*) DESC, mobile LIMIT ?) d ON d.mobile = c.mobile WHERE c.deleted_at IS NULL "
                       "ORDER BY c.mobile, c.id"_s,
                       {limit});
    if (!q)
        return q.error();
    QList<DuplicateGroup> out;
    while (q->next()) {
        const QString mobile = q->value(0).toString();
        if (out.isEmpty() || out.last().mobile != mobile)
            out << DuplicateGroup{mobile, {}, {}};
        out.last().customerIds << q->value(1).toLongLong();
        out.last().names << q->value(2).toString();
    }
    return out;
}

Result<QList<qint64>> CustomerRepository::completenessHistogram()
{
    auto q =
        m_db.exec(u"SELECT completeness / 10, COUNT(*) FROM customers WHERE deleted_at IS NULL GROUP BY completeness / 10"_s);
    if (!q)
        return q.error();
    QList<qint64> bands(11, 0);
    while (q->next())
        bands[qBound(0, q->value(0).toInt(), 10)] += q->value(1).toLongLong();
    return bands;
}

Result<QList<QPair<qint64, int>>> CustomerRepository::leastComplete(int limit)
{
    auto q = m_db.exec(u"SELECT id, completeness FROM customers WHERE deleted_at IS NULL ORDER BY completeness, id LIMIT ?"_s,
                       {limit});
    if (!q)
        return q.error();
    QList<QPair<qint64, int>> out;
    while (q->next())
        out << qMakePair(q->value(0).toLongLong(), q->value(1).toInt());
    return out;
}

Result<QStringList> CustomerRepository::topTags(int limit)
{
    return strings(m_db.exec(u"SELECT tag FROM customer_tags GROUP BY tag ORDER BY COUNT(*) DESC, tag LIMIT ?"_s, {limit}));
}

Result<qint64> CustomerRepository::countCustomers()
{
    return countLive(u"customers"_s);
}

Result<qint64> CustomerRepository::countVehicles()
{
    return countLive(u"vehicles"_s);
}

Result<qint64> CustomerRepository::countVisits()
{
    return countLive(u"service_visits"_s);
}

Result<qint64> CustomerRepository::countLive(const QString &table)
{
    auto v = m_db.scalar(u"SELECT COUNT(*) FROM "_s + table + u" WHERE deleted_at IS NULL"_s); // fixed table names only
    if (!v)
        return v.error();
    return v->toLongLong();
}

} // namespace crm::data
