#include "privacy/core/PrivacyRequests.h"

using namespace Qt::StringLiterals;

namespace crm::privacy {

QStringList RequestText::kinds()
{
    return {u"copy"_s, u"correction"_s, u"erasure"_s, u"withdrawal"_s};
}

QStringList RequestText::statuses()
{
    return {u"open"_s, u"answered"_s, u"refused"_s};
}

QString RequestText::kind(const QString &id)
{
    if (id == u"copy"_s)
        return tr("A copy of their data");
    if (id == u"correction"_s)
        return tr("Correction");
    if (id == u"erasure"_s)
        return tr("Erasure");
    if (id == u"withdrawal"_s)
        return tr("Withdrawal of consent");
    return id;
}

QString RequestText::status(const QString &id)
{
    if (id == u"open"_s)
        return tr("Open");
    if (id == u"answered"_s)
        return tr("Answered");
    if (id == u"refused"_s)
        return tr("Refused, with the reason");
    return id;
}

QDate answerDueOn(const QDate &received, const calendar::WorkCalendar &calendar, int workingDays)
{
    QDate d = received;
    for (int counted = 0; counted < workingDays;) {
        d = d.addDays(1);
        if (calendar.isWorkingDay(d))
            ++counted;
    }
    return d;
}

} // namespace crm::privacy
