#include "archives/services/ImportService.h"

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
        add(ImportField::Brand, {u"品牌", u"brand", u"make"});
        add(ImportField::Model, {u"车型", u"车系", u"model"});
        add(ImportField::Trim, {u"配置", u"版本", u"车款", u"trim"});
        add(ImportField::Colour, {u"颜色", u"车身颜色", u"colour", u"color"});
        add(ImportField::PurchaseDate, {u"购车日期", u"购买日期", u"开票日期", u"purchasedate"});
        add(ImportField::DeliveryDate, {u"交车日期", u"交付日期", u"deliverydate"});
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
struct ParsedRow {
    data::CustomerRow customer;
    bool hasName = false;
    std::optional<data::VehicleRow> vehicle;
    std::optional<data::ServiceVisitRow> visit; // vehicle and customer ids filled in later
};

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

    if (!v.value(ImportField::Vin).isEmpty()) {
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
    if (visitDate->isValid()) {
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
        visit.mileageKm = QString(v.value(ImportField::VisitMileageKm)).remove(u',').toInt();
        visit.advisor = v.value(ImportField::Advisor);
        row.visit = visit;
    }
    return row;
}
} // namespace

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

namespace {
// Rows are decided and written a chunk at a time. A chunk's rows are matched against what the
// archive held for their keys before the chunk (read in a few statements, not one per row) and
// what the chunk's earlier rows did; the next chunk reads the archive again with this one in it.
// So every row sees what the rows before it did, as in a row-at-a-time import, at a fraction of
// the statements (a million rows: ≈ 20 statements a row before, a few per thousand rows now).

// The archive as the rows of one chunk see it, and what they will write.
struct Chunk {
    QHash<QString, data::VehicleRow> vehicleByVin; // existing (deleted too, as vehicleByVin) and new
    QHash<QString, qint64> customerByMobile;       // the lowest live id, as customerIdByMobile
    QHash<qint64, data::CustomerRow> customers;    // live existing customers and new ones
    QSet<QString> visits;                          // CustomerRepository::visitKey

    QList<qint64> newCustomers; // in the order created; rows in `customers`
    QSet<qint64> isNewCustomer;
    QStringList newVehicles, ownershipFrom; // VINs in the order created; rows in vehicleByVin
    QSet<QString> isNewVehicle;
    QSet<qint64> changedCustomers; // existing customers to write back
    QSet<QString> changedVehicles; // existing vehicles to write back, by VIN
    QList<data::ServiceVisitRow> newVisits;
    QSet<qint64> touchedCustomers, touchedVehicles; // existing ones whose derived fields need refreshing
};

// Ids for new rows, reserved a block at a time as rows are decided (on PostgreSQL a reserved id
// not used stays a gap, so a re-run that creates nothing reserves nothing).
class IdBlock {
public:
    IdBlock(data::Database &db, QString table) : m_db(db), m_table(std::move(table)) {}
    Result<qint64> next()
    {
        if (m_used == m_ids.size()) {
            auto ids = m_db.reserveIds(m_table, 1000);
            if (!ids)
                return ids.error();
            m_ids = std::move(*ids);
            m_used = 0;
        }
        return m_ids[m_used++];
    }

private:
    data::Database &m_db;
    QString m_table;
    std::vector<qint64> m_ids;
    size_t m_used = 0;
};

using ParsedRows = std::vector<std::optional<Result<ParsedRow>>>;

// Every field of every row checked: pure (no database), so it runs beside the writing.
ParsedRows parseRows(const ImportTable &table, const QList<ImportField> &mapping, int from, int to)
{
    ParsedRows out(size_t(to - from));
    for (int i = from; i < to; ++i) {
        QHash<ImportField, QString> v;
        for (int c = 0; c < mapping.size() && c < table.rows[i].size(); ++c)
            if (mapping[c] != ImportField::Ignore)
                v.insert(mapping[c], table.rows[i][c].trimmed());
        out[size_t(i - from)] = parseRow(v);
    }
    return out;
}

// What the archive holds for the keys of a chunk's rows.
Status readArchive(data::CustomerRepository &repo, const ParsedRows &rows, Chunk &chunk)
{
    QSet<QString> vins, mobiles;
    for (const auto &r : rows) {
        if (!r->ok())
            continue;
        if ((*r)->vehicle)
            vins.insert((*r)->vehicle->vin);
        if (!(*r)->customer.mobile.isEmpty())
            mobiles.insert((*r)->customer.mobile);
    }
    auto vehicles = repo.vehiclesByVin(vins.values());
    if (!vehicles)
        return vehicles.error();
    chunk.vehicleByVin = *vehicles;
    auto byMobile = repo.customerIdsByMobile(mobiles.values());
    if (!byMobile)
        return byMobile.error();
    chunk.customerByMobile = *byMobile;
    QSet<qint64> customerIds;
    QList<qint64> vehicleIds;
    for (const data::VehicleRow &v : std::as_const(chunk.vehicleByVin)) {
        customerIds.insert(v.customerId);
        vehicleIds << v.id;
    }
    for (qint64 id : std::as_const(chunk.customerByMobile))
        customerIds.insert(id);
    auto customers = repo.liveCustomers(customerIds.values());
    if (!customers)
        return customers.error();
    chunk.customers = *customers;
    auto visits = repo.visitKeys(vehicleIds);
    if (!visits)
        return visits.error();
    chunk.visits = *visits;
    return {};
}

// Fill in what the file knows; never blank out what the archive has.
struct Merge {
    bool changed = false;
    void take(QString &field, const QString &value)
    {
        if (!value.isEmpty() && field != value) {
            field = value;
            changed = true;
        }
    }
    void take(QDate &field, const QDate &value)
    {
        if (value.isValid() && field != value) {
            field = value;
            changed = true;
        }
    }
};

// The chunk's new rows, existing rows changed, visits, and the derived fields of what they touched.
Status writeChunk(data::CustomerRepository &repo, Chunk &chunk, const QString &at)
{
    QList<data::CustomerRow> customers;
    customers.reserve(chunk.newCustomers.size());
    for (qint64 id : std::as_const(chunk.newCustomers))
        customers << chunk.customers.value(id);
    // A new vehicle's last paid visit is among the chunk's visits: nothing else refers to it yet.
    QHash<qint64, QDate> lastPaid;
    for (const data::ServiceVisitRow &v : std::as_const(chunk.newVisits))
        if (v.amountFen > 0 && v.visitDate > lastPaid.value(v.vehicleId))
            lastPaid.insert(v.vehicleId, v.visitDate);
    QList<data::VehicleRow> vehicles;
    QHash<qint64, QList<data::VehicleRow>> vehiclesOf;
    vehicles.reserve(chunk.newVehicles.size());
    for (const QString &vin : std::as_const(chunk.newVehicles)) {
        data::VehicleRow v = chunk.vehicleByVin.value(vin);
        v.lastPaidVisit = lastPaid.value(v.id);
        vehicles << v;
        if (chunk.isNewCustomer.contains(v.customerId))
            vehiclesOf[v.customerId] << v; // an existing owner is in touchedCustomers already
    }
    CRM_TRY(repo.insertCustomers(customers, vehiclesOf, at));
    CRM_TRY(repo.insertVehicles(vehicles, chunk.ownershipFrom, at));
    for (qint64 id : std::as_const(chunk.changedCustomers))
        CRM_TRY(repo.updateCustomer(chunk.customers.value(id), at));
    for (const QString &vin : std::as_const(chunk.changedVehicles))
        CRM_TRY(repo.updateVehicle(chunk.vehicleByVin.value(vin), at));
    CRM_TRY(repo.insertVisits(chunk.newVisits, at));
    for (qint64 vid : std::as_const(chunk.touchedVehicles))
        CRM_TRY(repo.refreshLastPaidVisit(vid));
    for (qint64 cid : std::as_const(chunk.touchedCustomers))
        CRM_TRY(repo.refreshDerived(cid));
    return {};
}

enum class Outcome { Imported, Updated, Unchanged, Rejected };
struct Decision {
    Outcome outcome;
    QString reason; // why a row was rejected
};

// One row, matched and decided against the chunk's view of the archive, which it then updates:
// what the row creates or changes is written at the end of the chunk.
Result<Decision> decide(Chunk &chunk, const ParsedRow &row, IdBlock &customerIds, IdBlock &vehicleIds, const QString &at)
{
    // The VIN first, then the mobile.
    std::optional<data::VehicleRow> vehicle;
    if (row.vehicle) {
        auto it = chunk.vehicleByVin.constFind(row.vehicle->vin);
        if (it != chunk.vehicleByVin.cend())
            vehicle = *it;
    }
    qint64 customerId = vehicle ? vehicle->customerId : 0;
    if (!customerId && !row.customer.mobile.isEmpty())
        customerId = chunk.customerByMobile.value(row.customer.mobile, 0);
    std::optional<data::CustomerRow> current;
    if (customerId) {
        auto it = chunk.customers.constFind(customerId);
        if (it != chunk.customers.cend())
            current = *it;
    }
    if (current) {
        // A matched record is filled in, never re-identified: a different name or mobile on
        // the same VIN is a sale or a data error for a person to decide, not for the importer.
        const data::CustomerRow &c = *current;
        if (row.hasName && !c.name.isEmpty() && row.customer.name != c.name)
            return Decision{
                Outcome::Rejected,
                ImportService::tr("Conflict: %1 belongs to customer #%2 (%3), not %4; transfer the vehicle or correct the file.")
                    .arg(vehicle ? ImportService::tr("VIN %1").arg(vehicle->vin) : ImportService::tr("this mobile"))
                    .arg(customerId)
                    .arg(c.name, row.customer.name)};
        if (!row.customer.mobile.isEmpty() && !c.mobile.isEmpty() && row.customer.mobile != c.mobile)
            return Decision{Outcome::Rejected,
                            ImportService::tr("Conflict: VIN %1 belongs to customer #%2, whose mobile is %3, not %4.")
                                .arg(vehicle ? vehicle->vin : QString())
                                .arg(customerId)
                                .arg(Mobile::masked(c.mobile), Mobile::masked(row.customer.mobile))};
    }
    if (!current && !row.hasName)
        return Decision{
            Outcome::Rejected,
            ImportService::tr("Name: a new customer needs a name (no customer in the archives has this VIN or mobile).")};

    // What is written (at the end of the chunk).
    bool changed = false;
    const bool isNew = !current;
    if (isNew) {
        auto id = customerIds.next();
        if (!id)
            return id.error();
        data::CustomerRow c = row.customer;
        c.id = customerId = *id;
        chunk.customers.insert(customerId, c);
        chunk.newCustomers << customerId;
        chunk.isNewCustomer.insert(customerId);
        if (!c.mobile.isEmpty() && !chunk.customerByMobile.contains(c.mobile))
            chunk.customerByMobile.insert(c.mobile, customerId); // ids only grow: an existing holder stays the lowest
    } else {
        data::CustomerRow merged = *current;
        Merge m;
        m.take(merged.name, row.hasName ? row.customer.name : QString());
        m.take(merged.gender, row.customer.gender);
        m.take(merged.mobile, row.customer.mobile);
        m.take(merged.otherPhones, row.customer.otherPhones);
        m.take(merged.city, row.customer.city);
        m.take(merged.address, row.customer.address);
        m.take(merged.source, row.customer.source);
        m.take(merged.birthday, row.customer.birthday);
        if (row.customer.vip && !merged.vip) {
            merged.vip = true;
            m.changed = true;
        }
        for (const QString &t : row.customer.tags)
            if (!merged.tags.contains(t)) {
                merged.tags << t;
                m.changed = true;
            }
        if (m.changed) {
            changed = true;
            if (!merged.mobile.isEmpty() && chunk.customerByMobile.value(merged.mobile, customerId) >= customerId)
                chunk.customerByMobile.insert(merged.mobile, customerId);
            chunk.customers.insert(customerId, merged);
            if (!chunk.isNewCustomer.contains(customerId)) {
                chunk.changedCustomers.insert(customerId);
                chunk.touchedCustomers.insert(customerId);
            }
        }
    }
    qint64 vehicleId = 0;
    if (row.vehicle) {
        data::VehicleRow incoming = *row.vehicle;
        incoming.customerId = customerId;
        if (!vehicle) {
            auto id = vehicleIds.next();
            if (!id)
                return id.error();
            incoming.id = vehicleId = *id;
            chunk.vehicleByVin.insert(incoming.vin, incoming);
            chunk.newVehicles << incoming.vin;
            chunk.ownershipFrom << (incoming.deliveryDate.isValid() ? incoming.deliveryDate.toString(Qt::ISODate) : at.left(10));
            chunk.isNewVehicle.insert(incoming.vin);
            changed = true;
        } else {
            vehicleId = vehicle->id;
            data::VehicleRow merged = *vehicle;
            Merge m;
            m.take(merged.plate, incoming.plate);
            m.take(merged.brand, incoming.brand);
            m.take(merged.model, incoming.model);
            m.take(merged.trimLevel, incoming.trimLevel);
            m.take(merged.colour, incoming.colour);
            m.take(merged.salesConsultant, incoming.salesConsultant);
            if (incoming.mileageKm > merged.mileageKm) {
                merged.mileageKm = incoming.mileageKm;
                m.changed = true;
            }
            m.take(merged.purchaseDate, incoming.purchaseDate);
            m.take(merged.deliveryDate, incoming.deliveryDate);
            m.take(merged.insuranceExpiry, incoming.insuranceExpiry);
            if (m.changed) {
                chunk.vehicleByVin.insert(merged.vin, merged);
                if (!chunk.isNewVehicle.contains(merged.vin))
                    chunk.changedVehicles.insert(merged.vin);
                changed = true;
            }
        }
        if (changed && !chunk.isNewCustomer.contains(customerId))
            chunk.touchedCustomers.insert(customerId);
    }
    if (row.visit) {
        data::ServiceVisitRow visit = *row.visit;
        visit.vehicleId = vehicleId;
        visit.customerId = customerId;
        const QString key = data::CustomerRepository::visitKey(vehicleId, visit.visitDate, visit.kind, visit.amountFen);
        if (!chunk.visits.contains(key)) { // a re-run of the same file adds no visit twice
            chunk.visits.insert(key);
            chunk.newVisits << visit;
            if (!chunk.isNewVehicle.contains(row.vehicle->vin))
                chunk.touchedVehicles.insert(vehicleId);
            changed = true;
        }
    }
    if (isNew)
        return Decision{Outcome::Imported, {}};
    return Decision{changed ? Outcome::Updated : Outcome::Unchanged, {}};
}
} // namespace

Result<ImportResult> ImportService::importCustomers(const Session &who, const ImportTable &table,
                                                    const QList<ImportField> &mapping, const QString &sourceName,
                                                    const Progress &progress, const std::atomic<bool> *cancel)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::EditCustomers, tr("import customers")));
    if (!mapping.contains(ImportField::Name) && !mapping.contains(ImportField::Mobile) && !mapping.contains(ImportField::Vin))
        return Error::invalid(tr("No column is mapped to the name, the mobile or the VIN; nothing could be matched or created."));
    data::CustomerRepository repo(m_ctx.db);
    const QString at = toStoredUtc(m_ctx.clock.nowUtc());
    ImportResult result;
    const data::BulkCache bulk(m_ctx.db);
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());

    IdBlock customerIds(m_ctx.db, u"customers"_s), vehicleIds(m_ctx.db, u"vehicles"_s);
    const int total = int(table.rows.size());
    // The next chunk's rows are checked on a second thread while this one is matched and written
    // (the checks — mobile numbers, VIN check digits, dates — are a third of the work). A return
    // below waits for it: the future's destructor joins.
    auto check = [&](int from) {
        return std::async(std::launch::async, parseRows, std::cref(table), std::cref(mapping), from,
                          std::min(total, from + m_chunkRows));
    };
    std::future<ParsedRows> next = check(0);
    for (int from = 0; from < total; from += m_chunkRows) {
        if (cancel && cancel->load())
            return Error::conflict(tr("The import was cancelled; nothing was imported."));
        if (progress)
            progress(from, total);
        const int to = std::min(total, from + m_chunkRows);

        // 1. Read and check every field of every row; nothing is written for a rejected row.
        QElapsedTimer clock;
        clock.start();
        const ParsedRows parsed = next.get();
        if (to < total)
            next = check(to);
        const qint64 parseMs = clock.restart();
        Chunk chunk;
        CRM_TRY(readArchive(repo, parsed, chunk));
        const qint64 archiveMs = clock.restart();

        // 2. Match and decide, row by row in file order.
        for (int i = from; i < to; ++i) {
            if (cancel && cancel->load())
                return Error::conflict(tr("The import was cancelled; nothing was imported."));
            if (progress && i > from && i % 500 == 0)
                progress(i, total);
            const int line = i + 2;
            const Result<ParsedRow> &parsedRow = *parsed[size_t(i - from)];
            if (!parsedRow) {
                result.rejected << ImportRejection{line, parsedRow.error().message};
                continue;
            }
            auto decision = decide(chunk, *parsedRow, customerIds, vehicleIds, at);
            if (!decision)
                return decision.error();
            switch (decision->outcome) {
            case Outcome::Imported:
                ++result.imported;
                break;
            case Outcome::Updated:
                ++result.updated;
                break;
            case Outcome::Unchanged:
                ++result.unchanged;
                break;
            case Outcome::Rejected:
                result.rejected << ImportRejection{line, decision->reason};
                break;
            }
        }
        // 3. Write.
        const qint64 decideMs = clock.restart();
        CRM_TRY(writeChunk(repo, chunk, at));
        log::get("archives")
            ->debug("import rows {}–{}: waited for the checks {} ms, archive read {} ms, decided {} ms, written {} ms", from + 2,
                    to + 1, parseMs, archiveMs, decideMs, clock.elapsed());
    }
    CRM_TRY(Guard::audit(m_ctx, &who,
                         {u"import"_s,
                          u"customers"_s,
                          {},
                          {},
                          {{u"file"_s, sourceName},
                           {u"rows"_s, total},
                           {u"imported"_s, result.imported},
                           {u"updated"_s, result.updated},
                           {u"rejected"_s, int(result.rejected.size())}},
                          sourceName}));
    CRM_TRY(tx.commit());
    // A DMS migration can double the archive; small daily files leave the statistics alone.
    if (result.imported >= 10000)
        CRM_TRY(m_ctx.db.refreshStatistics());
    if (progress)
        progress(total, total);
    log::get("archives")
        ->info("import: {} rows, {} new, {} updated, {} rejected", total, result.imported, result.updated,
               result.rejected.size());
    return result;
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
