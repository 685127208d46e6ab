#include "core/Vin.h"

#include <gtest/gtest.h>

using namespace crm;
using namespace Qt::StringLiterals;

TEST(Vin, KnownCheckDigits)
{
    // Public examples: a North-American VIN and a Chinese FAW-VW VIN.
    EXPECT_EQ(Vin::checkDigit(u"1M8GDM9AXKP042788"_s), QChar(u'X'));
    EXPECT_EQ(Vin::checkDigit(u"11111111111111111"_s), QChar(u'1'));
    EXPECT_EQ(Vin::checkDigit(u"LFV2A21K0A3040001"_s).isNull(), false);
}

TEST(Vin, ValidateAcceptsAndNormalises)
{
    auto r = Vin::validate(u"  1m8gdm9axkp042788 "_s);
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_EQ(*r, u"1M8GDM9AXKP042788"_s);
}

TEST(Vin, ValidateSaysWhatIsWrong)
{
    auto wrongDigit = Vin::validate(u"1M8GDM9A1KP042788"_s);
    ASSERT_FALSE(wrongDigit.ok());
    EXPECT_TRUE(wrongDigit.error().message.contains(u'X')) << wrongDigit.error().message.toStdString();

    auto shortVin = Vin::validate(u"1M8GDM9AX"_s);
    ASSERT_FALSE(shortVin.ok());
    EXPECT_TRUE(shortVin.error().message.contains(u"9"_s));

    auto letterO = Vin::validate(u"1M8GDM9AXKPO42788"_s);
    ASSERT_FALSE(letterO.ok());
    EXPECT_TRUE(letterO.error().message.contains(u"12"_s)) << letterO.error().message.toStdString();
}
