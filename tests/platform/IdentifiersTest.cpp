#include "core/Mobile.h"
#include "core/Pinyin.h"
#include "core/Plate.h"
#include "core/SearchKeys.h"
#include "core/TextCodec.h"

#include <QRandomGenerator>
#include <gtest/gtest.h>
#include <phonenumbers/phonenumberutil.h>
#include <string>

using namespace crm;
using namespace Qt::StringLiterals;

TEST(Mobile, NormalisesTheFormsPeopleWrite)
{
    for (const QString &in :
         {u"13812345678"_s, u"+86 138 1234 5678"_s, u"008613812345678"_s, u"138-1234-5678"_s, u" 86 13812345678 "_s}) {
        auto r = Mobile::normalise(in);
        ASSERT_TRUE(r.ok()) << in.toStdString() << ": " << r.error().message.toStdString();
        EXPECT_EQ(*r, u"13812345678"_s) << in.toStdString();
    }
    EXPECT_EQ(Mobile::masked(u"13812345678"_s), u"138****5678"_s);
}

TEST(Mobile, RefusesWithAReason)
{
    struct Case {
        QString in;
        QString mentions;
    };
    for (const Case &c : {Case{u"1381234567"_s, u"11"_s}, Case{u"12345678901"_s, u"13"_s}, Case{u"020-87654321"_s, u""_s},
                          Case{u"+1 650 253 0000"_s, u"+1"_s}, Case{u"abc"_s, u""_s}, Case{u""_s, u""_s}}) {
        auto r = Mobile::normalise(c.in);
        ASSERT_FALSE(r.ok()) << c.in.toStdString();
        EXPECT_FALSE(r.error().message.isEmpty());
        if (!c.mentions.isEmpty()) {
            EXPECT_TRUE(r.error().message.contains(c.mentions)) << r.error().message.toStdString();
        }
    }
}

TEST(Mobile, ANumbersBlockDecidesItsValidity)
{
    // normalise() remembers the 7-digit blocks it accepted; that holds only if libphonenumber's
    // answer never depends on the last four digits. Checked on this library, three random blocks in
    // each 5-digit prefix 13000–19999, two tails each, asked of libphonenumber directly.
    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;
    PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    auto valid = [util](const std::string &n) {
        PhoneNumber pn;
        if (util->Parse(n, "CN", &pn) != PhoneNumberUtil::NO_PARSING_ERROR || !util->IsValidNumber(pn))
            return false;
        const auto type = util->GetNumberType(pn);
        return type == PhoneNumberUtil::MOBILE || type == PhoneNumberUtil::FIXED_LINE_OR_MOBILE;
    };
    QRandomGenerator random(28);
    int validBlocks = 0;
    for (int i = 0; i < 3 * 7000; ++i) {
        const int prefix = 13000 + i / 3;
        const std::string block = std::to_string(prefix) + std::to_string(10 + random.bounded(90));
        const std::string a = block + std::to_string(1000 + random.bounded(9000));
        const std::string b = block + std::to_string(1000 + random.bounded(9000));
        ASSERT_EQ(valid(a), valid(b)) << a << " / " << b;
        validBlocks += valid(a);
        // What normalise() says, the first time and from its memory, is libphonenumber's answer.
        EXPECT_EQ(Mobile::normalise(QString::fromStdString(a)).ok(), valid(a)) << a;
        EXPECT_EQ(Mobile::normalise(QString::fromStdString(b)).ok(), valid(b)) << b;
    }
    EXPECT_GT(validBlocks, 10000); // about a third of them are allocated // the check saw real blocks, not only refusals
}

TEST(Plate, AcceptsBothKindsAndNormalises)
{
    EXPECT_EQ(*Plate::normalise(u" 粤a·12345 "_s), u"粤A12345"_s);
    EXPECT_EQ(*Plate::normalise(u"京AD12345"_s), u"京AD12345"_s); // small new-energy, battery electric
    EXPECT_FALSE(Plate::normalise(u"沪AF1234A"_s).ok());          // letter at the end of a small new-energy plate
}

TEST(Plate, RefusesWithAReason)
{
    EXPECT_FALSE(Plate::normalise(u"AB12345"_s).ok());   // no province
    EXPECT_FALSE(Plate::normalise(u"粤A1234"_s).ok());   // too short
    EXPECT_FALSE(Plate::normalise(u"粤AO1234"_s).ok());  // letter O
    EXPECT_FALSE(Plate::normalise(u"粤AX12345"_s).ok()); // 8 characters but not D/F
    EXPECT_TRUE(Plate::normalise(u"粤A12345D"_s).ok());  // large new-energy: digits then D
    EXPECT_EQ(Plate::withoutProvince(u"粤A12345"_s), u"A12345"_s);
}

TEST(Pinyin, InitialsWithSurnameReadings)
{
    EXPECT_EQ(Pinyin::initials(u"张伟明"_s), u"ZWM"_s);
    EXPECT_EQ(Pinyin::initials(u"曾敏"_s), u"ZM"_s); // ICU reads 曾 as ceng
    EXPECT_EQ(Pinyin::initials(u"单丽"_s), u"SL"_s); // … and 单 as dan
    EXPECT_EQ(Pinyin::initials(u"欧阳娜"_s), u"OYN"_s);
    EXPECT_EQ(Pinyin::initials(u"尉迟恭"_s), u"YCG"_s);
    EXPECT_EQ(Pinyin::initials(u"Li Na"_s), u"LINA"_s);
}

TEST(SearchKeys, EveryWayPeopleLookSomeoneUp)
{
    const QStringList keys = SearchKeys::forCustomer(u"张伟明"_s, u"13812345678"_s, {u"粤A12345"_s}, {u"LFVAB15A9PA040001"_s});
    for (const QString &k : {u"张伟明"_s, u"伟明"_s, u"明"_s, u"ZWM"_s, u"13812345678"_s, u"5678"_s, u"粤A12345"_s, u"A12345"_s,
                             u"LFVAB15A9PA040001"_s, u"040001"_s})
        EXPECT_TRUE(keys.contains(k)) << k.toStdString();
    EXPECT_EQ(SearchKeys::normaliseQuery(u" +86 138-1234 "_s), u"1381234"_s);
    EXPECT_EQ(SearchKeys::normaliseQuery(u"zwm"_s), u"ZWM"_s);
}

TEST(TextCodec, DetectsAndDecodesGb18030)
{
    const QString text = u"姓名,手机\n张伟明,13812345678\n"_s;
    const QByteArray gb = TextCodec::encode(text, TextCodec::Encoding::Gb18030);
    ASSERT_FALSE(gb.isEmpty());
    EXPECT_NE(gb, text.toUtf8());
    EXPECT_EQ(TextCodec::detect(gb), TextCodec::Encoding::Gb18030);
    EXPECT_EQ(*TextCodec::decode(gb, TextCodec::Encoding::Gb18030), text);
    const QByteArray utf8 = "\xEF\xBB\xBF" + text.toUtf8();
    EXPECT_EQ(TextCodec::detect(utf8), TextCodec::Encoding::Utf8);
    EXPECT_EQ(*TextCodec::decode(utf8, TextCodec::Encoding::Utf8), text);
}
