#include "complaints/core/ComplaintRules.h"

using namespace Qt::StringLiterals;

namespace crm::complaints {

QString statusId(CaseStatus s)
{
    switch (s) {
    case CaseStatus::Registered:
        return u"registered"_s;
    case CaseStatus::Investigating:
        return u"investigating"_s;
    case CaseStatus::Proposed:
        return u"proposed"_s;
    case CaseStatus::Approved:
        return u"approved"_s;
    case CaseStatus::Informed:
        return u"informed"_s;
    case CaseStatus::Closed:
        return u"closed"_s;
    case CaseStatus::Invalid:
        return u"invalid"_s;
    }
    return {};
}

std::optional<CaseStatus> statusFromId(const QString &id)
{
    for (int i = 0; i <= int(CaseStatus::Invalid); ++i)
        if (statusId(CaseStatus(i)) == id)
            return CaseStatus(i);
    return std::nullopt;
}

QString stepId(Step s)
{
    switch (s) {
    case Step::Investigate:
        return u"investigate"_s;
    case Step::Propose:
        return u"propose"_s;
    case Step::Approve:
        return u"approve"_s;
    case Step::SendBack:
        return u"send_back"_s;
    case Step::Inform:
        return u"inform"_s;
    case Step::Accept:
        return u"accept"_s;
    case Step::NotAccepted:
        return u"not_accepted"_s;
    case Step::Invalidate:
        return u"invalidate"_s;
    }
    return {};
}

std::optional<Step> stepFromId(const QString &id)
{
    for (int i = 0; i <= int(Step::Invalidate); ++i)
        if (stepId(Step(i)) == id)
            return Step(i);
    return std::nullopt;
}

QList<Step> allowedSteps(CaseStatus from)
{
    switch (from) {
    case CaseStatus::Registered:
        return {Step::Investigate, Step::Invalidate};
    case CaseStatus::Investigating:
        return {Step::Propose, Step::Invalidate};
    case CaseStatus::Proposed:
        return {Step::Approve, Step::SendBack};
    case CaseStatus::Approved:
        return {Step::Inform};
    case CaseStatus::Informed:
        return {Step::Accept, Step::NotAccepted};
    case CaseStatus::Closed:
    case CaseStatus::Invalid:
        return {};
    }
    return {};
}

CaseStatus targetOf(Step s)
{
    switch (s) {
    case Step::Investigate:
        return CaseStatus::Investigating;
    case Step::Propose:
        return CaseStatus::Proposed;
    case Step::Approve:
        return CaseStatus::Approved;
    case Step::SendBack:
        return CaseStatus::Investigating;
    case Step::Inform:
        return CaseStatus::Informed;
    case Step::Accept:
    case Step::NotAccepted:
        return CaseStatus::Closed;
    case Step::Invalidate:
        return CaseStatus::Invalid;
    }
    return CaseStatus::Registered;
}

bool managerOnly(Step s)
{
    return s == Step::Approve || s == Step::SendBack;
}

QString levelId(Level l)
{
    switch (l) {
    case Level::Normal:
        return u"normal"_s;
    case Level::Escalated:
        return u"escalated"_s;
    case Level::Major:
        return u"major"_s;
    }
    return {};
}

std::optional<Level> levelFromId(const QString &id)
{
    for (Level l : {Level::Normal, Level::Escalated, Level::Major})
        if (levelId(l) == id)
            return l;
    return std::nullopt;
}

QString deadlineId(DeadlineKind k)
{
    switch (k) {
    case DeadlineKind::Response:
        return u"response"_s;
    case DeadlineKind::Report:
        return u"report"_s;
    case DeadlineKind::Closure:
        return u"closure"_s;
    }
    return {};
}

Limits defaultLimits(Level l)
{
    constexpr qint64 hour = 60, day = 24 * 60;
    if (l == Level::Normal)
        return {24 * hour, 3 * day, 7 * day, 80};
    return {2 * hour, 3 * day, 15 * day, 80};
}

Deadline computeDeadline(DeadlineKind kind, const calendar::WorkCalendar &cal, const QDateTime &start, qint64 limitMin,
                         qint64 extendMin, int warnPercent, const QList<calendar::Interval> &pauses, const QDateTime &metAt,
                         const QDateTime &now)
{
    Deadline d;
    static_cast<calendar::Deadline &>(d) =
        calendar::computeDeadline(cal, start, limitMin, extendMin, warnPercent, pauses, metAt, now);
    d.kind = kind;
    return d;
}

QString ComplaintText::status(const QString &id)
{
    static const QHash<QString, const char *> names{
        {u"registered"_s, QT_TR_NOOP("Registered")},      {u"investigating"_s, QT_TR_NOOP("Investigating")},
        {u"proposed"_s, QT_TR_NOOP("Solution proposed")}, {u"approved"_s, QT_TR_NOOP("Approved")},
        {u"informed"_s, QT_TR_NOOP("Customer informed")}, {u"closed"_s, QT_TR_NOOP("Closed")},
        {u"invalid"_s, QT_TR_NOOP("Not established")}};
    const char *n = names.value(id);
    return n ? tr(n) : id;
}

QString ComplaintText::step(Step s)
{
    switch (s) {
    case Step::Investigate:
        return tr("Start investigating…");
    case Step::Propose:
        return tr("Propose a solution…");
    case Step::Approve:
        return tr("Approve…");
    case Step::SendBack:
        return tr("Send back…");
    case Step::Inform:
        return tr("Customer informed…");
    case Step::Accept:
        return tr("Customer accepts: close…");
    case Step::NotAccepted:
        return tr("Customer does not accept…");
    case Step::Invalidate:
        return tr("Not established…");
    }
    return {};
}

QString ComplaintText::level(const QString &id)
{
    if (id == u"normal"_s)
        return tr("Normal (一般)");
    if (id == u"escalated"_s)
        return tr("Escalated (升级)");
    if (id == u"major"_s)
        return tr("Major (重大)");
    return id;
}

QString ComplaintText::channel(const QString &id)
{
    static const QHash<QString, const char *> names{{u"phone"_s, QT_TR_NOOP("Phone")},
                                                    {u"walk_in"_s, QT_TR_NOOP("Walk-in")},
                                                    {u"followup_call"_s, QT_TR_NOOP("Follow-up call")},
                                                    {u"oem_hotline"_s, QT_TR_NOOP("Manufacturer hotline")},
                                                    {u"online"_s, QT_TR_NOOP("Online / social media")},
                                                    {u"survey"_s, QT_TR_NOOP("Survey answer")}};
    const char *n = names.value(id);
    return n ? tr(n) : id;
}

QString ComplaintText::category(const QString &id)
{
    static const QHash<QString, const char *> names{{u"product_quality"_s, QT_TR_NOOP("Product quality")},
                                                    {u"repair_quality"_s, QT_TR_NOOP("Repair quality")},
                                                    {u"service_attitude"_s, QT_TR_NOOP("Service attitude")},
                                                    {u"price"_s, QT_TR_NOOP("Price / charges")},
                                                    {u"delivery_paperwork"_s, QT_TR_NOOP("Delivery / paperwork")},
                                                    {u"parts"_s, QT_TR_NOOP("Parts availability")},
                                                    {u"other"_s, QT_TR_NOOP("Other")}};
    const char *n = names.value(id);
    return n ? tr(n) : id;
}

QString ComplaintText::deadline(DeadlineKind k)
{
    switch (k) {
    case DeadlineKind::Response:
        return tr("First response");
    case DeadlineKind::Report:
        return tr("Investigation report");
    case DeadlineKind::Closure:
        return tr("Closure");
    }
    return {};
}

QString ComplaintText::deadlineState(Deadline::State s)
{
    return calendar::DeadlineText::state(s);
}

QStringList ComplaintText::channels()
{
    return {u"phone"_s, u"walk_in"_s, u"followup_call"_s, u"oem_hotline"_s, u"online"_s, u"survey"_s};
}

QStringList ComplaintText::categories()
{
    return {u"product_quality"_s, u"repair_quality"_s, u"service_attitude"_s, u"price"_s, u"delivery_paperwork"_s,
            u"parts"_s,           u"other"_s};
}

QStringList ComplaintText::levels()
{
    return {u"normal"_s, u"escalated"_s, u"major"_s};
}

QStringList ComplaintText::statuses()
{
    QStringList out;
    for (int i = 0; i <= int(CaseStatus::Invalid); ++i)
        out << statusId(CaseStatus(i));
    return out;
}

} // namespace crm::complaints
