#pragma once
#include "services/Guard.h"

#include <atomic>
#include <functional>

namespace crm::services {

// What a column of an import file means. One row may carry a customer, a vehicle and a
// service visit (DMS exports are usually one row per visit).
enum class ImportField {
    Ignore,
    Name,
    Gender,
    Mobile,
    OtherPhones,
    Birthday,
    City,
    Address,
    Source,
    Vip,
    Tags,
    Vin,
    Plate,
    Brand,
    Model,
    Trim,
    Colour,
    PurchaseDate,
    DeliveryDate,
    SalesConsultant,
    MileageKm,
    InsuranceExpiry,
    VisitDate,
    VisitKind,
    VisitMileageKm,
    Advisor,
    Amount,
};

struct ImportTable {
    QStringList headers;
    QList<QStringList> rows; // data rows; row i is line i + 2 of the file
    QString encoding;        // "UTF-8", "GB18030" or "XLSX"
};

struct ImportRejection {
    int line = 0; // as people count lines in the file (the header is line 1)
    QString reason;
};

struct ImportResult {
    int imported = 0;  // new customers
    int updated = 0;   // existing customers that gained or changed something
    int unchanged = 0; // rows that matched and changed nothing (a re-run)
    QList<ImportRejection> rejected;
};

class ImportService {
    Q_DECLARE_TR_FUNCTIONS(crm::services::ImportService)
public:
    using Progress = std::function<void(int done, int total)>;
    // Rows are matched, decided and written `chunkRows` at a time (see importCustomers); the
    // outcome does not depend on it — tests prove that with small chunks.
    static constexpr int kDefaultChunkRows = 20000;
    explicit ImportService(Context ctx, int chunkRows = kDefaultChunkRows) : m_ctx(ctx), m_chunkRows(std::max(1, chunkRows)) {}

    static QList<ImportField> allFields();
    static QString fieldTitle(ImportField f);
    // The header table: Chinese and English names DMS exports and Excel sheets use.
    static ImportField guessField(const QString &header);
    static QList<ImportField> guessMapping(const QStringList &headers);

    // CSV in UTF-8 or GB18030 (detected), or XLSX (first sheet).
    static Result<ImportTable> readFile(const QString &path);
    // The first header matching one of `names` (trimmed, case-insensitive), or -1: the columns
    // of a file people or platforms named.
    static int columnOf(const QStringList &headers, std::initializer_list<const char16_t *> names);

    // Imports the rows in one transaction: cancelled or failed, the database is as before.
    // Rejected rows do not stop the import; each gets its line number and reason. Every row
    // sees what the rows before it did (a VIN twice in the file is one vehicle), but the archive
    // is read and written a chunk at a time, not a row at a time.
    Result<ImportResult> importCustomers(const Session &who, const ImportTable &table, const QList<ImportField> &mapping,
                                         const QString &sourceName, const Progress &progress = {},
                                         const std::atomic<bool> *cancel = nullptr);
    // line, reason, then the original columns — UTF-8 with BOM so Excel opens it.
    static Status writeRejections(const QString &path, const ImportTable &table, const ImportResult &result);

private:
    Context m_ctx;
    int m_chunkRows;
};

} // namespace crm::services
