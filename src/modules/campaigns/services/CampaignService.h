#pragma once
#include "campaigns/core/Campaigns.h"
#include "campaigns/data/CampaignRepository.h"
#include "services/Guard.h"

#include <QCoreApplication>
#include <atomic>
#include <functional>

namespace crm::services {

namespace settings {
inline const QString kCampaignAttributionDays = QStringLiteral("campaigns.attribution_days");
} // namespace settings

using data::CampaignRow;
using data::TargetCount;
using data::TargetRow;

struct CampaignInput {
    QString name;
    QString kind = QStringLiteral("service");
    QString code; // the manufacturer's campaign code (recalls)
    QDate startsOn, endsOn;
    QString script;
    QList<campaigns::ResponseCode> responses = campaigns::defaultResponses();
    QString messageTemplate;
    int goal = 0;
};

struct VinImportResult {
    int found = 0;    // on the call list
    int notFound = 0; // not in the archive (listed)
    int excluded = 0; // vehicle gone, customer removed, opted out, … (listed, by reason)
    int alreadyThere = 0;
    QMap<QString, int> excludedBy;
    struct Rejected {
        int line = 0;
        QString reason;
    };
    QList<Rejected> rejected;
    qint64 tasks = 0;
};

struct CampaignResults {
    CampaignRow campaign;
    campaigns::Funnel funnel;
    QList<data::ResponseCount> byAgent;
    data::RecallCounts recall;
    double recallCompletion = 0; // (done here + done elsewhere) ÷ (listed − not found − not applicable), percent
    int windowDays = campaigns::kAttributionDays;
    QMap<QString, qint64> messages; // by status
};

// Campaigns (营销活动、召回): a list drawn once — from a segment or the manufacturer's VIN file —
// worked as call tasks at the desk, answered with the campaign's response codes, followed to the
// workshop. Opt-outs and consents are applied when the list is drawn (the count excluded for
// each reason is kept with the list) and again by the call desk's queue.
class CampaignService {
    Q_DECLARE_TR_FUNCTIONS(crm::services::CampaignService)
public:
    explicit CampaignService(Context ctx) : m_ctx(ctx), m_repo(ctx.db) {}

    Result<TargetCount> preview(const Session &who, const campaigns::Segment &s, const QString &kind);
    // The campaign, its list and its call tasks (round robin over `agents`; none: unassigned), one transaction.
    Result<qint64> createFromSegment(const Session &who, const CampaignInput &in, const campaigns::Segment &s,
                                     const QList<qint64> &agents);
    // A campaign whose list is the manufacturer's VIN file (importVins fills it).
    Result<qint64> createForVinList(const Session &who, const CampaignInput &in);
    // CSV (UTF-8/GB18030) or XLSX with a VIN column (VIN / 车架号 / 底盘号); a campaign-code column,
    // when there is one, must carry the campaign's code. One transaction; a second run adds nothing.
    Result<VinImportResult> importVins(const Session &who, qint64 campaignId, const QString &path,
                                       const QList<qint64> &agents = {});
    // Chosen customers (the churn page's at-risk list, a selection of the archive) added to a campaign.
    Result<TargetCount> addCustomers(const Session &who, qint64 campaignId, const QList<qint64> &customerIds,
                                     const QList<qint64> &agents = {});
    Result<qint64> distribute(const Session &who, qint64 campaignId, const QList<qint64> &agents);
    // The explicit re-evaluation: a segment campaign adds the customers who match now; every
    // campaign excludes (and stops calling) those not yet answered who may no longer be called.
    struct Reevaluation {
        qint64 added = 0;
        qint64 excluded = 0;
    };
    Result<Reevaluation> reevaluate(const Session &who, qint64 campaignId, const QList<qint64> &agents = {});
    Status close(const Session &who, qint64 campaignId);

    Result<QList<CampaignRow>> campaigns(const Session &who, bool withClosed = false);
    Result<CampaignRow> campaign(const Session &who, qint64 id);
    Result<CampaignRow> campaignNamed(const Session &who, const QString &name);
    Result<QList<TargetRow>> targets(const Session &who, qint64 campaignId, const QString &state, qint64 afterId, int limit);
    // The campaign a call task belongs to, for the call form (nothing for other tasks).
    Result<std::optional<std::pair<CampaignRow, TargetRow>>> ofTask(qint64 taskId);
    // Records the answer given on a call; joins the call's transaction. `appointmentId`: what the
    // call booked (needed by a code meaning "booked").
    Status recordResponse(const Session &who, qint64 taskId, const QString &code, const QString &note, qint64 appointmentId,
                          const QDate &day);
    // The call task ran out of attempts: the campaign's "not reachable" answer, when it has one.
    Status recordUnreachable(const Session &who, qint64 taskId, const QDate &day);
    Status setRecallState(const Session &who, qint64 targetId, const QString &state);
    Result<CampaignResults> results(const Session &who, qint64 campaignId);
    // XLSX or CSV: the funnel, answers by agent, recall completion and the list with each answer.
    Status exportResults(const Session &who, qint64 campaignId, const QString &path);

private:
    Status validate(const CampaignInput &in);
    Result<qint64> insertCampaign(const Session &who, const CampaignInput &in, const QString &source, const QString &segment);
    data::SegmentDates segmentDates();
    Context m_ctx;
    data::CampaignRepository m_repo;
};

} // namespace crm::services
