// The maintenance reminders from the stored reading summary, against the raw visits (property tests).
#include "FollowupServiceTest.h"

// The maintenance rules select their vehicles in SQL from the summary the vehicle row carries
// (migration 0018) and a bound that must never leave out a vehicle whose reminder is due. Random
// histories (high and low mileage, odometer typos, readings without maintenance, deleted visits,
// a model with its own limits), generated weekly for two years, must create exactly the tasks the
// rules give when computed from the raw visits.
TEST_P(FollowupServiceTest, MaintenanceRemindersFromTheStoredSummaryMatchTheRawVisits)
{
    QRandomGenerator rnd(20261123);
    DataGenerator gen(11);
    FollowupService f(ctx());
    const Session manager{0, u"manager"_s, u"张经理"_s, Role::Manager};
    const QDate from(2025, 1, 1), to(2026, 12, 31);
    {
        CustomerRepository repo(db());
        Transaction tx(db());
        for (int i = 0; i < 120; ++i) {
            CustomerRow c;
            c.name = u"客户%1"_s.arg(i);
            auto cid = repo.insertCustomer(c, u"x"_s);
            ASSERT_OK(cid);
            VehicleRow v;
            v.customerId = *cid;
            v.vin = gen.vin(2024);
            v.model = i % 3 == 0 ? u"ID.4"_s : u"速腾"_s;
            v.deliveryDate = i % 11 == 0 ? QDate() : from.addDays(-int(rnd.bounded(700)));
            if (i % 7 == 0)
                v.mileageKm = 1000 + int(rnd.bounded(20000)); // typed on the record
            auto vid = repo.insertVehicle(v, u"x"_s);
            ASSERT_OK(vid);
            const int dailyKm = i % 5 == 0 ? 120 + int(rnd.bounded(100)) : 10 + int(rnd.bounded(60));
            QDate d = v.deliveryDate.isValid() ? v.deliveryDate : from.addDays(-400);
            int km = 0;
            const int visits = int(rnd.bounded(6));
            for (int k = 0; k < visits; ++k) {
                const int gap = 20 + int(rnd.bounded(250));
                d = d.addDays(gap);
                km += gap * dailyKm;
                const QString kind = rnd.bounded(3) == 0 ? u"repair"_s : u"maintenance"_s;
                // None (never for every 13th vehicle: the fallback rate), or a typo.
                const int reading = i % 13 == 0 || rnd.bounded(6) == 0 ? 0 : (rnd.bounded(15) == 0 ? km / 10 : km);
                auto visit = repo.insertVisit({0, *vid, *cid, d, kind, reading, u"陈刚"_s, 30000}, u"x"_s);
                ASSERT_OK(visit);
                if (rnd.bounded(10) == 0)
                    ASSERT_OK(db().exec(u"UPDATE service_visits SET deleted_at = 'x' WHERE id = ?"_s, {*visit}));
            }
        }
        ASSERT_OK(tx.commit());
    }
    // Twice: with the shipped limits only, then with a model of its own (shorter months and km);
    // the SQL bound is loosest by a different test in each.
    for (bool ownLimits : {false, true}) {
        SCOPED_TRACE(ownLimits ? "with ID.4's own limits" : "shipped limits");
        ASSERT_OK(db().exec(u"DELETE FROM followup_tasks"_s));
        auto limits = f.limits();
        ASSERT_OK(limits);
        if (ownLimits) {
            limits->append({u"ID.4"_s, {3, 3000}, {6, 7500}});
            ASSERT_OK(f.saveLimits(manager, *limits));
        }
        // The same rules from the raw visits, in C++.
        auto rules = f.rules();
        ASSERT_OK(rules);
        followups::RuleSetting first, routine;
        for (const auto &r : *rules) {
            if (r.kind == followups::TaskKind::FirstMaintenance)
                first = r;
            if (r.kind == followups::TaskKind::RoutineMaintenance)
                routine = r;
        }
        LimitTable table;
        for (const ModelLimits &l : *limits)
            table.byModel.insert(l.model, l);
        QMap<QString, followups::Window> expected;
        struct Vehicle {
            qint64 id;
            QString model;
            QDate delivered;
            int typedKm;
            QDate typedOn;
        };
        QList<Vehicle> vehicles;
        auto all = db().exec(u"SELECT id, model, delivery_date, mileage_km, updated_at FROM vehicles"_s);
        ASSERT_OK(all);
        while (all->next())
            vehicles << Vehicle{all->value(0).toLongLong(), all->value(1).toString(),
                                QDate::fromString(all->value(2).toString(), Qt::ISODate), all->value(3).toInt(),
                                QDate::fromString(all->value(4).toString().left(10), Qt::ISODate)};
        for (const Vehicle &veh : vehicles) {
            const qint64 id = veh.id;
            const QDate delivered = veh.delivered;
            QList<QPair<QDate, int>> readings;
            if (delivered.isValid())
                readings << qMakePair(delivered, 0);
            QDate lastMaintenance;
            auto s = db().exec(
                u"SELECT visit_date, mileage_km, kind FROM service_visits WHERE vehicle_id = ? AND deleted_at IS NULL"_s, {id});
            ASSERT_OK(s);
            while (s->next()) {
                const QDate d = QDate::fromString(s->value(0).toString(), Qt::ISODate);
                if (s->value(1).toInt() > 0)
                    readings << qMakePair(d, s->value(1).toInt());
                if (s->value(2).toString() == u"maintenance"_s && (!lastMaintenance.isValid() || d > lastMaintenance))
                    lastMaintenance = d;
            }
            const ModelLimits &limit = table.forModel(veh.model);
            followups::Window w;
            QString key;
            if (lastMaintenance.isValid()) {
                w = followups::windowFrom(
                    followups::maintenanceReminder(lastMaintenance, limit.routine, followups::averageDailyKm(readings)), routine);
                key = u"routine_maintenance:%1:%2"_s.arg(id).arg(lastMaintenance.toString(Qt::ISODate));
            } else if (delivered.isValid()) {
                if (veh.typedKm > 0)
                    readings << qMakePair(veh.typedOn, veh.typedKm);
                w = followups::windowFrom(
                    followups::maintenanceReminder(delivered, limit.first, followups::averageDailyKm(readings)), first);
                key = u"first_maintenance:%1"_s.arg(id);
            } else {
                continue;
            }
            expected.insert(key, w);
        }
        // Weekly for two years: on each day, exactly the tasks whose window is open are there (a
        // vehicle left out by the SQL bound would be missing, or come late).
        QSet<QString> due, created;
        for (QDate d = from; d <= to; d = d.addDays(7)) {
            ASSERT_OK(f.generate(sys, d));
            for (auto it = expected.cbegin(); it != expected.cend(); ++it)
                if (it->contains(d))
                    due.insert(it.key());
            created.clear();
            auto t =
                db().exec(u"SELECT source_key FROM followup_tasks WHERE kind IN ('first_maintenance', 'routine_maintenance')"_s);
            ASSERT_OK(t);
            while (t->next())
                created.insert(t->value(0).toString());
            ASSERT_TRUE(created == due) << d.toString(Qt::ISODate).toStdString()
                                        << " missing: " << QStringList((due - created).values()).join(u' ').toStdString()
                                        << " extra: " << QStringList((created - due).values()).join(u' ').toStdString();
        }
        EXPECT_GT(due.size(), 40);
    }
}

// The vehicle's summary (migration 0018) equals the raw visits after every kind of write.
TEST_P(FollowupServiceTest, TheVehicleReadingSummaryFollowsEveryVisitWrite)
{
    const qint64 c = customer(u"钱进"_s);
    const qint64 a = vehicle(c, u"LFVAB15A9PA040001"_s, QDate(2025, 1, 1));
    const qint64 b = vehicle(c, u"1M8GDM9AXKP042788"_s, QDate(2025, 3, 1));
    auto summary = [&](qint64 id) {
        auto q = db().exec(u"SELECT last_maintenance, first_reading_day, first_reading_km, last_reading_day, last_reading_km "
                           "FROM vehicles WHERE id = ?"_s,
                           {id});
        EXPECT_TRUE(q.ok() && q->next());
        auto text = [&](int i) { return q->value(i).isNull() ? QString() : q->value(i).toString(); };
        return (u"%1 %2/%3 %4/%5"_s.arg(text(0), text(1), text(2), text(3), text(4))).toStdString();
    };
    auto truth = [&](qint64 id) {
        auto q = db().exec(
            u"SELECT (SELECT MAX(visit_date) FROM service_visits WHERE vehicle_id = ? AND kind = 'maintenance' AND deleted_at IS "
            u"NULL), "
            "(SELECT MIN(visit_date) FROM service_visits WHERE vehicle_id = ? AND deleted_at IS NULL AND mileage_km > 0), "
            "(SELECT MAX(visit_date) FROM service_visits WHERE vehicle_id = ? AND deleted_at IS NULL AND mileage_km > 0)"_s,
            {id, id, id});
        EXPECT_TRUE(q.ok() && q->next());
        auto text = [&](int i) { return q->value(i).isNull() ? QString() : q->value(i).toString(); };
        const QString firstDay = text(1), lastDay = text(2);
        auto km = [&](const QString &agg, const QString &dayValue) {
            auto k = db().scalar(u"SELECT "_s + agg +
                                     u"(mileage_km) FROM service_visits WHERE vehicle_id = ? AND deleted_at IS NULL "
                                     "AND mileage_km > 0 AND visit_date = ?"_s,
                                 {id, dayValue});
            return k && !k->isNull() ? k->toString() : QString();
        };
        return (u"%1 %2/%3 %4/%5"_s.arg(text(0), firstDay, firstDay.isEmpty() ? QString() : km(u"MIN"_s, firstDay), lastDay,
                                        lastDay.isEmpty() ? QString() : km(u"MAX"_s, lastDay)))
            .toStdString();
    };
    auto agree = [&](const char *step) {
        SCOPED_TRACE(step);
        EXPECT_EQ(summary(a), truth(a));
        EXPECT_EQ(summary(b), truth(b));
    };
    agree("nothing yet");
    QList<qint64> visits;
    {
        CustomerRepository repo(db());
        Transaction tx(db());
        for (const auto &[d, kind, km] :
             std::vector<std::tuple<QDate, QString, int>>{{QDate(2025, 6, 1), u"maintenance"_s, 6000},
                                                          {QDate(2025, 6, 1), u"repair"_s, 5900},
                                                          {QDate(2025, 9, 1), u"repair"_s, 0},
                                                          {QDate(2025, 12, 1), u"maintenance"_s, 15000},
                                                          {QDate(2025, 12, 1), u"repair"_s, 15100}}) {
            auto id = repo.insertVisit({0, a, c, d, kind, km, u"陈刚"_s, 1000}, u"x"_s);
            ASSERT_OK(id);
            visits << *id;
        }
        ASSERT_OK(tx.commit());
    }
    agree("after inserts");
    ASSERT_OK(db().exec(u"UPDATE service_visits SET mileage_km = 16000 WHERE id = ?"_s, {visits[3]}));
    agree("a reading corrected");
    ASSERT_OK(db().exec(u"UPDATE service_visits SET kind = 'repair' WHERE id = ?"_s, {visits[3]}));
    agree("a maintenance re-classed");
    ASSERT_OK(db().exec(u"UPDATE service_visits SET deleted_at = 'x' WHERE id = ?"_s, {visits[0]}));
    agree("a visit soft-deleted");
    ASSERT_OK(db().exec(u"UPDATE service_visits SET vehicle_id = ? WHERE id = ?"_s, {b, visits[4]}));
    agree("a visit moved to another vehicle");
    ASSERT_OK(db().exec(u"UPDATE service_visits SET visit_date = '2025-04-01' WHERE id = ?"_s, {visits[1]}));
    agree("a visit re-dated");
    ASSERT_OK(db().exec(u"UPDATE service_visits SET advisor = '王芳'"_s));
    agree("an unrelated update of every visit");
    ASSERT_OK(db().exec(u"DELETE FROM service_visits WHERE vehicle_id = ?"_s, {a}));
    agree("visits deleted");
    EXPECT_EQ(summary(a), " / /");
}
