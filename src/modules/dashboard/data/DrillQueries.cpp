#include "dashboard/data/DrillQueries.h"

#include "archives/data/CustomerRepository.h"
#include "core/Clock.h"

#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace crm::data {
namespace {

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

struct Statement {
    QString sql;
    QVariantList binds;
};

Statement followupTasks(const DrillQuery &d)
{
    Statement s{u"SELECT t.customer_id, t.due_date, t.kind, c.name, t.status, COALESCE(t.completed_day, ''), "
                "COALESCE(u.display_name, '') FROM followup_tasks t JOIN customers c ON c.id = t.customer_id "
                "LEFT JOIN users u ON u.id = COALESCE(t.completed_by, t.assigned_to) "
                "WHERE t.due_date >= ? AND t.due_date <= ? AND t.status <> 'cancelled'"_s,
                {iso(d.from), iso(d.to)}};
    const QString key = d.key.section(u':', 1);
    if (d.key == u"late"_s)
        s.sql += u" AND NOT (t.status IN ('done', 'unreachable') AND t.completed_day <= t.due_date)"_s;
    else if (d.key.startsWith(u"agent:"_s)) {
        s.sql += key.isEmpty() ? u" AND COALESCE(t.completed_by, t.assigned_to) IS NULL"_s
                               : u" AND COALESCE(t.completed_by, t.assigned_to) = ?"_s;
        if (!key.isEmpty())
            s.binds << key.toLongLong();
    }
    s.sql += u" ORDER BY t.due_date, t.id LIMIT ?"_s;
    return s;
}

Statement memberCoverage(const DrillQuery &d)
{
    return {u"SELECT c.id, c.name, c.city, COALESCE((SELECT MAX(f.called_at) FROM followup_calls f WHERE f.customer_id = c.id "
            "AND f.outcome = 'reached'), '') FROM customers c WHERE c.deleted_at IS NULL AND "_s +
                CustomerRepository::isMemberSql() +
                u" AND NOT EXISTS (SELECT 1 FROM followup_calls f WHERE f.customer_id = c.id AND f.outcome = 'reached' "
                "AND f.called_at >= ? AND f.called_at < ?) ORDER BY c.id LIMIT ?"_s,
            {storedDayStart(d.to.addDays(1 - d.coverageDays)), storedDayStart(d.to.addDays(1))}};
}

Statement surveyResponses(const DrillQuery &d)
{
    return {u"SELECT r.customer_id, r.answered_at, c.name, t.name, r.staff, r.channel FROM survey_responses r "
            "JOIN survey_templates t ON t.id = r.template_id JOIN customers c ON c.id = r.customer_id "
            "WHERE r.answered_at >= ? AND r.answered_at < ? AND (? = '' OR t.purpose = ?) ORDER BY r.answered_at, r.id LIMIT ?"_s,
            {storedDayStart(d.from), storedDayStart(d.to.addDays(1)), Database::text(d.key), Database::text(d.key)}};
}

Statement complaints(const DrillQuery &d)
{
    Statement s{u"SELECT k.id, k.number, k.registered_at, c.name, k.category, k.department, k.status FROM complaints k "
                "JOIN customers c ON c.id = k.customer_id WHERE k.registered_at >= ? AND k.registered_at < ?"_s,
                {storedDayStart(d.from), storedDayStart(d.to.addDays(1))}};
    const QString key = d.key.section(u':', 1);
    if (d.key == u"closed"_s)
        s.sql += u" AND k.closed_at IS NOT NULL"_s;
    else if (d.key.startsWith(u"category:"_s)) {
        s.sql += u" AND k.category = ?"_s;
        s.binds << key;
    } else if (d.key.startsWith(u"department:"_s)) {
        s.sql += u" AND k.department = ?"_s;
        s.binds << Database::text(key);
    }
    s.sql += u" ORDER BY k.registered_at, k.id LIMIT ?"_s;
    return s;
}

// The cohort of ChurnFigures::cohort: a paid visit in month M−N and none since.
Statement churned(const DrillQuery &d)
{
    const QDate month(d.from.year(), d.from.month(), 1);
    const QDate cohortStart = month.addMonths(-d.lostMonths);
    const QDate cohortEnd = cohortStart.addMonths(1), periodEnd = month.addMonths(1);
    return {
        u"SELECT v.customer_id, c.name, v.plate, v.model, COALESCE(v.last_paid_visit, '') FROM vehicles v "
        "JOIN customers c ON c.id = v.customer_id WHERE v.status = 'active' AND v.deleted_at IS NULL "
        "AND EXISTS (SELECT 1 FROM service_visits s WHERE s.vehicle_id = v.id AND s.amount_fen > 0 AND s.deleted_at IS NULL "
        "AND s.visit_date >= ? AND s.visit_date < ?) AND NOT EXISTS (SELECT 1 FROM service_visits s WHERE s.vehicle_id = v.id "
        "AND s.amount_fen > 0 AND s.deleted_at IS NULL AND s.visit_date >= ? AND s.visit_date < ?) ORDER BY v.id LIMIT ?"_s,
        {iso(cohortStart), iso(cohortEnd), iso(cohortEnd), iso(periodEnd)}};
}

Statement atRisk(const DrillQuery &d)
{
    return {u"SELECT v.customer_id, c.name, v.plate, v.model, COALESCE(v.last_paid_visit, v.delivery_date, '') FROM vehicles v "
            "JOIN customers c ON c.id = v.customer_id WHERE v.status = 'active' AND v.deleted_at IS NULL "
            "AND COALESCE(v.last_paid_visit, v.delivery_date) < ? AND COALESCE(v.last_paid_visit, v.delivery_date) >= ? "
            "ORDER BY COALESCE(v.last_paid_visit, v.delivery_date), v.id LIMIT ?"_s,
            {iso(d.to.addMonths(-d.atRiskMonths)), iso(d.to.addMonths(-d.lostMonths))}};
}

// The vehicles ChurnFigures::returnRates counts as due that have not returned.
Statement notReturned(const DrillQuery &d, const Dialect &dialect)
{
    const bool first = d.kind == u"first_return"_s;
    const int fromMonths = first ? 7 : 19, toMonths = first ? 18 : 30, window = first ? 7 : 19, visits = first ? 1 : 2;
    return {u"SELECT v.customer_id, c.name, v.plate, v.model, v.delivery_date FROM vehicles v JOIN customers c ON c.id = "
            "v.customer_id WHERE v.deleted_at IS NULL AND v.status = 'active' AND v.delivery_date >= ? AND v.delivery_date < ? "
            "AND (SELECT COUNT(*) FROM service_visits s WHERE s.vehicle_id = v.id AND s.kind = 'maintenance' AND s.deleted_at "
            "IS NULL AND s.visit_date >= v.delivery_date AND s.visit_date < "_s +
                dialect.addMonths(u"v.delivery_date"_s, window) + u") < ? ORDER BY v.delivery_date, v.id LIMIT ?"_s,
            {iso(d.to.addMonths(-toMonths)), iso(d.to.addMonths(-fromMonths)), visits}};
}

Statement members(const DrillQuery &d)
{
    Statement s{u"SELECT m.customer_id, c.name, m.joined_on, m.tier, COALESCE(b.available, 0) FROM club_members m "
                "JOIN customers c ON c.id = m.customer_id LEFT JOIN points_balances b ON b.member_id = m.id WHERE "_s,
                {}};
    if (d.kind == u"members_joined"_s) {
        s.sql += u"m.joined_on >= ? AND m.joined_on <= ? ORDER BY m.joined_on, m.id LIMIT ?"_s;
        s.binds = {iso(d.from), iso(d.to)};
    } else if (d.key == u"active"_s) {
        s.sql += u"m.id IN (SELECT member_id FROM points_ledger WHERE kind IN ('earn', 'spend') AND at >= ? AND at < ?) "
                 "ORDER BY m.id LIMIT ?"_s;
        s.binds = {storedDayStart(d.to.addDays(1).addMonths(-12)), storedDayStart(d.to.addDays(1))};
    } else {
        s.sql += u"m.status = 'active' AND COALESCE(b.available, 0) > 0 ORDER BY b.available DESC, m.id LIMIT ?"_s;
    }
    return s;
}

Statement points(const DrillQuery &d)
{
    return {u"SELECT m.customer_id, l.at, c.name, l.kind, l.points, l.reason FROM points_ledger l JOIN club_members m ON m.id "
            "= l.member_id JOIN customers c ON c.id = m.customer_id WHERE l.at >= ? AND l.at < ? AND "_s +
                (d.key == u"issued"_s ? u"l.kind IN ('earn', 'adjust') AND l.points > 0"_s : u"l.kind IN ('spend', 'refund')"_s) +
                u" ORDER BY l.at, l.id LIMIT ?"_s,
            {storedDayStart(d.from), storedDayStart(d.to.addDays(1))}};
}

Statement referralLeads(const DrillQuery &d)
{
    return {u"SELECT COALESCE(m.customer_id, 0), l.created_at, l.name, COALESCE(c.name, ''), l.consultant, l.status FROM leads l "
            "LEFT JOIN club_members m ON m.id = l.referrer_id LEFT JOIN customers c ON c.id = m.customer_id "
            "WHERE l.source = 'referral' AND l.created_at >= ? AND l.created_at < ? ORDER BY l.created_at, l.id LIMIT ?"_s,
            {storedDayStart(d.from), storedDayStart(d.to.addDays(1))}};
}

// The period's appointments (key no_show: the no-shows only), with the job's title.
Statement appointments(const DrillQuery &d)
{
    return {u"SELECT a.customer_id, a.scheduled_at, c.name, COALESCE((SELECT j.title FROM frontdesk_lists j WHERE "
            "j.list = 'job_type' AND j.code = a.service_kind), a.service_kind), a.source, a.status FROM appointments a "
            "JOIN customers c ON c.id = a.customer_id WHERE a.scheduled_at >= ? AND a.scheduled_at < ? AND "
            "(? = '' OR a.status = ?) ORDER BY a.scheduled_at, a.id LIMIT ?"_s,
            {d.from.toString(Qt::ISODate), d.to.addDays(1).toString(Qt::ISODate), d.key, d.key}};
}

// Feedback items received in the period, with their department and state.
Statement feedbackItems(const DrillQuery &d)
{
    return {
        u"SELECT i.id, i.received_at, c.name, i.category, i.text, COALESCE(dp.code, ''), COALESCE(dp.name, ''), "
        "COALESCE(fc.name, ''), i.status FROM feedback_items i JOIN customers c ON c.id = i.customer_id "
        "LEFT JOIN departments dp ON dp.id = i.department_id LEFT JOIN feedback_categories fc ON fc.code = i.category "
        "WHERE i.received_at >= ? AND i.received_at < ? AND i.department_id IS NOT NULL ORDER BY i.received_at, i.id LIMIT ?"_s,
        {storedDayStart(d.from), storedDayStart(d.to.addDays(1))}};
}

} // namespace

bool DrillQueries::isKind(const QString &kind)
{
    static const QStringList kinds{u"followup_tasks"_s, u"member_coverage"_s, u"survey_responses"_s, u"complaints"_s,
                                   u"churned"_s,        u"at_risk"_s,         u"first_return"_s,     u"second_return"_s,
                                   u"members"_s,        u"members_joined"_s,  u"points"_s,           u"referral_leads"_s,
                                   u"appointments"_s,   u"feedback"_s};
    return kinds.contains(kind);
}

Result<QPair<QList<DrillRow>, bool>> DrillQueries::rows(const DrillQuery &d, int limit)
{
    Statement s;
    if (d.kind == u"followup_tasks"_s)
        s = followupTasks(d);
    else if (d.kind == u"member_coverage"_s)
        s = memberCoverage(d);
    else if (d.kind == u"survey_responses"_s)
        s = surveyResponses(d);
    else if (d.kind == u"complaints"_s)
        s = complaints(d);
    else if (d.kind == u"churned"_s)
        s = churned(d);
    else if (d.kind == u"at_risk"_s)
        s = atRisk(d);
    else if (d.kind == u"first_return"_s || d.kind == u"second_return"_s)
        s = notReturned(d, m_db.dialect());
    else if (d.kind == u"members_joined"_s || d.kind == u"members"_s)
        s = members(d);
    else if (d.kind == u"points"_s)
        s = points(d);
    else if (d.kind == u"referral_leads"_s)
        s = referralLeads(d);
    else if (d.kind == u"appointments"_s)
        s = appointments(d);
    else if (d.kind == u"feedback"_s)
        s = feedbackItems(d);
    else
        return Error::invalid(u"unknown figure %1"_s.arg(d.kind));
    s.binds << limit + 1;
    auto q = m_db.exec(s.sql, s.binds);
    if (!q)
        return q.error();
    QList<DrillRow> out;
    bool truncated = false;
    const int columns = q->record().count(); // once: a QSqlRecord per row doubled a drill's time
    while (q->next()) {
        if (out.size() == limit) {
            truncated = true;
            break;
        }
        DrillRow row;
        row.key = q->value(0).toLongLong();
        for (int i = 1; i < columns; ++i)
            row.cells << q->value(i).toString();
        out << row;
    }
    q->finish();
    return qMakePair(out, truncated);
}

} // namespace crm::data
