// CustomerService: a vehicle's changes (edit, transfer to another owner), its service visits, and consents.
#include "archives/services/CustomerService.h"

#include "archives/core/Consents.h"
#include "archives/services/CustomerAudit.h"
#include "core/Mobile.h"
#include "core/Plate.h"
#include "core/SearchKeys.h"
#include "core/Vin.h"
#include "data/Transaction.h"
#include "frontdesk/services/AppointmentService.h"
#include "services/SettingsService.h"

using namespace Qt::StringLiterals;

namespace crm::services {

Status CustomerService::transferVehicle(const Session &who, qint64 vehicleId, qint64 toCustomerId, const QDate &date,
                                        const QString &note)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::EditCustomers, tr("transfer vehicles")));
    if (!date.isValid() || date > localToday(m_ctx.clock).addDays(1))
        return Error::invalid(tr("Transfer date: give the day the vehicle changed hands (not in the future)."));
    data::CustomerRepository repo(m_ctx.db);
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    auto vehicle = repo.vehicleById(vehicleId);
    if (!vehicle)
        return vehicle.error();
    if (!*vehicle)
        return Error::notFound(tr("Vehicle %1 does not exist.").arg(vehicleId));
    const qint64 from = (*vehicle)->customerId;
    if (from == toCustomerId)
        return Error::invalid(tr("The vehicle already belongs to this customer."));
    auto to = existing(repo, toCustomerId);
    if (!to)
        return to.error();
    CRM_TRY(repo.transferVehicle(vehicleId, toCustomerId, date, note.simplified(), toStoredUtc(m_ctx.clock.nowUtc())));
    CRM_TRY(repo.refreshDerived(from));
    CRM_TRY(repo.refreshDerived(toCustomerId));
    CRM_TRY(Guard::audit(m_ctx, &who,
                         {u"transfer"_s,
                          u"vehicles"_s,
                          QString::number(vehicleId),
                          {{u"customer_id"_s, from}},
                          {{u"customer_id"_s, toCustomerId}, {u"date"_s, date.toString(Qt::ISODate)}},
                          note}));
    return tx.commit();
}

Status CustomerService::updateVehicle(const Session &who, qint64 vehicleId, const VehicleInput &in)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::EditCustomers, tr("change vehicles")));
    auto row = validate(in);
    if (!row)
        return row.error();
    data::CustomerRepository repo(m_ctx.db);
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    auto before = repo.vehicleById(vehicleId);
    if (!before)
        return before.error();
    if (!before->has_value())
        return Error::notFound(tr("Vehicle %1 does not exist.").arg(vehicleId));
    if (row->vin != (*before)->vin)
        return Error::invalid(tr("VIN: the VIN of a vehicle cannot change; add the other vehicle instead."));
    row->id = vehicleId;
    row->customerId = (*before)->customerId;
    CRM_TRY(repo.updateVehicle(*row, toStoredUtc(m_ctx.clock.nowUtc())));
    CRM_TRY(repo.refreshDerived(row->customerId));
    QVariantMap was = auditFields(**before), now = auditFields(*row);
    was.insert(u"status_reason"_s, (*before)->statusReason);
    now.insert(u"status_reason"_s, row->statusReason);
    CRM_TRY(Guard::audit(m_ctx, &who, {u"update"_s, u"vehicles"_s, QString::number(vehicleId), was, now, {}}));
    return tx.commit();
}

Result<qint64> CustomerService::addVisit(const Session &who, qint64 vehicleId, const data::ServiceVisitRow &in)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::EditCustomers, tr("record service visits")));
    if (!in.visitDate.isValid() || in.visitDate > localToday(m_ctx.clock).addDays(1))
        return Error::invalid(tr("Visit date: give the day of the visit (not in the future)."));
    if (!QStringList{u"maintenance"_s, u"repair"_s, u"warranty"_s, u"accident"_s}.contains(in.kind))
        return Error::invalid(tr("Visit kind: choose maintenance, repair, warranty or accident."));
    if (in.mileageKm < 0 || in.mileageKm > 3000000)
        return Error::invalid(tr("Mileage: %1 km is not plausible.").arg(in.mileageKm));
    if (in.amountFen < 0)
        return Error::invalid(tr("Amount: it cannot be negative."));
    data::CustomerRepository repo(m_ctx.db);
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    auto vehicle = repo.vehicleById(vehicleId);
    if (!vehicle)
        return vehicle.error();
    if (!vehicle->has_value())
        return Error::notFound(tr("Vehicle %1 does not exist.").arg(vehicleId));
    data::ServiceVisitRow v = in;
    v.vehicleId = vehicleId;
    v.customerId = (*vehicle)->customerId;
    v.advisor = v.advisor.simplified();
    auto id = repo.insertVisit(v, toStoredUtc(m_ctx.clock.nowUtc()));
    if (!id)
        return id.error();
    CRM_TRY(repo.refreshLastPaidVisit(vehicleId));
    if (v.mileageKm > (*vehicle)->mileageKm) {
        data::VehicleRow updated = **vehicle;
        updated.mileageKm = v.mileageKm;
        CRM_TRY(repo.updateVehicle(updated, toStoredUtc(m_ctx.clock.nowUtc())));
    }
    CRM_TRY(Guard::audit(m_ctx, &who,
                         {u"create"_s,
                          u"service_visits"_s,
                          QString::number(*id),
                          {},
                          {{u"vehicle_id"_s, vehicleId},
                           {u"date"_s, v.visitDate.toString(Qt::ISODate)},
                           {u"kind"_s, v.kind},
                           {u"mileage_km"_s, v.mileageKm},
                           {u"amount_fen"_s, v.amountFen}},
                          {}}));
    // The visit is the arrival of the vehicle's appointment around that day (once).
    auto credited = AppointmentService(m_ctx).creditVisit(who, *id, vehicleId, v.visitDate);
    if (!credited)
        return credited.error();
    CRM_TRY(tx.commit());
    return *id;
}

Status CustomerService::setConsent(const Session &who, qint64 customerId, const QString &purpose, bool granted,
                                   const QString &how)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::EditCustomers, tr("record consent")));
    if (!consentPurposes().contains(purpose))
        return Error::invalid(tr("\"%1\" is not a consent purpose.").arg(purpose));
    if (!consentWays().contains(how))
        return Error::invalid(tr("Say how the customer gave or withdrew consent."));
    data::CustomerRepository repo(m_ctx.db);
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    auto c = existing(repo, customerId);
    if (!c)
        return c.error();
    auto before = repo.consents(customerId);
    if (!before)
        return before.error();
    QVariantMap was;
    for (const data::ConsentRow &r : *before)
        if (r.purpose == purpose)
            was = {{u"granted"_s, r.granted}, {u"how"_s, r.how}, {u"recorded_at"_s, r.recordedAt}};
    const QString at = toStoredUtc(m_ctx.clock.nowUtc());
    CRM_TRY(repo.setConsent(customerId, {purpose, granted, at, how}));
    CRM_TRY(Guard::audit(m_ctx, &who,
                         {granted ? u"consent"_s : u"withdraw"_s,
                          u"customers"_s,
                          QString::number(customerId),
                          was,
                          {{u"purpose"_s, purpose}, {u"granted"_s, granted}, {u"how"_s, how}},
                          purpose}));
    return tx.commit();
}

} // namespace crm::services
