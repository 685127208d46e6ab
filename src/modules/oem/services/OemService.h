#pragma once
#include "archives/services/ImportService.h"
#include "oem/data/OemRepository.h"
#include "oem/data/UploadQueries.h"
#include "services/Guard.h"

#include <QDate>
#include <atomic>
#include <functional>

namespace crm::services {

using data::OemBatchRow;

enum class UploadMode { Changed, All, Month };

struct UploadRequest {
    qint64 templateId = 0;
    UploadMode mode = UploadMode::Changed;
    QDate month; // Month: any day of the month
    // Where the file goes: a folder (the template's file name is used) or a whole path.
    QString folder;
    QString path;
};

struct UploadResult {
    qint64 batchId = 0;
    QString path;
    int rows = 0;
    QString sha256;
    QString since, until; // UTC ISO
};

struct Rebuilt {
    QString path;
    QString sha256;
    bool identical = false; // false: a line was erased since (the log's SHA-256 is of the file as sent)
};

// What an import of the manufacturer's file did. `matched` counts the rows found in our archive
// (new and imported before), `notFound` those whose vehicle or customer we do not have.
struct OemImportResult {
    int imported = 0;
    int matched = 0;
    int already = 0;
    int complaints = 0;          // survey results: complaint drafts for low scores; tickets: cases registered
    int lowWithoutComplaint = 0; // low scores the importer may not open a complaint for (the complaint desk's)
    QList<ImportRejection> notFound;
    QList<ImportRejection> rejected;
};

// The manufacturer's score of one advisor or consultant beside the dealership's own.
struct ScoreGap {
    QString staff;
    qint64 oemSurveys = 0;
    double oemAverage = 0;
    qint64 oemLow = 0;
    qint64 ourResponses = 0;
    std::optional<double> ours; // our survey index, 0–100
    std::optional<double> gap() const { return ours ? std::optional<double>(oemAverage - *ours) : std::nullopt; }
};

// The manufacturer's uploads (厂家数据上传): templates kept in the database, files made from them
// — incrementally by a watermark per template, or everything, or a month's figures — and the log
// of every file with its rows and SHA-256, so a past batch is rebuilt byte for byte.
class OemService {
    Q_DECLARE_TR_FUNCTIONS(crm::services::OemService)
public:
    // An incremental window ends this long before the upload (see generate).
    static constexpr int kSettleSeconds = 60;

    explicit OemService(Context ctx) : m_ctx(ctx), m_repo(ctx.db) {}

    // The templates, the shipped defaults installed the first time anyone looks.
    Result<QList<oem::Template>> templates(const Session &who);
    Result<oem::Template> templateById(const Session &who, qint64 id);
    Result<std::optional<oem::Template>> templateByName(const Session &who, const QString &name);
    Result<qint64> saveTemplate(const Session &who, const oem::Template &t);
    Status deleteTemplate(const Session &who, qint64 id);
    // A template as a small file a dealer group passes around, and back.
    Status exportTemplate(const Session &who, qint64 id, const QString &path);
    Result<qint64> importTemplate(const Session &who, const QString &path);

    Result<UploadResult> generate(const Session &who, const UploadRequest &r);
    Result<QList<OemBatchRow>> batches(const Session &who, qint64 templateId);
    Result<Rebuilt> regenerate(const Session &who, qint64 batchId, const QString &path);

    // The manufacturer's files brought home: their survey results (matched by VIN; a low score
    // opens a complaint draft once) and their hotline's tickets (each a complaint with their number
    // and deadlines). One transaction; a re-import adds nothing.
    using Progress = std::function<void(int done, int total)>;
    Result<OemImportResult> importFile(const Session &who, oem::ImportKind kind, const ImportTable &table,
                                       const QStringList &mapping, const Progress &progress = {},
                                       const std::atomic<bool> *cancel = nullptr);
    static Status writeImportReport(const QString &path, const ImportTable &table, const OemImportResult &r);
    // The manufacturer's scores per advisor or consultant beside our surveys' index, for a period.
    Result<QList<ScoreGap>> comparison(const Session &who, const QDate &from, const QDate &to);

    // The file as the template writes it; generation and regeneration share it, so they agree.
    static Status writeFile(const oem::Template &t, const QStringList &cellsJson, const QString &path,
                            const QDateTime &createdUtc);
    static Result<QString> sha256Of(const QString &path);

private:
    Result<QList<data::UploadLine>> monthLines(const Session &who, const oem::Template &t, const QDate &month,
                                               const QString &dealer);
    Status installDefaults(const Session &who);
    Result<OemImportResult> importSurveys(const Session &who, const ImportTable &table, const QStringList &mapping,
                                          const Progress &progress, const std::atomic<bool> *cancel);
    Result<OemImportResult> importTickets(const Session &who, const ImportTable &table, const QStringList &mapping,
                                          const Progress &progress, const std::atomic<bool> *cancel);

    Context m_ctx;
    data::OemRepository m_repo;
};

} // namespace crm::services
