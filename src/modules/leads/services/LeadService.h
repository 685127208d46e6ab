#pragma once
#include "services/Guard.h"

#include <QDateTime>
#include <functional>

namespace crm::services {

struct LeadInput {
    QString name;
    QString mobile;
    QString source;      // see club::ClubText::leadSources(); 'referral' needs a referrer
    QString externalRef; // the platform's lead id (imports)
    QString model;
    QString consultant;
    QString note;
    qint64 referrerMemberId = 0;
};

struct Lead {
    qint64 id = 0;
    QString name;
    QString mobile;
    QString source;
    QString model;
    QString consultant;
    QString status;
    QString lostReason;
    qint64 referrerId = 0;
    QString referrerName;
    QDateTime createdAt;
    QDateTime statusAt;
    QString note;
    bool overdue = false; // new and not contacted within the setting's hours
};

struct LeadFilter {
    QString status; // empty: every status; "open": not delivered or lost
    QString consultant;
    QString source;
    QString text; // name or mobile
    bool overdueOnly = false;
};

struct LeadEvent {
    QDateTime at;
    QString by;
    QString from;
    QString to;
    QString note;
};

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

struct ConversionRow {
    QString key; // source id or consultant
    int leads = 0;
    int contacted = 0; // reached contacted or later
    int testDrives = 0;
    int ordered = 0;
    int delivered = 0;
    int lost = 0;
    double rate() const { return leads ? double(delivered) / leads : 0.0; }
};

// Leads (集客): member referrals, hand-entered prospects and web-platform imports, assigned to
// sales consultants and tracked new → contacted → test drive → ordered → delivered (or lost).
// A delivered referral earns the referrer points exactly once (the ledger's source key).
class LeadService {
    Q_DECLARE_TR_FUNCTIONS(crm::services::LeadService)
public:
    explicit LeadService(Context ctx) : m_ctx(ctx) {}

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
};

} // namespace crm::services
