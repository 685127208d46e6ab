#include "core/Mobile.h"

#include <QSet>
#include <phonenumbers/phonenumberutil.h>

namespace crm {
namespace {
// The 7-digit block of a plain 11-digit number ("1381234"), or -1 for anything else.
int blockOf(const QString &s)
{
    if (s.size() != 11 || s.at(0) != u'1')
        return -1;
    int block = 0;
    for (int i = 0; i < 11; ++i) {
        const char16_t c = s.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        if (i < 7)
            block = block * 10 + (c - u'0');
    }
    return block;
}
} // namespace

Result<QString> Mobile::normalise(const QString &input)
{
    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty())
        return Error::invalid(tr("The mobile number is empty."));
    // Mainland numbers are allocated in blocks of 10,000 (the first 7 digits, 号段 + HLR code), so a
    // plain 11-digit number of a block libphonenumber accepted once is accepted again: parsing costs
    // ~20 µs, which a million-row import would spend ~20 s on. Per thread: the import's worker
    // and a desk never share one.
    thread_local QSet<int> acceptedBlocks;
    const int block = blockOf(trimmed);
    if (block >= 0 && acceptedBlocks.contains(block))
        return trimmed;
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
    if (block >= 0)
        acceptedBlocks.insert(block);
    return digits;
}

QString Mobile::masked(const QString &n)
{
    if (n.size() != 11)
        return n.isEmpty() ? QString() : QStringLiteral("****");
    return n.left(3) + QStringLiteral("****") + n.right(4);
}

} // namespace crm
