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

// Activities: plan, register members (card or search), check in on the day, export attendance.
class ActivitiesTab final : public QWidget {
    Q_OBJECT
public:
    ActivitiesTab(AppContext &app, QWidget *parent = nullptr);
    void reload();

private:
    void editActivity(bool create);
    void showAttendees();
    void registerMember();
    void checkIn();
    qint64 currentActivity() const;
    AppContext &m_app;
    QTreeWidget *m_list;
    QTreeWidget *m_people;
    QLabel *m_summary;
};

} // namespace crm::ui::club
