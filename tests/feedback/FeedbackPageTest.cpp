// Feedback through the real widgets: the service department's member finds the item the agent
// took in their list, records the result; the agent's desk then holds the call that tells the
// customer, with the result on the call form; the reached call closes the item. The manager's
// report and the departments tab show it.
#include "TestDatabase.h"
#include "UiHelpers.h"

#include "archives/data/CustomerRepository.h"
#include "data/Transaction.h"
#include "feedback/services/FeedbackService.h"
#include "feedback/ui/FeedbackPage.h"
#include "followups/ui/CallDeskPage.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace crm;
using namespace crm::ui;
using namespace Qt::StringLiterals;

namespace {
class FeedbackPageTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto t = test::createEmptyDatabase(data::Engine::Sqlite);
        ASSERT_OK(t);
        m_t = std::move(*t);
        ASSERT_OK(data::Migrator(*m_t.db).migrate());
        m_agent = test::insertUser(*m_t.db, u"agent"_s, u"李晓红"_s, Role::Agent);
        m_servicer = test::insertUser(*m_t.db, u"svc"_s, u"陈刚"_s, Role::Agent);
        m_manager = test::insertUser(*m_t.db, u"boss"_s, u"张经理"_s, Role::Manager);
        services::FeedbackService s(ctx());
        auto deps = s.departments();
        ASSERT_OK(deps);
        for (data::Department d : *deps)
            if (d.code == u"service"_s) {
                d.headId = m_manager.userId;
                d.members = {m_servicer.userId};
                ASSERT_OK(s.saveDepartment(m_manager, d));
            }
        data::Transaction tx(*m_t.db);
        data::CustomerRow c;
        c.name = u"王伟"_s;
        c.mobile = u"13800000001"_s;
        auto cid = data::CustomerRepository(*m_t.db).insertCustomer(c, u"x"_s);
        ASSERT_OK(cid);
        ASSERT_OK(tx.commit());
        services::FeedbackInput in;
        in.customerId = *cid;
        in.category = u"need"_s;
        in.text = u"希望增加周末保养时段"_s;
        in.source = u"outbound_call"_s;
        auto id = s.record(m_agent, in);
        ASSERT_OK(id);
        m_item = *id;
    }
    services::Context ctx() { return {*m_t.db, m_clock}; }
    QString scalar(const QString &sql) { return m_t.db->scalar(sql, {m_item})->toString(); }
    // Fills the next modal dialog's text box and presses OK.
    void answerDialog(const QString &box, const QString &text, bool *done)
    {
        QTimer::singleShot(100, [box, text, done] {
            QWidget *d = QApplication::activeModalWidget();
            ASSERT_TRUE(d) << "no dialog";
            auto *edit = d->findChild<QPlainTextEdit *>(box);
            ASSERT_TRUE(edit) << box.toStdString();
            edit->setPlainText(text);
            *done = true;
            d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
    }

    test::TestDb m_t;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 23), QTime(9, 0)).toUTC()};
    services::Session m_agent, m_servicer, m_manager;
    qint64 m_item = 0;
};
} // namespace

TEST_F(FeedbackPageTest, TheDepartmentAnswersAndTheAgentTellsTheCustomer)
{
    AppContext dept{ctx(), m_servicer, false};
    ui::feedback::FeedbackPage page(dept);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    auto *items = page.findChild<QTreeWidget *>(u"feedbackItems"_s);
    ASSERT_EQ(items->topLevelItemCount(), 1); // the service department's item, on "mine"
    EXPECT_EQ(items->topLevelItem(0)->text(3), u"希望增加周末保养时段"_s);
    items->setCurrentItem(items->topLevelItem(0));
    EXPECT_TRUE(page.findChild<QLabel *>(u"itemHeader"_s)->text().contains(u"王伟"_s));
    EXPECT_EQ(page.findChild<QTreeWidget *>(u"itemDeadlines"_s)->topLevelItemCount(), 2);
    auto *answer = page.findChild<QPushButton *>(u"answerItem"_s);
    ASSERT_TRUE(answer->isEnabled());
    EXPECT_FALSE(page.findChild<QPushButton *>(u"toLead"_s)->isEnabled()); // a need is not purchase intent
    bool answered = false, resolved = false;
    m_clock.set(QDateTime(QDate(2026, 11, 23), QTime(10, 0)).toUTC());
    answerDialog(u"answerText"_s, u"评估周末排班"_s, &answered);
    answer->click();
    ASSERT_TRUE(answered);
    EXPECT_EQ(scalar(u"SELECT status FROM feedback_items WHERE id = ?"_s), u"answered"_s);
    items->setCurrentItem(items->topLevelItem(0));
    m_clock.set(QDateTime(QDate(2026, 11, 23), QTime(15, 0)).toUTC());
    answerDialog(u"resultText"_s, u"周六日增加保养预约时段"_s, &resolved);
    page.findChild<QPushButton *>(u"resolveItem"_s)->click();
    ASSERT_TRUE(resolved);
    EXPECT_EQ(scalar(u"SELECT status FROM feedback_items WHERE id = ?"_s), u"informing"_s);

    // The agent's desk: the call that tells the customer, with the department's result on it.
    AppContext app{ctx(), m_agent, false};
    followups::CallDeskPage desk(app);
    desk.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&desk));
    auto *queue = desk.findChild<QTableView *>(u"queueView"_s);
    ASSERT_EQ(queue->model()->rowCount(), 1);
    queue->setCurrentIndex(queue->model()->index(0, 0));
    auto *box = desk.findChild<QGroupBox *>(u"feedbackCallBox"_s);
    ASSERT_TRUE(box->isVisible());
    EXPECT_TRUE(desk.findChild<QLabel *>(u"feedbackResult"_s)->text().contains(u"周六日增加保养预约时段"_s));
    desk.findChild<QPushButton *>(u"saveCallButton"_s)->click(); // reached, the form's default outcome
    EXPECT_EQ(scalar(u"SELECT status FROM feedback_items WHERE id = ?"_s), u"closed"_s);

    // The manager: the month's report by department, and the departments with their people.
    AppContext boss{ctx(), m_manager, false};
    ui::feedback::FeedbackPage board(boss);
    board.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&board));
    auto *tabs = board.findChild<QTabWidget *>(u"feedbackTabs"_s);
    ASSERT_EQ(tabs->count(), 3);
    tabs->setCurrentIndex(1);
    auto *byDepartment = board.findChild<QTableWidget *>(u"byDepartment"_s);
    ASSERT_EQ(byDepartment->rowCount(), 2); // after-sales service and the total
    EXPECT_EQ(byDepartment->item(0, 0)->text(), u"After-sales service"_s);
    EXPECT_EQ(byDepartment->item(0, 1)->text(), u"1"_s);
    EXPECT_EQ(byDepartment->item(0, 3)->text(), u"100.0 %"_s);
    // The items behind a figure: the answered one behind "Answered"; none late behind "on time".
    int behind = -1;
    QString title;
    auto look = [&] {
        QTimer::singleShot(100, [&] {
            QWidget *d = QApplication::activeModalWidget();
            ASSERT_TRUE(d && d->objectName() == u"itemsBehind"_s);
            behind = d->findChild<QTreeWidget *>(u"behindItems"_s)->topLevelItemCount();
            title = d->windowTitle();
            qobject_cast<QDialog *>(d)->reject();
        });
    };
    look();
    emit byDepartment->cellDoubleClicked(0, 2);
    EXPECT_EQ(behind, 1);
    look();
    emit byDepartment->cellDoubleClicked(0, 3);
    EXPECT_EQ(behind, 0) << title.toStdString();
    EXPECT_TRUE(title.contains(u"first answer late or still missing"_s)) << title.toStdString();
    tabs->setCurrentIndex(2);
    board.reload();
    auto *departments = board.findChild<QTableWidget *>(u"departments"_s);
    ASSERT_EQ(departments->rowCount(), 7);
    bool found = false;
    for (int r = 0; r < departments->rowCount(); ++r)
        if (departments->item(r, 0)->text() == u"After-sales service"_s) {
            EXPECT_EQ(departments->item(r, 1)->text(), u"张经理"_s);
            EXPECT_EQ(departments->item(r, 2)->text(), u"陈刚"_s);
            found = true;
        }
    EXPECT_TRUE(found);
}
