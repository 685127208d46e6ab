#pragma once
#include "core/Deadline.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <array>
#include <optional>

// The rules of complaint handling (domain brief section 3): the workflow's allowed steps and
// the three deadlines counted in working time. Pure functions; ComplaintService stores.
namespace crm::complaints {

enum class CaseStatus { Registered, Investigating, Proposed, Approved, Informed, Closed, Invalid };
QString statusId(CaseStatus s);
std::optional<CaseStatus> statusFromId(const QString &id);
inline bool isOpen(CaseStatus s)
{
    return s != CaseStatus::Closed && s != CaseStatus::Invalid;
}

// One step of the workflow.
enum class Step {
    Investigate, // registered → investigating: department and person take it (first response)
    Propose,     // investigating → proposed: root cause, solution, compensation (the report)
    Approve,     // proposed → approved (manager)
    SendBack,    // proposed → investigating (manager: not good enough)
    Inform,      // approved → informed: the customer was told
    Accept,      // informed → closed: the customer accepts
    NotAccepted, // informed → closed, and a new complaint linked to this one is opened
    Invalidate,  // registered / investigating → invalid: not established, with a reason
};
QString stepId(Step s);
std::optional<Step> stepFromId(const QString &id);
QList<Step> allowedSteps(CaseStatus from);
CaseStatus targetOf(Step s);
bool managerOnly(Step s);

enum class Level { Normal, Escalated, Major }; // 一般 / 升级 / 重大
QString levelId(Level l);
std::optional<Level> levelFromId(const QString &id);

enum class DeadlineKind { Response, Report, Closure };
QString deadlineId(DeadlineKind k);
inline constexpr DeadlineKind kDeadlines[] = {DeadlineKind::Response, DeadlineKind::Report, DeadlineKind::Closure};

// Limits in working minutes, and the warning share.
struct Limits {
    qint64 responseMin = 24 * 60;
    qint64 reportMin = 3 * 24 * 60;
    qint64 closureMin = 7 * 24 * 60;
    int warnPercent = 80;
    // The clock each deadline counts on; the national working days unless a manager chose
    // another, so existing deadlines do not move.
    std::array<calendar::Clock, 3> clocks{calendar::Clock::WorkingDays, calendar::Clock::WorkingDays,
                                          calendar::Clock::WorkingDays};
    calendar::Clock clockOf(DeadlineKind k) const { return clocks[size_t(k)]; }
    qint64 of(DeadlineKind k) const
    {
        return k == DeadlineKind::Response ? responseMin : k == DeadlineKind::Report ? reportMin : closureMin;
    }
};
Limits defaultLimits(Level l); // response 24 h (escalated/major 2 h), report 3 days, closure 7 days (escalated/major 15)

// The shared deadline (core/Deadline.h) named for the complaint deadline it is.
struct Deadline : calendar::Deadline {
    DeadlineKind kind = DeadlineKind::Response;
};

// A deadline counted from `start` on the calendar, without the pauses, extended by
// `extendMin`, met at `metAt` (invalid if not yet).
Deadline computeDeadline(DeadlineKind kind, const calendar::WorkCalendar &cal, const QDateTime &start, qint64 limitMin,
                         qint64 extendMin, int warnPercent, const QList<calendar::Interval> &pauses, const QDateTime &metAt,
                         const QDateTime &now);

// Translated names for lists and forms.
class ComplaintText {
    Q_DECLARE_TR_FUNCTIONS(crm::complaints::ComplaintText)
public:
    static QString status(const QString &id);
    static QString step(Step s);
    static QString level(const QString &id);
    static QString channel(const QString &id);
    static QString category(const QString &id);
    static QString deadline(DeadlineKind k);
    static QString deadlineState(Deadline::State s);
    static QStringList channels();
    static QStringList categories();
    static QStringList levels();
    static QStringList statuses();
};

} // namespace crm::complaints
