#pragma once
#include "core/FollowupRules.h"
#include "services/Guard.h"

#include <QMap>

namespace crm::services {

namespace settings {
inline const QString kSurveyFatigueDays = QStringLiteral("followups.survey_fatigue_days");
}

struct GenerateResult {
    QMap<QString, int> created;   // task kind id → tasks created
    int skippedOptOut = 0;        // the customer opted out of that kind of contact
    int skippedConsent = 0;       // marketing calls without marketing consent
    int skippedFatigue = 0;       // a survey within the fatigue period
    int total() const
    {
        int n = 0;
        for (int v : created)
            n += v;
        return n;
    }
};

// Turns events in the archives into follow-up tasks by the rules of core/FollowupRules.h.
// Idempotent: a task is unique per kind and source event. Opt-outs, marketing consent and
// survey fatigue are honoured by every rule.
class FollowupService {
    Q_DECLARE_TR_FUNCTIONS(crm::services::FollowupService)
public:
    explicit FollowupService(Context ctx) : m_ctx(ctx) {}

    static QString contactType(followups::TaskKind k);   // service, marketing or survey
    static QStringList contactTypes();                    // all, service, marketing, survey

    Result<GenerateResult> generate(const Session &who, const QDate &today);
    Status optOut(const Session &who, qint64 customerId, const QString &contactType, const QString &reason);

private:
    Context m_ctx;
};

} // namespace crm::services
