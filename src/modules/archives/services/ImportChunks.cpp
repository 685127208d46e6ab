// ImportService: the import a chunk at a time — the archive's side of a chunk read in IN-lists, each row decided in file order,
// new rows written in batches.
#include "archives/services/ImportService.h"

#include "archives/services/ImportRows.h"

#include "archives/data/CustomerRepository.h"
#include "archives/services/CustomerService.h"
#include "core/Csv.h"
#include "core/Log.h"
#include "core/Mobile.h"
#include "core/TextCodec.h"
#include "data/BatchInsert.h"
#include "data/DeferredIndexes.h"
#include "data/Transaction.h"
#include "services/XlsxReader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <future>

using namespace Qt::StringLiterals;

namespace crm::services {

namespace {
// Rows are decided and written a chunk at a time. A chunk's rows are matched against what the
// archive held for their keys before the chunk (read in a few statements, not one per row) and
// what the chunk's earlier rows did; the next chunk reads the archive again with this one in it.
// So every row sees what the rows before it did, as in a row-at-a-time import, at a fraction of
// the statements (a million rows: ≈ 20 statements a row before, a few per thousand rows now).

// The archive as the rows of one chunk see it, and what they will write.
struct Chunk {
    QHash<QString, data::VehicleRow> vehicleByVin; // existing (deleted too, as vehicleByVin) and new
    QHash<QString, qint64> customerByMobile;       // the lowest live id, as customerIdByMobile
    QHash<qint64, data::CustomerRow> customers;    // live existing customers and new ones
    QSet<QString> visits;                          // CustomerRepository::visitKey

    QList<qint64> newCustomers; // in the order created; rows in `customers`
    QSet<qint64> isNewCustomer;
    QStringList newVehicles, ownershipFrom; // VINs in the order created; rows in vehicleByVin
    QSet<QString> isNewVehicle;
    QSet<qint64> changedCustomers; // existing customers to write back
    QSet<QString> changedVehicles; // existing vehicles to write back, by VIN
    QList<data::ServiceVisitRow> newVisits;
    QSet<qint64> touchedCustomers, touchedVehicles; // existing ones whose derived fields need refreshing
};

// Ids for new rows, reserved a block at a time as rows are decided (on PostgreSQL a reserved id
// not used stays a gap, so a re-run that creates nothing reserves nothing).
class IdBlock {
public:
    IdBlock(data::Database &db, QString table) : m_db(db), m_table(std::move(table)) {}
    Result<qint64> next()
    {
        if (m_used == m_ids.size()) {
            auto ids = m_db.reserveIds(m_table, 1000);
            if (!ids)
                return ids.error();
            m_ids = std::move(*ids);
            m_used = 0;
        }
        return m_ids[m_used++];
    }

private:
    data::Database &m_db;
    QString m_table;
    std::vector<qint64> m_ids;
    size_t m_used = 0;
};

using ParsedRows = std::vector<std::optional<Result<ParsedRow>>>;

// Every field of every row checked: pure (no database), so it runs beside the writing.
ParsedRows parseRows(const ImportTable &table, const QList<ImportField> &mapping, int from, int to)
{
    ParsedRows out(size_t(to - from));
    for (int i = from; i < to; ++i) {
        QHash<ImportField, QString> v;
        for (int c = 0; c < mapping.size() && c < table.rows[i].size(); ++c)
            if (mapping[c] != ImportField::Ignore)
                v.insert(mapping[c], table.rows[i][c].trimmed());
        out[size_t(i - from)] = parseRow(v);
    }
    return out;
}

// What the archive holds for the keys of a chunk's rows.
Status readArchive(data::CustomerRepository &repo, const ParsedRows &rows, Chunk &chunk)
{
    QSet<QString> vins, mobiles;
    for (const auto &r : rows) {
        if (!r->ok())
            continue;
        if ((*r)->vehicle)
            vins.insert((*r)->vehicle->vin);
        if (!(*r)->customer.mobile.isEmpty())
            mobiles.insert((*r)->customer.mobile);
    }
    auto vehicles = repo.vehiclesByVin(vins.values());
    if (!vehicles)
        return vehicles.error();
    chunk.vehicleByVin = *vehicles;
    auto byMobile = repo.customerIdsByMobile(mobiles.values());
    if (!byMobile)
        return byMobile.error();
    chunk.customerByMobile = *byMobile;
    QSet<qint64> customerIds;
    QList<qint64> vehicleIds;
    for (const data::VehicleRow &v : std::as_const(chunk.vehicleByVin)) {
        customerIds.insert(v.customerId);
        vehicleIds << v.id;
    }
    for (qint64 id : std::as_const(chunk.customerByMobile))
        customerIds.insert(id);
    auto customers = repo.liveCustomers(customerIds.values());
    if (!customers)
        return customers.error();
    chunk.customers = *customers;
    auto visits = repo.visitKeys(vehicleIds);
    if (!visits)
        return visits.error();
    chunk.visits = *visits;
    return {};
}

// Fill in what the file knows; never blank out what the archive has.
struct Merge {
    bool changed = false;
    void take(QString &field, const QString &value)
    {
        if (!value.isEmpty() && field != value) {
            field = value;
            changed = true;
        }
    }
    void take(QDate &field, const QDate &value)
    {
        if (value.isValid() && field != value) {
            field = value;
            changed = true;
        }
    }
};

// The chunk's new rows, existing rows changed, visits, and the derived fields of what they touched.
Status writeChunk(data::CustomerRepository &repo, Chunk &chunk, const QString &at)
{
    QList<data::CustomerRow> customers;
    customers.reserve(chunk.newCustomers.size());
    for (qint64 id : std::as_const(chunk.newCustomers))
        customers << chunk.customers.value(id);
    // A new vehicle's last paid visit is among the chunk's visits: nothing else refers to it yet.
    QHash<qint64, QDate> lastPaid;
    for (const data::ServiceVisitRow &v : std::as_const(chunk.newVisits))
        if (v.amountFen > 0 && v.visitDate > lastPaid.value(v.vehicleId))
            lastPaid.insert(v.vehicleId, v.visitDate);
    QList<data::VehicleRow> vehicles;
    QHash<qint64, QList<data::VehicleRow>> vehiclesOf;
    vehicles.reserve(chunk.newVehicles.size());
    for (const QString &vin : std::as_const(chunk.newVehicles)) {
        data::VehicleRow v = chunk.vehicleByVin.value(vin);
        v.lastPaidVisit = lastPaid.value(v.id);
        vehicles << v;
        if (chunk.isNewCustomer.contains(v.customerId))
            vehiclesOf[v.customerId] << v; // an existing owner is in touchedCustomers already
    }
    CRM_TRY(repo.insertCustomers(customers, vehiclesOf, at));
    CRM_TRY(repo.insertVehicles(vehicles, chunk.ownershipFrom, at));
    for (qint64 id : std::as_const(chunk.changedCustomers))
        CRM_TRY(repo.updateCustomer(chunk.customers.value(id), at));
    for (const QString &vin : std::as_const(chunk.changedVehicles))
        CRM_TRY(repo.updateVehicle(chunk.vehicleByVin.value(vin), at));
    CRM_TRY(repo.insertVisits(chunk.newVisits, at));
    for (qint64 vid : std::as_const(chunk.touchedVehicles))
        CRM_TRY(repo.refreshLastPaidVisit(vid));
    for (qint64 cid : std::as_const(chunk.touchedCustomers))
        CRM_TRY(repo.refreshDerived(cid));
    return {};
}

enum class Outcome { Imported, Updated, Unchanged, Rejected };
struct Decision {
    Outcome outcome;
    QString reason; // why a row was rejected
};

// One row, matched and decided against the chunk's view of the archive, which it then updates:
// what the row creates or changes is written at the end of the chunk.
Result<Decision> decide(Chunk &chunk, const ParsedRow &row, IdBlock &customerIds, IdBlock &vehicleIds, const QString &at)
{
    // The VIN first, then the mobile.
    std::optional<data::VehicleRow> vehicle;
    if (row.vehicle) {
        auto it = chunk.vehicleByVin.constFind(row.vehicle->vin);
        if (it != chunk.vehicleByVin.cend())
            vehicle = *it;
    }
    qint64 customerId = vehicle ? vehicle->customerId : 0;
    if (!customerId && !row.customer.mobile.isEmpty())
        customerId = chunk.customerByMobile.value(row.customer.mobile, 0);
    std::optional<data::CustomerRow> current;
    if (customerId) {
        auto it = chunk.customers.constFind(customerId);
        if (it != chunk.customers.cend())
            current = *it;
    }
    if (current) {
        // A matched record is filled in, never re-identified: a different name or mobile on
        // the same VIN is a sale or a data error for a person to decide, not for the importer.
        const data::CustomerRow &c = *current;
        if (row.hasName && !c.name.isEmpty() && row.customer.name != c.name)
            return Decision{
                Outcome::Rejected,
                ImportService::tr("Conflict: %1 belongs to customer #%2 (%3), not %4; transfer the vehicle or correct the file.")
                    .arg(vehicle ? ImportService::tr("VIN %1").arg(vehicle->vin) : ImportService::tr("this mobile"))
                    .arg(customerId)
                    .arg(c.name, row.customer.name)};
        if (!row.customer.mobile.isEmpty() && !c.mobile.isEmpty() && row.customer.mobile != c.mobile)
            return Decision{Outcome::Rejected,
                            ImportService::tr("Conflict: VIN %1 belongs to customer #%2, whose mobile is %3, not %4.")
                                .arg(vehicle ? vehicle->vin : QString())
                                .arg(customerId)
                                .arg(Mobile::masked(c.mobile), Mobile::masked(row.customer.mobile))};
    }
    if (!current && !row.hasName)
        return Decision{
            Outcome::Rejected,
            ImportService::tr("Name: a new customer needs a name (no customer in the archives has this VIN or mobile).")};

    // What is written (at the end of the chunk).
    bool changed = false;
    const bool isNew = !current;
    if (isNew) {
        auto id = customerIds.next();
        if (!id)
            return id.error();
        data::CustomerRow c = row.customer;
        c.id = customerId = *id;
        chunk.customers.insert(customerId, c);
        chunk.newCustomers << customerId;
        chunk.isNewCustomer.insert(customerId);
        if (!c.mobile.isEmpty() && !chunk.customerByMobile.contains(c.mobile))
            chunk.customerByMobile.insert(c.mobile, customerId); // ids only grow: an existing holder stays the lowest
    } else {
        data::CustomerRow merged = *current;
        Merge m;
        m.take(merged.name, row.hasName ? row.customer.name : QString());
        m.take(merged.gender, row.customer.gender);
        m.take(merged.mobile, row.customer.mobile);
        m.take(merged.otherPhones, row.customer.otherPhones);
        m.take(merged.city, row.customer.city);
        m.take(merged.address, row.customer.address);
        m.take(merged.source, row.customer.source);
        m.take(merged.birthday, row.customer.birthday);
        if (row.customer.vip && !merged.vip) {
            merged.vip = true;
            m.changed = true;
        }
        for (const QString &t : row.customer.tags)
            if (!merged.tags.contains(t)) {
                merged.tags << t;
                m.changed = true;
            }
        if (m.changed) {
            changed = true;
            if (!merged.mobile.isEmpty() && chunk.customerByMobile.value(merged.mobile, customerId) >= customerId)
                chunk.customerByMobile.insert(merged.mobile, customerId);
            chunk.customers.insert(customerId, merged);
            if (!chunk.isNewCustomer.contains(customerId)) {
                chunk.changedCustomers.insert(customerId);
                chunk.touchedCustomers.insert(customerId);
            }
        }
    }
    qint64 vehicleId = 0;
    if (row.vehicle) {
        data::VehicleRow incoming = *row.vehicle;
        incoming.customerId = customerId;
        if (!vehicle) {
            auto id = vehicleIds.next();
            if (!id)
                return id.error();
            incoming.id = vehicleId = *id;
            chunk.vehicleByVin.insert(incoming.vin, incoming);
            chunk.newVehicles << incoming.vin;
            chunk.ownershipFrom << (incoming.deliveryDate.isValid() ? incoming.deliveryDate.toString(Qt::ISODate) : at.left(10));
            chunk.isNewVehicle.insert(incoming.vin);
            changed = true;
        } else {
            vehicleId = vehicle->id;
            data::VehicleRow merged = *vehicle;
            Merge m;
            m.take(merged.plate, incoming.plate);
            m.take(merged.brand, incoming.brand);
            m.take(merged.model, incoming.model);
            m.take(merged.trimLevel, incoming.trimLevel);
            m.take(merged.colour, incoming.colour);
            m.take(merged.salesConsultant, incoming.salesConsultant);
            if (incoming.mileageKm > merged.mileageKm) {
                merged.mileageKm = incoming.mileageKm;
                m.changed = true;
            }
            m.take(merged.purchaseDate, incoming.purchaseDate);
            m.take(merged.deliveryDate, incoming.deliveryDate);
            m.take(merged.insuranceExpiry, incoming.insuranceExpiry);
            if (m.changed) {
                chunk.vehicleByVin.insert(merged.vin, merged);
                if (!chunk.isNewVehicle.contains(merged.vin))
                    chunk.changedVehicles.insert(merged.vin);
                changed = true;
            }
        }
        if (changed && !chunk.isNewCustomer.contains(customerId))
            chunk.touchedCustomers.insert(customerId);
    }
    if (row.visit) {
        data::ServiceVisitRow visit = *row.visit;
        visit.vehicleId = vehicleId;
        visit.customerId = customerId;
        const QString key = data::CustomerRepository::visitKey(vehicleId, visit.visitDate, visit.kind, visit.amountFen);
        if (!chunk.visits.contains(key)) { // a re-run of the same file adds no visit twice
            chunk.visits.insert(key);
            chunk.newVisits << visit;
            if (!chunk.isNewVehicle.contains(row.vehicle->vin))
                chunk.touchedVehicles.insert(vehicleId);
            changed = true;
        }
    }
    if (isNew)
        return Decision{Outcome::Imported, {}};
    return Decision{changed ? Outcome::Updated : Outcome::Unchanged, {}};
}
} // namespace

Result<ImportResult> ImportService::importCustomers(const Session &who, const ImportTable &table,
                                                    const QList<ImportField> &mapping, const QString &sourceName,
                                                    const Progress &progress, const std::atomic<bool> *cancel)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::EditCustomers, tr("import customers")));
    if (!mapping.contains(ImportField::Name) && !mapping.contains(ImportField::Mobile) && !mapping.contains(ImportField::Vin))
        return Error::invalid(tr("No column is mapped to the name, the mobile or the VIN; nothing could be matched or created."));
    data::CustomerRepository repo(m_ctx.db);
    const QString at = toStoredUtc(m_ctx.clock.nowUtc());
    ImportResult result;
    const data::BulkCache bulk(m_ctx.db);
    // A file at least as large as the archive (a dealership's first DMS export) builds the written
    // tables' secondary indexes after the load, one sort each, instead of inserting into them row
    // by row; the indexes the import's own lookups read (mobile, a vehicle's visits) and the visit
    // triggers read stay. It happens inside the import's transaction, so a failed or cancelled
    // import gets them back with its rollback (declared before `tx`: its destructor then finds
    // nothing left to build). SQLite only: on PostgreSQL a dropped index would lock the table
    // against every other desk for the whole import.
    data::DeferredIndexes deferred(
        m_ctx.db, data::CustomerRepository::bulkTables(),
        {u"customers_mobile"_s, u"service_visits_vehicle"_s, u"service_visits_kind"_s, u"service_visits_readings"_s});
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    if (m_ctx.db.engine() == data::Engine::Sqlite) {
        auto archive = repo.countCustomers();
        if (!archive)
            return archive.error();
        if (table.rows.size() >= *archive)
            CRM_TRY(deferred.drop());
    }

    IdBlock customerIds(m_ctx.db, u"customers"_s), vehicleIds(m_ctx.db, u"vehicles"_s);
    const int total = int(table.rows.size());
    // The next chunk's rows are checked on a second thread while this one is matched and written
    // (the checks — mobile numbers, VIN check digits, dates — are a third of the work). A return
    // below waits for it: the future's destructor joins.
    auto check = [&](int from) {
        return std::async(std::launch::async, parseRows, std::cref(table), std::cref(mapping), from,
                          std::min(total, from + m_chunkRows));
    };
    std::future<ParsedRows> next = check(0);
    for (int from = 0; from < total; from += m_chunkRows) {
        if (cancel && cancel->load())
            return Error::conflict(tr("The import was cancelled; nothing was imported."));
        if (progress)
            progress(from, total);
        const int to = std::min(total, from + m_chunkRows);

        // 1. Read and check every field of every row; nothing is written for a rejected row.
        QElapsedTimer clock;
        clock.start();
        const ParsedRows parsed = next.get();
        if (to < total)
            next = check(to);
        const qint64 parseMs = clock.restart();
        Chunk chunk;
        CRM_TRY(readArchive(repo, parsed, chunk));
        const qint64 archiveMs = clock.restart();

        // 2. Match and decide, row by row in file order.
        for (int i = from; i < to; ++i) {
            if (cancel && cancel->load())
                return Error::conflict(tr("The import was cancelled; nothing was imported."));
            if (progress && i > from && i % 500 == 0)
                progress(i, total);
            const int line = i + 2;
            const Result<ParsedRow> &parsedRow = *parsed[size_t(i - from)];
            if (!parsedRow) {
                result.rejected << ImportRejection{line, parsedRow.error().message};
                continue;
            }
            auto decision = decide(chunk, *parsedRow, customerIds, vehicleIds, at);
            if (!decision)
                return decision.error();
            switch (decision->outcome) {
            case Outcome::Imported:
                ++result.imported;
                break;
            case Outcome::Updated:
                ++result.updated;
                break;
            case Outcome::Unchanged:
                ++result.unchanged;
                break;
            case Outcome::Rejected:
                result.rejected << ImportRejection{line, decision->reason};
                break;
            }
        }
        // 3. Write.
        const qint64 decideMs = clock.restart();
        CRM_TRY(writeChunk(repo, chunk, at));
        log::get("archives")
            ->debug("import rows {}–{}: waited for the checks {} ms, archive read {} ms, decided {} ms, written {} ms", from + 2,
                    to + 1, parseMs, archiveMs, decideMs, clock.elapsed());
    }
    CRM_TRY(Guard::audit(m_ctx, &who,
                         {u"import"_s,
                          u"customers"_s,
                          {},
                          {},
                          {{u"file"_s, sourceName},
                           {u"rows"_s, total},
                           {u"imported"_s, result.imported},
                           {u"updated"_s, result.updated},
                           {u"rejected"_s, int(result.rejected.size())}},
                          sourceName}));
    CRM_TRY(deferred.restore());
    CRM_TRY(tx.commit());
    // A DMS migration can double the archive; small daily files leave the statistics alone.
    if (result.imported >= 10000)
        CRM_TRY(m_ctx.db.refreshStatistics());
    if (progress)
        progress(total, total);
    log::get("archives")
        ->info("import: {} rows, {} new, {} updated, {} rejected", total, result.imported, result.updated,
               result.rejected.size());
    return result;
}

} // namespace crm::services
