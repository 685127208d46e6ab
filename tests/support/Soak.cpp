// crm_test_soak DATABASE SECONDS TAG: one desk working as fast as it can for SECONDS through the
// real services — registering complaints, redeeming and earning points, logging follow-up calls —
// against the customers, members and open tasks already in the database (a seeded one).
// Refusals a person at the desk would get (not enough points, a task another desk just closed)
// are counted; any other failure (a database error, "database is locked", a deadlock) ends the
// process non-zero with the message, so the soak test fails on it. On success one line says what
// was done: complaints=N earned=P spent=P calls=N refused=N again=N — the test checks the database
// against it. Each unit runs under its own unit key (data::applyOnce): when the server restarts or
// the desk's session is killed, the desk reconnects and tries the unit again, and a unit whose
// commit landed before the answer was lost counts once (again=N of them).
#include "club/services/ClubService.h"
#include "complaints/core/ComplaintRules.h"
#include "complaints/services/ComplaintService.h"
#include "data/Database.h"
#include "data/Transaction.h"
#include "followups/services/CallDeskService.h"
#include "followups/services/FollowupService.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace crm;

namespace {

QList<qint64> ids(data::Database &db, const QString &sql)
{
    QList<qint64> out;
    if (auto q = db.exec(sql)) {
        while (q->next())
            out << q->value(0).toLongLong();
    }
    return out;
}

int fail(const char *what, const Error &e)
{
    std::fprintf(stderr, "%s: %s\n", what, qPrintable(e.text()));
    return 6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fputs("usage: crm_test_soak DATABASE SECONDS TAG\n", stderr);
        return 2;
    }
    auto spec = data::ConnectionSpec::parse(args[1]);
    if (!spec)
        return 3;
    auto opened = data::Database::open(*spec);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().text()));
        return 4;
    }
    data::Database &db = **opened;
    services::Context ctx{db};
    const QString tag = args[3];
    // The test finds this desk's sessions on the server by it (pg_stat_activity.application_name).
    (void)db.setApplicationUser(u"soak-"_s + tag);
    // The system actor with a real user id, so calls carry an agent as the desk's do.
    const QList<qint64> users = ids(db, u"SELECT id FROM users ORDER BY id"_s);
    services::Session who = services::Session::system(u"soak-"_s + tag);
    if (!users.isEmpty())
        who.userId = users.first();

    const QList<qint64> members = ids(db, u"SELECT member_id FROM points_balances ORDER BY member_id LIMIT 300"_s);
    QList<qint64> tasks = ids(db, u"SELECT id FROM followup_tasks WHERE status = 'open' ORDER BY id"_s);
    QHash<qint64, qint64> ownerOf;
    if (auto q = db.exec(u"SELECT id, customer_id FROM vehicles WHERE deleted_at IS NULL ORDER BY id LIMIT 2000"_s)) {
        while (q->next())
            ownerOf.insert(q->value(0).toLongLong(), q->value(1).toLongLong());
    }
    const QList<qint64> vehicles = ownerOf.keys();
    if (vehicles.isEmpty() || members.isEmpty() || tasks.isEmpty()) {
        std::fputs("the database needs customers with vehicles, club members and open tasks (seed it)\n", stderr);
        return 5;
    }

    services::ComplaintService complaints(ctx);
    services::ClubService club(ctx);
    services::CallDeskService desk(ctx);
    services::FollowupService followups(ctx);
    const QStringList channels = complaints::ComplaintText::channels();
    const QStringList categories = complaints::ComplaintText::categories();
    QRandomGenerator rng(qHash(tag));
    qint64 registered = 0, earned = 0, spent = 0, calls = 0, refused = 0, again = 0;
    // A refusal the desk would show the person; anything else is a failure of the program.
    auto refusal = [](const Error &e) { return e.kind == Error::Kind::Invalid || e.kind == Error::Kind::Conflict; };
    // Applied by an earlier try whose answer was lost: done, once.
    auto applied = [&](const Error &e) {
        if (e.kind != Error::Kind::AlreadyApplied)
            return false;
        ++again;
        return true;
    };

    QElapsedTimer clock;
    clock.start();
    const qint64 until = qint64(args[2].toDouble() * 1000);
    for (int i = 0; clock.elapsed() < until; ++i) {
        const QString unit = u"soak-%1-unit-%2"_s.arg(tag).arg(i);
        switch (rng.bounded(4)) {
        case 0: {
            const qint64 vehicle = vehicles[rng.bounded(int(vehicles.size()))];
            services::ComplaintInput in;
            in.customerId = ownerOf.value(vehicle);
            in.vehicleId = vehicle;
            in.channel = channels[rng.bounded(int(channels.size()))];
            in.category = categories[rng.bounded(int(categories.size()))];
            in.description = u"soak %1 %2: the car was not washed"_s.arg(tag).arg(i);
            auto r = data::applyOnce(db, unit, [&] { return complaints.registerComplaint(who, in); });
            if (!r && !applied(r.error()))
                return fail("register complaint", r.error());
            ++registered;
            break;
        }
        case 1: {
            const qint64 member = members[rng.bounded(int(members.size()))];
            const qint64 points = 1 + rng.bounded(400);
            Status s = data::applyOnce(db, unit, [&] { return club.spend(who, member, points, u"soak spend "_s + tag); });
            if (!s && applied(s.error())) {
                spent += points;
            } else if (!s) {
                if (!refusal(s.error()))
                    return fail("redeem points", s.error());
                ++refused;
            } else {
                spent += points;
            }
            break;
        }
        case 2: {
            const qint64 member = members[rng.bounded(int(members.size()))];
            const qint64 points = 1 + rng.bounded(300);
            const QString source = u"soak-%1-%2"_s.arg(tag).arg(i);
            auto r = data::applyOnce(db, unit, [&] { return club.earn(who, member, points, u"soak earn "_s + tag, source); });
            if (!r && applied(r.error())) {
                auto was = db.scalar(u"SELECT COALESCE(SUM(points), 0) FROM points_ledger WHERE source_key = ?"_s, {source});
                if (!was)
                    return fail("read an earning", was.error());
                earned += was->toLongLong();
            } else if (!r) {
                return fail("earn points", r.error());
            } else {
                earned += *r;
            }
            break;
        }
        default: {
            services::CallInput call;
            // Mostly "call back later", which keeps the task open, so the desks keep meeting on the
            // same tasks; now and then one is reached and closes under the others.
            if (rng.bounded(5) == 0) {
                call.outcome = followups::Outcome::Reached;
            } else {
                call.outcome = followups::Outcome::CallBack;
                call.callBackAt = QDateTime::currentDateTime().addSecs(7200);
            }
            call.durationSec = int(rng.bounded(300));
            call.notes = u"soak %1 %2"_s.arg(tag).arg(i);
            call.callInQuietHours = true;
            const int pick = int(rng.bounded(int(tasks.size())));
            auto r = data::applyOnce(db, unit, [&] { return desk.logCall(who, tasks[pick], call); });
            if (!r && applied(r.error())) {
                ++calls;
            } else if (!r) {
                if (!refusal(r.error()))
                    return fail("log call", r.error());
                ++refused;
                // Closed by another desk: raise a new task in its place (as a closed complaint
                // raises its return visit), so the desks keep meeting on open tasks all run long.
                const qint64 vehicle = vehicles[rng.bounded(int(vehicles.size()))];
                const QString key = u"soak-%1-%2"_s.arg(tag).arg(i);
                auto raised = data::applyOnce(db, unit + u"-raise"_s, [&] {
                    return followups.raiseTask(followups::TaskKind::ComplaintReturn, key, ownerOf.value(vehicle), vehicle,
                                               QDate::currentDate());
                });
                if (!raised && raised.error().kind == Error::Kind::AlreadyApplied)
                    raised = true;
                if (!raised)
                    return fail("raise task", raised.error());
                if (*raised) {
                    auto id = db.scalar(u"SELECT id FROM followup_tasks WHERE kind = ? AND source_key = ?"_s,
                                        {followups::kindId(followups::TaskKind::ComplaintReturn), key});
                    if (!id)
                        return fail("find raised task", id.error());
                    tasks[pick] = id->toLongLong();
                }
            } else {
                ++calls;
            }
            break;
        }
        }
    }
    std::printf("complaints=%lld earned=%lld spent=%lld calls=%lld refused=%lld again=%lld\n", registered, earned, spent, calls,
                refused, again);
    return 0;
}
