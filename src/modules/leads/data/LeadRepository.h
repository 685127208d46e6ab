#pragma once
#include "data/Database.h"

#include <QDateTime>
#include <optional>

namespace crm::data {

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

// Sales leads (`leads`) and their history (`lead_events`). `overdueBefore` (stored UTC) marks a
// lead still new after that instant as overdue. The caller owns the transaction.
class LeadRepository {
public:
    explicit LeadRepository(Database &db) : m_db(db) {}

    // The open lead (not delivered or lost) with this mobile.
    Result<std::optional<qint64>> openLeadOf(const QString &mobile);
    // nullopt when the platform's lead (source, external ref) is there already.
    Result<std::optional<qint64>> insert(const LeadInput &in, const QString &by, const QString &at);
    Result<qint64> leadOfPlatform(const QString &source, const QString &externalRef);
    Result<std::optional<Lead>> lead(qint64 id, const QString &overdueBefore);
    // Newest first, keyset-paged (afterId = last id of the previous page).
    Result<QList<Lead>> list(const LeadFilter &f, const QString &overdueBefore, int limit, qint64 afterId);
    Status setConsultant(qint64 id, const QString &consultant);
    // Moves the lead on if it is still `from`; false when someone changed it meanwhile.
    Result<bool> setStatus(qint64 id, const QString &from, const QString &to, const QString &lostReason, const QString &at);
    Status addEvent(qint64 id, const QString &at, const QString &by, const QString &from, const QString &to,
                    const QVariant &note);
    Result<QList<LeadEvent>> events(qint64 id);
    // Created in [fromUtc, toUtc), grouped by "source" or "consultant" (any other is refused).
    Result<QList<ConversionRow>> conversion(const QString &fromUtc, const QString &toUtc, const QString &by);
    Result<int> overdueCount(const QString &overdueBefore);
    Result<QStringList> consultants();

private:
    Database &m_db;
};

} // namespace crm::data
