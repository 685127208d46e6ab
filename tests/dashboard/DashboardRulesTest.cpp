// Report periods, target states and series thinning of the dashboard (core/Dashboard).
#include "dashboard/core/Dashboard.h"

#include <QSet>
#include <gtest/gtest.h>

using namespace crm::dashboard;
using namespace Qt::StringLiterals;

TEST(DashboardRules, StatesAgainstTheTargetWithAnAmberBand)
{
    // Higher is better: at or above → green; within 10 % of the target below it → amber.
    EXPECT_EQ(stateFor(95.0, 95.0, Better::Higher, 0.1), State::Green);
    EXPECT_EQ(stateFor(85.5, 95.0, Better::Higher, 0.1), State::Amber);
    EXPECT_EQ(stateFor(85.4, 95.0, Better::Higher, 0.1), State::Red);
    // Lower is better (complaints, churn).
    EXPECT_EQ(stateFor(20.0, 20.0, Better::Lower, 0.1), State::Green);
    EXPECT_EQ(stateFor(22.0, 20.0, Better::Lower, 0.1), State::Amber);
    EXPECT_EQ(stateFor(22.1, 20.0, Better::Lower, 0.1), State::Red);
    // A zero target leaves no band; no value or no target: no state at all.
    EXPECT_EQ(stateFor(1.0, 0.0, Better::Lower, 0.1), State::Red);
    EXPECT_EQ(stateFor(std::nullopt, 90.0, Better::Higher, 0.1), State::None);
    EXPECT_EQ(stateFor(50.0, std::nullopt, Better::Higher, 0.1), State::None);
    EXPECT_EQ(stateId(State::Amber), u"amber"_s);
}

TEST(DashboardRules, WeeksAndMonthsParseAndStepBack)
{
    const auto w = Period::parse(u"2026-W47"_s);
    ASSERT_TRUE(w);
    EXPECT_EQ(w->from, QDate(2026, 11, 16));
    EXPECT_EQ(w->to, QDate(2026, 11, 22));
    EXPECT_EQ(w->previous().key(), u"2026-W46"_s);
    // ISO weeks across the year end: 2026-12-28 is in 2026-W53, 2027-01-04 starts 2027-W01.
    EXPECT_EQ(Period::parse(u"2026-W53"_s)->from, QDate(2026, 12, 28));
    EXPECT_EQ(Period::parse(u"2027-W01"_s)->previous().key(), u"2026-W53"_s);
    EXPECT_FALSE(Period::parse(u"2025-W53"_s)); // 2025 has 52 weeks
    EXPECT_FALSE(Period::parse(u"2026-W00"_s));
    const auto m = Period::parse(u"2026-10"_s);
    ASSERT_TRUE(m);
    EXPECT_EQ(m->to, QDate(2026, 10, 31));
    EXPECT_EQ(Period::parse(u"2026-03"_s)->previous().to, QDate(2026, 2, 28));
    EXPECT_EQ(Period::parse(u"2026-01"_s)->previous().key(), u"2025-12"_s);
    EXPECT_FALSE(Period::parse(u"2026-13"_s));
    EXPECT_FALSE(Period::parse(u"last month"_s));
    const QList<Period> three = m->trailing(3);
    ASSERT_EQ(three.size(), 3);
    EXPECT_EQ(three.first().key(), u"2026-08"_s);
    EXPECT_EQ(three.last().key(), u"2026-10"_s);
    EXPECT_EQ(Period::containing(Period::Kind::Week, QDate(2026, 11, 22)).key(), u"2026-W47"_s);
}

TEST(DashboardRules, DownsamplingKeepsPeaksAndEnds)
{
    QList<QPointF> pts;
    for (int i = 0; i < 10000; ++i)
        pts << QPointF(i, i == 4321 ? 1000.0 : (i == 777 ? -50.0 : double(i % 7)));
    const QList<QPointF> out = downsample(pts, 400);
    EXPECT_LE(out.size(), 400);
    EXPECT_EQ(out.first(), pts.first());
    EXPECT_EQ(out.last(), pts.last());
    EXPECT_TRUE(out.contains(pts[4321])); // the peak survives
    EXPECT_TRUE(out.contains(pts[777]));  // and the trough
    for (int i = 1; i < out.size(); ++i)
        EXPECT_LT(out[i - 1].x(), out[i].x());
    const QList<QPointF> few{{0, 1}, {1, 2}};
    EXPECT_EQ(downsample(few, 400), few);
}

TEST(DashboardRules, AxisLabelsArePeriodsThatFitAndStayDistinct)
{
    // English source texts; the Chinese translation reads 26年11月 / 12月.
    EXPECT_EQ(AxisLabels::forKeys({u"2026-11"_s, u"2026-12"_s, u"2027-01"_s, u"2027-02"_s}),
              (QStringList{u"26/11"_s, u"12 mo"_s, u"27/1"_s, u"2 mo"_s}));
    EXPECT_EQ(AxisLabels::forKeys({u"2026-W52"_s, u"2026-W53"_s, u"2027-W01"_s}),
              (QStringList{u"26 W52"_s, u"W53"_s, u"27 W1"_s}));
    EXPECT_EQ(AxisLabels::forKeys({u"李晓红"_s, u"王芳"_s}), (QStringList{u"李晓红"_s, u"王芳"_s}));
    // Thirty-six months: every label distinct.
    QStringList keys;
    for (int i = 0; i < 36; ++i)
        keys << QDate(2024, 1, 1).addMonths(i).toString(u"yyyy-MM"_s);
    const QStringList labels = AxisLabels::forKeys(keys);
    EXPECT_EQ(QSet<QString>(labels.begin(), labels.end()).size(), 36);
}
