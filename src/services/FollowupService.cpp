#include "services/FollowupService.h"

#include "core/Log.h"
#include "data/Transaction.h"
#include "services/CustomerService.h"
#include "services/SettingsService.h"

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
} // namespace

QString FollowupService::contactType(TaskKind k)
{
    switch (k) {
    case TaskKind::SalesSurvey: return u"survey"_s;
    case TaskKind::WinBack:
    case TaskKind::BirthdayCare: return u"marketing"_s;
    default: return u"service"_s;
    }
}

QStringList FollowupService::contactTypes()
{
    return {u"all"_s, u"service"_s, u"marketing"_s, u"survey"_s};
}

Status FollowupService::optOut(const Session &who, qint64 customerId, const QString &type, const QString &reason)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::EditCustomers, tr("record opt-outs")));
    if (!contactTypes().contains(type))
        return Error::invalid(tr("\"%1\" is not a kind of contact.").arg(type));
    if (reason.simplified().isEmpty())
        return Error::invalid(tr("Reason: say why the customer does not want these calls."));
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    CRM_TRY(m_ctx.db.exec(u"INSERT INTO customer_optouts(customer_id, contact_type, reason, created_at, created_by) VALUES (?, ?, ?, ?, ?) "
                          "ON CONFLICT(customer_id, contact_type) DO UPDATE SET reason = excluded.reason"_s,
                          {customerId, type, reason.simplified(), toStoredUtc(m_ctx.clock.nowUtc()), who.username}));
    CRM_TRY(Guard::audit(m_ctx, &who, {u"opt_out"_s, u"customers"_s, QString::number(customerId), {},
                                       {{u"contact_type"_s, type}, {u"reason"_s, reason.simplified()}}, type}));
    return tx.commit();
}

Result<GenerateResult> FollowupService::generate(const Session &who, const QDate &today)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::EditCustomers, tr("generate follow-up tasks")));
    data::Database &db = m_ctx.db;
    QList<Candidate> candidates;

    // After delivery: D+1, D+3, D+7 (survey), D+30 — each while its window is open.
    for (const DeliveryRule &rule : defaultDeliveryRules()) {
        auto q = db.exec(u"SELECT id, customer_id, delivery_date FROM vehicles WHERE deleted_at IS NULL AND status = 'active' "
                         "AND delivery_date >= ? AND delivery_date <= ?"_s,
                         {iso(today.addDays(-rule.offsetDays - rule.windowDays)), iso(today.addDays(-rule.offsetDays))});
        if (!q)
            return q.error();
        while (q->next())
            candidates << Candidate{rule.kind, kindId(rule.kind) + u':' + q->value(0).toString(), q->value(1).toLongLong(),
                                    q->value(0).toLongLong(), deliveryWindow(day(q->value(2)), rule),
                                    rule.kind == TaskKind::DeliveryThanks ? 1 : 2};
    }
    // After a service visit: from the next day, due within 3 days, expires at day 15.
    {
        auto q = db.exec(u"SELECT id, vehicle_id, customer_id, visit_date FROM service_visits WHERE deleted_at IS NULL "
                         "AND visit_date >= ? AND visit_date <= ?"_s,
                         {iso(today.addDays(-15)), iso(today.addDays(-1))});
        if (!q)
            return q.error();
        while (q->next())
            candidates << Candidate{TaskKind::AfterService, u"after_service:"_s + q->value(0).toString(), q->value(2).toLongLong(),
                                    q->value(1).toLongLong(), afterServiceWindow(day(q->value(3))), 2};
    }
    // Insurance renewal: 30 days before expiry.
    {
        auto q = db.exec(u"SELECT id, customer_id, insurance_expiry FROM vehicles WHERE deleted_at IS NULL AND status = 'active' "
                         "AND insurance_expiry >= ? AND insurance_expiry <= ?"_s,
                         {iso(today), iso(today.addDays(30))});
        if (!q)
            return q.error();
        while (q->next()) {
            const QDate expiry = day(q->value(2));
            const QDate from = insuranceReminder(expiry);
            candidates << Candidate{TaskKind::InsuranceRenewal, u"insurance:%1:%2"_s.arg(q->value(0).toString(), iso(expiry)),
                                    q->value(1).toLongLong(), q->value(0).toLongLong(), {from, from.addDays(7), expiry}, 2};
        }
    }
    // First maintenance: no maintenance visit yet; remind at 80 % of 6 months / 5,000 km.
    {
        auto q = db.exec(u"SELECT v.id, v.customer_id, v.delivery_date, v.mileage_km, v.updated_at FROM vehicles v "
                         "WHERE v.deleted_at IS NULL AND v.status = 'active' AND v.delivery_date >= ? AND v.delivery_date <= ? "
                         "AND NOT EXISTS (SELECT 1 FROM service_visits s WHERE s.vehicle_id = v.id AND s.kind = 'maintenance' "
                         "AND s.deleted_at IS NULL)"_s,
                         {iso(today.addMonths(-kFirstMaintenance.months - 1)), iso(today.addDays(-30))});
        if (!q)
            return q.error();
        while (q->next()) {
            const QDate delivered = day(q->value(2));
            QList<QPair<QDate, int>> readings{{delivered, 0}};
            const QDate read = QDate::fromString(q->value(4).toString().left(10), Qt::ISODate);
            if (q->value(3).toInt() > 0 && read.isValid())
                readings << qMakePair(read, q->value(3).toInt());
            const QDate remind = maintenanceReminder(delivered, kFirstMaintenance, averageDailyKm(readings));
            if (remind <= today)
                candidates << Candidate{TaskKind::FirstMaintenance, u"first_maintenance:"_s + q->value(0).toString(),
                                        q->value(1).toLongLong(), q->value(0).toLongLong(),
                                        {remind, remind.addDays(7), delivered.addMonths(kFirstMaintenance.months + 1)}, 1};
        }
    }
    // Birthday care for VIP customers (club members join once the club exists): on the day.
    {
        QStringList days{today.toString(u"MM-dd"_s)};
        if (today.month() == 2 && today.day() == 28 && !QDate::isLeapYear(today.year()))
            days << u"02-29"_s;   // born on a leap day: greeted on 28 February in common years
        for (const QString &md : days) {
            auto q = db.exec(u"SELECT id FROM customers WHERE deleted_at IS NULL AND vip = 1 AND substr(birthday, 6, 5) = ?"_s, {md});
            if (!q)
                return q.error();
            while (q->next())
                candidates << Candidate{TaskKind::BirthdayCare, u"birthday:%1:%2"_s.arg(q->value(0).toString()).arg(today.year()),
                                        q->value(0).toLongLong(), 0, {today, today, today.addDays(3)}, 3};
        }
    }
    // Win-back: customers who became "at risk" in the last week (the daily inflow, not the stock).
    {
        const QDate riskCut = today.addMonths(-SettingsService(m_ctx).intValue(settings::kChurnAtRiskMonths));
        auto q = db.exec(u"SELECT customer_id, MAX(COALESCE(last_paid_visit, delivery_date)) AS last FROM vehicles "
                         "WHERE deleted_at IS NULL AND status = 'active' GROUP BY customer_id "
                         "HAVING MAX(COALESCE(last_paid_visit, delivery_date)) >= ? AND MAX(COALESCE(last_paid_visit, delivery_date)) < ?"_s,
                         {iso(riskCut.addDays(-7)), iso(riskCut)});
        if (!q)
            return q.error();
        while (q->next())
            candidates << Candidate{TaskKind::WinBack, u"win_back:%1:%2"_s.arg(q->value(0).toString(), q->value(1).toString()),
                                    q->value(0).toLongLong(), 0, {today, today.addDays(7), today.addDays(30)}, 2};
    }

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
        auto opted = db.execCached(u"SELECT 1 FROM customer_optouts WHERE customer_id = ? AND contact_type IN ('all', ?) LIMIT 1"_s,
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
            auto consent = db.execCached(u"SELECT granted FROM customer_consents WHERE customer_id = ? AND purpose = 'marketing_calls'"_s,
                                         {c.customerId});
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
            auto recent = db.execCached(u"SELECT 1 FROM followup_tasks WHERE customer_id = ? AND kind = ? AND source_key <> ? "
                                        "AND due_date >= ? LIMIT 1"_s,
                                        {c.customerId, kindId(TaskKind::SalesSurvey), c.source, iso(today.addDays(-fatigueDays))});
            if (!recent)
                return recent.error();
            const bool tired = (*recent)->next();
            (*recent)->finish();
            if (tired) {
                ++result.skippedFatigue;
                continue;
            }
        }
        auto inserted = db.execCached(
            u"INSERT INTO followup_tasks(kind, source_key, customer_id, vehicle_id, available, due_date, expires, priority, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(kind, source_key) DO NOTHING RETURNING id"_s,
            {kindId(c.kind), c.source, c.customerId, c.vehicleId ? QVariant(c.vehicleId) : QVariant(QMetaType(QMetaType::LongLong)),
             iso(c.window.available), iso(c.window.due), iso(c.window.expires), c.priority, now, now});
        if (!inserted)
            return inserted.error();
        if ((*inserted)->next())
            ++result.created[kindId(c.kind)];
        (*inserted)->finish();
    }
    // Open tasks whose window has closed are expired, not left to pile up.
    CRM_TRY(db.exec(u"UPDATE followup_tasks SET status = 'expired', updated_at = ? WHERE status = 'open' AND expires < ?"_s, {now, iso(today)}));
    CRM_TRY(Guard::audit(m_ctx, &who, {u"generate"_s, u"followup_tasks"_s, {}, {},
                                       {{u"date"_s, iso(today)}, {u"created"_s, result.total()}}, iso(today)}));
    CRM_TRY(tx.commit());
    log::get("followups")->info("generated {} tasks for {}", result.total(), iso(today).toStdString());
    return result;
}

} // namespace crm::services
