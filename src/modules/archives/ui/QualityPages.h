#pragma once
#include "ui/shell/Module.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QTreeWidget;
class QPushButton;

namespace QtCharts {
}
class QChartView;
class QChart;

namespace crm::ui {
class SearchWorker;
}

namespace crm::ui::archives {

// Data quality: completeness distribution, the least complete customers, duplicates to merge.
class DataQualityPage final : public QWidget {
    Q_OBJECT
public:
    DataQualityPage(AppContext &app, QWidget *parent = nullptr);
    ~DataQualityPage() override;
    void reload();
    QTreeWidget *duplicatesView() const { return m_duplicates; }
    QTreeWidget *incompleteView() const { return m_incomplete; }

signals:
    void openCustomer(qint64 id);
    void loaded();

private:
    void mergeSelected();

    AppContext &m_app;
    QChartView *m_chart;
    QTreeWidget *m_incomplete;
    QTreeWidget *m_duplicates;
    QPushButton *m_merge;
    std::unique_ptr<SearchWorker> m_worker;
    quint64 m_pending = 0;
};

// Churn: vehicle states now, the monthly cohort rate by model or advisor, and its trend.
class ChurnPage final : public QWidget {
    Q_OBJECT
public:
    ChurnPage(AppContext &app, QWidget *parent = nullptr);
    ~ChurnPage() override;
    void reload();
    QTreeWidget *cohortView() const { return m_cohorts; }

signals:
    void showAtRisk();
    void loaded();

private:
    AppContext &m_app;
    QDateEdit *m_month;
    QComboBox *m_by;
    QLabel *m_states;
    QTreeWidget *m_cohorts;
    QChartView *m_trend;
    std::unique_ptr<SearchWorker> m_worker;
    quint64 m_pending = 0;
};

} // namespace crm::ui::archives
