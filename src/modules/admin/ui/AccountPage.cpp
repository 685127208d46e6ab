#include "admin/ui/AccountPage.h"

#include "services/UserService.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace crm::ui::admin {

AccountPage::AccountPage(AppContext &app, QWidget *parent)
    : QWidget(parent), m_app(app), m_old(new QLineEdit(this)), m_new(new QLineEdit(this)), m_confirm(new QLineEdit(this)),
      m_message(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(u"<h2>%1</h2>"_s.arg(tr("My account")), this));
    auto *who = new QFormLayout;
    who->addRow(tr("Name:"), new QLabel(m_app.session.displayName, this));
    who->addRow(tr("User name:"), new QLabel(m_app.session.username, this));
    who->addRow(tr("Role:"), new QLabel(RoleText::title(m_app.session.role), this));
    layout->addLayout(who);

    auto *box = new QGroupBox(tr("Change my password"), this);
    auto *form = new QFormLayout(box);
    for (QLineEdit *e : {m_old, m_new, m_confirm})
        e->setEchoMode(QLineEdit::Password);
    m_old->setObjectName(u"oldPassword"_s);
    m_new->setObjectName(u"newPassword"_s);
    m_confirm->setObjectName(u"confirmPassword"_s);
    form->addRow(tr("C&urrent password:"), m_old);
    form->addRow(tr("&New password:"), m_new);
    form->addRow(tr("&Repeat new password:"), m_confirm);
    auto *change = new QPushButton(tr("&Change password"), box);
    change->setObjectName(u"changePassword"_s);
    form->addRow(QString(), change);
    m_message->setWordWrap(true);
    m_message->setObjectName(u"accountMessage"_s);
    form->addRow(QString(), m_message);
    box->setMaximumWidth(560);
    layout->addWidget(box);
    layout->addStretch(1);
    connect(change, &QPushButton::clicked, this, &AccountPage::changePassword);
    connect(m_confirm, &QLineEdit::returnPressed, this, &AccountPage::changePassword);
}

void AccountPage::changePassword()
{
    auto say = [this](const QString &text, bool ok) {
        m_message->setStyleSheet(ok ? u"color: #2e7d32;"_s : u"color: #c62828;"_s);
        m_message->setText(text);
    };
    if (m_new->text() != m_confirm->text())
        return say(tr("The two new passwords differ."), false);
    Status s = services::UserService(m_app.services).changeOwnPassword(m_app.session, m_old->text(), m_new->text());
    if (!s)
        return say(s.error().message, false);
    for (QLineEdit *e : {m_old, m_new, m_confirm})
        e->clear();
    say(tr("Your password has been changed."), true);
}

} // namespace crm::ui::admin
