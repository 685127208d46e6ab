#pragma once
#include "admin/services/UsageService.h"
#include "ui/shell/Module.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace crm::ui::admin {

// 系统使用: the department's own use of the program for a period — per person and day, week or
// month; the anomalies worth a look; the accounts nobody uses (disabled in one click by the
// administrator); and who revealed or exported whose personal data (the PIPL view).
class UsagePage : public QWidget {
    Q_OBJECT
public:
    UsagePage(AppContext &app, QWidget *parent = nullptr);
    void reload();
    bool exportTo(const QString &path);

private:
    void showReport(const services::UsageReport &r);
    void loadPersonal();
    void loadConnected();
    void disableChosen();
    void exportReport();

    AppContext &m_app;
    services::UsageReport m_report;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_grain;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    QTableWidget *m_people;
    QTableWidget *m_anomalies;
    QTableWidget *m_inactive;
    QPushButton *m_disable;
    QComboBox *m_person;
    QComboBox *m_action;
    QTableWidget *m_personal;
    QTableWidget *m_connected;
};

} // namespace crm::ui::admin
