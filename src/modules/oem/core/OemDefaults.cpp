// The templates a dealership starts from: one per data set, in the column names, codes and file
// types the manufacturers' portals usually ask for (the supervisor edits them to the letter).
#include "oem/core/OemTemplates.h"

using namespace Qt::StringLiterals;

namespace crm::oem {

namespace {

Column col(const char *field, const char *header, const QString &format = {}, const QMap<QString, QString> &codes = {})
{
    return {QLatin1String(field), QString::fromUtf8(header), format, codes};
}

const QString kDay = u"yyyy-MM-dd"_s;
const QString kTime = u"yyyy-MM-dd HH:mm:ss"_s;

} // namespace

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

} // namespace crm::oem
