#pragma once
// What the retention policy reaches (保存期限): customers with no purchase, visit, call or consent
// given since a cut-off, leads never converted since another, call notes older than a third. Read
// as sets; the review runs on demand or nightly, not on a desk's every click.
#include "data/Database.h"

#include <QDate>

namespace crm::data {

struct RetentionCustomer {
    qint64 id = 0;
    QString name;
    QDate lastActivity; // the latest purchase, visit, call or consent given (invalid: none ever)
    QString createdAt;
};

class RetentionQueries {
public:
    explicit RetentionQueries(Database &db) : m_db(db) {}

    // Live customers created before `cutoff` with nothing since it, oldest activity first; ids
    // above `afterId` when paging the whole set (the erasure run), at most `limit`.
    Result<QList<RetentionCustomer>> customersPast(const QDate &cutoff, int limit, qint64 afterId = 0);
    Result<qint64> countCustomersPast(const QDate &cutoff);
    // The same test for one customer (the erasure's re-check: they may have come back since).
    Result<bool> isPast(qint64 customerId, const QDate &cutoff);
    // Leads never converted (no customer, not ordered or delivered) created before `cutoff` and
    // still holding a name or mobile.
    Result<qint64> countLeadsPast(const QDate &cutoff);
    Result<qint64> eraseLeadsPast(const QDate &cutoff, const QString &anonymousName);
    // Call notes of calls before `cutoff` that still hold text.
    Result<qint64> countCallNotesPast(const QDate &cutoff);
    Result<qint64> clearCallNotesPast(const QDate &cutoff);

private:
    QString pastWhere() const;
    Database &m_db;
};

} // namespace crm::data
