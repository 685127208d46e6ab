#pragma once
#include "followups/core/FollowupRules.h"
#include "followups/data/FollowupConfigRepository.h"
#include "followups/data/FollowupRepository.h"
#include "services/Guard.h"

#include <QMap>

namespace crm::services {

namespace settings {
inline const QString kSurveyFatigueDays = QStringLiteral("followups.survey_fatigue_days");
inline const QString kQuietHours = QStringLiteral("followups.quiet_hours");
inline const QString kMaxAttempts = QStringLiteral("followups.max_attempts");
// What "due within N days" counts: an index into calendar::kClocks (default calendar days).
inline const QString kFollowupDueClock = QStringLiteral("followups.due_clock");
inline const QString kNoAnswerDelayMinutes = QStringLiteral("followups.no_answer_delay_minutes");
inline const QString kBusyDelayMinutes = QStringLiteral("followups.busy_delay_minutes");
inline const QString kMemberCoverageDays = QStringLiteral("followups.member_coverage_days");
} // namespace settings

struct GenerateResult {
    QMap<QString, int> created; // task kind id → tasks created
    int skippedOptOut = 0;      // the customer opted out of that kind of contact
    int skippedConsent = 0;     // marketing calls without marketing consent
    int skippedFatigue = 0;     // a survey within the fatigue period
    int messages = 0;           // messages queued beside the tasks (setting messages.reminder_kinds)
    int total() const
    {
        int n = 0;
        for (int v : created)
            n += v;
        return n;
    }
};

// Turns events in the archives into follow-up tasks by the rules of core/FollowupRules.h, as
// configured in the database (followup_rules, maintenance_limits), and keeps that
// configuration and the call scripts. Idempotent: a task is unique per kind and source event.
// Opt-outs, marketing consent and survey fatigue are honoured by every rule.
// Members are active club members and VIP customers (isMemberSql()).
class FollowupService {
    Q_DECLARE_TR_FUNCTIONS(crm::services::FollowupService)
public:
    explicit FollowupService(Context ctx) : m_ctx(ctx) {}

    static QString contactType(followups::TaskKind k); // service, marketing or survey
    static QStringList contactTypes();                 // all, service, marketing, survey

    Result<GenerateResult> generate(const Session &who, const QDate &today);
    // Records that the customer wants no calls of this type (all, service, marketing, survey)
    // and cancels their open tasks of that type. Returns the number of tasks cancelled.
    Result<int> optOut(const Session &who, qint64 customerId, const QString &contactType, const QString &reason);
    using OptOut = data::OptOutRow;
    Result<QList<OptOut>> optOuts(qint64 customerId);
    static QString contactTypeTitle(const QString &type);

    // A task raised by another module's event (a closed complaint → its return visit): the
    // rule's window from `eventDay`, opt-outs honoured, unique per kind and source. No permission
    // check: the calling service checked its own. True when a task was created.
    Result<bool> raiseTask(followups::TaskKind kind, const QString &sourceKey, qint64 customerId, qint64 vehicleId,
                           const QDate &eventDay);

    // The SQL condition on customers alias `c` that makes a customer a club member.
    static QString isMemberSql();

    Result<QList<followups::RuleSetting>> rules();
    Status saveRules(const Session &who, const QList<followups::RuleSetting> &rules);
    Result<QList<data::ModelLimits>> limits();
    Status saveLimits(const Session &who, const QList<data::ModelLimits> &limits);
    Result<data::CallScript> script(const QString &kind);
    Status saveScript(const Session &who, const data::CallScript &script);
    // The settings the call desk works by.
    followups::QuietHours quietHours();
    followups::RetryPolicy retryPolicy();

private:
    // The clock "due within N days" counts on; none for calendar days (the setting's default).
    Result<std::optional<calendar::WorkCalendar>> dueClock();
    Context m_ctx;
};

} // namespace crm::services
