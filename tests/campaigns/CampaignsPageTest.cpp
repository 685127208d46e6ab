// Campaigns driven through the real widgets: the manager builds a segment (its live count says
// who is called and who is not, and why), creates the campaign; the agent finds its call on the
// desk, reads the campaign's script, answers "accepted and booked" and books the workshop.
#include "TestDatabase.h"
#include "UiHelpers.h"

#include "archives/data/CustomerRepository.h"
#include "campaigns/ui/CampaignDialog.h"
#include "campaigns/ui/CampaignsPage.h"
#include "core/Vin.h"
#include "data/Transaction.h"
#include "followups/ui/CallDeskPage.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace crm;
using namespace crm::ui;
using namespace Qt::StringLiterals;

namespace {
class CampaignsPageTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto t = test::createEmptyDatabase(data::Engine::Sqlite);
        ASSERT_OK(t);
        m_t = std::move(*t);
        ASSERT_OK(data::Migrator(*m_t.db).migrate());
        m_agent = test::insertUser(*m_t.db, u"agent"_s, u"李晓红"_s, Role::Agent);
        m_manager = test::insertUser(*m_t.db, u"boss"_s, u"张经理"_s, Role::Manager);
        customer(u"王伟"_s, u"13800000001"_s, u"速腾"_s, true, 1);
        customer(u"李娜"_s, u"13800000002"_s, u"速腾"_s, false, 2);
        customer(u"杨帆"_s, u"13800000003"_s, u"迈腾"_s, true, 3);
    }
    void customer(const QString &name, const QString &mobile, const QString &model, bool consent, int n)
    {
        data::Transaction tx(*m_t.db);
        data::CustomerRepository repo(*m_t.db);
        data::CustomerRow c;
        c.name = name;
        c.mobile = mobile;
        auto cid = repo.insertCustomer(c, u"x"_s);
        ASSERT_OK(cid);
        data::VehicleRow v;
        v.customerId = *cid;
        v.vin = u"LSVAU2180N200000"_s + QString::number(n);
        v.vin[8] = Vin::checkDigit(v.vin);
        v.model = model;
        v.plate = u"浙A1000%1"_s.arg(n);
        v.deliveryDate = QDate(2023, 5, 1);
        ASSERT_OK(repo.insertVehicle(v, u"x"_s));
        if (consent)
            ASSERT_OK(m_t.db->exec(u"INSERT INTO customer_consents(customer_id, purpose, granted, recorded_at, how) "
                                   "VALUES (?, 'marketing_calls', 1, '2026-01-01T00:00:00Z', 'phone')"_s,
                                   {*cid}));
        ASSERT_OK(repo.refreshDerived({*cid}));
        ASSERT_OK(tx.commit());
    }
    services::Context ctx() { return {*m_t.db, m_clock}; }
    qint64 scalar(const QString &sql) { return m_t.db->scalar(sql)->toLongLong(); }

    test::TestDb m_t;
    FixedClock m_clock{QDateTime(QDate(2026, 12, 7), QTime(10, 0)).toUTC()};
    services::Session m_agent, m_manager;
};
} // namespace

TEST_F(CampaignsPageTest, AManagerDrawsASegmentAndAnAgentWorksItsCallToABooking)
{
    AppContext boss{ctx(), m_manager, false};
    ui::campaigns::CampaignsPage page(boss);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    bool checked = false;
    QTimer::singleShot(100, [&] {
        auto *d = qobject_cast<ui::campaigns::CampaignDialog *>(QApplication::activeModalWidget());
        ASSERT_TRUE(d) << "no campaign dialog";
        test::typeCommitted(d->findChild<QLineEdit *>(u"campaignName"_s), u"冬季免费检测"_s);
        d->findChild<QPlainTextEdit *>(u"campaignScript"_s)->setPlainText(u"您好，{称呼}，冬季免费检测开始了。"_s);
        test::typeCommitted(d->findChild<QLineEdit *>(u"segmentModels"_s), u"速腾"_s);
        d->countNow();
        // 王伟 and 李娜 drive a 速腾; 李娜 gave no marketing consent.
        EXPECT_TRUE(d->countText().contains(u"2 customer(s) match; 1 will be called"_s)) << d->countText().toStdString();
        EXPECT_TRUE(d->countText().contains(u"marketing consent"_s)) << d->countText().toStdString();
        checked = true;
        auto *box = d->findChild<QDialogButtonBox *>();
        box->button(QDialogButtonBox::Ok)->click();
    });
    page.findChild<QPushButton *>(u"newCampaign"_s)->click();
    ASSERT_TRUE(checked);
    auto *list = page.findChild<QTableWidget *>(u"campaignList"_s);
    ASSERT_EQ(list->rowCount(), 1);
    EXPECT_EQ(list->item(0, 0)->text(), u"冬季免费检测"_s);
    EXPECT_TRUE(page.findChild<QLabel *>(u"campaignResults"_s)->text().contains(u"Targeted"_s));
    EXPECT_EQ(page.findChild<QTableWidget *>(u"campaignTargets"_s)->rowCount(), 2); // the one called and the one not

    // The agent's desk: the campaign's call, its script and its answers.
    AppContext app{ctx(), m_agent, false};
    followups::CallDeskPage desk(app);
    desk.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&desk));
    auto *kinds = desk.findChild<QComboBox *>(u"queueKind"_s);
    const int filter = kinds->findText(u"Campaign: 冬季免费检测"_s);
    ASSERT_GE(filter, 0);
    kinds->setCurrentIndex(filter);
    auto *queue = desk.findChild<QTableView *>(u"queueView"_s);
    ASSERT_EQ(queue->model()->rowCount(), 1);
    queue->setCurrentIndex(queue->model()->index(0, 0));
    EXPECT_TRUE(desk.findChild<QTextBrowser *>(u"scriptView"_s)->toPlainText().contains(u"冬季免费检测开始了"_s));
    auto *box = desk.findChild<QGroupBox *>(u"campaignBox"_s);
    ASSERT_TRUE(box->isVisible());
    auto *answer = desk.findChild<QComboBox *>(u"campaignAnswer"_s);
    answer->setCurrentIndex(answer->findData(u"booked"_s));
    desk.findChild<QGroupBox *>(u"appointmentGroup"_s)->setChecked(true);
    desk.findChild<QPushButton *>(u"saveCallButton"_s)->click();
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM appointments WHERE source = 'campaign'"_s), 1);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM campaign_targets WHERE response = 'booked' AND appointment_id IS NOT NULL"_s), 1);

    page.reload();
    EXPECT_TRUE(page.findChild<QLabel *>(u"campaignResults"_s)->text().contains(u"Accepted and booked 1"_s))
        << page.findChild<QLabel *>(u"campaignResults"_s)->text().toStdString();
}
