#pragma once
#include "complaints/services/ComplaintService.h"
#include "ui/shell/Module.h"

#include <QHash>
#include <QWidget>
#include <optional>

class QComboBox;
class QDateEdit;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;
class QTabWidget;
class QTreeWidget;

namespace crm::ui {
class EmptyState;
}

namespace crm::ui::complaints {

// Complaint tracking: the cases (list + the case with its deadlines, steps and record), what
// needs attention, the register and statistics, and (for managers) the holiday calendar.
class ComplaintsPage final : public QWidget {
    Q_OBJECT
public:
    ComplaintsPage(AppContext &app, QWidget *parent = nullptr);
    void reload();
    void openComplaint(qint64 id);
    void registerNew(const services::ComplaintInput &prefill = {}, const QString &customerName = {});
    qint64 currentId() const { return m_current; }
    // The register and statistics of the chosen period as one printable document.
    QString registerHtml();
    Status saveRegisterPdf(const QString &path);

private:
    void loadList();
    void showCase(qint64 id);
    void takeStep(crm::complaints::Step step);
    void pauseOrResume();
    void extendDeadline();
    void editCase();
    void attachFile();
    void loadAttention();
    void loadStatistics();
    void exportRegister();
    void loadCalendar();
    void addCalendarDay();
    void importCalendar();
    QString countdown(const crm::complaints::Deadline &d);

    AppContext &m_app;
    QTabWidget *m_tabs;
    // Cases
    QComboBox *m_state;
    QComboBox *m_level;
    QComboBox *m_category;
    QLineEdit *m_text;
    QTreeWidget *m_list;
    QWidget *m_case;
    EmptyState *m_empty;
    QLabel *m_header;
    QTreeWidget *m_deadlines;
    QLabel *m_details;
    QHBoxLayout *m_actions;
    QTreeWidget *m_events;
    QListWidget *m_files;
    std::optional<services::ComplaintCase> m_view;
    QHash<int, calendar::WorkCalendar> m_clocks; // per clock, for countdowns; cleared on reload
    qint64 m_current = 0;
    // Needs attention
    QTreeWidget *m_attention;
    // Register and statistics
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_group;
    QTableWidget *m_stats;
    QLabel *m_statsSummary;
    // Calendar
    QComboBox *m_year = nullptr;
    QTableWidget *m_calendar = nullptr;
};

} // namespace crm::ui::complaints
