#pragma once
#include "campaigns/core/Campaigns.h"
#include "data/Database.h"

#include <QDateTime>
#include <QHash>
#include <optional>

namespace crm::data {

struct CampaignRow {
    qint64 id = 0;
    QString name;
    QString kind;
    QString code; // the manufacturer's campaign code (recalls)
    QDate startsOn, endsOn;
    QString owner; // user name
    QString ownerName;
    QString script;
    QList<campaigns::ResponseCode> responses;
    QString messageTemplate;
    int goal = 0;
    QString segment; // JSON of the criteria it was drawn with
    QString source;  // segment, vin_list
    QString status;
    QString createdBy;
    QDateTime createdAt;
    // read only
    qint64 targets = 0;
    qint64 excluded = 0;
    qint64 responded = 0;
};

// What a segment or a list would give: customers matched, excluded by reason, left to call.
struct TargetCount {
    qint64 matched = 0;
    qint64 targets = 0;
    QMap<QString, qint64> excluded;
};

// The dates a segment's churn state is counted from (ChurnService's settings).
struct SegmentDates {
    QDate today;
    QDate atRiskBefore;
    QDate lostBefore;
    QString nowUtc; // "an open appointment": scheduled from now
};

struct TargetRow {
    qint64 id = 0;
    qint64 campaignId = 0;
    qint64 customerId = 0;
    qint64 vehicleId = 0;
    QString vin;
    QString state;
    QString reason;
    int line = 0;
    QString extra;
    qint64 taskId = 0;
    QString response;
    QString responseNote;
    QDate responseDay;
    QString respondedBy;
    qint64 appointmentId = 0;
    QString recallState;
    // read only
    QString customerName;
    QString mobile;
    QString vehicle;
    QString taskStatus;
    QString agentName;
    bool recallDoneHere = false;
};

// A VIN of the manufacturer's list as the archive knows it.
struct VinMatch {
    qint64 vehicleId = 0;
    qint64 customerId = 0;
    QString vehicleStatus;
    QString reason; // exclusion reason for a call ('' = call them)
};

struct ResponseCount {
    QString agent; // by name
    QString response;
    qint64 count = 0;
};

struct FunnelCounts {
    qint64 targeted = 0;
    qint64 called = 0;
    qint64 booked = 0;
    qint64 arrived = 0;
    qint64 visits = 0;
    qint64 amountFen = 0;
    QMap<QString, qint64> byResponse;
};

struct RecallCounts {
    qint64 listed = 0;
    qint64 notFound = 0;
    qint64 doneHere = 0;
    qint64 doneElsewhere = 0;
    qint64 notApplicable = 0;
    qint64 open = 0;
};

// Campaigns with their target lists (one aggregate), and the funnel read off them.
class CampaignRepository {
public:
    explicit CampaignRepository(Database &db) : m_db(db) {}

    Result<qint64> insert(const CampaignRow &c, const QString &at);
    Result<std::optional<CampaignRow>> campaign(qint64 id);
    Result<std::optional<CampaignRow>> campaignNamed(const QString &name);
    Result<QList<CampaignRow>> list(bool withClosed);
    Status setStatus(qint64 id, const QString &status);

    // The segment's customers (one row each, their first matching active vehicle), counted by
    // exclusion reason for a campaign of `kind`. `only`: limited to these customers.
    Result<TargetCount> countSegment(const campaigns::Segment &s, const QString &kind, const SegmentDates &d,
                                     const QList<qint64> &only = {});
    // Writes them as the campaign's targets (set-based); customers already on it are left.
    Result<qint64> insertSegment(qint64 campaignId, const campaigns::Segment &s, const QString &kind, const SegmentDates &d,
                                 const QString &at, const QList<qint64> &only = {});

    // Re-evaluation: targets not yet answered whose customer now has a reason not to be called
    // become excluded with it, and their open call tasks are cancelled. Returns how many.
    Result<qint64> excludeNow(qint64 campaignId, const QString &kind, const QString &at);
    Result<QHash<QString, VinMatch>> matchVins(const QStringList &vins, const QString &kind);
    // false: the campaign already has this target (same VIN, same customer).
    Result<bool> insertTarget(const TargetRow &t, const QString &at);

    // Call tasks for the targets that have none: round robin over `agents` (none: unassigned).
    Result<qint64> createTasks(qint64 campaignId, const QList<qint64> &agents, const QDate &available, const QDate &due,
                               int priority, const QString &at);
    Result<std::optional<TargetRow>> targetOfTask(qint64 taskId);
    Status setResponse(qint64 targetId, const QString &code, const QString &note, const QDate &day, const QString &at,
                       const QString &by, qint64 appointmentId);
    Status setRecallState(qint64 targetId, const QString &state);
    // One page of the list, in target order; state '' = all.
    Result<QList<TargetRow>> targets(qint64 campaignId, const QString &state, qint64 afterId, int limit);

    Result<FunnelCounts> funnel(qint64 campaignId, const QStringList &acceptedCodes, int windowDays);
    Result<QList<ResponseCount>> byAgent(qint64 campaignId);
    Result<RecallCounts> recall(qint64 campaignId, const QDate &startsOn);

private:
    Database &m_db;
};

} // namespace crm::data
