#pragma once
#include "data/Database.h"
#include "followups/core/FollowupRules.h"

#include <QMap>

namespace crm::data {

struct ModelLimits {
    QString model; // "" = every model without its own row
    followups::MaintenanceLimit first;
    followups::MaintenanceLimit routine;
};

struct CallScript {
    QString kind;
    QString opening;
    QString questions;
    QString closing;
    QString updatedBy;
    QString updatedAt;
};

// What managers configure for follow-ups: the rule table, maintenance limits per model and
// the call scripts. Small tables read whole.
class FollowupConfigRepository {
public:
    explicit FollowupConfigRepository(Database &db) : m_db(db) {}

    // Every kind, in the order of followups::allKinds(); a kind without a row gets its default.
    Result<QList<followups::RuleSetting>> rules();
    Status saveRule(const followups::RuleSetting &r, const QString &by, const QString &at);

    Result<QList<ModelLimits>> limits();
    // Replaces the whole table (the editor saves what it shows).
    Status replaceLimits(const QList<ModelLimits> &limits);

    Result<CallScript> script(const QString &kind);
    Status saveScript(const CallScript &s);

private:
    Database &m_db;
};

// The limits for one model: its own row, else the default row, else the built-in default.
struct LimitTable {
    QMap<QString, ModelLimits> byModel;
    const ModelLimits &forModel(const QString &model) const;
    ModelLimits fallback{QString(), followups::kFirstMaintenance, followups::kRoutineMaintenance};
};

} // namespace crm::data
