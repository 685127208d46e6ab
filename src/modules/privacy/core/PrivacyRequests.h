#pragma once
// Data-subject requests (个人信息权利请求): the kinds a person may ask for, the register's
// statuses, and the legal deadline — 15 working days of the national calendar after the day the
// request came in (GB/T 35273 §8.7: answer within 15 working days / 30 days; the shorter one is
// the default).
#include "core/WorkCalendar.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace crm::privacy {

inline constexpr int kAnswerWorkingDays = 15;

class RequestText {
    Q_DECLARE_TR_FUNCTIONS(crm::privacy::RequestText)
public:
    static QStringList kinds();    // copy, correction, erasure, withdrawal
    static QStringList statuses(); // open, answered, refused
    static QString kind(const QString &id);
    static QString status(const QString &id);
};

// The day the answer is due: `workingDays` working days after `received` on `calendar`.
QDate answerDueOn(const QDate &received, const calendar::WorkCalendar &calendar, int workingDays = kAnswerWorkingDays);

} // namespace crm::privacy
