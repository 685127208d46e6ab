#pragma once
#include "data/Database.h"

#include <QDate>

namespace crm::data {

struct PrivacyRequestRow {
    qint64 id = 0;
    qint64 customerId = 0; // 0: a person not (or no longer) in the archives
    QString customerName;  // read back for people
    QString kind, requester, contact, details;
    QDate receivedOn, dueOn;
    QString status, answer;
    QString answeredAt; // stored UTC, empty while open
    QString answeredBy; // the person, as people know them
    QString createdAt, createdBy;
};

// The register of data-subject requests (privacy_requests).
class PrivacyRequestRepository {
public:
    explicit PrivacyRequestRepository(Database &db) : m_db(db) {}

    Result<qint64> insert(const PrivacyRequestRow &r);
    Result<std::optional<PrivacyRequestRow>> find(qint64 id);
    // Open ones first by due day, then the answered ones newest first; at most `limit`.
    Result<QList<PrivacyRequestRow>> list(bool openOnly, int limit);
    // False when the request is not open any more (another desk answered it first).
    Result<bool> answer(qint64 id, const QString &status, const QString &answer, const QString &at, const QString &by);

private:
    Database &m_db;
};

} // namespace crm::data
