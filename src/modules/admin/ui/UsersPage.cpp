#include "admin/ui/UsersPage.h"

#include "admin/ui/UserDialog.h"
#include "admin/ui/UserTableModel.h"
#include "services/UserService.h"
#include "ui/common/Keys.h"
#include "ui/common/Messages.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace crm::ui::admin {

UsersPage::UsersPage(AppContext &app, QWidget *parent)
    : QWidget(parent), m_app(app), m_model(new UserTableModel(this)), m_view(new QTableView(this)),
      m_roleFilter(new QComboBox(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(u"<h2>%1</h2>"_s.arg(tr("User accounts")), this);
    layout->addWidget(heading);
    auto *bar = new QToolBar(this);
    m_add = bar->addAction(tr("&Add user…"), this, &UsersPage::addUser);
    m_add->setShortcut(Keys::sequence(PageKey::New));
    m_edit = bar->addAction(tr("&Edit…"), this, &UsersPage::editUser);
    m_reset = bar->addAction(tr("&Reset password…"), this, &UsersPage::resetPassword);
    m_toggle = bar->addAction(tr("&Disable"), this, &UsersPage::toggleActive);
    // Shortcuts work wherever the focus is on this page, not only on the toolbar.
    for (QAction *a : {m_add, m_edit, m_reset, m_toggle}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    bar->addSeparator();
    bar->addWidget(new QLabel(tr("Role:"), this));
    m_roleFilter->setObjectName(u"roleFilter"_s);
    m_roleFilter->addItem(tr("All roles"), QString());
    for (crm::Role r : kAllRoles)
        m_roleFilter->addItem(RoleText::title(r), RoleText::id(r));
    bar->addWidget(m_roleFilter);
    connect(m_roleFilter, &QComboBox::currentIndexChanged, this, &UsersPage::reload);
    layout->addWidget(bar);

    m_view->setObjectName(u"usersView"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);
    layout->addWidget(m_view, 1);
    connect(m_view, &QTableView::doubleClicked, this, &UsersPage::editUser);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UsersPage::updateActions);
    reload();
}

void UsersPage::reload()
{
    const qint64 keep = selected() ? selected()->id : 0;
    auto users = services::UserService(m_app.services).list(m_app.session);
    if (!users) {
        showError(this, tr("User accounts"), users.error());
        return;
    }
    if (const QString role = m_roleFilter->currentData().toString(); !role.isEmpty())
        users->removeIf([&role](const data::UserRow &u) { return RoleText::id(u.role) != role; });
    m_model->setUsers(*users);
    m_view->resizeColumnsToContents();
    selectUser(keep);
    updateActions();
}

void UsersPage::selectUser(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_view->selectRow(row);
}

const data::UserRow *UsersPage::selected() const
{
    const QModelIndexList rows = m_view->selectionModel() ? m_view->selectionModel()->selectedRows() : QModelIndexList();
    return rows.isEmpty() ? nullptr : m_model->userAt(rows.first().row());
}

void UsersPage::updateActions()
{
    const data::UserRow *u = selected();
    m_edit->setEnabled(u);
    m_reset->setEnabled(u);
    m_toggle->setEnabled(u && u->id != m_app.session.userId);
    m_toggle->setText(u && !u->active ? tr("&Enable") : tr("&Disable"));
}

void UsersPage::addUser()
{
    services::UserService users(m_app.services);
    UserDialog dlg(users, m_app.session, UserDialog::Mode::Add, nullptr, this);
    if (dlg.exec() == QDialog::Accepted) {
        reload();
        selectUser(dlg.userId());
    }
}

void UsersPage::editUser()
{
    const data::UserRow *u = selected();
    if (!u)
        return;
    const data::UserRow copy = *u;
    services::UserService users(m_app.services);
    UserDialog dlg(users, m_app.session, UserDialog::Mode::Edit, &copy, this);
    if (dlg.exec() == QDialog::Accepted)
        reload();
}

void UsersPage::resetPassword()
{
    const data::UserRow *u = selected();
    if (!u)
        return;
    const data::UserRow copy = *u;
    services::UserService users(m_app.services);
    UserDialog dlg(users, m_app.session, UserDialog::Mode::ResetPassword, &copy, this);
    dlg.exec();
}

void UsersPage::toggleActive()
{
    const data::UserRow *u = selected();
    if (!u)
        return;
    const data::UserRow copy = *u;
    if (copy.active && !confirm(this, tr("Disable account"),
                                tr("Disable the account of %1 (%2)? They can no longer sign in; their records stay.")
                                    .arg(copy.displayName, copy.username),
                                tr("Disable")))
        return;
    if (Status s = services::UserService(m_app.services).setActive(m_app.session, copy.id, !copy.active); !s)
        showError(this, tr("User accounts"), s.error());
    reload();
}

} // namespace crm::ui::admin
