#pragma once
#include "ui/shell/Module.h"

#include <QWidget>

class QLabel;
class QTableWidget;
class QPushButton;

namespace crm::ui::campaigns {

// The campaigns (list, funnel, the list of each, its actions) and the message queue.
class CampaignsPage : public QWidget {
    Q_OBJECT
public:
    CampaignsPage(AppContext &app, QWidget *parent = nullptr);
    void reload();
    qint64 currentCampaign() const;

    // Actions (buttons, shortcuts, tests).
    void newCampaign();
    void importVins();
    void distribute();
    void reevaluate();
    void queueMessages();
    void exportResults();
    void closeCampaign();
    void sendDue();
    void pullReceipts();
    void editAccount();
    void editTemplate();

private:
    void showCampaign();
    void reloadMessages();
    AppContext &m_app;
    QTableWidget *m_list;
    QLabel *m_results;
    QTableWidget *m_targets;
    QTableWidget *m_messages;
    QLabel *m_messageNote;
    QList<QPushButton *> m_campaignActions;
};

} // namespace crm::ui::campaigns
