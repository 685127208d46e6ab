#include "archives/services/CustomerService.h"

#include "archives/core/Consents.h"
#include "archives/services/CustomerAudit.h"
#include "core/Mobile.h"
#include "core/Plate.h"
#include "core/SearchKeys.h"
#include "core/Vin.h"
#include "data/Transaction.h"
#include "services/SettingsService.h"

using namespace Qt::StringLiterals;

namespace crm::services {
namespace {
// A customer as people refer to one: the name and the mobile's last four ("张伟 (尾号5678)").
QString personLabel(data::CustomerRepository &repo, qint64 id)
{
    auto c = repo.customer(id);
    if (!c || !*c)
        return CustomerService::tr("a customer no longer in the archives");
    const QString mobile = (*c)->mobile;
    return mobile.size() >= 4 ? CustomerService::tr("%1 (mobile ending %2)").arg((*c)->name, mobile.right(4)) : (*c)->name;
}
} // namespace

QStringList CustomerService::sources()
{
    return {u"walk_in"_s, u"web"_s, u"referral"_s, u"phone"_s, u"event"_s, u"dms"_s};
}

QString CustomerService::sourceTitle(const QString &id)
{
    if (id == u"walk_in"_s)
        return tr("Walk-in");
    if (id == u"web"_s)
        return tr("Web platform");
    if (id == u"referral"_s)
        return tr("Referral");
    if (id == u"phone"_s)
        return tr("Phone");
    if (id == u"event"_s)
        return tr("Event / auto show");
    if (id == u"dms"_s)
        return tr("DMS import");
    return id;
}

QString CustomerService::visitKindTitle(const QString &id)
{
    if (id == u"maintenance"_s)
        return tr("Maintenance");
    if (id == u"repair"_s)
        return tr("Repair");
    if (id == u"warranty"_s)
        return tr("Warranty");
    if (id == u"accident"_s)
        return tr("Accident repair");
    return id;
}

QString CustomerService::vehicleStatusTitle(const QString &id)
{
    if (id == u"active"_s)
        return tr("In service");
    if (id == u"sold"_s)
        return tr("Sold");
    if (id == u"scrapped"_s)
        return tr("Scrapped");
    if (id == u"moved"_s)
        return tr("Moved away");
    return id;
}

Result<data::CustomerRow> CustomerService::existing(data::CustomerRepository &repo, qint64 customerId)
{
    auto c = repo.customer(customerId);
    if (!c)
        return c.error();
    if (!c->has_value())
        return Error::notFound(tr("Customer %1 does not exist (or was merged or deleted).").arg(customerId));
    return **c;
}

QStringList CustomerService::consentPurposes()
{
    return archives::consentPurposes();
}

QString CustomerService::consentTitle(const QString &p)
{
    if (p == u"service_calls"_s)
        return tr("Service follow-up calls");
    if (p == u"marketing_calls"_s)
        return tr("Marketing calls");
    if (p == u"sms"_s)
        return tr("SMS");
    if (p == u"manufacturer"_s)
        return tr("Sharing with the manufacturer");
    return p;
}

QStringList CustomerService::consentWays()
{
    return {u"phone"_s, u"in_person"_s, u"signed_form"_s, u"online"_s};
}

QString CustomerService::consentWayTitle(const QString &how)
{
    if (how == u"phone"_s)
        return tr("on the phone");
    if (how == u"in_person"_s)
        return tr("in person");
    if (how == u"signed_form"_s)
        return tr("signed form");
    if (how == u"online"_s)
        return tr("online");
    if (how == u"erased"_s)
        return tr("withdrawn when the personal data was erased");
    return how;
}

Result<data::CustomerRow> CustomerService::validate(const CustomerInput &in)
{
    data::CustomerRow c;
    c.name = in.name.simplified();
    if (c.name.isEmpty())
        return Error::invalid(tr("Name: enter the customer's name."));
    if (c.name.size() > 40)
        return Error::invalid(tr("Name: at most 40 characters."));
    c.gender = in.gender.trimmed().toUpper();
    if (c.gender == u"男"_s)
        c.gender = u"M"_s;
    if (c.gender == u"女"_s)
        c.gender = u"F"_s;
    if (!c.gender.isEmpty() && c.gender != u"M"_s && c.gender != u"F"_s)
        return Error::invalid(tr("Gender: \"%1\" is neither male nor female.").arg(in.gender));
    if (!in.mobile.trimmed().isEmpty()) {
        auto m = Mobile::normalise(in.mobile);
        if (!m)
            return Error::invalid(tr("Mobile: %1").arg(m.error().message));
        c.mobile = *m;
    }
    // Too long is refused, never cut: a cut address is a wrong address nobody was told about
    // (an import row is rejected with this reason and its full text kept in the report).
    auto fits = [](const QString &field, const QString &value, int limit) -> Status {
        if (value.size() > limit)
            return Error::invalid(tr("%1: at most %2 characters (this one has %3).").arg(field).arg(limit).arg(value.size()));
        return {};
    };
    c.otherPhones = in.otherPhones.simplified();
    CRM_TRY(fits(tr("Other phones"), c.otherPhones, 100));
    c.city = in.city.simplified();
    CRM_TRY(fits(tr("City"), c.city, 40));
    c.address = in.address.simplified();
    CRM_TRY(fits(tr("Address"), c.address, 200));
    c.source = in.source.trimmed();
    if (!c.source.isEmpty() && !sources().contains(c.source))
        return Error::invalid(tr("Source: \"%1\" is not one of the known sources.").arg(c.source));
    c.birthday = in.birthday;
    if (c.birthday.isValid() && (c.birthday > QDate::currentDate() || c.birthday.year() < 1900))
        return Error::invalid(tr("Birthday: %1 is not a plausible birthday.").arg(c.birthday.toString(Qt::ISODate)));
    c.vip = in.vip;
    for (const QString &t : in.tags) {
        const QString tag = t.simplified();
        CRM_TRY(fits(tr("Tag"), tag, 20));
        if (!tag.isEmpty() && !c.tags.contains(tag))
            c.tags << tag;
    }
    return c;
}

Result<data::VehicleRow> CustomerService::validate(const VehicleInput &in)
{
    data::VehicleRow v;
    auto vin = Vin::validate(in.vin);
    if (!vin)
        return Error::invalid(tr("VIN: %1").arg(vin.error().message));
    v.vin = *vin;
    if (!in.plate.trimmed().isEmpty()) {
        auto plate = Plate::normalise(in.plate);
        if (!plate)
            return Error::invalid(tr("Plate: %1").arg(plate.error().message));
        v.plate = *plate;
    }
    v.brand = in.brand.simplified();
    v.model = in.model.simplified();
    if (v.model.isEmpty())
        return Error::invalid(tr("Model: enter the vehicle model."));
    v.trimLevel = in.trimLevel.simplified();
    v.colour = in.colour.simplified();
    v.salesConsultant = in.salesConsultant.simplified();
    v.purchaseDate = in.purchaseDate;
    v.deliveryDate = in.deliveryDate;
    v.insuranceExpiry = in.insuranceExpiry;
    if (v.deliveryDate.isValid() && v.purchaseDate.isValid() && v.deliveryDate < v.purchaseDate)
        return Error::invalid(tr("Delivery date: %1 is before the purchase date %2.")
                                  .arg(v.deliveryDate.toString(Qt::ISODate), v.purchaseDate.toString(Qt::ISODate)));
    if (in.mileageKm < 0 || in.mileageKm > 3000000)
        return Error::invalid(tr("Mileage: %1 km is not plausible.").arg(in.mileageKm));
    v.mileageKm = in.mileageKm;
    v.status = in.status.isEmpty() ? u"active"_s : in.status;
    if (!QStringList{u"active"_s, u"sold"_s, u"scrapped"_s, u"moved"_s}.contains(v.status))
        return Error::invalid(tr("Status: \"%1\" is not a vehicle status.").arg(v.status));
    v.statusReason = in.statusReason.simplified();
    if (v.status != u"active"_s && v.statusReason.isEmpty())
        return Error::invalid(tr("Status: give the reason the vehicle is no longer in service."));
    return v;
}

data::CustomerQuery CustomerService::withChurnDates(data::CustomerQuery q)
{
    SettingsService s(m_ctx);
    const QDate today = localToday(m_ctx.clock);
    q.atRiskBefore = today.addMonths(-s.intValue(settings::kChurnAtRiskMonths));
    q.lostBefore = today.addMonths(-s.intValue(settings::kChurnLostMonths));
    return q;
}

Result<QList<data::CustomerListRow>> CustomerService::page(const Session &who, const data::CustomerQuery &q,
                                                           const std::optional<data::ListCursor> &after, int limit)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ViewCustomers, tr("see the customer archives")));
    auto rows = data::CustomerRepository(m_ctx.db).page(withChurnDates(q), after, qBound(1, limit, 1000));
    if (!rows)
        return rows.error();
    for (data::CustomerListRow &r : *rows)
        r.mobile = Mobile::masked(r.mobile); // lists never show the whole number
    return rows;
}

Result<qint64> CustomerService::count(const Session &who, const data::CustomerQuery &q)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ViewCustomers, tr("see the customer archives")));
    return data::CustomerRepository(m_ctx.db).count(withChurnDates(q));
}

Result<std::optional<data::ListCursor>> CustomerService::cursorAt(const Session &who, const data::CustomerQuery &q,
                                                                  qint64 position, qint64 total)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ViewCustomers, tr("see the customer archives")));
    return data::CustomerRepository(m_ctx.db).cursorAt(withChurnDates(q), position, total);
}

Result<QList<data::CustomerListRow>> CustomerService::search(const Session &who, const QString &text, int limit)
{
    data::CustomerQuery q;
    q.search = SearchKeys::normaliseQuery(text);
    if (q.search.isEmpty())
        return QList<data::CustomerListRow>();
    return page(who, q, std::nullopt, limit);
}

Result<CustomerCard> CustomerService::card(const Session &who, qint64 customerId)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ViewCustomers, tr("see the customer archives")));
    data::CustomerRepository repo(m_ctx.db);
    auto c = existing(repo, customerId);
    if (!c)
        return c.error();
    CustomerCard card;
    card.customer = *c;
    card.customer.mobile = Mobile::masked(card.customer.mobile);
    auto v = repo.vehicles(customerId);
    if (!v)
        return v.error();
    card.vehicles = *v;
    auto t = repo.timeline(customerId);
    if (!t)
        return t.error();
    card.timeline = *t;
    auto consents = repo.consents(customerId);
    if (!consents)
        return consents.error();
    card.consents = *consents;
    return card;
}

Result<QString> CustomerService::revealMobile(const Session &who, qint64 customerId)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::RevealMobile, tr("see customers' full mobile numbers")));
    auto c = data::CustomerRepository(m_ctx.db).customer(customerId);
    if (!c)
        return c.error();
    if (!c->has_value())
        return Error::notFound(tr("Customer %1 does not exist (or was merged or deleted).").arg(customerId));
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    CRM_TRY(Guard::audit(m_ctx, &who, {u"reveal"_s, u"customers"_s, QString::number(customerId), {}, {}, u"mobile"_s}));
    CRM_TRY(tx.commit());
    return (*c)->mobile;
}

Result<qint64> CustomerService::create(const Session &who, const CustomerInput &in)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::EditCustomers, tr("add customers")));
    auto row = validate(in);
    if (!row)
        return row.error();
    data::CustomerRepository repo(m_ctx.db);
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    if (!row->mobile.isEmpty()) {
        auto dup = repo.customerIdByMobile(row->mobile);
        if (!dup)
            return dup.error();
        if (dup->has_value())
            return Error::conflict(tr("Mobile: %1 already belongs to %2; open that customer instead, or merge.")
                                       .arg(Mobile::masked(row->mobile), personLabel(repo, **dup)));
    }
    const QString at = toStoredUtc(m_ctx.clock.nowUtc());
    auto id = repo.insertCustomer(*row, at);
    if (!id)
        return id.error();
    CRM_TRY(repo.refreshDerived(*id));
    CRM_TRY(Guard::audit(m_ctx, &who, {u"create"_s, u"customers"_s, QString::number(*id), {}, auditFields(*row), {}}));
    CRM_TRY(tx.commit());
    return *id;
}

Status CustomerService::update(const Session &who, qint64 customerId, const CustomerInput &in)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::EditCustomers, tr("change customers")));
    auto row = validate(in);
    if (!row)
        return row.error();
    data::CustomerRepository repo(m_ctx.db);
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    auto before = existing(repo, customerId);
    if (!before)
        return before.error();
    // An unchanged masked number from a form means "keep the number".
    if (in.mobile.trimmed() == Mobile::masked(before->mobile))
        row->mobile = before->mobile;
    if (!row->mobile.isEmpty() && row->mobile != before->mobile) {
        auto dup = repo.customerIdByMobile(row->mobile, customerId);
        if (!dup)
            return dup.error();
        if (dup->has_value())
            return Error::conflict(tr("Mobile: %1 already belongs to %2; merge the two instead.")
                                       .arg(Mobile::masked(row->mobile), personLabel(repo, **dup)));
    }
    row->id = customerId;
    CRM_TRY(repo.updateCustomer(*row, toStoredUtc(m_ctx.clock.nowUtc())));
    CRM_TRY(repo.refreshDerived(customerId));
    CRM_TRY(Guard::audit(
        m_ctx, &who, {u"update"_s, u"customers"_s, QString::number(customerId), auditFields(*before), auditFields(*row), {}}));
    return tx.commit();
}

Result<qint64> CustomerService::addVehicle(const Session &who, qint64 customerId, const VehicleInput &in)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::EditCustomers, tr("add vehicles")));
    auto row = validate(in);
    if (!row)
        return row.error();
    row->customerId = customerId;
    data::CustomerRepository repo(m_ctx.db);
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    auto owner = existing(repo, customerId);
    if (!owner)
        return owner.error();
    auto existing = repo.vehicleByVin(row->vin);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return Error::conflict(
            tr("VIN: %1 is already in the archives (%2).").arg(row->vin, personLabel(repo, (*existing)->customerId)));
    const QString at = toStoredUtc(m_ctx.clock.nowUtc());
    auto id = repo.insertVehicle(*row, at);
    if (!id)
        return id.error();
    CRM_TRY(repo.refreshDerived(customerId));
    CRM_TRY(Guard::audit(m_ctx, &who, {u"create"_s, u"vehicles"_s, QString::number(*id), {}, auditFields(*row), {}}));
    CRM_TRY(tx.commit());
    return *id;
}

} // namespace crm::services
