#pragma once
#include "data/Database.h"
#include "oem/core/OemTemplates.h"

namespace crm::data {

struct OemBatchRow {
    qint64 id = 0;
    qint64 templateId = 0;
    QString templateName;
    QString templateJson; // the template as it was when the file was made
    QString mode;         // changed, all, month
    QString since, until; // UTC ISO; since empty for "all" and the first incremental upload
    QString period;       // yyyy-MM for a monthly data set
    int rows = 0;
    QString fileName;
    QString sha256;
    QString username;
    QString createdAt;
};

// The upload templates, their watermarks, and the log of every file made from them.
class OemRepository {
public:
    explicit OemRepository(Database &db) : m_db(db) {}

    Result<QList<oem::Template>> templates();
    Result<std::optional<oem::Template>> templateById(qint64 id);
    Result<std::optional<oem::Template>> templateByName(const QString &name);
    Result<qint64> everCreated(); // rows, deleted ones too: the defaults are installed once
    Result<qint64> insertTemplate(const oem::Template &t, const QString &at, const QString &by);
    Status updateTemplate(const oem::Template &t, const QString &at, const QString &by);
    Status deleteTemplate(qint64 id, const QString &at, const QString &by);
    Status setWatermark(qint64 id, const QString &until);

    Result<qint64> insertBatch(const OemBatchRow &b);
    Status setBatchFile(qint64 batchId, const QString &fileName, const QString &sha256);
    Status insertBatchLines(qint64 batchId, const QList<QPair<qint64, QString>> &lines, int firstLine);
    Result<QList<OemBatchRow>> batches(qint64 templateId, int limit = 200);
    Result<std::optional<OemBatchRow>> batch(qint64 id);
    Result<QStringList> batchCells(qint64 batchId); // JSON arrays, in line order

private:
    Database &m_db;
};

} // namespace crm::data
