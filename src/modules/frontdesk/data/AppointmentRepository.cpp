#include "frontdesk/data/AppointmentRepository.h"

#include "core/Clock.h"
#include "data/Rows.h"

#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace crm::data {
namespace {
const QString kLocal = u"yyyy-MM-ddTHH:mm"_s;
const QString kLive = u"('booked', 'confirmed', 'arrived', 'completed')"_s;

const QString kColumns =
    u"SELECT a.id, a.customer_id, a.vehicle_id, a.call_id, a.scheduled_at, a.slot_minutes, a.service_kind, a.labour_minutes, "
    "a.advisor, a.source, a.notes, a.status, a.reason, a.overridden, a.rescheduled_to, a.visit_id, a.created_by, "
    "a.created_at, a.version, c.name AS customer_name, c.mobile, v.model, v.plate "
    "FROM appointments a JOIN customers c ON c.id = a.customer_id LEFT JOIN vehicles v ON v.id = a.vehicle_id "_s;

// The columns by name, looked up once per statement: QSqlQuery::value(name) builds a record
// per call, and on PostgreSQL that made the day view ten times its query.
struct Columns {
    explicit Columns(const QSqlRecord &r)
    {
        for (const char *name : kNames)
            at.insert(QString::fromLatin1(name), r.indexOf(QString::fromLatin1(name)));
    }
    QVariant operator()(const QSqlQuery &q, const char *name) const { return q.value(at.value(QString::fromLatin1(name))); }
    static constexpr const char *kNames[] = {"id",           "customer_id",  "vehicle_id",     "call_id",    "scheduled_at",
                                             "slot_minutes", "service_kind", "labour_minutes", "advisor",    "source",
                                             "notes",        "status",       "reason",         "overridden", "rescheduled_to",
                                             "visit_id",     "created_by",   "created_at",     "version",    "customer_name",
                                             "mobile",       "model",        "plate"};
    QHash<QString, int> at;
};

Appointment appointmentOf(const QSqlQuery &q, const Columns &c)
{
    Appointment a;
    a.id = c(q, "id").toLongLong();
    a.customerId = c(q, "customer_id").toLongLong();
    a.vehicleId = c(q, "vehicle_id").toLongLong();
    a.callId = c(q, "call_id").toLongLong();
    a.scheduledAt = QDateTime::fromString(c(q, "scheduled_at").toString(), kLocal);
    a.slotMinutes = c(q, "slot_minutes").toInt();
    a.jobType = c(q, "service_kind").toString();
    a.labourMinutes = c(q, "labour_minutes").toInt();
    a.advisor = c(q, "advisor").toString();
    a.source = c(q, "source").toString();
    a.notes = c(q, "notes").toString();
    a.status = c(q, "status").toString();
    a.reason = c(q, "reason").toString();
    a.overridden = c(q, "overridden").toInt() != 0;
    a.rescheduledTo = c(q, "rescheduled_to").toLongLong();
    a.visitId = c(q, "visit_id").toLongLong();
    a.createdBy = c(q, "created_by").toString();
    a.createdAt = fromStoredUtc(c(q, "created_at").toString());
    a.version = c(q, "version").toInt();
    a.customerName = c(q, "customer_name").toString();
    a.mobile = c(q, "mobile").toString();
    a.plate = c(q, "plate").toString();
    const QString model = c(q, "model").toString();
    a.vehicle = model.isEmpty() ? a.plate : a.plate.isEmpty() ? model : model + u' ' + a.plate;
    return a;
}

QString placeholders(qsizetype n)
{
    QStringList marks(n, u"?"_s);
    return marks.join(u", "_s);
}

QString dayFrom(const QDate &d)
{
    return d.toString(Qt::ISODate);
}
QString dayAfter(const QDate &d)
{
    return d.addDays(1).toString(Qt::ISODate);
}
} // namespace

Result<QList<Appointment>> AppointmentRepository::read(const QString &where, const QVariantList &binds)
{
    auto q = m_db.exec(kColumns + where, binds);
    if (!q)
        return q.error();
    const Columns columns(q->record());
    QList<Appointment> out;
    while (q->next())
        out << appointmentOf(*q, columns);
    return out;
}

Result<qint64> AppointmentRepository::insert(const Appointment &a, const QString &createdAt)
{
    return returnedId(m_db.exec(
        u"INSERT INTO appointments(customer_id, vehicle_id, call_id, scheduled_at, slot_minutes, service_kind, labour_minutes, "
        "advisor, source, notes, status, reason, overridden, created_by, created_at, updated_at, updated_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
        {a.customerId, nullableId(a.vehicleId), nullableId(a.callId), a.scheduledAt.toString(kLocal), a.slotMinutes, a.jobType,
         a.labourMinutes, Database::text(a.advisor), a.source, Database::text(a.notes), a.status, Database::text(a.reason),
         a.overridden ? 1 : 0, a.createdBy, createdAt, createdAt, a.createdBy}));
}

Result<std::optional<Appointment>> AppointmentRepository::byId(qint64 id)
{
    auto rows = read(u"WHERE a.id = ?"_s, {id});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<Appointment>();
    return std::optional<Appointment>(rows->first());
}

Result<QList<Appointment>> AppointmentRepository::between(const QDate &from, const QDate &to)
{
    return read(u"WHERE a.scheduled_at >= ? AND a.scheduled_at < ? ORDER BY a.scheduled_at, a.advisor, a.id"_s,
                {dayFrom(from), dayAfter(to)});
}

Result<QList<Appointment>> AppointmentRepository::ofCustomer(qint64 customerId, int limit)
{
    return read(u"WHERE a.customer_id = ? ORDER BY a.scheduled_at DESC, a.id DESC LIMIT ?"_s, {customerId, limit});
}

Result<BookLoad> AppointmentRepository::load(const QDate &day)
{
    auto q = m_db.exec(u"SELECT slot, booked, labour_minutes FROM appointment_load WHERE day = ?"_s, {dayFrom(day)});
    if (!q)
        return q.error();
    BookLoad out;
    while (q->next()) {
        const QString slot = q->value(0).toString();
        if (slot.isEmpty()) {
            out.booked = q->value(1).toInt();
            out.labourMinutes = q->value(2).toInt();
        } else {
            out.perSlot.insert(slot, q->value(1).toInt());
        }
    }
    return out;
}

Result<int> AppointmentRepository::advisorMinutes(const QDate &day, const QString &advisor)
{
    auto q = m_db.exec(u"SELECT COALESCE(SUM(labour_minutes), 0) FROM appointments WHERE scheduled_at >= ? AND "
                       "scheduled_at < ? AND advisor = ? AND status IN "_s +
                           kLive,
                       {dayFrom(day), dayAfter(day), advisor});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

Result<bool> AppointmentRepository::takeDay(const QDate &day, int labourMinutes, int labourCap)
{
    CRM_TRY(m_db.exec(u"INSERT INTO appointment_load(day, slot, booked, labour_minutes) VALUES (?, '', 0, 0) "
                      "ON CONFLICT (day, slot) DO NOTHING"_s,
                      {dayFrom(day)}));
    return changedOne(m_db.exec(u"UPDATE appointment_load SET booked = booked + 1, labour_minutes = labour_minutes + ? "
                                "WHERE day = ? AND slot = '' AND (? < 0 OR labour_minutes + ? <= ?)"_s,
                                {labourMinutes, dayFrom(day), labourCap, labourMinutes, labourCap}));
}

Result<bool> AppointmentRepository::takeSlot(const QDate &day, const QString &slot, int slotCap)
{
    CRM_TRY(m_db.exec(u"INSERT INTO appointment_load(day, slot, booked, labour_minutes) VALUES (?, ?, 0, 0) "
                      "ON CONFLICT (day, slot) DO NOTHING"_s,
                      {dayFrom(day), slot}));
    return changedOne(
        m_db.exec(u"UPDATE appointment_load SET booked = booked + 1 WHERE day = ? AND slot = ? AND (? < 0 OR booked < ?)"_s,
                  {dayFrom(day), slot, slotCap, slotCap}));
}

Status AppointmentRepository::release(const QDate &day, const QString &slot, int labourMinutes)
{
    CRM_TRY(m_db.exec(u"UPDATE appointment_load SET booked = booked - 1, labour_minutes = CASE WHEN labour_minutes > ? "
                      "THEN labour_minutes - ? ELSE 0 END WHERE day = ? AND slot = '' AND booked > 0"_s,
                      {labourMinutes, labourMinutes, dayFrom(day)}));
    CRM_TRY(m_db.exec(u"UPDATE appointment_load SET booked = booked - 1 WHERE day = ? AND slot = ? AND booked > 0"_s,
                      {dayFrom(day), slot}));
    return {};
}

Result<bool> AppointmentRepository::moveStatus(qint64 id, const QStringList &from, const QString &to, const QString &reason,
                                               const QString &at, const QString &by)
{
    QVariantList binds{to, Database::text(reason), Database::text(reason), to, at, at, by, id};
    for (const QString &s : from)
        binds << s;
    return changedOne(
        m_db.exec(u"UPDATE appointments SET status = ?, reason = CASE WHEN ? = '' THEN reason ELSE ? END, "
                  "confirmed_at = CASE WHEN ? = 'confirmed' THEN ? ELSE confirmed_at END, updated_at = ?, updated_by = ?, "
                  "version = version + 1 WHERE id = ? AND status IN (%1)"_s.arg(placeholders(from.size())),
                  binds));
}

Status AppointmentRepository::setRescheduledTo(qint64 id, qint64 newId)
{
    CRM_TRY(m_db.exec(u"UPDATE appointments SET rescheduled_to = ? WHERE id = ?"_s, {newId, id}));
    return {};
}

Result<bool> AppointmentRepository::arrive(qint64 id, const QStringList &from, qint64 visitId, const QString &at,
                                           const QString &by)
{
    QVariantList binds{nullableId(visitId), at, at, by, id};
    for (const QString &s : from)
        binds << s;
    return changedOne(
        m_db.exec(u"UPDATE appointments SET status = 'arrived', visit_id = ?, arrived_at = ?, updated_at = ?, "
                  "updated_by = ?, version = version + 1 WHERE id = ? AND status IN (%1)"_s.arg(placeholders(from.size())),
                  binds));
}

Status AppointmentRepository::addEvent(qint64 id, const QString &action, const QString &status, const QDateTime &scheduledAt,
                                       const QString &note, const QString &at, const QString &by)
{
    CRM_TRY(m_db.exec(u"INSERT INTO appointment_events(appointment_id, at, by_name, action, status, scheduled_at, note) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                      {id, at, by, action, status, scheduledAt.toString(kLocal), Database::text(note)}));
    return {};
}

Result<QList<AppointmentEvent>> AppointmentRepository::events(qint64 id)
{
    auto q = m_db.exec(u"SELECT e.at, %1 AS who, e.action, e.status, e.scheduled_at, e.note FROM appointment_events e "
                       "WHERE e.appointment_id = ? ORDER BY e.id"_s.arg(personOf(u"e.by_name"_s)),
                       {id});
    if (!q)
        return q.error();
    QList<AppointmentEvent> out;
    while (q->next())
        out << AppointmentEvent{fromStoredUtc(q->value(u"at"_s).toString()),
                                q->value(u"who"_s).toString(),
                                q->value(u"action"_s).toString(),
                                q->value(u"status"_s).toString(),
                                QDateTime::fromString(q->value(u"scheduled_at"_s).toString(), kLocal),
                                q->value(u"note"_s).toString()};
    return out;
}

Result<QList<Appointment>> AppointmentRepository::openBefore(const QDateTime &beforeLocal)
{
    return read(u"WHERE a.status IN ('booked', 'confirmed') AND a.scheduled_at < ? ORDER BY a.scheduled_at, a.id"_s,
                {beforeLocal.toString(kLocal)});
}

Result<QList<Appointment>> AppointmentRepository::openBetween(const QDate &from, const QDate &to)
{
    return read(u"WHERE a.status IN ('booked', 'confirmed') AND a.scheduled_at >= ? AND a.scheduled_at < ? "
                "ORDER BY a.scheduled_at, a.id"_s,
                {dayFrom(from), dayAfter(to)});
}

Result<QList<QPair<Appointment, VisitRef>>> AppointmentRepository::arrivalCandidates(const QDate &from, const QDate &to,
                                                                                     int windowDays)
{
    // Appointments of the days the visits can credit, joined to the vehicle's visits not yet
    // crediting one. The window test itself is the caller's (arrivalMatches), on dates.
    QString sql = kColumns;
    sql.replace(0, 7, u"SELECT s.id AS vid, s.visit_date, "_s); // "SELECT " and the visit's own two columns
    auto q = m_db.exec(sql + u"JOIN service_visits s ON s.vehicle_id = a.vehicle_id WHERE s.deleted_at IS NULL "
                             "AND s.visit_date >= ? AND s.visit_date <= ? "
                             "AND a.status IN ('booked', 'confirmed', 'no_show') AND a.scheduled_at >= ? AND a.scheduled_at < ? "
                             "AND NOT EXISTS (SELECT 1 FROM appointments x WHERE x.visit_id = s.id) "
                             "ORDER BY a.scheduled_at, a.id, s.visit_date, s.id"_s,
                       {dayFrom(from), dayFrom(to), dayFrom(from.addDays(-windowDays)), dayAfter(to.addDays(windowDays))});
    if (!q)
        return q.error();
    const Columns columns(q->record());
    const int vid = q->record().indexOf(u"vid"_s), visitDate = q->record().indexOf(u"visit_date"_s);
    QList<QPair<Appointment, VisitRef>> out;
    while (q->next())
        out << qMakePair(appointmentOf(*q, columns),
                         VisitRef{q->value(vid).toLongLong(), QDate::fromString(q->value(visitDate).toString(), Qt::ISODate)});
    return out;
}

Result<QList<Appointment>> AppointmentRepository::openOfVehicle(qint64 vehicleId, const QDate &from, const QDate &to)
{
    return read(u"WHERE a.vehicle_id = ? AND a.status IN ('booked', 'confirmed', 'no_show') AND a.scheduled_at >= ? AND "
                "a.scheduled_at < ? ORDER BY a.scheduled_at, a.id"_s,
                {vehicleId, dayFrom(from), dayAfter(to)});
}

Result<bool> AppointmentRepository::visitCredited(qint64 visitId)
{
    auto q = m_db.exec(u"SELECT 1 FROM appointments WHERE visit_id = ?"_s, {visitId});
    if (!q)
        return q.error();
    return q->next();
}

} // namespace crm::data
