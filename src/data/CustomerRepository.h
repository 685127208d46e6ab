#pragma once
#include "data/Database.h"

#include <QDate>

namespace crm::data {

struct CustomerRow {
    qint64 id = 0;
    QString name;
    QString gender;      // "", "M", "F"
    QString mobile;      // normalised 11 digits
    QString city;
    QString address;
    QString source;
    QDate birthday;
    bool vip = false;
};

struct VehicleRow {
    qint64 id = 0;
    qint64 customerId = 0;
    QString vin, plate, brand, model, trimLevel, colour, salesConsultant;
    QDate purchaseDate, deliveryDate, insuranceExpiry;
    int mileageKm = 0;
    QString status = QStringLiteral("active");
};

struct ServiceVisitRow {
    qint64 id = 0;
    qint64 vehicleId = 0;
    qint64 customerId = 0;
    QDate visitDate;
    QString kind;        // maintenance, repair, warranty, accident
    int mileageKm = 0;
    QString advisor;
    qint64 amountFen = 0;
};

// Customers aggregate (customers, their vehicles and service visits). The inserts reuse
// one prepared statement each, so the seeders and importers can call them in tight loops.
class CustomerRepository {
public:
    explicit CustomerRepository(Database &db) : m_db(db) {}
    Result<qint64> insertCustomer(const CustomerRow &c, const QString &at);
    Result<qint64> insertVehicle(const VehicleRow &v, const QString &at);
    Result<qint64> insertVisit(const ServiceVisitRow &v, const QString &at);
    Result<qint64> countCustomers();
    Result<qint64> countVehicles();
    Result<qint64> countVisits();

private:
    Database &m_db;
};

} // namespace crm::data
