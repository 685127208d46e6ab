#include "core/Vin.h"

namespace crm {
namespace {
constexpr int kWeights[17] = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};

int transliterate(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    static constexpr int letters[26] = {1, 2, 3, 4, 5, 6, 7, 8, -1, 1, 2, 3, 4, 5, -1, 7, -1, 9, 2, 3, 4, 5, 6, 7, 8, 9};
    if (u >= u'A' && u <= u'Z')
        return letters[u - u'A'];
    return -1;
}
} // namespace

QChar Vin::checkDigit(const QString &vin)
{
    if (vin.size() != 17)
        return QChar();
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const int v = transliterate(vin.at(i));
        if (v < 0)
            return QChar();
        sum += v * kWeights[i];
    }
    const int r = sum % 11;
    return r == 10 ? QChar(u'X') : QChar(char16_t(u'0' + r));
}

Result<QString> Vin::validate(const QString &input)
{
    const QString vin = input.trimmed().toUpper();
    if (vin.size() != 17)
        return Error::invalid(tr("A VIN has 17 characters; this one has %1.").arg(vin.size()));
    for (int i = 0; i < 17; ++i) {
        if (transliterate(vin.at(i)) < 0)
            return Error::invalid(tr("Character %1 of the VIN (\"%2\") is not allowed; VINs use 0–9 and A–Z without I, O and Q.")
                                      .arg(i + 1)
                                      .arg(vin.at(i)));
    }
    const QChar expected = checkDigit(vin);
    if (vin.at(8) != expected)
        return Error::invalid(tr("The VIN check digit (9th character) should be %1, not %2.").arg(expected).arg(vin.at(8)));
    return vin;
}

} // namespace crm
