#include "core/Vin.h"
#include "seed/Names.h"

#include <gtest/gtest.h>

#include <QRegularExpression>
#include <QSet>

using namespace crm;
using namespace Qt::StringLiterals;

TEST(DataGenerator, SameSeedSameData)
{
    services::DataGenerator a(42), b(42), c(43);
    const QDate today(2026, 11, 22);
    for (int i = 0; i < 50; ++i) {
        const auto ca = a.customer(), cb = b.customer();
        EXPECT_EQ(ca.name, cb.name);
        EXPECT_EQ(ca.mobile, cb.mobile);
        EXPECT_EQ(a.vehicle(1, today).vin, b.vehicle(1, today).vin);
    }
    EXPECT_NE(services::DataGenerator(42).customer().mobile, c.customer().mobile);
}

TEST(DataGenerator, IdentifiersAreValid)
{
    services::DataGenerator g(7);
    const QDate today(2026, 11, 22);
    const QRegularExpression mobile(u"^1[3-9]\\d{9}$"_s);
    const QRegularExpression plate(u"^[\\x{4e00}-\\x{9fff}][A-Z]([A-HJ-NP-Z0-9]{5}|[DF]\\d{5})$"_s);
    QSet<QString> vins;
    int newEnergy = 0;
    for (int i = 0; i < 2000; ++i) {
        const auto c = g.customer();
        EXPECT_TRUE(mobile.match(c.mobile).hasMatch()) << c.mobile.toStdString();
        EXPECT_GE(c.name.size(), 2);
        const auto v = g.vehicle(1, today);
        EXPECT_TRUE(Vin::validate(v.vin).ok()) << v.vin.toStdString();
        EXPECT_TRUE(plate.match(v.plate).hasMatch()) << v.plate.toStdString();
        newEnergy += v.plate.size() == 8;
        vins.insert(v.vin);
        EXPECT_LE(v.deliveryDate, today);
        for (const auto &visit : g.visits(v, 1, today)) {
            EXPECT_GE(visit.visitDate, v.deliveryDate);
            EXPECT_LT(visit.visitDate, today);
        }
    }
    EXPECT_EQ(vins.size(), 2000); // unique
    EXPECT_GT(newEnergy, 0);      // both plate kinds occur
}

TEST(DataGenerator, SurnamesFollowFrequencies)
{
    services::DataGenerator g(1);
    int wang = 0, rare = 0;
    for (int i = 0; i < 20000; ++i) {
        const QString n = g.personName(true);
        wang += n.startsWith(u"王"_s);
        rare += n.startsWith(u"欧阳"_s);
    }
    // 王 is 71 of the 725 weight points (≈ 9.8 %, i.e. ≈ 1960 of 20000); compound surnames are rare but present.
    EXPECT_GT(wang, 1700);
    EXPECT_LT(wang, 2250);
    EXPECT_GT(rare, 0);
    EXPECT_LT(rare, wang / 10);
}
