#pragma once
#include "services/Guard.h"
#include "services/Session.h"

#include <QWizard>
#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QComboBox;
class QSpinBox;

namespace crm::ui {

class TimeSpansEdit;

// The first start on a database without users: a short guided start instead of an empty window —
// the dealership, its opening hours, the administrator, the desks' first accounts, where backups
// go and the DMS export to import. Each page stores its answers when it is left with Next, so a
// refusal is shown on the page that caused it; everything can be changed later in Settings.
// Cancelled after the administrator page, the program still starts with that account.
class FirstRunWizard final : public QWizard {
    Q_OBJECT
public:
    enum PageId { DealerPage, AdminPage, UsersPage, BackupPage, ImportPage };
    explicit FirstRunWizard(services::Context ctx, QWidget *parent = nullptr);

    const std::optional<services::Session> &session() const { return m_session; }
    // The DMS export chosen on the last page, to open in the customers' import (empty: none).
    QString importPath() const;

private:
    QWizardPage *dealerPage();
    QWizardPage *adminPage();
    QWizardPage *usersPage();
    QWizardPage *backupPage();
    QWizardPage *importPage();
    bool saveAdmin();
    bool addUser();
    bool addPendingUser();
    bool saveBackup();
    static QLabel *errorLabel(QWidget *page);
    bool fail(QLabel *label, const QString &message);

    services::Context m_ctx;
    std::optional<services::Session> m_session;
    QLineEdit *m_dealerName = nullptr, *m_dealerCode = nullptr;
    TimeSpansEdit *m_weekdays = nullptr, *m_saturday = nullptr, *m_sunday = nullptr;
    QLineEdit *m_adminUser = nullptr, *m_adminName = nullptr, *m_password = nullptr, *m_confirm = nullptr;
    QLineEdit *m_userName = nullptr, *m_userLogin = nullptr, *m_userPassword = nullptr;
    QComboBox *m_userRole = nullptr;
    QListWidget *m_added = nullptr;
    QLineEdit *m_backupFolder = nullptr;
    QSpinBox *m_backupHours = nullptr;
    QLineEdit *m_importFile = nullptr;
    QLabel *m_adminError = nullptr, *m_usersError = nullptr, *m_backupError = nullptr;
};

} // namespace crm::ui
