#pragma once
#include "admin/data/UsageFigures.h"
#include "data/ServerAccess.h"
#include "services/Guard.h"

#include <QDate>

namespace crm::services {

enum class UsageGrain { Day, Week, Month };

// One person's work in one day, week or month.
struct UsageRow {
    qint64 userId = 0;
    QString person;
    QString bucket; // 2026-12-04, 2026-W49 or 2026-12 (the desk's local calendar)
    qint64 signIns = 0, activeSeconds = 0, calls = 0, shortCalls = 0, callSeconds = 0, tasksClosed = 0;
    qint64 created = 0, edited = 0, imports = 0, exports = 0, exportedRows = 0, reveals = 0;
};

// Something worth a look, by the thresholds in Settings → Usage report.
struct UsageAnomaly {
    QString kind; // short_calls, late_log, out_of_hours, reveals, exported_rows, two_desks
    qint64 userId = 0;
    QString person;
    QDate day;
    QString detail;
};

struct InactiveAccount {
    qint64 userId = 0;
    QString username, person;
    Role role = Role::Agent;
    QDateTime lastLogin; // UTC; invalid: never signed in
    int days = 0;        // since the last sign-in (or since the account was made)
};

struct UsageReport {
    QDate from, to;
    UsageGrain grain = UsageGrain::Day;
    QList<UsageRow> rows; // by person, then period
    QList<UsageAnomaly> anomalies;
    QList<InactiveAccount> inactive;
};

// A reveal, export, data copy or erasure as the PIPL view lists it.
struct PersonalDataRow {
    qint64 auditId = 0;
    QDateTime at; // UTC
    QString person;
    QString action; // reveal, export, personal_data_copy, anonymise
    QString what;   // the record kind people read (customer, upload batch, …)
    QString whose;  // the customer's name when the record is a customer
    QString why;    // the audit's detail: the field revealed, the file written, the reason given
    qint64 rows = 0;
};

// The department's own use of the program (系统使用监控): per person and day, week or month, from
// the audit log, the calls and the desks' sessions; the anomalies worth a look; the accounts no
// one uses; and who saw or took whose personal data.
class UsageService {
    Q_DECLARE_TR_FUNCTIONS(crm::services::UsageService)
public:
    explicit UsageService(Context ctx) : m_ctx(ctx) {}

    static QString anomalyTitle(const QString &kind);
    static QString grainTitle(UsageGrain g);

    Result<UsageReport> report(const Session &who, const QDate &from, const QDate &to, UsageGrain grain);
    Result<QList<PersonalDataRow>> personalData(const Session &who, const QDate &from, const QDate &to,
                                                const QString &username = {}, const QString &action = {}, int limit = 2000);
    Status exportReport(const Session &who, const UsageReport &r, const QString &path);
    // The sessions on the PostgreSQL server now (program, person and desk; the administrator's
    // "who is connected"); empty on SQLite, which has no server.
    Result<QList<data::ConnectedDesk>> connectedNow(const Session &who);
    // Disables an inactive account (the administrator's one click; audited as any change of a user).
    Status disableAccount(const Session &who, qint64 userId);

private:
    Context m_ctx;
};

} // namespace crm::services
