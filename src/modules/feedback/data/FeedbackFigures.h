#pragma once
#include "data/Database.h"

namespace crm::data {

// One line of the department report: items received in the period, grouped.
struct FeedbackFigureRow {
    void add(const FeedbackFigureRow &o)
    {
        received += o.received;
        answered += o.answered;
        answeredOnTime += o.answeredOnTime;
        resolved += o.resolved;
        resolvedOnTime += o.resolvedOnTime;
        workMinutes += o.workMinutes;
        timed += o.timed;
        open += o.open;
        overdue += o.overdue;
    }
    QString key;             // department id or category code
    QString code, name;      // the department's or category's code and its title
    qint64 departmentId = 0; // byCategoryAndDepartment: the row's department (0: none, before routing)
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

// The department report's grouped SQL (read-only): every figure of the items received in
// [fromUtc, toUtc), one aggregate over the covering index feedback_items_report, grouped by
// category and department together (the service sums them both ways; key = category code).
class FeedbackFigures {
public:
    explicit FeedbackFigures(Database &db) : m_db(db) {}
    Result<QList<FeedbackFigureRow>> byCategoryAndDepartment(const QString &fromUtc, const QString &toUtc, const QString &nowUtc);
    // Praise counted per person praised.
    Result<QList<QPair<QString, qint64>>> praise(const QString &fromUtc, const QString &toUtc);

private:
    Database &m_db;
};

} // namespace crm::data
