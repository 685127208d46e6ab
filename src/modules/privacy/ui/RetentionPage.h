#pragma once
#include "privacy/services/RetentionService.h"
#include "ui/shell/Module.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace crm::ui::privacy {

// The retention review (保存期限复核): what the policy in settings reaches — customers with
// nothing for N years, leads never converted, old call notes — and the erasure of it in bulk,
// with a reason, off the GUI thread with progress and cancel.
class RetentionPage : public QWidget {
    Q_OBJECT
public:
    explicit RetentionPage(AppContext &app, QWidget *parent = nullptr);
    void reload();

private:
    void eraseChosen();
    void eraseLeads();
    void clearNotes();
    QString askReason(const QString &title, const QString &question);
    AppContext &m_app;
    services::RetentionReview m_review;
    QLabel *m_summary;
    QTableWidget *m_table;
    QPushButton *m_erase;
    QPushButton *m_leads;
    QPushButton *m_notes;
};

} // namespace crm::ui::privacy
