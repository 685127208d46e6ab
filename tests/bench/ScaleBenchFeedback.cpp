// Feedback to departments at scale (issue 25): the department report for a year and an owner's
// open list, with at least 200,000 items (the seed's one per fifth customer, copied within a
// rolled-back transaction when the base has fewer). Nothing written is kept. On PostgreSQL the
// copies are fresh (not yet vacuumed) rows: the report then reads the heap, not only its index,
// and is slower than on a base whose autovacuum has run (docs/performance.md has both).
#include "Bench.h"
#include "feedback/services/FeedbackService.h"

namespace bench {

void feedbackBench(services::Context &ctx, const services::Session &who)
{
    data::Database &db = ctx.db;
    data::Transaction outer(db);
    must(outer.started(), "begin");
    const QString columns =
        u"customer_id, category, text, source, department_id, owner_id, taken_by, status, clock, received_at, "
        "answer_warn_at, answer_due_at, resolve_warn_at, resolve_due_at, answered_at, answer, resolved_at, "
        "result, work_minutes, closed_at"_s;
    qint64 items = db.scalar(u"SELECT COUNT(*) FROM feedback_items"_s)->toLongLong();
    if (items == 0)
        die(u"the base has no feedback items: seed it with this version (dealercrm-cli seed --customers N)"_s);
    const bool toppedUp = items < 200000;
    while (items < 200000) {
        must(db.exec(u"INSERT INTO feedback_items(%1) SELECT %1 FROM feedback_items WHERE id <= ?"_s.arg(columns),
                     {200000 - items}),
             "copy");
        items = db.scalar(u"SELECT COUNT(*) FROM feedback_items"_s)->toLongLong();
    }
    // The owner: a member of after-sales service (the items are not touched: an UPDATE here would
    // leave PostgreSQL's pages not all-visible and measure the heap instead of the index).
    const qint64 owner = db.scalar(u"SELECT MIN(id) FROM users"_s)->toLongLong();
    const qint64 service = db.scalar(u"SELECT id FROM departments WHERE code = 'service'"_s)->toLongLong();
    must(db.exec(u"INSERT INTO department_members(department_id, user_id) VALUES (?, ?) ON CONFLICT DO NOTHING"_s,
                 {service, owner}),
         "member");
    if (toppedUp)
        must(db.refreshStatistics(), "statistics");
    std::printf(
        "    (%lld feedback items, %lld open)\n", items,
        db.scalar(u"SELECT COUNT(*) FROM feedback_items WHERE status IN ('open', 'answered', 'informing')"_s)->toLongLong());

    services::FeedbackService s(ctx);
    const QDate today = ctx.clock.nowUtc().toLocalTime().date();
    std::vector<double> year;
    qint64 received = 0;
    for (int i = 0; i < 5; ++i)
        year.push_back(msOf([&] { received = must(s.report(who, today.addYears(-1), today), "report").total.received; }));
    std::printf("    (%lld items received in the year)\n", received);
    report(u"feedback: department report for a year, first"_s, year.front(), -1, u"ms"_s, u"≤ 200 ms"_s);
    report(u"feedback: department report for a year (median of 5)"_s, percentile(year, 0.5), -1, u"ms"_s, u"≤ 200 ms"_s);

    const services::Session member{owner, u"bench"_s, u"bench"_s, Role::Manager};
    std::vector<double> list;
    for (int i = 0; i < 50; ++i) {
        data::FeedbackFilter f;
        f.memberOf = owner;
        f.state = i % 2 ? u"overdue"_s : u"open"_s;
        list.push_back(msOf([&] {
            must(s.list(member, f), "list");
            must(s.count(member, f), "count");
        }));
    }
    report(u"feedback: an owner's open list, page + count, p99"_s, percentile(list, 0.99), -1, u"ms"_s, u"≤ 30 ms"_s);
    // `outer` is not committed: the copies, the membership and the owners are rolled back.
}

} // namespace bench
