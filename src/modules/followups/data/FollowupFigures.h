#pragma once
#include "data/Database.h"

#include <QDate>
#include <QDateTime>
#include <QMap>

namespace crm::data {

// One group of the per-day follow-up rollup (`followup_task_days`, kept by triggers).
struct TaskDayTotals {
    QString key; // agent id, kind or due day (ISO); empty for tasks nobody holds
    qint64 due = 0;
    qint64 completed = 0;
    qint64 onTime = 0;
    qint64 reached = 0;
};

struct FeedbackItem {
    QDateTime calledAt; // UTC
    QString category;
    QString text;
    QString customerName;
    qint64 customerId = 0;
    QString agentName;
    QString departmentCode, departmentName; // where it went (feedback module), empty before routing
    QString status;
    QString result;
};

// The follow-up report's grouped figures. Days are local ISO dates; instants stored UTC bounds
// [fromUtc, toUtc).
class FollowupFigures {
public:
    enum class Key { Agent, Kind, DueDay };
    explicit FollowupFigures(Database &db) : m_db(db) {}

    // Tasks due in [from, to] (cancelled ones not counted), grouped by `key`.
    Result<QList<TaskDayTotals>> taskDays(Key key, const QDate &from, const QDate &to);
    // Calls made, and how many reached the customer.
    Result<QPair<qint64, qint64>> calls(const QString &fromUtc, const QString &toUtc);
    struct FeedbackCounts {
        qint64 items = 0, open = 0, told = 0;
    };
    // What calls made in the period heard, by category: the items from a call, by their own time
    // (recorded in the call's transaction, it is the call's), read from one index (migration 0041).
    Result<QMap<QString, FeedbackCounts>> feedbackByCategory(const QString &fromUtc, const QString &toUtc);
    // Newest first; `category` empty for every category.
    Result<QList<FeedbackItem>> feedbackItems(const QString &fromUtc, const QString &toUtc, const QString &category, int limit);

private:
    Database &m_db;
};

} // namespace crm::data
