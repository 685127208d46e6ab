#pragma once
#include "archives/data/CustomerRepository.h"

#include <random>

namespace crm::services {

// Deterministic generator of realistic archive data: Chinese names with real surname
// frequencies, mobiles, mainland plates (incl. 8-character new-energy plates) and VINs
// with correct check digits. The same seed always gives the same rows.
class DataGenerator {
public:
    // The VIN serials of different seeds start a million apart (another plant code), so a second
    // seed into the same database does not collide with the first.
    explicit DataGenerator(quint64 seed) : m_rng(seed), m_vinSerial((seed % 34) * 1000000) {}

    data::CustomerRow customer();
    data::VehicleRow vehicle(qint64 customerId, const QDate &today);
    QList<data::ServiceVisitRow> visits(const data::VehicleRow &v, qint64 vehicleId, const QDate &today);
    QString mobile();
    QString plate(bool newEnergy);
    QString vin(int modelYear);
    QString personName(bool male);
    int uniform(int lo, int hi); // inclusive
    double unit();               // [0, 1)

    static QStringList staffNames();

private:
    template <typename T, size_t N> const T &pick(const T (&arr)[N]) { return arr[size_t(uniform(0, int(N) - 1))]; }
    std::mt19937_64 m_rng;
    quint64 m_vinSerial;
};

} // namespace crm::services
