#pragma once
#include "data/Database.h"

namespace crm::data {

// A count of one kind of work by one person in one UTC hour: the usage report folds the hours
// into the desk's local days, weeks or months (a day in China starts at 16:00 UTC).
struct UsageCount {
    qint64 userId = 0;
    QString hour; // "2026-12-04T09" (UTC)
    QString kind; // an audit action, or calls / short_calls / call_seconds / tasks_closed
    qint64 n = 0;
};

struct DeskSessionRow {
    qint64 id = 0;
    qint64 userId = 0;
    QString desk;
    QString startedAt, lastSeenAt, endedAt; // UTC ISO
    qint64 activeSeconds = 0;
};

// A call as the usage report's anomaly rules read it (from followup_calls_usage alone).
struct CallTiming {
    qint64 id = 0;
    qint64 userId = 0;
    QString startedAt, calledAt; // UTC ISO; started empty for calls logged before it was kept
    int durationSec = 0;
};

// The audit rows that record personal data seen or leaving: reveals, exports, data copies,
// erasures — the PIPL view.
struct PersonalDataEvent {
    qint64 id = 0;
    QString at;
    qint64 userId = 0;
    QString person, action, entity, entityId, afterJson, detail;
};

// The read queries of the department's own use: the audit log, the calls and the desks' sessions
// of a period, grouped in SQL on indexed time ranges.
class UsageFigures {
public:
    explicit UsageFigures(Database &db) : m_db(db) {}
    Result<QList<UsageCount>> counts(const QString &from, const QString &to, int shortCallSeconds);
    Result<QList<DeskSessionRow>> sessions(const QString &from, const QString &to);
    Result<QList<CallTiming>> calls(const QString &from, const QString &to);
    Result<QList<PersonalDataEvent>> personalData(const QString &from, const QString &to, const QString &username,
                                                  const QString &action, int limit);
    Result<QHash<qint64, QString>> customerNames(const QList<qint64> &ids);

private:
    Database &m_db;
};

} // namespace crm::data
