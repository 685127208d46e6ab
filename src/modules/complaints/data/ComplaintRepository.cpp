#include "complaints/data/ComplaintRepository.h"

#include "core/Clock.h"
#include "data/Rows.h"

using namespace Qt::StringLiterals;

namespace crm::data {
namespace {
QVariant utc(const QDateTime &t)
{
    return t.isValid() ? QVariant(toStoredUtc(t)) : QVariant(QMetaType(QMetaType::QString));
}
QDateTime utcOf(const QVariant &v)
{
    return v.isNull() || v.toString().isEmpty() ? QDateTime() : fromStoredUtc(v.toString());
}
QVariant id(qint64 v)
{
    return v ? QVariant(v) : QVariant(QMetaType(QMetaType::LongLong));
}

const QString kColumns =
    u"SELECT c.id, c.number, c.customer_id, c.vehicle_id, c.channel, c.category, c.quality, c.level, c.oem_ticket, "
    u"c.description, "
    "c.demand, c.status, c.department, c.responsible, c.assigned_to, c.root_cause, c.solution, c.compensation_fen, "
    "c.customer_reply, "
    "c.accepted, c.invalid_reason, c.parent_id, c.call_id, c.registered_at, c.responded_at, c.reported_at, c.closed_at, "
    "c.paused_since, "
    "c.extend_response_min, c.extend_report_min, c.extend_close_min, c.version, "_s +
    personOf(u"c.created_by"_s) +
    u", c.updated_at, "
    "cu.name, CASE WHEN v.id IS NULL THEN '' ELSE v.model || ' ' || v.plate END, u.display_name, p.number, "
    "c.oem_reply_due, c.oem_close_due "
    "FROM complaints c JOIN customers cu ON cu.id = c.customer_id LEFT JOIN vehicles v ON v.id = c.vehicle_id "
    "LEFT JOIN users u ON u.id = c.assigned_to LEFT JOIN complaints p ON p.id = c.parent_id "_s;

ComplaintRow rowFrom(const QSqlQuery &q)
{
    ComplaintRow c;
    int i = 0;
    c.id = q.value(i++).toLongLong();
    c.number = q.value(i++).toString();
    c.customerId = q.value(i++).toLongLong();
    c.vehicleId = q.value(i++).toLongLong();
    c.channel = q.value(i++).toString();
    c.category = q.value(i++).toString();
    c.quality = q.value(i++).toInt() != 0;
    c.level = q.value(i++).toString();
    c.oemTicket = q.value(i++).toString();
    c.description = q.value(i++).toString();
    c.demand = q.value(i++).toString();
    c.status = q.value(i++).toString();
    c.department = q.value(i++).toString();
    c.responsible = q.value(i++).toString();
    c.assignedTo = q.value(i++).toLongLong();
    c.rootCause = q.value(i++).toString();
    c.solution = q.value(i++).toString();
    c.compensationFen = q.value(i++).toLongLong();
    c.customerReply = q.value(i++).toString();
    const QVariant accepted = q.value(i++);
    if (!accepted.isNull())
        c.accepted = accepted.toInt() != 0;
    c.invalidReason = q.value(i++).toString();
    c.parentId = q.value(i++).toLongLong();
    c.callId = q.value(i++).toLongLong();
    c.registeredAt = utcOf(q.value(i++));
    c.respondedAt = utcOf(q.value(i++));
    c.reportedAt = utcOf(q.value(i++));
    c.closedAt = utcOf(q.value(i++));
    c.pausedSince = utcOf(q.value(i++));
    c.extendResponseMin = q.value(i++).toLongLong();
    c.extendReportMin = q.value(i++).toLongLong();
    c.extendCloseMin = q.value(i++).toLongLong();
    c.version = q.value(i++).toInt();
    c.createdBy = q.value(i++).toString();
    c.updatedAt = utcOf(q.value(i++));
    c.customerName = q.value(i++).toString();
    c.vehicle = q.value(i++).toString().trimmed();
    c.assignedName = q.value(i++).toString();
    c.parentNumber = q.value(i++).toString();
    c.oemReplyDue = utcOf(q.value(i++));
    c.oemCloseDue = utcOf(q.value(i++));
    return c;
}
} // namespace

Result<int> ComplaintRepository::nextSerial(const QString &yearMonth)
{
    // One statement that both creates and increments: the row lock (PostgreSQL) or the write
    // transaction (SQLite, BEGIN IMMEDIATE) makes a second desk wait, then draw the next one.
    auto q = m_db.exec(u"INSERT INTO complaint_serials(month, last) VALUES (?, 1) "
                       "ON CONFLICT(month) DO UPDATE SET last = complaint_serials.last + 1 RETURNING last"_s,
                       {yearMonth});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::database(u"no serial returned"_s, {});
    return q->value(0).toInt();
}

Result<qint64> ComplaintRepository::insert(const ComplaintRow &c)
{
    auto q = m_db.exec(u"INSERT INTO complaints(number, customer_id, vehicle_id, channel, category, quality, level, oem_ticket, "
                       u"description, demand, "
                       "status, parent_id, call_id, registered_at, created_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "?, ?, ?, ?, ?, ?) "
                       "RETURNING id"_s,
                       {c.number, c.customerId, id(c.vehicleId), c.channel, c.category, c.quality ? 1 : 0, c.level,
                        Database::text(c.oemTicket), c.description, Database::text(c.demand), c.status, id(c.parentId),
                        id(c.callId), toStoredUtc(c.registeredAt), c.createdBy, toStoredUtc(c.updatedAt)});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::database(u"no id returned for the complaint"_s, {});
    return q->value(0).toLongLong();
}

Result<std::optional<ComplaintRow>> ComplaintRepository::byId(qint64 complaintId)
{
    auto q = m_db.exec(kColumns + u"WHERE c.id = ?"_s, {complaintId});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<ComplaintRow>();
    return std::optional<ComplaintRow>(rowFrom(*q));
}

Result<bool> ComplaintRepository::update(const ComplaintRow &c, int expectedVersion)
{
    return changedOne(
        m_db.exec(u"UPDATE complaints SET vehicle_id = ?, channel = ?, category = ?, quality = ?, level = ?, oem_ticket = ?, "
                  u"description = ?, "
                  "demand = ?, status = ?, department = ?, responsible = ?, assigned_to = ?, root_cause = ?, solution = ?, "
                  "compensation_fen = ?, "
                  "customer_reply = ?, accepted = ?, invalid_reason = ?, responded_at = ?, reported_at = ?, closed_at = ?, "
                  "paused_since = ?, "
                  "extend_response_min = ?, extend_report_min = ?, extend_close_min = ?, updated_at = ?, version = version + 1 "
                  "WHERE id = ? AND version = ?"_s,
                  {id(c.vehicleId),
                   c.channel,
                   c.category,
                   c.quality ? 1 : 0,
                   c.level,
                   Database::text(c.oemTicket),
                   c.description,
                   Database::text(c.demand),
                   c.status,
                   Database::text(c.department),
                   Database::text(c.responsible),
                   id(c.assignedTo),
                   Database::text(c.rootCause),
                   Database::text(c.solution),
                   c.compensationFen,
                   Database::text(c.customerReply),
                   c.accepted ? QVariant(*c.accepted ? 1 : 0) : QVariant(QMetaType(QMetaType::Int)),
                   Database::text(c.invalidReason),
                   utc(c.respondedAt),
                   utc(c.reportedAt),
                   utc(c.closedAt),
                   utc(c.pausedSince),
                   c.extendResponseMin,
                   c.extendReportMin,
                   c.extendCloseMin,
                   toStoredUtc(c.updatedAt),
                   c.id,
                   expectedVersion}));
}

Result<QList<ComplaintRow>> ComplaintRepository::list(const ComplaintFilter &f, int limit)
{
    QStringList where{u"1 = 1"_s};
    QVariantList binds;
    if (f.from.isValid()) {
        where << u"c.registered_at >= ?"_s;
        binds << toStoredUtc(QDateTime(f.from, QTime(0, 0)).toUTC());
    }
    if (f.to.isValid()) {
        where << u"c.registered_at < ?"_s;
        binds << toStoredUtc(QDateTime(f.to.addDays(1), QTime(0, 0)).toUTC());
    }
    if (f.state == u"open"_s)
        where << u"c.status NOT IN ('closed', 'invalid')"_s;
    else if (f.state == u"closed"_s)
        where << u"c.status IN ('closed', 'invalid')"_s;
    if (!f.level.isEmpty()) {
        where << u"c.level = ?"_s;
        binds << f.level;
    }
    if (!f.category.isEmpty()) {
        where << u"c.category = ?"_s;
        binds << f.category;
    }
    if (f.customerId) {
        where << u"c.customer_id = ?"_s;
        binds << f.customerId;
    }
    if (!f.text.trimmed().isEmpty()) {
        where << u"(c.number LIKE ? OR cu.name LIKE ?)"_s;
        QString t = f.text.trimmed();
        t.replace(u'%', QString()).replace(u'_', QString());
        binds << t + u'%' << t + u'%';
    }
    binds << limit;
    auto q = m_db.exec(kColumns + u"WHERE "_s + where.join(u" AND "_s) + u" ORDER BY c.registered_at DESC, c.id DESC LIMIT ?"_s,
                       binds);
    if (!q)
        return q.error();
    QList<ComplaintRow> out;
    while (q->next())
        out << rowFrom(*q);
    return out;
}

Status ComplaintRepository::addEvent(qint64 complaintId, const ComplaintEvent &e)
{
    auto q = m_db.exec(u"INSERT INTO complaint_events(complaint_id, at, username, action, from_status, to_status, note) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                       {complaintId, toStoredUtc(e.at), e.username, e.action, Database::text(e.fromStatus),
                        Database::text(e.toStatus), Database::text(e.note)});
    if (!q)
        return q.error();
    return {};
}

Result<QList<qint64>> ComplaintRepository::linkedIds(qint64 complaintId)
{
    auto q = m_db.exec(u"SELECT id FROM complaints WHERE parent_id = ? ORDER BY id"_s, {complaintId});
    if (!q)
        return q.error();
    QList<qint64> out;
    while (q->next())
        out << q->value(0).toLongLong();
    return out;
}

Status ComplaintRepository::linkDocument(qint64 complaintId, qint64 documentId)
{
    CRM_TRY(m_db.exec(u"INSERT INTO complaint_documents(complaint_id, document_id) VALUES (?, ?) ON CONFLICT DO NOTHING"_s,
                      {complaintId, documentId}));
    return {};
}

Result<QList<std::tuple<qint64, QString, QString>>> ComplaintRepository::documents(qint64 complaintId)
{
    auto q =
        m_db.exec(u"SELECT d.id, d.file_name, d.created_at FROM complaint_documents l JOIN documents d ON d.id = l.document_id "
                  "WHERE l.complaint_id = ? AND d.deleted_at IS NULL ORDER BY d.id"_s,
                  {complaintId});
    if (!q)
        return q.error();
    QList<std::tuple<qint64, QString, QString>> out;
    while (q->next())
        out << std::make_tuple(q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString());
    return out;
}

Result<QList<ComplaintEvent>> ComplaintRepository::events(qint64 complaintId)
{
    auto q = m_db.exec(u"SELECT at, %1, action, from_status, to_status, note FROM complaint_events WHERE complaint_id = ? "
                       "ORDER BY at, id"_s.arg(personOf(u"complaint_events.username"_s)),
                       {complaintId});
    if (!q)
        return q.error();
    QList<ComplaintEvent> out;
    while (q->next())
        out << ComplaintEvent{utcOf(q->value(0)),     q->value(1).toString(), q->value(2).toString(),
                              q->value(3).toString(), q->value(4).toString(), q->value(5).toString()};
    return out;
}

Status ComplaintRepository::openPause(qint64 complaintId, const QDateTime &at)
{
    auto q = m_db.exec(u"INSERT INTO complaint_pauses(complaint_id, from_at) VALUES (?, ?)"_s, {complaintId, toStoredUtc(at)});
    if (!q)
        return q.error();
    return {};
}

Status ComplaintRepository::closePause(qint64 complaintId, const QDateTime &at)
{
    auto q = m_db.exec(u"UPDATE complaint_pauses SET to_at = ? WHERE complaint_id = ? AND to_at IS NULL"_s,
                       {toStoredUtc(at), complaintId});
    if (!q)
        return q.error();
    return {};
}

Result<QList<calendar::Interval>> ComplaintRepository::pauses(qint64 complaintId)
{
    auto q = m_db.exec(u"SELECT from_at, to_at FROM complaint_pauses WHERE complaint_id = ? ORDER BY from_at"_s, {complaintId});
    if (!q)
        return q.error();
    QList<calendar::Interval> out;
    while (q->next())
        out << calendar::Interval{utcOf(q->value(0)), utcOf(q->value(1))};
    return out;
}

Result<QHash<qint64, QList<calendar::Interval>>> ComplaintRepository::pausesOf(const QList<qint64> &complaintIds)
{
    QHash<qint64, QList<calendar::Interval>> out;
    CRM_TRY(overInList(m_db,
                       u"SELECT complaint_id, from_at, to_at FROM complaint_pauses WHERE complaint_id IN (%1) "
                       "ORDER BY complaint_id, from_at"_s,
                       variants(complaintIds), [&out](const QSqlQuery &q) {
                           out[q.value(0).toLongLong()] << calendar::Interval{utcOf(q.value(1)), utcOf(q.value(2))};
                       }));
    return out;
}

Result<bool> ComplaintRepository::addReminder(qint64 complaintId, const QString &deadline, const QString &kind,
                                              const QDateTime &at)
{
    auto q = m_db.exec(u"INSERT INTO complaint_reminders(complaint_id, deadline, kind, raised_at) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT(complaint_id, deadline, kind) DO NOTHING RETURNING id"_s,
                       {complaintId, deadline, kind, toStoredUtc(at)});
    if (!q)
        return q.error();
    return q->next();
}

Result<QList<QPair<QString, QString>>> ComplaintRepository::reminders(qint64 complaintId)
{
    auto q =
        m_db.exec(u"SELECT deadline, kind FROM complaint_reminders WHERE complaint_id = ? ORDER BY raised_at"_s, {complaintId});
    if (!q)
        return q.error();
    QList<QPair<QString, QString>> out;
    while (q->next())
        out << qMakePair(q->value(0).toString(), q->value(1).toString());
    return out;
}

Result<QList<calendar::DayOverride>> ComplaintRepository::calendarDays()
{
    auto q = m_db.exec(u"SELECT day, working, name FROM work_calendar ORDER BY day"_s);
    if (!q)
        return q.error();
    QList<calendar::DayOverride> out;
    while (q->next())
        out << calendar::DayOverride{QDate::fromString(q->value(0).toString(), Qt::ISODate), q->value(1).toInt() != 0,
                                     q->value(2).toString()};
    return out;
}

Status ComplaintRepository::setCalendarDay(const calendar::DayOverride &d, const QString &by, const QDateTime &at)
{
    auto q = m_db.exec(
        u"INSERT INTO work_calendar(day, working, name, updated_by, updated_at) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT(day) DO UPDATE SET working = excluded.working, name = excluded.name, updated_by = excluded.updated_by, "
        "updated_at = excluded.updated_at"_s,
        {d.day.toString(Qt::ISODate), d.working ? 1 : 0, Database::text(d.name), by, toStoredUtc(at)});
    if (!q)
        return q.error();
    return {};
}

Result<std::optional<qint64>> ComplaintRepository::byOemTicket(const QString &ticket)
{
    auto q = m_db.exec(u"SELECT MIN(id) FROM complaints WHERE oem_ticket = ? AND oem_ticket <> ''"_s, {ticket});
    if (!q)
        return q.error();
    if (!q->next() || q->value(0).isNull())
        return std::optional<qint64>();
    return std::optional<qint64>(q->value(0).toLongLong());
}

Status ComplaintRepository::setOemDeadlines(qint64 id, const QDateTime &replyDue, const QDateTime &closeDue)
{
    CRM_TRY(m_db.exec(u"UPDATE complaints SET oem_reply_due = ?, oem_close_due = ? WHERE id = ?"_s,
                      {replyDue.isValid() ? QVariant(toStoredUtc(replyDue)) : QVariant(QMetaType(QMetaType::QString)),
                       closeDue.isValid() ? QVariant(toStoredUtc(closeDue)) : QVariant(QMetaType(QMetaType::QString)), id}));
    return {};
}

} // namespace crm::data
