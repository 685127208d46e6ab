#pragma once
#include "core/WorkCalendar.h"
#include "data/Database.h"

#include <tuple>

#include <optional>

namespace crm::data {

struct ComplaintRow {
    qint64 id = 0;
    QString number;
    qint64 customerId = 0;
    qint64 vehicleId = 0;
    QString channel;
    QString category;
    bool quality = false;
    QString level;
    QString oemTicket;
    QDateTime oemReplyDue, oemCloseDue; // UTC: the manufacturer's deadlines of a hotline ticket (invalid: none)
    QString description;
    QString demand;
    QString status = QStringLiteral("registered");
    QString department;
    QString responsible;
    qint64 assignedTo = 0;
    QString rootCause;
    QString solution;
    qint64 compensationFen = 0;
    QString customerReply;
    std::optional<bool> accepted;
    QString invalidReason;
    qint64 parentId = 0;
    qint64 callId = 0;
    QDateTime registeredAt; // UTC
    QDateTime respondedAt;
    QDateTime reportedAt;
    QDateTime closedAt;
    QDateTime pausedSince;
    qint64 extendResponseMin = 0;
    qint64 extendReportMin = 0;
    qint64 extendCloseMin = 0;
    int version = 1;
    QString createdBy;
    QDateTime updatedAt;
    // joined, read-only
    QString customerName;
    QString vehicle;
    QString assignedName;
    QString parentNumber;
};

struct ComplaintEvent {
    QDateTime at; // UTC
    QString username;
    QString action; // register, a step id, pause, resume, extend, remind, edit, reopen
    QString fromStatus;
    QString toStatus;
    QString note;
};

struct ComplaintFilter {
    QDate from;    // registered on or after (local day); invalid = any
    QDate to;      // registered on or before
    QString state; // "open", "closed" (closed or invalid), or empty = all
    QString level;
    QString category;
    QString text; // number or customer name, prefix
    qint64 customerId = 0;
};

// Complaints with their events, pauses and reminders; the monthly serials; the holiday rows.
class ComplaintRepository {
public:
    explicit ComplaintRepository(Database &db) : m_db(db) {}
    // The case a manufacturer's hotline ticket already became (their number is on it), if any.
    Result<std::optional<qint64>> byOemTicket(const QString &ticket);
    // The manufacturer's own deadlines for a ticket's case (UTC; invalid: none given).
    Status setOemDeadlines(qint64 id, const QDateTime &replyDue, const QDateTime &closeDue);

    // Draws the next serial of the month (call inside the registering transaction).
    Result<int> nextSerial(const QString &yearMonth);
    Result<qint64> insert(const ComplaintRow &c);
    Result<std::optional<ComplaintRow>> byId(qint64 id);
    // Writes every editable field and the timestamps when the row still has `expectedVersion`;
    // the version goes up by one. False when someone saved in between.
    Result<bool> update(const ComplaintRow &c, int expectedVersion);
    Result<QList<ComplaintRow>> list(const ComplaintFilter &f, int limit);

    Status addEvent(qint64 complaintId, const ComplaintEvent &e);
    Result<QList<ComplaintEvent>> events(qint64 complaintId);
    // Complaints opened as follow-ups of this one (parent_id), oldest first.
    Result<QList<qint64>> linkedIds(qint64 complaintId);
    // Links a filed document (archives' `documents`) to the complaint; once.
    Status linkDocument(qint64 complaintId, qint64 documentId);
    // The live documents linked: (document id, file name, created at UTC).
    Result<QList<std::tuple<qint64, QString, QString>>> documents(qint64 complaintId);
    Status openPause(qint64 complaintId, const QDateTime &at);
    Status closePause(qint64 complaintId, const QDateTime &at);
    // UTC intervals; an open pause has an invalid `to`.
    Result<QList<calendar::Interval>> pauses(qint64 complaintId);
    // The pauses of many complaints in a few statements (the statistics' closed cases).
    Result<QHash<qint64, QList<calendar::Interval>>> pausesOf(const QList<qint64> &complaintIds);
    // True when this reminder is new (each is raised once).
    Result<bool> addReminder(qint64 complaintId, const QString &deadline, const QString &kind, const QDateTime &at);
    Result<QList<QPair<QString, QString>>> reminders(qint64 complaintId); // (deadline, kind)

    Result<QList<calendar::DayOverride>> calendarDays();
    Status setCalendarDay(const calendar::DayOverride &d, const QString &by, const QDateTime &at);

private:
    Database &m_db;
};

} // namespace crm::data
