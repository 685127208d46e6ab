#include "campaigns/data/CampaignRepository.h"

#include "campaigns/data/CampaignSql.h"
#include "core/Clock.h"
#include "data/Rows.h"

#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace crm::data {
using namespace campaignsql;
namespace {
const QString kCampaignColumns =
    u"SELECT p.id, p.name, p.kind, p.code, p.starts_on, p.ends_on, p.owner, %1 AS owner_name, p.script, p.responses, "
    "p.message_template, p.goal, p.segment, p.source, p.status, p.created_by, p.created_at, "
    "(SELECT COUNT(*) FROM campaign_targets t WHERE t.campaign_id = p.id AND t.state = 'target') AS targets, "
    "(SELECT COUNT(*) FROM campaign_targets t WHERE t.campaign_id = p.id AND t.state <> 'target') AS excluded, "
    "(SELECT COUNT(*) FROM campaign_targets t WHERE t.campaign_id = p.id AND t.response IS NOT NULL) AS responded "
    "FROM campaigns p "_s.arg(personOf(u"p.owner"_s));

CampaignRow campaignFrom(const QSqlQuery &q)
{
    const QSqlRecord r = q.record();
    auto v = [&](const char *name) { return q.value(r.indexOf(QLatin1String(name))); };
    CampaignRow c;
    c.id = v("id").toLongLong();
    c.name = v("name").toString();
    c.kind = v("kind").toString();
    c.code = v("code").toString();
    c.startsOn = QDate::fromString(v("starts_on").toString(), Qt::ISODate);
    c.endsOn = QDate::fromString(v("ends_on").toString(), Qt::ISODate);
    c.owner = v("owner").toString();
    c.ownerName = v("owner_name").toString();
    c.script = v("script").toString();
    c.responses = campaigns::responsesFromJson(v("responses").toString());
    c.messageTemplate = v("message_template").toString();
    c.goal = v("goal").toInt();
    c.segment = v("segment").toString();
    c.source = v("source").toString();
    c.status = v("status").toString();
    c.createdBy = v("created_by").toString();
    c.createdAt = utcOf(v("created_at"));
    c.targets = v("targets").toLongLong();
    c.excluded = v("excluded").toLongLong();
    c.responded = v("responded").toLongLong();
    return c;
}

// Done here: a warranty visit of the vehicle since the campaign began, or the campaign's own
// appointment arrived. Bind: the start day.
const QString kDoneHere =
    u"(EXISTS (SELECT 1 FROM service_visits s WHERE s.vehicle_id = t.vehicle_id AND s.deleted_at IS NULL "
    "AND s.kind = 'warranty' AND s.visit_date >= ?) OR EXISTS (SELECT 1 FROM appointments a WHERE a.id = t.appointment_id "
    "AND a.status IN ('arrived', 'completed')))"_s;
} // namespace

Result<qint64> CampaignRepository::insert(const CampaignRow &c, const QString &at)
{
    return returnedId(m_db.exec(
        u"INSERT INTO campaigns(name, kind, code, starts_on, ends_on, owner, script, responses, message_template, goal, segment, "
        "source, status, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'active', ?, ?) RETURNING id"_s,
        {c.name, c.kind, Database::text(c.code), c.startsOn.toString(Qt::ISODate), c.endsOn.toString(Qt::ISODate), c.owner,
         Database::text(c.script), campaigns::responsesToJson(c.responses), Database::text(c.messageTemplate), c.goal,
         Database::text(c.segment), c.source, c.createdBy, at}));
}

Result<std::optional<CampaignRow>> CampaignRepository::campaign(qint64 id)
{
    auto q = m_db.exec(kCampaignColumns + u"WHERE p.id = ?"_s, {id});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<CampaignRow>();
    return std::optional<CampaignRow>(campaignFrom(*q));
}

Result<std::optional<CampaignRow>> CampaignRepository::campaignNamed(const QString &name)
{
    auto q = m_db.exec(kCampaignColumns + u"WHERE p.name = ?"_s, {name});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<CampaignRow>();
    return std::optional<CampaignRow>(campaignFrom(*q));
}

Result<QList<CampaignRow>> CampaignRepository::list(bool withClosed)
{
    auto q = m_db.exec(kCampaignColumns + (withClosed ? QString() : u"WHERE p.status = 'active' "_s) +
                       u"ORDER BY p.starts_on DESC, p.id DESC"_s);
    if (!q)
        return q.error();
    QList<CampaignRow> out;
    while (q->next())
        out << campaignFrom(*q);
    return out;
}

Status CampaignRepository::setStatus(qint64 id, const QString &status)
{
    CRM_TRY(m_db.exec(u"UPDATE campaigns SET status = ? WHERE id = ?"_s, {status, id}));
    return {};
}

Result<QHash<QString, VinMatch>> CampaignRepository::matchVins(const QStringList &vins, const QString &kind)
{
    QHash<QString, VinMatch> out;
    constexpr qsizetype kChunk = 500;
    for (qsizetype from = 0; from < vins.size(); from += kChunk) {
        const QStringList part = vins.mid(from, kChunk);
        QVariantList binds;
        for (const QString &v : part)
            binds << v;
        auto q = m_db.exec(u"SELECT v.vin, v.id, v.customer_id, v.status, %1 AS reason FROM vehicles v "
                           "JOIN customers c ON c.id = v.customer_id WHERE v.deleted_at IS NULL AND v.vin IN (%2)"_s.arg(
                               exclusionCase(kind), placeholders(part.size())),
                           binds);
        if (!q)
            return q.error();
        while (q->next())
            out.insert(q->value(0).toString(), VinMatch{q->value(1).toLongLong(), q->value(2).toLongLong(),
                                                        q->value(3).toString(), q->value(4).toString()});
    }
    return out;
}

Result<bool> CampaignRepository::insertTarget(const TargetRow &t, const QString &at)
{
    auto q = m_db.exec(
        u"INSERT INTO campaign_targets(campaign_id, target_key, customer_id, vehicle_id, vin, state, reason, line, "
        "extra, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (campaign_id, target_key) DO NOTHING"_s,
        {t.campaignId, t.vin.isEmpty() ? u"c:%1"_s.arg(t.customerId) : u"v:"_s + t.vin, nullableId(t.customerId),
         nullableId(t.vehicleId), Database::text(t.vin), t.state, Database::text(t.reason), t.line, Database::text(t.extra), at});
    return changedOne(std::move(q));
}

Result<qint64> CampaignRepository::createTasks(qint64 campaignId, const QList<qint64> &agents, const QDate &available,
                                               const QDate &due, int priority, const QString &at)
{
    // Consecutive target ids (one statement drew them) modulo the agents: an even round robin.
    QString assign = u"NULL"_s;
    QVariantList assignBinds;
    if (!agents.isEmpty()) {
        assign = u"CASE (t.id % "_s + QString::number(agents.size()) + u")"_s;
        for (int i = 0; i < agents.size(); ++i) {
            assign += u" WHEN %1 THEN CAST(? AS BIGINT)"_s.arg(i);
            assignBinds << agents[i];
        }
        assign += u" END"_s;
    }
    const QString day = due.toString(Qt::ISODate);
    QVariantList binds{available.toString(Qt::ISODate), day, day, priority};
    binds += assignBinds;
    binds += QVariantList{at, at, campaignId};
    auto q = m_db.exec(
        u"INSERT INTO followup_tasks(kind, source_key, customer_id, vehicle_id, available, due_date, expires, priority, status, "
        "attempts, assigned_to, created_at, updated_at) "
        "SELECT 'campaign', 'campaign:' || t.campaign_id || ':' || t.id, t.customer_id, t.vehicle_id, ?, ?, ?, ?, 'open', 0, "
        "%1, ?, ? FROM campaign_targets t WHERE t.campaign_id = ? AND t.state = 'target' AND t.task_id IS NULL "
        "ON CONFLICT (kind, source_key) DO NOTHING"_s.arg(assign),
        binds);
    if (!q)
        return q.error();
    const qint64 created = q->numRowsAffected();
    CRM_TRY(m_db.exec(u"UPDATE campaign_targets SET task_id = (SELECT f.id FROM followup_tasks f WHERE f.kind = 'campaign' "
                      "AND f.source_key = 'campaign:' || campaign_targets.campaign_id || ':' || campaign_targets.id) "
                      "WHERE campaign_id = ? AND state = 'target' AND task_id IS NULL"_s,
                      {campaignId}));
    return created;
}

namespace {
const QString kTargetColumns =
    u"SELECT t.id, t.campaign_id, t.customer_id, t.vehicle_id, t.vin, t.state, t.reason, t.line, t.extra, t.task_id, "
    "t.response, t.response_note, t.response_day, t.responded_by, t.appointment_id, t.recall_state, "
    "c.name AS customer_name, c.mobile, v.model AS model, v.plate AS plate, f.status AS task_status, "
    "(SELECT u.display_name FROM users u WHERE u.id = f.assigned_to) AS agent_name "
    "FROM campaign_targets t LEFT JOIN customers c ON c.id = t.customer_id LEFT JOIN vehicles v ON v.id = t.vehicle_id "
    "LEFT JOIN followup_tasks f ON f.id = t.task_id "_s;

QList<TargetRow> targetsFrom(QSqlQuery &q)
{
    const QSqlRecord r = q.record();
    QHash<QString, int> at;
    for (int i = 0; i < r.count(); ++i)
        at.insert(r.fieldName(i), i);
    auto v = [&](const char *name) { return q.value(at.value(QLatin1String(name))); };
    QList<TargetRow> out;
    while (q.next()) {
        TargetRow t;
        t.id = v("id").toLongLong();
        t.campaignId = v("campaign_id").toLongLong();
        t.customerId = v("customer_id").toLongLong();
        t.vehicleId = v("vehicle_id").toLongLong();
        t.vin = v("vin").toString();
        t.state = v("state").toString();
        t.reason = v("reason").toString();
        t.line = v("line").toInt();
        t.extra = v("extra").toString();
        t.taskId = v("task_id").toLongLong();
        t.response = v("response").toString();
        t.responseNote = v("response_note").toString();
        t.responseDay = QDate::fromString(v("response_day").toString(), Qt::ISODate);
        t.respondedBy = v("responded_by").toString();
        t.appointmentId = v("appointment_id").toLongLong();
        t.recallState = v("recall_state").toString();
        t.customerName = v("customer_name").toString();
        t.mobile = v("mobile").toString();
        t.vehicle = QStringList{v("model").toString(), v("plate").toString()}.join(u' ').trimmed();
        t.taskStatus = v("task_status").toString();
        t.agentName = v("agent_name").toString();
        if (at.contains(u"done_here"_s))
            t.recallDoneHere = v("done_here").toInt() == 1;
        out << t;
    }
    return out;
}
} // namespace

Result<std::optional<TargetRow>> CampaignRepository::targetOfTask(qint64 taskId)
{
    auto q = m_db.exec(kTargetColumns + u"WHERE t.task_id = ?"_s, {taskId});
    if (!q)
        return q.error();
    const QList<TargetRow> rows = targetsFrom(*q);
    if (rows.isEmpty())
        return std::optional<TargetRow>();
    return std::optional<TargetRow>(rows.first());
}

Status CampaignRepository::setResponse(qint64 targetId, const QString &code, const QString &note, const QDate &day,
                                       const QString &at, const QString &by, qint64 appointmentId)
{
    CRM_TRY(m_db.exec(u"UPDATE campaign_targets SET response = ?, response_note = ?, response_day = ?, responded_at = ?, "
                      "responded_by = ?, appointment_id = COALESCE(?, appointment_id) WHERE id = ?"_s,
                      {code, Database::text(note), day.toString(Qt::ISODate), at, by, nullableId(appointmentId), targetId}));
    return {};
}

Status CampaignRepository::setRecallState(qint64 targetId, const QString &state)
{
    CRM_TRY(m_db.exec(u"UPDATE campaign_targets SET recall_state = ? WHERE id = ?"_s, {state, targetId}));
    return {};
}

Result<QList<TargetRow>> CampaignRepository::targets(qint64 campaignId, const QString &state, qint64 afterId, int limit)
{
    auto start = m_db.scalar(u"SELECT starts_on FROM campaigns WHERE id = ?"_s, {campaignId});
    if (!start)
        return start.error();
    QString sql = kTargetColumns;
    sql.replace(u"FROM campaign_targets t"_s,
                u", CASE WHEN %1 THEN 1 ELSE 0 END AS done_here FROM campaign_targets t"_s.arg(kDoneHere));
    QVariantList binds{start->toString(), campaignId, afterId};
    sql += u"WHERE t.campaign_id = ? AND t.id > ? "_s;
    if (!state.isEmpty()) {
        sql += u"AND t.state = ? "_s;
        binds << state;
    }
    sql += u"ORDER BY t.id LIMIT ?"_s;
    binds << limit;
    auto q = m_db.exec(sql, binds);
    if (!q)
        return q.error();
    return targetsFrom(*q);
}

Result<FunnelCounts> CampaignRepository::funnel(qint64 campaignId, const QStringList &acceptedCodes, int windowDays)
{
    FunnelCounts out;
    auto q = m_db.exec(
        u"SELECT COUNT(*), "
        "SUM(CASE WHEN EXISTS (SELECT 1 FROM followup_tasks f WHERE f.id = t.task_id AND f.attempts > 0) THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN t.appointment_id IS NOT NULL THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN EXISTS (SELECT 1 FROM appointments a WHERE a.id = t.appointment_id "
        "AND a.status IN ('arrived', 'completed')) THEN 1 ELSE 0 END) "
        "FROM campaign_targets t WHERE t.campaign_id = ? AND t.state = 'target'"_s,
        {campaignId});
    if (!q)
        return q.error();
    if (q->next()) {
        out.targeted = q->value(0).toLongLong();
        out.called = q->value(1).toLongLong();
        out.booked = q->value(2).toLongLong();
        out.arrived = q->value(3).toLongLong();
    }
    auto r = m_db.exec(u"SELECT response, COUNT(*) FROM campaign_targets WHERE campaign_id = ? AND response IS NOT NULL "
                       "GROUP BY response"_s,
                       {campaignId});
    if (!r)
        return r.error();
    while (r->next())
        out.byResponse.insert(r->value(0).toString(), r->value(1).toLongLong());
    if (acceptedCodes.isEmpty())
        return out;
    QVariantList binds{windowDays, campaignId};
    for (const QString &c : acceptedCodes)
        binds << c;
    auto v =
        m_db.exec(u"SELECT COUNT(DISTINCT t.id), COALESCE(SUM(s.amount_fen), 0) FROM campaign_targets t "
                  "JOIN service_visits s ON s.customer_id = t.customer_id AND s.deleted_at IS NULL "
                  "AND s.visit_date >= t.response_day AND %1 <= ? "
                  "WHERE t.campaign_id = ? AND t.response IN (%2)"_s.arg(
                      m_db.dialect().daysBetween(u"t.response_day"_s, u"s.visit_date"_s), placeholders(acceptedCodes.size())),
                  binds);
    if (!v)
        return v.error();
    if (v->next()) {
        out.visits = v->value(0).toLongLong();
        out.amountFen = v->value(1).toLongLong();
    }
    return out;
}

Result<QList<ResponseCount>> CampaignRepository::byAgent(qint64 campaignId)
{
    auto q = m_db.exec(
        u"SELECT %1, t.response, COUNT(*) FROM campaign_targets t WHERE t.campaign_id = ? "
        "AND t.response IS NOT NULL GROUP BY t.responded_by, t.response ORDER BY 1, 2"_s.arg(personOf(u"t.responded_by"_s)),
        {campaignId});
    if (!q)
        return q.error();
    QList<ResponseCount> out;
    while (q->next())
        out << ResponseCount{q->value(0).toString(), q->value(1).toString(), q->value(2).toLongLong()};
    return out;
}

Result<RecallCounts> CampaignRepository::recall(qint64 campaignId, const QDate &startsOn)
{
    auto q = m_db.exec(u"SELECT CASE WHEN t.state = 'not_found' THEN 'not_found' WHEN t.recall_state <> 'open' "
                       "THEN t.recall_state WHEN %1 THEN 'done_here' ELSE 'open' END AS st, COUNT(*) "
                       "FROM campaign_targets t WHERE t.campaign_id = ? GROUP BY 1"_s.arg(kDoneHere),
                       {startsOn.toString(Qt::ISODate), campaignId});
    if (!q)
        return q.error();
    RecallCounts out;
    while (q->next()) {
        const QString st = q->value(0).toString();
        const qint64 n = q->value(1).toLongLong();
        out.listed += n;
        if (st == u"not_found"_s)
            out.notFound = n;
        else if (st == u"done_here"_s)
            out.doneHere = n;
        else if (st == u"done_elsewhere"_s)
            out.doneElsewhere = n;
        else if (st == u"not_applicable"_s)
            out.notApplicable = n;
        else
            out.open += n;
    }
    return out;
}

} // namespace crm::data
