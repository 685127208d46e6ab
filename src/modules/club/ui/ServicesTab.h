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

// Member services: bookings with their car or driver, closing them; the resources.
class ServicesTab final : public QWidget {
    Q_OBJECT
public:
    ServicesTab(AppContext &app, QWidget *parent = nullptr);
    void reload();

private:
    void book();
    void close(const QString &status);
    void addResource();
    AppContext &m_app;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QTreeWidget *m_list;
    QTreeWidget *m_resources;
};

} // namespace crm::ui::club
