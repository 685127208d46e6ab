#pragma once
#include "archives/core/Completeness.h"
#include "data/Database.h"

#include <QDate>
#include <QHash>
#include <QSet>
#include <optional>

namespace crm::data {

struct CustomerRow {
    qint64 id = 0;
    QString name;
    QString gender; // "", "M", "F"
    QString mobile; // normalised 11 digits, or empty
    QString otherPhones;
    QString city;
    QString address;
    QString source; // walk_in, web, referral, phone, event, dms
    QDate birthday;
    bool vip = false;
    QStringList tags;
    QString createdAt;
    QString updatedAt;
};

struct VehicleRow {
    qint64 id = 0;
    qint64 customerId = 0;
    QString vin, plate, brand, model, trimLevel, colour, salesConsultant;
    QDate purchaseDate, deliveryDate, insuranceExpiry;
    int mileageKm = 0;
    QString status = QStringLiteral("active"); // active, sold, scrapped, moved
    QString statusReason;
    QDate lastPaidVisit;
};

struct ServiceVisitRow {
    qint64 id = 0;
    qint64 vehicleId = 0;
    qint64 customerId = 0;
    QDate visitDate;
    QString kind; // maintenance, repair, warranty, accident
    int mileageKm = 0;
    QString advisor;
    qint64 amountFen = 0;
};

// One line of the archive list: the customer and a summary of their vehicles.
struct CustomerListRow {
    qint64 id = 0;
    QString name, gender, mobile, city, source;
    bool vip = false;
    QString models; // "速腾, 探岳"
    QString plates;
    QDate lastContact; // latest paid visit (or delivery) over the active vehicles
};

enum class ChurnState { Any, Active, AtRisk, Lost };

struct CustomerQuery {
    enum class Sort { Newest, Name, City };
    QString search; // a search key prefix (see core/SearchKeys.h); empty = all
    QString city, source, model, tag;
    int vip = -1; // -1 any, 0 no, 1 yes
    ChurnState churn = ChurnState::Any;
    QDate atRiskBefore; // last contact before this date → at risk (today − 6 months)
    QDate lostBefore;   // … before this one → lost (today − 12 months)
    Sort sort = Sort::Newest;
    bool operator==(const CustomerQuery &) const = default;
};

// Where the next page starts: the last row of the previous page in the sort order.
struct ListCursor {
    QString sortValue;
    qint64 id = 0;
};

struct TimelineEntry {
    QDate date;
    QString kind;    // visit, delivery, ownership, document, call, appointment (modules add theirs)
    QString subKind; // e.g. the visit kind
    QString title;
    QString person; // advisor / consultant
    int mileageKm = 0;
    qint64 amountFen = 0;
};

struct ConsentRow {
    QString purpose; // service_calls, marketing_calls, sms, manufacturer
    bool granted = false;
    QString recordedAt;
    QString how; // phone, in_person, signed_form, online
};

struct DuplicateGroup {
    QString mobile;
    QList<qint64> customerIds;
    QStringList names;
};

// Customers aggregate: customers, their vehicles, service visits, search keys, tags, ownership.
// Never commits; the calling service owns the transaction.
class CustomerRepository {
public:
    explicit CustomerRepository(Database &db) : m_db(db) {}

    // The condition "customer c is a member": an active club member or a VIP customer, whom the
    // dealer looks after the same way. The flag is kept by triggers on club_members and
    // customers.vip (migration 0014); this is the one place that says so.
    static QString isMemberSql() { return QStringLiteral("c.is_member = 1"); }

    Result<qint64> insertCustomer(const CustomerRow &c, const QString &at);
    Status updateCustomer(const CustomerRow &c, const QString &at);
    Result<std::optional<CustomerRow>> customer(qint64 id);
    Result<std::optional<qint64>> customerIdByMobile(const QString &mobile, qint64 excludingId = 0);

    Result<qint64> insertVehicle(const VehicleRow &v, const QString &at);
    Status updateVehicle(const VehicleRow &v, const QString &at);
    Result<QList<VehicleRow>> vehicles(qint64 customerId);
    // The customer exists and is neither deleted nor merged away.
    Result<bool> isLive(qint64 customerId);
    // The customer exists and was not merged away (a deleted one still has a record).
    Result<bool> isUnmerged(qint64 customerId);
    // The vehicle is live and belongs to the customer now.
    Result<bool> ownsVehicle(qint64 customerId, qint64 vehicleId);
    Result<std::optional<VehicleRow>> vehicleByVin(const QString &vin);
    Result<std::optional<VehicleRow>> vehicleById(qint64 id);
    Result<QStringList> topTags(int limit);

    Result<qint64> insertVisit(const ServiceVisitRow &v, const QString &at);
    // Ownership: closes the current owner's period and opens the new one; visits stay with
    // the customer who brought the car in, so both histories remain whole.
    Status transferVehicle(qint64 vehicleId, qint64 toCustomer, const QDate &date, const QString &note, const QString &at);

    Result<QList<ConsentRow>> consents(qint64 customerId);
    Status setConsent(qint64 customerId, const ConsentRow &c);

    // Keeps vehicles.last_paid_visit (what churn reads) in step with the visits.
    Status refreshLastPaidVisit(qint64 vehicleId);

    // Rebuilds what is derived from the customer and their vehicles: the search keys and the
    // completeness score. Every write path calls it for the customers it touched.
    Status refreshDerived(qint64 customerId);
    // What the completeness score reads of a customer and the live vehicles they own.
    static Completeness::Input completenessInput(const CustomerRow &c, const QList<VehicleRow> &vehicles);

    // Bulk loads (the import): the archive's side of many keys at once, a few hundred to a
    // statement, and new rows written in batches.
    Result<QHash<QString, VehicleRow>> vehiclesByVin(const QStringList &vins);      // deleted ones too, as vehicleByVin
    Result<QHash<QString, qint64>> customerIdsByMobile(const QStringList &mobiles); // the lowest live id per mobile
    Result<QHash<qint64, CustomerRow>> liveCustomers(const QList<qint64> &ids);     // with their tags
    Result<QSet<QString>> visitKeys(const QList<qint64> &vehicleIds);               // live visits, as visitKey()
    static QString visitKey(qint64 vehicleId, const QDate &date, const QString &kind, qint64 amountFen);
    // New rows with ids the caller reserved (Database::reserveIds). Each new customer's
    // completeness and search keys are written with it, computed from `vehiclesOf` (the vehicles
    // it will own, inserted next) as refreshDerived would compute them, with nothing read back.
    Status insertCustomers(const QList<CustomerRow> &rows, const QHash<qint64, QList<VehicleRow>> &vehiclesOf, const QString &at);
    // ownershipFrom[i]: when the first owner's period of rows[i] starts.
    Status insertVehicles(const QList<VehicleRow> &rows, const QStringList &ownershipFrom, const QString &at);
    Status insertVisits(const QList<ServiceVisitRow> &rows, const QString &at);
    // The same consent for many customers who have none recorded yet (generated data).
    Status insertConsents(const QList<qint64> &customerIds, const ConsentRow &c);
    // The tables the bulk writes above fill, for a load that builds their indexes after it
    // (DeferredIndexes).
    static QStringList bulkTables();

    Result<QList<CustomerListRow>> page(const CustomerQuery &q, const std::optional<ListCursor> &after, int limit);
    static ListCursor cursorOf(const CustomerQuery &q, const CustomerListRow &last);
    // The cursor of the row at this position of the list (0 = first), for reaching a page far
    // from any page held; total (the list's count, or -1) lets it count from the nearer end.
    // Empty when the position is past the end.
    Result<std::optional<ListCursor>> cursorAt(const CustomerQuery &q, qint64 position, qint64 total);
    Result<qint64> count(const CustomerQuery &q);
    Result<QList<TimelineEntry>> timeline(qint64 customerId);

    // Merging. Every table whose rows belong to a customer by customer_id is listed in
    // CustomerRepository.cpp (kOwnedTables); a module that adds one adds it there.
    Result<QMap<QString, QList<qint64>>> moveOwnedRows(qint64 fromCustomer, qint64 toCustomer);
    Status moveRowsTo(const QMap<QString, QList<qint64>> &rows, qint64 toCustomer);
    // Tags and consents the survivor lacks are copied over; what was copied is returned for undo.
    Result<QStringList> copyMissingTags(qint64 from, qint64 to);
    Status removeTags(qint64 customerId, const QStringList &tags);
    // Privacy travels with a merge: consents and opt-outs the survivor lacks are copied, and a
    // consent withdrawn on the duplicate withdraws the survivor's too (the stricter answer wins).
    // Each returns what it did, for the undo record.
    Result<QStringList> copyMissingConsents(qint64 from, qint64 to);
    Result<QList<ConsentRow>> applyWithdrawals(qint64 from, qint64 to); // returns the survivor's rows as they were
    Result<QStringList> copyMissingOptouts(qint64 from, qint64 to);
    Status removeConsents(qint64 customerId, const QStringList &purposes);
    Status removeOptouts(qint64 customerId, const QStringList &types);
    Status setMergedInto(qint64 customerId, std::optional<qint64> survivor, const QString &at);
    Result<std::optional<qint64>> mergedInto(qint64 customerId);
    // Every record merged into the customer, and those merged into them (an erasure reaches all).
    Result<QList<qint64>> mergedFrom(qint64 customerId);
    // Customers sharing a mobile number (legacy data, concurrent desks), largest groups first.
    Result<QList<DuplicateGroup>> duplicateMobiles(int limit);
    // How many customers score in each band of ten (0–9, 10–19, … 100), and the least complete.
    Result<QList<qint64>> completenessHistogram();
    Result<QList<QPair<qint64, int>>> leastComplete(int limit);

    // Filter choices, most frequent first.
    Result<QStringList> topCities(int limit);
    Result<QStringList> topModels(int limit);

    Result<qint64> countCustomers();
    Result<qint64> countVehicles();
    Result<qint64> countVisits();

private:
    Result<qint64> countLive(const QString &table);
    // keyLimit > 0: the search's key subquery takes only the keyLimit newest matching customers
    // below keyBelow (0 = any) — see page().
    QString whereClause(const CustomerQuery &q, QVariantList &binds, int keyLimit = 0, qint64 keyBelow = 0) const;
    // The customers whose search keys start with `text` (normalised), as a subquery.
    QString keySubquery(const QString &text, QVariantList &binds, int keyLimit, qint64 keyBelow) const;
    Result<QList<CustomerListRow>> pageRows(const CustomerQuery &q, const std::optional<ListCursor> &after, int limit,
                                            int keyLimit);
    Database &m_db;
};

} // namespace crm::data

Q_DECLARE_METATYPE(crm::data::CustomerListRow)
