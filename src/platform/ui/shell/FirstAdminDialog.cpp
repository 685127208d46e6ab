#include "ui/shell/FirstAdminDialog.h"

#include "ui_FirstAdminDialog.h"

namespace crm::ui {

FirstAdminDialog::FirstAdminDialog(services::UserService &users, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::FirstAdminDialog>()), m_users(users)
{
    m_ui->setupUi(this);
    m_ui->error->hide();
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &FirstAdminDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &FirstAdminDialog::reject);
    m_ui->displayName->setFocus();
}

FirstAdminDialog::~FirstAdminDialog() = default;

void FirstAdminDialog::accept()
{
    auto fail = [this](const QString &msg) {
        m_ui->error->setText(msg);
        m_ui->error->show();
    };
    if (m_ui->password->text() != m_ui->confirm->text())
        return fail(tr("The two passwords differ."));
    auto s = m_users.createFirstAdmin(
        {m_ui->username->text().trimmed().toLower(), m_ui->displayName->text(), Role::Admin, m_ui->password->text()});
    if (!s)
        return fail(s.error().message);
    m_session = *s;
    QDialog::accept();
}

} // namespace crm::ui
