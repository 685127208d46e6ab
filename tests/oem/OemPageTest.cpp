// The manufacturer's files through the real widgets: the supervisor edits a default template's
// header and code map and saves it (a wrong edit is refused with its reason and kept on screen),
// makes the upload file into a folder, sees the batch in the log and rebuilds it byte for byte;
// the usage page shows a person's work and lets the administrator disable an inactive account.
#include "TestDatabase.h"
#include "UiHelpers.h"

#include "admin/ui/UsagePage.h"
#include "archives/data/CustomerRepository.h"
#include "data/Transaction.h"
#include "data/UserRepository.h"
#include "oem/services/OemService.h"
#include "oem/ui/OemImportTab.h"
#include "oem/ui/OemPage.h"
#include "services/UserService.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace crm;
using namespace crm::ui;
using namespace Qt::StringLiterals;

namespace {
class OemPageTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto t = test::createEmptyDatabase(data::Engine::Sqlite);
        ASSERT_OK(t);
        m_t = std::move(*t);
        ASSERT_OK(data::Migrator(*m_t.db).migrate());
        m_archivist = test::insertUser(*m_t.db, u"info"_s, u"陈美玲"_s, Role::Archivist);
        m_admin = test::insertUser(*m_t.db, u"root"_s, u"系统管理员"_s, Role::Admin);
        data::Transaction tx(*m_t.db);
        data::CustomerRow c;
        c.name = u"王伟"_s;
        c.gender = u"M"_s;
        c.mobile = u"13800000001"_s;
        ASSERT_OK(data::CustomerRepository(*m_t.db).insertCustomer(c, u"2026-11-20T01:00:00Z"_s));
        ASSERT_OK(tx.commit());
    }
    services::Context ctx() { return {*m_t.db, m_clock}; }
    // Presses the button of the next message box (the upload's and the rebuild's reports).
    // Looks until one shows: a worker's progress dialog may come first.
    void closeNextBox(bool *seen)
    {
        auto *poll = new QTimer;
        poll->setInterval(50);
        QObject::connect(poll, &QTimer::timeout, [poll, seen] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                *seen = true;
                poll->stop();
                poll->deleteLater();
                box->button(QMessageBox::Ok)->click();
            }
        });
        poll->start();
    }
    int rowOf(QListWidget *list, const QString &name)
    {
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->text().startsWith(name))
                return i;
        return -1;
    }

    test::TestDb m_t;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 23), QTime(9, 0)).toUTC()};
    services::Session m_archivist, m_admin;
};
} // namespace

TEST_F(OemPageTest, TheSupervisorEditsATemplateUploadsAndProvesWhatWasSent)
{
    AppContext app{ctx(), m_archivist, false};
    ui::oem::OemPage page(app);
    page.resize(1366, 768);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    auto *list = page.findChild<QListWidget *>(u"templates"_s);
    ASSERT_EQ(list->count(), 6); // the defaults, one per data set
    list->setCurrentRow(rowOf(list, u"客户档案上传"_s));
    auto *columns = page.findChild<QTableWidget *>(u"columns"_s);
    ASSERT_GT(columns->rowCount(), 5);
    EXPECT_EQ(columns->item(2, 1)->text(), u"客户姓名"_s);
    EXPECT_EQ(columns->item(3, 3)->text(), u"F=女; M=男"_s); // the gender's code map

    // A header emptied is refused with its reason, and the edit stays on screen.
    columns->item(2, 1)->setText(QString());
    EXPECT_FALSE(page.save());
    EXPECT_TRUE(page.findChild<QLabel *>(u"templateProblem"_s)->text().contains(u"3"_s));
    columns->item(2, 1)->setText(u"姓名"_s);
    columns->item(3, 3)->setText(u"M=1; F=2"_s);
    ASSERT_TRUE(page.save());
    auto stored = services::OemService(ctx()).templateByName(m_archivist, u"客户档案上传"_s);
    ASSERT_OK(stored);
    ASSERT_TRUE(stored->has_value());
    EXPECT_EQ((*stored)->columns[2].header, u"姓名"_s);
    EXPECT_EQ((*stored)->columns[3].codes.value(u"M"_s), u"1"_s);

    QTemporaryDir dir;
    m_clock.advanceSecs(600);
    bool reported = false;
    closeNextBox(&reported);
    ASSERT_TRUE(page.uploadInto(dir.path()));
    EXPECT_TRUE(reported);
    auto *batches = page.findChild<QTableWidget *>(u"batches"_s);
    ASSERT_EQ(batches->rowCount(), 1);
    EXPECT_EQ(batches->item(0, 3)->text(), u"1"_s);
    EXPECT_EQ(batches->item(0, 6)->text(), u"陈美玲"_s);
    EXPECT_TRUE(QFile::exists(dir.filePath(batches->item(0, 4)->text())));
    EXPECT_FALSE(page.findChild<QLabel *>(u"watermark"_s)->text().isEmpty());

    reported = false;
    closeNextBox(&reported);
    EXPECT_TRUE(page.rebuildTo(batches->item(0, 0)->data(Qt::UserRole).toLongLong(), dir.filePath(u"again.xlsx"_s)));
    EXPECT_TRUE(reported);
}

TEST_F(OemPageTest, TheManufacturersSurveyFileIsMappedAndImported)
{
    {
        data::Transaction tx(*m_t.db);
        data::VehicleRow v;
        v.customerId = 1;
        v.vin = u"LFV2A21K8N3000001"_s;
        ASSERT_OK(data::CustomerRepository(*m_t.db).insertVehicle(v, u"2026-11-20T01:00:00Z"_s));
        ASSERT_OK(tx.commit());
    }
    QTemporaryDir dir;
    QFile f(dir.filePath(u"ssi.csv"_s));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(u"问卷编号,调查日期,车架号,销售顾问,综合得分,备注列\nS-1,2026-11-05,LFV2A21K8N3000001,王芳,92,x\n"
            "S-2,2026-11-06,LFV2A21K8N3999999,王芳,70,y\n"_s.toUtf8());
    f.close();

    AppContext app{ctx(), m_archivist, false};
    ui::oem::OemPage page(app);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    auto *tab = page.findChild<ui::oem::OemImportTab *>();
    ASSERT_TRUE(tab);
    ASSERT_TRUE(tab->openFile(f.fileName()));
    auto *mapping = page.findChild<QTableWidget *>(u"importMapping"_s);
    ASSERT_EQ(mapping->rowCount(), 6);
    auto meaning = [&](int row) { return qobject_cast<QComboBox *>(mapping->cellWidget(row, 2))->currentData().toString(); };
    EXPECT_EQ(meaning(2), u"vin"_s);
    EXPECT_EQ(meaning(4), u"overall"_s);
    EXPECT_EQ(meaning(5), QString()); // an unknown column is left out
    ASSERT_TRUE(tab->runImport());
    const QString outcome = page.findChild<QLabel *>(u"importOutcome"_s)->text();
    EXPECT_TRUE(outcome.contains(u"Imported 1"_s)) << outcome.toStdString();
    EXPECT_TRUE(outcome.contains(u"not found 1"_s)) << outcome.toStdString();
    EXPECT_TRUE(page.findChild<QPushButton *>(u"saveImportRejects"_s)->isEnabled());
    auto *gaps = page.findChild<QTableWidget *>(u"scoreGaps"_s);
    tab->findChild<QDateEdit *>(u"gapMonth"_s)->setDate(QDate(2026, 11, 15));
    ASSERT_EQ(gaps->rowCount(), 1);
    EXPECT_EQ(gaps->item(0, 0)->text(), u"王芳"_s);
    EXPECT_EQ(gaps->item(0, 2)->text(), u"92.0"_s);
}

TEST_F(OemPageTest, TheUsagePageShowsWorkAndDisablesAnInactiveAccount)
{
    const services::Session sleeper = test::insertUser(*m_t.db, u"sleeper"_s, u"赵闲"_s, Role::Agent);
    auto desk = services::UserService(ctx()).openDeskSession(m_archivist, u"desk-1"_s);
    ASSERT_OK(desk);
    m_clock.advanceSecs(3600);
    ASSERT_OK(services::UserService(ctx()).deskSeen(*desk, 1800));
    m_clock.set(QDateTime(QDate(2027, 1, 5), QTime(9, 0)).toUTC()); // everyone idle for 40 days but the desk's user

    AppContext app{ctx(), m_admin, false};
    ui::admin::UsagePage page(app);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    auto *inactive = page.findChild<QTableWidget *>(u"usageInactive"_s);
    int row = -1;
    for (int r = 0; r < inactive->rowCount(); ++r)
        if (inactive->item(r, 0)->text() == u"sleeper"_s)
            row = r;
    ASSERT_GE(row, 0);
    inactive->selectRow(row);
    auto *disable = page.findChild<QPushButton *>(u"disableAccount"_s);
    ASSERT_TRUE(disable->isEnabled());
    bool asked = false;
    QTimer::singleShot(100, [&asked] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            asked = true;
            for (QAbstractButton *b : box->buttons())
                if (box->buttonRole(b) == QMessageBox::AcceptRole || box->buttonRole(b) == QMessageBox::YesRole)
                    b->click();
        }
    });
    disable->click();
    EXPECT_TRUE(asked);
    auto u = data::UserRepository(*m_t.db).findById(sleeper.userId);
    ASSERT_OK(u);
    EXPECT_FALSE((*u)->active);
    for (int r = 0; r < inactive->rowCount(); ++r)
        EXPECT_NE(inactive->item(r, 0)->text(), u"sleeper"_s);
}
