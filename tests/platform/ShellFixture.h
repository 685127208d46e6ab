// The shell's test fixture: an empty SQLite database, the demo data on request, and the sign-in
// typed into the real login dialog.
#pragma once
#include "TestDatabase.h"

#include "data/Migrator.h"
#include "seed/SeedService.h"
#include "services/UserService.h"
#include "ui/shell/LoginDialog.h"
#include "ui/shell/MainWindow.h"

#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTest>
#include <gtest/gtest.h>
#include <memory>
#include <optional>

class ShellTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        QSettings().clear();
        auto t = crm::test::createEmptyDatabase(crm::data::Engine::Sqlite);
        ASSERT_OK(t);
        m_t = std::move(*t);
        ASSERT_OK(crm::data::Migrator(*m_t.db).migrate());
    }
    crm::services::Context ctx() { return {*m_t.db}; }
    void seedDemo()
    {
        ASSERT_OK(crm::services::SeedService(ctx()).seedDemo(crm::services::Session::system(QStringLiteral("test"))));
    }

    // Types into the real login dialog and presses Enter, as a user would.
    std::optional<crm::services::Session> signIn(const QString &user, const QString &password, QString *error = nullptr)
    {
        crm::services::UserService users(ctx());
        crm::ui::LoginDialog dlg(users, m_t.spec.display());
        dlg.show();
        auto *name = dlg.findChild<QLineEdit *>(QStringLiteral("username"));
        auto *pw = dlg.findChild<QLineEdit *>(QStringLiteral("password"));
        EXPECT_TRUE(name && pw);
        QTest::keyClicks(name, user);
        QTest::keyClicks(pw, password);
        QTest::keyClick(pw, Qt::Key_Return);
        if (error)
            *error = dlg.findChild<QLabel *>(QStringLiteral("error"))->text();
        EXPECT_EQ(dlg.isVisible(), !dlg.session().has_value());
        return dlg.session();
    }

    // Signs in as `user` and opens the whole window (no start-up jobs), as the program does.
    std::unique_ptr<crm::ui::MainWindow> openWindow(const QString &user, const QString &password)
    {
        auto session = signIn(user, password);
        if (!session)
            return nullptr;
        m_app = std::make_unique<crm::ui::AppContext>(crm::ui::AppContext{ctx(), *session, false});
        auto w = std::make_unique<crm::ui::MainWindow>(*m_app, crm::ui::createModules());
        w->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(w.get()));
        return w;
    }

    crm::test::TestDb m_t;
    std::unique_ptr<crm::ui::AppContext> m_app; // the open window's; outlives it
};
