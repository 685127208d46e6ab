#pragma once
#include "data/UserRepository.h"
#include "ui/shell/Module.h"

#include <QWidget>

class QTableView;
class QComboBox;
class QAction;

namespace crm::ui::admin {

class UserTableModel;

class UsersPage final : public QWidget {
    Q_OBJECT
public:
    UsersPage(AppContext &app, QWidget *parent = nullptr);
    void reload();
    void selectUser(qint64 id);
    QTableView *view() const { return m_view; }
    QComboBox *roleFilter() const { return m_roleFilter; }

private:
    const data::UserRow *selected() const;
    void updateActions();
    void addUser();
    void editUser();
    void resetPassword();
    void toggleActive();

    AppContext &m_app;
    UserTableModel *m_model;
    QTableView *m_view;
    QAction *m_add, *m_edit, *m_reset, *m_toggle;
    QComboBox *m_roleFilter;
};

} // namespace crm::ui::admin
