#pragma once
#include "services/UserService.h"

#include <QDialog>
#include <memory>
#include <optional>

namespace Ui {
class FirstAdminDialog;
}

namespace crm::ui {

// Shown instead of the login on a database without users.
class FirstAdminDialog final : public QDialog {
    Q_OBJECT
public:
    explicit FirstAdminDialog(services::UserService &users, QWidget *parent = nullptr);
    ~FirstAdminDialog() override;
    const std::optional<services::Session> &session() const { return m_session; }

public slots:
    void accept() override;

private:
    std::unique_ptr<Ui::FirstAdminDialog> m_ui;
    services::UserService &m_users;
    std::optional<services::Session> m_session;
};

} // namespace crm::ui
