#pragma once
#include "leads/data/LeadRepository.h"
#include "services/Guard.h"

#include <QDateTime>
#include <functional>

namespace crm::services {

// The structs are the repository's; services and pages name them from here.
using data::ConversionRow;
using data::Lead;
using data::LeadEvent;
using data::LeadFilter;
using data::LeadInput;

struct LeadStepResult {
    qint64 rewardPoints = 0; // to the referrer, on delivery
    QString rewardProblem;   // why no reward was given (e.g. the referrer's card is lost)
};

struct LeadImportResult {
    int added = 0;
    int alreadyThere = 0;
    struct Rejected {
        int line = 0;
        QString reason;
    };
    QList<Rejected> rejected;
};

// Leads (集客): member referrals, hand-entered prospects and web-platform imports, assigned to
// sales consultants and tracked new → contacted → test drive → ordered → delivered (or lost).
// A delivered referral earns the referrer points exactly once (the ledger's source key).
class LeadService {
    Q_DECLARE_TR_FUNCTIONS(crm::services::LeadService)
public:
    explicit LeadService(Context ctx) : m_ctx(ctx), m_leads(ctx.db) {}

    Result<qint64> create(const Session &who, const LeadInput &in);
    Result<QList<Lead>> list(const Session &who, const LeadFilter &f, int limit, qint64 afterId = 0);
    Result<Lead> lead(const Session &who, qint64 id);
    Status assign(const Session &who, qint64 leadId, const QString &consultant);
    Result<LeadStepResult> step(const Session &who, qint64 leadId, const QString &to, const QString &note,
                                const QString &lostReason = {});
    // The referral reward when it could not be given on delivery; once, whatever happens.
    Result<qint64> rewardReferral(const Session &who, qint64 leadId);
    Result<QList<LeadEvent>> events(const Session &who, qint64 leadId);
    // CSV (UTF-8/GB18030) or XLSX with a header row (Chinese or English names); one transaction.
    Result<LeadImportResult> importFile(const Session &who, const QString &path, const QString &defaultConsultant = {});
    // Leads created in [from, to], grouped by "source" or "consultant".
    Result<QList<ConversionRow>> conversion(const Session &who, const QDate &from, const QDate &to, const QString &by);
    Result<int> overdueCount();
    Result<QStringList> consultants();

private:
    Result<qint64> insert(const Session &who, const LeadInput &in, bool *existed);
    QString overdueBefore();
    Context m_ctx;
    data::LeadRepository m_leads;
};

} // namespace crm::services
