// The desks' activity at scale (follow-ups, club, complaints), written in batches.
#include "seed/SeedService.h"

#include "data/BatchInsert.h"

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

namespace {
// Local wall time → stored UTC for millions of rows: the zone's offset is looked up once per day
// (each QDateTime local conversion stats /etc/localtime; that was a third of the seed's time).
class LocalStamps {
public:
    QString operator()(const QDate &day, int hour, int minute = 0)
    {
        auto it = m_offsets.find(day);
        if (it == m_offsets.end())
            it = m_offsets.insert(day, QDateTime(day, QTime(12, 0)).offsetFromUtc());
        return toStoredUtc(QDateTime(day, QTime(hour, minute), QTimeZone::utc()).addSecs(-*it));
    }

private:
    QHash<QDate, int> m_offsets;
};
} // namespace

Result<QList<qint64>> SeedService::scaleAgents(const Session &who)
{
    QList<qint64> agents;
    for (int i = 1; i <= 10; ++i) {
        const QString name = u"agent%1"_s.arg(i, 2, 10, QChar(u'0'));
        auto existing = data::UserRepository(m_ctx.db).findByUsername(name);
        if (!existing)
            return existing.error();
        if (existing->has_value()) {
            agents << (*existing)->id;
            continue;
        }
        auto id = UserService(m_ctx).add(who, {name, tr("Agent %1").arg(i), Role::Agent, u"demo-agent"_s});
        if (!id)
            return id.error();
        agents << *id;
    }
    return agents;
}

Result<qint64> SeedService::seedActivity(const Session &who, quint64 seed, const Progress &progress,
                                         const std::atomic<bool> *cancel)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ManageUsers, tr("fill the database with generated data")));
    auto agents = scaleAgents(who);
    if (!agents)
        return agents.error();
    const data::BulkCache bulk(m_ctx.db);
    auto followups = seedScaleFollowups(*agents, seed, progress, cancel);
    if (!followups)
        return followups.error();
    auto club = seedScaleClub(seed, cancel);
    if (!club)
        return club.error();
    auto complaints = seedScaleComplaints(*agents, seed);
    if (!complaints)
        return complaints.error();
    auto feedback = seedScaleFeedback(*agents, seed);
    if (!feedback)
        return feedback.error();
    CRM_TRY(Guard::audit(
        m_ctx, &who,
        {u"seed"_s, u"activity"_s, {}, {}, {{u"rows"_s, *followups + *club + *complaints + *feedback}}, u"seed %1"_s.arg(seed)}));
    CRM_TRY(m_ctx.db.refreshStatistics());
    log::get("app")->info("seeded {} follow-up, {} club, {} complaint and {} feedback rows", *followups, *club, *complaints,
                          *feedback);
    return *followups + *club + *complaints + *feedback;
}

Result<qint64> SeedService::seedScaleFollowups(const QList<qint64> &agents, quint64 seed, const Progress &progress,
                                               const std::atomic<bool> *cancel)
{
    DataGenerator gen(seed + 101);
    const QDate today = m_ctx.clock.nowUtc().toLocalTime().date();
    LocalStamps stamp;
    auto total = m_ctx.db.scalar(u"SELECT COUNT(*) FROM service_visits WHERE deleted_at IS NULL"_s);
    if (!total)
        return total.error();
    const QString insertTask =
        u"INSERT INTO followup_tasks(kind, source_key, customer_id, vehicle_id, available, due_date, expires, priority, status, "
        "attempts, assigned_to, created_at, updated_at, completed_at, completed_day, outcome, completed_by) "
        "VALUES ('after_service', ?, ?, ?, ?, ?, ?, 2, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(kind, source_key) DO NOTHING RETURNING id"_s;
    const QString insertCall = u"INSERT INTO followup_calls(task_id, customer_id, agent_id, called_at, outcome, duration_sec) "
                               "VALUES (?, ?, ?, ?, ?, ?)"_s;
    // About one appointment per two visits of the last three years (the visit its arrival), and
    // a few no-shows besides; the book's load counters are rebuilt from them at the end.
    const QString insertAppointment =
        u"INSERT INTO appointments(customer_id, vehicle_id, scheduled_at, slot_minutes, service_kind, labour_minutes, "
        "source, status, visit_id, arrived_at, created_by, created_at) VALUES (?, ?, ?, 30, ?, ?, ?, ?, ?, ?, 'seed', ?)"_s;
    const QDate bookSince = today.addYears(-3);
    const QString sources[] = {u"inbound_call"_s, u"outbound_call"_s, u"outbound_call"_s, u"walk_in"_s, u"club"_s};
    qint64 lastId = 0, seen = 0, written = 0;
    struct Visit {
        qint64 id, vehicle, customer;
        QDate day;
    };
    for (;;) {
        if (cancel && cancel->load())
            return Error::conflict(tr("Seeding was cancelled; the follow-ups written so far are saved."));
        QList<Visit> chunk;
        {
            auto q = m_ctx.db.exec(u"SELECT id, vehicle_id, customer_id, visit_date FROM service_visits WHERE id > ? "
                                   "AND deleted_at IS NULL ORDER BY id LIMIT 20000"_s,
                                   {lastId});
            if (!q)
                return q.error();
            while (q->next())
                chunk.append({q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toLongLong(),
                              QDate::fromString(q->value(3).toString(), Qt::ISODate)});
        }
        if (chunk.isEmpty())
            break;
        lastId = chunk.last().id;
        data::Transaction tx(m_ctx.db);
        CRM_TRY(tx.started());
        for (const Visit &v : chunk) {
            if (!v.day.isValid() || v.day >= today)
                continue;
            const qint64 agent = agents.at(int(v.customer % agents.size()));
            const QDate available = v.day.addDays(1), due = v.day.addDays(3), expires = v.day.addDays(15);
            // (outcome, day offset from available) per call; the task's end state follows.
            QList<QPair<QString, int>> calls;
            QString status;
            if (expires >= today) {
                status = u"open"_s;
                if (gen.unit() < 0.3 && available < today)
                    calls << qMakePair(u"no_answer"_s, 0);
            } else if (const double r = gen.unit(); r < 0.80) {
                status = u"done"_s;
                if (gen.unit() < 0.25)
                    calls << qMakePair(u"no_answer"_s, 0);
                calls << qMakePair(u"reached"_s, 1);
            } else if (r < 0.88) {
                status = u"unreachable"_s;
                calls << qMakePair(u"no_answer"_s, 0) << qMakePair(u"busy"_s, 1) << qMakePair(u"no_answer"_s, 2);
            } else if (r < 0.95) {
                status = u"expired"_s;
            } else {
                status = u"done"_s; // reached, but after the due day
                calls << qMakePair(u"no_answer"_s, 0) << qMakePair(u"reached"_s, 5);
            }
            struct Call {
                QString outcome, at;
                QDate day;
            };
            QList<Call> made;
            for (const auto &[outcome, offset] : calls) {
                const QDate day = available.addDays(offset);
                if (day < today)
                    made.append({outcome, stamp(day, gen.uniform(9, 17), gen.uniform(0, 59)), day});
            }
            // A closed task records who closed it, when (the local day decides "on time") and how.
            const bool closed = status == u"done"_s || status == u"unreachable"_s;
            const QVariant none{QMetaType(QMetaType::QString)};
            auto task = m_ctx.db.execCached(
                insertTask, {u"after_service:%1"_s.arg(v.id), v.customer, v.vehicle, available.toString(Qt::ISODate),
                             due.toString(Qt::ISODate), expires.toString(Qt::ISODate), status, int(made.size()), agent,
                             stamp(available, 7), made.isEmpty() ? stamp(available, 7) : made.last().at,
                             closed && !made.isEmpty() ? QVariant(made.last().at) : none,
                             closed && !made.isEmpty() ? QVariant(made.last().day.toString(Qt::ISODate)) : none,
                             closed && !made.isEmpty() ? QVariant(made.last().outcome) : none,
                             closed ? QVariant(agent) : QVariant(QMetaType(QMetaType::LongLong))});
            if (!task)
                return task.error();
            if (!(*task)->next())
                continue; // a real run made this task already
            const qint64 taskId = (*task)->value(0).toLongLong();
            (*task)->finish();
            ++written;
            // (after the task: a second run, which finds the task, books nothing twice)
            if (v.day >= bookSince && gen.unit() < 0.54) {
                const bool noShow = gen.unit() < 0.08;
                const QDate day = noShow ? v.day.addDays(-7) : v.day;
                const QTime slot = QTime(8, 30).addSecs(1800 * gen.uniform(0, 16));
                const bool repair = gen.unit() < 0.3;
                auto booked = m_ctx.db.execCached(
                    insertAppointment,
                    {v.customer, v.vehicle, QDateTime(day, slot).toString(u"yyyy-MM-ddTHH:mm"_s),
                     repair ? u"repair"_s : u"maintenance"_s, repair ? 180 : 90, sources[gen.uniform(0, 4)],
                     noShow ? u"no_show"_s : u"completed"_s, noShow ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(v.id),
                     noShow ? QVariant(QMetaType(QMetaType::QString)) : QVariant(stamp(day, slot.hour(), slot.minute())),
                     stamp(day.addDays(-gen.uniform(1, 5)), 10)});
                if (!booked)
                    return booked.error();
                ++written;
            }
            for (const Call &c : made) {
                auto call = m_ctx.db.execCached(insertCall, {taskId, v.customer, agent, c.at, c.outcome,
                                                             c.outcome == u"reached"_s ? gen.uniform(60, 420) : 0});
                if (!call)
                    return call.error();
                ++written;
            }
        }
        CRM_TRY(tx.commit());
        seen += chunk.size();
        if (progress)
            progress(seen, total->toLongLong());
    }
    // The book's places per slot and per day, set-based from what was written.
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    CRM_TRY(m_ctx.db.exec(u"DELETE FROM appointment_load"_s));
    CRM_TRY(m_ctx.db.exec(u"INSERT INTO appointment_load(day, slot, booked, labour_minutes) SELECT substr(scheduled_at, 1, 10), "
                          "substr(scheduled_at, 12, 5), COUNT(*), 0 FROM appointments WHERE status IN ('booked', 'confirmed', "
                          "'arrived', 'completed') GROUP BY substr(scheduled_at, 1, 10), substr(scheduled_at, 12, 5)"_s));
    CRM_TRY(m_ctx.db.exec(u"INSERT INTO appointment_load(day, slot, booked, labour_minutes) SELECT substr(scheduled_at, 1, 10), "
                          "'', COUNT(*), SUM(labour_minutes) FROM appointments WHERE status IN ('booked', 'confirmed', "
                          "'arrived', 'completed') GROUP BY substr(scheduled_at, 1, 10)"_s));
    CRM_TRY(tx.commit());
    return written;
}

Result<QList<QPair<qint64, qint64>>> SeedService::ownersAfter(qint64 afterCustomer, int limit)
{
    auto q = m_ctx.db.exec(u"SELECT c.id, MIN(v.id) FROM customers c JOIN vehicles v ON v.customer_id = c.id "
                           "WHERE c.id > ? AND c.deleted_at IS NULL GROUP BY c.id ORDER BY c.id LIMIT ?"_s,
                           {afterCustomer, limit});
    if (!q)
        return q.error();
    QList<QPair<qint64, qint64>> out;
    while (q->next())
        out << qMakePair(q->value(0).toLongLong(), q->value(1).toLongLong());
    return out;
}

Result<qint64> SeedService::seedScaleClub(quint64 seed, const std::atomic<bool> *cancel)
{
    DataGenerator gen(seed + 211);
    const QDate today = m_ctx.clock.nowUtc().toLocalTime().date();
    SettingsService config(m_ctx);
    const int perYuan = config.intValue(settings::kPointsPerYuan);
    const int expiryMonths = config.intValue(settings::kPointsExpiryMonths);
    auto serial = m_ctx.db.scalar(u"SELECT last FROM club_card_serial WHERE id = 1"_s);
    if (!serial)
        return serial.error();
    qint64 lastSerial = serial->toLongLong(), lastCustomer = 0, written = 0;
    LocalStamps stamp;
    for (;;) {
        if (cancel && cancel->load())
            return Error::conflict(tr("Seeding was cancelled; the club members written so far are saved."));
        auto owners = ownersAfter(lastCustomer, 20000);
        if (!owners)
            return owners.error();
        if (owners->isEmpty())
            break;
        lastCustomer = owners->last().first;
        // Every fourth vehicle owner (one already a member is skipped by the insert below).
        QList<QPair<qint64, qint64>> joiners;
        for (const auto &owner : std::as_const(*owners))
            if (owner.first % 4 == 0)
                joiners << owner;
        data::Transaction tx(m_ctx.db);
        CRM_TRY(tx.started());
        for (const auto &[customer, vehicle] : joiners) {
            const QDate joined = today.addDays(-gen.uniform(20, 540));
            const QString joinedAt = stamp(joined, 10);
            auto member = m_ctx.db.execCached(
                u"INSERT INTO club_members(customer_id, joined_on, tier, tier_since, status, created_by, created_at) "
                "VALUES (?, ?, 'standard', ?, 'active', 'seed', ?) ON CONFLICT(customer_id) DO NOTHING RETURNING id"_s,
                {customer, joined.toString(Qt::ISODate), joined.toString(Qt::ISODate), joinedAt});
            if (!member)
                return member.error();
            if (!(*member)->next())
                continue;
            const qint64 memberId = (*member)->value(0).toLongLong();
            (*member)->finish();
            auto card = m_ctx.db.execCached(
                u"INSERT INTO club_cards(member_id, number, vehicle_id, status, issued_at) VALUES (?, ?, ?, 'active', ?) RETURNING id"_s,
                {memberId, club::cardNumber(++lastSerial), vehicle, joinedAt});
            if (!card || !(*card)->next())
                return card ? Error::invalid(u"card"_s) : card.error();
            const qint64 cardId = (*card)->value(0).toLongLong();
            (*card)->finish();
            // Welcome points, then points for every paid visit since joining.
            QList<std::tuple<QDate, int, QString, QString>> earnings{{joined, 500, tr("Welcome points"), QString()}};
            {
                auto visits = m_ctx.db.execCached(
                    u"SELECT id, visit_date, amount_fen FROM service_visits WHERE customer_id = ? AND visit_date >= ? "
                    "AND visit_date < ? AND amount_fen > 0 AND deleted_at IS NULL ORDER BY visit_date"_s,
                    {customer, joined.toString(Qt::ISODate), today.toString(Qt::ISODate)});
                if (!visits)
                    return visits.error();
                while ((*visits)->next()) {
                    const int points = int((*visits)->value(2).toLongLong() / 100 * perYuan);
                    if (points > 0)
                        earnings.append({QDate::fromString((*visits)->value(1).toString(), Qt::ISODate), points,
                                         tr("Service spend"), u"visit:%1"_s.arg((*visits)->value(0).toLongLong())});
                }
                (*visits)->finish();
            }
            qint64 balance = 0;
            for (const auto &[day, points, reason, key] : earnings) {
                const QDate expiresOn = day.addMonths(expiryMonths);
                if (expiresOn <= today)
                    continue; // would have expired already; the nightly run is not re-enacted here
                auto entry =
                    m_ctx.db.execCached(u"INSERT INTO points_ledger(member_id, card_id, at, kind, points, expires_on, reason, "
                                        u"source_key, created_by) "
                                        "VALUES (?, ?, ?, 'earn', ?, ?, ?, ?, 'seed') RETURNING id"_s,
                                        {memberId, cardId, stamp(day, 15), points, expiresOn.toString(Qt::ISODate), reason,
                                         key.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(key)});
                if (!entry || !(*entry)->next())
                    return entry ? Error::invalid(u"ledger"_s) : entry.error();
                const qint64 ledgerId = (*entry)->value(0).toLongLong();
                (*entry)->finish();
                CRM_TRY(statusOf(m_ctx.db.execCached(
                    u"INSERT INTO points_lots(ledger_id, member_id, expires_on, remaining) VALUES (?, ?, ?, ?)"_s,
                    {ledgerId, memberId, expiresOn.toString(Qt::ISODate), points})));
                balance += points;
                ++written;
            }
            CRM_TRY(statusOf(
                m_ctx.db.execCached(u"INSERT INTO points_balances(member_id, available) VALUES (?, ?)"_s, {memberId, balance})));
            written += 2;
        }
        CRM_TRY(statusOf(m_ctx.db.exec(u"UPDATE club_card_serial SET last = ? WHERE id = 1"_s, {lastSerial})));
        CRM_TRY(tx.commit());
    }
    return written;
}

Result<qint64> SeedService::seedScaleComplaints(const QList<qint64> &agents, quint64 seed)
{
    DataGenerator gen(seed + 307);
    const QDate today = m_ctx.clock.nowUtc().toLocalTime().date();
    static const char *const categories[] = {
        "product_quality", "repair_quality", "service_attitude", "price", "delivery_paperwork", "parts", "other"};
    static const char *const channels[] = {"phone", "walk_in", "followup_call", "oem_hotline", "online"};
    const QStringList departments{tr("After-sales"), tr("Sales"), tr("Parts"), tr("Customer service")};
    const QStringList descriptions{
        u"保养后发动机异响，要求复查"_s,     u"维修等待时间过长"_s, u"服务顾问态度冷淡"_s, u"配件价格比报价高"_s,
        u"交车资料不全，缺少合格证复印件"_s, u"配件到货延误两周"_s};
    // Numbers continue any series already drawn; a customer given a case by an earlier run gets none.
    QHash<QString, int> serials;
    {
        auto q = m_ctx.db.exec(u"SELECT month, last FROM complaint_serials"_s);
        if (!q)
            return q.error();
        while (q->next())
            serials.insert(q->value(0).toString(), q->value(1).toInt());
    }
    QSet<qint64> done;
    {
        auto q = m_ctx.db.exec(u"SELECT customer_id FROM complaints WHERE created_by = 'seed'"_s);
        if (!q)
            return q.error();
        while (q->next())
            done.insert(q->value(0).toLongLong());
    }
    qint64 lastCustomer = 0, written = 0;
    QList<std::tuple<QDateTime, qint64, qint64>> cases;
    for (;;) {
        auto owners = ownersAfter(lastCustomer, 50000);
        if (!owners)
            return owners.error();
        if (owners->isEmpty())
            break;
        lastCustomer = owners->last().first;
        for (const auto &[customer, vehicle] : std::as_const(*owners))
            if (customer % 100 == 7 && !done.contains(customer))
                cases.append(
                    {QDateTime(today.addDays(-gen.uniform(1, 1095)), QTime(gen.uniform(8, 17), gen.uniform(0, 59))).toUTC(),
                     customer, vehicle});
    }
    // Registered in date order, so the numbers follow the calendar.
    std::sort(cases.begin(), cases.end());
    {
        data::Transaction tx(m_ctx.db);
        CRM_TRY(tx.started());
        for (const auto &[at, customer, vehicle] : cases) {
            const QDateTime local = at.toLocalTime();
            const QString month = local.toString(u"yyMM"_s);
            const int n = ++serials[local.toString(u"yyyy-MM"_s)]; // ComplaintRepository::nextSerial's key
            const bool open = local.date() > today.addDays(-10);
            const double levelDraw = gen.unit();
            const QString level = levelDraw < 0.9 ? u"normal"_s : levelDraw < 0.98 ? u"escalated"_s : u"major"_s;
            const int closeHours = gen.uniform(24, 200);
            CRM_TRY(statusOf(m_ctx.db.execCached(
                u"INSERT INTO complaints(number, customer_id, vehicle_id, channel, category, level, description, status, "
                u"department, "
                "assigned_to, registered_at, responded_at, reported_at, closed_at, accepted, created_by, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'seed', ?)"_s,
                {u"TS-%1-%2"_s.arg(month).arg(n, 4, 10, QChar(u'0')), customer, vehicle,
                 QString::fromLatin1(channels[gen.uniform(0, 4)]), QString::fromLatin1(categories[gen.uniform(0, 6)]), level,
                 descriptions.at(gen.uniform(0, int(descriptions.size()) - 1)), open ? u"investigating"_s : u"closed"_s,
                 departments.at(gen.uniform(0, int(departments.size()) - 1)), agents.at(int(customer % agents.size())),
                 toStoredUtc(at), toStoredUtc(at.addSecs(3600 * gen.uniform(1, 20))),
                 open ? QVariant(QMetaType(QMetaType::QString)) : QVariant(toStoredUtc(at.addSecs(3600 * 48))),
                 open ? QVariant(QMetaType(QMetaType::QString)) : QVariant(toStoredUtc(at.addSecs(3600 * closeHours))),
                 open ? QVariant(QMetaType(QMetaType::Int)) : QVariant(1), toStoredUtc(at)})));
            ++written;
        }
        CRM_TRY(tx.commit());
    }
    // Numbers registered from now on continue after the generated ones.
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    for (auto it = serials.cbegin(); it != serials.cend(); ++it)
        CRM_TRY(statusOf(m_ctx.db.exec(
            u"INSERT INTO complaint_serials(month, last) VALUES (?, ?) ON CONFLICT(month) DO UPDATE SET last = excluded.last"_s,
            {it.key(), it.value()})));
    CRM_TRY(tx.commit());
    return written;
}

} // namespace crm::services
