#pragma once
#include "feedback/services/FeedbackService.h"
#include "ui/shell/Module.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTreeWidget;

namespace crm::ui::feedback {

// 客户反馈: the departments' list of items (mine and my departments', or all for a manager) with
// the item's deadlines, history and the steps (route, answer, result, hand over to the
// complaint desk or to sales); the month's report by department and category with the items
// behind every figure; and, for managers, the departments and categories with their rules.
class FeedbackPage : public QWidget {
    Q_OBJECT
public:
    FeedbackPage(AppContext &app, QWidget *parent = nullptr);
    void reload();
    void openItem(qint64 id);

private:
    QWidget *buildItems();
    QWidget *buildReport();
    QWidget *buildSetup();
    void loadItems(bool more);
    void showItem(qint64 id);
    void route();
    void answer();
    void resolve();
    void toComplaint();
    void toLead();
    void loadReport();
    void drill(bool byDepartment, int row, int column);
    void exportReport();
    void loadSetup();
    void editDepartment(int row);
    void editCategory(int row);
    QString departmentTitle(qint64 id) const;

    AppContext &m_app;
    QTabWidget *m_tabs;
    // Items
    QComboBox *m_scope;
    QComboBox *m_state;
    QComboBox *m_category;
    QTreeWidget *m_items;
    QPushButton *m_more;
    QLabel *m_count;
    QLabel *m_header;
    QTreeWidget *m_deadlines;
    QTreeWidget *m_events;
    QList<QPushButton *> m_steps; // route, answer, result, complaint, lead
    QPushButton *m_openCustomer;
    std::optional<services::FeedbackView> m_current;
    qint64 m_lastId = 0;
    // Report
    QDateEdit *m_month;
    QTableWidget *m_byDepartment;
    QTableWidget *m_byCategory;
    QTableWidget *m_praise;
    std::optional<services::FeedbackReport> m_report;
    // Departments and categories
    QTableWidget *m_departments = nullptr;
    QTableWidget *m_categories = nullptr;
    QList<data::Department> m_departmentRows;
    QList<data::FeedbackCategory> m_categoryRows;
};

// "Record feedback…" wherever a customer speaks outside a call (the customer card, the club
// desk): category, what was said, vehicle, the department (the category's by default).
void recordFeedback(AppContext &app, QWidget *parent, qint64 customerId, const QString &source);

} // namespace crm::ui::feedback
