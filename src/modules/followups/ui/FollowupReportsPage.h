#pragma once
#include "followups/services/FollowupReportService.h"
#include "ui/shell/Module.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QTableWidget;
class QTreeWidget;

namespace crm::ui::frontdesk {
class FrontdeskFigures;
}

namespace crm::ui::followups {

// Completion, on-time and reached rates by agent, type, week or month; member coverage; the
// feedback the calls collected. Exported to XLSX/CSV.
class FollowupReportsPage final : public QWidget {
    Q_OBJECT
public:
    FollowupReportsPage(AppContext &app, QWidget *parent = nullptr);
    void reload();

private:
    void applyPeriod();
    void exportReport();

    AppContext &m_app;
    QComboBox *m_period;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_group;
    QLabel *m_summary;
    QTableWidget *m_table;
    QTableWidget *m_feedbackCounts;
    QComboBox *m_feedbackCategory;
    QTreeWidget *m_feedbackItems;
    crm::ui::frontdesk::FrontdeskFigures *m_desk = nullptr;
    std::optional<services::FollowupReport> m_report;
};

} // namespace crm::ui::followups
