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

// The gift catalogue (price, stock) and the redemption orders to hand out or cancel.
class GiftsTab final : public QWidget {
    Q_OBJECT
public:
    GiftsTab(AppContext &app, QWidget *parent = nullptr);
    void reload();

private:
    void editGift(bool create);
    void changeStock();
    void closeOrder(bool fulfil);
    AppContext &m_app;
    QTreeWidget *m_gifts;
    QComboBox *m_orderStatus;
    QTreeWidget *m_orders;
};

} // namespace crm::ui::club
