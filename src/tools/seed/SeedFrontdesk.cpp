// The demo's appointment book: the past four weeks worked through (confirmed, arrived — half of
// them by the service visit entered at reception — completed, a few no-shows and cancellations)
// and the next two weeks booked, with the inbound calls that booked some of them.
#include "seed/Names.h"
#include "seed/SeedService.h"

#include "archives/services/CustomerService.h"
#include "frontdesk/services/AppointmentService.h"
#include "frontdesk/services/InboundCallService.h"

using namespace Qt::StringLiterals;

namespace crm::services {

Status SeedService::seedAppointmentBook(const QList<Session> &agents, quint64 seed)
{
    if (agents.isEmpty())
        return {};
    DataGenerator gen(seed + 23);
    const Session system = Session::system(u"seed"_s);
    const QDate today = m_ctx.clock.nowUtc().toLocalTime().date();
    {
        AppointmentService lists(m_ctx);
        int position = 1;
        for (const QString &name : DataGenerator::staffNames().mid(0, 4))
            CRM_TRY(lists.saveItem(system, {u"advisor"_s, name, name, 0, true, position++}));
    }
    QStringList advisors = DataGenerator::staffNames().mid(0, 4);
    advisors << QString(); // some left for reception to assign
    const QStringList jobs{u"first_maintenance"_s, u"maintenance"_s, u"maintenance"_s, u"repair"_s,
                           u"body_paint"_s,        u"inspection"_s,  u"recall"_s};
    auto owners = ownersAfter(0, 400);
    if (!owners)
        return owners.error();
    if (owners->isEmpty())
        return {};

    // Book: each day from four weeks back to two weeks ahead, a few days before it.
    for (int offset = -28; offset <= 14; ++offset) {
        const QDate day = today.addDays(offset);
        const int count = gen.uniform(1, 3); // the demo's 300 customers: a small store's book
        for (int i = 0; i < count; ++i) {
            const QDate bookedOn = day.addDays(-gen.uniform(1, 6));
            FixedClock clock(QDateTime(bookedOn, QTime(gen.uniform(9, 17), gen.uniform(0, 59))).toUTC());
            Context ctx{m_ctx.db, clock};
            AppointmentService book(ctx);
            auto free = book.nextFree(QDateTime(day, QTime(gen.uniform(8, 16), gen.unit() < 0.5 ? 0 : 30)), 1);
            if (!free)
                return free.error();
            if (free->isEmpty() || free->first().date() != day)
                continue;
            const auto &[customer, vehicle] = (*owners)[gen.uniform(0, int(owners->size()) - 1)];
            BookingRequest r;
            r.customerId = customer;
            r.vehicleId = vehicle;
            r.at = free->first();
            r.jobType = jobs[gen.uniform(0, int(jobs.size()) - 1)];
            r.advisor = advisors[gen.uniform(0, int(advisors.size()) - 1)];
            const Session &agent = agents[gen.uniform(0, int(agents.size()) - 1)];
            const double how = gen.unit();
            r.source = how < 0.45 ? u"inbound_call"_s : how < 0.75 ? u"outbound_call"_s : how < 0.9 ? u"walk_in"_s : u"club"_s;
            auto id = book.book(agent, r);
            if (!id) // the customer has an appointment that day already, or the vehicle moved on
                continue;
            if (r.source == u"inbound_call"_s) {
                auto call = InboundCallService(ctx).record(
                    agent, {customer, {}, u"appointment"_s, u"已预约"_s, u"来电预约保养"_s, 0, *id, {}, {}});
                if (!call)
                    return call.error();
            }
        }
    }
    return {};
}

Status SeedService::seedAppointmentDays(const QList<Session> &agents, quint64 seed)
{
    if (agents.isEmpty())
        return {};
    DataGenerator gen(seed + 29);
    const Session system = Session::system(u"seed"_s);
    const QDate today = m_ctx.clock.nowUtc().toLocalTime().date();

    // Work the past days: confirmation calls the day before, arrivals at reception or by the
    // service visit, the odd cancellation, and the night's close that finds the no-shows.
    for (int offset = -28; offset < 0; ++offset) {
        const QDate day = today.addDays(offset);
        auto booked = AppointmentService(m_ctx).between(system, day, day);
        if (!booked)
            return booked.error();
        for (const data::Appointment &b : *booked) {
            if (b.status != u"booked"_s && b.status != u"confirmed"_s)
                continue;
            const qint64 id = b.id;
            FixedClock clock(QDateTime(day.addDays(-1), QTime(15, 0)).toUTC());
            Context ctx{m_ctx.db, clock};
            AppointmentService book(ctx);
            const Session &agent = agents[gen.uniform(0, int(agents.size()) - 1)];
            const double fate = gen.unit();
            if (fate < 0.05) {
                CRM_TRY(book.cancel(agent, id, u"客户临时出差"_s));
                continue;
            }
            if (b.status == u"booked"_s && gen.unit() < 0.7)
                CRM_TRY(book.confirm(agent, id));
            if (fate < 0.12)
                continue; // a no-show: the night's close finds it
            auto a = book.appointment(agent, id);
            if (!a)
                return a.error();
            if (!*a)
                continue;
            clock.set((*a)->scheduledAt.addSecs(60 * gen.uniform(-10, 45)).toUTC());
            // Most are met at reception (their arrival time counts for on-time); every car that
            // comes gets its work order, which credits the others' appointments by itself.
            if (gen.unit() < 0.6 || !(*a)->vehicleId)
                CRM_TRY(book.arrive(agent, id));
            if ((*a)->vehicleId) {
                auto visit = CustomerService(ctx).addVisit(system, (*a)->vehicleId,
                                                           {0, 0, 0, day, u"maintenance"_s, gen.uniform(3000, 80000),
                                                            (*a)->advisor, qint64(gen.uniform(300, 3000)) * 100});
                if (!visit)
                    return visit.error();
            }
            clock.set(QDateTime(day, QTime(17, 0)).toUTC());
            auto now = book.appointment(agent, id);
            if (!now)
                return now.error();
            if (*now && (*now)->status == u"arrived"_s)
                CRM_TRY(book.complete(agent, id));
        }
        FixedClock night(QDateTime(day, QTime(23, 30)).toUTC());
        Context ctx{m_ctx.db, night};
        auto closed = AppointmentService(ctx).closeDay(system, QDateTime(day, QTime(23, 30)));
        if (!closed)
            return closed.error();
    }
    // Tomorrow's book: about half confirmed on today's calls already.
    auto tomorrow = AppointmentService(m_ctx).between(system, today.addDays(1), today.addDays(1));
    if (!tomorrow)
        return tomorrow.error();
    for (const data::Appointment &a : *tomorrow)
        if (a.status == u"booked"_s && gen.unit() < 0.5)
            CRM_TRY(AppointmentService(m_ctx).confirm(agents.first(), a.id));
    return {};
}

} // namespace crm::services
