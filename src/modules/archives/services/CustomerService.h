#pragma once
#include "archives/data/CustomerRepository.h"
#include "services/Guard.h"

namespace crm::services {

// What a person enters; validated and normalised by CustomerService::validate.
struct CustomerInput {
    QString name, gender, mobile, otherPhones, city, address, source;
    QDate birthday;
    bool vip = false;
    QStringList tags;
};

struct VehicleInput {
    QString vin, plate, brand, model, trimLevel, colour, salesConsultant;
    QDate purchaseDate, deliveryDate, insuranceExpiry;
    int mileageKm = 0;
    QString status = QStringLiteral("active");
    QString statusReason;
};

struct CustomerCard {
    data::CustomerRow customer; // mobile masked
    QList<data::VehicleRow> vehicles;
    QList<data::TimelineEntry> timeline;
    QList<data::ConsentRow> consents;
};

namespace settings {
inline const QString kChurnAtRiskMonths = QStringLiteral("churn.at_risk_months");
inline const QString kChurnLostMonths = QStringLiteral("churn.lost_months");
} // namespace settings

class CustomerService {
    Q_DECLARE_TR_FUNCTIONS(crm::services::CustomerService)
public:
    explicit CustomerService(Context ctx) : m_ctx(ctx) {}

    static QStringList sources();                  // stable ids
    static QString sourceTitle(const QString &id); // translated
    static QString visitKindTitle(const QString &id);
    static QString vehicleStatusTitle(const QString &id);
    static QStringList consentPurposes();
    static QString consentTitle(const QString &purpose);
    static QStringList consentWays();
    static QString consentWayTitle(const QString &how);

    // Field rules shared by the form, the importer and the CLI. Every message names the field.
    static Result<data::CustomerRow> validate(const CustomerInput &in);
    static Result<data::VehicleRow> validate(const VehicleInput &in);

    // Fills the churn cut-off dates of a query from the settings and today's date.
    data::CustomerQuery withChurnDates(data::CustomerQuery q);

    Result<QList<data::CustomerListRow>> page(const Session &who, const data::CustomerQuery &q,
                                              const std::optional<data::ListCursor> &after, int limit);
    Result<qint64> count(const Session &who, const data::CustomerQuery &q);
    // Where the list's row at this position starts a page (see CustomerRepository::cursorAt).
    Result<std::optional<data::ListCursor>> cursorAt(const Session &who, const data::CustomerQuery &q, qint64 position,
                                                     qint64 total);
    Result<QList<data::CustomerListRow>> search(const Session &who, const QString &text, int limit);
    Result<CustomerCard> card(const Session &who, qint64 customerId);
    // The full mobile number: a permission, and every reveal is audited.
    Result<QString> revealMobile(const Session &who, qint64 customerId);

    Result<qint64> create(const Session &who, const CustomerInput &in);
    Status update(const Session &who, qint64 customerId, const CustomerInput &in);
    Result<qint64> addVehicle(const Session &who, qint64 customerId, const VehicleInput &in);
    // Corrections and status changes (sold, scrapped, moved away — with a reason); the VIN stays.
    Status updateVehicle(const Session &who, qint64 vehicleId, const VehicleInput &in);
    // A work order typed in by hand (DMS data usually arrives through the import).
    Result<qint64> addVisit(const Session &who, qint64 vehicleId, const data::ServiceVisitRow &visit);
    // The vehicle changes hands (sale between customers); both histories are kept.
    Status transferVehicle(const Session &who, qint64 vehicleId, qint64 toCustomerId, const QDate &date, const QString &note);
    // Consent per purpose (PIPL): who recorded it, when and how; a withdrawal takes effect at once.
    Status setConsent(const Session &who, qint64 customerId, const QString &purpose, bool granted, const QString &how);

private:
    // The customer, or NotFound when missing, merged or deleted.
    static Result<data::CustomerRow> existing(data::CustomerRepository &repo, qint64 customerId);
    Context m_ctx;
};

QVariantMap auditFields(const data::CustomerRow &c);
QVariantMap auditFields(const data::VehicleRow &v);

} // namespace crm::services
