#pragma once
#include "data/Database.h"
#include "followups/core/FollowupRules.h"

#include <QDateTime>
#include <optional>

namespace crm::data {

// A follow-up task as the queue and the call form show it (joined with customer and vehicle).
struct TaskRow {
    qint64 id = 0;
    QString kind;
    QString sourceKey;
    qint64 customerId = 0;
    qint64 vehicleId = 0;
    QDate available;
    QDate due;
    QDate expires;
    int priority = 2;
    QString status;
    int attempts = 0;
    QDateTime nextAttemptAt; // UTC; set while an unreached task waits for its retry
    qint64 assignedTo = 0;
    QString assignedName;
    QString customerName;
    QString customerGender; // M, F or empty: the script's salutation
    QString mobile;
    QString vehicle; // model and plate
    QString outcome; // final outcome once closed
    QDateTime completedAt;
};

// Which part of the queue. `Now` is what an agent should call at this moment: open, already
// available, and not waiting for a retry time; Overdue is the part of it past its due day.
enum class QueueScope { Now, Overdue, Upcoming, AllOpen };
enum class QueueOwner { Mine, Unassigned, MineAndUnassigned, Everyone };

struct QueueFilter {
    QueueScope scope = QueueScope::Now;
    QueueOwner owner = QueueOwner::MineAndUnassigned;
    qint64 userId = 0;     // "me"
    QString kind;          // empty = every kind
    qint64 campaignId = 0; // kind 'campaign': only this campaign's calls
    QDate today;           // local
    QDateTime now;         // UTC
};

// Queue order: priority, due day, id. The cursor is the last row of the previous page.
struct QueueCursor {
    int priority = 0;
    QString due;
    qint64 id = 0;
};

struct CallRow {
    qint64 id = 0;
    qint64 taskId = 0;
    qint64 customerId = 0;
    qint64 agentId = 0;
    QString agentName;
    QString taskKind;
    QDateTime calledAt; // UTC
    QString outcome;
    int durationSec = 0;
    QString notes;
    QString nextAction;
    QDateTime callbackAt;
    bool quietHours = false;
    QDateTime startedAt; // UTC, when the call began as the desk said (calledAt: when it was logged)
};

// What the customer said on a call: each line becomes a feedback item (feedback module).
struct FeedbackRow {
    qint64 callId = 0;
    QString category;
    QString text;
    QString praised; // praise: the person praised
};

// How a task ends or waits after a call.
struct TaskUpdate {
    QString status; // open (retry), done, unreachable
    int attempts = 0;
    QDateTime nextAttemptAt; // retry only
    QString outcome;
    qint64 userId = 0; // assigned (if unassigned) and, when closed, completed_by
    QDateTime at;      // UTC
    QDate localDay;
};

// A task to create (unique per kind and source).
struct NewTask {
    QString kind;
    QString sourceKey;
    qint64 customerId = 0;
    qint64 vehicleId = 0;
    QDate available, due, expires;
    int priority = 2;
    QString at; // stored UTC
};

// A kind of contact the customer asked not to get.
struct OptOutRow {
    QString contactType;
    QString reason;
    QString createdAt; // UTC
    QString createdBy;
};

// Tasks and the calls made on them: one aggregate (appointments are the front desk's).
class FollowupRepository {
public:
    explicit FollowupRepository(Database &db) : m_db(db) {}

    Result<QList<TaskRow>> queue(const QueueFilter &f, const std::optional<QueueCursor> &after, int limit);
    Result<qint64> queueCount(const QueueFilter &f, qint64 cap); // at most cap + 1
    static QueueCursor cursorOf(const TaskRow &r);
    Result<std::optional<TaskRow>> task(qint64 id);
    Result<QList<TaskRow>> openTasksOf(qint64 customerId); // the inbound call's "open follow-ups"
    // Holds the task's row until the transaction ends (PostgreSQL; on SQLite the write
    // transaction already excludes other writers): two desks logging a call on one task queue
    // here, and the second sees the first's call and the task's new state.
    Status lockTask(qint64 id);

    // Takes an open task for `userId` unless someone else has it. False when taken or closed.
    Result<bool> claim(qint64 taskId, qint64 userId, const QDateTime &at);
    Result<bool> assign(qint64 taskId, std::optional<qint64> userId, const QDateTime &at);
    // Applies only while the task is still open; false when someone closed it meanwhile.
    Result<bool> update(qint64 taskId, const TaskUpdate &u);
    // Cancels the open task raised for a source (e.g. the reminder of a booking that was cancelled).
    Status cancelOpenTask(const QString &kind, const QString &sourceKey, const QString &at);
    // The task raised for a source (0 when none).
    Result<qint64> taskIdOf(const QString &kind, const QString &sourceKey);
    // False when a task of that kind and source exists already.
    Result<bool> insertTask(const NewTask &t);
    // Many at once (multi-row INSERTs of 400, ON CONFLICT DO NOTHING as insertTask): how many
    // of each kind were created — a task already there (another desk's run) is not counted.
    Result<QHash<QString, int>> insertTasks(const QList<NewTask> &tasks);
    // PostgreSQL: fresh planner statistics for the tasks after a bulk insert. SQLite: nothing.
    Status refreshStatistics();
    // A task that waits for an agreed time and belongs to one agent (a callback).
    Status holdTask(const QString &kind, const QString &sourceKey, const QDateTime &untilUtc, qint64 userId);
    // Open tasks whose window closed before `today` become expired.
    Status expireClosedTasks(const QDate &today, const QString &at);
    // The customer's open tasks of a kind are cancelled; returns how many.
    Result<int> cancelOpenTasks(qint64 customerId, const QString &kind, const QString &at);
    Status saveOptOut(qint64 customerId, const QString &contactType, const QString &reason, const QString &at, const QString &by);
    Result<QList<OptOutRow>> optOuts(qint64 customerId);

    Result<qint64> insertCall(const CallRow &c);
    Result<QList<CallRow>> calls(qint64 taskId);
    // The customer's latest calls over every task, newest first.
    Result<QList<CallRow>> customerCalls(qint64 customerId, int limit);

private:
    Database &m_db;
};

} // namespace crm::data
