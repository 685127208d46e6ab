#pragma once
#include "data/Database.h"
#include "frontdesk/data/FrontdeskRepository.h"
#include "ui/shell/Module.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace crm::ui::frontdesk {

// An inbound call (来电): the caller found by number, last digits or plate (or created with the
// number filled in), who they are at a glance — vehicles, open follow-ups, appointments,
// complaints, club card — and the call recorded with its purpose; from here one step each to
// book an appointment, register a complaint or answer an open follow-up task.
class InboundCallDialog final : public QDialog {
    Q_OBJECT
public:
    InboundCallDialog(AppContext &app, const QString &number, QWidget *parent = nullptr);
    qint64 callId() const { return m_callId; }
    qint64 customerId() const { return m_customer; }

public slots:
    void accept() override;

private:
    void lookUp();
    void choose(qint64 customerId);
    void newCustomer();
    void book();
    void complaint();
    void lead();

    AppContext &m_app;
    qint64 m_customer = 0;
    qint64 m_appointment = 0;
    qint64 m_callId = 0;
    QLineEdit *m_number;
    QListWidget *m_matches;
    QLabel *m_details;
    QComboBox *m_purpose;
    QComboBox *m_task;
    QLineEdit *m_outcome;
    QPlainTextEdit *m_notes;
    QComboBox *m_feedbackCategory;
    QLineEdit *m_feedbackText;
    QPushButton *m_newCustomer;
    QPushButton *m_book;
    QPushButton *m_complaint;
    QPushButton *m_lead;
    QCheckBox *m_callBack;
    QDateTimeEdit *m_callBackAt;
    QLabel *m_error;
};

// Opens the inbound-call dialog (F2 anywhere, the call desk's button, the phone's notification).
void openInboundCall(AppContext &app, QWidget *parent, const QString &number = {});
// "Inbound call… (F2)" for a page's bar (hidden from roles that do not take calls); `after` runs
// when the dialog closes.
QPushButton *inboundCallButton(AppContext &app, QWidget *parent, std::function<void()> after);

} // namespace crm::ui::frontdesk
