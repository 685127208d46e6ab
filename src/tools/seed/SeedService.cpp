// The seeder: the demo database (users, settings, 300 customers, their history) and the customers of a scale run.
#include "seed/SeedService.h"

#include "data/BatchInsert.h"
#include "data/DeferredIndexes.h"

#include "club/core/ClubRules.h"
#include "club/services/ActivityService.h"
#include "club/services/ClubService.h"
#include "club/services/GiftService.h"
#include "club/services/MemberServiceDesk.h"
#include "complaints/services/ComplaintService.h"
#include "followups/services/CallDeskService.h"
#include "leads/services/LeadService.h"
#include "surveys/services/SurveyService.h"

#include "data/UserRepository.h"
#include "followups/services/FollowupService.h"
#include <QSet>
#include <QTimeZone>
#include <algorithm>

#include "archives/data/CustomerRepository.h"
#include "core/Log.h"
#include "data/Transaction.h"
#include "seed/Names.h"
#include "services/SettingsService.h"
#include "services/UserService.h"

using namespace Qt::StringLiterals;
using namespace crm::complaints;

namespace crm::services {

QList<DemoUser> SeedService::demoUsers()
{
    return {
        {u"admin"_s, u"系统管理员"_s, Role::Admin, u"demo-admin"_s},
        {u"manager"_s, u"张经理"_s, Role::Manager, u"demo-manager"_s},
        {u"agent"_s, u"李晓红"_s, Role::Agent, u"demo-agent"_s},
        {u"archivist"_s, u"王建国"_s, Role::Archivist, u"demo-archivist"_s},
        {u"club"_s, u"陈美玲"_s, Role::Club, u"demo-club"_s},
    };
}

Status SeedService::seedDemo(const Session &who, quint64 seed)
{
    UserService users(m_ctx);
    auto empty = users.needsFirstAdmin();
    if (!empty)
        return empty.error();
    if (!*empty)
        return Error::conflict(tr("The demo data goes into a new, empty database; this one has users already."));
    const QList<DemoUser> demo = demoUsers();
    auto admin = users.createFirstAdmin({demo[0].username, demo[0].displayName, Role::Admin, demo[0].password});
    if (!admin)
        return admin.error();
    for (qsizetype i = 1; i < demo.size(); ++i) {
        auto id = users.add(*admin, {demo[i].username, demo[i].displayName, demo[i].role, demo[i].password});
        if (!id)
            return id.error();
    }
    SettingsService settings(m_ctx);
    CRM_TRY(settings.set(*admin, settings::kDealerName, u"广州示例一汽-大众4S店"_s));
    CRM_TRY(settings.set(*admin, settings::kDealerCode, u"FVW-GZ-0427"_s));
    Q_UNUSED(who);
    CRM_TRY(seedCustomers(*admin, 300, seed));
    QList<Session> agents;
    for (const DemoUser &u : demo) {
        if (!roleHas(u.role, Permission::WorkFollowups))
            continue;
        auto row = data::UserRepository(m_ctx.db).findByUsername(u.username);
        if (!row)
            return row.error();
        if (row->has_value())
            agents << Session{(*row)->id, u.username, u.displayName, u.role};
    }

    // What a real archive has too: marketing consents recorded on calls, and a few duplicate records
    // left by a legacy import (same mobile, less complete), for the data-quality page to find.
    data::CustomerRepository repo(m_ctx.db);
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    const QString at = toStoredUtc(m_ctx.clock.nowUtc());
    auto ids = m_ctx.db.exec(u"SELECT id FROM customers ORDER BY id"_s);
    if (!ids)
        return ids.error();
    QList<qint64> all;
    while (ids->next())
        all << ids->value(0).toLongLong();
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (i % 3 == 0)
            CRM_TRY(repo.setConsent(all[i], {u"marketing_calls"_s, i % 2 == 0, at, u"phone"_s}));
    }
    for (qsizetype i : {qsizetype(5), qsizetype(42), qsizetype(133)}) {
        auto original = repo.customer(all.value(i));
        if (!original)
            return original.error();
        if (!original->has_value())
            continue;
        data::CustomerRow copy = **original;
        copy.address.clear();
        copy.birthday = QDate();
        copy.tags = {u"旧DMS导入"_s}; // data, not interface text: the demo's archives are Chinese
        auto id = repo.insertCustomer(copy, at);
        if (!id)
            return id.error();
        CRM_TRY(repo.refreshDerived(*id));
    }
    CRM_TRY(tx.commit());
    CRM_TRY(seedAppointmentBook(agents, seed));
    CRM_TRY(seedFollowupHistory(agents, seed, 28));
    CRM_TRY(seedComplaintHistory(agents, seed));
    CRM_TRY(seedAppointmentDays(agents, seed));
    auto sessionOf = [&](const QString &name) -> Result<Session> {
        auto row = data::UserRepository(m_ctx.db).findByUsername(name);
        if (!row)
            return row.error();
        if (!row->has_value())
            return Error::notFound(name);
        return Session{(*row)->id, (*row)->username, (*row)->displayName, (*row)->role};
    };
    auto club = sessionOf(u"club"_s);
    auto manager = sessionOf(u"manager"_s);
    if (!club || !manager)
        return club ? manager.error() : club.error();
    if (auto archivist = sessionOf(u"archivist"_s); archivist)
        CRM_TRY(seedPrivacyRequests(*archivist));
    CRM_TRY(seedClubHistory(*club, *manager, seed));
    CRM_TRY(seedFeedback(agents, *manager, *club, seed));
    CRM_TRY(seedCampaigns(agents, *manager, seed));
    return seedOem(agents, *manager, seed);
}

Status SeedService::seedCustomers(const Session &who, qint64 customers, quint64 seed, const Progress &progress,
                                  const std::atomic<bool> *cancel, int batchSize)
{
    // Generated data is an administrator's tool (demo desks, load tests), not an archivist's.
    CRM_TRY(Guard::require(m_ctx, who, Permission::ManageUsers, tr("fill the database with generated data")));
    if (customers < 0)
        return Error::invalid(tr("The number of customers must not be negative."));
    DataGenerator gen(seed);
    data::CustomerRepository repo(m_ctx.db);
    const QDate today = m_ctx.clock.nowUtc().date();
    const data::BulkCache bulk(m_ctx.db);
    const QString at = toStoredUtc(m_ctx.clock.nowUtc());
    // A load at least as large as the archive builds the loaded tables' secondary indexes after
    // it, one sort each, instead of inserting into them row by row. The visit indexes the vehicle
    // readings trigger reads stay.
    auto before = m_ctx.db.scalar(u"SELECT COUNT(*) FROM customers"_s);
    if (!before)
        return before.error();
    data::DeferredIndexes deferred(m_ctx.db, data::CustomerRepository::bulkTables(),
                                   {u"service_visits_kind"_s, u"service_visits_readings"_s});
    if (customers >= before->toLongLong())
        CRM_TRY(deferred.drop());
    qint64 done = 0;
    while (done < customers) {
        if (cancel && cancel->load())
            return Error::conflict(tr("Seeding was cancelled after %1 customers; those are saved.").arg(done));
        const qint64 batchEnd = qMin(customers, done + batchSize);
        data::Transaction tx(m_ctx.db);
        CRM_TRY(tx.started());
        // The batch is generated first and written in bulk (BatchInsert: multi-row INSERTs, COPY on
        // PostgreSQL) with ids reserved for it — the same ids, rows and draws from the generator as
        // one INSERT at a time gave, so a seed still makes the same database.
        auto customerIds = m_ctx.db.reserveIds(u"customers"_s, batchEnd - done);
        if (!customerIds)
            return customerIds.error();
        QList<data::CustomerRow> newCustomers;
        QList<data::VehicleRow> newVehicles;
        QList<QList<data::ServiceVisitRow>> visitsOf; // per vehicle, in order
        QHash<qint64, QList<data::VehicleRow>> vehiclesOf;
        for (size_t i = 0; done < batchEnd; ++done, ++i) {
            data::CustomerRow customer = gen.customer();
            customer.id = (*customerIds)[i];
            const int vehicles = gen.unit() < 0.82 ? 1 : (gen.unit() < 0.9 ? 2 : 3);
            for (int v = 0; v < vehicles; ++v) {
                data::VehicleRow vehicle = gen.vehicle(customer.id, today);
                const auto visits = gen.visits(vehicle, 0, today);
                for (const data::ServiceVisitRow &visit : visits)
                    if (visit.amountFen > 0 && (!vehicle.lastPaidVisit.isValid() || visit.visitDate > vehicle.lastPaidVisit))
                        vehicle.lastPaidVisit = visit.visitDate;
                newVehicles << vehicle;
                visitsOf << visits;
            }
            newCustomers << customer;
        }
        auto vehicleIds = m_ctx.db.reserveIds(u"vehicles"_s, newVehicles.size());
        if (!vehicleIds)
            return vehicleIds.error();
        QStringList ownershipFrom;
        QList<data::ServiceVisitRow> newVisits;
        QList<qint64> consenting;
        for (qsizetype v = 0; v < newVehicles.size(); ++v) {
            data::VehicleRow &vehicle = newVehicles[v];
            vehicle.id = (*vehicleIds)[size_t(v)];
            vehiclesOf[vehicle.customerId] << vehicle;
            ownershipFrom << (vehicle.deliveryDate.isValid() ? vehicle.deliveryDate.toString(Qt::ISODate) : at.left(10));
            for (data::ServiceVisitRow visit : std::as_const(visitsOf[v])) {
                visit.vehicleId = vehicle.id;
                newVisits << visit;
            }
        }
        for (const data::CustomerRow &c : std::as_const(newCustomers))
            consenting << c.id;
        // Everything derived (completeness, search keys) is known already: written with the rows.
        CRM_TRY(repo.insertCustomers(newCustomers, vehiclesOf, at));
        CRM_TRY(repo.insertVehicles(newVehicles, ownershipFrom, at));
        CRM_TRY(repo.insertVisits(newVisits, at));
        // Consent as the desk records it at delivery.
        CRM_TRY(repo.insertConsents(consenting, {u"service_calls"_s, true, at, u"signed_form"_s}));
        CRM_TRY(
            Guard::audit(m_ctx, &who, {u"seed"_s, u"customers"_s, {}, {}, {{u"customers"_s, batchEnd}}, u"seed %1"_s.arg(seed)}));
        CRM_TRY(tx.commit());
        if (progress)
            progress(done, customers);
    }
    CRM_TRY(deferred.restore());
    log::get("app")->info("seeded {} customers", customers);
    return {};
}

} // namespace crm::services
