// The manufacturer's files coming in: the fields of their survey results and hotline tickets, the
// headers their exports use, and their scores on our scale.
#include "oem/core/OemTemplates.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

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
