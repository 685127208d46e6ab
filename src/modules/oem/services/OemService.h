#pragma once
#include "oem/data/OemRepository.h"
#include "oem/data/UploadQueries.h"
#include "services/Guard.h"

#include <QDate>

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

    // The file as the template writes it; generation and regeneration share it, so they agree.
    static Status writeFile(const oem::Template &t, const QStringList &cellsJson, const QString &path,
                            const QDateTime &createdUtc);
    static Result<QString> sha256Of(const QString &path);

private:
    Result<QList<data::UploadLine>> monthLines(const Session &who, const oem::Template &t, const QDate &month,
                                               const QString &dealer);
    Status installDefaults(const Session &who);

    Context m_ctx;
    data::OemRepository m_repo;
};

} // namespace crm::services
