#include "core/Mobile.h"

#include <phonenumbers/phonenumberutil.h>

namespace crm {

Result<QString> Mobile::normalise(const QString &input)
{
    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty())
        return Error::invalid(tr("The mobile number is empty."));
    PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber pn;
    if (util->Parse(trimmed.toStdString(), "CN", &pn) != PhoneNumberUtil::NO_PARSING_ERROR)
        return Error::invalid(tr("\"%1\" is not a phone number.").arg(trimmed));
    std::string national;
    util->GetNationalSignificantNumber(pn, &national);
    const QString digits = QString::fromStdString(national);
    if (pn.country_code() != 86)
        return Error::invalid(
            tr("\"%1\" is not a mainland China number (country code +%2).").arg(trimmed).arg(pn.country_code()));
    if (digits.size() != 11)
        return Error::invalid(tr("A mobile number has 11 digits; \"%1\" has %2.").arg(trimmed).arg(digits.size()));
    if (!digits.startsWith(u'1') || digits.at(1) < u'3')
        return Error::invalid(tr("A mobile number starts with 13–19; \"%1\" does not.").arg(trimmed));
    const auto type = util->GetNumberType(pn);
    if (!util->IsValidNumber(pn) || (type != PhoneNumberUtil::MOBILE && type != PhoneNumberUtil::FIXED_LINE_OR_MOBILE))
        return Error::invalid(tr("%1 is not an allocated mobile number range.").arg(digits));
    return digits;
}

QString Mobile::masked(const QString &n)
{
    if (n.size() != 11)
        return n.isEmpty() ? QString() : QStringLiteral("****");
    return n.left(3) + QStringLiteral("****") + n.right(4);
}

} // namespace crm
