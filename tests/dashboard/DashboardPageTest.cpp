// The manager's board driven through its widgets: figures computed off the GUI thread, the
// last figures shown at once from the desk's cache, a tile and a chart bar opening the
// records behind them, and a record opening in its module.
#include "TestDatabase.h"

#include "archives/data/CustomerRepository.h"
#include "complaints/services/ComplaintService.h"
#include "dashboard/ui/DashboardPage.h"
#include "data/Transaction.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTest>
#include <QValueAxis>

using namespace crm;
using namespace crm::ui;
using namespace Qt::StringLiterals;

namespace {
class DashboardPageTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        QSettings().remove(u"dashboard"_s);
        auto t = test::createEmptyDatabase(data::Engine::Sqlite);
        ASSERT_OK(t);
        m_t = std::move(*t);
        ASSERT_OK(data::Migrator(*m_t.db).migrate());
        m_manager = test::insertUser(*m_t.db, u"boss"_s, u"张经理"_s, Role::Manager);
        data::Transaction tx(*m_t.db);
        data::CustomerRow c;
        c.name = u"赵先生"_s;
        auto id = data::CustomerRepository(*m_t.db).insertCustomer(c, u"x"_s);
        ASSERT_OK(id);
        ASSERT_OK(tx.commit());
        services::ComplaintInput in;
        in.customerId = *id;
        in.channel = u"phone"_s;
        in.category = u"repair_quality"_s;
        in.level = u"normal"_s;
        in.description = u"保养后异响"_s;
        auto r = services::ComplaintService(ctx()).registerComplaint(m_manager, in);
        ASSERT_OK(r);
        m_complaint = r->id;
    }
    void TearDown() override { QSettings().remove(u"dashboard"_s); }
    services::Context ctx() { return {*m_t.db, m_clock}; }
    static void waitFor(ui::dashboard::DashboardPage &page)
    {
        for (int i = 0; i < 400 && page.isLoading(); ++i)
            QTest::qWait(25);
        EXPECT_FALSE(page.isLoading());
    }
    test::TestDb m_t;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 22), QTime(2, 0), QTimeZone::utc())};
    services::Session m_manager;
    qint64 m_complaint = 0;
};
} // namespace

TEST_F(DashboardPageTest, FiguresLoadOffTheGuiThreadAndDrillDownToTheRecord)
{
    QList<SearchHit> opened;
    AppContext app{ctx(), m_manager, false};
    app.open = [&](const SearchHit &h) { opened << h; };
    ui::dashboard::DashboardPage page(app);
    page.resize(1500, 1000);
    page.show();
    EXPECT_TRUE(page.isLoading()); // the first paint does not wait for the figures
    waitFor(page);
    ASSERT_EQ(page.board().tiles.size(), 23);
    EXPECT_EQ(page.findChild<QLabel *>(u"periodLabel"_s)->text().left(7), u"2026-11"_s);
    ui::dashboard::TileWidget *complaints = page.tileWidget(u"complaints"_s);
    ASSERT_NE(complaints, nullptr);
    EXPECT_EQ(complaints->findChild<QLabel *>(u"tileValue"_s)->text(), u"1"_s);

    // A click on the tile lists the complaint; Open shows it in the complaints module.
    QTest::mouseClick(complaints, Qt::LeftButton);
    ASSERT_NE(page.lastDrill(), nullptr);
    QTableWidget *table = page.lastDrill()->table();
    ASSERT_EQ(table->rowCount(), 1);
    EXPECT_TRUE(table->item(0, 0)->text().startsWith(u"TS-2611-"_s));
    page.lastDrill()->findChild<QPushButton *>(u"drillOpen"_s)->click();
    ASSERT_EQ(opened.size(), 1);
    EXPECT_EQ(opened[0].moduleId, u"complaints"_s);
    EXPECT_EQ(opened[0].key.toLongLong(), m_complaint);

    // The keyboard reaches a tile too.
    ui::dashboard::TileWidget *csat = page.tileWidget(u"csat"_s);
    csat->setFocus();
    QTest::keyClick(csat, Qt::Key_Return);
    ASSERT_NE(page.lastDrill(), nullptr);
    EXPECT_EQ(page.lastDrill()->table()->rowCount(), 0); // no survey answered: an empty list, said so
    page.lastDrill()->close();

    // A bar of the category chart opens that category's complaints.
    QChartView *view = page.chartView(u"complaints_category"_s);
    ASSERT_NE(view, nullptr);
    auto *bars = qobject_cast<QBarSeries *>(view->chart()->series().first());
    ASSERT_NE(bars, nullptr);
    ASSERT_EQ(bars->barSets().first()->count(), 1);
    EXPECT_EQ(bars->barSets().first()->at(0), 1.0);
    emit bars->barSets().first()->clicked(0);
    ASSERT_NE(page.lastDrill(), nullptr);
    EXPECT_EQ(page.lastDrill()->table()->rowCount(), 1);
    page.lastDrill()->close();

    // Month axes read 11月-style labels (whole, not "202…"), and a share's axis ends at 100 %.
    QChartView *churn = page.chartView(u"churn_trend"_s);
    ASSERT_NE(churn, nullptr);
    for (QAbstractAxis *axis : churn->chart()->axes()) {
        if (auto *months = qobject_cast<QBarCategoryAxis *>(axis)) {
            ASSERT_FALSE(months->categories().isEmpty());
            EXPECT_LE(months->categories().last().size(), 6) << months->categories().last().toStdString();
        }
        if (auto *share = qobject_cast<QValueAxis *>(axis)) {
            EXPECT_EQ(share->max(), 100.0);
        }
    }

    // The previous month had no complaint.
    QTest::mouseClick(page.findChild<QPushButton *>(u"periodPrevious"_s), Qt::LeftButton);
    waitFor(page);
    EXPECT_EQ(page.board().period.key(), u"2026-10"_s);
    EXPECT_EQ(page.tileWidget(u"complaints"_s)->findChild<QLabel *>(u"tileValue"_s)->text(), u"0"_s);
}

TEST_F(DashboardPageTest, TheLastFiguresShowAtOnceWhileNewOnesLoad)
{
    AppContext app{ctx(), m_manager, false};
    {
        ui::dashboard::DashboardPage first(app);
        waitFor(first);
        ASSERT_EQ(first.board().tiles.size(), 23);
    }
    // A second complaint, then the page opens again: the cached figures first, then the new.
    services::ComplaintInput in;
    in.customerId = m_t.db->scalar(u"SELECT id FROM customers"_s)->toLongLong();
    in.channel = u"walk_in"_s;
    in.category = u"price"_s;
    in.level = u"normal"_s;
    in.description = u"收费不明"_s;
    ASSERT_OK(services::ComplaintService(ctx()).registerComplaint(m_manager, in));
    ui::dashboard::DashboardPage again(app);
    ASSERT_EQ(again.board().tiles.size(), 23); // before any event is processed
    EXPECT_EQ(*again.board().tile(u"complaints"_s)->value, 1.0);
    EXPECT_TRUE(again.findChild<QLabel *>(u"boardStatus"_s)->text().contains(u"…"_s));
    waitFor(again);
    EXPECT_EQ(*again.board().tile(u"complaints"_s)->value, 2.0);
}
