#pragma once
#include "data/Database.h"

#include <QDateTime>
#include <optional>

namespace crm::data {

struct Department {
    qint64 id = 0;
    QString code;
    QString name; // as stored (FeedbackText::department shows it)
    qint64 headId = 0;
    QString headName;
    bool active = true;
    QList<qint64> members; // user ids
};

struct FeedbackCategory {
    QString code;
    QString name; // as stored (FeedbackText::category shows it)
    qint64 departmentId = 0;
    int answerHours = 8;
    int resolveHours = 27;
    QString clock = QStringLiteral("store_hours");
    bool inform = true;
    bool active = true;
};

struct FeedbackItemRow {
    qint64 id = 0;
    qint64 customerId = 0;
    QString customerName;
    qint64 vehicleId = 0;
    QString vehicle; // model and plate
    QString category;
    QString categoryName;
    QString text;
    QString source;
    qint64 sourceId = 0;
    qint64 callId = 0;
    qint64 departmentId = 0;
    QString departmentCode;
    QString departmentName;
    qint64 ownerId = 0;
    QString ownerName;
    qint64 takenBy = 0;
    QString takenByName;
    QString praised;
    QString status;
    QString clock;
    QDateTime receivedAt; // UTC, like every time below
    QDateTime answerWarnAt, answerDueAt, resolveWarnAt, resolveDueAt;
    QDateTime answeredAt;
    QString answer;
    QDateTime resolvedAt;
    QString result;
    qint64 workMinutes = -1; // counted minutes received → resolved on the item's clock; -1 until then
    qint64 informTaskId = 0;
    QDateTime closedAt;
    qint64 complaintId = 0;
    QString complaintNumber;
    qint64 leadId = 0;
    int version = 1;
};

struct NewFeedbackItem {
    qint64 customerId = 0;
    qint64 vehicleId = 0;
    QString category;
    QString text;
    QString source;
    qint64 sourceId = 0;
    qint64 callId = 0;
    qint64 departmentId = 0;
    qint64 ownerId = 0;
    qint64 takenBy = 0;
    QString praised;
    QString clock;
    QString receivedAt; // stored UTC, like the due times
    QString answerWarnAt, answerDueAt, resolveWarnAt, resolveDueAt;
};

// Which items a list shows. `memberOf`: the items of the departments the user belongs to or
// heads, and the items the user owns.
struct FeedbackFilter {
    QString state = QStringLiteral("open"); // open, overdue, closed, all
    // A figure of the report, as the drill-down lists it: answered, resolved, answered_late,
    // resolved_late (met after the due time, or not met with it passed); empty for all.
    QString figure;
    qint64 departmentId = 0;
    qint64 memberOf = 0;
    qint64 customerId = 0;
    QString category;
    QString fromUtc, toUtc; // received in [from, to)
    QString nowUtc;         // for overdue
    qint64 beforeId = 0;    // paging: newest first
    int limit = 200;
};

struct FeedbackEvent {
    QDateTime at; // UTC
    QString username;
    QString person; // display name
    QString action;
    QString note;
};

// A change of an item at the version the caller saw; empty fields are left as they are.
struct FeedbackChange {
    std::optional<QString> status;
    std::optional<qint64> departmentId;
    std::optional<qint64> ownerId; // 0: nobody
    std::optional<QString> answeredAt, answer, resolvedAt, result, closedAt, praised;
    std::optional<qint64> workMinutes, informTaskId, complaintId, leadId;
};

// Items with their events and reminders, the departments and the categories: one aggregate.
class FeedbackRepository {
public:
    explicit FeedbackRepository(Database &db) : m_db(db) {}

    Result<QList<Department>> departments();
    Result<qint64> saveDepartment(const Department &d); // insert when id is 0
    Result<QList<FeedbackCategory>> categories();
    Status saveCategory(const FeedbackCategory &c, bool isNew);
    // The departments the user belongs to or heads.
    Result<QList<qint64>> departmentsOf(qint64 userId);

    Result<qint64> insert(const NewFeedbackItem &i);
    Result<std::optional<FeedbackItemRow>> byId(qint64 id);
    Result<std::optional<FeedbackItemRow>> byTask(qint64 informTaskId);
    Result<QList<FeedbackItemRow>> list(const FeedbackFilter &f);
    Result<qint64> count(const FeedbackFilter &f);
    // False when someone changed the item since `version`.
    Result<bool> change(qint64 id, int version, const FeedbackChange &c);
    Status addEvent(qint64 id, const QString &at, const QString &username, const QString &action, const QString &note);
    Result<QList<FeedbackEvent>> events(qint64 id);

    // Open items with a warning or due time passed and not yet reminded of it.
    struct Due {
        qint64 id = 0;
        QString deadline; // answer, resolve
        QString kind;     // warning, overdue
    };
    Result<QList<Due>> dueReminders(const QString &nowUtc);
    Result<bool> addReminder(qint64 id, const QString &deadline, const QString &kind, const QString &at);
    // Items waiting to be told whose call task ended without reaching the customer (expired,
    // cancelled by an opt-out, unreachable): the item ids.
    Result<QList<qint64>> informingEnded();

private:
    Result<std::optional<FeedbackItemRow>> one(const QString &where, qint64 value);
    Database &m_db;
};

} // namespace crm::data
