#pragma once
#include "ui/shell/Module.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableWidget;
class QTreeWidget;

namespace crm::ui::leads {

// Leads: the pipeline by status/source/overdue, a lead's history, steps, referrals, import.
class LeadsTab final : public QWidget {
    Q_OBJECT
public:
    LeadsTab(AppContext &app, QWidget *parent = nullptr);
    void reload();

private:
    void newLead();
    void step();
    void importFile();
    void showLead();
    qint64 currentLead() const;
    AppContext &m_app;
    QComboBox *m_status;
    QComboBox *m_source;
    QComboBox *m_overdue;
    QLineEdit *m_text;
    QTreeWidget *m_list;
    QTreeWidget *m_events;
    QLabel *m_overdueLabel;
};

} // namespace crm::ui::leads
