#include "feedback/core/FeedbackRules.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace crm::feedback {

namespace {
constexpr Status kStatuses[] = {Status::Open,   Status::Answered,    Status::Informing,
                                Status::Closed, Status::Unreachable, Status::Converted};
}

QString statusId(Status s)
{
    switch (s) {
    case Status::Open:
        return u"open"_s;
    case Status::Answered:
        return u"answered"_s;
    case Status::Informing:
        return u"informing"_s;
    case Status::Closed:
        return u"closed"_s;
    case Status::Unreachable:
        return u"unreachable"_s;
    case Status::Converted:
        return u"converted"_s;
    }
    return {};
}

std::optional<Status> statusFromId(const QString &id)
{
    for (Status s : kStatuses)
        if (statusId(s) == id)
            return s;
    return std::nullopt;
}

bool isOpen(Status s)
{
    return s == Status::Open || s == Status::Answered || s == Status::Informing;
}

QString deadlineId(DeadlineKind k)
{
    return k == DeadlineKind::Answer ? u"answer"_s : u"resolve"_s;
}

QStringList sources()
{
    return {u"outbound_call"_s, u"inbound_call"_s, u"survey"_s, u"club"_s, u"card"_s};
}

DueTimes dueTimes(const calendar::WorkCalendar &clock, const QDateTime &received, int answerHours, int resolveHours,
                  int warnPercent)
{
    const QDateTime never;
    const auto answer = calendar::computeDeadline(clock, received, qint64(answerHours) * 60, 0, warnPercent, {}, never, received);
    const auto resolve =
        calendar::computeDeadline(clock, received, qint64(resolveHours) * 60, 0, warnPercent, {}, never, received);
    return {answer.warnAt, answer.dueAt, resolve.warnAt, resolve.dueAt};
}

QString FeedbackText::status(const QString &id)
{
    static const QHash<QString, const char *> names{
        {u"open"_s, QT_TR_NOOP("Waiting for the department")},          {u"answered"_s, QT_TR_NOOP("Being handled")},
        {u"informing"_s, QT_TR_NOOP("Result to tell the customer")},    {u"closed"_s, QT_TR_NOOP("Closed")},
        {u"unreachable"_s, QT_TR_NOOP("Closed, customer not reached")}, {u"converted"_s, QT_TR_NOOP("Handed over")}};
    const char *n = names.value(id);
    return n ? tr(n) : id;
}

QString FeedbackText::source(const QString &id)
{
    static const QHash<QString, const char *> names{{u"outbound_call"_s, QT_TR_NOOP("Follow-up call")},
                                                    {u"inbound_call"_s, QT_TR_NOOP("Inbound call")},
                                                    {u"survey"_s, QT_TR_NOOP("Survey")},
                                                    {u"club"_s, QT_TR_NOOP("Club desk")},
                                                    {u"card"_s, QT_TR_NOOP("Customer card")},
                                                    {u"legacy"_s, QT_TR_NOOP("Call (before routing)")}};
    const char *n = names.value(id);
    return n ? tr(n) : id;
}

QString FeedbackText::deadline(DeadlineKind k)
{
    return k == DeadlineKind::Answer ? tr("First answer") : tr("Resolution");
}

QString FeedbackText::category(const QString &code, const QString &storedName)
{
    static const QHash<QString, QPair<const char *, const char *>> names{
        {u"need"_s, {"Need", QT_TR_NOOP("Need")}},
        {u"purchase_intent"_s, {"Purchase intent", QT_TR_NOOP("Purchase intent")}},
        {u"suggestion"_s, {"Suggestion", QT_TR_NOOP("Suggestion")}},
        {u"praise"_s, {"Praise", QT_TR_NOOP("Praise")}},
        {u"enquiry"_s, {"Enquiry", QT_TR_NOOP("Enquiry")}},
        {u"grievance"_s, {"Grievance", QT_TR_NOOP("Grievance")}}};
    const auto it = names.constFind(code);
    if (it != names.constEnd() && (storedName.isEmpty() || storedName == QLatin1String(it->first)))
        return tr(it->second);
    return storedName.isEmpty() ? code : storedName;
}

QString FeedbackText::department(const QString &code, const QString &storedName)
{
    static const QHash<QString, QPair<const char *, const char *>> names{
        {u"sales"_s, {"Sales", QT_TR_NOOP("Sales")}},
        {u"service"_s, {"After-sales service", QT_TR_NOOP("After-sales service")}},
        {u"parts"_s, {"Parts", QT_TR_NOOP("Parts")}},
        {u"finance"_s, {"Finance", QT_TR_NOOP("Finance")}},
        {u"marketing"_s, {"Marketing", QT_TR_NOOP("Marketing")}},
        {u"club"_s, {"Owners' club", QT_TR_NOOP("Owners' club")}},
        {u"customer_relations"_s, {"Customer relations", QT_TR_NOOP("Customer relations")}}};
    const auto it = names.constFind(code);
    if (it != names.constEnd() && (storedName.isEmpty() || storedName == QLatin1String(it->first)))
        return tr(it->second);
    return storedName.isEmpty() ? code : storedName;
}

QString FeedbackText::event(const QString &action)
{
    static const QHash<QString, const char *> names{{u"record"_s, QT_TR_NOOP("Recorded")},
                                                    {u"route"_s, QT_TR_NOOP("Routed")},
                                                    {u"answer"_s, QT_TR_NOOP("First answer")},
                                                    {u"resolve"_s, QT_TR_NOOP("Result recorded")},
                                                    {u"remind"_s, QT_TR_NOOP("Reminder (催办)")},
                                                    {u"informed"_s, QT_TR_NOOP("Customer told")},
                                                    {u"unreachable"_s, QT_TR_NOOP("Customer not reached")},
                                                    {u"complaint"_s, QT_TR_NOOP("To the complaint desk")},
                                                    {u"lead"_s, QT_TR_NOOP("To sales as a lead")}};
    const char *n = names.value(action);
    return n ? tr(n) : action;
}

QString FeedbackText::state(calendar::Deadline::State s)
{
    return calendar::DeadlineText::state(s);
}

} // namespace crm::feedback
