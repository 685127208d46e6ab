#include "frontdesk/core/AppointmentBook.h"

#include "core/Titles.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace crm::frontdesk {

QList<QTime> slotsOf(const QDate &day, const OpeningHours &hours, int slotMinutes)
{
    QList<QTime> out;
    if (!hours.isOpenOn(day) || slotMinutes <= 0)
        return out;
    for (const auto &[open, close] : hours.on(day).spans) {
        // Seconds from the span's opening, so a slot ending at midnight cannot wrap round.
        const int span = open.secsTo(close);
        for (int s = 0; s + slotMinutes * 60 <= span; s += slotMinutes * 60)
            out << open.addSecs(s);
    }
    return out;
}

Refusal check(const QDateTime &at, double labourHours, bool withAdvisor, const Load &load, const OpeningHours &hours,
              const Capacity &cap, const QDateTime &now)
{
    if (!at.isValid() || at < now)
        return Refusal::Past;
    if (!hours.isOpenOn(at.date()))
        return Refusal::ClosedDay;
    const QTime end = at.time().addSecs(cap.slotMinutes * 60);
    if (!hours.on(at.date()).covers(at.time(), end < at.time() ? QTime(23, 59, 59, 999) : end))
        return Refusal::OutsideHours;
    if (!slotsOf(at.date(), hours, cap.slotMinutes).contains(at.time()))
        return Refusal::NotASlot;
    if (load.inSlot >= cap.perSlot)
        return Refusal::SlotFull;
    if (load.labourDay + labourHours > cap.labourPerDay + 1e-9)
        return Refusal::DayFull;
    if (withAdvisor && load.labourAdvisor + labourHours > cap.labourPerAdvisor + 1e-9)
        return Refusal::AdvisorFull;
    return Refusal::None;
}

bool overridable(Refusal r)
{
    return r == Refusal::SlotFull || r == Refusal::DayFull || r == Refusal::AdvisorFull;
}

namespace {
struct Named {
    Status status;
    const char16_t *id;
};
constexpr Titled kStatusTitles[] = {{"booked", QT_TRANSLATE_NOOP("crm::frontdesk::FrontdeskText", "Booked")},
                                    {"confirmed", QT_TRANSLATE_NOOP("crm::frontdesk::FrontdeskText", "Confirmed")},
                                    {"arrived", QT_TRANSLATE_NOOP("crm::frontdesk::FrontdeskText", "Arrived")},
                                    {"completed", QT_TRANSLATE_NOOP("crm::frontdesk::FrontdeskText", "Completed")},
                                    {"no_show", QT_TRANSLATE_NOOP("crm::frontdesk::FrontdeskText", "No-show")},
                                    {"cancelled", QT_TRANSLATE_NOOP("crm::frontdesk::FrontdeskText", "Cancelled")},
                                    {"rescheduled", QT_TRANSLATE_NOOP("crm::frontdesk::FrontdeskText", "Rescheduled")}};
constexpr Named kStatuses[] = {{Status::Booked, u"booked"},          {Status::Confirmed, u"confirmed"},
                               {Status::Arrived, u"arrived"},        {Status::Completed, u"completed"},
                               {Status::NoShow, u"no_show"},         {Status::Cancelled, u"cancelled"},
                               {Status::Rescheduled, u"rescheduled"}};
} // namespace

QString statusId(Status s)
{
    for (const Named &n : kStatuses)
        if (n.status == s)
            return QString::fromUtf16(n.id);
    return {};
}

std::optional<Status> statusFromId(const QString &id)
{
    for (const Named &n : kStatuses)
        if (id == QStringView(n.id))
            return n.status;
    return std::nullopt;
}

bool canMove(Status from, Status to)
{
    switch (from) {
    case Status::Booked:
        return to == Status::Confirmed || to == Status::Arrived || to == Status::NoShow || to == Status::Cancelled ||
               to == Status::Rescheduled;
    case Status::Confirmed:
        return to == Status::Arrived || to == Status::NoShow || to == Status::Cancelled || to == Status::Rescheduled;
    case Status::Arrived:
        return to == Status::Completed;
    case Status::NoShow: // the customer turns up after all, later the same day
        return to == Status::Arrived;
    case Status::Completed:
    case Status::Cancelled:
    case Status::Rescheduled:
        return false;
    }
    return false;
}

bool isLive(Status s)
{
    return s == Status::Booked || s == Status::Confirmed || s == Status::Arrived || s == Status::Completed;
}

bool isNoShow(Status s, const QDateTime &slotEnd, int graceMinutes, const QDateTime &now)
{
    return (s == Status::Booked || s == Status::Confirmed) && slotEnd.isValid() &&
           now >= slotEnd.addSecs(qint64(graceMinutes) * 60);
}

bool arrivalMatches(const QDate &day, const QDate &visitDay, int windowDays)
{
    return day.isValid() && visitDay.isValid() && qAbs(day.daysTo(visitDay)) <= qMax(0, windowDays);
}

QString FrontdeskText::refusal(Refusal r)
{
    switch (r) {
    case Refusal::None:
        return {};
    case Refusal::Past:
        return tr("The time has passed: choose a slot later than now.");
    case Refusal::ClosedDay:
        return tr("The store is closed that day.");
    case Refusal::OutsideHours:
        return tr("Outside the opening hours.");
    case Refusal::NotASlot:
        return tr("Not the start of a slot.");
    case Refusal::SlotFull:
        return tr("The slot is full.");
    case Refusal::DayFull:
        return tr("The workshop's labour hours for the day are booked.");
    case Refusal::AdvisorFull:
        return tr("The advisor's hours for the day are booked.");
    }
    return {};
}

QString FrontdeskText::status(const QString &id)
{
    return titleIn(kStatusTitles, "crm::frontdesk::FrontdeskText", id, id);
}

} // namespace crm::frontdesk
