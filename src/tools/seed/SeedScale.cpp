// The desks' activity at scale (follow-ups, club, complaints), written in batches.
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
#include "data/Rows.h"
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
    // As for the customers: a first activity load builds the indexes of what it writes afterwards.
    // The club member index the membership trigger reads stays.
    auto before = m_ctx.db.scalar(u"SELECT COUNT(*) FROM (SELECT 1 FROM followup_tasks LIMIT 1000) t"_s);
    if (!before)
        return before.error();
    data::DeferredIndexes deferred(m_ctx.db,
                                   {u"followup_tasks"_s, u"followup_calls"_s, u"appointments"_s, u"club_members"_s,
                                    u"club_cards"_s, u"points_ledger"_s, u"points_lots"_s},
                                   {u"club_members_status"_s});
    if (before->toLongLong() < 1000)
        CRM_TRY(deferred.drop());
    auto followups = seedScaleFollowups(*agents, seed, progress, cancel);
    if (!followups)
        return followups.error();
    auto club = seedScaleClub(seed, cancel);
    if (!club)
        return club.error();
    CRM_TRY(deferred.restore());
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
    // About one appointment per two visits of the last three years (the visit its arrival), and
    // a few no-shows besides; the book's load counters are rebuilt from them at the end.
    const QDate bookSince = today.addYears(-3);
    const QString sources[] = {u"inbound_call"_s, u"outbound_call"_s, u"outbound_call"_s, u"walk_in"_s, u"club"_s};
    const QVariant noText{QMetaType(QMetaType::QString)}, noId{QMetaType(QMetaType::LongLong)};
    // Only a base that has after-service tasks already is looked up chunk by chunk (on a fresh
    // one PostgreSQL's generic plan for the lookup, made while the table was empty, scans it).
    auto earlierTasks =
        m_ctx.db.scalar(u"SELECT COUNT(*) FROM (SELECT 1 FROM followup_tasks WHERE kind = 'after_service' LIMIT 1) t"_s);
    if (!earlierTasks)
        return earlierTasks.error();
    const bool earlier = earlierTasks->toLongLong() > 0;
    qint64 lastId = 0, seen = 0, written = 0;
    struct Visit {
        qint64 id, vehicle, customer;
        QDate day;
    };
    struct Call {
        qsizetype task; // index into the chunk's new tasks, their ids reserved afterwards
        qint64 customer, agent;
        QString outcome, at;
        int duration;
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
        // The chunk is generated in memory and written in bulk (BatchInsert: multi-row INSERTs,
        // COPY on PostgreSQL); visits a real run or an earlier seed already tasked are skipped
        // after their draws, so a second run writes nothing twice and the draws stay in step.
        QSet<QString> tasked;
        if (earlier) {
            QVariantList keys;
            keys.reserve(chunk.size());
            for (const Visit &v : std::as_const(chunk))
                keys << u"after_service:%1"_s.arg(v.id);
            CRM_TRY(data::overInList(
                m_ctx.db, u"SELECT source_key FROM followup_tasks WHERE kind = 'after_service' AND source_key IN (%1)"_s, keys,
                [&](QSqlQuery &q) { tasked.insert(q.value(0).toString()); }));
        }
        QList<QVariantList> tasks, appointments;
        QList<Call> calls;
        for (const Visit &v : std::as_const(chunk)) {
            if (!v.day.isValid() || v.day >= today)
                continue;
            const qint64 agent = agents.at(int(v.customer % agents.size()));
            const QDate available = v.day.addDays(1), due = v.day.addDays(3), expires = v.day.addDays(15);
            // (outcome, day offset from available) per call; the task's end state follows.
            QList<QPair<QString, int>> plan;
            QString status;
            if (expires >= today) {
                status = u"open"_s;
                if (gen.unit() < 0.3 && available < today)
                    plan << qMakePair(u"no_answer"_s, 0);
            } else if (const double r = gen.unit(); r < 0.80) {
                status = u"done"_s;
                if (gen.unit() < 0.25)
                    plan << qMakePair(u"no_answer"_s, 0);
                plan << qMakePair(u"reached"_s, 1);
            } else if (r < 0.88) {
                status = u"unreachable"_s;
                plan << qMakePair(u"no_answer"_s, 0) << qMakePair(u"busy"_s, 1) << qMakePair(u"no_answer"_s, 2);
            } else if (r < 0.95) {
                status = u"expired"_s;
            } else {
                status = u"done"_s; // reached, but after the due day
                plan << qMakePair(u"no_answer"_s, 0) << qMakePair(u"reached"_s, 5);
            }
            struct Made {
                QString outcome, at;
                QDate day;
            };
            QList<Made> made;
            for (const auto &[outcome, offset] : plan) {
                const QDate day = available.addDays(offset);
                if (day < today)
                    made.append({outcome, stamp(day, gen.uniform(9, 17), gen.uniform(0, 59)), day});
            }
            const QString key = u"after_service:%1"_s.arg(v.id);
            if (tasked.contains(key))
                continue;
            tasked.insert(key);
            // A closed task records who closed it, when (the local day decides "on time") and how.
            const bool closed = status == u"done"_s || status == u"unreachable"_s;
            const bool ended = closed && !made.isEmpty();
            tasks << QVariantList{0,
                                  u"after_service"_s,
                                  key,
                                  v.customer,
                                  v.vehicle,
                                  available.toString(Qt::ISODate),
                                  due.toString(Qt::ISODate),
                                  expires.toString(Qt::ISODate),
                                  2,
                                  status,
                                  int(made.size()),
                                  agent,
                                  stamp(available, 7),
                                  made.isEmpty() ? stamp(available, 7) : made.last().at,
                                  ended ? QVariant(made.last().at) : noText,
                                  ended ? QVariant(made.last().day.toString(Qt::ISODate)) : noText,
                                  ended ? QVariant(made.last().outcome) : noText,
                                  closed ? QVariant(agent) : noId};
            if (v.day >= bookSince && gen.unit() < 0.54) {
                const bool noShow = gen.unit() < 0.08;
                const QDate day = noShow ? v.day.addDays(-7) : v.day;
                const QTime slot = QTime(8, 30).addSecs(1800 * gen.uniform(0, 16));
                const bool repair = gen.unit() < 0.3;
                appointments << QVariantList{v.customer,
                                             v.vehicle,
                                             QDateTime(day, slot).toString(u"yyyy-MM-ddTHH:mm"_s),
                                             30,
                                             repair ? u"repair"_s : u"maintenance"_s,
                                             repair ? 180 : 90,
                                             sources[gen.uniform(0, 4)],
                                             noShow ? u"no_show"_s : u"completed"_s,
                                             noShow ? noId : QVariant(v.id),
                                             noShow ? noText : QVariant(stamp(day, slot.hour(), slot.minute())),
                                             u"seed"_s,
                                             stamp(day.addDays(-gen.uniform(1, 5)), 10)};
            }
            for (const Made &c : made)
                calls.append(
                    {tasks.size() - 1, v.customer, agent, c.outcome, c.at, c.outcome == u"reached"_s ? gen.uniform(60, 420) : 0});
        }
        auto ids = m_ctx.db.reserveIds(u"followup_tasks"_s, tasks.size());
        if (!ids)
            return ids.error();
        data::BatchInsert taskRows(m_ctx.db, u"followup_tasks"_s,
                                   {u"id"_s, u"kind"_s, u"source_key"_s, u"customer_id"_s, u"vehicle_id"_s, u"available"_s,
                                    u"due_date"_s, u"expires"_s, u"priority"_s, u"status"_s, u"attempts"_s, u"assigned_to"_s,
                                    u"created_at"_s, u"updated_at"_s, u"completed_at"_s, u"completed_day"_s, u"outcome"_s,
                                    u"completed_by"_s});
        for (qsizetype i = 0; i < tasks.size(); ++i) {
            tasks[i][0] = (*ids)[size_t(i)];
            CRM_TRY(taskRows.add(tasks[i]));
        }
        CRM_TRY(taskRows.flush());
        data::BatchInsert callRows(
            m_ctx.db, u"followup_calls"_s,
            {u"task_id"_s, u"customer_id"_s, u"agent_id"_s, u"called_at"_s, u"outcome"_s, u"duration_sec"_s});
        for (const Call &c : std::as_const(calls))
            CRM_TRY(callRows.add({(*ids)[size_t(c.task)], c.customer, c.agent, c.at, c.outcome, c.duration}));
        CRM_TRY(callRows.flush());
        data::BatchInsert bookRows(m_ctx.db, u"appointments"_s,
                                   {u"customer_id"_s, u"vehicle_id"_s, u"scheduled_at"_s, u"slot_minutes"_s, u"service_kind"_s,
                                    u"labour_minutes"_s, u"source"_s, u"status"_s, u"visit_id"_s, u"arrived_at"_s,
                                    u"created_by"_s, u"created_at"_s});
        for (const QVariantList &a : std::as_const(appointments))
            CRM_TRY(bookRows.add(a));
        CRM_TRY(bookRows.flush());
        CRM_TRY(tx.commit());
        written += tasks.size() + calls.size() + appointments.size();
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
    const QVariant noText{QMetaType(QMetaType::QString)};
    // As for the tasks: only a base with members already is looked up chunk by chunk.
    auto earlierMembers = m_ctx.db.scalar(u"SELECT COUNT(*) FROM (SELECT 1 FROM club_members LIMIT 1) m"_s);
    if (!earlierMembers)
        return earlierMembers.error();
    const bool earlier = earlierMembers->toLongLong() > 0;
    for (;;) {
        if (cancel && cancel->load())
            return Error::conflict(tr("Seeding was cancelled; the club members written so far are saved."));
        auto owners = ownersAfter(lastCustomer, 20000);
        if (!owners)
            return owners.error();
        if (owners->isEmpty())
            break;
        const qint64 firstCustomer = owners->first().first;
        lastCustomer = owners->last().first;
        // Every fourth vehicle owner; one already a member (an earlier run) is skipped.
        QList<QPair<qint64, qint64>> joiners;
        QVariantList joinerIds;
        for (const auto &owner : std::as_const(*owners))
            if (owner.first % 4 == 0) {
                joiners << owner;
                joinerIds << owner.first;
            }
        data::Transaction tx(m_ctx.db);
        CRM_TRY(tx.started());
        QSet<qint64> already;
        if (earlier)
            CRM_TRY(data::overInList(m_ctx.db, u"SELECT customer_id FROM club_members WHERE customer_id IN (%1)"_s, joinerIds,
                                     [&](QSqlQuery &q) { already.insert(q.value(0).toLongLong()); }));
        // The chunk's paid visits of the last 18 months (no member joined earlier), by customer in date order.
        QHash<qint64, QList<std::tuple<qint64, QDate, qint64>>> paid;
        {
            auto q = m_ctx.db.exec(
                u"SELECT customer_id, id, visit_date, amount_fen FROM service_visits WHERE customer_id "
                "BETWEEN ? AND ? AND visit_date >= ? AND visit_date < ? AND amount_fen > 0 AND deleted_at IS "
                "NULL ORDER BY customer_id, visit_date, id"_s,
                {firstCustomer, lastCustomer, today.addDays(-541).toString(Qt::ISODate), today.toString(Qt::ISODate)});
            if (!q)
                return q.error();
            while (q->next())
                if (q->value(0).toLongLong() % 4 == 0)
                    paid[q->value(0).toLongLong()].append({q->value(1).toLongLong(),
                                                           QDate::fromString(q->value(2).toString(), Qt::ISODate),
                                                           q->value(3).toLongLong()});
        }
        QList<QVariantList> members, cards, ledger, lots, balances;
        for (const auto &[customer, vehicle] : joiners) {
            const QDate joined = today.addDays(-gen.uniform(20, 540));
            if (already.contains(customer))
                continue;
            const QString joinedAt = stamp(joined, 10);
            const qsizetype member = members.size();
            members << QVariantList{
                0,         customer, joined.toString(Qt::ISODate), u"standard"_s, joined.toString(Qt::ISODate), u"active"_s,
                u"seed"_s, joinedAt};
            cards << QVariantList{0, member, club::cardNumber(++lastSerial), vehicle, u"active"_s, joinedAt};
            // Welcome points, then points for every paid visit since joining.
            QList<std::tuple<QDate, int, QString, QString>> earnings{{joined, 500, tr("Welcome points"), QString()}};
            for (const auto &[visit, day, fen] : paid.value(customer)) {
                const int points = int(fen / 100 * perYuan);
                if (day >= joined && points > 0)
                    earnings.append({day, points, tr("Service spend"), u"visit:%1"_s.arg(visit)});
            }
            qint64 balance = 0;
            for (const auto &[day, points, reason, key] : earnings) {
                const QDate expiresOn = day.addMonths(expiryMonths);
                if (expiresOn <= today)
                    continue; // would have expired already; the nightly run is not re-enacted here
                ledger << QVariantList{0,
                                       member,
                                       cards.size() - 1,
                                       stamp(day, 15),
                                       points,
                                       expiresOn.toString(Qt::ISODate),
                                       reason,
                                       key.isEmpty() ? noText : QVariant(key)};
                balance += points;
            }
            balances << QVariantList{member, balance};
        }
        auto memberIds = m_ctx.db.reserveIds(u"club_members"_s, members.size());
        auto cardIds = memberIds ? m_ctx.db.reserveIds(u"club_cards"_s, cards.size()) : memberIds;
        auto ledgerIds = cardIds ? m_ctx.db.reserveIds(u"points_ledger"_s, ledger.size()) : cardIds;
        if (!ledgerIds)
            return ledgerIds.error();
        auto memberId = [&](const QVariant &index) { return (*memberIds)[size_t(index.toLongLong())]; };
        data::BatchInsert memberRows(m_ctx.db, u"club_members"_s,
                                     {u"id"_s, u"customer_id"_s, u"joined_on"_s, u"tier"_s, u"tier_since"_s, u"status"_s,
                                      u"created_by"_s, u"created_at"_s});
        for (qsizetype i = 0; i < members.size(); ++i) {
            members[i][0] = (*memberIds)[size_t(i)];
            CRM_TRY(memberRows.add(members[i]));
        }
        CRM_TRY(memberRows.flush());
        data::BatchInsert cardRows(m_ctx.db, u"club_cards"_s,
                                   {u"id"_s, u"member_id"_s, u"number"_s, u"vehicle_id"_s, u"status"_s, u"issued_at"_s});
        for (qsizetype i = 0; i < cards.size(); ++i) {
            cards[i][0] = (*cardIds)[size_t(i)];
            cards[i][1] = memberId(cards[i][1]);
            CRM_TRY(cardRows.add(cards[i]));
        }
        CRM_TRY(cardRows.flush());
        data::BatchInsert ledgerRows(m_ctx.db, u"points_ledger"_s,
                                     {u"id"_s, u"member_id"_s, u"card_id"_s, u"at"_s, u"kind"_s, u"points"_s, u"expires_on"_s,
                                      u"reason"_s, u"source_key"_s, u"created_by"_s});
        data::BatchInsert lotRows(m_ctx.db, u"points_lots"_s, {u"ledger_id"_s, u"member_id"_s, u"expires_on"_s, u"remaining"_s});
        for (qsizetype i = 0; i < ledger.size(); ++i) {
            const QVariantList &e = ledger[i];
            CRM_TRY(ledgerRows.add({(*ledgerIds)[size_t(i)], memberId(e[1]), (*cardIds)[size_t(e[2].toLongLong())], e[3],
                                    u"earn"_s, e[4], e[5], e[6], e[7], u"seed"_s}));
        }
        CRM_TRY(ledgerRows.flush()); // before the lots that refer to it
        for (qsizetype i = 0; i < ledger.size(); ++i)
            CRM_TRY(lotRows.add({(*ledgerIds)[size_t(i)], memberId(ledger[i][1]), ledger[i][5], ledger[i][4]}));
        CRM_TRY(lotRows.flush());
        data::BatchInsert balanceRows(m_ctx.db, u"points_balances"_s, {u"member_id"_s, u"available"_s});
        for (const QVariantList &b : std::as_const(balances))
            CRM_TRY(balanceRows.add({memberId(b[0]), b[1]}));
        CRM_TRY(balanceRows.flush());
        CRM_TRY(statusOf(m_ctx.db.exec(u"UPDATE club_card_serial SET last = ? WHERE id = 1"_s, {lastSerial})));
        CRM_TRY(tx.commit());
        written += ledger.size() + 2 * members.size();
    }
    return written;
}

} // namespace crm::services
