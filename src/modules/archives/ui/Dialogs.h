#pragma once
#include "archives/services/CustomerService.h"

#include "ui/shell/Module.h"

#include <QDialog>
#include <memory>

class QDateEdit;
class QLineEdit;
class QListWidget;
class QLabel;
class QComboBox;
class QSpinBox;
class QDoubleSpinBox;
namespace Ui {
class CustomerDialog;
class VehicleDialog;
} // namespace Ui

namespace crm::ui::archives {

// The archive's search as you type, into a pick list: one row per customer ("name  mobile
// plates"), the id in Qt::UserRole and the name in Qt::UserRole + 1. Used by every dialog
// that asks "which customer?".
void fillCustomerMatches(AppContext &app, QListWidget *list, const QString &text);

// Optional dates: the minimum date shows as "not given" and reads back as an invalid QDate.
void setupOptionalDate(QDateEdit *edit, const QDate &value);
QDate optionalDate(const QDateEdit *edit);

// New customer, or edit one. The service validates; its message is shown in the dialog.
class CustomerDialog final : public QDialog {
    Q_OBJECT
public:
    CustomerDialog(services::Context ctx, services::Session who, const data::CustomerRow *existing, QWidget *parent = nullptr);
    ~CustomerDialog() override;
    qint64 customerId() const { return m_id; }

public slots:
    void accept() override;

private:
    std::unique_ptr<Ui::CustomerDialog> m_ui;
    services::Context m_ctx;
    services::Session m_who;
    qint64 m_id = 0;
};

class VehicleDialog final : public QDialog {
    Q_OBJECT
public:
    // Adds a vehicle to the customer, or (existing given) edits that vehicle.
    VehicleDialog(services::Context ctx, services::Session who, qint64 customerId, QWidget *parent = nullptr,
                  const data::VehicleRow *existing = nullptr);
    ~VehicleDialog() override;
    qint64 vehicleId() const { return m_id; }

public slots:
    void accept() override;

private:
    std::unique_ptr<Ui::VehicleDialog> m_ui;
    services::Context m_ctx;
    services::Session m_who;
    qint64 m_customerId;
    qint64 m_id = 0;
    bool m_editing = false;
};

// A work order typed in by hand.
class VisitDialog final : public QDialog {
    Q_OBJECT
public:
    VisitDialog(services::Context ctx, services::Session who, qint64 vehicleId, const QString &vehicle,
                QWidget *parent = nullptr);

public slots:
    void accept() override;

private:
    services::Context m_ctx;
    services::Session m_who;
    qint64 m_vehicleId;
    QDateEdit *m_date;
    QComboBox *m_kind;
    QSpinBox *m_mileage;
    QLineEdit *m_advisor;
    QDoubleSpinBox *m_amount;
    QLabel *m_error;
};

// Picks the new owner of a vehicle: search as in the archives, then the date and a note.
class TransferDialog final : public QDialog {
    Q_OBJECT
public:
    TransferDialog(AppContext &app, const QString &vehicle, QWidget *parent = nullptr);
    qint64 customerId() const;
    QDate date() const;
    QString note() const;

public slots:
    void accept() override;

private:
    void search();
    AppContext &m_app;
    QLineEdit *m_search;
    QListWidget *m_results;
    QDateEdit *m_date;
    QLineEdit *m_note;
    QLabel *m_error;
};

// The customer does not want some kind of call: the type and the reason (mandatory) are
// recorded by the service, which also cancels the open tasks of that type.
class OptOutDialog final : public QDialog {
    Q_OBJECT
public:
    OptOutDialog(AppContext &app, qint64 customerId, const QString &customerName, QWidget *parent = nullptr);
    int cancelledTasks() const { return m_cancelled; }

public slots:
    void accept() override;

private:
    AppContext &m_app;
    qint64 m_customer;
    QComboBox *m_type;
    QLineEdit *m_reason;
    QLabel *m_error;
    int m_cancelled = 0;
};

} // namespace crm::ui::archives
