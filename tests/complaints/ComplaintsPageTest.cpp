// A complaint registered through the dialog and walked to closed by clicking the real buttons;
// the case shows its deadlines; the attention list and the statistics tab show it.
#include "TestDatabase.h"
#include "UiHelpers.h"

#include "archives/data/CustomerRepository.h"
#include "complaints/ui/ComplaintDialogs.h"
#include "complaints/ui/ComplaintsPage.h"
#include "data/Transaction.h"
#include "data/UserRepository.h"

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QTreeWidget>

using namespace crm;
using namespace crm::ui;
using namespace Qt::StringLiterals;

namespace {
class ComplaintsPageTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto t = test::createEmptyDatabase(data::Engine::Sqlite);
        ASSERT_OK(t);
        m_t = std::move(*t);
        ASSERT_OK(data::Migrator(*m_t.db).migrate());
        m_agent = user(u"agent"_s, u"李晓红"_s, Role::Agent);
        m_manager = user(u"boss"_s, u"张经理"_s, Role::Manager);
        data::Transaction tx(*m_t.db);
        data::CustomerRow c;
        c.name = u"赵建国"_s;
        c.mobile = u"13800138000"_s;
        auto id = data::CustomerRepository(*m_t.db).insertCustomer(c, u"x"_s);
        ASSERT_OK(id);
        ASSERT_OK(data::CustomerRepository(*m_t.db).refreshDerived(*id));
        ASSERT_OK(tx.commit());
        // Monday 23 November 2026, 10:00 at the desk.
        m_clock.set(QDateTime(QDate(2026, 11, 23), QTime(10, 0)).toUTC());
    }
    services::Session user(const QString &name, const QString &display, Role role)
    {
        return test::insertUser(*m_t.db, name, display, role);
    }
    services::Context ctx() { return {*m_t.db, m_clock}; }
    // Runs `fill` on the next modal dialog, then accepts it.
    template <typename Dialog, typename Fill> void onDialog(Fill fill)
    {
        QTimer::singleShot(50, [fill] {
            auto *dlg = qobject_cast<Dialog *>(QApplication::activeModalWidget());
            ASSERT_TRUE(dlg);
            fill(dlg);
            dlg->accept();
        });
    }
    QPushButton *button(QWidget &page, const QString &name) { return page.findChild<QPushButton *>(name); }

    test::TestDb m_t;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 23), QTime(2, 0), QTimeZone::utc())};
    services::Session m_agent, m_manager;
};
} // namespace

TEST_F(ComplaintsPageTest, RegisterAndWalkACaseToClosed)
{
    AppContext agentApp{ctx(), m_agent, false};
    ui::complaints::ComplaintsPage page(agentApp);
    page.resize(1300, 800);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    // Register: find the customer by name, choose the category, describe it.
    onDialog<ui::complaints::ComplaintDialog>([](ui::complaints::ComplaintDialog *dlg) {
        test::typeCommitted(dlg->findChild<QLineEdit *>(u"complaintCustomerSearch"_s), u"赵建国"_s);
        auto *results = dlg->findChild<QListWidget *>(u"complaintCustomerResults"_s);
        ASSERT_EQ(results->count(), 1);
        results->setCurrentRow(0);
        auto *category = dlg->findChild<QComboBox *>(u"complaintCategory"_s);
        category->setCurrentIndex(category->findData(u"service_attitude"_s));
        dlg->findChild<QPlainTextEdit *>(u"complaintDescription"_s)->setPlainText(u"服务顾问态度差"_s);
    });
    button(page, u"newComplaintButton"_s)->click();
    ASSERT_EQ(page.currentId(), 1);
    EXPECT_TRUE(page.findChild<QLabel *>(u"complaintHeader"_s)->text().contains(u"TS-2611-0001"_s));
    auto *deadlines = page.findChild<QTreeWidget *>(u"complaintDeadlines"_s);
    ASSERT_EQ(deadlines->topLevelItemCount(), 3);
    EXPECT_TRUE(deadlines->topLevelItem(0)->text(2).contains(u"24 h"_s)); // "24 h left"
    // The agent has no Approve button.
    ASSERT_TRUE(button(page, u"step_investigate"_s));
    onDialog<ui::complaints::StepDialog>([](ui::complaints::StepDialog *dlg) {
        dlg->findChild<QLineEdit *>(u"stepDepartment"_s)->setText(u"售后服务部"_s);
        dlg->findChild<QLineEdit *>(u"stepResponsible"_s)->setText(u"陈刚"_s);
    });
    button(page, u"step_investigate"_s)->click();
    EXPECT_TRUE(deadlines->topLevelItem(0)->text(2).contains(u"on time"_s));
    onDialog<ui::complaints::StepDialog>([](ui::complaints::StepDialog *dlg) {
        dlg->findChild<QPlainTextEdit *>(u"stepRootCause"_s)->setPlainText(u"沟通不到位"_s);
        dlg->findChild<QPlainTextEdit *>(u"stepSolution"_s)->setPlainText(u"致歉并赠送保养"_s);
        dlg->findChild<QDoubleSpinBox *>(u"stepCompensation"_s)->setValue(200);
    });
    button(page, u"step_propose"_s)->click();
    EXPECT_FALSE(button(page, u"step_approve"_s));
    EXPECT_EQ(m_t.db->scalar(u"SELECT compensation_fen FROM complaints"_s)->toInt(), 20000);

    // The manager approves on their desk.
    {
        AppContext managerApp{ctx(), m_manager, false};
        ui::complaints::ComplaintsPage managerPage(managerApp);
        managerPage.openComplaint(1);
        // The approval shows what is approved: the proposed solution and the compensation.
        QString solution, compensation;
        onDialog<ui::complaints::StepDialog>([&](ui::complaints::StepDialog *dlg) {
            solution = dlg->findChild<QLabel *>(u"approveSolution"_s)->text();
            compensation = dlg->findChild<QLabel *>(u"approveCompensation"_s)->text();
        });
        ASSERT_TRUE(button(managerPage, u"step_approve"_s));
        button(managerPage, u"step_approve"_s)->click();
        EXPECT_EQ(solution, u"致歉并赠送保养"_s);
        EXPECT_TRUE(compensation.contains(u"200"_s)) << compensation.toStdString();
    }
    page.openComplaint(1); // the agent's page sees the new state
    onDialog<ui::complaints::StepDialog>(
        [](ui::complaints::StepDialog *dlg) { dlg->findChild<QPlainTextEdit *>(u"stepReply"_s)->setPlainText(u"同意"_s); });
    button(page, u"step_inform"_s)->click();
    onDialog<ui::complaints::StepDialog>(
        [](ui::complaints::StepDialog *dlg) { dlg->findChild<QPlainTextEdit *>(u"stepReply"_s)->setPlainText(u"满意，接受"_s); });
    button(page, u"step_accept"_s)->click();
    EXPECT_EQ(m_t.db->scalar(u"SELECT status FROM complaints"_s)->toString(), u"closed"_s);
    EXPECT_TRUE(page.findChild<QLabel *>(u"complaintHeader"_s)->text().contains(u"Closed"_s));
    EXPECT_EQ(m_t.db->scalar(u"SELECT COUNT(*) FROM followup_tasks WHERE kind = 'complaint_return'"_s)->toInt(), 1);
    EXPECT_EQ(page.findChild<QTreeWidget *>(u"complaintEvents"_s)->topLevelItemCount(), 6);
}

TEST_F(ComplaintsPageTest, AStaleSaveIsRefusedAndTheCaseReloads)
{
    AppContext agentApp{ctx(), m_agent, false};
    services::ComplaintInput in;
    in.customerId = 1;
    in.channel = u"phone"_s;
    in.category = u"price"_s;
    in.description = u"多收费"_s;
    ASSERT_OK(services::ComplaintService(ctx()).registerComplaint(m_agent, in));
    ui::complaints::ComplaintsPage page(agentApp);
    page.openComplaint(1);
    // Someone else takes the case on their desk meanwhile.
    services::StepInput step;
    step.step = crm::complaints::Step::Investigate;
    step.department = u"财务部"_s;
    step.responsible = u"王会计"_s;
    ASSERT_OK(services::ComplaintService(ctx()).step(m_manager, 1, 1, step));
    QString error;
    QTimer::singleShot(50, [&error] {
        auto *dlg = qobject_cast<ui::complaints::StepDialog *>(QApplication::activeModalWidget());
        ASSERT_TRUE(dlg);
        dlg->findChild<QLineEdit *>(u"stepDepartment"_s)->setText(u"售后服务部"_s);
        dlg->findChild<QLineEdit *>(u"stepResponsible"_s)->setText(u"陈刚"_s);
        dlg->accept();
        error = dlg->findChild<QLabel *>(u"stepError"_s)->text();
        dlg->reject();
    });
    button(page, u"step_investigate"_s)->click();
    EXPECT_TRUE(error.contains(u"张经理"_s)) << error.toStdString();
    EXPECT_EQ(m_t.db->scalar(u"SELECT department FROM complaints"_s)->toString(), u"财务部"_s);
    EXPECT_FALSE(button(page, u"step_investigate"_s)); // reloaded: the case is investigating now
}

TEST_F(ComplaintsPageTest, AttentionAndStatisticsTabs)
{
    services::ComplaintInput in;
    in.customerId = 1;
    in.channel = u"phone"_s;
    in.category = u"parts"_s;
    in.description = u"配件缺货"_s;
    ASSERT_OK(services::ComplaintService(ctx()).registerComplaint(m_agent, in));
    m_clock.set(QDateTime(QDate(2026, 11, 24), QTime(12, 0)).toUTC()); // first response overdue
    AppContext managerApp{ctx(), m_manager, false};
    ui::complaints::ComplaintsPage page(managerApp);
    auto *tabs = page.findChild<QTabWidget *>();
    tabs->setCurrentIndex(1);
    auto *attention = page.findChild<QTreeWidget *>(u"attentionList"_s);
    ASSERT_EQ(attention->topLevelItemCount(), 1);
    EXPECT_TRUE(attention->topLevelItem(0)->text(6).contains(u"overdue"_s));
    EXPECT_EQ(m_t.db->scalar(u"SELECT COUNT(*) FROM complaint_reminders"_s)->toInt(), 1);
    tabs->setCurrentIndex(2);
    auto *stats = page.findChild<QTableWidget *>(u"complaintStats"_s);
    ASSERT_EQ(stats->rowCount(), 2); // parts + total
    // Column titles say what they hold, each once: not the module's name, not two "Status".
    for (auto *header : {static_cast<QAbstractItemModel *>(stats->model()), attention->model()}) {
        QStringList titles;
        for (int c = 0; c < header->columnCount(); ++c)
            titles << header->headerData(c, Qt::Horizontal).toString();
        titles.removeAll(QString());
        EXPECT_EQ(QSet<QString>(titles.begin(), titles.end()).size(), titles.size()) << titles.join(u'|').toStdString();
        EXPECT_FALSE(titles.contains(ui::complaints::ComplaintsPage::tr("Complaints")));
    }
    {
        // In Chinese too, where "Status" and "State" were both 状态.
        QTranslator zh;
        ASSERT_TRUE(zh.load(u":/i18n/dealercrm_zh_CN.qm"_s));
        QCoreApplication::installTranslator(&zh);
        ui::complaints::ComplaintsPage chinese(managerApp);
        auto *list = chinese.findChild<QTreeWidget *>(u"attentionList"_s);
        QStringList titles;
        for (int c = 0; c < list->columnCount(); ++c)
            titles << list->headerItem()->text(c);
        QCoreApplication::removeTranslator(&zh);
        EXPECT_EQ(QSet<QString>(titles.begin(), titles.end()).size(), titles.size()) << titles.join(u'|').toStdString();
    }
    EXPECT_EQ(stats->item(1, 1)->text(), u"1"_s);
    // Printable: the same figures as one document, saved as PDF with the Chinese text embedded.
    const QString html = page.registerHtml();
    EXPECT_TRUE(html.contains(u"TS-2611-0001"_s));
    EXPECT_TRUE(html.contains(u"赵建国"_s));
    QTemporaryDir dir;
    ASSERT_OK(page.saveRegisterPdf(dir.filePath(u"register.pdf"_s)));
    QFile pdf(dir.filePath(u"register.pdf"_s));
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdf.read(5).startsWith("%PDF"));
    EXPECT_TRUE(test::pdfText(dir.filePath(u"register.pdf"_s)).contains(u"TS-2611-0001"_s));
    tabs->setCurrentIndex(3);
    EXPECT_GT(page.findChild<QTableWidget *>(u"calendarTable"_s)->rowCount(), 10); // 2026's holidays and make-up days
}

TEST_F(ComplaintsPageTest, WithoutACustomerTheMessageSaysTheWayOnForThisDesk)
{
    // The manager keeps no archives: told who adds a caller, not to press a button they lack.
    AppContext managerApp{ctx(), m_manager, false};
    services::ComplaintInput in;
    in.channel = u"phone"_s;
    ui::complaints::ComplaintDialog dlg(managerApp, in, QString());
    EXPECT_FALSE(dlg.findChild<QPushButton *>(u"complaintNewCustomer"_s)->isVisibleTo(&dlg));
    dlg.accept();
    const QString said = dlg.findChild<QLabel *>(u"complaintError"_s)->text();
    EXPECT_TRUE(said.contains(u"information supervisor"_s)) << said.toStdString();
    // The agent has the button, and the message names it.
    AppContext agentApp{ctx(), m_agent, false};
    ui::complaints::ComplaintDialog agentDlg(agentApp, in, QString());
    EXPECT_TRUE(agentDlg.findChild<QPushButton *>(u"complaintNewCustomer"_s)->isVisibleTo(&agentDlg));
    agentDlg.accept();
    EXPECT_TRUE(agentDlg.findChild<QLabel *>(u"complaintError"_s)->text().contains(u"New customer"_s));
}
