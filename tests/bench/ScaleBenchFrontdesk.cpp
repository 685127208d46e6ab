// The front desk at scale (issue 23): the reception's day view, the free-capacity probe a
// booking runs, and the inbound-call lookup by the number a phone sends.
#include "Bench.h"
#include "frontdesk/services/AppointmentService.h"
#include "frontdesk/services/InboundCallService.h"

namespace bench {

void frontdeskBench(services::Context &ctx, const services::Session &who)
{
    data::Database &db = ctx.db;
    services::AppointmentService book(ctx);
    const qint64 appointments = db.scalar(u"SELECT COUNT(*) FROM appointments"_s)->toLongLong();
    std::printf("  (%lld appointments in the book)\n", appointments);
    // Days with a full book: the busiest ones of the last three years, and today.
    QList<QDate> days;
    auto busy = db.exec(u"SELECT day FROM appointment_load WHERE slot = '' ORDER BY booked DESC LIMIT 100"_s);
    while (busy && busy->next())
        days << QDate::fromString(busy->value(0).toString(), Qt::ISODate);
    days << QDate::currentDate();
    // Each day twice: the first look reads its pages from disk (a day's bookings were made over
    // several days, so they are spread over the table), the second is what reception sees all day.
    std::vector<double> dayView, dayAgain, probe, engine;
    for (const QDate &d : days) {
        dayView.push_back(msOf([&] {
            must(book.between(who, d, d), "day");
            must(book.capacity(d), "capacity");
        }));
        dayAgain.push_back(msOf([&] {
            must(book.between(who, d, d), "day");
            must(book.capacity(d), "capacity");
        }));
        probe.push_back(msOf([&] { must(book.nextFree(QDateTime(d, QTime(9, 0)), 3), "next free"); }));
        engine.push_back(msOf([&] {
            auto q = db.exec(u"SELECT id FROM appointments WHERE scheduled_at >= ? AND scheduled_at < ?"_s,
                             {d.toString(Qt::ISODate), d.addDays(1).toString(Qt::ISODate)});
            while (q && q->next()) {
            }
        }));
    }
    report(u"appointments: day view, first look at a busy day (cold), p99"_s, percentile(dayView, 0.99), percentile(engine, 0.99),
           u"ms"_s, u"≤ 30 ms"_s);
    report(u"appointments: day view, the day looked at again, p99"_s, percentile(dayAgain, 0.99), -1, u"ms"_s, u"≤ 30 ms"_s);
    report(u"appointments: day view, the day looked at again, median"_s, percentile(dayAgain, 0.5), -1, u"ms"_s, u"≤ 30 ms"_s);
    report(u"appointments: free-capacity probe (next 3 free slots), p99"_s, percentile(probe, 0.99), -1, u"ms"_s, u"≤ 30 ms"_s);

    // Inbound calls: the numbers of random customers, as the phone sends them (+86, spaces).
    const qint64 maxId = db.scalar(u"SELECT MAX(id) FROM customers"_s)->toLongLong();
    QRandomGenerator rnd(23);
    QStringList numbers;
    while (numbers.size() < 200) {
        auto q = db.exec(u"SELECT mobile FROM customers WHERE id >= ? AND mobile IS NOT NULL ORDER BY id LIMIT 1"_s,
                         {qint64(rnd.bounded(quint64(maxId)) + 1)});
        if (q && q->next() && q->value(0).toString().size() == 11)
            numbers << q->value(0).toString();
    }
    services::InboundCallService inbound(ctx);
    std::vector<double> full, phone, tail;
    for (const QString &n : numbers) {
        full.push_back(msOf([&] { must(inbound.lookup(who, n), "lookup"); }));
        phone.push_back(
            msOf([&] { must(inbound.lookup(who, u"+86 "_s + n.left(3) + u' ' + n.mid(3, 4) + u' ' + n.right(4)), "lookup"); }));
        tail.push_back(msOf([&] { must(inbound.lookup(who, n.right(4)), "lookup"); }));
    }
    report(u"inbound call: caller by number, p99"_s, percentile(full, 0.99), -1, u"ms"_s, u"≤ 10 ms"_s);
    report(u"inbound call: caller by +86 number as a phone sends it, p99"_s, percentile(phone, 0.99), -1, u"ms"_s, u"≤ 10 ms"_s);
    report(u"inbound call: caller by the last 4 digits, p99"_s, percentile(tail, 0.99), -1, u"ms"_s, u"≤ 10 ms"_s);
}

} // namespace bench
