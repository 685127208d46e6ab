#include "oem/core/OemTemplates.h"

#include "core/Titles.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace crm::oem {

namespace {

constexpr Titled kDataSets[] = {
    {"archive", QT_TRANSLATE_NOOP("crm::oem::OemText", "Customer archive with vehicles")},
    {"followups", QT_TRANSLATE_NOOP("crm::oem::OemText", "Follow-up results")},
    {"complaints", QT_TRANSLATE_NOOP("crm::oem::OemText", "Complaint register")},
    {"leads", QT_TRANSLATE_NOOP("crm::oem::OemText", "Referral and remarketing results")},
    {"kpi", QT_TRANSLATE_NOOP("crm::oem::OemText", "Monthly KPI pack")},
    {"club", QT_TRANSLATE_NOOP("crm::oem::OemText", "Club report")},
};

constexpr Titled kFields[] = {
    {"dealer_code", QT_TRANSLATE_NOOP("crm::oem::OemText", "Dealer code")},
    {"customer_code", QT_TRANSLATE_NOOP("crm::oem::OemText", "Customer number")},
    {"name", QT_TRANSLATE_NOOP("crm::oem::OemText", "Name")},
    {"gender", QT_TRANSLATE_NOOP("crm::oem::OemText", "Gender")},
    {"mobile", QT_TRANSLATE_NOOP("crm::oem::OemText", "Mobile")},
    {"city", QT_TRANSLATE_NOOP("crm::oem::OemText", "City")},
    {"address", QT_TRANSLATE_NOOP("crm::oem::OemText", "Address")},
    {"birthday", QT_TRANSLATE_NOOP("crm::oem::OemText", "Birthday")},
    {"vin", QT_TRANSLATE_NOOP("crm::oem::OemText", "VIN")},
    {"plate", QT_TRANSLATE_NOOP("crm::oem::OemText", "Plate")},
    {"brand", QT_TRANSLATE_NOOP("crm::oem::OemText", "Brand")},
    {"model", QT_TRANSLATE_NOOP("crm::oem::OemText", "Model")},
    {"purchase_date", QT_TRANSLATE_NOOP("crm::oem::OemText", "Purchase date")},
    {"delivery_date", QT_TRANSLATE_NOOP("crm::oem::OemText", "Delivery date")},
    {"sales_consultant", QT_TRANSLATE_NOOP("crm::oem::OemText", "Sales consultant")},
    {"mileage_km", QT_TRANSLATE_NOOP("crm::oem::OemText", "Mileage (km)")},
    {"insurance_expiry", QT_TRANSLATE_NOOP("crm::oem::OemText", "Insurance expiry")},
    {"record_status", QT_TRANSLATE_NOOP("crm::oem::OemText", "Record status (active, deleted, merged)")},
    {"merged_into", QT_TRANSLATE_NOOP("crm::oem::OemText", "Merged into customer number")},
    {"changed_at", QT_TRANSLATE_NOOP("crm::oem::OemText", "Changed at")},
    {"call_id", QT_TRANSLATE_NOOP("crm::oem::OemText", "Call number")},
    {"task_kind", QT_TRANSLATE_NOOP("crm::oem::OemText", "Follow-up type")},
    {"called_at", QT_TRANSLATE_NOOP("crm::oem::OemText", "Called at")},
    {"outcome", QT_TRANSLATE_NOOP("crm::oem::OemText", "Outcome")},
    {"duration_sec", QT_TRANSLATE_NOOP("crm::oem::OemText", "Duration (s)")},
    {"agent", QT_TRANSLATE_NOOP("crm::oem::OemText", "Agent")},
    {"notes", QT_TRANSLATE_NOOP("crm::oem::OemText", "Notes")},
    {"number", QT_TRANSLATE_NOOP("crm::oem::OemText", "Complaint number")},
    {"oem_ticket", QT_TRANSLATE_NOOP("crm::oem::OemText", "Manufacturer's ticket")},
    {"channel", QT_TRANSLATE_NOOP("crm::oem::OemText", "Channel")},
    {"category", QT_TRANSLATE_NOOP("crm::oem::OemText", "Category")},
    {"level", QT_TRANSLATE_NOOP("crm::oem::OemText", "Level")},
    {"status", QT_TRANSLATE_NOOP("crm::oem::OemText", "Status")},
    {"description", QT_TRANSLATE_NOOP("crm::oem::OemText", "Description")},
    {"registered_at", QT_TRANSLATE_NOOP("crm::oem::OemText", "Registered at")},
    {"closed_at", QT_TRANSLATE_NOOP("crm::oem::OemText", "Closed at")},
    {"solution", QT_TRANSLATE_NOOP("crm::oem::OemText", "Solution")},
    {"accepted", QT_TRANSLATE_NOOP("crm::oem::OemText", "Customer accepted")},
    {"lead_id", QT_TRANSLATE_NOOP("crm::oem::OemText", "Lead number")},
    {"source", QT_TRANSLATE_NOOP("crm::oem::OemText", "Source")},
    {"consultant", QT_TRANSLATE_NOOP("crm::oem::OemText", "Consultant")},
    {"created_at", QT_TRANSLATE_NOOP("crm::oem::OemText", "Created at")},
    {"status_at", QT_TRANSLATE_NOOP("crm::oem::OemText", "Status since")},
    {"referrer", QT_TRANSLATE_NOOP("crm::oem::OemText", "Referred by")},
    {"period", QT_TRANSLATE_NOOP("crm::oem::OemText", "Month")},
    {"kpi", QT_TRANSLATE_NOOP("crm::oem::OemText", "KPI")},
    {"title", QT_TRANSLATE_NOOP("crm::oem::OemText", "Title")},
    {"value", QT_TRANSLATE_NOOP("crm::oem::OemText", "Value")},
    {"target", QT_TRANSLATE_NOOP("crm::oem::OemText", "Target")},
    {"state", QT_TRANSLATE_NOOP("crm::oem::OemText", "State")},
    {"item", QT_TRANSLATE_NOOP("crm::oem::OemText", "Item")},
};

constexpr Titled kFileTypes[] = {
    {"xlsx", QT_TRANSLATE_NOOP("crm::oem::OemText", "Excel workbook (.xlsx)")},
    {"csv_gb18030", QT_TRANSLATE_NOOP("crm::oem::OemText", "CSV in GB18030 (.csv)")},
    {"csv_utf8", QT_TRANSLATE_NOOP("crm::oem::OemText", "CSV in UTF-8 (.csv)")},
};

constexpr Titled kModes[] = {
    {"changed", QT_TRANSLATE_NOOP("crm::oem::OemText", "New and changed since the last upload")},
    {"all", QT_TRANSLATE_NOOP("crm::oem::OemText", "Everything")},
    {"month", QT_TRANSLATE_NOOP("crm::oem::OemText", "A month")},
};

FieldDef t(const char *key)
{
    return {QLatin1String(key), FieldKind::Text, {}};
}
FieldDef d(const char *key)
{
    return {QLatin1String(key), FieldKind::Date, {}};
}
FieldDef dt(const char *key)
{
    return {QLatin1String(key), FieldKind::DateTime, {}};
}
FieldDef n(const char *key)
{
    return {QLatin1String(key), FieldKind::Number, {}};
}
FieldDef c(const char *key, const QStringList &codes)
{
    return {QLatin1String(key), FieldKind::Code, codes};
}

const QString kDay = u"yyyy-MM-dd"_s;
const QString kTime = u"yyyy-MM-dd HH:mm:ss"_s;

} // namespace

QString dataSetId(DataSet s)
{
    return QLatin1String(kDataSets[int(s)].id);
}

std::optional<DataSet> dataSetFromId(const QString &id)
{
    for (DataSet s : allDataSets())
        if (dataSetId(s) == id)
            return s;
    return std::nullopt;
}

QList<DataSet> allDataSets()
{
    return {DataSet::Archive, DataSet::Followups, DataSet::Complaints, DataSet::Leads, DataSet::Kpi, DataSet::Club};
}

bool isMonthly(DataSet s)
{
    return s == DataSet::Kpi || s == DataSet::Club;
}

QList<FieldDef> fields(DataSet s)
{
    switch (s) {
    case DataSet::Archive:
        return {t("dealer_code"),
                t("customer_code"),
                t("name"),
                c("gender", {u""_s, u"M"_s, u"F"_s}),
                t("mobile"),
                t("city"),
                t("address"),
                d("birthday"),
                t("vin"),
                t("plate"),
                t("brand"),
                t("model"),
                d("purchase_date"),
                d("delivery_date"),
                t("sales_consultant"),
                n("mileage_km"),
                d("insurance_expiry"),
                c("record_status", {u"active"_s, u"deleted"_s, u"merged"_s}),
                t("merged_into"),
                dt("changed_at")};
    case DataSet::Followups:
        return {t("dealer_code"),
                t("call_id"),
                t("customer_code"),
                t("name"),
                t("mobile"),
                t("vin"),
                c("task_kind", {}),
                dt("called_at"),
                c("outcome", {u"reached"_s, u"no_answer"_s, u"busy"_s, u"wrong_number"_s, u"refused"_s, u"call_back"_s}),
                n("duration_sec"),
                t("agent"),
                t("notes")};
    case DataSet::Complaints:
        return {t("dealer_code"),
                t("number"),
                t("oem_ticket"),
                t("customer_code"),
                t("name"),
                t("mobile"),
                t("vin"),
                c("channel", {u"phone"_s, u"walk_in"_s, u"followup_call"_s, u"oem_hotline"_s, u"online"_s, u"survey"_s}),
                c("category", {u"product_quality"_s, u"repair_quality"_s, u"service_attitude"_s, u"price"_s,
                               u"delivery_paperwork"_s, u"parts"_s, u"other"_s}),
                c("level", {u"normal"_s, u"escalated"_s, u"major"_s}),
                c("status",
                  {u"registered"_s, u"investigating"_s, u"proposed"_s, u"approved"_s, u"informed"_s, u"closed"_s, u"invalid"_s}),
                t("description"),
                dt("registered_at"),
                dt("closed_at"),
                t("solution"),
                c("accepted", {u""_s, u"yes"_s, u"no"_s}),
                dt("changed_at")};
    case DataSet::Leads:
        return {t("dealer_code"),
                t("lead_id"),
                t("name"),
                t("mobile"),
                c("source",
                  {u"referral"_s, u"walk_in"_s, u"phone"_s, u"autohome"_s, u"dongchedi"_s, u"yiche"_s, u"website"_s, u"other"_s}),
                t("model"),
                t("consultant"),
                c("status", {u"new"_s, u"contacted"_s, u"test_drive"_s, u"ordered"_s, u"delivered"_s, u"lost"_s}),
                dt("created_at"),
                dt("status_at"),
                t("referrer"),
                t("customer_code")};
    case DataSet::Kpi:
        return {t("dealer_code"),
                t("period"),
                c("kpi", {}),
                t("title"),
                n("value"),
                n("target"),
                c("state", {u""_s, u"green"_s, u"amber"_s, u"red"_s})};
    case DataSet::Club:
        return {t("dealer_code"), t("period"), c("item", {}), t("title"), n("value")};
    }
    return {};
}

std::optional<FieldDef> field(DataSet s, const QString &key)
{
    for (const FieldDef &f : fields(s))
        if (f.key == key)
            return f;
    return std::nullopt;
}

QString fileTypeId(FileType t)
{
    return QLatin1String(kFileTypes[int(t)].id);
}

std::optional<FileType> fileTypeFromId(const QString &id)
{
    for (int i = 0; i < 3; ++i)
        if (id == QLatin1String(kFileTypes[i].id))
            return FileType(i);
    return std::nullopt;
}

QString suffix(FileType t)
{
    return t == FileType::Xlsx ? u"xlsx"_s : u"csv"_s;
}

QJsonArray columnsToJson(const QList<Column> &columns)
{
    QJsonArray a;
    for (const Column &c : columns) {
        QJsonObject o{{u"field"_s, c.field}, {u"header"_s, c.header}};
        if (!c.format.isEmpty())
            o.insert(u"format"_s, c.format);
        if (!c.codes.isEmpty()) {
            QJsonObject codes;
            for (auto it = c.codes.cbegin(); it != c.codes.cend(); ++it)
                codes.insert(it.key(), it.value());
            o.insert(u"codes"_s, codes);
        }
        a << o;
    }
    return a;
}

QList<Column> columnsFromJson(const QJsonArray &a)
{
    QList<Column> out;
    for (const QJsonValue &v : a) {
        const QJsonObject o = v.toObject();
        Column c{o.value(u"field"_s).toString(), o.value(u"header"_s).toString(), o.value(u"format"_s).toString(), {}};
        const QJsonObject codes = o.value(u"codes"_s).toObject();
        for (auto it = codes.begin(); it != codes.end(); ++it)
            c.codes.insert(it.key(), it.value().toString());
        out << c;
    }
    return out;
}

QJsonObject toShare(const Template &t)
{
    return {{u"dealercrm_oem_template"_s, 1},      {u"name"_s, t.name},
            {u"data_set"_s, dataSetId(t.dataSet)}, {u"file_type"_s, fileTypeId(t.fileType)},
            {u"file_pattern"_s, t.filePattern},    {u"columns"_s, columnsToJson(t.columns)}};
}

std::optional<Template> fromShare(const QJsonObject &o, QString *error)
{
    if (o.value(u"dealercrm_oem_template"_s).toInt() != 1) {
        *error = OemText::tr("This file is not a DealerCRM upload template.");
        return std::nullopt;
    }
    Template t;
    t.name = o.value(u"name"_s).toString().trimmed();
    const auto set = dataSetFromId(o.value(u"data_set"_s).toString());
    const auto type = fileTypeFromId(o.value(u"file_type"_s).toString());
    if (!set || !type) {
        *error = OemText::tr("Data set or file type: %1 / %2 is not one this program knows.")
                     .arg(o.value(u"data_set"_s).toString(), o.value(u"file_type"_s).toString());
        return std::nullopt;
    }
    t.dataSet = *set;
    t.fileType = *type;
    t.filePattern = o.value(u"file_pattern"_s).toString();
    t.columns = columnsFromJson(o.value(u"columns"_s).toArray());
    if (const QString wrong = OemText::validate(t); !wrong.isEmpty()) {
        *error = wrong;
        return std::nullopt;
    }
    return t;
}

QString OemText::dataSet(DataSet s)
{
    return titleIn(kDataSets, "crm::oem::OemText", dataSetId(s));
}

QString OemText::field(const QString &key)
{
    return titleIn(kFields, "crm::oem::OemText", key, key);
}

QString OemText::fileType(FileType t)
{
    return titleIn(kFileTypes, "crm::oem::OemText", fileTypeId(t));
}

QString OemText::mode(const QString &mode)
{
    return titleIn(kModes, "crm::oem::OemText", mode, mode);
}

QString OemText::validate(const Template &t)
{
    if (t.name.trimmed().isEmpty())
        return tr("Name: give the template a name.");
    if (t.columns.isEmpty())
        return tr("Columns: a template needs at least one column.");
    if (t.filePattern.trimmed().isEmpty())
        return tr("File name: give a pattern, e.g. {dealer}_{date}_{batch}.");
    static const QRegularExpression unsafe(u"[\\\\/:*?\"<>|]"_s);
    if (t.filePattern.contains(unsafe))
        return tr("File name: %1 holds a character a file name cannot (\\ / : * ? \" < > |).").arg(t.filePattern);
    QStringList headers;
    for (int i = 0; i < t.columns.size(); ++i) {
        const Column &c = t.columns[i];
        const auto f = oem::field(t.dataSet, c.field);
        if (!f)
            return tr("Column %1: %2 is not a field of %3.").arg(i + 1).arg(c.field, dataSet(t.dataSet));
        if (c.header.trimmed().isEmpty())
            return tr("Column %1 (%2): give it a header.").arg(i + 1).arg(OemText::field(c.field));
        if (headers.contains(c.header.trimmed()))
            return tr("Column %1: the header %2 is used twice.").arg(i + 1).arg(c.header);
        headers << c.header.trimmed();
        if ((f->kind == FieldKind::Date || f->kind == FieldKind::DateTime) && !c.format.isEmpty() &&
            QDate(2026, 12, 31).toString(c.format) == c.format)
            return tr("Column %1 (%2): %3 is not a date pattern (use yyyy, MM, dd, HH, mm, ss).")
                .arg(i + 1)
                .arg(OemText::field(c.field), c.format);
    }
    return {};
}

QVariant formatCell(const Column &c, FieldKind kind, const QVariant &value)
{
    if (value.isNull())
        return QString();
    switch (kind) {
    case FieldKind::Number:
        return value.metaType().id() == QMetaType::Double ? QVariant(value.toDouble()) : QVariant(value.toLongLong());
    case FieldKind::Date: {
        const QDate day = QDate::fromString(value.toString().left(10), Qt::ISODate);
        return day.isValid() ? day.toString(c.format.isEmpty() ? kDay : c.format) : value.toString();
    }
    case FieldKind::DateTime: {
        const QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODate);
        return at.isValid() ? at.toLocalTime().toString(c.format.isEmpty() ? kTime : c.format) : value.toString();
    }
    case FieldKind::Code:
        return c.codes.value(value.toString(), value.toString());
    case FieldKind::Text:
        break;
    }
    return value.toString();
}

QString fileName(const Template &t, const QString &dealer, const QString &period, const QDateTime &localAt, qint64 batch)
{
    QString name = t.filePattern;
    name.replace(u"{dealer}"_s, dealer.isEmpty() ? u"dealer"_s : dealer)
        .replace(u"{set}"_s, dataSetId(t.dataSet))
        .replace(u"{period}"_s, period)
        .replace(u"{date}"_s, localAt.toString(u"yyyyMMdd"_s))
        .replace(u"{time}"_s, localAt.toString(u"HHmmss"_s))
        .replace(u"{batch}"_s, QString::number(batch));
    static const QRegularExpression unsafe(u"[\\\\/:*?\"<>|]"_s);
    name.replace(unsafe, u"_"_s);
    return name + u'.' + suffix(t.fileType);
}

} // namespace crm::oem
