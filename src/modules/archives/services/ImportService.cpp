#include "archives/services/ImportService.h"

#include "archives/services/ImportRows.h"

#include "archives/data/CustomerRepository.h"
#include "archives/services/CustomerService.h"
#include "core/Csv.h"
#include "core/Log.h"
#include "core/Mobile.h"
#include "core/TextCodec.h"
#include "data/BatchInsert.h"
#include "data/Transaction.h"
#include "services/XlsxReader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <future>

using namespace Qt::StringLiterals;

namespace crm::services {
namespace {
QString key(const QString &header)
{
    QString k = header.trimmed().toLower();
    k.remove(u' ').remove(u'_').remove(u'（').remove(u'）').remove(u'(').remove(u')').remove(u'*');
    return k;
}

const QHash<QString, ImportField> &headerTable()
{
    static const QHash<QString, ImportField> table = [] {
        QHash<QString, ImportField> t;
        auto add = [&t](ImportField f, std::initializer_list<const char16_t *> names) {
            for (const char16_t *n : names)
                t.insert(key(QString::fromUtf16(n)), f);
        };
        add(ImportField::Name, {u"姓名", u"客户姓名", u"车主姓名", u"客户名称", u"车主", u"name", u"customer", u"customername"});
        add(ImportField::Gender, {u"性别", u"gender", u"sex"});
        add(ImportField::Mobile, {u"手机", u"手机号", u"手机号码", u"移动电话", u"联系电话", u"联系手机", u"mobile",
                                  u"mobilephone", u"phone", u"cell"});
        add(ImportField::OtherPhones, {u"其他电话", u"固定电话", u"座机", u"otherphones", u"landline"});
        add(ImportField::Birthday, {u"生日", u"出生日期", u"birthday", u"dateofbirth"});
        add(ImportField::City, {u"城市", u"所在城市", u"city"});
        add(ImportField::Address, {u"地址", u"联系地址", u"住址", u"address"});
        add(ImportField::Source, {u"来源", u"客户来源", u"信息来源", u"source"});
        add(ImportField::Vip, {u"vip", u"是否vip", u"贵宾"});
        add(ImportField::Tags, {u"标签", u"tags"});
        add(ImportField::Vin, {u"vin", u"车架号", u"车辆识别代号", u"车辆识别代码", u"底盘号"});
        add(ImportField::Plate, {u"车牌", u"车牌号", u"车牌号码", u"plate", u"licenseplate"});
        add(ImportField::Brand, {u"品牌", u"厂牌", u"车辆品牌", u"brand", u"make"});
        add(ImportField::Model, {u"车型", u"车系", u"model"});
        add(ImportField::Trim, {u"配置", u"版本", u"车款", u"trim"});
        add(ImportField::Colour, {u"颜色", u"车身颜色", u"colour", u"color"});
        add(ImportField::PurchaseDate, {u"购车日期", u"购买日期", u"开票日期", u"purchasedate"});
        add(ImportField::DeliveryDate, {u"交车日期", u"交付日期", u"交车时间", u"提车日期", u"deliverydate"});
        add(ImportField::SalesConsultant, {u"销售顾问", u"salesconsultant", u"salesperson"});
        add(ImportField::MileageKm, {u"里程", u"行驶里程", u"当前里程", u"mileage", u"mileagekm"});
        add(ImportField::InsuranceExpiry, {u"保险到期", u"保险到期日", u"保险到期日期", u"insuranceexpiry"});
        add(ImportField::VisitDate,
            {u"进厂日期", u"到店日期", u"维修日期", u"服务日期", u"结算日期", u"visitdate", u"servicedate"});
        add(ImportField::VisitKind, {u"维修类型", u"服务类型", u"业务类型", u"visitkind", u"servicetype"});
        add(ImportField::VisitMileageKm, {u"进厂里程", u"进店里程", u"visitmileage", u"visitmileagekm"});
        add(ImportField::Advisor, {u"服务顾问", u"接待顾问", u"advisor", u"serviceadvisor"});
        add(ImportField::Amount, {u"金额", u"结算金额", u"维修金额", u"amount", u"total"});
        return t;
    }();
    return table;
}

QString visitKind(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t.contains(u"保养"_s) || t == u"maintenance"_s || t.contains(u"首保"_s) || t.contains(u"定保"_s))
        return u"maintenance"_s;
    if (t.contains(u"事故"_s) || t.contains(u"钣喷"_s) || t == u"accident"_s)
        return u"accident"_s;
    if (t.contains(u"保修"_s) || t.contains(u"索赔"_s) || t.contains(u"三包"_s) || t == u"warranty"_s)
        return u"warranty"_s;
    if (t.contains(u"维修"_s) || t.contains(u"机修"_s) || t == u"repair"_s)
        return u"repair"_s;
    return {};
}

QString sourceId(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty())
        return {};
    if (CustomerService::sources().contains(t))
        return t;
    if (t.contains(u"展厅"_s) || t.contains(u"到店"_s) || t.contains(u"walk"_s))
        return u"walk_in"_s;
    if (t.contains(u"网"_s) || t.contains(u"汽车之家"_s) || t.contains(u"懂车帝"_s) || t.contains(u"易车"_s) || t == u"web"_s)
        return u"web"_s;
    if (t.contains(u"介绍"_s) || t.contains(u"推荐"_s) || t.contains(u"referral"_s))
        return u"referral"_s;
    if (t.contains(u"电话"_s) || t == u"phone"_s)
        return u"phone"_s;
    if (t.contains(u"车展"_s) || t.contains(u"活动"_s) || t == u"event"_s)
        return u"event"_s;
    if (t.contains(u"dms"_s))
        return u"dms"_s;
    return u"?"_s;
}

std::optional<bool> yesNo(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t == u"否"_s || t == u"n"_s || t == u"no"_s || t == u"0"_s || t == u"false"_s || t == u"非vip"_s)
        return false;
    if (t == u"是"_s || t == u"y"_s || t == u"yes"_s || t == u"1"_s || t == u"true"_s || t == u"vip"_s)
        return true;
    return std::nullopt;
}

// The titles of those of `fields` the row has a value in: what a rejection would otherwise lose.
QStringList given(const QHash<ImportField, QString> &v, std::initializer_list<ImportField> fields)
{
    QStringList out;
    for (ImportField f : fields)
        if (!v.value(f).isEmpty())
            out << ImportService::fieldTitle(f);
    return out;
}

} // namespace

// Every check of one row, through the same rules the forms use. The first problem found is the reason.
Result<ParsedRow> parseRow(const QHash<ImportField, QString> &v)
{
    if (v.value(ImportField::Name).isEmpty() && v.value(ImportField::Mobile).isEmpty() && v.value(ImportField::Vin).isEmpty())
        return Error::invalid(ImportService::tr("The row has no name, no mobile and no VIN."));
    auto date = [&v](ImportField f) -> Result<QDate> {
        const QString text = v.value(f);
        const QDate d = parseLooseDate(text);
        if (!text.isEmpty() && !d.isValid())
            return Error::invalid(ImportService::tr("%1: \"%2\" is not a date (write 2024-03-05, 2024/3/5 or 2024年3月5日).")
                                      .arg(ImportService::fieldTitle(f), text));
        return d;
    };
    ParsedRow row;
    CustomerInput ci;
    row.hasName = !v.value(ImportField::Name).isEmpty();
    ci.name = row.hasName ? v.value(ImportField::Name) : u"-"_s; // a matched row may leave the name out
    ci.gender = v.value(ImportField::Gender);
    if (ci.gender.compare(u"male"_s, Qt::CaseInsensitive) == 0)
        ci.gender = u"M"_s;
    if (ci.gender.compare(u"female"_s, Qt::CaseInsensitive) == 0)
        ci.gender = u"F"_s;
    ci.mobile = v.value(ImportField::Mobile);
    ci.otherPhones = v.value(ImportField::OtherPhones);
    auto birthday = date(ImportField::Birthday);
    if (!birthday)
        return birthday.error();
    ci.birthday = *birthday;
    ci.city = v.value(ImportField::City);
    ci.address = v.value(ImportField::Address);
    ci.source = sourceId(v.value(ImportField::Source));
    if (!v.value(ImportField::Tags).isEmpty())
        ci.tags = v.value(ImportField::Tags).split(QRegularExpression(u"[,，;；、]"_s), Qt::SkipEmptyParts);
    if (ci.source == u"?"_s) { // an unknown source is kept as a tag rather than dropped
        ci.tags << ImportService::tr("Source: %1").arg(v.value(ImportField::Source));
        ci.source.clear();
    }
    const auto vip = yesNo(v.value(ImportField::Vip));
    if (!vip)
        return Error::invalid(ImportService::tr("VIP: \"%1\" is neither yes nor no.").arg(v.value(ImportField::Vip)));
    ci.vip = *vip;
    auto customer = CustomerService::validate(ci);
    if (!customer)
        return customer.error();
    row.customer = *customer;
    if (!row.hasName)
        row.customer.name.clear();

    // A vehicle is kept by its VIN (the manufacturer's files, recalls and merges all key on it);
    // a plate, model or date without one is not guessed into a vehicle nor dropped: the row is
    // rejected, naming the columns that would have been lost.
    if (v.value(ImportField::Vin).isEmpty()) {
        const QStringList lost = given(v, {ImportField::Plate, ImportField::Brand, ImportField::Model, ImportField::Trim,
                                           ImportField::Colour, ImportField::PurchaseDate, ImportField::DeliveryDate,
                                           ImportField::SalesConsultant, ImportField::MileageKm, ImportField::InsuranceExpiry});
        if (!lost.isEmpty())
            return Error::invalid(ImportService::tr("VIN: the row has vehicle columns (%1) but no VIN; add the VIN, or "
                                                    "clear those columns to import the customer alone.")
                                      .arg(lost.join(ImportService::tr(", "))));
    } else {
        VehicleInput vi;
        vi.vin = v.value(ImportField::Vin);
        vi.plate = v.value(ImportField::Plate);
        vi.brand = v.value(ImportField::Brand);
        vi.model = v.value(ImportField::Model);
        vi.trimLevel = v.value(ImportField::Trim);
        vi.colour = v.value(ImportField::Colour);
        vi.salesConsultant = v.value(ImportField::SalesConsultant);
        for (auto [field, target] :
             {std::pair{ImportField::PurchaseDate, &vi.purchaseDate}, std::pair{ImportField::DeliveryDate, &vi.deliveryDate},
              std::pair{ImportField::InsuranceExpiry, &vi.insuranceExpiry}}) {
            auto d = date(field);
            if (!d)
                return d.error();
            *target = *d;
        }
        if (!v.value(ImportField::MileageKm).isEmpty()) {
            bool ok = false;
            vi.mileageKm = QString(v.value(ImportField::MileageKm)).remove(u',').toInt(&ok);
            if (!ok)
                return Error::invalid(ImportService::tr("Mileage: \"%1\" is not a whole number of kilometres.")
                                          .arg(v.value(ImportField::MileageKm)));
        }
        auto vehicle = CustomerService::validate(vi);
        if (!vehicle)
            return vehicle.error();
        row.vehicle = *vehicle;
    }

    auto visitDate = date(ImportField::VisitDate);
    if (!visitDate)
        return visitDate.error();
    if (!visitDate->isValid()) {
        const QStringList lost =
            given(v, {ImportField::VisitKind, ImportField::VisitMileageKm, ImportField::Advisor, ImportField::Amount});
        if (!lost.isEmpty())
            return Error::invalid(ImportService::tr("Visit date: the row has service visit columns (%1) but no visit date.")
                                      .arg(lost.join(ImportService::tr(", "))));
    } else {
        if (!row.vehicle)
            return Error::invalid(ImportService::tr("Visit date: a service visit needs the vehicle's VIN."));
        data::ServiceVisitRow visit;
        visit.visitDate = *visitDate;
        visit.kind = visitKind(v.value(ImportField::VisitKind));
        if (visit.kind.isEmpty())
            return Error::invalid(ImportService::tr("Visit kind: \"%1\" is not maintenance, repair, warranty or accident.")
                                      .arg(v.value(ImportField::VisitKind)));
        QString amountText = v.value(ImportField::Amount);
        amountText.remove(u'¥').remove(u'￥').remove(u',').remove(u"元"_s);
        bool ok = true;
        const double amount = amountText.trimmed().isEmpty() ? 0.0 : amountText.trimmed().toDouble(&ok);
        if (!ok || amount < 0 || amount > 10000000)
            return Error::invalid(
                ImportService::tr("Amount: \"%1\" is not an amount of money.").arg(v.value(ImportField::Amount)));
        visit.amountFen = qRound64(amount * 100);
        const QString visitKm = QString(v.value(ImportField::VisitMileageKm)).remove(u',').trimmed();
        visit.mileageKm = visitKm.toInt(&ok);
        if (!visitKm.isEmpty() && (!ok || visit.mileageKm < 0 || visit.mileageKm > 3000000))
            return Error::invalid(ImportService::tr("Visit mileage: \"%1\" is not a whole number of kilometres.")
                                      .arg(v.value(ImportField::VisitMileageKm)));
        if (visitKm.isEmpty())
            visit.mileageKm = 0;
        visit.advisor = v.value(ImportField::Advisor);
        row.visit = visit;
    }
    return row;
}

QList<ImportField> ImportService::allFields()
{
    QList<ImportField> out;
    for (int i = int(ImportField::Ignore); i <= int(ImportField::Amount); ++i)
        out << ImportField(i);
    return out;
}

QString ImportService::fieldTitle(ImportField f)
{
    switch (f) {
    case ImportField::Ignore:
        return tr("(ignore)");
    case ImportField::Name:
        return tr("Name");
    case ImportField::Gender:
        return tr("Gender");
    case ImportField::Mobile:
        return tr("Mobile");
    case ImportField::OtherPhones:
        return tr("Other phones");
    case ImportField::Birthday:
        return tr("Birthday");
    case ImportField::City:
        return tr("City");
    case ImportField::Address:
        return tr("Address");
    case ImportField::Source:
        return tr("Source");
    case ImportField::Vip:
        return tr("VIP");
    case ImportField::Tags:
        return tr("Tags");
    case ImportField::Vin:
        return tr("VIN");
    case ImportField::Plate:
        return tr("Plate");
    case ImportField::Brand:
        return tr("Brand");
    case ImportField::Model:
        return tr("Model");
    case ImportField::Trim:
        return tr("Trim");
    case ImportField::Colour:
        return tr("Colour");
    case ImportField::PurchaseDate:
        return tr("Purchase date");
    case ImportField::DeliveryDate:
        return tr("Delivery date");
    case ImportField::SalesConsultant:
        return tr("Sales consultant");
    case ImportField::MileageKm:
        return tr("Mileage (km)");
    case ImportField::InsuranceExpiry:
        return tr("Insurance expiry");
    case ImportField::VisitDate:
        return tr("Visit date");
    case ImportField::VisitKind:
        return tr("Visit kind");
    case ImportField::VisitMileageKm:
        return tr("Visit mileage (km)");
    case ImportField::Advisor:
        return tr("Service advisor");
    case ImportField::Amount:
        return tr("Amount (¥)");
    }
    return {};
}

ImportField ImportService::guessField(const QString &header)
{
    return headerTable().value(key(header), ImportField::Ignore);
}

QList<ImportField> ImportService::guessMapping(const QStringList &headers)
{
    QList<ImportField> out;
    QSet<ImportField> used;
    for (const QString &h : headers) {
        ImportField f = guessField(h);
        if (f != ImportField::Ignore && used.contains(f))
            f = ImportField::Ignore; // the first column of a kind wins
        used.insert(f);
        out << f;
    }
    return out;
}

int ImportService::columnOf(const QStringList &headers, std::initializer_list<const char16_t *> names)
{
    for (int i = 0; i < headers.size(); ++i)
        for (const char16_t *n : names)
            if (headers[i].trimmed().compare(QString::fromUtf16(n), Qt::CaseInsensitive) == 0)
                return i;
    return -1;
}

Result<ImportTable> ImportService::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(tr("Cannot open %1: %2").arg(path, file.errorString()));
    ImportTable t;
    QList<QStringList> rows;
    if (QFileInfo(path).suffix().compare(u"xlsx"_s, Qt::CaseInsensitive) == 0) {
        file.close();
        auto sheet = readXlsxFirstSheet(path);
        if (!sheet)
            return sheet.error();
        rows = *sheet;
        t.encoding = u"XLSX"_s;
    } else {
        const QByteArray bytes = file.readAll();
        const TextCodec::Encoding enc = TextCodec::detect(bytes);
        auto text = TextCodec::decode(bytes, enc);
        if (!text)
            return text.error();
        rows = Csv::parse(*text);
        t.encoding = enc == TextCodec::Encoding::Utf8 ? u"UTF-8"_s : u"GB18030"_s;
    }
    if (rows.isEmpty())
        return Error::invalid(tr("%1 is empty: there is no header row.").arg(QFileInfo(path).fileName()));
    t.headers = rows.takeFirst();
    for (QString &h : t.headers)
        h = h.trimmed();
    t.rows = rows;
    return t;
}

Status ImportService::writeRejections(const QString &path, const ImportTable &table, const ImportResult &result)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error::io(tr("Cannot write %1: %2").arg(path, f.errorString()));
    QString out = Csv::line(QStringList{tr("Line"), tr("Reason")} + table.headers);
    for (const ImportRejection &r : result.rejected)
        out += Csv::line(QStringList{QString::number(r.line), r.reason} + table.rows.value(r.line - 2));
    f.write("\xEF\xBB\xBF");
    f.write(out.toUtf8());
    if (!f.flush())
        return Error::io(tr("Cannot write %1: %2").arg(path, f.errorString()));
    return {};
}

} // namespace crm::services
