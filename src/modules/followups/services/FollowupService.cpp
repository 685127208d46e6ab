#include "followups/services/FollowupService.h"

#include "complaints/services/ComplaintService.h"

#include "archives/data/CustomerRepository.h"
#include "archives/services/CustomerService.h"
#include "campaigns/services/MessageService.h"
#include "core/Log.h"
#include "data/Transaction.h"
#include "followups/data/FollowupRepository.h"
#include "followups/data/GenerationQueries.h"
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

// The due day counted on the chosen clock (a rule's own clamp — a quarter's end — still holds:
// the due day never passes the window's expiry). Calendar days leave the window as it is.
Window onDueClock(Window w, int dueDays, const std::optional<calendar::WorkCalendar> &clock)
{
    if (clock && w.due == w.available.addDays(dueDays))
        w.due = std::min(countedDaysAfter(w.available, dueDays, *clock), w.expires);
    return w;
}

// One day's generation: the rules, the limits and settings read once, and what the rules found.
struct Plan {
    QDate today;
    QMap<TaskKind, RuleSetting> rule;
    QList<data::ModelLimits> limitRows;
    data::LimitTable limits;
    int maxFirstMonths = kFirstMaintenance.months, maxRoutineMonths = kRoutineMaintenance.months;
    int atRiskMonths = 0, coverageDays = 0;
    std::optional<calendar::WorkCalendar> dueClock; // "due within N days" on working or open days
    QList<Candidate> candidates;

    void add(TaskKind k, const QString &source, qint64 customer, qint64 vehicle, const Window &w)
    {
        candidates << Candidate{k, source, customer, vehicle, onDueClock(w, rule[k].dueDays, dueClock), rule[k].priority};
    }
};

// After delivery: D+1, D+3, D+7 (survey), D+30 — each while its window is open.
Status deliveryRules(data::GenerationQueries &q, Plan &p)
{
    for (TaskKind k : {TaskKind::DeliveryThanks, TaskKind::DeliveryFollowUp, TaskKind::SalesSurvey, TaskKind::DeliveryUsage}) {
        const RuleSetting &r = p.rule[k];
        if (!r.enabled)
            continue;
        auto rows = q.deliveries(k, p.today.addDays(-r.offsetDays - r.expireDays), p.today.addDays(-r.offsetDays));
        if (!rows)
            return rows.error();
        for (const data::EventRow &e : *rows)
            p.add(k, kindId(k) + u':' + QString::number(e.vehicleId), e.customerId, e.vehicleId, windowFrom(e.day, r));
    }
    return {};
}

// After a service visit: from the next day, due within 3 days, expires at day 15.
Status afterServiceRule(data::GenerationQueries &q, Plan &p)
{
    const RuleSetting &r = p.rule[TaskKind::AfterService];
    if (!r.enabled)
        return {};
    auto rows = q.serviceVisits(p.today.addDays(-r.offsetDays - r.expireDays), p.today.addDays(-r.offsetDays));
    if (!rows)
        return rows.error();
    for (const data::EventRow &e : *rows)
        p.add(TaskKind::AfterService, u"after_service:"_s + QString::number(e.id), e.customerId, e.vehicleId,
              windowFrom(e.day, r));
    return {};
}

// Insurance renewal: 30 days before expiry.
Status insuranceRule(data::GenerationQueries &q, Plan &p)
{
    const RuleSetting &r = p.rule[TaskKind::InsuranceRenewal];
    if (!r.enabled)
        return {};
    auto rows = q.insuranceExpiries(p.today, p.today.addDays(r.offsetDays));
    if (!rows)
        return rows.error();
    for (const data::EventRow &e : *rows) {
        Window w = windowFrom(e.day, r);
        w.expires = std::min(w.expires, e.day); // a reminder after the policy lapsed is no reminder
        p.add(TaskKind::InsuranceRenewal, u"insurance:%1:%2"_s.arg(QString::number(e.vehicleId), iso(e.day)), e.customerId,
              e.vehicleId, w);
    }
    return {};
}

// First maintenance: no maintenance visit yet; remind at 80 % of the model's limit by time or mileage.
Status firstMaintenanceRule(data::GenerationQueries &q, Plan &p)
{
    const RuleSetting &r = p.rule[TaskKind::FirstMaintenance];
    if (!r.enabled)
        return {};
    auto rows = q.firstMaintenance(earliestOpenStart(p.today, p.maxFirstMonths, r.expireDays), p.today.addDays(-1));
    if (!rows)
        return rows.error();
    for (const data::MaintenanceRow &v : *rows) {
        QList<QPair<QDate, int>> history = v.readings;
        // The odometer typed on the vehicle record counts as a reading on the day it was saved.
        if (v.recordedKm > 0 && v.recordedOn.isValid())
            history << qMakePair(v.recordedOn, v.recordedKm);
        const Window w =
            windowFrom(maintenanceReminder(v.delivered, p.limits.forModel(v.model).first, averageDailyKm(history)), r);
        if (!w.contains(p.today))
            continue; // most vehicles: their reminder is another day (no strings built for them)
        p.add(TaskKind::FirstMaintenance, u"first_maintenance:"_s + QString::number(v.vehicleId), v.customerId, v.vehicleId, w);
    }
    return {};
}

// Routine maintenance: from the last maintenance visit, by the model's routine limit.
Status routineMaintenanceRule(data::GenerationQueries &q, Plan &p)
{
    const RuleSetting &r = p.rule[TaskKind::RoutineMaintenance];
    if (!r.enabled)
        return {};
    // Only vehicles whose reminder can fall in a window open today leave the database; the
    // exact reminder follows in C++. The reminder is the earlier of "by time" (the share of the
    // limit's months) and "by mileage" (the share of its km at the vehicle's daily rate, or
    // the fallback rate without two usable readings). It is due by today if either is, and
    // its window is still open if neither came before today - expire. Each bound below is
    // that, loosened to hold for every model's limits (a superset, never short).
    int minMonths = kRoutineMaintenance.months, minKm = kRoutineMaintenance.km, maxKm = kRoutineMaintenance.km;
    for (const data::ModelLimits &l : p.limitRows) {
        minMonths = std::min(minMonths, l.routine.months);
        minKm = std::min(minKm, l.routine.km);
        maxKm = std::max(maxKm, l.routine.km);
    }
    data::RoutineBounds b;
    b.lastFrom = earliestOpenStart(p.today, p.maxRoutineMonths, r.expireDays);
    b.lastTo = p.today.addDays(-1);
    b.today = p.today;
    b.dueKm = kReminderShare * minKm * 0.999;
    b.openKm = kReminderShare * maxKm * 1.001;
    b.expireDaysPlusOne = r.expireDays + 1;
    b.dueByTime = p.today.addDays(-qint64(std::floor(shortestSpan(minMonths) * kReminderShare)));
    b.dueByFallback = p.today.addDays(-qint64(std::floor(b.dueKm / kFallbackDailyKm)));
    b.openByFallback = p.today.addDays(-qint64(std::floor(b.openKm / kFallbackDailyKm)) - r.expireDays - 1);
    auto rows = q.routineMaintenance(b);
    if (!rows)
        return rows.error();
    for (const data::MaintenanceRow &v : *rows) {
        const Window w =
            windowFrom(maintenanceReminder(v.lastMaintenance, p.limits.forModel(v.model).routine, averageDailyKm(v.readings)), r);
        if (!w.contains(p.today))
            continue;
        p.add(TaskKind::RoutineMaintenance,
              u"routine_maintenance:%1:%2"_s.arg(QString::number(v.vehicleId), iso(v.lastMaintenance)), v.customerId, v.vehicleId,
              w);
    }
    return {};
}

// Birthday care for members: on the birthday (plus the rule's offset) while the window is open.
Status birthdayRule(data::GenerationQueries &q, Plan &p)
{
    const RuleSetting &r = p.rule[TaskKind::BirthdayCare];
    if (!r.enabled)
        return {};
    QMap<QString, QDate> birthdays; // MM-dd → this year's birthday
    for (int back = 0; back <= r.expireDays; ++back) {
        const QDate d = p.today.addDays(-r.offsetDays - back);
        birthdays.insert(d.toString(u"MM-dd"_s), d);
        if (d.month() == 2 && d.day() == 28 && !QDate::isLeapYear(d.year()))
            birthdays.insert(u"02-29"_s, d); // born on a leap day: greeted on 28 February in common years
    }
    // Every day of the window in one pass over the members (a pass per day was a full scan each).
    auto rows = q.memberBirthdays(birthdays.keys());
    if (!rows)
        return rows.error();
    for (const auto &[customer, monthDay] : *rows) {
        const QDate d = birthdays.value(monthDay);
        p.add(TaskKind::BirthdayCare, u"birthday:%1:%2"_s.arg(customer).arg(d.year()), customer, 0, windowFrom(d, r));
    }
    return {};
}

// Win-back: customers who became "at risk" in the last week (the daily inflow, not the stock).
Status winBackRule(data::GenerationQueries &q, Plan &p)
{
    const RuleSetting &r = p.rule[TaskKind::WinBack];
    if (!r.enabled)
        return {};
    const QDate riskCut = p.today.addMonths(-p.atRiskMonths);
    auto rows = q.newlyAtRisk(riskCut.addDays(-7), riskCut);
    if (!rows)
        return rows.error();
    for (const auto &[customer, lastContact] : *rows)
        p.add(TaskKind::WinBack, u"win_back:%1:%2"_s.arg(QString::number(customer), lastContact), customer, 0,
              windowFrom(p.today, r));
    return {};
}

// Member care: every member reached within the coverage period (100 % coverage is a KPI);
// one task per member and quarter for those who were not.
Status memberCareRule(data::GenerationQueries &q, Plan &p)
{
    const RuleSetting &r = p.rule[TaskKind::MemberCare];
    if (!r.enabled)
        return {};
    const QDate quarterStart(p.today.year(), (p.today.month() - 1) / 3 * 3 + 1, 1);
    const QDateTime since = QDateTime(p.today.addDays(-p.coverageDays), QTime(0, 0)).toUTC();
    const QString quarter = u":%1Q%2"_s.arg(p.today.year()).arg((p.today.month() - 1) / 3 + 1);
    auto rows = q.membersNotReached(toStoredUtc(since), quarter);
    if (!rows)
        return rows.error();
    Window w = windowFrom(p.today, r);
    w.expires = std::min(w.expires, quarterStart.addMonths(3).addDays(-1));
    w.due = std::min(w.due, w.expires);
    for (qint64 customer : *rows)
        p.add(TaskKind::MemberCare, u"member_care:"_s + QString::number(customer) + quarter, customer, 0, w);
    return {};
}
} // namespace

QString FollowupService::contactType(TaskKind k)
{
    switch (k) {
    case TaskKind::SalesSurvey:
        return u"survey"_s;
    case TaskKind::WinBack:
    case TaskKind::BirthdayCare:
    case TaskKind::Campaign:
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
    data::FollowupRepository tasks(m_ctx.db);
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    CRM_TRY(tasks.saveOptOut(customerId, type, reason.simplified(), now, who.username));
    // Open tasks of that type stop at once: nobody should call from a list made before.
    int cancelled = 0;
    for (TaskKind k : allKinds()) {
        // A recall is a service call made as a campaign: a service opt-out stops campaign calls too.
        const bool campaignOnService = k == TaskKind::Campaign && type == u"service"_s;
        if (type != u"all"_s && contactType(k) != type && !campaignOnService)
            continue;
        auto n = tasks.cancelOpenTasks(customerId, kindId(k), now);
        if (!n)
            return n.error();
        cancelled += *n;
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
    auto opted = data::GenerationQueries(m_ctx.db).optedOut(customerId, contactType(kind));
    if (!opted)
        return opted.error();
    if (*opted)
        return false;
    auto due = dueClock();
    if (!due)
        return due.error();
    const Window w = onDueClock(windowFrom(eventDay, rule), rule.dueDays, *due);
    const QString now = toStoredUtc(m_ctx.clock.nowUtc());
    return data::FollowupRepository(m_ctx.db).insertTask(
        {kindId(kind), sourceKey, customerId, vehicleId, w.available, w.due, w.expires, rule.priority, now});
}

Result<QList<FollowupService::OptOut>> FollowupService::optOuts(qint64 customerId)
{
    return data::FollowupRepository(m_ctx.db).optOuts(customerId);
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

Result<std::optional<calendar::WorkCalendar>> FollowupService::dueClock()
{
    const int c = SettingsService(m_ctx).intValue(settings::kFollowupDueClock);
    if (c <= 0 || c >= int(std::size(calendar::kClocks)))
        return std::optional<calendar::WorkCalendar>(); // calendar days: the windows as they are
    auto clock = ComplaintService(m_ctx).clock(calendar::kClocks[c]);
    if (!clock)
        return clock.error();
    return std::optional<calendar::WorkCalendar>(*clock);
}

// Tasks created in one run beyond which the planner's statistics are refreshed.
constexpr int kRefreshStatisticsAfter = 10000;

Result<GenerateResult> FollowupService::generate(const Session &who, const QDate &today)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::WorkFollowups, tr("generate follow-up tasks")));
    Plan plan;
    plan.today = today;
    auto ruleList = rules();
    if (!ruleList)
        return ruleList.error();
    for (const RuleSetting &r : *ruleList)
        plan.rule.insert(r.kind, r);
    auto limitRows = limits();
    if (!limitRows)
        return limitRows.error();
    plan.limitRows = *limitRows;
    for (const data::ModelLimits &l : plan.limitRows) {
        plan.limits.byModel.insert(l.model, l);
        plan.maxFirstMonths = std::max(plan.maxFirstMonths, l.first.months);
        plan.maxRoutineMonths = std::max(plan.maxRoutineMonths, l.routine.months);
    }
    SettingsService settings(m_ctx);
    plan.atRiskMonths = settings.intValue(settings::kChurnAtRiskMonths);
    plan.coverageDays = settings.intValue(settings::kMemberCoverageDays);
    auto due = dueClock();
    if (!due)
        return due.error();
    plan.dueClock = *due;

    // Each step's time and candidates in the debug log (--verbose): where to look when a run is slow.
    QElapsedTimer clock;
    clock.start();
    qsizetype counted = 0;
    auto done = [&](const char *what) {
        log::get("followups")->debug("{}: {} candidates, {} ms", what, plan.candidates.size() - counted, clock.restart());
        counted = plan.candidates.size();
    };
    data::GenerationQueries queries(m_ctx.db);
    using Rule = Status (*)(data::GenerationQueries &, Plan &);
    const QList<QPair<const char *, Rule>> ruleSteps{
        {"delivery", deliveryRules},
        {"after service", afterServiceRule},
        {"insurance", insuranceRule},
        {"first maintenance", firstMaintenanceRule},
        {"routine maintenance", routineMaintenanceRule},
        {"birthdays", birthdayRule},
        {"win-back", winBackRule},
        {"member care", memberCareRule},
    };
    for (const auto &[what, step] : ruleSteps) {
        CRM_TRY(step(queries, plan));
        done(what);
    }

    // Every rule honours opt-outs, marketing consent and survey fatigue.
    GenerateResult result;
    const int fatigueDays = settings.intValue(settings::kSurveyFatigueDays);
    const QString now = toStoredUtc(m_ctx.clock.nowUtc());
    data::FollowupRepository tasks(m_ctx.db);
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    QList<const Candidate *> inWindow;
    QList<qint64> customers, marketing;
    {
        QSet<qint64> seen, seenMarketing;
        for (const Candidate &c : std::as_const(plan.candidates)) {
            if (!c.window.contains(today))
                continue;
            inWindow << &c;
            if (!seen.contains(c.customerId)) {
                seen.insert(c.customerId);
                customers << c.customerId;
            }
            if (contactType(c.kind) == u"marketing"_s && !seenMarketing.contains(c.customerId)) {
                seenMarketing.insert(c.customerId);
                marketing << c.customerId;
            }
        }
    }
    const QDate fatigueSince = today.addDays(-fatigueDays);
    auto facts =
        queries.policyFacts(customers, marketing, fatigueSince, toStoredUtc(QDateTime(fatigueSince, QTime(0, 0)).toUTC()));
    if (!facts)
        return facts.error();
    done("policy facts read");
    const QString salesSurvey = kindId(TaskKind::SalesSurvey);
    QList<data::NewTask> accepted;
    for (const Candidate *c : std::as_const(inWindow)) {
        const QString type = contactType(c->kind);
        const QStringList optOuts = facts->optOuts.value(c->customerId);
        if (optOuts.contains(u"all"_s) || optOuts.contains(type)) {
            ++result.skippedOptOut;
            continue;
        }
        if (type == u"marketing"_s && !facts->marketingConsent.contains(c->customerId)) {
            ++result.skippedConsent;
            continue;
        }
        if (type == u"survey"_s) {
            // Tired: answered a survey, or a sales survey other than this one planned — this
            // run's accepted ones included, as the one-at-a-time check saw them after insert.
            const QStringList planned = facts->plannedSalesSurveys.value(c->customerId);
            const bool other = std::any_of(planned.cbegin(), planned.cend(), [&](const QString &s) { return s != c->source; });
            if (other || facts->answeredSurvey.contains(c->customerId)) {
                ++result.skippedFatigue;
                continue;
            }
        }
        accepted.append({kindId(c->kind), c->source, c->customerId, c->vehicleId, c->window.available, c->window.due,
                         c->window.expires, c->priority, now});
        if (kindId(c->kind) == salesSurvey && c->window.due >= fatigueSince)
            facts->plannedSalesSurveys[c->customerId] << c->source;
    }
    auto created = tasks.insertTasks(accepted);
    if (!created)
        return created.error();
    for (auto it = created->cbegin(); it != created->cend(); ++it)
        result.created[it.key()] += it.value();
    done("policy checks and inserts");
    // Open tasks whose window has closed are expired, not left to pile up.
    CRM_TRY(tasks.expireClosedTasks(today, now));
    done("expiry");
    CRM_TRY(Guard::audit(
        m_ctx, &who,
        {u"generate"_s, u"followup_tasks"_s, {}, {}, {{u"date"_s, iso(today)}, {u"created"_s, result.total()}}, iso(today)}));
    CRM_TRY(tx.commit());
    log::get("followups")->info("generated {} tasks for {}", result.total(), iso(today).toStdString());
    // A first run over a seeded base adds hundreds of thousands of tasks; until PostgreSQL's
    // statistics know, each rule's NOT EXISTS probe is planned as a scan of its kind (the next
    // day's run: 113 s at a million instead of 18). Not the day's work: a failure is only logged.
    if (result.total() > kRefreshStatisticsAfter)
        if (Status s = data::FollowupRepository(m_ctx.db).refreshStatistics(); !s)
            log::get("followups")->warn("statistics not refreshed: {}", s.error().message.toStdString());
    // The rules' messages beside their calls (the setting names which), in their own transaction:
    // a provider-side problem never undoes the day's tasks.
    auto messages = MessageService(m_ctx).queueTaskReminders(who, today);
    if (!messages)
        return messages.error();
    result.messages = *messages;
    return result;
}

} // namespace crm::services
