#pragma once
#include "ui/shell/Module.h"

#include <QWidget>

class QCheckBox;
class QPushButton;
class QTableWidget;

namespace crm::ui::privacy {

// Registers a request about personal data; the customer given (0: a person named in the dialog).
// True when one was registered.
bool registerRequest(AppContext &app, qint64 customerId, const QString &customerName, QWidget *parent);

// The register of data-subject requests (个人信息权利请求登记): open ones first by their legal
// deadline (overdue in red), then the answered ones with the answer, its date and who gave it.
class RequestsPage : public QWidget {
    Q_OBJECT
public:
    explicit RequestsPage(AppContext &app, QWidget *parent = nullptr);
    void reload();

private:
    void answerChosen();
    AppContext &m_app;
    QTableWidget *m_table;
    QCheckBox *m_openOnly;
    QPushButton *m_answer;
};

} // namespace crm::ui::privacy
