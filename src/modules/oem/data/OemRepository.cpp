#include "oem/data/OemRepository.h"

#include "data/BatchInsert.h"
#include "data/Rows.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace crm::data {

namespace {

const QString kTemplateColumns = u"SELECT id, name, data_set, file_type, file_pattern, columns_json, watermark, updated_at, "_s +
                                 personOf(u"oem_templates.updated_by"_s) + u" AS person FROM oem_templates "_s;

Result<QList<oem::Template>> templatesFrom(Result<QSqlQuery> q)
{
    if (!q)
        return q.error();
    QList<oem::Template> out;
    while (q->next()) {
        oem::Template t;
        t.id = q->value(u"id"_s).toLongLong();
        t.name = q->value(u"name"_s).toString();
        t.dataSet = oem::dataSetFromId(q->value(u"data_set"_s).toString()).value_or(oem::DataSet::Archive);
        t.fileType = oem::fileTypeFromId(q->value(u"file_type"_s).toString()).value_or(oem::FileType::Xlsx);
        t.filePattern = q->value(u"file_pattern"_s).toString();
        t.columns = oem::columnsFromJson(QJsonDocument::fromJson(q->value(u"columns_json"_s).toString().toUtf8()).array());
        t.watermark = q->value(u"watermark"_s).toString();
        t.updatedAt = q->value(u"updated_at"_s).toString();
        t.updatedBy = q->value(u"person"_s).toString();
        out << t;
    }
    return out;
}

QString columnsJson(const oem::Template &t)
{
    return QString::fromUtf8(QJsonDocument(oem::columnsToJson(t.columns)).toJson(QJsonDocument::Compact));
}

const QString kBatchColumns = u"SELECT b.id, b.template_id, t.name AS template_name, b.template_json, b.mode, b.since, "
                              "b.until, b.period, b.row_count, b.file_name, b.sha256, "_s +
                              personOf(u"b.username"_s) +
                              u" AS person, b.created_at FROM oem_batches b JOIN oem_templates t ON t.id = b.template_id "_s;

Result<QList<OemBatchRow>> batchesFrom(Result<QSqlQuery> q)
{
    if (!q)
        return q.error();
    QList<OemBatchRow> out;
    while (q->next()) {
        OemBatchRow b;
        b.id = q->value(u"id"_s).toLongLong();
        b.templateId = q->value(u"template_id"_s).toLongLong();
        b.templateName = q->value(u"template_name"_s).toString();
        b.templateJson = q->value(u"template_json"_s).toString();
        b.mode = q->value(u"mode"_s).toString();
        b.since = q->value(u"since"_s).toString();
        b.until = q->value(u"until"_s).toString();
        b.period = q->value(u"period"_s).toString();
        b.rows = q->value(u"row_count"_s).toInt();
        b.fileName = q->value(u"file_name"_s).toString();
        b.sha256 = q->value(u"sha256"_s).toString();
        b.username = q->value(u"person"_s).toString();
        b.createdAt = q->value(u"created_at"_s).toString();
        out << b;
    }
    return out;
}

} // namespace

Result<QList<oem::Template>> OemRepository::templates()
{
    return templatesFrom(m_db.exec(kTemplateColumns + u"WHERE deleted_at IS NULL ORDER BY name"_s));
}

Result<std::optional<oem::Template>> OemRepository::templateById(qint64 id)
{
    auto rows = templatesFrom(m_db.exec(kTemplateColumns + u"WHERE id = ? AND deleted_at IS NULL"_s, {id}));
    if (!rows)
        return rows.error();
    return rows->isEmpty() ? std::nullopt : std::optional(rows->first());
}

Result<std::optional<oem::Template>> OemRepository::templateByName(const QString &name)
{
    auto rows = templatesFrom(m_db.exec(kTemplateColumns + u"WHERE name = ? AND deleted_at IS NULL"_s, {name}));
    if (!rows)
        return rows.error();
    return rows->isEmpty() ? std::nullopt : std::optional(rows->first());
}

Result<qint64> OemRepository::everCreated()
{
    auto q = m_db.exec(u"SELECT COUNT(*) FROM oem_templates"_s);
    if (!q)
        return q.error();
    q->next();
    return q->value(0).toLongLong();
}

Result<qint64> OemRepository::insertTemplate(const oem::Template &t, const QString &at, const QString &by)
{
    return returnedId(
        m_db.exec(u"INSERT INTO oem_templates(name, data_set, file_type, file_pattern, columns_json, updated_at, "
                  "updated_by) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                  {t.name, oem::dataSetId(t.dataSet), oem::fileTypeId(t.fileType), t.filePattern, columnsJson(t), at, by}));
}

Status OemRepository::updateTemplate(const oem::Template &t, const QString &at, const QString &by)
{
    CRM_TRY(
        m_db.exec(u"UPDATE oem_templates SET name = ?, data_set = ?, file_type = ?, file_pattern = ?, columns_json = ?, "
                  "updated_at = ?, updated_by = ? WHERE id = ? AND deleted_at IS NULL"_s,
                  {t.name, oem::dataSetId(t.dataSet), oem::fileTypeId(t.fileType), t.filePattern, columnsJson(t), at, by, t.id}));
    return {};
}

Status OemRepository::deleteTemplate(qint64 id, const QString &at, const QString &by)
{
    CRM_TRY(
        m_db.exec(u"UPDATE oem_templates SET deleted_at = ?, updated_at = ?, updated_by = ? WHERE id = ?"_s, {at, at, by, id}));
    return {};
}

Status OemRepository::setWatermark(qint64 id, const QString &until)
{
    CRM_TRY(m_db.exec(u"UPDATE oem_templates SET watermark = ? WHERE id = ?"_s, {until, id}));
    return {};
}

Result<qint64> OemRepository::insertBatch(const OemBatchRow &b)
{
    return returnedId(
        m_db.exec(u"INSERT INTO oem_batches(template_id, template_json, mode, since, until, period, row_count, "
                  "file_name, sha256, username, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                  {b.templateId, b.templateJson, b.mode, Database::optional(b.since), b.until, Database::text(b.period), b.rows,
                   b.fileName, b.sha256, b.username, b.createdAt}));
}

Status OemRepository::setBatchFile(qint64 batchId, const QString &fileName, const QString &sha256)
{
    CRM_TRY(m_db.exec(u"UPDATE oem_batches SET file_name = ?, sha256 = ? WHERE id = ?"_s, {fileName, sha256, batchId}));
    return {};
}

Status OemRepository::insertBatchLines(qint64 batchId, const QList<QPair<qint64, QString>> &lines, int firstLine)
{
    BatchInsert insert(m_db, u"oem_batch_rows"_s, {u"batch_id"_s, u"line_no"_s, u"customer_id"_s, u"cells"_s});
    int line = firstLine;
    for (const auto &[customerId, cells] : lines)
        CRM_TRY(insert.add({batchId, line++, nullableId(customerId), cells}));
    return insert.flush();
}

Result<QList<OemBatchRow>> OemRepository::batches(qint64 templateId, int limit)
{
    return batchesFrom(m_db.exec(kBatchColumns + u"WHERE b.template_id = ? ORDER BY b.id DESC LIMIT ?"_s, {templateId, limit}));
}

Result<std::optional<OemBatchRow>> OemRepository::batch(qint64 id)
{
    auto rows = batchesFrom(m_db.exec(kBatchColumns + u"WHERE b.id = ?"_s, {id}));
    if (!rows)
        return rows.error();
    return rows->isEmpty() ? std::nullopt : std::optional(rows->first());
}

Result<QStringList> OemRepository::batchCells(qint64 batchId)
{
    auto q = m_db.exec(u"SELECT cells FROM oem_batch_rows WHERE batch_id = ? ORDER BY line_no"_s, {batchId});
    if (!q)
        return q.error();
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

} // namespace crm::data
