#include "core/Plate.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace crm {

QString Plate::provinces()
{
    return u"京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"_s;
}

Result<QString> Plate::normalise(const QString &input)
{
    QString p = input.trimmed().toUpper();
    p.remove(u' ').remove(u'-').remove(u'·').remove(u'•');
    if (p.isEmpty())
        return Error::invalid(tr("The plate is empty."));
    if (!provinces().contains(p.at(0)))
        return Error::invalid(
            tr("A plate starts with a province character (粤, 京, 沪, …); \"%1\" does not.").arg(input.trimmed()));
    if (p.size() != 7 && p.size() != 8)
        return Error::invalid(tr("A plate has 7 characters (8 for new-energy vehicles); \"%1\" has %2.").arg(p).arg(p.size()));
    static const QRegularExpression regular(u"^.[A-Z][A-HJ-NP-Z0-9]{4}[A-HJ-NP-Z0-9挂学警港澳]$"_s);
    // New energy: small cars D/F then 5 digits-or-letters (first may be a letter); large cars 5 digits then D/F.
    static const QRegularExpression energy(u"^.[A-Z]([DF][A-HJ-NP-Z0-9]\\d{4}|\\d{5}[DF])$"_s);
    if (p.size() == 7 && !regular.match(p).hasMatch())
        return Error::invalid(
            tr("\"%1\" is not a valid plate: after the province come a letter and five letters or digits (no I or O).").arg(p));
    if (p.size() == 8 && !energy.match(p).hasMatch())
        return Error::invalid(tr("\"%1\" is not a valid new-energy plate: after the letter comes D or F and five characters, "
                                 "or five digits and then D or F.")
                                  .arg(p));
    return p;
}

QString Plate::withoutProvince(const QString &p)
{
    return p.isEmpty() ? p : p.mid(1);
}

} // namespace crm
