#include "ui/shell/LoginDialog.h"

#include "ui_LoginDialog.h"

#include <QPushButton>

namespace crm::ui {

LoginDialog::LoginDialog(services::UserService &users, const QString &databaseDisplay, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::LoginDialog>()), m_users(users)
{
    m_ui->setupUi(this);
    m_ui->database->setText(databaseDisplay);
    m_ui->error->hide();
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    m_ui->username->setFocus();
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::setUsername(const QString &name)
{
    m_ui->username->setText(name);
    m_ui->password->setFocus();
}

void LoginDialog::accept()
{
    if (m_ui->username->text().trimmed().isEmpty()) {
        m_ui->error->setText(tr("Enter your user name."));
        m_ui->error->show();
        m_ui->username->setFocus();
        return;
    }
    auto s = m_users.login(m_ui->username->text(), m_ui->password->text());
    if (!s) {
        m_ui->error->setText(s.error().message);
        m_ui->error->show();
        m_ui->password->clear();
        m_ui->password->setFocus();
        return;
    }
    m_session = *s;
    QDialog::accept();
}

} // namespace crm::ui
