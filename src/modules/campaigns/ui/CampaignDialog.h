#pragma once
#include "campaigns/core/Campaigns.h"
#include "campaigns/services/CampaignService.h"
#include "ui/shell/Module.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QRadioButton;
class QSpinBox;
class QTimer;

namespace crm::ui::campaigns {

// A new campaign: what it is, and its list — a segment built from criteria with a live count
// (by exclusion reason) before anything is created, or the manufacturer's VIN file.
class CampaignDialog : public QDialog {
    Q_OBJECT
public:
    CampaignDialog(AppContext &app, QWidget *parent = nullptr);
    services::CampaignInput input() const;
    crm::campaigns::Segment segment() const;
    bool fromVinList() const;
    QList<qint64> agents() const;
    qint64 createdId() const { return m_created; }
    // Counts the segment now (the dialog does it by itself, off the GUI thread, a moment after each change).
    void countNow();
    QString countText() const;

    void accept() override;

private:
    void countLater();
    void showCount(const QVariant &v);
    AppContext &m_app;
    QLineEdit *m_name, *m_code;
    QComboBox *m_kind, *m_template;
    QDateEdit *m_starts, *m_ends;
    QSpinBox *m_goal;
    QPlainTextEdit *m_script;
    QRadioButton *m_bySegment, *m_byVins;
    QLineEdit *m_models, *m_tiers, *m_tags, *m_cities, *m_advisor, *m_consultant;
    QDateEdit *m_deliveryFrom, *m_deliveryTo, *m_paidFrom, *m_paidTo;
    QSpinBox *m_kmMin, *m_kmMax;
    QComboBox *m_churn, *m_member, *m_vip, *m_complaint, *m_appointment;
    QListWidget *m_agents;
    QLabel *m_count;
    QTimer *m_debounce;
    qint64 m_created = 0;
    quint64 m_request = 0;
};

} // namespace crm::ui::campaigns
