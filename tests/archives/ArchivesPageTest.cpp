#include "TestDatabase.h"
#include "UiHelpers.h"

#include "archives/services/CustomerService.h"
#include "archives/services/ImportService.h"
#include "archives/ui/ArchivesPage.h"
#include "archives/ui/CustomerCard.h"
#include "archives/ui/CustomerListModel.h"
#include "archives/ui/Dialogs.h"
#include "archives/ui/QualityPages.h"
#include "data/AuditRepository.h"
#include "seed/SeedService.h"
#include "services/UserService.h"
#include "ui/shell/GlobalSearch.h"
#include "ui/shell/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace crm;
using namespace crm::ui;
using namespace Qt::StringLiterals;

namespace {
class ArchivesPageTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto t = test::createEmptyDatabase(data::Engine::Sqlite);
        ASSERT_OK(t);
        m_t = std::move(*t);
        ASSERT_OK(data::Migrator(*m_t.db).migrate());
        ASSERT_OK(services::SeedService(ctx()).seedDemo(services::Session::system(u"test"_s)));
        services::Session archivist{0, u"archivist"_s, u"王建国"_s, Role::Archivist};
        auto id = services::CustomerService(ctx()).create(
            archivist, {u"曾伟明"_s, u"M"_s, u"13912345678"_s, {}, u"广州"_s, {}, u"referral"_s, {}, true, {u"试驾活动"_s}});
        ASSERT_OK(id);
        m_customer = *id;
        services::VehicleInput v;
        v.vin = u"LFVAB15A9PA040001"_s;
        v.plate = u"粤AD12345"_s;
        v.model = u"ID.4 CROZZ"_s;
        v.deliveryDate = QDate(2025, 5, 1);
        ASSERT_OK(services::CustomerService(ctx()).addVehicle(archivist, m_customer, v));
        auto login = services::UserService(ctx()).login(u"archivist"_s, u"demo-archivist"_s);
        ASSERT_OK(login);
        m_app = std::make_unique<AppContext>(AppContext{ctx(), *login, false});
    }
    services::Context ctx() { return {*m_t.db}; }

    test::TestDb m_t;
    std::unique_ptr<AppContext> m_app;
    qint64 m_customer = 0;
};
} // namespace

TEST_F(ArchivesPageTest, SearchAsYouTypeAndOpenTheCard)
{
    archives::ArchivesPage page(*m_app);
    page.show();
    QSignalSpy reloaded(&page, &archives::ArchivesPage::listReloaded);
    QSignalSpy counted(&page, &archives::ArchivesPage::countShown);
    ASSERT_TRUE(reloaded.wait(5000));
    EXPECT_GE(reloaded.first().first().toInt(), archives::CustomerListModel::kPageSize); // the first page of 304 at least
    ASSERT_TRUE(counted.count() > 0 || counted.wait(5000));                              // the count comes separately
    EXPECT_TRUE(page.findChild<QLabel *>(u"customerCount"_s)->text().contains(u"304"_s));
    EXPECT_EQ(page.model()->rowCount(), 304); // and sizes the list: the scroll bar reaches every row
    EXPECT_FALSE(page.model()->canFetchMore({}));

    for (const QString &query : {u"zwm"_s, u"伟明"_s, u"5678"_s, u"AD123"_s, u"040001"_s}) {
        SCOPED_TRACE(query.toStdString());
        QLineEdit *search = page.searchField();
        search->clear();
        if (query.at(0).unicode() > 127)
            test::typeCommitted(search, query);
        else
            QTest::keyClicks(search, query);
        ASSERT_TRUE(reloaded.wait(5000)); // after the typing pause, answered by the worker
        ASSERT_GE(page.model()->rowCount(), 1);
        EXPECT_GE(page.model()->rowOf(m_customer), 0);
    }
    // The only 曾伟明 is selected and shown on the card.
    page.searchField()->clear();
    QTest::keyClicks(page.searchField(), u"zwm"_s);
    ASSERT_TRUE(reloaded.wait(5000));
    auto *list = page.findChild<QTableView *>(u"customerList"_s);
    list->selectRow(page.model()->rowOf(m_customer));
    EXPECT_EQ(page.card()->customerId(), m_customer);
    auto *mobile = page.card()->findChild<QLabel *>(u"cardMobile"_s);
    EXPECT_EQ(mobile->text(), u"139****5678"_s);
    EXPECT_EQ(page.card()->vehiclesView()->topLevelItemCount(), 1);
    EXPECT_EQ(page.card()->timelineView()->topLevelItemCount(), 1); // the delivery

    // Revealing is one click, and it is audited.
    QTest::mouseClick(page.card()->findChild<QPushButton *>(u"revealMobile"_s), Qt::LeftButton);
    EXPECT_EQ(mobile->text(), u"13912345678"_s);
    EXPECT_EQ(*data::AuditRepository(*m_t.db).count({u"reveal"_s, {}, u"archivist"_s}), 1);
}

TEST_F(ArchivesPageTest, ChurnFilterNarrowsTheList)
{
    archives::ArchivesPage page(*m_app);
    QSignalSpy reloaded(&page, &archives::ArchivesPage::listReloaded);
    ASSERT_TRUE(reloaded.wait(5000));
    auto *churn = page.findChild<QComboBox *>(u"churnFilter"_s);
    churn->setCurrentIndex(churn->findData(int(data::ChurnState::Lost)));
    ASSERT_TRUE(reloaded.wait(5000));
    data::CustomerQuery lost;
    lost.churn = data::ChurnState::Lost;
    const qint64 expected = *services::CustomerService(ctx()).count(m_app->session, lost);
    EXPECT_GT(expected, 0);
    EXPECT_LT(expected, 304);
    EXPECT_EQ(page.model()->rowCount(), qMin<qint64>(expected, archives::CustomerListModel::kPageSize));
}

TEST_F(ArchivesPageTest, ListModelPagesAndPassesTheModelTester)
{
    archives::CustomerListModel model(ctx(), m_app->session);
    model.setQuery({});
    EXPECT_EQ(model.rowCount(), archives::CustomerListModel::kPageSize);
    EXPECT_TRUE(model.canFetchMore({}));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    while (model.canFetchMore({}))
        model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 304);
    for (int r = 0; r < model.rowCount(); ++r)
        EXPECT_TRUE(model.index(r, archives::CustomerListModel::Mobile).data().toString().contains(u"****"_s) ||
                    model.index(r, archives::CustomerListModel::Mobile).data().toString().isEmpty());
}

TEST_F(ArchivesPageTest, ListModelIsAWindowOverTheWholeList)
{
    // Pages of 10 over the 304 customers: 31 pages, of which the model holds 12 at most.
    archives::CustomerListModel model(ctx(), m_app->session, nullptr, 10);
    auto expectOrder = [&](data::CustomerQuery::Sort sort) {
        data::CustomerQuery q;
        q.sort = sort;
        auto all = services::CustomerService(ctx()).page(m_app->session, q, std::nullopt, 1000);
        EXPECT_TRUE(all.ok());
        QList<qint64> ids;
        for (const auto &r : *all)
            ids << r.id;
        return ids;
    };
    const QList<qint64> newest = expectOrder(data::CustomerQuery::Sort::Newest);
    ASSERT_EQ(newest.size(), 304);
    auto idAt = [&](int row) { return model.index(row, 0).data(Qt::UserRole).toLongLong(); };

    model.setQuery({});
    EXPECT_EQ(model.rowCount(), 10);
    EXPECT_TRUE(model.canFetchMore({}));
    // (Qt 6.4's tester calls fetchMore inside its modelReset handler and then objects to the
    // insertion, so it watches from after each reset of a list whose count is not yet known.)
    auto tester = std::make_unique<QAbstractItemModelTester>(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setTotal(304);
    EXPECT_EQ(model.rowCount(), 304);
    EXPECT_FALSE(model.canFetchMore({}));

    // Jump to the last row: one page read from the end, nothing in between.
    const int held = model.pagesHeld();
    EXPECT_EQ(idAt(303), newest[303]);
    EXPECT_EQ(model.pagesHeld(), held + 1);
    EXPECT_EQ(idAt(150), newest[150]); // the middle, from the front
    EXPECT_EQ(idAt(210), newest[210]); // … and from the end
    EXPECT_EQ(model.pagesHeld(), held + 3);
    // Scroll the whole list down, then up: every row in order, never more than 12 pages held.
    for (int row = 0; row < 304; ++row)
        ASSERT_EQ(idAt(row), newest[row]) << row;
    EXPECT_EQ(model.pagesHeld(), archives::CustomerListModel::kPagesKept);
    for (int row = 303; row >= 0; --row)
        ASSERT_EQ(idAt(row), newest[row]) << row;
    EXPECT_EQ(model.pagesHeld(), archives::CustomerListModel::kPagesKept);
    EXPECT_EQ(model.rowOf(newest[5]), 5);         // held
    EXPECT_EQ(model.rowOf(newest[300]), -1);      // let go
    EXPECT_EQ(model.rowAt(300)->id, newest[300]); // read again when asked for
    EXPECT_EQ(model.rowOf(newest[300]), 300);

    // Sorting keeps the count: the last row by name is there at once.
    model.sort(archives::CustomerListModel::Name, Qt::AscendingOrder);
    EXPECT_EQ(model.rowCount(), 304);
    const QList<qint64> byName = expectOrder(data::CustomerQuery::Sort::Name);
    EXPECT_EQ(idAt(303), byName[303]);
    EXPECT_EQ(idAt(97), byName[97]);

    // A new filter starts over: its count is not known until the worker says.
    data::CustomerQuery lost;
    lost.churn = data::ChurnState::Lost;
    tester.reset();
    model.setQuery(lost);
    EXPECT_LE(model.rowCount(), 10);
    tester = std::make_unique<QAbstractItemModelTester>(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const qint64 lostCount = *services::CustomerService(ctx()).count(m_app->session, lost);
    model.setTotal(lostCount);
    EXPECT_EQ(model.rowCount(), lostCount);
    if (lostCount > 0) {
        EXPECT_NE(model.rowAt(int(lostCount) - 1), nullptr);
    }
    // A count smaller than the rows shown (customers removed meanwhile) shrinks the list.
    tester.reset();
    model.setQuery({});
    tester = std::make_unique<QAbstractItemModelTester>(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setTotal(5);
    EXPECT_EQ(model.rowCount(), 5);
}

// A page that cannot be read (the database went away under the desk) is asked for once, not
// once per painted cell of each of its rows; F5 reads the list and its count again.
TEST_F(ArchivesPageTest, AFailedPageIsAskedForOnceAndF5ReadsAgain)
{
    archives::CustomerListModel model(ctx(), m_app->session, nullptr, 10);
    model.setQuery({});
    model.setTotal(304);
    ASSERT_OK(m_t.db->exec(u"ALTER TABLE customers RENAME TO customers_gone"_s));
    const int asked = model.pagesAsked();
    for (int pass = 0; pass < 3; ++pass)
        for (int row = 100; row < 130; ++row)
            for (int column = 0; column < model.columnCount(); ++column)
                EXPECT_FALSE(model.index(row, column).data().isValid());
    EXPECT_EQ(model.pagesAsked(), asked + 3); // rows 100–109, 110–119, 120–129
    ASSERT_NE(model.lastError(), nullptr);
    ASSERT_OK(m_t.db->exec(u"ALTER TABLE customers_gone RENAME TO customers"_s));
    model.setQuery({}); // a new reading forgets what failed
    model.setTotal(304);
    EXPECT_NE(model.rowAt(125), nullptr);
    EXPECT_EQ(model.pagesAsked(), asked + 4);

    archives::ArchivesPage page(*m_app);
    page.show();
    // By value: the first page (200 rows) can be in the view before the count sizes it to all.
    QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 304, 5000);
    services::CustomerInput another;
    another.name = u"欧阳明"_s;
    another.mobile = u"13700001234"_s;
    ASSERT_OK(services::CustomerService(ctx()).create(m_app->session, another));
    QTest::keyClick(&page, Qt::Key_F5);
    // (Waited for by value: the first reading may still announce its count after the key.)
    QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 305, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(page.findChild<QLabel *>(u"customerCount"_s)->text().contains(u"305"_s), 5000);
}

TEST_F(ArchivesPageTest, GlobalSearchOpensTheCustomerCard)
{
    MainWindow w(*m_app, createModules());
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    GlobalSearch *search = w.searchField();
    QTest::keyClicks(search, u"AD12345"_s);
    QSignalSpy shown(search, &GlobalSearch::resultsShown);
    search->searchNow();
    ASSERT_TRUE(shown.wait(5000));
    ASSERT_EQ(search->hitCount(), 1);
    QAbstractItemView *popup = search->findChild<QCompleter *>()->popup();
    popup->setCurrentIndex(popup->model()->index(0, 0));
    QTest::keyClick(popup, Qt::Key_Return);
    EXPECT_EQ(w.currentModuleId(), u"archives"_s);
    auto *page = qobject_cast<archives::ArchivesPage *>(w.moduleWidget(u"archives"_s));
    ASSERT_TRUE(page);
    EXPECT_EQ(page->card()->customerId(), m_customer);
}

TEST_F(ArchivesPageTest, NewCustomerDialogRefusesABadMobileAndSavesAGoodOne)
{
    archives::ArchivesPage page(*m_app);
    page.show();
    QSignalSpy reloaded(&page, &archives::ArchivesPage::listReloaded);
    ASSERT_TRUE(reloaded.wait(5000));
    bool sawError = false;
    QTimer::singleShot(0, [&] {
        QWidget *dlg = QApplication::activeModalWidget();
        ASSERT_TRUE(dlg);
        test::typeCommitted(dlg->findChild<QLineEdit *>(u"name"_s), u"新客户"_s);
        QTest::keyClicks(dlg->findChild<QLineEdit *>(u"mobile"_s), u"1381234"_s);
        dlg->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        auto *error = dlg->findChild<QLabel *>(u"error"_s);
        sawError = error->isVisible() && !error->text().isEmpty();
        dlg->findChild<QLineEdit *>(u"mobile"_s)->setText(u"+86 186 0000 1111"_s);
        dlg->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
    });
    page.findChild<QPushButton *>(u"newCustomer"_s)->click();
    EXPECT_TRUE(sawError);
    ASSERT_TRUE(reloaded.wait(5000));
    EXPECT_EQ(page.card()->findChild<QLabel *>(u"cardMobile"_s)->text(), u"186****1111"_s);
}

TEST_F(ArchivesPageTest, ImportThroughTheMappingStep)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"leads.csv"_s);
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(u"客户姓名,联系电话,所在城市,备注\r\n黄飞鸿,13511112222,佛山,老客户\r\n方世玉,12345,广州,\r\n"_s.toUtf8());
    f.close();
    archives::ArchivesPage page(*m_app);
    page.show();
    QSignalSpy reloaded(&page, &archives::ArchivesPage::listReloaded);
    ASSERT_TRUE(reloaded.wait(5000));
    test::MessageBoxCloser closer;
    QList<int> guessed;
    QTimer::singleShot(0, [&] {
        QWidget *dlg = QApplication::activeModalWidget();
        ASSERT_TRUE(dlg);
        auto *table = dlg->findChild<QTableWidget *>(u"mappingTable"_s);
        ASSERT_TRUE(table);
        for (int i = 0; i < table->rowCount(); ++i)
            guessed << qobject_cast<QComboBox *>(table->cellWidget(i, 2))->currentData().toInt();
        dlg->findChild<QPushButton *>(u"runImport"_s)->click();
    });
    page.importPath(path);
    EXPECT_EQ(guessed, (QList<int>{int(services::ImportField::Name), int(services::ImportField::Mobile),
                                   int(services::ImportField::City), int(services::ImportField::Ignore)}));
    ASSERT_EQ(closer.texts.size(), 1);
    EXPECT_TRUE(closer.texts.first().contains(u"1"_s));
    ASSERT_TRUE(reloaded.wait(5000));
    data::CustomerQuery q;
    q.search = u"黄飞鸿"_s;
    EXPECT_EQ(*services::CustomerService(ctx()).count(m_app->session, q), 1);
}

TEST_F(ArchivesPageTest, DataQualityAndChurnTabsLoadTheirFigures)
{
    archives::ArchivesPage page(*m_app);
    page.show();
    QSignalSpy quality(page.qualityPage(), &archives::DataQualityPage::loaded);
    page.tabs()->setCurrentWidget(page.qualityPage());
    ASSERT_TRUE(quality.wait(10000));
    EXPECT_EQ(page.qualityPage()->incompleteView()->topLevelItemCount(), 50);
    EXPECT_EQ(page.qualityPage()->duplicatesView()->topLevelItemCount(), 3); // the demo's legacy duplicates

    QSignalSpy churn(page.churnPage(), &archives::ChurnPage::loaded);
    page.tabs()->setCurrentWidget(page.churnPage());
    ASSERT_TRUE(churn.wait(10000));
    EXPECT_EQ(page.churnPage()->cohortView()->topLevelItemCount(), 1);
    auto *states = page.churnPage()->findChild<QLabel *>(u"churnStates"_s);
    EXPECT_FALSE(states->text().isEmpty());
}

TEST_F(ArchivesPageTest, TagFilter)
{
    archives::ArchivesPage page(*m_app);
    QSignalSpy reloaded(&page, &archives::ArchivesPage::listReloaded);
    QSignalSpy counted(&page, &archives::ArchivesPage::countShown);
    ASSERT_TRUE(reloaded.wait(5000));
    ASSERT_TRUE(counted.count() > 0 || counted.wait(5000)); // the tag choices arrive with the count
    auto *tags = page.findChild<QComboBox *>(u"tagFilter"_s);
    const int index = tags->findData(u"试驾活动"_s);
    ASSERT_GE(index, 0);
    tags->setCurrentIndex(index);
    ASSERT_TRUE(reloaded.wait(5000));
    ASSERT_EQ(page.model()->rowCount(), 1);
    EXPECT_EQ(page.model()->rowAt(0)->id, m_customer);
}

TEST_F(ArchivesPageTest, ErasePersonalDataFromTheCardAfterAReasonAndAConfirmation)
{
    archives::ArchivesPage page(*m_app);
    page.show();
    QSignalSpy reloaded(&page, &archives::ArchivesPage::listReloaded);
    ASSERT_TRUE(reloaded.wait(5000));
    page.card()->showCustomer(m_customer);
    auto *erase = page.card()->findChild<QPushButton *>(u"erasePersonalData"_s);
    ASSERT_TRUE(erase);
    EXPECT_FALSE(erase->isHidden());
    // The reason dialog gets a reason; the confirmation is answered "Erase".
    QStringList seen;
    QTimer driver;
    QObject::connect(&driver, &QTimer::timeout, [&] {
        QWidget *w = QApplication::activeModalWidget();
        if (auto *input = qobject_cast<QInputDialog *>(w)) {
            seen << u"reason"_s;
            input->setTextValue(u"本人书面申请"_s);
            input->accept();
        } else if (auto *box = qobject_cast<QMessageBox *>(w)) {
            seen << u"confirm"_s;
            for (QAbstractButton *b : box->buttons())
                if (box->buttonRole(b) == QMessageBox::AcceptRole)
                    b->click();
        }
    });
    driver.start(30);
    QSignalSpy changed(page.card(), &archives::CustomerCard::changed);
    QTest::mouseClick(erase, Qt::LeftButton);
    driver.stop();
    EXPECT_EQ(seen, (QStringList{u"reason"_s, u"confirm"_s}));
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(page.card()->customerId(), 0);
    EXPECT_TRUE(m_t.db->scalar(u"SELECT mobile FROM customers WHERE id = ?"_s, {m_customer})->isNull());
    EXPECT_EQ(*data::AuditRepository(*m_t.db).count({u"anonymise"_s, {}, u"archivist"_s}), 1);
}

TEST_F(ArchivesPageTest, TheListFollowsTheCardOrHighlightsNothing)
{
    archives::ArchivesPage page(*m_app);
    page.show();
    QSignalSpy reloaded(&page, &archives::ArchivesPage::listReloaded);
    ASSERT_TRUE(reloaded.wait(5000));
    QTest::keyClicks(page.searchField(), u"zwm"_s);
    ASSERT_TRUE(reloaded.wait(5000));
    auto *list = page.findChild<QTableView *>(u"customerList"_s);
    ASSERT_EQ(list->selectionModel()->selectedRows().size(), 1); // 曾伟明, the only match
    // Opened from elsewhere (Ctrl+K, a report) while the list holds only someone else.
    const qint64 other = m_t.db->scalar(u"SELECT MIN(id) FROM customers WHERE id <> ?"_s, {m_customer})->toLongLong();
    page.openCustomer(other);
    EXPECT_EQ(page.card()->customerId(), other);
    EXPECT_TRUE(list->selectionModel()->selectedRows().isEmpty()); // no other row highlighted beside the card
    // Opened while in the list: the row follows.
    page.openCustomer(m_customer);
    ASSERT_EQ(list->selectionModel()->selectedRows().size(), 1);
    EXPECT_EQ(list->selectionModel()->selectedRows().first().row(), page.model()->rowOf(m_customer));
}

TEST_F(ArchivesPageTest, AtRiskFromTheChurnTabDropsTheOldSearch)
{
    archives::ArchivesPage page(*m_app);
    page.show();
    QSignalSpy reloaded(&page, &archives::ArchivesPage::listReloaded);
    ASSERT_TRUE(reloaded.wait(5000));
    QTest::keyClicks(page.searchField(), u"zwm"_s);
    ASSERT_TRUE(reloaded.wait(5000));
    emit page.churnPage()->showAtRisk();
    ASSERT_TRUE(reloaded.wait(5000));
    EXPECT_TRUE(page.searchField()->text().isEmpty());
    data::CustomerQuery atRisk;
    atRisk.churn = data::ChurnState::AtRisk;
    const qint64 expected = *services::CustomerService(ctx()).count(m_app->session, atRisk);
    ASSERT_GT(expected, 0);
    EXPECT_EQ(page.model()->rowCount(), qMin<qint64>(expected, archives::CustomerListModel::kPageSize));
}

TEST_F(ArchivesPageTest, NoGuessedDeliveryDateAndEmptyListsSaySo)
{
    // A delivery date of "today" made an old customer look visited today: none is guessed.
    ui::archives::VehicleDialog dlg(ctx(), m_app->session, m_customer);
    auto *delivery = dlg.findChild<QDateEdit *>(u"deliveryDate"_s);
    ASSERT_TRUE(delivery);
    EXPECT_EQ(delivery->text(), delivery->specialValueText());
    archives::ArchivesPage page(*m_app);
    for (QTreeWidget *list : {page.card()->timelineView(), page.card()->vehiclesView()})
        EXPECT_FALSE(list->property("emptyHint").toString().isEmpty());
}
