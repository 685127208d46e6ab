#pragma once
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QStringList>
#include <QVariant>
#include <optional>

// The manufacturer's upload templates (厂家数据上传模板): which data set, which columns in which
// order under which header, how values are written (date formats, our codes mapped to theirs),
// the file type and the file's name. Pure: the service reads the rows and stores the batches.
namespace crm::oem {

// What a template uploads. The first four are rows with a change time (uploaded "new and changed
// since the last upload", or everything); the KPI pack and the club report are a month's figures.
enum class DataSet { Archive, Followups, Complaints, Leads, Kpi, Club };
QString dataSetId(DataSet s);
std::optional<DataSet> dataSetFromId(const QString &id);
QList<DataSet> allDataSets();
bool isMonthly(DataSet s);

enum class FieldKind { Text, Date, DateTime, Number, Code };

// A field a data set offers; `codes` lists our values of a Code field (what a template maps).
struct FieldDef {
    QString key;
    FieldKind kind = FieldKind::Text;
    QStringList codes;
};
QList<FieldDef> fields(DataSet s);
std::optional<FieldDef> field(DataSet s, const QString &key);

struct Column {
    QString field;
    QString header;
    QString format;               // Date / DateTime: a Qt date pattern ("yyyy-MM-dd", "yyyy/MM/dd HH:mm")
    QMap<QString, QString> codes; // Code: ours → the manufacturer's; an unmapped value is written as ours
    bool operator==(const Column &) const = default;
};

enum class FileType { Xlsx, CsvGb18030, CsvUtf8 };
QString fileTypeId(FileType t);
std::optional<FileType> fileTypeFromId(const QString &id);
QString suffix(FileType t); // "xlsx" or "csv"

struct Template {
    qint64 id = 0;
    QString name;
    DataSet dataSet = DataSet::Archive;
    FileType fileType = FileType::Xlsx;
    // {dealer} {set} {period} {date} {time} {batch}; the suffix follows the file type.
    QString filePattern;
    QList<Column> columns;
    QString watermark; // UTC ISO: the last incremental upload reached here (empty: never)
    QString updatedAt;
    QString updatedBy;
};

// The columns as stored (`columns_json`) and the template as a share file (a dealer group passes
// it from store to store). fromShare says what is wrong with a file that is not one.
QJsonArray columnsToJson(const QList<Column> &columns);
QList<Column> columnsFromJson(const QJsonArray &a);
QJsonObject toShare(const Template &t);
std::optional<Template> fromShare(const QJsonObject &o, QString *error);

// One default per data set, in the manufacturer's usual column names.
QList<Template> defaults();

class OemText {
    Q_DECLARE_TR_FUNCTIONS(crm::oem::OemText)
public:
    static QString dataSet(DataSet s);
    static QString field(const QString &key);
    static QString fileType(FileType t);
    static QString mode(const QString &mode); // changed, all, month
    // What is wrong with a template, field by field; empty when it can be used.
    static QString validate(const Template &t);
};

// A value as the template writes it: a string, or a number for a Number field (a number cell in
// XLSX). `value` is what the data set read: a date as yyyy-MM-dd, a time as stored UTC text.
QVariant formatCell(const Column &c, FieldKind kind, const QVariant &value);
QString fileName(const Template &t, const QString &dealer, const QString &period, const QDateTime &localAt, qint64 batch);

} // namespace crm::oem

// The manufacturer's files brought home: what each column of their survey results or hotline
// tickets means. A mapping is one field key per column ("" ignored; "question" for a score of
// one question, named by its header).
namespace crm::oem {

enum class ImportKind { Surveys, Tickets };
QStringList importFields(ImportKind k); // keys, in the order a mapping offers them
QString importFieldTitle(const QString &key);
// The headers the manufacturers' exports use (Chinese and English), or "" when none fits.
QString guessImportField(ImportKind k, const QString &header);
QStringList guessImportMapping(ImportKind k, const QStringList &headers);
// What is missing from a mapping for the rows to mean anything; empty when it will do.
QString mappingProblem(ImportKind k, const QStringList &mapping);

// A manufacturer's overall score on our 0–100 scale: NPS answers (0–10) ×10, a 1,000-point
// index ÷10; nothing for what fits neither.
std::optional<int> overallScore(const QString &type, const QString &text);

} // namespace crm::oem
