#pragma once
#include "archives/services/CustomerService.h"
#include "ui/shell/Module.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTreeWidget;
class QFormLayout;

namespace crm::ui::archives {

// One customer: details (mobile masked, revealed on request and audited), vehicles, timeline.
class CustomerCard final : public QWidget {
    Q_OBJECT
public:
    CustomerCard(AppContext &app, QWidget *parent = nullptr);
    void showCustomer(qint64 id); // 0 clears
    qint64 customerId() const { return m_id; }
    QTreeWidget *timelineView() const { return m_timeline; }
    QTreeWidget *vehiclesView() const { return m_vehicles; }
    QFormLayout *consentForm() const { return m_consentForm; }

signals:
    void changed(qint64 customerId);

private:
    void reveal();
    void edit();
    void addVehicle();
    void transferVehicle();
    void editVehicle();
    void addVisit();
    void toggleConsent(const QString &purpose);
    void attachDocument();
    void openDocument();
    void removeDocument();
    void writeDataCopy();
    void erasePersonalData();

    AppContext &m_app;
    qint64 m_id = 0;
    std::optional<services::CustomerCard> m_card;
    QLabel *m_title;
    QLabel *m_empty;
    QWidget *m_body;
    QFormLayout *m_form;
    QLabel *m_mobile;
    QPushButton *m_reveal;
    QPushButton *m_edit;
    QPushButton *m_addVehicle;
    QTreeWidget *m_vehicles;
    QTreeWidget *m_timeline;
    QTabWidget *m_tabs;
    QFormLayout *m_consentForm;
    QPushButton *m_transfer;
    QTreeWidget *m_documents;

public:
    QTreeWidget *documentsView() const { return m_documents; }
    // Files a document without the file dialog (what Attach… does after it).
    Status attachFile(const QString &path, const QString &kind, const QString &archiveLocation);
};

} // namespace crm::ui::archives
