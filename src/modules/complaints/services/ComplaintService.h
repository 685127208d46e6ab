#pragma once
#include "complaints/core/ComplaintRules.h"
#include "complaints/data/ComplaintRepository.h"
#include "services/Guard.h"

#include <QHash>

#include <functional>
#include <optional>

namespace crm::services {

namespace settings {
// Deadlines per level in working hours, and the warning share (ComplaintService::limits).
QString complaintLimitKey(const QString &level, complaints::DeadlineKind k);
// The clock a deadline counts on: an index into calendar::kClocks (default working days).
QString complaintClockKey(const QString &level, complaints::DeadlineKind k);
inline const QString kComplaintWarnPercent = QStringLiteral("complaints.warn_percent");
} // namespace settings

struct ComplaintInput {
    qint64 customerId = 0;
    qint64 vehicleId = 0;
    QString channel;
    QString category;
    bool quality = false;
    QString level = QStringLiteral("normal");
    QString oemTicket;
    QString description;
    QString demand;
    qint64 callId = 0; // registered from a follow-up call
};

// What one workflow step records; which fields matter depends on the step.
struct StepInput {
    complaints::Step step = complaints::Step::Investigate;
    QString department;         // Investigate
    QString responsible;        // Investigate
    qint64 assignedTo = 0;      // Investigate (0: the person taking the step)
    QString rootCause;          // Propose
    QString solution;           // Propose
    qint64 compensationFen = 0; // Propose
    QString customerReply;      // Inform, Accept, NotAccepted
    QString note;               // SendBack, Invalidate (the reason), any step (a remark)
};

struct ComplaintCase {
    data::ComplaintRow row;
    QList<complaints::Deadline> deadlines; // response, report, closure
    QList<complaints::Step> allowed;       // steps this session may take now
    QList<data::ComplaintEvent> events;
    QList<data::ComplaintRow> linked; // complaints opened from this one
    bool paused = false;
};

struct StepResult {
    data::ComplaintRow row;
    qint64 reopenedId = 0; // NotAccepted: the new linked complaint
    bool returnVisitRaised = false;
};

struct AttentionRow {
    data::ComplaintRow row;
    complaints::Deadline worst; // the most urgent deadline (overdue before warning)
};

struct ComplaintStats {
    struct Row {
        QString key;
        QString label;
        qint64 count = 0;
        qint64 open = 0;
        qint64 closed = 0; // closed or not established
        qint64 closedOnTime = 0;
        qint64 handlingMinutes = 0; // working minutes registration → closure, closed cases
        double onTimeRate() const { return closed ? double(closedOnTime) / double(closed) : 0.0; }
        double averageHours() const { return closed ? double(handlingMinutes) / double(closed) / 60.0 : 0.0; }
    };
    QList<Row> rows;
    Row total;
};

// Complaint tracking: registration with month-serial numbers, the workflow with its version
// check, working-time deadlines, reminders, the return visit, registers and statistics, and
// the holiday calendar deadlines are counted on.
class ComplaintService {
    Q_DECLARE_TR_FUNCTIONS(crm::services::ComplaintService)
public:
    explicit ComplaintService(Context ctx) : m_ctx(ctx) {}

    Result<data::ComplaintRow> registerComplaint(const Session &who, const ComplaintInput &in);
    Result<ComplaintCase> view(const Session &who, qint64 id);
    Result<QList<data::ComplaintRow>> list(const Session &who, const data::ComplaintFilter &f, int limit = 2000);
    // Every change names the version it was made on; a case saved by someone else in between
    // is not overwritten: the error says who changed it, when and how.
    Result<StepResult> step(const Session &who, qint64 id, int expectedVersion, const StepInput &in);
    Status edit(const Session &who, qint64 id, int expectedVersion, const ComplaintInput &in);
    Status pause(const Session &who, qint64 id, int expectedVersion, const QString &note);
    Status resume(const Session &who, qint64 id, int expectedVersion);
    Status extend(const Session &who, qint64 id, int expectedVersion, complaints::DeadlineKind k, int hours,
                  const QString &reason);
    // Evidence: the file goes into the customer's document archive, linked to the case.
    Result<qint64> attachDocument(const Session &who, qint64 id, const QString &file);
    struct Attachment {
        qint64 documentId = 0;
        QString fileName;
        QString createdAt; // UTC
    };
    Result<QList<Attachment>> attachments(qint64 id);

    // Raises the warning and overdue reminders (催办) due now, each once; returns how many.
    Result<int> raiseReminders(const Session &who);
    Result<QList<AttentionRow>> needsAttention(const Session &who);

    Result<ComplaintStats> statistics(const Session &who, const QDate &from, const QDate &to, const QString &groupBy);
    Status exportRegister(const Session &who, const data::ComplaintFilter &f, const QString &path);

    complaints::Limits limits(const QString &level);
    Result<calendar::WorkCalendar> calendar();
    // The national calendar counting on `c` (the store's opening hours for StoreHours): the one
    // place every deadline of the program — complaints, feedback — gets its clock.
    Result<calendar::WorkCalendar> clock(calendar::Clock c);
    // The shipped days merged with the administrator's rows (theirs win); `shipped` says which.
    struct CalendarDay {
        calendar::DayOverride day;
        bool shipped = false;
    };
    Result<QList<CalendarDay>> calendarDays();
    Status setCalendarDay(const Session &who, const calendar::DayOverride &d);
    Result<int> importArrangement(const Session &who, const QString &text);

    // The deadlines of one case as the form shows them.
    Result<QList<complaints::Deadline>> deadlines(const data::ComplaintRow &row);

private:
    // … with its pauses already read (the statistics need them for the handling time too).
    Result<QList<complaints::Deadline>> deadlines(const data::ComplaintRow &row, const QList<calendar::Interval> &pauses);
    // One change to a case at the version the caller saw: `fn` edits the row (and may write
    // pause rows); the row, its event and the audit record commit together, or nothing does.
    struct Change {
        data::ComplaintEvent event;
        AuditRecord audit;
        bool nothing = false; // nothing changed: no write, no event
    };
    Status apply(const Session &who, qint64 id, int expectedVersion,
                 const std::function<Result<Change>(data::ComplaintRow &)> &fn);
    Result<data::ComplaintRow> load(qint64 id);
    Status conflict(qint64 id);
    // Draws the month's number and writes a new case with its "register" event (`note`).
    Result<QPair<qint64, data::ComplaintRow>> insertCase(const Session &who, const ComplaintInput &in, qint64 parentId,
                                                         const QString &note);
    Context m_ctx;
    std::optional<calendar::WorkCalendar> m_calendar;
    std::optional<calendar::OpeningHours> m_storeHours;
    QHash<QString, complaints::Limits> m_limits; // by level
};

} // namespace crm::services
