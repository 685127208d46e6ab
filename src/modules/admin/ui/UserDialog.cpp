#include "admin/ui/UserDialog.h"

#include "ui_UserDialog.h"

namespace crm::ui::admin {

UserDialog::UserDialog(services::UserService &users, const services::Session &who, Mode mode, const data::UserRow *existing,
                       QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::UserDialog>()), m_users(users), m_who(who), m_mode(mode)
{
    m_ui->setupUi(this);
    m_ui->error->hide();
    for (Role r : kAllRoles)
        m_ui->role->addItem(RoleText::title(r), int(r));
    if (existing) {
        m_userId = existing->id;
        m_ui->username->setText(existing->username);
        m_ui->displayName->setText(existing->displayName);
        m_ui->role->setCurrentIndex(m_ui->role->findData(int(existing->role)));
    }
    switch (mode) {
    case Mode::Add:
        setWindowTitle(tr("Add a user"));
        break;
    case Mode::Edit:
        setWindowTitle(tr("Edit user %1").arg(existing ? existing->username : QString()));
        m_ui->username->setEnabled(false);
        for (QWidget *w : {static_cast<QWidget *>(m_ui->password), static_cast<QWidget *>(m_ui->confirm),
                           static_cast<QWidget *>(m_ui->passwordLabel), static_cast<QWidget *>(m_ui->confirmLabel)})
            w->hide();
        break;
    case Mode::ResetPassword:
        setWindowTitle(tr("New password for %1").arg(existing ? existing->username : QString()));
        m_ui->username->setEnabled(false);
        m_ui->displayName->setEnabled(false);
        m_ui->role->setEnabled(false);
        m_ui->password->setFocus();
        break;
    }
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &UserDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &UserDialog::reject);
}

UserDialog::~UserDialog() = default;

void UserDialog::accept()
{
    auto fail = [this](const QString &msg) {
        m_ui->error->setText(msg);
        m_ui->error->show();
    };
    const Role role = Role(m_ui->role->currentData().toInt());
    if (m_mode != Mode::Edit && m_ui->password->text() != m_ui->confirm->text())
        return fail(tr("The two passwords differ."));
    if (m_mode == Mode::Add) {
        auto id = m_users.add(m_who, {m_ui->username->text(), m_ui->displayName->text(), role, m_ui->password->text()});
        if (!id)
            return fail(id.error().message);
        m_userId = *id;
    } else if (m_mode == Mode::Edit) {
        if (Status s = m_users.update(m_who, m_userId, m_ui->displayName->text(), role); !s)
            return fail(s.error().message);
    } else {
        if (Status s = m_users.resetPassword(m_who, m_userId, m_ui->password->text()); !s)
            return fail(s.error().message);
    }
    QDialog::accept();
}

} // namespace crm::ui::admin
