#pragma once
#include "followups/core/FollowupRules.h"
#include "followups/data/FollowupRepository.h"
#include "frontdesk/services/AppointmentService.h"
#include "services/Guard.h"
#include "surveys/services/SurveyService.h"

namespace crm::services {

// One call as the agent records it on the form.
struct CallInput {
    followups::Outcome outcome = followups::Outcome::Reached;
    int durationSec = 0;
    QString notes;
    QString nextAction;
    QDateTime callBackAt;                      // local; Outcome::CallBack
    QList<data::FeedbackRow> feedback;         // category + text (callId filled in here)
    std::optional<BookingRequest> appointment; // booked into the front desk's book (customer: the task's)
    bool callInQuietHours = false;             // the agent confirmed calling in the customer's rest time
    QDateTime startedAt;                       // UTC, when the call began (invalid: now); the rest-time check uses it
    std::optional<ResponseInput> survey;       // answers to the task's survey (reached calls only)
    QString campaignResponse;                  // a campaign task: the campaign's response code
    QString campaignNote;                      // why declined, and the like
};

struct CallResult {
    QList<qint64> feedbackItems; // what the customer said, routed to departments
    qint64 callId = 0;
    followups::RetryDecision decision;
    qint64 appointmentId = 0;
    ResponseSaved survey; // when a survey was answered
};

// The agent's desk: the queue, claiming and reassigning tasks, and logging calls. Every call
// is recorded whole (call, feedback, appointment, the task's new state) in one transaction.
class CallDeskService {
    Q_DECLARE_TR_FUNCTIONS(crm::services::CallDeskService)
public:
    explicit CallDeskService(Context ctx) : m_ctx(ctx) {}

    // The filter's `today`/`now`/`userId` are filled from the clock and the session.
    Result<QList<data::TaskRow>> queue(const Session &who, data::QueueFilter f, const std::optional<data::QueueCursor> &after,
                                       int limit);
    // Tasks in the queue, counted up to kQueueCountCap + 1 (more means "more than the cap").
    static constexpr qint64 kQueueCountCap = 1000;
    Result<qint64> queueCount(const Session &who, data::QueueFilter f);
    Result<data::TaskRow> task(const Session &who, qint64 taskId);
    Result<QList<data::TaskRow>> openTasksOf(const Session &who, qint64 customerId);
    Result<QList<data::CallRow>> customerCalls(const Session &who, qint64 customerId, int limit = 20);

    Status claim(const Session &who, qint64 taskId);
    // Manager: give a task to someone (0 = back to the pool).
    Status reassign(const Session &who, qint64 taskId, qint64 userId);

    // Whether this moment is inside the do-not-disturb hours, and which span.
    bool isQuietNow(QString *span = nullptr);
    bool isQuietAt(const QDateTime &utc, QString *span = nullptr);
    Result<CallResult> logCall(const Session &who, qint64 taskId, const CallInput &call);

private:
    void fill(const Session &who, data::QueueFilter &f) const;
    Context m_ctx;
};

} // namespace crm::services
