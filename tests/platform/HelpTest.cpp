// The help a new user meets: the guided first run on an empty database, the guide behind F1, the
// list of keyboard shortcuts read from the table the pages bind.
#include "ShellFixture.h"
#include "UiHelpers.h"

#include "services/BackupService.h"
#include "services/SettingsService.h"
#include "ui/common/Keys.h"
#include "ui/shell/FirstRunWizard.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/TimeSpansEdit.h"

#include <QAbstractButton>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QShortcut>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QUrl>
#include <QWizard>

using namespace crm;
using namespace crm::ui;
using namespace Qt::StringLiterals;

TEST_F(ShellTest, EmptyDatabaseStartsWithAGuidedSetUp)
{
    services::UserService users(ctx());
    FirstRunWizard wizard(ctx());
    wizard.show();
    auto next = [&] { wizard.button(QWizard::NextButton)->click(); };
    // The dealership: a name is needed to go on.
    EXPECT_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    test::typeCommitted(wizard.findChild<QLineEdit *>(u"dealerName"_s), u"广州骏达汽车销售服务有限公司"_s);
    wizard.findChild<TimeSpansEdit *>(u"sundayHours"_s)->setValue(QString()); // closed on Sundays
    next();
    ASSERT_EQ(wizard.currentId(), FirstRunWizard::AdminPage);
    // The administrator: different passwords are refused on the page, nothing is stored.
    test::typeCommitted(wizard.findChild<QLineEdit *>(u"displayName"_s), u"周主任"_s);
    QTest::keyClicks(wizard.findChild<QLineEdit *>(u"password"_s), u"first-admin-pw"_s);
    QTest::keyClicks(wizard.findChild<QLineEdit *>(u"confirm"_s), u"first-admin-pX"_s);
    next();
    EXPECT_EQ(wizard.currentId(), FirstRunWizard::AdminPage);
    EXPECT_FALSE(wizard.session().has_value());
    EXPECT_TRUE(*users.needsFirstAdmin());
    EXPECT_EQ(services::SettingsService(ctx()).value(services::settings::kDealerName), QString());
    auto *confirm = wizard.findChild<QLineEdit *>(u"confirm"_s);
    confirm->clear();
    QTest::keyClicks(confirm, u"first-admin-pw"_s);
    next();
    ASSERT_EQ(wizard.currentId(), FirstRunWizard::UsersPage);
    ASSERT_TRUE(wizard.session().has_value());
    EXPECT_EQ(wizard.session()->role, Role::Admin);
    services::SettingsService settings(ctx());
    EXPECT_EQ(settings.value(services::settings::kDealerName), u"广州骏达汽车销售服务有限公司"_s);
    EXPECT_EQ(settings.value(u"frontdesk.hours_1"_s), u"08:30-17:30"_s);
    EXPECT_EQ(settings.value(u"frontdesk.hours_7"_s), QString());
    // The desks' accounts: a refused one says why and is not listed; a good one is.
    auto *page = wizard.currentPage();
    test::typeCommitted(page->findChild<QLineEdit *>(u"newName"_s), u"王芳"_s);
    test::typeCommitted(page->findChild<QLineEdit *>(u"newUsername"_s), u"wangfang"_s);
    page->findChild<QLineEdit *>(u"newPassword"_s)->setText(u"short"_s);
    page->findChild<QPushButton *>(u"addUser"_s)->click();
    EXPECT_TRUE(page->findChild<QLabel *>(u"error"_s)->isVisibleTo(page));
    EXPECT_EQ(page->findChild<QListWidget *>(u"addedUsers"_s)->count(), 0);
    page->findChild<QLineEdit *>(u"newPassword"_s)->setText(u"agent-password-1"_s);
    page->findChild<QPushButton *>(u"addUser"_s)->click();
    EXPECT_EQ(page->findChild<QListWidget *>(u"addedUsers"_s)->count(), 1);
    EXPECT_TRUE(users.login(u"wangfang"_s, u"agent-password-1"_s).ok());
    // An account typed but not added when Next is pressed is added, not left behind.
    test::typeCommitted(page->findChild<QLineEdit *>(u"newName"_s), u"陈静"_s);
    test::typeCommitted(page->findChild<QLineEdit *>(u"newUsername"_s), u"chenjing"_s);
    page->findChild<QLineEdit *>(u"newPassword"_s)->setText(u"agent-password-2"_s);
    next();
    EXPECT_TRUE(users.login(u"chenjing"_s, u"agent-password-2"_s).ok());
    ASSERT_EQ(wizard.currentId(), FirstRunWizard::BackupPage);
    // Backups (SQLite): a number out of range is refused on its page; the folder is stored.
    if (m_t.db->engine() == data::Engine::Sqlite) {
        test::typeCommitted(wizard.findChild<QLineEdit *>(u"backupFolder"_s), u"/mnt/backup/crm"_s);
        wizard.findChild<QSpinBox *>(u"backupHours"_s)->setValue(12);
        next();
        EXPECT_EQ(settings.value(services::settings::kBackupFolder), u"/mnt/backup/crm"_s);
        EXPECT_EQ(settings.value(u"backup.every_hours"_s), u"12"_s);
    } else {
        next();
    }
    ASSERT_EQ(wizard.currentId(), FirstRunWizard::ImportPage);
    test::typeCommitted(wizard.findChild<QLineEdit *>(u"importFile"_s), u"/srv/dms/客户.xlsx"_s);
    wizard.button(QWizard::FinishButton)->click();
    EXPECT_EQ(wizard.result(), QDialog::Accepted);
    EXPECT_EQ(wizard.importPath(), u"/srv/dms/客户.xlsx"_s);
}

TEST_F(ShellTest, F1OpensTheGuideAtThePageInFront)
{
    seedDemo();
    auto window = openWindow(u"agent"_s, u"demo-agent"_s);
    ASSERT_TRUE(window);
    MainWindow &w = *window;
    ASSERT_TRUE(w.activateModule(u"frontdesk"_s));
    QTest::keyClick(&w, Qt::Key_F1);
    auto *guide = w.findChild<QDialog *>(u"guideDialog"_s);
    ASSERT_TRUE(guide);
    EXPECT_TRUE(guide->isVisible());
    auto *text = guide->findChild<QTextBrowser *>(u"guideText"_s);
    EXPECT_EQ(text->source().fragment(), u"frontdesk"_s);
    EXPECT_FALSE(text->toPlainText().isEmpty());
    // Another page, F1 again: the same window, moved to that page's chapter.
    ASSERT_TRUE(w.activateModule(u"followups"_s));
    QTest::keyClick(&w, Qt::Key_F1);
    EXPECT_EQ(w.findChildren<QDialog *>(u"guideDialog"_s).size(), 1);
    EXPECT_EQ(text->source().fragment(), u"followups"_s);
}

TEST_F(ShellTest, F1InADialogOpensTheGuideAboveIt)
{
    seedDemo();
    auto window = openWindow(u"archivist"_s, u"demo-archivist"_s);
    ASSERT_TRUE(window);
    MainWindow &w = *window;
    ASSERT_TRUE(w.activateModule(u"archives"_s));
    bool opened = false;
    QString fragment;
    test::onNextDialog([&](QWidget *dlg) {
        QWidget *focus = dlg->focusWidget() ? dlg->focusWidget() : dlg;
        QTest::keyClick(focus, Qt::Key_F1);
        // A child of the dialog: a window of its own would be blocked by the modal form.
        auto *guide = dlg->findChild<QDialog *>(u"guideDialog"_s, Qt::FindDirectChildrenOnly);
        if (guide) {
            opened = guide->isVisible();
            fragment = guide->findChild<QTextBrowser *>(u"guideText"_s)->source().fragment();
            guide->close();
        }
        static_cast<QDialog *>(dlg)->reject();
    });
    auto *add = w.findChild<QPushButton *>(u"newCustomer"_s);
    ASSERT_TRUE(add);
    add->click();
    EXPECT_TRUE(opened) << "F1 in the new customer form opened no guide";
    EXPECT_EQ(fragment, u"archives"_s);
    EXPECT_FALSE(w.findChild<QDialog *>(u"guideDialog"_s, Qt::FindDirectChildrenOnly))
        << "the window's own guide was not asked for";
}

TEST_F(ShellTest, TheGuideHasAChapterForEveryPageInBothLanguages)
{
    // Every module's id is an anchor of both guides, and every picture they show is bundled.
    const QRegularExpression image(u"<img[^>]*src=\"([^\"]+)\""_s);
    for (const QString &language : {u"zh_CN"_s, u"en"_s}) {
        QFile f(u":/guide/%1/index.html"_s.arg(language));
        ASSERT_TRUE(f.open(QIODevice::ReadOnly)) << language.toStdString();
        const QString html = QString::fromUtf8(f.readAll());
        for (const auto &m : createModules())
            EXPECT_TRUE(html.contains(u"name=\"%1\""_s.arg(m->id()))) << language.toStdString() << " " << m->id().toStdString();
        int pictures = 0;
        for (auto it = image.globalMatch(html); it.hasNext(); ++pictures) {
            const QString src = it.next().captured(1);
            const QString file = u":"_s + QUrl(u"qrc:/guide/%1/index.html"_s.arg(language)).resolved(QUrl(src)).path();
            EXPECT_TRUE(QFile::exists(file)) << language.toStdString() << " " << src.toStdString();
        }
        EXPECT_GE(pictures, 10) << language.toStdString();
    }
}

TEST_F(ShellTest, EveryKeyAPageAnswersToIsInTheShortcutList)
{
    // Help → Keyboard shortcuts shows the menus' actions and the page-key table; a key a page binds
    // outside that table would work but be missing from the list.
    seedDemo();
    QSet<QKeySequence> listed;
    for (PageKey k :
         {PageKey::New, PageKey::Refresh, PageKey::Print, PageKey::CustomerImport, PageKey::CustomerEdit, PageKey::CallSaveNext,
          PageKey::CallSaveNextKeypad, PageKey::CallBackToQueue, PageKey::PeriodPrevious, PageKey::PeriodNext, PageKey::TileOpen,
          PageKey::ExportResults, PageKey::OemUpload, PageKey::OemSaveTemplate, PageKey::InboundSave})
        listed.insert(Keys::sequence(k));
    for (int i = 0; i < 6; ++i)
        listed.insert(QKeySequence(Keys::sequence(PageKey::CallOutcome1)[0].toCombined() + i));
    const QList<std::pair<QString, QString>> desks{{u"agent"_s, u"demo-agent"_s},
                                                   {u"archivist"_s, u"demo-archivist"_s},
                                                   {u"club"_s, u"demo-club"_s},
                                                   {u"manager"_s, u"demo-manager"_s},
                                                   {u"admin"_s, u"demo-admin"_s}};
    for (const auto &[user, password] : desks) {
        auto window = openWindow(user, password);
        ASSERT_TRUE(window);
        MainWindow &w = *window;
        QSet<QKeySequence> known = listed;
        for (QAction *a : w.menuBar()->findChildren<QAction *>())
            known.insert(a->shortcut());
        for (const QString &id : w.moduleIds())
            ASSERT_TRUE(w.activateModule(id));
        auto check = [&](const QKeySequence &k, const QObject *where) {
            // Alt+letter is a label's mnemonic (the underlined letter), not a shortcut to list.
            const bool mnemonic = k.count() == 1 && k[0].keyboardModifiers() == Qt::AltModifier && k[0].key() >= Qt::Key_A &&
                                  k[0].key() <= Qt::Key_Z;
            if (!k.isEmpty() && !mnemonic) {
                EXPECT_TRUE(known.contains(k))
                    << user.toStdString() << ": " << k.toString().toStdString() << " on " << where->objectName().toStdString()
                    << " (" << where->metaObject()->className() << ")";
            }
        };
        for (QShortcut *s : w.findChildren<QShortcut *>())
            check(s->key(), s->parent());
        for (QAbstractButton *b : w.findChildren<QAbstractButton *>())
            check(b->shortcut(), b);
        for (QAction *a : w.findChildren<QAction *>())
            check(a->shortcut(), a);
    }
}

TEST_F(ShellTest, TheFirstRunsDmsExportOpensInTheCustomersImport)
{
    seedDemo();
    auto window = openWindow(u"admin"_s, u"demo-admin"_s);
    ASSERT_TRUE(window);
    MainWindow &w = *window;
    QTemporaryDir tmp;
    const QString path = tmp.filePath(u"dms.csv"_s);
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("姓名,手机\n李雷,13800138000\n");
    f.close();
    bool mapping = false;
    test::onNextDialog([&](QWidget *dlg) {
        mapping = QByteArray(dlg->metaObject()->className()).endsWith("ImportDialog");
        static_cast<QDialog *>(dlg)->reject();
    });
    EXPECT_TRUE(w.openFile(u"archives"_s, path));
    EXPECT_TRUE(mapping);
    EXPECT_EQ(w.currentModuleId(), u"archives"_s);
    EXPECT_FALSE(w.openFile(u"complaints"_s, path)); // takes no files
}
