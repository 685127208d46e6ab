#pragma once
#include "ui/shell/Module.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QTableView;

namespace crm::ui::admin {

class AuditTableModel;

class AuditPage final : public QWidget {
    Q_OBJECT
public:
    AuditPage(AppContext &app, QWidget *parent = nullptr);
    AuditTableModel *model() const { return m_model; }
    void applyFilter();

private:
    void showDetail();

    AppContext &m_app;
    AuditTableModel *m_model;
    QComboBox *m_action;
    QComboBox *m_entity;
    QLineEdit *m_user;
    QTableView *m_view;
    QPlainTextEdit *m_detail;
};

} // namespace crm::ui::admin
