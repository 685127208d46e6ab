// The desk as a new user meets it in the first hour: every role's window fits a 1366×768 laptop
// with every module visited, the wheel never changes a value under the pointer on any page, and
// every shortcut the README lists is in a menu and works.
#include "TestDatabase.h"
#include "UiHelpers.h"

#include "archives/ui/Dialogs.h"
#include "seed/SeedService.h"
#include "services/UserService.h"
#include "ui/common/FileDialogs.h"
#include "ui/shell/DialogSizer.h"
#include "ui/shell/GlobalSearch.h"
#include "ui/shell/MainWindow.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QScrollArea>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>
#include <QWheelEvent>
#include <functional>

using namespace crm;
using namespace crm::ui;
using namespace Qt::StringLiterals;

namespace {
class DeskTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        QSettings().clear();
        auto t = test::createEmptyDatabase(data::Engine::Sqlite);
        ASSERT_OK(t);
        m_t = std::move(*t);
        ASSERT_OK(data::Migrator(*m_t.db).migrate());
        ASSERT_OK(services::SeedService(ctx()).seedDemo(services::Session::system(u"test"_s)));
    }
    services::Context ctx() { return {*m_t.db}; }
    services::Session login(const services::DemoUser &u)
    {
        auto s = services::UserService(ctx()).login(u.username, u.password);
        EXPECT_OK(s);
        return *s;
    }
    // Each demo role's window at a laptop's size, shown, with `visit` called on every module
    // page after it is activated.
    void everyRolesPages(const std::function<void(const services::DemoUser &, MainWindow &, const QString &)> &visit)
    {
        for (const services::DemoUser &u : services::SeedService::demoUsers()) {
            SCOPED_TRACE(u.username.toStdString());
            AppContext app{ctx(), login(u), false};
            MainWindow w(app, createModules());
            w.resize(1366, 740);
            w.show();
            ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
            for (const QString &id : w.moduleIds()) {
                ASSERT_TRUE(w.activateModule(id));
                QApplication::processEvents();
                visit(u, w, id);
            }
        }
    }
    test::TestDb m_t;
};

// What a wheel turn could change: the value as the editor shows it.
QString valueOf(QWidget *w)
{
    if (auto *c = qobject_cast<QComboBox *>(w))
        return QString::number(c->currentIndex());
    return static_cast<QAbstractSpinBox *>(w)->text();
}

void turnWheel(QWidget *w, int dy)
{
    const QPointF at(w->width() / 2.0, w->height() / 2.0);
    QWheelEvent wheel(at, w->mapToGlobal(at), QPoint(), QPoint(0, dy), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(w, &wheel);
}

// The Alt+letter of every label and button in a dialog: two rows on one letter make the key
// jump to whichever comes first, and the second field is unreachable by keyboard.
QStringList mnemonicClashes(QWidget *dlg)
{
    QMap<QChar, QString> seen;
    QStringList clashes;
    QStringList texts;
    for (QLabel *l : dlg->findChildren<QLabel *>())
        if (l->buddy())
            texts << l->text();
    for (QAbstractButton *b : dlg->findChildren<QAbstractButton *>())
        texts << b->text();
    for (const QString &text : texts) {
        const qsizetype at = text.indexOf(u'&');
        if (at < 0 || at + 1 >= text.size() || text.at(at + 1) == u'&')
            continue;
        const QChar key = text.at(at + 1).toUpper();
        if (seen.contains(key))
            clashes << seen.value(key) + u" / "_s + text;
        seen.insert(key, text);
    }
    return clashes;
}

QAction *action(QMainWindow &w, const char *name)
{
    return w.findChild<QAction *>(QString::fromLatin1(name));
}
} // namespace

TEST_F(DeskTest, EveryRolesWindowFitsALaptopWithEveryModuleVisited)
{
    everyRolesPages([](const services::DemoUser &, MainWindow &w, const QString &id) {
        // At 1366×740 every page has the room it needs: its frame shows no scroll bar.
        auto *frame = qobject_cast<QScrollArea *>(w.findChild<QWidget *>(u"frame_"_s + id));
        ASSERT_TRUE(frame);
        const QSize page = w.moduleWidget(id)->minimumSizeHint();
        EXPECT_LE(page.width(), frame->viewport()->width()) << id.toStdString();
        EXPECT_LE(page.height(), frame->viewport()->height()) << id.toStdString();
        // On a 1024×768 desk PC the window still fits the screen: the page scrolls instead.
        const QSize need = w.minimumSizeHint().expandedTo(w.minimumSize());
        EXPECT_LE(need.width(), 1024) << id.toStdString();
        EXPECT_LE(need.height(), 740) << id.toStdString();
    });
}

TEST_F(DeskTest, EachRoleStartsOnItsOwnFirstModule)
{
    for (const services::DemoUser &u : services::SeedService::demoUsers()) {
        SCOPED_TRACE(u.username.toStdString());
        AppContext app{ctx(), login(u), false};
        MainWindow w(app, createModules());
        EXPECT_EQ(w.currentModuleId(), MainWindow::homeModule(u.role)); // club staff on the club, not complaints
    }
}

TEST_F(DeskTest, TheWheelOverAnyPageScrollsAndChangesNoValue)
{
    QMap<QString, int> turned; // per user: the walk reached editors at all
    everyRolesPages([&turned](const services::DemoUser &u, MainWindow &w, const QString &id) {
        QList<QWidget *> editors;
        for (QWidget *e : w.moduleWidget(id)->findChildren<QWidget *>())
            if ((qobject_cast<QComboBox *>(e) || qobject_cast<QAbstractSpinBox *>(e)) && e->isVisible() && e->isEnabled())
                editors << e;
        for (QWidget *e : editors) {
            const QString before = valueOf(e);
            // A closed combo box even with the focus (after a pick with the mouse); the others
            // without it (the pointer is only passing over them).
            if (qobject_cast<QComboBox *>(e))
                e->setFocus(Qt::MouseFocusReason);
            else
                e->clearFocus();
            turnWheel(e, -120);
            turnWheel(e, 120);
            EXPECT_EQ(valueOf(e), before) << id.toStdString() << " " << e->objectName().toStdString() << " "
                                          << e->metaObject()->className();
            ++turned[u.username];
        }
    });
    for (const services::DemoUser &u : services::SeedService::demoUsers()) {
        if (u.role != Role::Archivist) {
            EXPECT_GT(turned.value(u.username), 0) << u.username.toStdString();
        }
    }
}

TEST_F(DeskTest, TheReadmesShortcutsAreInTheMenusAndWork)
{
    const auto users = services::SeedService::demoUsers();
    const auto admin = std::find_if(users.begin(), users.end(), [](const auto &u) { return u.role == Role::Admin; });
    AppContext app{ctx(), login(*admin), false};
    MainWindow w(app, createModules());
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    const QMap<const char *, QString> keys{
        {"actionSettings", u"Ctrl+,"_s},  {"actionBackupNow", u"Ctrl+Shift+B"_s}, {"actionLock", u"Ctrl+L"_s},
        {"actionQuit", u"Ctrl+Q"_s},      {"actionSearch", u"Ctrl+K"_s},          {"actionSignOut", u"Ctrl+Shift+L"_s},
        {"actionShortcuts", u"Ctrl+/"_s},
    };
    for (auto it = keys.begin(); it != keys.end(); ++it) {
        QAction *a = action(w, it.key());
        ASSERT_TRUE(a) << it.key(); // the administrator has Back up now too
        EXPECT_EQ(a->shortcut(), QKeySequence(it.value())) << it.key();
        EXPECT_TRUE(a->isEnabled());
    }
    // Ctrl+1…9 are the Go menu's entries, one per module in sidebar order.
    for (int i = 0; i < w.moduleIds().size() && i < 9; ++i) {
        QAction *a = w.findChild<QAction *>(u"actionModule_"_s + w.moduleIds().at(i));
        ASSERT_TRUE(a);
        EXPECT_EQ(a->shortcut(), QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        QTest::keyClick(&w, Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
        EXPECT_EQ(w.currentModuleId(), w.moduleIds().at(i));
    }
    // Ctrl+K puts the keyboard in the search field.
    QTest::keyClick(&w, Qt::Key_K, Qt::ControlModifier);
    EXPECT_TRUE(w.searchField()->hasFocus());
    // Ctrl+, opens Settings.
    bool settingsOpened = false;
    QTimer::singleShot(0, &w, [&] {
        if (auto *dlg = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
            settingsOpened = dlg->objectName() == u"SettingsDialog"_s;
            dlg->reject();
        }
    });
    QTest::keyClick(&w, Qt::Key_Comma, Qt::ControlModifier);
    EXPECT_TRUE(settingsOpened);
    // The shortcut list is read from the menus: it names every menu shortcut.
    action(w, "actionShortcuts")->trigger();
    auto *dlg = w.findChild<QDialog *>(u"shortcutsDialog"_s);
    ASSERT_TRUE(dlg);
    auto *list = dlg->findChild<QTreeWidget *>(u"shortcutList"_s);
    QStringList listed;
    for (int g = 0; g < list->topLevelItemCount(); ++g)
        for (int i = 0; i < list->topLevelItem(g)->childCount(); ++i)
            listed << list->topLevelItem(g)->child(i)->text(0);
    for (const QString &k : keys)
        EXPECT_TRUE(listed.contains(QKeySequence(k).toString(QKeySequence::NativeText))) << k.toStdString();
    dlg->close();
    // Sign out closes the window for the next user without quitting.
    action(w, "actionSignOut")->trigger();
    EXPECT_FALSE(w.isVisible());
    EXPECT_TRUE(w.signedOut());
}

TEST_F(DeskTest, DialogFieldsHaveTheirOwnAltKeysInBothLanguages)
{
    const services::Session archivist = login(services::SeedService::demoUsers().at(3)); // the archivist
    QTranslator zh;
    ASSERT_TRUE(zh.load(u":/i18n/dealercrm_zh_CN.qm"_s));
    for (bool chinese : {false, true}) {
        if (chinese)
            QCoreApplication::installTranslator(&zh);
        ui::archives::CustomerDialog customer(ctx(), archivist, nullptr);
        ui::archives::VehicleDialog vehicle(ctx(), archivist, 1);
        EXPECT_EQ(mnemonicClashes(&customer), QStringList()) << chinese;
        EXPECT_EQ(mnemonicClashes(&vehicle), QStringList()) << chinese;
        if (chinese)
            QCoreApplication::removeTranslator(&zh);
    }
}

TEST_F(DeskTest, DialogsAreSizedFromTheirContent)
{
    // A one-line question with a long hint: wide enough to read the hint whole.
    QDialog dlg;
    auto *form = new QFormLayout(&dlg);
    auto *reason = new QLineEdit(&dlg);
    reason->setPlaceholderText(u"In the customer's words, e.g. too many calls on Sunday mornings"_s);
    form->addRow(u"Reason:"_s, reason);
    dlg.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dlg));
    EXPECT_GE(dlg.width(), DialogSizer::kMinimumWidth);
    EXPECT_GE(reason->width(), reason->fontMetrics().horizontalAdvance(reason->placeholderText()));
    // Qt's own input dialog too (it would come up about 260 px wide).
    QInputDialog ask;
    ask.setLabelText(u"Why is it cancelled?"_s);
    ask.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&ask));
    EXPECT_GE(ask.width(), DialogSizer::kMinimumWidth);
}

TEST_F(DeskTest, FileDialogsStartWhereTheLastFileWasNotInTheWorkingFolder)
{
    QTemporaryDir source;
    EXPECT_NE(QFileInfo(startPath(u"customers.xlsx"_s)).absolutePath(), QDir::currentPath());
    rememberFolderOf(source.filePath(u"dms.csv"_s)); // the import's source file
    EXPECT_EQ(startPath(u"dms-rejected.csv"_s), QDir(source.path()).filePath(u"dms-rejected.csv"_s));
    EXPECT_EQ(startPath(u"/elsewhere/report.pdf"_s), u"/elsewhere/report.pdf"_s);
}
