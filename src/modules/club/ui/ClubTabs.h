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

// "Which customer?" — the archive search in a small dialog; 0 when cancelled.
qint64 pickCustomer(AppContext &app, QWidget *parent, const QString &title);
// One of the customer's vehicles; 0 when cancelled or none.
qint64 pickVehicle(AppContext &app, QWidget *parent, qint64 customerId);
// A member by card number (typed or swiped) or by the customer search; 0 when cancelled.
qint64 pickMember(AppContext &app, QWidget *parent, const QString &title);

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

// Leads: the pipeline by status/source/overdue, a lead's history, steps, referrals, import.
class LeadsTab final : public QWidget {
    Q_OBJECT
public:
    LeadsTab(AppContext &app, QWidget *parent = nullptr);
    void reload();

private:
    void newLead();
    void step();
    void importFile();
    void showLead();
    qint64 currentLead() const;
    AppContext &m_app;
    QComboBox *m_status;
    QComboBox *m_source;
    QComboBox *m_overdue;
    QLineEdit *m_text;
    QTreeWidget *m_list;
    QTreeWidget *m_events;
    QLabel *m_overdueLabel;
};

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
