// The call desk driven by the keyboard, as an agent works it: queue → Enter → form →
// Ctrl+Enter saves and moves on; the rest-time question; the reports tab; the rules page.
#include "PrivateServer.h"
#include "TestDatabase.h"
#include "UiHelpers.h"

#include "archives/data/CustomerRepository.h"
#include "archives/ui/Dialogs.h"
#include "data/Transaction.h"
#include "data/UserRepository.h"
#include "followups/services/FollowupService.h"
#include "followups/ui/CallDeskPage.h"
#include "followups/ui/FollowupReportsPage.h"
#include "followups/ui/FollowupRulesPage.h"
#include "followups/ui/QueueModel.h"
#include "surveys/ui/SurveyForm.h"
#include "ui/shell/ConnectionStatus.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace crm;
using namespace crm::ui;
using namespace Qt::StringLiterals;

namespace {
// Three customers whose cars were delivered on 2026-11-22.
void seedThreeDeliveries(data::Database &db)
{
    data::CustomerRepository repo(db);
    data::Transaction tx(db);
    ASSERT_OK(tx.started());
    const QStringList vins{u"LFVAB15A9PA040001"_s, u"1M8GDM9AXKP042788"_s, u"LFVAE33D7HA000002"_s};
    const QStringList names{u"张伟"_s, u"王芳"_s, u"李娜"_s};
    for (int i = 0; i < 3; ++i) {
        data::CustomerRow c;
        c.name = names[i];
        c.mobile = u"1380013800%1"_s.arg(i);
        auto cid = repo.insertCustomer(c, u"x"_s);
        ASSERT_OK(cid);
        data::VehicleRow v;
        v.customerId = *cid;
        v.vin = vins[i];
        v.model = u"速腾"_s;
        v.plate = u"粤A1234%1"_s.arg(i);
        v.deliveryDate = QDate(2026, 11, 22);
        ASSERT_OK(repo.insertVehicle(v, u"x"_s));
    }
    ASSERT_OK(tx.commit());
}

class CallDeskPageTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto t = test::createEmptyDatabase(data::Engine::Sqlite);
        ASSERT_OK(t);
        m_t = std::move(*t);
        ASSERT_OK(data::Migrator(*m_t.db).migrate());
        m_agent = user(u"agent"_s, u"李晓红"_s, Role::Agent);
        m_manager = user(u"boss"_s, u"张经理"_s, Role::Manager);
        // Three cars delivered yesterday: three D+1 thank-you calls due today.
        at(QTime(10, 0));
        seedThreeDeliveries(*m_t.db);
        auto r = services::FollowupService(ctx()).generate(m_agent, QDate(2026, 11, 23));
        ASSERT_OK(r);
        ASSERT_EQ(r->total(), 3);
    }
    services::Session user(const QString &name, const QString &display, Role role)
    {
        return test::insertUser(*m_t.db, name, display, role);
    }
    void at(const QTime &t) { m_clock.set(QDateTime(QDate(2026, 11, 23), t).toUTC()); }
    services::Context ctx() { return {*m_t.db, m_clock}; }
    int count(const QString &sql) { return m_t.db->scalar(sql)->toInt(); }

    test::TestDb m_t;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 23), QTime(2, 0), QTimeZone::utc())};
    services::Session m_agent, m_manager;
};
} // namespace

TEST_F(CallDeskPageTest, AgentWorksTheQueueWithTheKeyboard)
{
    AppContext app{ctx(), m_agent, false};
    ui::followups::CallDeskPage page(app);
    page.resize(1200, 800);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    auto *queue = page.findChild<QTableView *>(u"queueView"_s);
    ASSERT_EQ(queue->model()->rowCount(), 3);
    QAbstractItemModelTester tester(queue->model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    // The first task is selected and shown with its script, the customer's name filled in.
    EXPECT_TRUE(page.findChild<QLabel *>(u"taskHeader"_s)->text().contains(u"张伟"_s));
    EXPECT_TRUE(page.findChild<QTextBrowser *>(u"scriptView"_s)->toPlainText().contains(u"张先生/女士"_s));
    EXPECT_FALSE(page.findChild<QLabel *>(u"quietBanner"_s)->property("quiet").toBool());

    // Enter: to the form. Reached is the first outcome; a note typed; Ctrl+Enter saves.
    queue->setFocus();
    QTest::keyClick(queue, Qt::Key_Return);
    auto *outcome = page.findChild<QComboBox *>(u"outcomeCombo"_s);
    EXPECT_TRUE(outcome->hasFocus());
    QTest::keyClick(outcome, Qt::Key_Tab); // skip the disabled call-back time → duration
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    auto *notes = page.findChild<QPlainTextEdit *>(u"callNotes"_s);
    EXPECT_TRUE(notes->hasFocus());
    QTest::keyClicks(notes, u"Happy with the car"_s);
    QTest::keyClick(notes, Qt::Key_Return, Qt::ControlModifier);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM followup_tasks WHERE status = 'done'"_s), 1);
    EXPECT_EQ(m_t.db->scalar(u"SELECT notes FROM followup_calls"_s)->toString(), u"Happy with the car"_s);
    // On to the next task, back in the queue.
    EXPECT_EQ(queue->model()->rowCount(), 2);
    EXPECT_TRUE(queue->hasFocus());
    EXPECT_TRUE(page.findChild<QLabel *>(u"taskHeader"_s)->text().contains(u"王芳"_s));

    // Second task: Alt+2 picks "no answer"; it comes back later and leaves "to call now".
    QTest::keyClick(queue, Qt::Key_Return);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_2, Qt::AltModifier);
    EXPECT_EQ(outcome->currentData().toInt(), int(crm::followups::Outcome::NoAnswer));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM followup_tasks WHERE status = 'open' AND next_attempt_at IS NOT NULL"_s), 1);
    EXPECT_EQ(queue->model()->rowCount(), 1);
    EXPECT_TRUE(page.findChild<QLabel *>(u"lastSaved"_s)->text().contains(u"comes back"_s));

    // In the rest time the save asks first; "No" records nothing.
    at(QTime(12, 30));
    test::MessageBoxCloser closer(3000);
    QTest::keyClick(queue, Qt::Key_Return, Qt::ControlModifier);
    EXPECT_EQ(closer.texts.size(), 1);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM followup_calls"_s), 2);
}

TEST_F(CallDeskPageTest, ReportsShowTheRatesOfTheRecords)
{
    AppContext app{ctx(), m_manager, false};
    {
        ui::followups::CallDeskPage desk(app); // the manager may work tasks too
        auto *queue = desk.findChild<QTableView *>(u"queueView"_s);
        auto *owner = desk.findChild<QComboBox *>(u"queueOwner"_s);
        owner->setCurrentIndex(owner->findData(int(data::QueueOwner::Everyone)));
        ASSERT_EQ(queue->model()->rowCount(), 3);
        desk.findChild<QPushButton *>(u"saveCallButton"_s)->click();
    }
    ui::followups::FollowupReportsPage reports(app);
    auto *period = reports.findChild<QComboBox *>(u"reportPeriod"_s);
    period->setCurrentIndex(0); // this week: Monday 2026-11-23 …
    auto *table = reports.findChild<QTableWidget *>(u"reportTable"_s);
    ASSERT_EQ(table->rowCount(), 3); // the two tasks nobody took, 张经理's, and the total
    EXPECT_EQ(table->item(1, 0)->text(), u"张经理"_s);
    EXPECT_EQ(table->item(1, 2)->text(), u"1"_s);
    EXPECT_EQ(table->item(2, 1)->text(), u"3"_s);               // due
    EXPECT_EQ(table->item(2, 2)->text(), u"1"_s);               // completed
    EXPECT_TRUE(table->item(2, 5)->text().startsWith(u"33"_s)); // completion 33.3 %
    EXPECT_TRUE(reports.findChild<QLabel *>(u"reportSummary"_s)->text().contains(u"<b>3</b>"_s));
}

TEST_F(CallDeskPageTest, ManagerEditsARuleAndAScript)
{
    AppContext app{ctx(), m_manager, false};
    ui::followups::FollowupRulesPage page(app);
    auto *rules = page.findChild<QTableWidget *>(u"rulesTable"_s);
    ASSERT_EQ(rules->rowCount(), int(crm::followups::allKinds().size()));
    qobject_cast<QSpinBox *>(rules->cellWidget(0, 4))->setValue(1); // D+1 thank-you: due a day after it opens
    page.findChild<QPushButton *>(u"saveRulesButton"_s)->click();
    EXPECT_EQ(count(u"SELECT due_days FROM followup_rules WHERE kind = 'delivery_thanks'"_s), 1);
    page.findChild<QPlainTextEdit *>(u"scriptQuestions"_s)->setPlainText(u"1. 满意吗？"_s);
    page.findChild<QPushButton *>(u"saveScriptButton"_s)->click();
    EXPECT_EQ(m_t.db->scalar(u"SELECT questions FROM followup_scripts WHERE kind = 'delivery_thanks'"_s)->toString(),
              u"1. 满意吗？"_s);
}

TEST_F(CallDeskPageTest, DoNotCallRecordsTheReasonAndTakesTheTaskOffTheQueue)
{
    AppContext app{ctx(), m_agent, false};
    ui::followups::CallDeskPage page(app);
    auto *queue = page.findChild<QTableView *>(u"queueView"_s);
    ASSERT_EQ(queue->model()->rowCount(), 3);
    bool sawEmptyReasonError = false;
    QTimer::singleShot(100, &page, [&] {
        auto *dlg = qobject_cast<archives::OptOutDialog *>(QApplication::activeModalWidget());
        ASSERT_TRUE(dlg);
        auto *type = dlg->findChild<QComboBox *>(u"optOutType"_s);
        type->setCurrentIndex(type->findData(u"all"_s));
        dlg->accept(); // no reason yet: refused, the dialog stays
        sawEmptyReasonError = dlg->isVisible();
        QTest::keyClicks(dlg->findChild<QLineEdit *>(u"optOutReason"_s), u"moved abroad"_s);
        dlg->accept();
    });
    page.findChild<QPushButton *>(u"optOutButton"_s)->click();
    EXPECT_TRUE(sawEmptyReasonError);
    EXPECT_EQ(m_t.db->scalar(u"SELECT reason FROM customer_optouts"_s)->toString(), u"moved abroad"_s);
    EXPECT_EQ(queue->model()->rowCount(), 2);
    EXPECT_TRUE(page.findChild<QLabel *>(u"lastSaved"_s)->text().contains(u"1"_s));
}

TEST_F(CallDeskPageTest, ASurveyAnsweredOnTheCallAndAnUnhappyAnswerClosesTheLoop)
{
    // A D+7 sales-survey task for a customer delivered a week ago.
    m_clock.set(QDateTime(QDate(2026, 11, 29), QTime(10, 0)).toUTC());
    ASSERT_OK(services::FollowupService(ctx()).generate(m_agent, QDate(2026, 11, 29)));
    AppContext app{ctx(), m_agent, false};
    ui::followups::CallDeskPage page(app);
    auto *kind = page.findChild<QComboBox *>(u"queueKind"_s);
    kind->setCurrentIndex(kind->findData(u"sales_survey"_s));
    auto *queue = page.findChild<QTableView *>(u"queueView"_s);
    ASSERT_EQ(queue->model()->rowCount(), 3);
    auto *form = page.findChild<surveys::SurveyForm *>(u"surveyForm"_s);
    ASSERT_TRUE(form->hasTemplate());
    EXPECT_TRUE(form->fieldAt(7)->isHidden()); // "what went wrong?" only after a low score
    // A 1–5 scale says what each point means, as the paper questionnaire does.
    auto *first = qobject_cast<QComboBox *>(form->fieldAt(1));
    ASSERT_TRUE(first);
    EXPECT_EQ(first->itemText(first->findData(5)),
              surveys::SurveyForm::tr("%1 %2").arg(5).arg(surveys::SurveyForm::tr("very satisfied")));
    EXPECT_EQ(first->itemText(first->findData(1)),
              surveys::SurveyForm::tr("%1 %2").arg(1).arg(surveys::SurveyForm::tr("very dissatisfied")));
    auto pick = [form](int position, int score) {
        auto *c = qobject_cast<QComboBox *>(form->fieldAt(position));
        c->setCurrentIndex(c->findData(score));
    };
    for (int p = 1; p <= 4; ++p)
        pick(p, 4);
    pick(5, 2); // salesperson: unhappy
    pick(6, 5); // NPS detractor
    EXPECT_FALSE(form->fieldAt(7)->isHidden());
    test::typeCommitted(form->fieldAt(7), u"销售顾问不耐烦"_s);
    test::MessageBoxCloser closer(3000);
    page.findChild<QPushButton *>(u"saveCallButton"_s)->click();
    EXPECT_EQ(m_t.db->scalar(u"SELECT COUNT(*) FROM survey_responses WHERE call_id IS NOT NULL"_s)->toInt(), 1);
    EXPECT_EQ(m_t.db->scalar(u"SELECT COUNT(*) FROM survey_alerts WHERE status = 'open'"_s)->toInt(), 1);
    EXPECT_EQ(m_t.db->scalar(u"SELECT text FROM survey_answers WHERE text <> ''"_s)->toString(), u"销售顾问不耐烦"_s);
    EXPECT_TRUE(page.findChild<QLabel *>(u"lastSaved"_s)->text().contains(u"TS-2611-0001"_s));
}

TEST_F(CallDeskPageTest, TheFormStartsCleanForEachCustomerAndRespectsTheRestTime)
{
    ASSERT_OK(m_t.db->exec(u"UPDATE customers SET gender = 'M' WHERE name = '张伟'"_s));
    at(QTime(11, 30)); // an hour from now is 12:30, in the 12:00–14:00 rest
    AppContext app{ctx(), m_agent, false};
    ui::followups::CallDeskPage page(app);
    page.resize(1366, 740);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    // The salutation follows the known gender.
    EXPECT_TRUE(page.findChild<QTextBrowser *>(u"scriptView"_s)->toPlainText().contains(u"张先生"_s));
    EXPECT_FALSE(page.findChild<QTextBrowser *>(u"scriptView"_s)->toPlainText().contains(u"先生/女士"_s));
    // The default call-back time is outside the customer's rest time.
    auto *callBack = page.findChild<QDateTimeEdit *>(u"callBackAt"_s);
    ASSERT_TRUE(callBack);
    EXPECT_EQ(callBack->dateTime().time(), QTime(14, 0));
    // A feedback line added by mistake is removed with the button.
    auto *category = page.findChild<QComboBox *>(u"feedbackCategory"_s);
    category->setCurrentIndex(category->count() - 1);
    QTest::keyClicks(page.findChild<QLineEdit *>(u"feedbackText"_s), u"typo"_s);
    QTest::keyClick(page.findChild<QLineEdit *>(u"feedbackText"_s), Qt::Key_Return);
    auto *feedback = page.findChild<QListWidget *>(u"feedbackList"_s);
    ASSERT_EQ(feedback->count(), 1);
    feedback->setCurrentRow(0);
    page.findChild<QPushButton *>(u"removeFeedback"_s)->click();
    EXPECT_EQ(feedback->count(), 0);
    // A call begun at 11:55 and logged at 12:05 was not made in the rest time: no question.
    at(QTime(12, 5));
    page.findChild<QSpinBox *>(u"durationSeconds"_s)->setValue(600);
    test::MessageBoxCloser closer(2000);
    page.findChild<QPushButton *>(u"saveCallButton"_s)->click();
    EXPECT_TRUE(closer.texts.isEmpty());
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM followup_calls"_s), 1);
    // The next customer's form does not carry the last one's feedback type.
    EXPECT_EQ(category->currentIndex(), 0);
}

// The database server goes away while an agent is saving a call (a restart for an update): the
// save is refused with a clear message, the form keeps what was typed, the status bar says the
// desk is reconnecting; once the server is back the same press of Save saves the call, once.
TEST(CallDeskOutage, ASaveRefusedWhileTheServerIsAwayKeepsTheFormAndSavesOnceItIsBack)
{
    test::PrivateServer server;
    CRM_START_PRIVATE_SERVER(server, {});
    QString error;
    const QString url = server.createDatabase(u"crm_outage"_s, &error);
    ASSERT_FALSE(url.isEmpty()) << error.toStdString();
    auto opened = data::Database::open(*data::ConnectionSpec::parse(url));
    ASSERT_OK(opened);
    data::Database &db = **opened;
    FixedClock clock{QDateTime(QDate(2026, 11, 23), QTime(10, 0)).toUTC()};
    const services::Session agent = test::insertUser(db, u"agent"_s, u"李晓红"_s, Role::Agent);
    seedThreeDeliveries(db);
    ASSERT_OK(services::FollowupService(services::Context{db, clock}).generate(agent, QDate(2026, 11, 23)));

    AppContext app{services::Context{db, clock}, agent, false};
    ui::followups::CallDeskPage page(app);
    ui::ConnectionStatus status(db, nullptr);
    page.resize(1200, 800);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    auto *notes = page.findChild<QPlainTextEdit *>(u"callNotes"_s);
    notes->setPlainText(u"kept through the outage"_s);
    EXPECT_TRUE(status.isHidden()) << "nothing to say while the server answers";

    ASSERT_TRUE(server.stop());
    {
        test::MessageBoxCloser closer(3000);
        page.findChild<QPushButton *>(u"saveCallButton"_s)->click();
        QTest::qWait(200);
        ASSERT_EQ(closer.texts.size(), 1);
        EXPECT_TRUE(closer.texts[0].contains(u"Nothing of this step was saved"_s)) << closer.texts[0].toStdString();
    }
    EXPECT_EQ(notes->toPlainText(), u"kept through the outage"_s);
    EXPECT_FALSE(status.isHidden()) << "the status bar shows the outage";
    EXPECT_TRUE(status.text().contains(u"reconnecting"_s)) << status.text().toStdString();

    ASSERT_TRUE(server.startAgain());
    // The status bar's timer reconnects while the desk waits (the backoff allows a try within 2 s).
    for (int i = 0; i < 100 && !db.connected(); ++i)
        QTest::qWait(50);
    EXPECT_TRUE(db.connected());
    QTest::qWait(50);
    EXPECT_TRUE(status.text().contains(u"again"_s)) << status.text().toStdString();
    page.findChild<QPushButton *>(u"saveCallButton"_s)->click();
    EXPECT_EQ(db.scalar(u"SELECT COUNT(*) FROM followup_calls WHERE notes = 'kept through the outage'"_s)->toInt(), 1);
}
