#pragma once
#include "archives/data/CustomerRepository.h"
#include "ui/shell/Module.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QTimer;
class QTabWidget;

namespace crm::ui::privacy {
class RequestsPage;
class RetentionPage;
} // namespace crm::ui::privacy

namespace crm::ui {
class SearchWorker;
class EmptyState;
} // namespace crm::ui

namespace crm::ui::archives {

class CustomerCard;
class CustomerListModel;
class DataQualityPage;
class ChurnPage;

// The information supervisor's desk: the customer list (search as you type, filters, sort)
// beside the card of the selected customer.
class ArchivesPage final : public QWidget {
    Q_OBJECT
public:
    ArchivesPage(AppContext &app, QWidget *parent = nullptr);
    ~ArchivesPage() override;

    void openCustomer(qint64 id);
    CustomerListModel *model() const { return m_model; }
    CustomerCard *card() const { return m_card; }
    QLineEdit *searchField() const { return m_search; }
    QTabWidget *tabs() const { return m_tabs; }
    DataQualityPage *qualityPage() const { return m_quality; }
    ChurnPage *churnPage() const { return m_churnPage; }
    // Sends the current search and filters to the worker now (the typing pause does it otherwise).
    void reloadNow();
    // Opens the mapping step for a file (what the Import… button does after the file dialog).
    void importPath(const QString &path);

signals:
    void listReloaded(int rows);
    void countShown(qint64 total);

private:
    data::CustomerQuery currentQuery() const;
    void newCustomer();
    void importFile();
    void exportList();
    void showOutsideTheList(qint64 id);

    AppContext &m_app;
    CustomerListModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_city, *m_source, *m_model_, *m_vip, *m_churn, *m_tag;
    QLabel *m_count;
    QTableView *m_view;
    CustomerCard *m_card;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QTimer *m_debounce;
    // Rows and the slower figures (count, filter choices) on separate workers, so the rows
    // never wait for a count over a million customers.
    std::unique_ptr<SearchWorker> m_worker;
    std::unique_ptr<SearchWorker> m_countWorker;
    quint64 m_pending = 0;
    quint64 m_pendingCount = 0;
    // The two workers answer in either order: the count sizes the list once its first page is in.
    bool m_firstPageIn = false;
    qint64 m_total = -1;
    qint64 m_openAfterReload = 0;
    QTabWidget *m_tabs;
    DataQualityPage *m_quality;
    ChurnPage *m_churnPage;
    privacy::RequestsPage *m_requests;
    privacy::RetentionPage *m_retention = nullptr; // for those who may erase
};

} // namespace crm::ui::archives
