#pragma once
#include "ui/shell/Module.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QTreeWidget;

namespace crm::ui::frontdesk {

// The front desk's figures for a period: booking, show, no-show and on-time rates with their
// counts by source, job type and advisor, and the inbound calls by purpose, agent and hour.
// Shown on the appointment page and in the follow-up reports.
class FrontdeskFigures final : public QWidget {
    Q_OBJECT
public:
    FrontdeskFigures(AppContext &app, QWidget *parent = nullptr);
    void showPeriod(const QDate &from, const QDate &to);
    QString summary() const;

private:
    AppContext &m_app;
    QLabel *m_summary;
    QTreeWidget *m_appointments;
    QTreeWidget *m_calls;
};

} // namespace crm::ui::frontdesk
