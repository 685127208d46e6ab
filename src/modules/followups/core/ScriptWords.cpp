#include "followups/core/ScriptWords.h"

using namespace Qt::StringLiterals;

namespace crm::followups {

QString salutation(const QString &name, const QString &gender)
{
    // Two-character surnames are said whole (欧阳, 司马 …); otherwise the first character.
    static const QStringList compound{u"欧阳"_s, u"司马"_s, u"上官"_s, u"诸葛"_s, u"东方"_s, u"皇甫"_s, u"慕容"_s, u"司徒"_s};
    const QString n = name.trimmed();
    QString surname = n.left(1);
    for (const QString &c : compound)
        if (n.startsWith(c) && n.size() > c.size())
            surname = c;
    const QString title = gender == u"M"_s ? u"先生"_s : gender == u"F"_s ? u"女士"_s : u"先生/女士"_s;
    return surname + title;
}

QString dayWord(const QDate &day, const QDate &today)
{
    if (!day.isValid())
        return {};
    switch (today.daysTo(day)) {
    case -1:
        return u"昨天"_s;
    case 0:
        return u"今天"_s;
    case 1:
        return u"明天"_s;
    case 2:
        return u"后天"_s;
    default:
        return u"%1月%2日"_s.arg(day.month()).arg(day.day());
    }
}

} // namespace crm::followups
