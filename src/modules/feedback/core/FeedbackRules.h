#pragma once
#include "core/Deadline.h"

#include <QCoreApplication>
#include <QDateTime>
#include <optional>

// Feedback to departments (客户反馈处理): the states of an item, its two deadlines and the names
// people read. Pure functions; FeedbackService stores.
namespace crm::feedback {

// open → answered (the department's first answer) → informing (result recorded; an agent tells
// the customer) → closed, or unreachable after the call desk's attempts. A category that does
// not tell the customer (praise) closes at the result. A grievance handed to the complaint
// desk or purchase intent handed to sales as a lead is converted: that workflow takes over.
enum class Status { Open, Answered, Informing, Closed, Unreachable, Converted };
QString statusId(Status s);
std::optional<Status> statusFromId(const QString &id);
bool isOpen(Status s); // open, answered or informing

enum class DeadlineKind { Answer, Resolve };
QString deadlineId(DeadlineKind k);

// Where the customer said it.
QStringList sources(); // outbound_call, inbound_call, survey, club, card (legacy: before routing)

// The default categories the migration ships (need, purchase_intent, suggestion, praise, enquiry,
// grievance); a manager may add more. The two with a one-step conversion:
inline const QString kGrievance = QStringLiteral("grievance");
inline const QString kPurchaseIntent = QStringLiteral("purchase_intent");
inline const QString kPraise = QStringLiteral("praise");
inline constexpr int kWarnPercent = 80;

// The due and warning times of an item received at `received` (local), counted on `clock`.
struct DueTimes {
    QDateTime answerWarn, answerDue, resolveWarn, resolveDue; // local
};
DueTimes dueTimes(const calendar::WorkCalendar &clock, const QDateTime &received, int answerHours, int resolveHours,
                  int warnPercent = kWarnPercent);

// The two deadlines of an item as a form shows them (state at `now`).
struct ItemDeadline {
    DeadlineKind kind = DeadlineKind::Answer;
    calendar::Deadline::State state = calendar::Deadline::State::Pending;
    QDateTime dueAt; // local
    QDateTime metAt;
};

// Translated names. A stored name equal to the shipped source-language name is shown
// translated; a name a manager typed is shown as typed.
class FeedbackText {
    Q_DECLARE_TR_FUNCTIONS(crm::feedback::FeedbackText)
public:
    static QString status(const QString &id);
    static QString source(const QString &id);
    static QString deadline(DeadlineKind k);
    static QString category(const QString &code, const QString &storedName);
    static QString department(const QString &code, const QString &storedName);
    static QString state(calendar::Deadline::State s);
    static QString event(const QString &action); // an item's history: record, route, answer, remind, …
};

} // namespace crm::feedback
