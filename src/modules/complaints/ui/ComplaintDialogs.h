#pragma once
#include "complaints/services/ComplaintService.h"
#include "ui/common/SaveUnit.h"
#include "ui/shell/Module.h"

#include <QDialog>
#include <functional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace crm::ui::complaints {

// Registers a complaint (or edits one): the customer from the archives (search as you type),
// one of their vehicles, channel, category, quality, level with the manufacturer's ticket,
// description and demand. The service validates; its message shows in the dialog, which keeps
// what was typed.
class ComplaintDialog final : public QDialog {
    Q_OBJECT
public:
    // `prefill` carries what the caller knows (a call: customer, vehicle, channel, the words).
    ComplaintDialog(AppContext &app, const services::ComplaintInput &prefill, const QString &customerName,
                    QWidget *parent = nullptr, const data::ComplaintRow *editing = nullptr);
    qint64 complaintId() const { return m_id; }
    // Registers through `r` instead of ComplaintService::registerComplaint (a feedback item
    // handed over to the complaint desk is linked in the same transaction).
    void setRegistrar(std::function<Result<data::ComplaintRow>(const services::ComplaintInput &)> r)
    {
        m_registrar = std::move(r);
    }
    QString number() const { return m_number; }

public slots:
    void accept() override;

private:
    void search();
    void chooseCustomer(qint64 id, const QString &name);
    services::ComplaintInput input() const;

    AppContext &m_app;
    const data::ComplaintRow *m_editing;
    std::function<Result<data::ComplaintRow>(const services::ComplaintInput &)> m_registrar;
    SaveUnit m_saveUnit{m_app.services.db};
    qint64 m_customer = 0;
    qint64 m_callId = 0;
    QLineEdit *m_search;
    QListWidget *m_results;
    QLabel *m_customerLabel;
    QComboBox *m_vehicle;
    QComboBox *m_channel;
    QComboBox *m_category;
    QCheckBox *m_quality;
    QComboBox *m_level;
    QLineEdit *m_ticket;
    QPlainTextEdit *m_description;
    QPlainTextEdit *m_demand;
    QLabel *m_error;
    qint64 m_id = 0;
    QString m_number;
};

// One workflow step: only the fields that step records.
class StepDialog final : public QDialog {
    Q_OBJECT
public:
    StepDialog(AppContext &app, const data::ComplaintRow &row, crm::complaints::Step step, QWidget *parent = nullptr);
    const services::StepResult &result() const { return m_result; }
    bool conflicted() const { return m_conflict; }

public slots:
    void accept() override;

private:
    AppContext &m_app;
    data::ComplaintRow m_row;
    crm::complaints::Step m_step;
    QLineEdit *m_department = nullptr;
    QLineEdit *m_responsible = nullptr;
    QPlainTextEdit *m_rootCause = nullptr;
    QPlainTextEdit *m_solution = nullptr;
    QDoubleSpinBox *m_compensation = nullptr;
    QPlainTextEdit *m_reply = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QLabel *m_error;
    services::StepResult m_result;
    bool m_conflict = false;
};

} // namespace crm::ui::complaints
