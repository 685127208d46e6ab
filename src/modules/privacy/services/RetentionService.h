#pragma once
#include "privacy/data/RetentionQueries.h"
#include "services/Guard.h"

#include <QCoreApplication>
#include <atomic>
#include <functional>
#include <optional>

namespace crm::services {

namespace settings {
// PIPL Art. 19: kept no longer than the purpose needs. A customer with no purchase, visit, call
// or consent given for this many years is listed for review (0: never).
inline const QString kRetentionCustomerYears = QStringLiteral("privacy.retention_customer_years");
// A lead never converted, after this many months (0: never).
inline const QString kRetentionLeadMonths = QStringLiteral("privacy.retention_lead_months");
// The notes of a call, after this many years (0: never).
inline const QString kRetentionCallNoteYears = QStringLiteral("privacy.retention_call_note_years");
// 1: the nightly run (dealercrm-cli privacy retention --apply) erases what the policy reaches.
inline const QString kRetentionAutomatic = QStringLiteral("privacy.retention_automatic");
// The day the desks' catch-up last ran the policy (YYYY-MM-DD; bookkeeping, not a setting shown).
inline const QString kRetentionLastRun = QStringLiteral("privacy.retention_last_run");
} // namespace settings

struct RetentionPolicy {
    int customerYears = 10;
    int leadMonths = 24;
    int callNoteYears = 3;
    bool automatic = false;
};

struct RetentionReview {
    RetentionPolicy policy;
    QDate customerCutoff, leadCutoff, callNoteCutoff; // invalid: that part of the policy is off
    QList<data::RetentionCustomer> customers;         // the first ones, oldest id first
    qint64 customersTotal = 0;
    qint64 leads = 0;
    qint64 callNotes = 0;
};

struct RetentionRun {
    qint64 customers = 0, leads = 0, callNotes = 0;
};

// The retention policy in settings → a review list for the information supervisor, who erases in
// bulk with a reason (each customer through PrivacyService::anonymise: its own transaction and
// audit entry), or the nightly run when the policy says so. Needs EditCustomers and ExportData,
// as erasure does.
class RetentionService {
    Q_DECLARE_TR_FUNCTIONS(crm::services::RetentionService)
public:
    explicit RetentionService(Context ctx) : m_ctx(ctx) {}

    RetentionPolicy policy();
    Result<RetentionReview> review(const Session &who, int limit = 500);
    // Erases these customers (each checked against the policy again: one with activity since is
    // skipped, not erased). `progress(done, total)`; `cancel` stops between customers.
    Result<qint64> eraseCustomers(const Session &who, const QList<qint64> &ids, const QString &reason,
                                  const std::function<void(qint64, qint64)> &progress = {},
                                  const std::atomic_bool *cancel = nullptr);
    Result<qint64> eraseLeads(const Session &who, const QString &reason);
    Result<qint64> clearCallNotes(const Session &who, const QString &reason);
    // Everything the policy reaches, when `automatic` is on (otherwise nothing, and says so).
    Result<RetentionRun> runScheduled(const Session &who);
    // The desks' catch-up when no nightly job is set up (MainWindow at start, for those who may
    // erase): runScheduled once a day when the policy erases by itself; nothing (an empty
    // optional) when it does not, the person may not, or it ran today already.
    Result<std::optional<RetentionRun>> runIfDue(const Session &who);

private:
    Status allowed(const Session &who);
    Context m_ctx;
};

} // namespace crm::services
