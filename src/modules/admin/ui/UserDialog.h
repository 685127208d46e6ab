#pragma once
#include "services/UserService.h"

#include <QDialog>
#include <memory>

namespace Ui {
class UserDialog;
}

namespace crm::ui::admin {

// Add a user (all fields), edit one (name, role), or reset a password (password only).
class UserDialog final : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Add, Edit, ResetPassword };
    UserDialog(services::UserService &users, const services::Session &who, Mode mode, const data::UserRow *existing = nullptr,
               QWidget *parent = nullptr);
    ~UserDialog() override;
    qint64 userId() const { return m_userId; }

public slots:
    void accept() override;

private:
    std::unique_ptr<Ui::UserDialog> m_ui;
    services::UserService &m_users;
    const services::Session &m_who;
    Mode m_mode;
    qint64 m_userId = 0;
};

} // namespace crm::ui::admin
