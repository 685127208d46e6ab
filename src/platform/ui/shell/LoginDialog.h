#pragma once
#include "services/UserService.h"

#include <QDialog>
#include <memory>
#include <optional>

namespace Ui {
class LoginDialog;
}

namespace crm::ui {

class LoginDialog final : public QDialog {
    Q_OBJECT
public:
    LoginDialog(services::UserService &users, const QString &databaseDisplay, QWidget *parent = nullptr);
    ~LoginDialog() override;
    const std::optional<services::Session> &session() const { return m_session; }
    void setUsername(const QString &name);

public slots:
    void accept() override;

private:
    std::unique_ptr<Ui::LoginDialog> m_ui;
    services::UserService &m_users;
    std::optional<services::Session> m_session;
};

} // namespace crm::ui
