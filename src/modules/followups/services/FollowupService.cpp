#include "followups/services/FollowupService.h"

#include "archives/data/CustomerRepository.h"
#include "archives/services/CustomerService.h"
#include "core/Log.h"
#include "data/Transaction.h"
#include "services/SettingsService.h"

#include <QElapsedTimer>
#include <QSet>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace crm::followups;

namespace crm::services {
namespace {
struct Candidate {
    TaskKind kind;
    QString source;
    qint64 customerId = 0;
    qint64 vehicleId = 0;
    Window window;
    int priority = 2;
};

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

QDate day(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

// "…and no task of this kind exists for this source yet", as SQL over the unique index
// (kind, source_key): a rule's query leaves out what an earlier run already created, so a daily
// run handles the day's new candidates only (530,000 open windows were re-probed one by one).
QString notTasked(TaskKind k, const QString &sourceKeyExpr)
{
    return u" AND NOT EXISTS (SELECT 1 FROM followup_tasks t WHERE t.kind = '"_s + kindId(k) + u"' AND t.source_key = "_s +
           sourceKeyExpr + u')';
}

// The readings a vehicle's mileage is projected from: delivery as 0 km, and the first and last
// odometer readings the vehicle row carries (migration 0018: columns first_reading_day,
// last_reading_day, first_reading_km, last_reading_km from `at` on).
QList<QPair<QDate, int>> readingsFrom(const QSqlQuery &q, int at, const QDate &delivered)
{
    QList<QPair<QDate, int>> out;
    if (delivered.isValid())
        out << qMakePair(delivered, 0);
    for (int i : {at, at + 1})
        if (!q.value(i).isNull())
            out << qMakePair(day(q.value(i)), q.value(i + 2).toInt());
    return out;
}

const QString kReadingColumns = u"v.first_reading_day, v.last_reading_day, v.first_reading_km, v.last_reading_km"_s;

// SQL over vehicles v: the span in days and the km between the first and the last reading as
// averageDailyKm sorts them — from delivery (0 km) or the first odometer reading to the last.
// Either is NULL when the vehicle has no such pair.
struct ReadingSpan {
    QString days, km;
};
ReadingSpan readingSpan(const data::Dialect &d)
{
    const QString fromDelivery =
        u"v.delivery_date IS NOT NULL AND (v.first_reading_day IS NULL OR v.delivery_date <= v.first_reading_day)"_s;
    const QString toReading =
        u"v.last_reading_day IS NOT NULL AND (v.delivery_date IS NULL OR v.last_reading_day >= v.delivery_date)"_s;
    const QString firstDay = u"(CASE WHEN "_s + fromDelivery + u" THEN v.delivery_date ELSE v.first_reading_day END)"_s;
    const QString firstKm = u"(CASE WHEN "_s + fromDelivery + u" THEN 0 ELSE v.first_reading_km END)"_s;
    const QString lastDay = u"(CASE WHEN "_s + toReading + u" THEN v.last_reading_day ELSE v.delivery_date END)"_s;
    const QString lastKm = u"(CASE WHEN "_s + toReading + u" THEN v.last_reading_km ELSE 0 END)"_s;
    return {d.daysBetween(firstDay, lastDay), u"("_s + lastKm + u" - "_s + firstKm + u')'};
}
} // namespace

QString FollowupService::contactType(TaskKind k)
{
    switch (k) {
    case TaskKind::SalesSurvey:
        return u"survey"_s;
    case TaskKind::WinBack:
    case TaskKind::BirthdayCare:
        return u"marketing"_s;
    default:
        return u"service"_s;
    }
}

QString FollowupService::isMemberSql()
{
    return data::CustomerRepository::isMemberSql();
}

QStringList FollowupService::contactTypes()
{
    return {u"all"_s, u"service"_s, u"marketing"_s, u"survey"_s};
}

Result<int> FollowupService::optOut(const Session &who, qint64 customerId, const QString &type, const QString &reason)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::EditCustomers, tr("record opt-outs")));
    if (!contactTypes().contains(type))
        return Error::invalid(tr("\"%1\" is not a kind of contact.").arg(type));
    if (reason.simplified().isEmpty())
        return Error::invalid(tr("Reason: say why the customer does not want these calls."));
    if (reason.size() > 500)
        return Error::invalid(tr("Reason: at most 500 characters."));
    const QString now = toStoredUtc(m_ctx.clock.nowUtc());
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    CRM_TRY(m_ctx.db.exec(
        u"INSERT INTO customer_optouts(customer_id, contact_type, reason, created_at, created_by) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT(customer_id, contact_type) DO UPDATE SET reason = excluded.reason"_s,
        {customerId, type, reason.simplified(), now, who.username}));
    // Open tasks of that type stop at once: nobody should call from a list made before.
    int cancelled = 0;
    for (TaskKind k : allKinds()) {
        if (type != u"all"_s && contactType(k) != type)
            continue;
        auto q =
            m_ctx.db.exec(u"UPDATE followup_tasks SET status = 'cancelled', updated_at = ? WHERE customer_id = ? AND kind = ? "
                          "AND status = 'open'"_s,
                          {now, customerId, kindId(k)});
        if (!q)
            return q.error();
        cancelled += std::max(0, q->numRowsAffected());
    }
    CRM_TRY(Guard::audit(m_ctx, &who,
                         {u"opt_out"_s,
                          u"customers"_s,
                          QString::number(customerId),
                          {},
                          {{u"contact_type"_s, type}, {u"reason"_s, reason.simplified()}, {u"tasks_cancelled"_s, cancelled}},
                          type}));
    CRM_TRY(tx.commit());
    return cancelled;
}

Result<bool> FollowupService::raiseTask(TaskKind kind, const QString &sourceKey, qint64 customerId, qint64 vehicleId,
                                        const QDate &eventDay)
{
    auto all = rules();
    if (!all)
        return all.error();
    RuleSetting rule = defaultRule(kind);
    for (const RuleSetting &r : *all)
        if (r.kind == kind)
            rule = r;
    if (!rule.enabled)
        return false;
    auto opted = m_ctx.db.scalar(u"SELECT COUNT(*) FROM customer_optouts WHERE customer_id = ? AND contact_type IN ('all', ?)"_s,
                                 {customerId, contactType(kind)});
    if (!opted)
        return opted.error();
    if (opted->toInt() > 0)
        return false;
    const Window w = windowFrom(eventDay, rule);
    const QString now = toStoredUtc(m_ctx.clock.nowUtc());
    auto q = m_ctx.db.exec(u"INSERT INTO followup_tasks(kind, source_key, customer_id, vehicle_id, available, due_date, expires, "
                           u"priority, created_at, updated_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(kind, source_key) DO NOTHING RETURNING id"_s,
                           {kindId(kind), sourceKey, customerId,
                            vehicleId ? QVariant(vehicleId) : QVariant(QMetaType(QMetaType::LongLong)), iso(w.available),
                            iso(w.due), iso(w.expires), rule.priority, now, now});
    if (!q)
        return q.error();
    return q->next();
}

Result<QList<FollowupService::OptOut>> FollowupService::optOuts(qint64 customerId)
{
    auto q = m_ctx.db.exec(u"SELECT contact_type, reason, created_at, created_by FROM customer_optouts WHERE customer_id = ? "
                           "ORDER BY created_at"_s,
                           {customerId});
    if (!q)
        return q.error();
    QList<OptOut> out;
    while (q->next())
        out << OptOut{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString()};
    return out;
}

QString FollowupService::contactTypeTitle(const QString &type)
{
    if (type == u"all"_s)
        return tr("No calls at all");
    if (type == u"service"_s)
        return tr("No service calls");
    if (type == u"marketing"_s)
        return tr("No marketing calls");
    if (type == u"survey"_s)
        return tr("No surveys");
    return type;
}

Result<GenerateResult> FollowupService::generate(const Session &who, const QDate &today)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::WorkFollowups, tr("generate follow-up tasks")));
    data::Database &db = m_ctx.db;
    auto ruleList = rules();
    if (!ruleList)
        return ruleList.error();
    QMap<TaskKind, RuleSetting> rule;
    for (const RuleSetting &r : *ruleList)
        rule.insert(r.kind, r);
    auto limitRows = limits();
    if (!limitRows)
        return limitRows.error();
    data::LimitTable limitTable;
    int maxFirstMonths = kFirstMaintenance.months, maxRoutineMonths = kRoutineMaintenance.months;
    for (const data::ModelLimits &l : *limitRows) {
        limitTable.byModel.insert(l.model, l);
        maxFirstMonths = std::max(maxFirstMonths, l.first.months);
        maxRoutineMonths = std::max(maxRoutineMonths, l.routine.months);
    }
    QList<Candidate> candidates;
    auto add = [&](TaskKind k, const QString &source, qint64 customer, qint64 vehicle, const Window &w) {
        candidates << Candidate{k, source, customer, vehicle, w, rule[k].priority};
    };
    // Each rule's time and candidates, in the debug log (dealercrm-cli --verbose): the first
    // place to look when a day's run gets slow.
    QElapsedTimer clock;
    clock.start();
    qsizetype counted = 0;
    auto done = [&](const char *what) {
        log::get("followups")->debug("{}: {} candidates, {} ms", what, candidates.size() - counted, clock.restart());
        counted = candidates.size();
    };

    // After delivery: D+1, D+3, D+7 (survey), D+30 — each while its window is open.
    for (TaskKind k : {TaskKind::DeliveryThanks, TaskKind::DeliveryFollowUp, TaskKind::SalesSurvey, TaskKind::DeliveryUsage}) {
        const RuleSetting &r = rule[k];
        if (!r.enabled)
            continue;
        auto q = db.exec(
            u"SELECT v.id, v.customer_id, v.delivery_date FROM vehicles v WHERE v.deleted_at IS NULL AND v.status = 'active' "
            "AND v.delivery_date >= ? AND v.delivery_date <= ?"_s +
                notTasked(k, u"'"_s + kindId(k) + u":' || v.id"_s),
            {iso(today.addDays(-r.offsetDays - r.expireDays)), iso(today.addDays(-r.offsetDays))});
        if (!q)
            return q.error();
        while (q->next())
            add(k, kindId(k) + u':' + q->value(0).toString(), q->value(1).toLongLong(), q->value(0).toLongLong(),
                windowFrom(day(q->value(2)), r));
    }
    done("delivery");
    // After a service visit: from the next day, due within 3 days, expires at day 15.
    if (const RuleSetting &r = rule[TaskKind::AfterService]; r.enabled) {
        auto q =
            db.exec(u"SELECT s.id, s.vehicle_id, s.customer_id, s.visit_date FROM service_visits s WHERE s.deleted_at IS NULL "
                    "AND s.visit_date >= ? AND s.visit_date <= ?"_s +
                        notTasked(TaskKind::AfterService, u"'after_service:' || s.id"_s),
                    {iso(today.addDays(-r.offsetDays - r.expireDays)), iso(today.addDays(-r.offsetDays))});
        if (!q)
            return q.error();
        while (q->next())
            add(TaskKind::AfterService, u"after_service:"_s + q->value(0).toString(), q->value(2).toLongLong(),
                q->value(1).toLongLong(), windowFrom(day(q->value(3)), r));
    }
    done("after service");
    // Insurance renewal: 30 days before expiry.
    if (const RuleSetting &r = rule[TaskKind::InsuranceRenewal]; r.enabled) {
        auto q = db.exec(
            u"SELECT v.id, v.customer_id, v.insurance_expiry FROM vehicles v WHERE v.deleted_at IS NULL AND v.status = 'active' "
            "AND v.insurance_expiry >= ? AND v.insurance_expiry <= ?"_s +
                notTasked(TaskKind::InsuranceRenewal, u"'insurance:' || v.id || ':' || v.insurance_expiry"_s),
            {iso(today), iso(today.addDays(r.offsetDays))});
        if (!q)
            return q.error();
        while (q->next()) {
            const QDate expiry = day(q->value(2));
            Window w = windowFrom(expiry, r);
            w.expires = std::min(w.expires, expiry); // a reminder after the policy lapsed is no reminder
            add(TaskKind::InsuranceRenewal, u"insurance:%1:%2"_s.arg(q->value(0).toString(), iso(expiry)),
                q->value(1).toLongLong(), q->value(0).toLongLong(), w);
        }
    }
    done("insurance");
    // First maintenance: no maintenance visit yet; remind at 80 % of the model's limit by time or mileage.
    if (const RuleSetting &r = rule[TaskKind::FirstMaintenance]; r.enabled) {
        auto q =
            db.exec(u"SELECT v.id, v.customer_id, v.delivery_date, v.mileage_km, v.updated_at, v.model, "_s + kReadingColumns +
                        u" FROM vehicles v WHERE v.deleted_at IS NULL AND v.status = 'active' AND v.delivery_date >= ? "
                        "AND v.delivery_date <= ? AND v.last_maintenance IS NULL"_s +
                        notTasked(TaskKind::FirstMaintenance, u"'first_maintenance:' || v.id"_s),
                    {iso(earliestOpenStart(today, maxFirstMonths, r.expireDays)), iso(today.addDays(-1))});
        if (!q)
            return q.error();
        while (q->next()) {
            const QDate delivered = day(q->value(2));
            QList<QPair<QDate, int>> history = readingsFrom(*q, 6, delivered);
            // The odometer typed on the vehicle record counts as a reading on the day it was saved.
            const QDate read = QDate::fromString(q->value(4).toString().left(10), Qt::ISODate);
            if (q->value(3).toInt() > 0 && read.isValid())
                history << qMakePair(read, q->value(3).toInt());
            const Window w = windowFrom(
                maintenanceReminder(delivered, limitTable.forModel(q->value(5).toString()).first, averageDailyKm(history)), r);
            if (!w.contains(today))
                continue; // most vehicles: their reminder is another day (no strings built for them)
            add(TaskKind::FirstMaintenance, u"first_maintenance:"_s + q->value(0).toString(), q->value(1).toLongLong(),
                q->value(0).toLongLong(), w);
        }
    }
    done("first maintenance");
    // Routine maintenance: from the last maintenance visit, by the model's routine limit.
    if (const RuleSetting &r = rule[TaskKind::RoutineMaintenance]; r.enabled) {
        // Only vehicles whose reminder can fall in a window open today leave the database; the
        // exact reminder follows in C++. The reminder is the earlier of "by time" (the share of the
        // limit's months) and "by mileage" (the share of its km at the vehicle's daily rate, or
        // the fallback rate without two usable readings). It is due by today if either is, and
        // its window is still open if neither came before today - expire. Each test below is
        // that, loosened to hold for every model's limits (a superset, never short).
        int minMonths = kRoutineMaintenance.months, minKm = kRoutineMaintenance.km, maxKm = kRoutineMaintenance.km;
        for (const data::ModelLimits &l : *limitRows) {
            minMonths = std::min(minMonths, l.routine.months);
            minKm = std::min(minKm, l.routine.km);
            maxKm = std::max(maxKm, l.routine.km);
        }
        const double dueKm = kReminderShare * minKm * 0.999, openKm = kReminderShare * maxKm * 1.001;
        const QDate dueByTime = today.addDays(-qint64(std::floor(shortestSpan(minMonths) * kReminderShare)));
        const QDate dueByFallback = today.addDays(-qint64(std::floor(dueKm / kFallbackDailyKm)));
        const QDate openByFallback = today.addDays(-qint64(std::floor(openKm / kFallbackDailyKm)) - r.expireDays - 1);
        const ReadingSpan span = readingSpan(db.dialect());
        const QString since = db.dialect().daysBetween(u"x.last_maintenance"_s, u"?"_s);
        const QString rated = u"(COALESCE(x.span, 0) > 0 AND COALESCE(x.km, 0) > 0)"_s;
        auto q = db.exec(
            u"SELECT x.id, x.customer_id, x.model, x.delivery_date, x.last_maintenance, x.first_reading_day, x.last_reading_day, "
            "x.first_reading_km, x.last_reading_km FROM (SELECT v.id, v.customer_id, v.model, v.delivery_date, v.last_maintenance, "_s +
                kReadingColumns + u", "_s + span.days + u" AS span, "_s + span.km +
                u" AS km FROM vehicles v WHERE v.deleted_at IS NULL AND v.status = 'active' AND v.last_maintenance >= ? "
                "AND v.last_maintenance <= ?) x WHERE (("_s +
                rated + u" AND (x.last_maintenance <= ? OR x.km * "_s + since + u" >= ? * x.span) AND x.km * ("_s + since +
                u" - ?) < ? * x.span) OR (NOT "_s + rated +
                u" AND (x.last_maintenance <= ? OR x.last_maintenance <= ?) AND x.last_maintenance >= ?))"_s +
                notTasked(TaskKind::RoutineMaintenance, u"'routine_maintenance:' || x.id || ':' || x.last_maintenance"_s),
            {iso(earliestOpenStart(today, maxRoutineMonths, r.expireDays)), iso(today.addDays(-1)), // window by time
             iso(dueByTime), iso(today), dueKm,                                                     // rated: due by time or km
             iso(today), r.expireDays + 1, openKm,                                                  // … not closed by km
             iso(dueByTime), iso(dueByFallback), iso(openByFallback)});                             // fallback rate
        if (!q)
            return q.error();
        while (q->next()) {
            const QDate last = day(q->value(4));
            const QList<QPair<QDate, int>> history = readingsFrom(*q, 5, day(q->value(3)));
            const Window w = windowFrom(
                maintenanceReminder(last, limitTable.forModel(q->value(2).toString()).routine, averageDailyKm(history)), r);
            if (!w.contains(today))
                continue;
            add(TaskKind::RoutineMaintenance, u"routine_maintenance:%1:%2"_s.arg(q->value(0).toString(), iso(last)),
                q->value(1).toLongLong(), q->value(0).toLongLong(), w);
        }
    }
    done("routine maintenance");
    // Birthday care for members: on the birthday (plus the rule's offset) while the window is open.
    if (const RuleSetting &r = rule[TaskKind::BirthdayCare]; r.enabled) {
        QMap<QString, QDate> birthdays; // MM-dd → this year's birthday
        for (int back = 0; back <= r.expireDays; ++back) {
            const QDate d = today.addDays(-r.offsetDays - back);
            birthdays.insert(d.toString(u"MM-dd"_s), d);
            if (d.month() == 2 && d.day() == 28 && !QDate::isLeapYear(d.year()))
                birthdays.insert(u"02-29"_s, d); // born on a leap day: greeted on 28 February in common years
        }
        // Every day of the window in one pass over the members (a pass per day was a full scan each).
        QVariantList days;
        QStringList marks;
        for (auto it = birthdays.cbegin(); it != birthdays.cend(); ++it) {
            days << it.key();
            marks << u"?"_s;
        }
        auto q = db.exec(u"SELECT c.id, substr(c.birthday, 6, 5) FROM customers c WHERE c.deleted_at IS NULL AND "_s +
                             isMemberSql() + u" AND substr(c.birthday, 6, 5) IN ("_s + marks.join(u", "_s) + u')',
                         days);
        if (!q)
            return q.error();
        while (q->next()) {
            const QDate d = birthdays.value(q->value(1).toString());
            add(TaskKind::BirthdayCare, u"birthday:%1:%2"_s.arg(q->value(0).toString()).arg(d.year()), q->value(0).toLongLong(),
                0, windowFrom(d, r));
        }
    }
    done("birthdays");
    // Win-back: customers who became "at risk" in the last week (the daily inflow, not the stock).
    if (const RuleSetting &r = rule[TaskKind::WinBack]; r.enabled) {
        const QDate riskCut = today.addMonths(-SettingsService(m_ctx).intValue(settings::kChurnAtRiskMonths));
        // The customers with a vehicle last seen in that week and none seen since: a range of the
        // last-contact index (migration 0011) instead of grouping every vehicle (0.7 s at 1M).
        auto q =
            db.exec(u"SELECT v.customer_id, MAX(COALESCE(v.last_paid_visit, v.delivery_date)) FROM vehicles v "
                    "WHERE v.deleted_at IS NULL AND v.status = 'active' AND COALESCE(v.last_paid_visit, v.delivery_date) >= ? "
                    "AND COALESCE(v.last_paid_visit, v.delivery_date) < ? AND NOT EXISTS (SELECT 1 FROM vehicles w "
                    "WHERE w.customer_id = v.customer_id AND w.deleted_at IS NULL AND w.status = 'active' "
                    "AND COALESCE(w.last_paid_visit, w.delivery_date) >= ?) GROUP BY v.customer_id"_s,
                    {iso(riskCut.addDays(-7)), iso(riskCut), iso(riskCut)});
        if (!q)
            return q.error();
        while (q->next())
            add(TaskKind::WinBack, u"win_back:%1:%2"_s.arg(q->value(0).toString(), q->value(1).toString()),
                q->value(0).toLongLong(), 0, windowFrom(today, r));
    }
    done("win-back");
    // Member care: every member reached within the coverage period (100 % coverage is a KPI);
    // one task per member and quarter for those who were not.
    if (const RuleSetting &r = rule[TaskKind::MemberCare]; r.enabled) {
        const int coverage = SettingsService(m_ctx).intValue(settings::kMemberCoverageDays);
        const QDate quarterStart(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
        const QDateTime since = QDateTime(today.addDays(-coverage), QTime(0, 0)).toUTC();
        // last_reached_at is the newest reached call, kept by triggers (migration 0014).
        const QString quarter = u":%1Q%2"_s.arg(today.year()).arg((today.month() - 1) / 3 + 1);
        auto q = db.exec(u"SELECT c.id FROM customers c WHERE c.deleted_at IS NULL AND "_s + isMemberSql() +
                             u" AND (c.last_reached_at IS NULL OR c.last_reached_at < ?)"_s +
                             notTasked(TaskKind::MemberCare, u"'member_care:' || c.id || ?"_s),
                         {toStoredUtc(since), quarter});
        if (!q)
            return q.error();
        Window w = windowFrom(today, r);
        w.expires = std::min(w.expires, quarterStart.addMonths(3).addDays(-1));
        w.due = std::min(w.due, w.expires);
        while (q->next())
            add(TaskKind::MemberCare, u"member_care:"_s + q->value(0).toString() + quarter, q->value(0).toLongLong(), 0, w);
    }

    done("member care");
    // Every rule honours opt-outs, marketing consent and survey fatigue.
    GenerateResult result;
    const int fatigueDays = SettingsService(m_ctx).intValue(settings::kSurveyFatigueDays);
    const QString now = toStoredUtc(m_ctx.clock.nowUtc());
    data::Transaction tx(db);
    CRM_TRY(tx.started());
    for (const Candidate &c : candidates) {
        if (!c.window.contains(today))
            continue;
        const QString type = contactType(c.kind);
        auto opted =
            db.execCached(u"SELECT 1 FROM customer_optouts WHERE customer_id = ? AND contact_type IN ('all', ?) LIMIT 1"_s,
                          {c.customerId, type});
        if (!opted)
            return opted.error();
        const bool optedOut = (*opted)->next();
        (*opted)->finish();
        if (optedOut) {
            ++result.skippedOptOut;
            continue;
        }
        if (type == u"marketing"_s) {
            auto consent = db.execCached(
                u"SELECT granted FROM customer_consents WHERE customer_id = ? AND purpose = 'marketing_calls'"_s, {c.customerId});
            if (!consent)
                return consent.error();
            const bool granted = (*consent)->next() && (*consent)->value(0).toInt() == 1;
            (*consent)->finish();
            if (!granted) {
                ++result.skippedConsent;
                continue;
            }
        }
        if (type == u"survey"_s) {
            // Across every survey: a survey task planned, or any survey answered, within the days.
            auto recent = db.execCached(u"SELECT 1 FROM followup_tasks WHERE customer_id = ? AND kind = ? AND source_key <> ? "
                                        "AND due_date >= ? UNION ALL SELECT 1 FROM survey_responses WHERE customer_id = ? "
                                        "AND answered_at >= ?"_s,
                                        {c.customerId, kindId(TaskKind::SalesSurvey), c.source, iso(today.addDays(-fatigueDays)),
                                         c.customerId, toStoredUtc(QDateTime(today.addDays(-fatigueDays), QTime(0, 0)).toUTC())});
            if (!recent)
                return recent.error();
            const bool tired = (*recent)->next();
            (*recent)->finish();
            if (tired) {
                ++result.skippedFatigue;
                continue;
            }
        }
        auto inserted =
            db.execCached(u"INSERT INTO followup_tasks(kind, source_key, customer_id, vehicle_id, available, due_date, expires, "
                          u"priority, created_at, updated_at) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(kind, source_key) DO NOTHING RETURNING id"_s,
                          {kindId(c.kind), c.source, c.customerId,
                           c.vehicleId ? QVariant(c.vehicleId) : QVariant(QMetaType(QMetaType::LongLong)),
                           iso(c.window.available), iso(c.window.due), iso(c.window.expires), c.priority, now, now});
        if (!inserted)
            return inserted.error();
        if ((*inserted)->next())
            ++result.created[kindId(c.kind)];
        (*inserted)->finish();
    }
    done("policy checks and inserts");
    // Open tasks whose window has closed are expired, not left to pile up.
    CRM_TRY(db.exec(u"UPDATE followup_tasks SET status = 'expired', updated_at = ? WHERE status = 'open' AND expires < ?"_s,
                    {now, iso(today)}));
    done("expiry");
    CRM_TRY(Guard::audit(
        m_ctx, &who,
        {u"generate"_s, u"followup_tasks"_s, {}, {}, {{u"date"_s, iso(today)}, {u"created"_s, result.total()}}, iso(today)}));
    CRM_TRY(tx.commit());
    log::get("followups")->info("generated {} tasks for {}", result.total(), iso(today).toStdString());
    return result;
}

} // namespace crm::services

namespace crm::services {

Result<QList<RuleSetting>> FollowupService::rules()
{
    return data::FollowupConfigRepository(m_ctx.db).rules();
}

Status FollowupService::saveRules(const Session &who, const QList<RuleSetting> &list)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ManageFollowups, tr("change the follow-up rules")));
    for (const RuleSetting &r : list) {
        const QString name = FollowupText::kind(kindId(r.kind));
        if (r.offsetDays < 0 || r.offsetDays > 366 || r.dueDays < 0 || r.dueDays > 366 || r.expireDays < 0 || r.expireDays > 366)
            return Error::invalid(tr("%1: days must be from 0 to 366.").arg(name));
        if (r.expireDays < r.dueDays)
            return Error::invalid(tr("%1: a task cannot expire before it is due.").arg(name));
        if (r.priority < 1 || r.priority > 3)
            return Error::invalid(tr("%1: priority is 1 (high), 2 or 3 (low).").arg(name));
    }
    auto before = rules();
    if (!before)
        return before.error();
    data::FollowupConfigRepository repo(m_ctx.db);
    const QString now = toStoredUtc(m_ctx.clock.nowUtc());
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    auto map = [](const RuleSetting &r) {
        return QVariantMap{{u"enabled"_s, r.enabled},
                           {u"offset_days"_s, r.offsetDays},
                           {u"due_days"_s, r.dueDays},
                           {u"expire_days"_s, r.expireDays},
                           {u"priority"_s, r.priority}};
    };
    for (const RuleSetting &r : list) {
        const auto old = std::find_if(before->cbegin(), before->cend(), [&](const RuleSetting &o) { return o.kind == r.kind; });
        if (old != before->cend() && map(*old) == map(r))
            continue;
        CRM_TRY(repo.saveRule(r, who.username, now));
        CRM_TRY(Guard::audit(
            m_ctx, &who,
            {u"update"_s, u"followup_rules"_s, kindId(r.kind), old != before->cend() ? map(*old) : QVariantMap(), map(r), {}}));
    }
    return tx.commit();
}

Result<QList<data::ModelLimits>> FollowupService::limits()
{
    return data::FollowupConfigRepository(m_ctx.db).limits();
}

Status FollowupService::saveLimits(const Session &who, const QList<data::ModelLimits> &list)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ManageFollowups, tr("change the maintenance limits")));
    QSet<QString> seen;
    bool hasDefault = false;
    for (const data::ModelLimits &l : list) {
        const QString name = l.model.isEmpty() ? tr("Every other model") : l.model;
        if (seen.contains(l.model.trimmed()))
            return Error::invalid(tr("%1 is listed twice.").arg(name));
        seen.insert(l.model.trimmed());
        hasDefault = hasDefault || l.model.trimmed().isEmpty();
        for (const MaintenanceLimit &m : {l.first, l.routine}) {
            if (m.months < 1 || m.months > 60)
                return Error::invalid(tr("%1: months must be from 1 to 60.").arg(name));
            if (m.km < 500 || m.km > 100000)
                return Error::invalid(tr("%1: kilometres must be from 500 to 100,000.").arg(name));
        }
    }
    if (!hasDefault)
        return Error::invalid(tr("Keep the row for every other model: it applies to the models without their own limits."));
    auto before = limits();
    if (!before)
        return before.error();
    auto asMap = [](const QList<data::ModelLimits> &ls) {
        QVariantMap m;
        for (const data::ModelLimits &l : ls)
            m.insert(l.model, u"%1/%2 %3/%4"_s.arg(l.first.months).arg(l.first.km).arg(l.routine.months).arg(l.routine.km));
        return m;
    };
    QList<data::ModelLimits> cleaned = list;
    for (data::ModelLimits &l : cleaned)
        l.model = l.model.trimmed();
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    CRM_TRY(data::FollowupConfigRepository(m_ctx.db).replaceLimits(cleaned));
    CRM_TRY(Guard::audit(m_ctx, &who, {u"update"_s, u"maintenance_limits"_s, {}, asMap(*before), asMap(cleaned), {}}));
    return tx.commit();
}

Result<data::CallScript> FollowupService::script(const QString &kind)
{
    return data::FollowupConfigRepository(m_ctx.db).script(kind);
}

Status FollowupService::saveScript(const Session &who, const data::CallScript &s)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ManageFollowups, tr("edit call scripts")));
    if (!kindFromId(s.kind))
        return Error::invalid(tr("\"%1\" is not a kind of follow-up.").arg(s.kind));
    if (s.opening.trimmed().isEmpty() && s.questions.trimmed().isEmpty() && s.closing.trimmed().isEmpty())
        return Error::invalid(tr("A script needs at least an opening, questions or a closing."));
    for (const QString &part : {s.opening, s.questions, s.closing})
        if (part.size() > 4000)
            return Error::invalid(tr("Each part of a script is at most 4,000 characters."));
    auto before = script(s.kind);
    if (!before)
        return before.error();
    data::CallScript saved = s;
    saved.updatedBy = who.username;
    saved.updatedAt = toStoredUtc(m_ctx.clock.nowUtc());
    auto map = [](const data::CallScript &c) {
        return QVariantMap{{u"opening"_s, c.opening}, {u"questions"_s, c.questions}, {u"closing"_s, c.closing}};
    };
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    CRM_TRY(data::FollowupConfigRepository(m_ctx.db).saveScript(saved));
    CRM_TRY(Guard::audit(m_ctx, &who, {u"update"_s, u"followup_scripts"_s, s.kind, map(*before), map(saved), {}}));
    return tx.commit();
}

QuietHours FollowupService::quietHours()
{
    return QuietHours::parse(SettingsService(m_ctx).value(settings::kQuietHours)).value_or(QuietHours::defaults());
}

RetryPolicy FollowupService::retryPolicy()
{
    SettingsService s(m_ctx);
    return {s.intValue(settings::kMaxAttempts), s.intValue(settings::kNoAnswerDelayMinutes),
            s.intValue(settings::kBusyDelayMinutes)};
}

} // namespace crm::services
