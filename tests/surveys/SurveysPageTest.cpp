// The surveys page: figures that match the service, drill-down and distribution, the template
// editor creating a version, an alert resolved with a comment.
#include "TestDatabase.h"
#include "UiHelpers.h"

#include "archives/data/CustomerRepository.h"
#include "data/Transaction.h"
#include "data/UserRepository.h"
#include "surveys/ui/SurveysPage.h"

#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace crm;
using namespace crm::ui;
using namespace Qt::StringLiterals;

namespace {
class SurveysPageTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto t = test::createEmptyDatabase(data::Engine::Sqlite);
        ASSERT_OK(t);
        m_t = std::move(*t);
        ASSERT_OK(data::Migrator(*m_t.db).migrate());
        data::Transaction tx(*m_t.db);
        auto id = data::UserRepository(*m_t.db).insert(
            {0, u"boss"_s, u"张经理"_s, Role::Manager, u"x"_s, true, u"x"_s, u"x"_s, 0, {}, {}});
        ASSERT_OK(id);
        m_manager = services::Session{*id, u"boss"_s, u"张经理"_s, Role::Manager};
        QList<qint64> customers;
        for (const QString &n : {u"甲"_s, u"乙"_s}) {
            data::CustomerRow c;
            c.name = n;
            customers << *data::CustomerRepository(*m_t.db).insertCustomer(c, u"x"_s);
        }
        ASSERT_OK(tx.commit());
        m_clock.set(QDateTime(QDate(2026, 11, 10), QTime(10, 0)).toUTC());
        services::SurveyService s(ctx());
        const services::TemplateDef ssi = *s.latest(u"ssi"_s).value();
        auto answer = [&](qint64 customer, QList<int> scales, int nps) {
            services::ResponseInput in;
            in.templateId = ssi.id;
            in.customerId = customer;
            in.staff = u"王顾问"_s;
            for (int i = 0; i < scales.size(); ++i)
                in.answers << services::AnswerInput{i + 1, scales[i], {}};
            in.answers << services::AnswerInput{6, nps, {}};
            return s.saveResponse(m_manager, in);
        };
        ASSERT_OK(answer(customers[0], {5, 5, 5, 5, 5}, 10)); // 1000
        ASSERT_OK(answer(customers[1], {3, 3, 3, 3, 2}, 5));  // 425, unhappy
        m_clock.set(QDateTime(QDate(2026, 11, 20), QTime(10, 0)).toUTC());
    }
    services::Context ctx() { return {*m_t.db, m_clock}; }
    test::TestDb m_t;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 20), QTime(2, 0), QTimeZone::utc())};
    services::Session m_manager;
};
} // namespace

TEST_F(SurveysPageTest, AnalysisDrillDownTemplatesAndAlerts)
{
    AppContext app{ctx(), m_manager, false};
    surveys::SurveysPage page(app);
    page.resize(1200, 800);
    page.show();
    auto *summary = page.findChild<QLabel *>(u"surveySummary"_s);
    EXPECT_TRUE(summary->text().contains(u"<b>2</b>"_s)) << summary->text().toStdString();
    EXPECT_TRUE(summary->text().contains(u"713"_s)) << summary->text().toStdString(); // (1000 + 425) / 2 = 712.5
    auto *group = page.findChild<QComboBox *>(u"surveyGroup"_s);
    group->setCurrentIndex(group->findData(u"question"_s));
    auto *table = page.findChild<QTableWidget *>(u"surveyScores"_s);
    ASSERT_EQ(table->rowCount(), 7); // six answered questions + total
    table->setCurrentCell(0, 0);
    EXPECT_TRUE(page.findChild<QLabel *>(u"surveyDistribution"_s)->text().contains(u"How it was answered"_s));
    // Drill-down from the total to the two responses behind it.
    int listed = -1;
    QTimer::singleShot(50, [&listed] {
        auto *dlg = QApplication::activeModalWidget();
        ASSERT_TRUE(dlg);
        listed = dlg->findChild<QTreeWidget *>(u"drillDownList"_s)->topLevelItemCount();
        dlg->close();
    });
    emit table->cellDoubleClicked(table->rowCount() - 1, 0);
    EXPECT_EQ(listed, 2);

    // The alert for the unhappy response, resolved with a comment.
    auto *tabs = page.findChild<QTabWidget *>();
    tabs->setCurrentIndex(1);
    auto *alerts = page.findChild<QTreeWidget *>(u"surveyAlerts"_s);
    ASSERT_EQ(alerts->topLevelItemCount(), 1);
    alerts->setCurrentItem(alerts->topLevelItem(0));
    QTimer::singleShot(50, [] {
        auto *dlg = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        ASSERT_TRUE(dlg);
        dlg->setTextValue(u"已回电致歉"_s);
        dlg->accept();
    });
    page.findChild<QPushButton *>(u"resolveAlertButton"_s)->click();
    EXPECT_EQ(m_t.db->scalar(u"SELECT comment FROM survey_alerts"_s)->toString(), u"已回电致歉"_s);
    EXPECT_EQ(alerts->topLevelItemCount(), 0); // open only

    // Editing the answered SSI template makes version 2.
    tabs->setCurrentIndex(3);
    auto *questions = page.findChild<QTableWidget *>(u"questionTable"_s);
    auto *list = page.findChild<QListWidget *>(u"templateList"_s);
    ASSERT_GT(list->count(), 0);
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->text().startsWith(u"销售满意度"_s))
            list->setCurrentRow(i);
    ASSERT_EQ(questions->rowCount(), 7);
    questions->item(0, 1)->setText(u"交车过程满意吗？"_s);
    page.findChild<QPushButton *>(u"saveTemplateButton"_s)->click();
    EXPECT_EQ(m_t.db->scalar(u"SELECT MAX(version) FROM survey_templates WHERE code = 'ssi'"_s)->toInt(), 2);
    EXPECT_EQ(m_t.db
                  ->scalar(u"SELECT text FROM survey_questions q JOIN survey_templates t ON t.id = q.template_id "
                           "WHERE t.code = 'ssi' AND t.version = 2 AND q.position = 1"_s)
                  ->toString(),
              u"交车过程满意吗？"_s);
}
