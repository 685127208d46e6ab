#pragma once
#include "ui/shell/Module.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableWidget;
class QTreeWidget;

namespace crm::ui::club {

// The club's figures for a period: members, points, redemptions, activities, lead conversion.
class ClubReportTab final : public QWidget {
    Q_OBJECT
public:
    ClubReportTab(AppContext &app, QWidget *parent = nullptr);
    void reload();

private:
    AppContext &m_app;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_summary;
    QTableWidget *m_tiers;
    QTableWidget *m_gifts;
    QTableWidget *m_conversion;
};

} // namespace crm::ui::club
