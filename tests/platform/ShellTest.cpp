// The shell as people meet it: sign in as each role, see that role's modules.
#include "TestDatabase.h"
#include "UiHelpers.h"

#include "club/services/ClubService.h"
#include "followups/services/FollowupService.h"
#include "seed/SeedService.h"
#include "services/BackupService.h"
#include "services/SettingsService.h"
#include "ui/common/Keys.h"
#include "ui/shell/FirstRunWizard.h"
#include "ui/shell/GlobalSearch.h"
#include "ui/shell/HelpDialogs.h"
#include "ui/shell/LoginDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/ScreenLock.h"
#include "ui/shell/SettingsDialog.h"
#include "ui/shell/TimeSpansEdit.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QShortcut>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <QWizard>

using namespace crm;
using namespace crm::ui;
using namespace Qt::StringLiterals;

#include "ShellFixture.h"

TEST_F(ShellTest, EachRoleSignsInAndSeesItsModules)
{
    seedDemo();
    const QMap<Role, QStringList> expected{
        {Role::Admin, {u"archives"_s, u"users"_s, u"audit"_s, u"usage"_s, u"account"_s}},
        {Role::Manager,
         {u"dashboard"_s, u"followups"_s, u"frontdesk"_s, u"campaigns"_s, u"surveys"_s, u"complaints"_s, u"feedback"_s,
          u"archives"_s, u"club"_s, u"oem"_s, u"audit"_s, u"usage"_s, u"account"_s}},
        {Role::Agent,
         {u"followups"_s, u"frontdesk"_s, u"surveys"_s, u"complaints"_s, u"feedback"_s, u"archives"_s, u"account"_s}},
        {Role::Archivist, {u"feedback"_s, u"archives"_s, u"oem"_s, u"account"_s}},
        {Role::Club, {u"frontdesk"_s, u"complaints"_s, u"feedback"_s, u"archives"_s, u"club"_s, u"account"_s}},
    };
    for (const services::DemoUser &u : services::SeedService::demoUsers()) {
        SCOPED_TRACE(u.username.toStdString());
        auto session = signIn(u.username, u.password);
        ASSERT_TRUE(session.has_value());
        EXPECT_EQ(session->role, u.role);
        AppContext app{ctx(), *session, false};
        MainWindow w(app, createModules());
        w.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
        EXPECT_EQ(w.moduleIds(), expected.value(u.role));
        auto *sidebar = w.findChild<QListWidget *>(u"sidebar"_s);
        ASSERT_TRUE(sidebar);
        EXPECT_EQ(sidebar->count(), expected.value(u.role).size());
        EXPECT_TRUE(w.findChild<QLabel *>(u"statusRole"_s)->text().contains(RoleText::title(u.role)));
        EXPECT_TRUE(w.findChild<QLabel *>(u"statusUser"_s)->text().contains(u.displayName));
        EXPECT_TRUE(w.findChild<QLabel *>(u"statusDatabase"_s)->text().contains(m_t.spec.sqlitePath));
        EXPECT_TRUE(w.windowTitle().contains(u"广州示例"_s));
        // Clicking each sidebar entry shows that module's page.
        for (int i = 0; i < sidebar->count(); ++i) {
            const QRect r = sidebar->visualItemRect(sidebar->item(i));
            QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {}, r.center());
            ASSERT_EQ(w.currentModuleId(), expected.value(u.role).at(i));
            EXPECT_TRUE(w.moduleWidget(w.currentModuleId())->isVisible());
        }
    }
}

TEST_F(ShellTest, WrongPasswordKeepsTheDialogOpenWithAMessage)
{
    seedDemo();
    QString error;
    auto s = signIn(u"agent"_s, u"not-the-password"_s, &error);
    EXPECT_FALSE(s.has_value());
    EXPECT_FALSE(error.isEmpty());
}

TEST_F(ShellTest, RoleWithoutModulesSeesAnExplanationNotABlankWindow)
{
    // Every role has at least "My account" today; a session whose role sees nothing
    // (no modules registered) gets the empty state.
    seedDemo();
    auto session = signIn(u"club"_s, u"demo-club"_s);
    ASSERT_TRUE(session);
    AppContext app{ctx(), *session, false};
    MainWindow w(app, {});
    w.show();
    EXPECT_TRUE(w.moduleIds().isEmpty());
    EXPECT_FALSE(w.findChild<QListWidget *>(u"sidebar"_s)->isVisible());
}

TEST_F(ShellTest, AnIdleDeskLocksAndOnlyThePasswordUnlocksIt)
{
    seedDemo();
    auto session = signIn(u"agent"_s, u"demo-agent"_s);
    ASSERT_TRUE(session);
    AppContext app{ctx(), *session, false};
    MainWindow w(app, createModules());
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    ScreenLock *lock = w.screenLock();
    ASSERT_TRUE(lock);
    EXPECT_FALSE(lock->isLocked());
    lock->setIdleLimitMsForTests(200);
    QTRY_VERIFY_WITH_TIMEOUT(lock->isLocked(), 5000);
    EXPECT_FALSE(w.centralWidget()->isVisible()); // nothing of the customers' data on show
    QDialog *dlg = lock->dialog();
    ASSERT_TRUE(dlg);
    // Esc does not unlock; a wrong password says so and keeps it locked.
    QTest::keyClick(dlg, Qt::Key_Escape);
    EXPECT_TRUE(lock->isLocked());
    auto *password = dlg->findChild<QLineEdit *>(u"lockPassword"_s);
    ASSERT_TRUE(password);
    QTest::keyClicks(password, u"not my password"_s);
    QTest::keyClick(password, Qt::Key_Return);
    EXPECT_TRUE(lock->isLocked());
    EXPECT_FALSE(dlg->findChild<QLabel *>(u"lockError"_s)->text().isEmpty());
    QTest::keyClicks(password, u"demo-agent"_s);
    QTest::keyClick(password, Qt::Key_Return);
    EXPECT_FALSE(lock->isLocked());
    EXPECT_TRUE(w.centralWidget()->isVisible());
    // Ctrl+L locks at once (leaving the desk).
    lock->setIdleLimitMsForTests(0);
    QApplication::setActiveWindow(&w);
    QTest::keyClick(&w, Qt::Key_L, Qt::ControlModifier);
    EXPECT_TRUE(lock->isLocked());
}

TEST_F(ShellTest, GlobalSearchFindsAndOpensRecords)
{
    seedDemo();
    auto session = signIn(u"admin"_s, u"demo-admin"_s);
    ASSERT_TRUE(session);
    AppContext app{ctx(), *session, false};
    MainWindow w(app, createModules());
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    w.activateModule(u"account"_s);
    QTest::keyClick(&w, Qt::Key_K, Qt::ControlModifier);
    GlobalSearch *search = w.searchField();
    EXPECT_TRUE(search->hasFocus());
    test::typeCommitted(search, u"李晓"_s);
    QSignalSpy shown(search, &GlobalSearch::resultsShown);
    search->searchNow();
    ASSERT_TRUE(shown.wait(5000));    // answered on the search thread
    ASSERT_EQ(search->hitCount(), 1); // the user 李晓红 (no customer of the demo has that name)
    QAbstractItemView *popup = search->findChild<QCompleter *>()->popup();
    ASSERT_TRUE(popup->isVisible());
    popup->setCurrentIndex(popup->model()->index(0, 0));
    QTest::keyClick(popup, Qt::Key_Return);
    EXPECT_EQ(w.currentModuleId(), u"users"_s);
}

TEST_F(ShellTest, WindowLayoutAndLastModuleAreRemembered)
{
    seedDemo();
    auto session = signIn(u"admin"_s, u"demo-admin"_s);
    ASSERT_TRUE(session);
    AppContext app{ctx(), *session, false};
    {
        MainWindow w(app, createModules());
        w.show();
        w.resize(1333, 877);
        w.activateModule(u"audit"_s);
        w.close();
    }
    MainWindow again(app, createModules());
    again.show();
    EXPECT_EQ(again.currentModuleId(), u"audit"_s);
    EXPECT_EQ(again.size(), QSize(1333, 877));
}

// What's new opens by itself once, at the first start of a version this machine had not run;
// the very first start only remembers the version.
TEST_F(ShellTest, WhatsNewOpensOnceAfterAnUpgrade)
{
    seedDemo();
    auto session = signIn(u"agent"_s, u"demo-agent"_s);
    ASSERT_TRUE(session);
    AppContext app{ctx(), *session, false};
    QSettings().remove(u"help/version_seen"_s);
    {
        MainWindow first(app, createModules());
        EXPECT_EQ(first.findChild<QDialog *>(u"whatsNewDialog"_s), nullptr);
    }
    QSettings().setValue(u"help/version_seen"_s, u"0.0.1"_s);
    {
        MainWindow upgraded(app, createModules());
        auto *dlg = upgraded.findChild<QDialog *>(u"whatsNewDialog"_s);
        ASSERT_NE(dlg, nullptr);
        EXPECT_TRUE(dlg->isVisible());
    }
    MainWindow again(app, createModules());
    EXPECT_EQ(again.findChild<QDialog *>(u"whatsNewDialog"_s), nullptr);
}

TEST_F(ShellTest, SettingsDialogSavesBusinessSettingsForManagersOnly)
{
    seedDemo();
    auto manager = signIn(u"manager"_s, u"demo-manager"_s);
    ASSERT_TRUE(manager);
    AppContext app{ctx(), *manager, false};
    {
        SettingsDialog dlg(app);
        auto *name = dlg.findChild<QLineEdit *>(services::settings::kDealerName);
        ASSERT_TRUE(name && name->isEnabled());
        name->clear();
        test::typeCommitted(name, u"佛山新店"_s);
        dlg.findChild<QSpinBox *>(services::settings::kPasswordMinLength)->setValue(10);
        // A choice is a list, not a 1/0 number; the rest time is rows of times, read back as stored.
        auto *cards = dlg.findChild<QComboBox *>(services::settings::kCardPerVehicle);
        ASSERT_TRUE(cards);
        EXPECT_EQ(cards->count(), 2);
        cards->setCurrentIndex(1);
        auto *rest = dlg.findChild<TimeSpansEdit *>(services::settings::kQuietHours);
        ASSERT_TRUE(rest);
        EXPECT_EQ(rest->rows(), 3);
        EXPECT_EQ(rest->value(), u"00:00-09:00,12:00-14:00,20:00-24:00"_s);
        dlg.accept();
        EXPECT_EQ(dlg.result(), QDialog::Accepted);
    }
    services::SettingsService s(ctx());
    EXPECT_EQ(s.value(services::settings::kDealerName), u"佛山新店"_s);
    EXPECT_EQ(s.intValue(services::settings::kPasswordMinLength), 10);
    EXPECT_EQ(s.intValue(services::settings::kCardPerVehicle), 1);
    EXPECT_EQ(s.value(services::settings::kQuietHours), u"00:00-09:00,12:00-14:00,20:00-24:00"_s);

    auto agent = signIn(u"agent"_s, u"demo-agent"_s);
    ASSERT_TRUE(agent);
    AppContext agentApp{ctx(), *agent, false};
    SettingsDialog dlg(agentApp);
    EXPECT_FALSE(dlg.findChild<QLineEdit *>(services::settings::kDealerName)->isEnabled());
}

TEST_F(ShellTest, ScheduledAndManualBackupsFromTheWindow)
{
    seedDemo();
    auto manager = signIn(u"manager"_s, u"demo-manager"_s);
    ASSERT_TRUE(manager);
    AppContext app{ctx(), *manager, false};
    QTemporaryDir folder;
    {
        // Settings → Backup: the folder typed in the dialog.
        SettingsDialog dlg(app);
        auto *where = dlg.findChild<QLineEdit *>(services::settings::kBackupFolder);
        ASSERT_TRUE(where && where->isEnabled());
        test::typeCommitted(where, folder.path());
        EXPECT_EQ(dlg.findChild<QSpinBox *>(services::settings::kBackupEveryHours)->value(), 24);
        dlg.accept();
        ASSERT_EQ(dlg.result(), QDialog::Accepted);
    }
    MainWindow w(app, createModules());
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    EXPECT_TRUE(w.findChild<QTimer *>(u"backupTimer"_s)->isActive());
    auto files = [&] { return QDir(folder.path()).entryList({u"*-backup-*.sqlite"_s}, QDir::Files); };

    // None yet: due, made in the background, said in the status bar; then not due. Both the
    // check and the backup run off the GUI thread (the folder may be a slow share).
    QSignalSpy checked(&w, &MainWindow::backupChecked);
    ASSERT_TRUE(w.backUpIfDue());
    EXPECT_FALSE(w.backUpIfDue()); // one at a time
    ASSERT_TRUE(checked.wait(20000));
    EXPECT_TRUE(checked.takeFirst().first().toString().startsWith(folder.path()));
    EXPECT_EQ(files().size(), 1);
    EXPECT_TRUE(w.statusBar()->currentMessage().contains(folder.path()));
    ASSERT_TRUE(w.backUpIfDue());
    ASSERT_TRUE(checked.wait(20000));
    EXPECT_EQ(checked.takeFirst().first().toString(), QString()); // not due
    EXPECT_EQ(files().size(), 1);

    // File → Back up now (Ctrl+Shift+B), a second later so the name differs.
    QTest::qWait(1100);
    QAction *now = w.findChild<QAction *>(u"actionBackupNow"_s);
    ASSERT_TRUE(now);
    EXPECT_EQ(now->shortcut(), QKeySequence(u"Ctrl+Shift+B"_s));
    now->trigger();
    EXPECT_EQ(files().size(), 2);
    EXPECT_TRUE(w.statusBar()->currentMessage().contains(folder.path()));

    // Settings → Backup says when the last one was made and how many are kept.
    {
        SettingsDialog dlg(app);
        auto *state = dlg.findChild<QLabel *>(u"lastBackup"_s);
        ASSERT_TRUE(state);
        EXPECT_TRUE(state->text().contains(QDir::toNativeSeparators(folder.path()))) << state->text().toStdString();
        EXPECT_TRUE(state->text().contains(u"2 kept"_s)) << state->text().toStdString();
    }

    // An agent has no right to export data: no such menu entry.
    auto agent = signIn(u"agent"_s, u"demo-agent"_s);
    ASSERT_TRUE(agent);
    AppContext agentApp{ctx(), *agent, false};
    MainWindow agentWindow(agentApp, createModules());
    EXPECT_EQ(agentWindow.findChild<QAction *>(u"actionBackupNow"_s), nullptr);
}

// The settings form scrolls; turning the wheel over a spin box scrolls it and changes nothing
// (found looking at the dialog: a deadline changed from 24 to 18 hours under the mouse).
TEST_F(ShellTest, WheelOverTheSettingsFormScrollsWithoutChangingValues)
{
    seedDemo();
    auto manager = signIn(u"manager"_s, u"demo-manager"_s);
    ASSERT_TRUE(manager);
    AppContext app{ctx(), *manager, false};
    SettingsDialog dlg(app);
    dlg.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dlg));
    dlg.resize(640, 260); // short enough that the follow-up area scrolls
    auto *spin = dlg.findChild<QSpinBox *>(services::settings::kBusyDelayMinutes);
    ASSERT_TRUE(spin);
    QWidget *area = spin;
    while (area && !qobject_cast<QScrollArea *>(area))
        area = area->parentWidget();
    auto *scroll = qobject_cast<QScrollArea *>(area);
    ASSERT_TRUE(scroll);
    dlg.findChild<QTabWidget *>(u"settingsTabs"_s)->setCurrentWidget(scroll);
    QApplication::processEvents();
    ASSERT_GT(scroll->verticalScrollBar()->maximum(), 0);
    const int before = spin->value();
    const int top = scroll->verticalScrollBar()->value();
    QWheelEvent wheel(QPointF(5, 5), spin->mapToGlobal(QPointF(5, 5)), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(spin, &wheel);
    EXPECT_EQ(spin->value(), before);
    EXPECT_GT(scroll->verticalScrollBar()->value(), top);
    // With the keyboard focus in it, the wheel is the spin box's again.
    spin->setFocus();
    QWheelEvent again(QPointF(5, 5), spin->mapToGlobal(QPointF(5, 5)), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(spin, &again);
    EXPECT_EQ(spin->value(), before + 1);
}

TEST(WheelGuardTest, AnyScrollingFormTakesTheWheelFromUnfocusedEditors)
{
    // The guard is installed by the test main, as by the program's: any form, not only Settings.
    QScrollArea area;
    auto *form = new QWidget;
    auto *layout = new QVBoxLayout(form);
    auto *spin = new QSpinBox;
    spin->setRange(0, 100);
    spin->setValue(50);
    auto *date = new QDateEdit(QDate(2026, 11, 23));
    auto *combo = new QComboBox;
    combo->addItems({u"一"_s, u"二"_s, u"三"_s});
    combo->setCurrentIndex(1);
    for (QWidget *w : {static_cast<QWidget *>(spin), static_cast<QWidget *>(date), static_cast<QWidget *>(combo)}) {
        layout->addWidget(w);
        layout->addSpacing(600);
    }
    area.setWidget(form);
    area.resize(300, 200);
    area.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&area));
    area.setFocus(); // showing the window gave the first editor the focus
    auto turn = [](QWidget *w, int dy) {
        QWheelEvent wheel(QPointF(5, 5), w->mapToGlobal(QPointF(5, 5)), QPoint(), QPoint(0, dy), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(w, &wheel);
    };
    for (QWidget *w : {static_cast<QWidget *>(spin), static_cast<QWidget *>(date), static_cast<QWidget *>(combo)}) {
        const int top = area.verticalScrollBar()->value();
        turn(w, -120);
        EXPECT_GT(area.verticalScrollBar()->value(), top) << w->metaObject()->className();
        EXPECT_FALSE(w->hasFocus()); // the turn did not take the focus either
    }
    EXPECT_EQ(spin->value(), 50);
    EXPECT_EQ(date->date(), QDate(2026, 11, 23));
    EXPECT_EQ(combo->currentIndex(), 1);
    // Focused, the wheel is the editor's.
    spin->setFocus();
    turn(spin, 120);
    EXPECT_EQ(spin->value(), 51);
    // A closed combo box never takes the wheel, focused or not: after a pick with the mouse it
    // keeps the focus, and the next turn meant to scroll the form changed the answer.
    combo->setFocus();
    const int beforeCombo = area.verticalScrollBar()->value();
    turn(combo, 120);
    EXPECT_EQ(combo->currentIndex(), 1);
    EXPECT_LT(area.verticalScrollBar()->value(), beforeCombo);
    // Outside a scrolling form (a dialog's row) the unfocused editor ignores the wheel too.
    QSpinBox alone;
    alone.setValue(5);
    alone.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&alone));
    alone.clearFocus();
    turn(&alone, 120);
    EXPECT_EQ(alone.value(), 5);
    alone.setFocus();
    turn(&alone, 120);
    EXPECT_EQ(alone.value(), 6);
}
