// The appointment book on both engines: capacity and its refusals, the manager's override, two
// desks taking the last place, confirmation calls raised and withdrawn, arrivals matched to
// service visits (within the window, once), no-shows with their rebook call, the nightly close
// run twice, rescheduling, and a booking made on a follow-up call.
#include "TestDatabase.h"

#include "archives/data/CustomerRepository.h"
#include "archives/services/CustomerService.h"
#include "data/Transaction.h"
#include "followups/services/CallDeskService.h"
#include "frontdesk/services/AppointmentService.h"
#include "frontdesk/services/FrontdeskReportService.h"
#include "frontdesk/services/InboundCallService.h"
#include "services/SettingsService.h"

#include <atomic>
#include <thread>

using namespace crm;
using namespace crm::data;
using namespace crm::services;
using namespace Qt::StringLiterals;

class AppointmentServiceTest : public test::DbTest {
protected:
    void SetUp() override
    {
        DbTest::SetUp();
        if (HasFatalFailure() || IsSkipped())
            return;
        agent = test::insertUser(db(), u"agent"_s, u"李晓红"_s, Role::Agent);
        manager = test::insertUser(db(), u"boss"_s, u"张经理"_s, Role::Manager);
        at(kMonday, QTime(10, 0));
        std::tie(customer, vehicle) = newCustomer(u"王伟"_s, u"13800001111"_s, u"LSVAU2180N2000001"_s);
    }
    // The desk's local time (the clock is UTC underneath, as in production).
    void at(const QDate &d, const QTime &t) { m_clock.set(QDateTime(d, t).toUTC()); }
    void set(const QString &key, const QString &value) { ASSERT_OK(SettingsService(ctx()).set(sys, key, value)); }
    std::pair<qint64, qint64> newCustomer(const QString &name, const QString &mobile, const QString &vin)
    {
        Transaction tx(db());
        CustomerRepository repo(db());
        CustomerRow c;
        c.name = name;
        c.mobile = mobile;
        auto cid = repo.insertCustomer(c, u"x"_s);
        EXPECT_TRUE(cid.ok());
        VehicleRow v;
        v.customerId = *cid;
        v.vin = vin;
        v.plate = u"浙A"_s + vin.right(5);
        v.model = u"速腾"_s;
        auto vid = repo.insertVehicle(v, u"x"_s);
        EXPECT_TRUE(vid.ok());
        EXPECT_TRUE(repo.refreshDerived({*cid}).ok());
        EXPECT_TRUE(tx.commit().ok());
        return {*cid, *vid};
    }
    BookingRequest request(const QDateTime &when, const QString &job = u"maintenance"_s)
    {
        BookingRequest r;
        r.customerId = customer;
        r.vehicleId = vehicle;
        r.at = when;
        r.jobType = job;
        return r;
    }
    QString status(qint64 id) { return db().scalar(u"SELECT status FROM appointments WHERE id = ?"_s, {id})->toString(); }
    QString task(const QString &kind, qint64 appointment)
    {
        auto s = db().scalar(u"SELECT status FROM followup_tasks WHERE kind = ? AND source_key = ?"_s,
                             {kind, u"appointment:%1"_s.arg(appointment)});
        return s && s->isValid() ? s->toString() : u"none"_s;
    }
    int booked(const QDate &d, const QString &slot)
    {
        auto n =
            db().scalar(u"SELECT booked FROM appointment_load WHERE day = ? AND slot = ?"_s, {d.toString(Qt::ISODate), slot});
        return n && n->isValid() ? n->toInt() : 0;
    }

    static inline const QDate kMonday{2026, 12, 7};
    const Session sys = Session::system(u"test"_s);
    Session agent, manager;
    qint64 customer = 0, vehicle = 0;
};

TEST_P(AppointmentServiceTest, EveryRefusalSaysWhyAndAManagerMayOverrideCapacity)
{
    set(settings::kDeskPerSlot, u"2"_s);
    set(settings::kDeskClosedDays, u"2026-12-09"_s);
    AppointmentService book(ctx());
    const QDateTime tuesday(kMonday.addDays(1), QTime(9, 0));
    ASSERT_OK(book.book(agent, request(tuesday)));
    ASSERT_OK(book.book(agent, request(tuesday)));
    auto full = book.book(agent, request(tuesday));
    ASSERT_FALSE(full.ok());
    EXPECT_TRUE(full.error().message.contains(u"full"_s)) << full.error().message.toStdString();
    EXPECT_TRUE(full.error().message.contains(u"09:30"_s)) << full.error().message.toStdString(); // the next free slot
    // The agent cannot override; the manager can, with a reason, and it is audited.
    BookingRequest over = request(tuesday);
    over.override = true;
    over.overrideReason = u"老客户，车辆故障"_s;
    EXPECT_EQ(book.book(agent, over).error().kind, Error::Kind::PermissionDenied);
    auto forced = book.book(manager, over);
    ASSERT_OK(forced);
    EXPECT_EQ(booked(tuesday.date(), u"09:00"_s), 3);
    EXPECT_EQ(db().scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'override' AND entity = 'appointments'"_s)->toInt(), 1);
    // Time rules no override changes.
    EXPECT_FALSE(book.book(manager,
                           [&] {
                               BookingRequest r = over;
                               r.at = QDateTime(kMonday, QTime(9, 0)); // this morning, gone
                               return r;
                           }())
                     .ok());
    auto closed = book.book(agent, request(QDateTime(kMonday.addDays(2), QTime(9, 0))));
    EXPECT_TRUE(closed.error().message.contains(u"closed"_s)) << closed.error().message.toStdString();
    auto night = book.book(agent, request(QDateTime(kMonday.addDays(1), QTime(19, 0))));
    EXPECT_TRUE(night.error().message.contains(u"opening hours"_s)) << night.error().message.toStdString();
    auto odd = book.book(agent, request(QDateTime(kMonday.addDays(1), QTime(9, 10))));
    EXPECT_TRUE(odd.error().message.contains(u"slot"_s)) << odd.error().message.toStdString();
    // A vehicle that is not the customer's, or sold, is refused by name.
    auto [other, otherVehicle] = newCustomer(u"刘洋"_s, u"13800002222"_s, u"LSVAU2180N2000002"_s);
    BookingRequest wrong = request(QDateTime(kMonday.addDays(1), QTime(10, 0)));
    wrong.vehicleId = otherVehicle;
    EXPECT_TRUE(book.book(agent, wrong).error().message.contains(u"not this customer's"_s));
    ASSERT_OK(db().exec(u"UPDATE vehicles SET status = 'sold' WHERE id = ?"_s, {vehicle}));
    EXPECT_TRUE(book.book(agent, request(QDateTime(kMonday.addDays(1), QTime(10, 0)))).error().message.contains(u"sold"_s));
    // Day labour: 48 h a day, a body-and-paint job 8 h.
    ASSERT_OK(db().exec(u"UPDATE vehicles SET status = 'active' WHERE id = ?"_s, {vehicle}));
    set(settings::kDeskLabourPerDay, u"10"_s);
    ASSERT_OK(book.book(agent, request(QDateTime(kMonday.addDays(3), QTime(9, 0)), u"body_paint"_s)));
    auto day = book.book(agent, request(QDateTime(kMonday.addDays(3), QTime(10, 0)), u"body_paint"_s));
    EXPECT_TRUE(day.error().message.contains(u"labour"_s)) << day.error().message.toStdString();
    auto cap = book.capacity(kMonday.addDays(3));
    ASSERT_OK(cap);
    EXPECT_EQ(cap->labourBooked, 480);
    EXPECT_EQ(cap->labourCapacity, 600);
    EXPECT_EQ(cap->slots_.size(), 18); // 08:30–17:30 in half hours
}

TEST_P(AppointmentServiceTest, TwoDesksTakingTheLastPlaceOfASlotOneSucceeds)
{
    set(settings::kDeskPerSlot, u"1"_s);
    constexpr int kSlots = 8;
    std::atomic<int> ok{0};
    auto desk = [&] {
        auto other = Database::open(testDb().spec);
        ASSERT_TRUE(other.ok());
        FixedClock clock(m_clock.nowUtc());
        AppointmentService s(Context{**other, clock});
        for (int i = 0; i < kSlots; ++i)
            if (s.book(agent, request(QDateTime(kMonday.addDays(1), QTime(9, 0).addSecs(1800 * i)))).ok())
                ++ok;
    };
    std::thread a(desk), b(desk);
    a.join();
    b.join();
    EXPECT_EQ(ok.load(), kSlots);
    EXPECT_EQ(db().scalar(u"SELECT COUNT(*) FROM appointments"_s)->toInt(), kSlots);
    EXPECT_EQ(db().scalar(u"SELECT MAX(booked) FROM appointment_load WHERE slot <> ''"_s)->toInt(), 1);
}

TEST_P(AppointmentServiceTest, ConfirmationCallTheDayBeforeWithdrawnWhenCancelled)
{
    AppointmentService book(ctx());
    auto thursday = book.book(agent, request(QDateTime(kMonday.addDays(3), QTime(9, 0))));
    ASSERT_OK(thursday);
    EXPECT_EQ(task(u"appointment_confirm"_s, *thursday), u"open"_s);
    EXPECT_EQ(db().scalar(u"SELECT available FROM followup_tasks WHERE kind = 'appointment_confirm'"_s)->toString(),
              u"2026-12-09"_s);
    EXPECT_FALSE(book.cancel(agent, *thursday, {}).ok()); // a reason is needed
    ASSERT_OK(book.cancel(agent, *thursday, u"客户出差"_s));
    EXPECT_EQ(task(u"appointment_confirm"_s, *thursday), u"cancelled"_s);
    EXPECT_EQ(booked(kMonday.addDays(3), u"09:00"_s), 0); // the place is free again
    EXPECT_FALSE(book.confirm(agent, *thursday).ok());    // cancelled stays cancelled
    // Today's booking needs no confirmation call.
    auto today = book.book(agent, request(QDateTime(kMonday, QTime(15, 0))));
    ASSERT_OK(today);
    EXPECT_EQ(task(u"appointment_confirm"_s, *today), u"none"_s);
}

TEST_P(AppointmentServiceTest, AServiceVisitIsTheArrivalOnceWithinTheWindow)
{
    AppointmentService book(ctx());
    auto a = book.book(agent, request(QDateTime(kMonday, QTime(15, 0))));
    ASSERT_OK(a);
    CustomerService archives(ctx());
    auto visit = archives.addVisit(sys, vehicle, {0, 0, 0, kMonday, u"maintenance"_s, 12000, u"陈刚"_s, 50000});
    ASSERT_OK(visit);
    EXPECT_EQ(status(*a), u"arrived"_s);
    EXPECT_EQ(db().scalar(u"SELECT visit_id FROM appointments WHERE id = ?"_s, {*a})->toLongLong(), *visit);
    // A second visit the same day credits nothing more.
    ASSERT_OK(archives.addVisit(sys, vehicle, {0, 0, 0, kMonday, u"repair"_s, 12000, u"陈刚"_s, 1000}));
    EXPECT_EQ(db().scalar(u"SELECT COUNT(*) FROM appointments WHERE visit_id IS NOT NULL"_s)->toInt(), 1);
    // Outside the window (same day by default) a visit does not count; with ±1 the night's close finds it.
    auto tuesday = book.book(agent, request(QDateTime(kMonday.addDays(1), QTime(9, 0))));
    ASSERT_OK(tuesday);
    at(kMonday.addDays(2), QTime(11, 0));
    auto late = archives.addVisit(sys, vehicle, {0, 0, 0, kMonday.addDays(2), u"maintenance"_s, 12100, u"陈刚"_s, 50000});
    ASSERT_OK(late);
    EXPECT_EQ(status(*tuesday), u"booked"_s);
    set(settings::kDeskArrivalWindow, u"1"_s);
    auto closed = book.closeDay(sys, QDateTime(kMonday.addDays(2), QTime(23, 0)));
    ASSERT_OK(closed);
    EXPECT_EQ(closed->arrivals, 1);
    EXPECT_EQ(closed->noShows, 0);
    EXPECT_EQ(status(*tuesday), u"arrived"_s);
}

TEST_P(AppointmentServiceTest, NoShowAfterTheGraceRaisesARebookCallAndTheCloseIsIdempotent)
{
    AppointmentService book(ctx());
    auto a = book.book(agent, request(QDateTime(kMonday, QTime(14, 0)))); // ends 14:30, no-show from 15:30
    ASSERT_OK(a);
    auto b = book.book(agent, request(QDateTime(kMonday.addDays(2), QTime(9, 0))));
    ASSERT_OK(b);
    ASSERT_OK(db().exec(u"UPDATE followup_tasks SET status = 'cancelled' WHERE kind = 'appointment_confirm'"_s));
    auto early = book.closeDay(sys, QDateTime(kMonday, QTime(15, 29)));
    ASSERT_OK(early);
    EXPECT_EQ(early->noShows, 0);
    EXPECT_EQ(status(*a), u"booked"_s);
    at(kMonday, QTime(23, 0));
    auto night = book.closeDay(sys, QDateTime(kMonday, QTime(23, 0)));
    ASSERT_OK(night);
    EXPECT_EQ(night->noShows, 1);
    EXPECT_EQ(status(*a), u"no_show"_s);
    EXPECT_EQ(task(u"appointment_rebook"_s, *a), u"open"_s);
    EXPECT_EQ(booked(kMonday, u"14:00"_s), 0);
    // Confirmation calls for tomorrow's book only (b is on Wednesday, its call opens Tuesday).
    EXPECT_EQ(night->confirmations, 0);
    const int audited = db().scalar(u"SELECT COUNT(*) FROM audit_log"_s)->toInt();
    auto again = book.closeDay(sys, QDateTime(kMonday, QTime(23, 30)));
    ASSERT_OK(again);
    EXPECT_EQ(again->noShows + again->arrivals + again->confirmations, 0);
    EXPECT_EQ(db().scalar(u"SELECT COUNT(*) FROM audit_log"_s)->toInt(), audited);
    EXPECT_EQ(db().scalar(u"SELECT COUNT(*) FROM followup_tasks WHERE kind = 'appointment_rebook'"_s)->toInt(), 1);
    // The customer came after all, later that day: arrived, and no rebook call.
    ASSERT_OK(book.arrive(agent, *a));
    EXPECT_EQ(task(u"appointment_rebook"_s, *a), u"cancelled"_s);
    EXPECT_EQ(booked(kMonday, u"14:00"_s), 1);
}

TEST_P(AppointmentServiceTest, RescheduleKeepsTheLinkAndTheHistory)
{
    set(settings::kDeskPerSlot, u"1"_s);
    AppointmentService book(ctx());
    auto a = book.book(agent, request(QDateTime(kMonday.addDays(1), QTime(9, 0))));
    ASSERT_OK(a);
    EXPECT_FALSE(book.reschedule(agent, *a, QDateTime(kMonday.addDays(1), QTime(10, 0)), {}).ok());
    auto moved = book.reschedule(agent, *a, QDateTime(kMonday.addDays(1), QTime(10, 0)), u"客户改时间"_s);
    ASSERT_OK(moved);
    EXPECT_EQ(status(*a), u"rescheduled"_s);
    EXPECT_EQ(db().scalar(u"SELECT rescheduled_to FROM appointments WHERE id = ?"_s, {*a})->toLongLong(), *moved);
    EXPECT_EQ(booked(kMonday.addDays(1), u"09:00"_s), 0);
    EXPECT_EQ(booked(kMonday.addDays(1), u"10:00"_s), 1);
    ASSERT_OK(book.confirm(agent, *moved));
    ASSERT_OK(book.arrive(agent, *moved));
    ASSERT_OK(book.complete(agent, *moved));
    auto history = book.history(agent, *moved);
    ASSERT_OK(history);
    QStringList actions;
    for (const AppointmentEvent &e : *history)
        actions << e.action + u':' + e.by;
    EXPECT_EQ(actions, (QStringList{u"book:李晓红"_s, u"confirm:李晓红"_s, u"arrive:李晓红"_s, u"complete:李晓红"_s}));
    EXPECT_FALSE(book.cancel(agent, *moved, u"太晚"_s).ok()); // completed stays completed
}

TEST_P(AppointmentServiceTest, ABookingOnAFollowUpCallAndAnInboundCallGoIntoTheBook)
{
    auto taskId = db().scalar(u"INSERT INTO followup_tasks(kind, source_key, customer_id, vehicle_id, available, due_date, "
                              "expires, priority, created_at, updated_at) VALUES ('first_maintenance', 'k', ?, ?, "
                              "'2026-12-01', '2026-12-08', '2026-12-30', 1, 'x', 'x') RETURNING id"_s,
                              {customer, vehicle});
    ASSERT_OK(taskId);
    CallInput call;
    call.outcome = followups::Outcome::Reached;
    call.appointment = request(QDateTime(kMonday.addDays(1), QTime(9, 0)));
    auto logged = CallDeskService(ctx()).logCall(agent, taskId->toLongLong(), call);
    ASSERT_OK(logged);
    EXPECT_EQ(db().scalar(u"SELECT source FROM appointments WHERE id = ?"_s, {logged->appointmentId})->toString(),
              u"outbound_call"_s);
    // A slot the book refuses fails the call's booking with the book's reason, and nothing is recorded.
    set(settings::kDeskPerSlot, u"1"_s);
    auto second = db().scalar(u"INSERT INTO followup_tasks(kind, source_key, customer_id, available, due_date, expires, "
                              "priority, created_at, updated_at) VALUES ('win_back', 'w', ?, '2026-12-01', '2026-12-08', "
                              "'2026-12-30', 1, 'x', 'x') RETURNING id"_s,
                              {customer});
    auto refused = CallDeskService(ctx()).logCall(agent, second->toLongLong(), call);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.startsWith(u"Appointment: "_s)) << refused.error().message.toStdString();
    EXPECT_EQ(db().scalar(u"SELECT COUNT(*) FROM followup_calls"_s)->toInt(), 1);
    // An inbound call: found by the number as a phone sends it, recorded with its purpose.
    InboundCallService inbound(ctx());
    auto found = inbound.lookup(agent, u"+86 138-0000-1111"_s);
    ASSERT_OK(found);
    ASSERT_EQ(found->size(), 1);
    EXPECT_EQ(found->first().id, customer);
    auto tail = inbound.lookup(agent, u"1111"_s);
    ASSERT_OK(tail);
    EXPECT_EQ(tail->size(), 1);
    EXPECT_FALSE(inbound.record(agent, {customer, u"13800001111"_s, u"nonsense"_s, {}, {}, 0, 0, {}, {}}).ok());
    auto recorded =
        inbound.record(agent, {customer, u"13800001111"_s, u"service_enquiry"_s, u"已解答"_s, u"问保养价格"_s, 0, 0, {}, {}});
    ASSERT_OK(recorded);
    // A callback agreed with the caller: a task on the customer, held until the time, kept by this agent.
    InboundCallInput later{customer, u"13800001111"_s, u"parts"_s, u"查询配件"_s, {}, 0, 0, {}, {}};
    later.callBackAt = QDateTime(kMonday, QTime(9, 0)); // before now
    EXPECT_FALSE(inbound.record(agent, later).ok());
    later.callBackAt = QDateTime(kMonday, QTime(15, 30));
    ASSERT_OK(inbound.record(agent, later));
    EXPECT_EQ(db().scalar(u"SELECT COUNT(*) FROM followup_tasks WHERE kind = 'callback' AND status = 'open' AND assigned_to = ? "
                          "AND next_attempt_at = ?"_s,
                          {agent.userId, toStoredUtc(QDateTime(kMonday, QTime(15, 30)).toUTC())})
                  ->toInt(),
              1);
    auto calls = inbound.ofCustomer(agent, customer);
    ASSERT_OK(calls);
    ASSERT_EQ(calls->size(), 2);
    EXPECT_EQ(calls->first().agentName, u"李晓红"_s);
    auto timeline = CustomerRepository(db()).timeline(customer);
    ASSERT_OK(timeline);
    QStringList kinds;
    for (const TimelineEntry &e : *timeline)
        kinds << e.kind;
    EXPECT_TRUE(kinds.contains(u"inbound_call"_s)) << kinds.join(u' ').toStdString();
    EXPECT_TRUE(kinds.contains(u"appointment"_s));
    auto report = FrontdeskReportService(ctx()).report(agent, kMonday, kMonday);
    ASSERT_OK(report);
    ASSERT_EQ(report->callsByPurpose.size(), 2);
    EXPECT_EQ(report->callsByPurpose.last().key, u"service_enquiry"_s);
    ASSERT_EQ(report->callsByHour.size(), 1);
    EXPECT_EQ(report->callsByHour.first().key, u"10"_s);
    EXPECT_EQ(report->callsByAgent.first().key, u"李晓红"_s);
}

// Figures on a hand-computed set, Tuesday and Wednesday:
//   a1 09:00 inbound call, arrives 08:55 at reception (on time);   a2 09:30 follow-up call, arrives 10:30 (late);
//   a3 10:00 walk-in, no-show;   a4 10:30 inbound call, cancelled;   a5 11:00 club, moved to Wednesday 09:00 (a6),
//   which arrives by its service visit (not timed). Eight service visits in the two days.
// Booking rate: arrived on an appointment 3 (a1 a2 a6) ÷ 8 visits = 37.5 %; show 3 ÷ 4 = 75 %; no-show 25 %;
// on time 1 ÷ 2 = 50 %.
TEST_P(AppointmentServiceTest, FiguresOnAHandComputedSet)
{
    AppointmentService book(ctx());
    const QDate tue = kMonday.addDays(1), wed = kMonday.addDays(2);
    auto make = [&](const QTime &t, const QString &source, const QString &job = u"maintenance"_s) {
        BookingRequest r = request(QDateTime(tue, t), job);
        r.source = source;
        auto id = book.book(agent, r);
        EXPECT_TRUE(id.ok()) << id.error().text().toStdString();
        return id ? *id : 0;
    };
    const qint64 a1 = make(QTime(9, 0), u"inbound_call"_s), a2 = make(QTime(9, 30), u"outbound_call"_s, u"repair"_s),
                 a3 = make(QTime(10, 0), u"walk_in"_s), a4 = make(QTime(10, 30), u"inbound_call"_s),
                 a5 = make(QTime(11, 0), u"club"_s);
    ASSERT_OK(book.cancel(agent, a4, u"改主意"_s));
    auto a6 = book.reschedule(agent, a5, QDateTime(wed, QTime(9, 0)), u"客户要求"_s);
    ASSERT_OK(a6);
    at(tue, QTime(8, 55));
    ASSERT_OK(book.arrive(agent, a1));
    at(tue, QTime(10, 30));
    ASSERT_OK(book.arrive(agent, a2));
    at(wed, QTime(9, 5));
    ASSERT_OK(CustomerService(ctx()).addVisit(sys, vehicle, {0, 0, 0, wed, u"maintenance"_s, 15000, {}, 40000}));
    ASSERT_OK(book.closeDay(sys, QDateTime(wed, QTime(23, 0))));
    EXPECT_EQ(status(a3), u"no_show"_s);
    EXPECT_EQ(status(*a6), u"arrived"_s);
    auto [other, otherVehicle] = newCustomer(u"刘洋"_s, u"13800002222"_s, u"LSVAU2180N2000002"_s);
    for (int i = 0; i < 7; ++i)
        ASSERT_OK(db().exec(u"INSERT INTO service_visits(vehicle_id, customer_id, visit_date, kind, created_at) "
                            "VALUES (?, ?, ?, 'repair', 'x')"_s,
                            {otherVehicle, other, (i % 2 ? tue : wed).toString(Qt::ISODate)}));
    auto r = FrontdeskReportService(ctx()).report(manager, tue, wed);
    ASSERT_OK(r);
    EXPECT_EQ(r->appointments.visits, 8);
    EXPECT_EQ(r->appointments.total.appointments, 4);
    EXPECT_EQ(r->appointments.total.arrived, 3);
    EXPECT_EQ(r->appointments.total.noShows, 1);
    EXPECT_EQ(r->appointments.total.cancelled, 2); // cancelled and moved
    EXPECT_DOUBLE_EQ(*r->bookingRate(), 37.5);
    EXPECT_DOUBLE_EQ(*FrontdeskReport::showRate(r->appointments.total), 75.0);
    EXPECT_DOUBLE_EQ(*FrontdeskReport::noShowRate(r->appointments.total), 25.0);
    EXPECT_DOUBLE_EQ(*r->onTimeRate(), 50.0);
    QStringList sources;
    for (const AppointmentCounts &c : r->appointments.bySource)
        sources << u"%1:%2/%3/%4"_s.arg(c.key).arg(c.appointments).arg(c.arrived).arg(c.noShows);
    sources.sort();
    EXPECT_EQ(sources, (QStringList{u"club:1/1/0"_s, u"inbound_call:1/1/0"_s, u"outbound_call:1/1/0"_s, u"walk_in:1/0/1"_s}));
    // Nothing in a week without appointments or visits: no rate, not zero.
    auto empty = FrontdeskReportService(ctx()).report(manager, QDate(2026, 1, 5), QDate(2026, 1, 11));
    ASSERT_OK(empty);
    EXPECT_FALSE(empty->bookingRate().has_value());
    EXPECT_FALSE(FrontdeskReport::showRate(empty->appointments.total).has_value());
}

// The figures read the day counts the triggers of migration 0042 keep: after the desk's every
// kind of change, the night's no-shows, a DBA's UPDATE of many rows and a DELETE, they are the
// book's own grouping.
TEST_P(AppointmentServiceTest, TheDayCountsFollowEveryChangeOfTheBook)
{
    auto grouped = [&](const QString &sql) {
        QStringList rows;
        auto q = db().exec(sql);
        while (q && q->next())
            rows << u"%1 %2 %3 %4 %5: %6"_s
                        .arg(q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                             q->value(4).toString())
                        .arg(q->value(5).toLongLong());
        return rows;
    };
    auto kept = [&] {
        return grouped(u"SELECT day, source, service_kind, advisor, status, SUM(n) FROM appointment_days "
                       "GROUP BY day, source, service_kind, advisor, status HAVING SUM(n) <> 0 ORDER BY 1, 2, 3, 4, 5"_s);
    };
    auto live = [&] {
        return grouped(u"SELECT substr(scheduled_at, 1, 10), source, service_kind, advisor, status, COUNT(*) FROM appointments "
                       "GROUP BY substr(scheduled_at, 1, 10), source, service_kind, advisor, status ORDER BY 1, 2, 3, 4, 5"_s);
    };
    AppointmentService book(ctx());
    const QDate tue = kMonday.addDays(1), wed = kMonday.addDays(2);
    QList<qint64> ids;
    for (int i = 0; i < 5; ++i) {
        auto id = book.book(agent, request(QDateTime(tue, QTime(9 + i, 0)), i % 2 ? u"repair"_s : u"maintenance"_s));
        ASSERT_OK(id);
        ids << *id;
    }
    EXPECT_EQ(kept(), live());
    ASSERT_OK(book.cancel(agent, ids[0], u"改主意"_s));
    ASSERT_OK(book.reschedule(agent, ids[1], QDateTime(wed, QTime(10, 0)), u"客户要求"_s));
    at(tue, QTime(10, 55));
    ASSERT_OK(book.arrive(agent, ids[2]));
    ASSERT_OK(book.closeDay(sys, QDateTime(tue, QTime(23, 0))));
    EXPECT_EQ(kept(), live());
    ASSERT_OK(db().exec(u"UPDATE appointments SET advisor = 'x' WHERE status = ?"_s, {u"no_show"_s}));
    EXPECT_EQ(kept(), live());
    ASSERT_OK(db().exec(u"UPDATE appointments SET scheduled_at = replace(scheduled_at, ?, ?) WHERE status = ?"_s,
                        {tue.toString(Qt::ISODate), wed.toString(Qt::ISODate), u"no_show"_s}));
    ASSERT_OK(db().exec(u"UPDATE appointments SET notes = 'n'"_s)); // no grouped column: nothing to count
    EXPECT_EQ(kept(), live());
    ASSERT_OK(db().exec(u"DELETE FROM appointment_events WHERE appointment_id = ?"_s, {ids[3]}));
    ASSERT_OK(db().exec(u"UPDATE appointments SET rescheduled_to = NULL WHERE rescheduled_to = ?"_s, {ids[3]}));
    ASSERT_OK(db().exec(u"DELETE FROM appointments WHERE id = ?"_s, {ids[3]}));
    EXPECT_EQ(kept(), live());
    EXPECT_FALSE(live().isEmpty());
}

CRM_INSTANTIATE_ENGINES(AppointmentServiceTest);
