#pragma once
#include "complaints/data/ComplaintRepository.h"
#include "feedback/core/FeedbackRules.h"
#include "feedback/data/FeedbackFigures.h"
#include "feedback/data/FeedbackRepository.h"
#include "services/Guard.h"

namespace crm::data {
struct LeadInput;
}

namespace crm::services {

struct ComplaintInput;

struct FeedbackInput {
    qint64 customerId = 0;
    qint64 vehicleId = 0;
    QString category;
    QString text;
    QString source;      // feedback::sources()
    qint64 sourceId = 0; // the call, inbound call or survey response it came from
    qint64 callId = 0;
    qint64 departmentId = 0; // 0: the category's routing rule
    qint64 ownerId = 0;
    QString praised; // praise: who was praised
};

struct FeedbackView {
    data::FeedbackItemRow row;
    QList<feedback::ItemDeadline> deadlines; // answer, resolution
    QList<data::FeedbackEvent> events;
    bool canHandle = false; // this session may answer and resolve it
};

struct FeedbackAttention {
    data::FeedbackItemRow row;
    feedback::ItemDeadline worst;
};

struct FeedbackReport {
    QDate from, to;
    QList<data::FeedbackFigureRow> departments; // name = the department's title
    QList<data::FeedbackFigureRow> categories;  // name = the category's title
    QList<QPair<QString, qint64>> praise;
    data::FeedbackFigureRow total; // the departments summed
    static double rate(qint64 part, qint64 whole) { return whole ? double(part) / double(whole) : 0.0; }
};

// Feedback to departments: items recorded where a customer speaks, routed by category to a
// department, answered and resolved against deadlines on the category's clock, the result told
// to the customer by a call task, and the department report.
class FeedbackService {
    Q_DECLARE_TR_FUNCTIONS(crm::services::FeedbackService)
public:
    explicit FeedbackService(Context ctx) : m_ctx(ctx) {}

    Result<QList<data::Department>> departments();
    Result<QList<data::FeedbackCategory>> categories(bool activeOnly = false);
    // The active users, by display name: department heads, members and owners are chosen from them.
    Result<QList<QPair<qint64, QString>>> people();
    Result<qint64> saveDepartment(const Session &who, const data::Department &d);
    Status saveCategory(const Session &who, const data::FeedbackCategory &c, bool isNew);

    // One item, or many from one call; joins the caller's transaction (a call and what was said
    // on it commit together). Deadlines are computed here, once, on the category's clock.
    Result<qint64> record(const Session &who, const FeedbackInput &in);
    Result<QList<qint64>> recordMany(const Session &who, const QList<FeedbackInput> &in);

    Result<FeedbackView> view(const Session &who, qint64 id);
    Result<QList<data::FeedbackItemRow>> list(const Session &who, data::FeedbackFilter f);
    Result<qint64> count(const Session &who, data::FeedbackFilter f);

    // Every change names the version it was made on; a change made by someone else in between wins.
    Status route(const Session &who, qint64 id, int version, qint64 departmentId, qint64 ownerId, const QString &note);
    Status answer(const Session &who, qint64 id, int version, const QString &text); // the first answer
    // The department's result: a customer-informed call task goes to the agent who took the item
    // (or the queue); a category that does not inform (praise) closes here.
    // Praise names the person praised here if the desk did not (it is counted per person).
    Status resolve(const Session &who, qint64 id, int version, const QString &result, const QString &praised = {});
    // One step: a grievance becomes a complaint, purchase intent a sales lead; linked, and the
    // item handed over (the complaint or the lead has its own deadlines from here).
    Result<data::ComplaintRow> toComplaint(const Session &who, qint64 id, int version, const ComplaintInput &c);
    Result<qint64> toLead(const Session &who, qint64 id, int version, const data::LeadInput &l);

    // The item a 'feedback_inform' call task tells the customer about (the call form shows it).
    Result<std::optional<data::FeedbackItemRow>> itemOfTask(qint64 taskId);
    // Called by the call desk in its transaction after a call on a 'feedback_inform' task.
    Status informCallLogged(const Session &who, qint64 taskId, bool reached, bool gaveUp, const QString &notes);

    // Raises the warning and overdue reminders due now, each once; closes as unreachable the
    // items whose informing call ended without reaching the customer. Returns reminders raised.
    Result<int> raiseReminders(const Session &who);
    Result<QList<FeedbackAttention>> needsAttention(const Session &who);

    Result<FeedbackReport> report(const Session &who, const QDate &from, const QDate &to);
    // The items behind a figure (received, answered, resolved, answered_late, resolved_late, open,
    // overdue), newest first, at most `limit`: the late ones are chosen in SQL, before the limit.
    Result<QList<data::FeedbackItemRow>> itemsBehind(const Session &who, const QDate &from, const QDate &to, qint64 departmentId,
                                                     const QString &category, const QString &figure, int limit = 5000);
    Status exportReport(const Session &who, const FeedbackReport &r, const QString &path);

    // The state of an item's deadlines now.
    QList<feedback::ItemDeadline> deadlinesOf(const data::FeedbackItemRow &r) const;
    // May this session answer and resolve the item?
    Result<bool> canHandle(const Session &who, const data::FeedbackItemRow &r);

private:
    Result<data::FeedbackItemRow> load(qint64 id);
    // The item, when this session may answer it and record its result (else why not).
    Result<data::FeedbackItemRow> loadToHandle(const Session &who, qint64 id);
    Status changed(Result<bool> r, qint64 id);
    Context m_ctx;
};

} // namespace crm::services
