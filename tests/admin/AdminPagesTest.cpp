#include "TestDatabase.h"
#include "UiHelpers.h"

#include "admin/ui/AccountPage.h"
#include "admin/ui/AuditPage.h"
#include "admin/ui/AuditTableModel.h"
#include "admin/ui/UserDialog.h"
#include "admin/ui/UserTableModel.h"
#include "admin/ui/UsersPage.h"
#include "core/AuditText.h"
#include "data/AuditRepository.h"
#include "seed/SeedService.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace crm;
using namespace crm::ui;
using namespace Qt::StringLiterals;

namespace {
class AdminPagesTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto t = test::createEmptyDatabase(data::Engine::Sqlite);
        ASSERT_OK(t);
        m_t = std::move(*t);
        ASSERT_OK(data::Migrator(*m_t.db).migrate());
        ASSERT_OK(services::SeedService(ctx()).seedDemo(services::Session::system(u"test"_s)));
        auto admin = services::UserService(ctx()).login(u"admin"_s, u"demo-admin"_s);
        ASSERT_OK(admin);
        m_app = std::make_unique<AppContext>(AppContext{ctx(), *admin, false});
    }
    services::Context ctx() { return {*m_t.db}; }

    test::TestDb m_t;
    std::unique_ptr<AppContext> m_app;
};
} // namespace

TEST_F(AdminPagesTest, AddAUserThroughTheDialog)
{
    admin::UsersPage page(*m_app);
    page.show();
    page.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&page));
    auto *view = page.findChild<QTableView *>(u"usersView"_s);
    view->setFocus();
    const int before = view->model()->rowCount();
    EXPECT_EQ(before, 5);
    test::onNextDialog([](QWidget *dlg) {
        QTest::keyClicks(dlg->findChild<QLineEdit *>(u"username"_s), u"wangwu"_s);
        test::typeCommitted(dlg->findChild<QLineEdit *>(u"displayName"_s), u"王五"_s);
        auto *role = dlg->findChild<QComboBox *>(u"role"_s);
        role->setCurrentIndex(role->findData(int(Role::Archivist)));
        QTest::keyClicks(dlg->findChild<QLineEdit *>(u"password"_s), u"wangwu-pass"_s);
        QTest::keyClicks(dlg->findChild<QLineEdit *>(u"confirm"_s), u"wangwu-pass"_s);
        dlg->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    QTest::keySequence(view, QKeySequence::New); // Ctrl+N
    EXPECT_EQ(view->model()->rowCount(), before + 1);
    auto login = services::UserService(ctx()).login(u"wangwu"_s, u"wangwu-pass"_s);
    ASSERT_OK(login);
    EXPECT_EQ(login->role, Role::Archivist);
}

TEST_F(AdminPagesTest, DialogShowsTheServiceErrorAndStaysOpen)
{
    services::UserService users(ctx());
    admin::UserDialog dlg(users, m_app->session, admin::UserDialog::Mode::Add);
    dlg.show();
    QTest::keyClicks(dlg.findChild<QLineEdit *>(u"username"_s), u"agent"_s); // taken
    QTest::keyClicks(dlg.findChild<QLineEdit *>(u"displayName"_s), u"X"_s);
    QTest::keyClicks(dlg.findChild<QLineEdit *>(u"password"_s), u"long-enough"_s);
    QTest::keyClicks(dlg.findChild<QLineEdit *>(u"confirm"_s), u"long-enough"_s);
    dlg.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    EXPECT_TRUE(dlg.isVisible());
    auto *error = dlg.findChild<QLabel *>(u"error"_s);
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().contains(u"agent"_s));
}

TEST_F(AdminPagesTest, DisablingAsksFirst)
{
    admin::UsersPage page(*m_app);
    page.show();
    auto *view = page.findChild<QTableView *>(u"usersView"_s);
    auto *model = static_cast<admin::UserTableModel *>(view->model());
    const qint64 clubId = services::UserService(ctx()).byUsername(u"club"_s)->id;
    page.selectUser(clubId);
    test::onNextDialog([](QWidget *box) { static_cast<QMessageBox *>(box)->reject(); }); // Cancel
    for (QAction *a : page.actions())
        if (a->text() == admin::UsersPage::tr("&Disable")) {
            a->trigger();
            break;
        }
    EXPECT_TRUE(model->userAt(model->rowOf(clubId))->active);
}

TEST_F(AdminPagesTest, AuditModelPagesAndPassesTheModelTester)
{
    // Enough rows for several pages.
    services::Context c = ctx();
    const services::Session ghost = services::Session::system(u"ghost"_s);
    for (int i = 0; i < 450; ++i)
        ASSERT_OK(services::Guard::audit(c, &ghost, {u"login_failed"_s, u"users"_s, {}, {}, {}, {}}));
    admin::AuditTableModel model(ctx(), m_app->session);
    model.setFilter({});
    EXPECT_EQ(model.rowCount(), admin::AuditTableModel::kPageSize);
    ASSERT_TRUE(model.canFetchMore({}));
    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 2 * admin::AuditTableModel::kPageSize);
    // Attached now, not before the reset: Qt 6.4's tester calls fetchMore() from its own
    // modelReset handler before clearing its "reset in flight" flag, and then blames the model.
    // It fetches the rest itself and checks every row it inserts; with more than one page left
    // it would fetch again from inside its own rowsInserted handler, so leave it the last page.
    const qint64 all = *data::AuditRepository(*m_t.db).count({});
    while (model.rowCount() + admin::AuditTableModel::kPageSize < all && model.canFetchMore({}))
        model.fetchMore({});
    {
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        while (model.canFetchMore({}))
            model.fetchMore({});
    }
    const qint64 total = *data::AuditRepository(*m_t.db).count({});
    EXPECT_EQ(model.rowCount(), total);
    model.setFilter({u"login_failed"_s, {}, {}});
    while (model.canFetchMore({}))
        model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 450);
}

TEST_F(AdminPagesTest, AuditPageRefusesAnAgent)
{
    auto agent = services::UserService(ctx()).login(u"agent"_s, u"demo-agent"_s);
    ASSERT_OK(agent);
    admin::AuditTableModel model(ctx(), *agent);
    model.setFilter({});
    EXPECT_EQ(model.rowCount(), 0);
    ASSERT_TRUE(model.lastError());
    EXPECT_EQ(model.lastError()->kind, Error::Kind::PermissionDenied);
}

TEST_F(AdminPagesTest, AccountPageChangesTheOwnPassword)
{
    auto agent = services::UserService(ctx()).login(u"agent"_s, u"demo-agent"_s);
    ASSERT_OK(agent);
    AppContext app{ctx(), *agent, false};
    admin::AccountPage page(app);
    page.show();
    QTest::keyClicks(page.findChild<QLineEdit *>(u"oldPassword"_s), u"demo-agent"_s);
    QTest::keyClicks(page.findChild<QLineEdit *>(u"newPassword"_s), u"brand-new-pass"_s);
    QTest::keyClicks(page.findChild<QLineEdit *>(u"confirmPassword"_s), u"brand-new-pass"_s);
    QTest::mouseClick(page.findChild<QPushButton *>(u"changePassword"_s), Qt::LeftButton);
    EXPECT_OK(services::UserService(ctx()).login(u"agent"_s, u"brand-new-pass"_s));
    EXPECT_TRUE(page.findChild<QLineEdit *>(u"oldPassword"_s)->text().isEmpty());
}

TEST_F(AdminPagesTest, TheAuditLogSaysWhoByNameAndWhatInWords)
{
    // The demo's manager signs in: the row names 张经理 and says "Signed in", not `login`.
    ASSERT_OK(services::UserService(ctx()).login(u"manager"_s, u"demo-manager"_s));
    admin::AuditTableModel model(ctx(), m_app->session);
    model.setFilter({u"login"_s, {}, u"manager"_s});
    ASSERT_GE(model.rowCount(), 1);
    EXPECT_TRUE(model.index(0, admin::AuditTableModel::User).data().toString().contains(u"张经理"_s));
    EXPECT_EQ(model.index(0, admin::AuditTableModel::Action).data().toString(), AuditText::action(u"login"_s));
    // Every row the demo wrote reads in words: no stored id shows through.
    model.setFilter({});
    while (model.canFetchMore({}))
        model.fetchMore({});
    for (int r = 0; r < model.rowCount(); ++r) {
        const QString action = model.index(r, admin::AuditTableModel::Action).data().toString();
        EXPECT_FALSE(action.contains(u'_') || action == action.toLower()) << action.toStdString();
    }
}

TEST_F(AdminPagesTest, TheUserListShowsTheLastSignInAndFiltersByRole)
{
    ASSERT_OK(services::UserService(ctx()).login(u"agent"_s, u"demo-agent"_s));
    admin::UsersPage page(*m_app);
    auto *view = page.view();
    int agentRow = -1;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        if (view->model()->index(r, admin::UserTableModel::Username).data() == u"agent"_s)
            agentRow = r;
    ASSERT_GE(agentRow, 0);
    EXPECT_NE(view->model()->index(agentRow, admin::UserTableModel::LastLogin).data().toString(),
              admin::UserTableModel::tr("never"));
    page.roleFilter()->setCurrentIndex(page.roleFilter()->findData(RoleText::id(Role::Club)));
    ASSERT_EQ(view->model()->rowCount(), 1);
    EXPECT_EQ(view->model()->index(0, admin::UserTableModel::Username).data().toString(), u"club"_s);
}
