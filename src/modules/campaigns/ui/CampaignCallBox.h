#pragma once
#include "ui/shell/Module.h"

#include <QGroupBox>
#include <functional>

class QComboBox;
class QLineEdit;

namespace crm::data {
struct TaskRow;
}

namespace crm::ui::campaigns {

// The call form's part for a campaign call: the campaign's own answers and a note; hidden for
// every other task. The call desk passes what is chosen to CallDeskService::logCall.
class CampaignCallBox : public QGroupBox {
    Q_OBJECT
public:
    CampaignCallBox(AppContext &app, QWidget *parent = nullptr);
    // Shows the box for a campaign task; false (hidden) for any other.
    bool setTask(const data::TaskRow &t);
    // The campaign's script as the call form shows it, placeholders filled by `fill`.
    QString scriptHtml(const std::function<QString(const QString &)> &fill) const;
    QString response() const;
    QString note() const;
    void clear();

private:
    AppContext &m_app;
    QComboBox *m_answer;
    QLineEdit *m_note;
    QString m_script;
    QString m_campaign;
};

// The call desk's queue filter: one entry per active campaign ("campaign:<id>") after the task kinds.
void addCampaignFilters(AppContext &app, QComboBox *kinds);
// 0 unless the filter entry is a campaign's.
qint64 campaignOfFilter(const QString &data);

} // namespace crm::ui::campaigns
