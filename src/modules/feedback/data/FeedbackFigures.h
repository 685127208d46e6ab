#pragma once
#include "data/Database.h"

namespace crm::data {

// One line of the department report: items received in the period, grouped.
struct FeedbackFigureRow {
    QString key;        // department id, category code or the praised person
    QString code, name; // the department's or category's code and stored name
    qint64 received = 0;
    qint64 answered = 0;
    qint64 answeredOnTime = 0;
    qint64 resolved = 0;
    qint64 resolvedOnTime = 0;
    qint64 workMinutes = 0; // summed over the resolved items that have them
    qint64 timed = 0;       // how many those are
    qint64 open = 0;
    qint64 overdue = 0; // open now with a deadline passed
};

// The department report's grouped SQL (read-only): every figure one aggregate over the items
// received in [fromUtc, toUtc), on the index of received_at.
class FeedbackFigures {
public:
    explicit FeedbackFigures(Database &db) : m_db(db) {}
    // by: department, category
    Result<QList<FeedbackFigureRow>> byGroup(const QString &by, const QString &fromUtc, const QString &toUtc,
                                             const QString &nowUtc);
    // Praise counted per person praised.
    Result<QList<QPair<QString, qint64>>> praise(const QString &fromUtc, const QString &toUtc);

private:
    Database &m_db;
};

} // namespace crm::data
