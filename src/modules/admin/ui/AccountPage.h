#pragma once
#include "ui/shell/Module.h"

#include <QWidget>

class QLineEdit;
class QLabel;

namespace crm::ui::admin {

class AccountPage final : public QWidget {
    Q_OBJECT
public:
    AccountPage(AppContext &app, QWidget *parent = nullptr);

private:
    void changePassword();

    AppContext &m_app;
    QLineEdit *m_old, *m_new, *m_confirm;
    QLabel *m_message;
};

} // namespace crm::ui::admin
