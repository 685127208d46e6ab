#pragma once
#include "followups/data/FollowupFigures.h"
#include "services/Guard.h"

#include <QDate>

namespace crm::services {

// Figures for a set of tasks due in the period (cancelled tasks are not counted):
//   completion = tasks worked to an end (reached/refused → done, or unreachable after the
//                attempts) / tasks due;
//   on time    = tasks completed on or before their due day / tasks due;
//   reached    = tasks whose final call reached the customer / tasks completed.
struct FollowupFigures {
    QString key;   // agent id, task kind, week (2026-W47) or month (2026-11)
    QString label; // for people
    qint64 due = 0;
    qint64 completed = 0;
    qint64 onTime = 0;
    qint64 reached = 0;
    double completionRate() const { return due ? double(completed) / double(due) : 0.0; }
    double onTimeRate() const { return due ? double(onTime) / double(due) : 0.0; }
    double reachedRate() const { return completed ? double(reached) / double(completed) : 0.0; }
    void add(const FollowupFigures &o);
};

enum class ReportGroup { Agent, Kind, Week, Month };

struct FollowupReport {
    QDate from;
    QDate to;
    ReportGroup group = ReportGroup::Agent;
    QList<FollowupFigures> rows;
    FollowupFigures total;
    qint64 calls = 0; // calls made in the period
    qint64 callsReached = 0;
    qint64 members = 0;        // club members now
    qint64 membersCovered = 0; // of them, reached within the coverage days before `to`
    int coverageDays = 90;
    // What the calls heard, by category, and where it stands: the department's result told to
    // the customer (closed), still with the department or the agent (open).
    struct FeedbackCount {
        QString category;
        QString title;
        qint64 items = 0;
        qint64 open = 0;
        qint64 told = 0;
    };
    QList<FeedbackCount> feedback;
    double coverageRate() const { return members ? double(membersCovered) / double(members) : 0.0; }
};

using data::FeedbackItem;

// Follow-up reports for the module page, the exports and the dashboard. Every figure is
// one grouped SQL query over indexed columns (followup_tasks by due day, calls by day).
class FollowupReportService {
    Q_DECLARE_TR_FUNCTIONS(crm::services::FollowupReportService)
public:
    explicit FollowupReportService(Context ctx) : m_ctx(ctx) {}

    // `rowsOnly`: just the grouped task figures (the board's per-agent chart), without the call,
    // feedback and member-coverage figures that do not depend on the grouping.
    Result<FollowupReport> report(const Session &who, const QDate &from, const QDate &to, ReportGroup group,
                                  bool rowsOnly = false);
    Result<QList<FeedbackItem>> feedbackItems(const Session &who, const QDate &from, const QDate &to, const QString &category,
                                              int limit);
    // The report as XLSX (one sheet per section) or CSV (sections one after another).
    Status exportReport(const Session &who, const FollowupReport &r, const QString &path);

    static QString groupTitle(ReportGroup g);
    static QString weekKey(const QDate &d);  // 2026-W47
    static QString monthKey(const QDate &d); // 2026-11

private:
    Context m_ctx;
};

} // namespace crm::services
