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

Column col(const char *field, const char *header, const QString &format = {}, const QMap<QString, QString> &codes = {})
{
    return {QLatin1String(field), QString::fromUtf8(header), format, codes};
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

QList<Template> defaults()
{
    const QMap<QString, QString> gender{{u"M"_s, u"男"_s}, {u"F"_s, u"女"_s}};
    const QMap<QString, QString> recordStatus{{u"active"_s, u"正常"_s}, {u"deleted"_s, u"删除"_s}, {u"merged"_s, u"合并"_s}};
    const QMap<QString, QString> outcome{{u"reached"_s, u"成功"_s},     {u"no_answer"_s, u"无人接听"_s},
                                         {u"busy"_s, u"占线"_s},        {u"wrong_number"_s, u"空号错号"_s},
                                         {u"refused"_s, u"拒绝回访"_s}, {u"call_back"_s, u"预约再访"_s}};
    const QMap<QString, QString> category{{u"product_quality"_s, u"C01"_s},
                                          {u"repair_quality"_s, u"C02"_s},
                                          {u"service_attitude"_s, u"C03"_s},
                                          {u"price"_s, u"C04"_s},
                                          {u"delivery_paperwork"_s, u"C05"_s},
                                          {u"parts"_s, u"C06"_s},
                                          {u"other"_s, u"C99"_s}};
    const QMap<QString, QString> level{{u"normal"_s, u"一般"_s}, {u"escalated"_s, u"升级"_s}, {u"major"_s, u"重大"_s}};
    const QMap<QString, QString> channel{{u"phone"_s, u"来电"_s},         {u"walk_in"_s, u"到店"_s},
                                         {u"followup_call"_s, u"回访"_s}, {u"oem_hotline"_s, u"厂家热线"_s},
                                         {u"online"_s, u"网络"_s},        {u"survey"_s, u"满意度调查"_s}};
    const QMap<QString, QString> status{{u"registered"_s, u"已登记"_s}, {u"investigating"_s, u"处理中"_s},
                                        {u"proposed"_s, u"处理中"_s},   {u"approved"_s, u"处理中"_s},
                                        {u"informed"_s, u"已回复"_s},   {u"closed"_s, u"已结案"_s},
                                        {u"invalid"_s, u"无效"_s}};
    const QMap<QString, QString> yesNo{{u"yes"_s, u"是"_s}, {u"no"_s, u"否"_s}};
    const QMap<QString, QString> leadStatus{{u"new"_s, u"新建"_s},          {u"contacted"_s, u"已联系"_s},
                                            {u"test_drive"_s, u"已试驾"_s}, {u"ordered"_s, u"已订车"_s},
                                            {u"delivered"_s, u"已交车"_s},  {u"lost"_s, u"战败"_s}};
    const QMap<QString, QString> leadSource{
        {u"referral"_s, u"转介绍"_s},  {u"walk_in"_s, u"到店"_s}, {u"phone"_s, u"来电"_s},   {u"autohome"_s, u"汽车之家"_s},
        {u"dongchedi"_s, u"懂车帝"_s}, {u"yiche"_s, u"易车"_s},   {u"website"_s, u"官网"_s}, {u"other"_s, u"其他"_s}};
    const QMap<QString, QString> state{{u"green"_s, u"达标"_s}, {u"amber"_s, u"预警"_s}, {u"red"_s, u"未达标"_s}};

    Template archive{0,
                     u"客户档案上传"_s,
                     DataSet::Archive,
                     FileType::Xlsx,
                     u"{dealer}_客户档案_{date}_{batch}"_s,
                     {col("dealer_code", "经销商代码"), col("customer_code", "客户编号"), col("name", "客户姓名"),
                      col("gender", "性别", {}, gender), col("mobile", "手机号码"), col("city", "城市"),
                      col("address", "联系地址"), col("birthday", "出生日期", kDay), col("vin", "VIN码"), col("plate", "车牌号"),
                      col("model", "车型"), col("purchase_date", "购车日期", kDay), col("delivery_date", "交车日期", kDay),
                      col("sales_consultant", "销售顾问"), col("mileage_km", "行驶里程"),
                      col("insurance_expiry", "保险到期日", kDay), col("record_status", "记录状态", {}, recordStatus),
                      col("merged_into", "合并至客户编号"), col("changed_at", "更新时间", kTime)},
                     {},
                     {},
                     {}};
    Template followups{0,
                       u"回访结果上传"_s,
                       DataSet::Followups,
                       FileType::Xlsx,
                       u"{dealer}_回访结果_{date}_{batch}"_s,
                       {col("dealer_code", "经销商代码"), col("call_id", "回访编号"), col("customer_code", "客户编号"),
                        col("name", "客户姓名"), col("mobile", "手机号码"), col("vin", "VIN码"), col("task_kind", "回访类型"),
                        col("called_at", "回访时间", kTime), col("outcome", "回访结果", {}, outcome),
                        col("duration_sec", "通话时长(秒)"), col("agent", "回访专员"), col("notes", "回访记录")},
                       {},
                       {},
                       {}};
    Template complaints{
        0,
        u"投诉台账上传"_s,
        DataSet::Complaints,
        FileType::Xlsx,
        u"{dealer}_投诉台账_{date}_{batch}"_s,
        {col("dealer_code", "经销商代码"), col("number", "投诉编号"), col("oem_ticket", "厂家工单号"), col("name", "客户姓名"),
         col("mobile", "手机号码"), col("vin", "VIN码"), col("channel", "投诉渠道", {}, channel),
         col("category", "投诉类别代码", {}, category), col("level", "投诉级别", {}, level),
         col("status", "处理状态", {}, status), col("description", "投诉内容"), col("registered_at", "受理时间", kTime),
         col("closed_at", "结案时间", kTime), col("solution", "处理方案"), col("accepted", "客户是否认可", {}, yesNo)},
        {},
        {},
        {}};
    Template leads{0,
                   u"转介绍与再营销结果上传"_s,
                   DataSet::Leads,
                   FileType::CsvGb18030,
                   u"{dealer}_线索结果_{date}_{batch}"_s,
                   {col("dealer_code", "经销商代码"), col("lead_id", "线索编号"), col("name", "客户姓名"),
                    col("mobile", "手机号码"), col("source", "线索来源", {}, leadSource), col("model", "意向车型"),
                    col("consultant", "销售顾问"), col("status", "跟进状态", {}, leadStatus),
                    col("created_at", "创建时间", kTime), col("status_at", "状态时间", kTime), col("referrer", "推荐人")},
                   {},
                   {},
                   {}};
    Template kpi{0,
                 u"CRM月度KPI上报"_s,
                 DataSet::Kpi,
                 FileType::Xlsx,
                 u"{dealer}_CRM_KPI_{period}"_s,
                 {col("dealer_code", "经销商代码"), col("period", "月份"), col("kpi", "指标代码"), col("title", "指标名称"),
                  col("value", "实际值"), col("target", "目标值"), col("state", "达成情况", {}, state)},
                 {},
                 {},
                 {}};
    Template club{0,
                  u"车主俱乐部月报"_s,
                  DataSet::Club,
                  FileType::Xlsx,
                  u"{dealer}_俱乐部月报_{period}"_s,
                  {col("dealer_code", "经销商代码"), col("period", "月份"), col("item", "项目代码"), col("title", "项目"),
                   col("value", "数值")},
                  {},
                  {},
                  {}};
    return {archive, followups, complaints, leads, kpi, club};
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

namespace crm::oem {

namespace {

struct ImportFieldDef {
    const char *key;
    const char *title;
    QList<const char16_t *> headers; // not an initializer_list: its array would not outlive the table's construction
};

const QList<ImportFieldDef> &surveyFields()
{
    static const QList<ImportFieldDef> f{
        {"survey_id",
         QT_TRANSLATE_NOOP("crm::oem::OemText", "Survey number"),
         {u"问卷编号", u"调查编号", u"survey id", u"survey no"}},
        {"survey_type",
         QT_TRANSLATE_NOOP("crm::oem::OemText", "Survey type (SSI, CSI, NPS)"),
         {u"调查类型", u"问卷类型", u"类型", u"type"}},
        {"survey_date",
         QT_TRANSLATE_NOOP("crm::oem::OemText", "Survey date"),
         {u"调查日期", u"回访日期", u"日期", u"survey date", u"date"}},
        {"order_no",
         QT_TRANSLATE_NOOP("crm::oem::OemText", "Order or repair order number"),
         {u"工单号", u"订单号", u"维修工单号", u"order no", u"ro"}},
        {"vin", QT_TRANSLATE_NOOP("crm::oem::OemText", "VIN"), {u"vin", u"vin码", u"车架号", u"底盘号"}},
        {"staff",
         QT_TRANSLATE_NOOP("crm::oem::OemText", "Advisor or consultant"),
         {u"服务顾问", u"销售顾问", u"顾问", u"advisor", u"consultant"}},
        {"overall",
         QT_TRANSLATE_NOOP("crm::oem::OemText", "Overall score"),
         {u"总分", u"综合得分", u"总体满意度", u"得分", u"overall", u"score"}},
        {"verbatim",
         QT_TRANSLATE_NOOP("crm::oem::OemText", "Customer's words"),
         {u"客户原话", u"客户意见", u"意见", u"verbatim", u"comment"}},
        {"question", QT_TRANSLATE_NOOP("crm::oem::OemText", "Score of one question"), {}},
    };
    return f;
}

const QList<ImportFieldDef> &ticketFields()
{
    static const QList<ImportFieldDef> f{
        {"ticket",
         QT_TRANSLATE_NOOP("crm::oem::OemText", "Ticket number"),
         {u"工单号", u"投诉单号", u"工单编号", u"ticket", u"ticket no"}},
        {"name", QT_TRANSLATE_NOOP("crm::oem::OemText", "Customer name"), {u"客户姓名", u"姓名", u"name"}},
        {"mobile", QT_TRANSLATE_NOOP("crm::oem::OemText", "Mobile"), {u"手机", u"手机号", u"手机号码", u"联系电话", u"mobile"}},
        {"vin", QT_TRANSLATE_NOOP("crm::oem::OemText", "VIN"), {u"vin", u"vin码", u"车架号", u"底盘号"}},
        {"content", QT_TRANSLATE_NOOP("crm::oem::OemText", "Complaint content"), {u"投诉内容", u"内容", u"问题描述", u"content"}},
        {"demand", QT_TRANSLATE_NOOP("crm::oem::OemText", "Customer's demand"), {u"客户诉求", u"诉求", u"demand"}},
        {"level", QT_TRANSLATE_NOOP("crm::oem::OemText", "Level"), {u"级别", u"投诉级别", u"等级", u"level"}},
        {"category", QT_TRANSLATE_NOOP("crm::oem::OemText", "Category"), {u"投诉类别", u"类别", u"分类", u"category"}},
        {"reply_due",
         QT_TRANSLATE_NOOP("crm::oem::OemText", "Manufacturer's reply deadline"),
         {u"回复时限", u"首次回复时限", u"回复截止", u"reply due"}},
        {"close_due",
         QT_TRANSLATE_NOOP("crm::oem::OemText", "Manufacturer's closing deadline"),
         {u"结案时限", u"处理时限", u"结案截止", u"close due"}},
    };
    return f;
}

const QList<ImportFieldDef> &defsOf(ImportKind k)
{
    return k == ImportKind::Surveys ? surveyFields() : ticketFields();
}

} // namespace

QStringList importFields(ImportKind k)
{
    QStringList out;
    for (const ImportFieldDef &f : defsOf(k))
        out << QLatin1String(f.key);
    return out;
}

QString importFieldTitle(const QString &key)
{
    for (const auto *defs : {&surveyFields(), &ticketFields()})
        for (const ImportFieldDef &f : *defs)
            if (key == QLatin1String(f.key))
                return QCoreApplication::translate("crm::oem::OemText", f.title);
    return key.isEmpty() ? OemText::tr("(not imported)") : key;
}

QString guessImportField(ImportKind k, const QString &header)
{
    const QString h = header.trimmed().toLower();
    for (const ImportFieldDef &f : defsOf(k))
        for (const char16_t *name : f.headers)
            if (h == QString::fromUtf16(name))
                return QLatin1String(f.key);
    // Their question columns: "Q1 …", "问题3", "…得分" (the overall is named above).
    static const QRegularExpression question(u"^(q\\d+|问题\\d+)|得分$"_s);
    if (k == ImportKind::Surveys && question.match(h).hasMatch())
        return u"question"_s;
    return {};
}

QStringList guessImportMapping(ImportKind k, const QStringList &headers)
{
    QStringList out;
    for (const QString &h : headers) {
        QString f = guessImportField(k, h);
        if (!f.isEmpty() && f != u"question"_s && out.contains(f))
            f.clear(); // a field is one column; the first wins
        out << f;
    }
    return out;
}

QString mappingProblem(ImportKind k, const QStringList &mapping)
{
    const QStringList needed =
        k == ImportKind::Surveys ? QStringList{u"survey_date"_s, u"vin"_s, u"overall"_s} : QStringList{u"ticket"_s, u"content"_s};
    QStringList missing;
    for (const QString &f : needed)
        if (!mapping.contains(f))
            missing << importFieldTitle(f);
    if (k == ImportKind::Tickets && !mapping.contains(u"vin"_s) && !mapping.contains(u"mobile"_s))
        missing << OemText::tr("VIN or mobile (to find the customer)");
    return missing.isEmpty() ? QString() : OemText::tr("Choose a column for: %1.").arg(missing.join(u", "_s));
}

std::optional<int> overallScore(const QString &type, const QString &text)
{
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    if (!ok || v < 0)
        return std::nullopt;
    if (type.trimmed().compare(u"nps"_s, Qt::CaseInsensitive) == 0 && v <= 10)
        return qRound(v * 10);
    if (v <= 100)
        return qRound(v);
    if (v <= 1000)
        return qRound(v / 10);
    return std::nullopt;
}

} // namespace crm::oem
