#pragma once
#include "frontdesk/data/AppointmentRepository.h"
#include "ui/shell/Module.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTreeWidget;

namespace crm::ui::frontdesk {

class FrontdeskFigures;

// The service reception's book (预约): a day — its slots with the places used and free, the
// appointments coloured by status with the steps of the day (confirm, arrived, completed,
// no-show, cancel, move), the club's member services beside them — and a week of slots; the
// day sheet for the workshop as a PDF.
class FrontdeskPage final : public QWidget {
    Q_OBJECT
public:
    FrontdeskPage(AppContext &app, QWidget *parent = nullptr);
    void reload();
    void showDay(const QDate &day);
    void openAppointment(qint64 id);
    QDate day() const;
    // The day sheet as HTML (the PDF's content; tests read it).
    QString daySheetHtml() const;
    Status saveDaySheet(const QString &path) const;

private:
    void fillDay();
    void fillWeek();
    void fillFigures();
    void updateActions();
    const data::Appointment *current() const;
    void step(const QString &action);
    void newAppointment();
    void moveAppointment();
    void showHistory(); // double-click: every step of the appointment, by whom
    void printDaySheet();

    AppContext &m_app;
    QList<data::Appointment> m_rows;
    QDateEdit *m_date;
    QTabWidget *m_views;
    QTableWidget *m_slots;
    QTableWidget *m_book;
    QTreeWidget *m_services;
    QTableWidget *m_week;
    QDateEdit *m_figuresFrom, *m_figuresTo;
    FrontdeskFigures *m_figures;
    QLabel *m_summary;
    QPushButton *m_confirm, *m_arrive, *m_complete, *m_noShow, *m_cancel, *m_move, *m_customer;
};

} // namespace crm::ui::frontdesk
