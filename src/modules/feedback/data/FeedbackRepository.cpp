#include "feedback/data/FeedbackRepository.h"

#include "core/Clock.h"
#include "data/Rows.h"

using namespace Qt::StringLiterals;

namespace crm::data {
namespace {

const QString kSelect =
    u"SELECT i.id, i.customer_id, cu.name, COALESCE(i.vehicle_id, 0), "
    "CASE WHEN v.id IS NULL THEN '' ELSE v.model || ' ' || v.plate END, i.category, COALESCE(fc.name, ''), i.text, "
    "i.source, COALESCE(i.source_id, 0), COALESCE(i.call_id, 0), COALESCE(i.department_id, 0), COALESCE(d.code, ''), "
    "COALESCE(d.name, ''), COALESCE(i.owner_id, 0), COALESCE(ou.display_name, ''), COALESCE(i.taken_by, 0), "
    "COALESCE(tu.display_name, ''), i.praised, i.status, i.clock, i.received_at, i.answer_warn_at, i.answer_due_at, "
    "i.resolve_warn_at, i.resolve_due_at, i.answered_at, i.answer, i.resolved_at, i.result, COALESCE(i.work_minutes, -1), "
    "COALESCE(i.inform_task_id, 0), i.closed_at, COALESCE(i.complaint_id, 0), COALESCE(co.number, ''), "
    "COALESCE(i.lead_id, 0), i.version FROM feedback_items i JOIN customers cu ON cu.id = i.customer_id "
    "LEFT JOIN vehicles v ON v.id = i.vehicle_id LEFT JOIN feedback_categories fc ON fc.code = i.category "
    "LEFT JOIN departments d ON d.id = i.department_id LEFT JOIN users ou ON ou.id = i.owner_id "
    "LEFT JOIN users tu ON tu.id = i.taken_by LEFT JOIN complaints co ON co.id = i.complaint_id "_s;
enum Column {
    Id,
    Customer,
    CustomerName,
    Vehicle,
    VehicleText,
    Category,
    CategoryName,
    Text,
    Source,
    SourceId,
    CallId,
    DepartmentId,
    DepartmentCode,
    DepartmentName,
    Owner,
    OwnerName,
    TakenBy,
    TakenByName,
    Praised,
    StatusCol,
    ClockCol,
    Received,
    AnswerWarn,
    AnswerDue,
    ResolveWarn,
    ResolveDue,
    Answered,
    Answer,
    Resolved,
    ResultCol,
    WorkMinutes,
    InformTask,
    Closed,
    Complaint,
    ComplaintNumber,
    Lead,
    Version
};

QDateTime utc(const QSqlQuery &q, int column)
{
    return fromStoredUtc(q.value(column).toString());
}

FeedbackItemRow itemFrom(const QSqlQuery &q)
{
    FeedbackItemRow r;
    r.id = q.value(Id).toLongLong();
    r.customerId = q.value(Customer).toLongLong();
    r.customerName = q.value(CustomerName).toString();
    r.vehicleId = q.value(Vehicle).toLongLong();
    r.vehicle = q.value(VehicleText).toString();
    r.category = q.value(Category).toString();
    r.categoryName = q.value(CategoryName).toString();
    r.text = q.value(Text).toString();
    r.source = q.value(Source).toString();
    r.sourceId = q.value(SourceId).toLongLong();
    r.callId = q.value(CallId).toLongLong();
    r.departmentId = q.value(DepartmentId).toLongLong();
    r.departmentCode = q.value(DepartmentCode).toString();
    r.departmentName = q.value(DepartmentName).toString();
    r.ownerId = q.value(Owner).toLongLong();
    r.ownerName = q.value(OwnerName).toString();
    r.takenBy = q.value(TakenBy).toLongLong();
    r.takenByName = q.value(TakenByName).toString();
    r.praised = q.value(Praised).toString();
    r.status = q.value(StatusCol).toString();
    r.clock = q.value(ClockCol).toString();
    r.receivedAt = utc(q, Received);
    r.answerWarnAt = utc(q, AnswerWarn);
    r.answerDueAt = utc(q, AnswerDue);
    r.resolveWarnAt = utc(q, ResolveWarn);
    r.resolveDueAt = utc(q, ResolveDue);
    r.answeredAt = utc(q, Answered);
    r.answer = q.value(Answer).toString();
    r.resolvedAt = utc(q, Resolved);
    r.result = q.value(ResultCol).toString();
    r.workMinutes = q.value(WorkMinutes).toLongLong();
    r.informTaskId = q.value(InformTask).toLongLong();
    r.closedAt = utc(q, Closed);
    r.complaintId = q.value(Complaint).toLongLong();
    r.complaintNumber = q.value(ComplaintNumber).toString();
    r.leadId = q.value(Lead).toLongLong();
    r.version = q.value(Version).toInt();
    return r;
}

// The WHERE of a list, with its values.
QString whereOf(const FeedbackFilter &f, QVariantList &args)
{
    QStringList where;
    const QString open = u"i.status IN ('open', 'answered', 'informing')"_s; // feedback_items_open's predicate
    if (f.state == u"open"_s) {
        where << open;
    } else if (f.state == u"overdue"_s) {
        where << open
              << u"((i.answered_at IS NULL AND i.answer_due_at < ?) OR (i.resolved_at IS NULL AND i.resolve_due_at < ?))"_s;
        args << f.nowUtc << f.nowUtc;
    } else if (f.state == u"closed"_s) {
        where << u"i.status IN ('closed', 'unreachable', 'converted')"_s;
    }
    if (f.departmentId) {
        where << u"i.department_id = ?"_s;
        args << f.departmentId;
    }
    // When a deadline was met, as FeedbackService::deadlinesOf reads it: a result is the first
    // answer too, and an item closed another way stops both clocks at its closing.
    const QString stopped = u"CASE WHEN i.status IN ('closed', 'unreachable', 'converted') THEN i.closed_at END"_s;
    if (f.figure == u"answered"_s) {
        where << u"i.answered_at IS NOT NULL"_s;
    } else if (f.figure == u"resolved"_s) {
        where << u"i.resolved_at IS NOT NULL"_s;
    } else if (f.figure == u"answered_late"_s || f.figure == u"resolved_late"_s) {
        const bool answer = f.figure == u"answered_late"_s;
        const QString met =
            answer ? u"COALESCE(i.answered_at, i.resolved_at, %1)"_s.arg(stopped) : u"COALESCE(i.resolved_at, %1)"_s.arg(stopped);
        const QString due = answer ? u"i.answer_due_at"_s : u"i.resolve_due_at"_s;
        where << u"((%1 IS NOT NULL AND %1 > %2) OR (%1 IS NULL AND %2 <= ?))"_s.arg(met, due);
        args << f.nowUtc;
    }
    if (f.memberOf) {
        where << u"(i.owner_id = ? OR i.department_id IN (SELECT department_id FROM department_members WHERE user_id = ?) "
                 "OR i.department_id IN (SELECT id FROM departments WHERE head_id = ?))"_s;
        args << f.memberOf << f.memberOf << f.memberOf;
    }
    if (f.customerId) {
        where << u"i.customer_id = ?"_s;
        args << f.customerId;
    }
    if (!f.category.isEmpty()) {
        where << u"i.category = ?"_s;
        args << f.category;
    }
    if (!f.fromUtc.isEmpty()) {
        where << u"i.received_at >= ?"_s;
        args << f.fromUtc;
    }
    if (!f.toUtc.isEmpty()) {
        where << u"i.received_at < ?"_s;
        args << f.toUtc;
    }
    return where.isEmpty() ? QString() : u" WHERE "_s + where.join(u" AND "_s);
}

} // namespace

Result<QList<Department>> FeedbackRepository::departments()
{
    auto q = m_db.exec(u"SELECT d.id, d.code, d.name, COALESCE(d.head_id, 0), COALESCE(u.display_name, ''), d.active "
                       "FROM departments d LEFT JOIN users u ON u.id = d.head_id ORDER BY d.position, d.id"_s);
    if (!q)
        return q.error();
    QList<Department> out;
    while (q->next())
        out << Department{q->value(0).toLongLong(),
                          q->value(1).toString(),
                          q->value(2).toString(),
                          q->value(3).toLongLong(),
                          q->value(4).toString(),
                          q->value(5).toInt() != 0,
                          {}};
    auto m = m_db.exec(u"SELECT department_id, user_id FROM department_members ORDER BY user_id"_s);
    if (!m)
        return m.error();
    while (m->next())
        for (Department &d : out)
            if (d.id == m->value(0).toLongLong())
                d.members << m->value(1).toLongLong();
    return out;
}

Result<qint64> FeedbackRepository::saveDepartment(const Department &d)
{
    qint64 id = d.id;
    if (!id) {
        auto made = returnedId(m_db.exec(u"INSERT INTO departments(code, name, head_id, active, position) VALUES "
                                         "(?, ?, ?, ?, (SELECT COALESCE(MAX(position), 0) + 1 FROM departments)) RETURNING id"_s,
                                         {d.code, d.name, nullableId(d.headId), d.active ? 1 : 0}));
        if (!made)
            return made.error();
        id = *made;
    } else {
        CRM_TRY(m_db.exec(u"UPDATE departments SET name = ?, head_id = ?, active = ? WHERE id = ?"_s,
                          {d.name, nullableId(d.headId), d.active ? 1 : 0, id}));
        CRM_TRY(m_db.exec(u"DELETE FROM department_members WHERE department_id = ?"_s, {id}));
    }
    for (qint64 user : d.members)
        CRM_TRY(m_db.exec(u"INSERT INTO department_members(department_id, user_id) VALUES (?, ?)"_s, {id, user}));
    return id;
}

Result<QList<FeedbackCategory>> FeedbackRepository::categories()
{
    auto q = m_db.exec(u"SELECT code, name, COALESCE(department_id, 0), answer_hours, resolve_hours, clock, inform, active "
                       "FROM feedback_categories ORDER BY position, code"_s);
    if (!q)
        return q.error();
    QList<FeedbackCategory> out;
    while (q->next())
        out << FeedbackCategory{q->value(0).toString(),   q->value(1).toString(),  q->value(2).toLongLong(),
                                q->value(3).toInt(),      q->value(4).toInt(),     q->value(5).toString(),
                                q->value(6).toInt() != 0, q->value(7).toInt() != 0};
    return out;
}

Status FeedbackRepository::saveCategory(const FeedbackCategory &c, bool isNew)
{
    const QVariantList values{c.name,  nullableId(c.departmentId), c.answerHours,    c.resolveHours,
                              c.clock, c.inform ? 1 : 0,           c.active ? 1 : 0, c.code};
    if (isNew)
        return statusOf(m_db.exec(
            u"INSERT INTO feedback_categories(name, department_id, answer_hours, resolve_hours, clock, inform, active, "
            "code, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, (SELECT COALESCE(MAX(position), 0) + 1 FROM feedback_categories))"_s,
            values));
    return statusOf(
        m_db.exec(u"UPDATE feedback_categories SET name = ?, department_id = ?, answer_hours = ?, resolve_hours = ?, clock = ?, "
                  "inform = ?, active = ? WHERE code = ?"_s,
                  values));
}

Result<QList<qint64>> FeedbackRepository::departmentsOf(qint64 userId)
{
    auto q = m_db.exec(u"SELECT department_id FROM department_members WHERE user_id = ? "
                       "UNION SELECT id FROM departments WHERE head_id = ?"_s,
                       {userId, userId});
    if (!q)
        return q.error();
    QList<qint64> out;
    while (q->next())
        out << q->value(0).toLongLong();
    return out;
}

Result<qint64> FeedbackRepository::insert(const NewFeedbackItem &i)
{
    return returnedId(m_db.exec(
        u"INSERT INTO feedback_items(customer_id, vehicle_id, category, text, source, source_id, call_id, department_id, "
        "owner_id, taken_by, praised, status, clock, received_at, answer_warn_at, answer_due_at, resolve_warn_at, "
        "resolve_due_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, ?, ?, ?, ?) RETURNING id"_s,
        {i.customerId, nullableId(i.vehicleId), i.category, i.text, i.source, nullableId(i.sourceId), nullableId(i.callId),
         nullableId(i.departmentId), nullableId(i.ownerId), nullableId(i.takenBy), Database::text(i.praised), i.clock,
         i.receivedAt, Database::optional(i.answerWarnAt), Database::optional(i.answerDueAt), Database::optional(i.resolveWarnAt),
         Database::optional(i.resolveDueAt)}));
}

Result<std::optional<FeedbackItemRow>> FeedbackRepository::one(const QString &where, qint64 value)
{
    auto q = m_db.exec(kSelect + where, {value});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<FeedbackItemRow>();
    return std::optional<FeedbackItemRow>(itemFrom(*q));
}

Result<std::optional<FeedbackItemRow>> FeedbackRepository::byId(qint64 id)
{
    return one(u"WHERE i.id = ?"_s, id);
}

Result<std::optional<FeedbackItemRow>> FeedbackRepository::byTask(qint64 informTaskId)
{
    return one(u"WHERE i.inform_task_id = ?"_s, informTaskId);
}

Result<QList<FeedbackItemRow>> FeedbackRepository::list(const FeedbackFilter &f)
{
    QVariantList args;
    QString where = whereOf(f, args);
    if (f.beforeId) {
        where += (where.isEmpty() ? u" WHERE "_s : u" AND "_s) + u"i.id < ?"_s;
        args << f.beforeId;
    }
    // Open and overdue lists walk the partial index feedback_items_open (its predicate is written
    // in whereOf exactly as in the migration); closed or all items walk the table in id order.
    auto q = m_db.exec(kSelect + where + u" ORDER BY i.id DESC LIMIT "_s + QString::number(std::max(1, f.limit)), args);
    if (!q)
        return q.error();
    QList<FeedbackItemRow> out;
    while (q->next())
        out << itemFrom(*q);
    return out;
}

Result<qint64> FeedbackRepository::count(const FeedbackFilter &f)
{
    QVariantList args;
    const QString where = whereOf(f, args);
    auto n = m_db.scalar(u"SELECT COUNT(*) FROM feedback_items i"_s + where, args);
    if (!n)
        return n.error();
    return n->toLongLong();
}

Result<bool> FeedbackRepository::change(qint64 id, int version, const FeedbackChange &c)
{
    QStringList sets{u"version = version + 1"_s};
    QVariantList args;
    auto set = [&](const char *column, const QVariant &v) {
        sets << QString::fromLatin1(column) + u" = ?"_s;
        args << v;
    };
    if (c.status)
        set("status", *c.status);
    if (c.departmentId)
        set("department_id", nullableId(*c.departmentId));
    if (c.ownerId)
        set("owner_id", nullableId(*c.ownerId));
    if (c.answeredAt)
        set("answered_at", Database::optional(*c.answeredAt));
    if (c.answer)
        set("answer", *c.answer);
    if (c.resolvedAt)
        set("resolved_at", Database::optional(*c.resolvedAt));
    if (c.result)
        set("result", *c.result);
    if (c.closedAt)
        set("closed_at", Database::optional(*c.closedAt));
    if (c.praised)
        set("praised", *c.praised);
    if (c.workMinutes)
        set("work_minutes", *c.workMinutes);
    if (c.informTaskId)
        set("inform_task_id", nullableId(*c.informTaskId));
    if (c.complaintId)
        set("complaint_id", nullableId(*c.complaintId));
    if (c.leadId)
        set("lead_id", nullableId(*c.leadId));
    args << id << version;
    return changedOne(m_db.exec(u"UPDATE feedback_items SET "_s + sets.join(u", "_s) + u" WHERE id = ? AND version = ?"_s, args));
}

Status FeedbackRepository::addEvent(qint64 id, const QString &at, const QString &username, const QString &action,
                                    const QString &note)
{
    return statusOf(m_db.exec(u"INSERT INTO feedback_events(item_id, at, username, action, note) VALUES (?, ?, ?, ?, ?)"_s,
                              {id, at, username, action, Database::text(note)}));
}

Result<QList<FeedbackEvent>> FeedbackRepository::events(qint64 id)
{
    auto q = m_db.exec(u"SELECT at, username, "_s + personOf(u"feedback_events.username"_s) +
                           u", action, note FROM feedback_events WHERE item_id = ? ORDER BY at, id"_s,
                       {id});
    if (!q)
        return q.error();
    QList<FeedbackEvent> out;
    while (q->next())
        out << FeedbackEvent{fromStoredUtc(q->value(0).toString()), q->value(1).toString(), q->value(2).toString(),
                             q->value(3).toString(), q->value(4).toString()};
    return out;
}

Result<QList<FeedbackRepository::Due>> FeedbackRepository::dueReminders(const QString &nowUtc)
{
    // Four arms, each one index range of open items; the reminder row already raised drops it.
    auto q = m_db.exec(u"SELECT i.id, x.deadline, x.kind FROM feedback_items i JOIN ("
                       " SELECT 'answer' AS deadline, 'warning' AS kind UNION ALL SELECT 'answer', 'overdue' UNION ALL "
                       " SELECT 'resolve', 'warning' UNION ALL SELECT 'resolve', 'overdue') x ON 1 = 1 "
                       "WHERE i.status IN ('open', 'answered') AND ((x.deadline = 'answer' AND i.answered_at IS NULL AND "
                       "   ((x.kind = 'warning' AND i.answer_warn_at <= ?) OR (x.kind = 'overdue' AND i.answer_due_at <= ?))) "
                       " OR (x.deadline = 'resolve' AND i.resolved_at IS NULL AND "
                       "   ((x.kind = 'warning' AND i.resolve_warn_at <= ?) OR (x.kind = 'overdue' AND i.resolve_due_at <= ?)))) "
                       "AND NOT EXISTS (SELECT 1 FROM feedback_reminders r WHERE r.item_id = i.id AND r.deadline = x.deadline "
                       " AND r.kind = x.kind) ORDER BY i.id"_s,
                       {nowUtc, nowUtc, nowUtc, nowUtc});
    if (!q)
        return q.error();
    QList<Due> out;
    while (q->next())
        out << Due{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString()};
    return out;
}

Result<bool> FeedbackRepository::addReminder(qint64 id, const QString &deadline, const QString &kind, const QString &at)
{
    return changedOne(m_db.exec(u"INSERT INTO feedback_reminders(item_id, deadline, kind, raised_at) VALUES (?, ?, ?, ?) "
                                "ON CONFLICT(item_id, deadline, kind) DO NOTHING"_s,
                                {id, deadline, kind, at}));
}

Result<QList<qint64>> FeedbackRepository::informingEnded()
{
    auto q = m_db.exec(u"SELECT i.id FROM feedback_items i JOIN followup_tasks t ON t.id = i.inform_task_id "
                       "WHERE i.status = 'informing' AND t.status IN ('expired', 'cancelled', 'unreachable') ORDER BY i.id"_s);
    if (!q)
        return q.error();
    QList<qint64> out;
    while (q->next())
        out << q->value(0).toLongLong();
    return out;
}

} // namespace crm::data
