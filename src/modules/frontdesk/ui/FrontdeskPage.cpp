#include "frontdesk/ui/FrontdeskPage.h"

#include "club/core/ClubRules.h"
#include "club/services/MemberServiceDesk.h"
#include "frontdesk/core/AppointmentBook.h"
#include "frontdesk/services/AppointmentService.h"
#include "frontdesk/ui/BookingDialog.h"
#include "frontdesk/ui/DeskListsDialog.h"
#include "frontdesk/ui/FrontdeskFigures.h"
#include "frontdesk/ui/InboundCallDialog.h"
#include "services/PdfDocument.h"
#include "services/SettingsService.h"
#include "ui/common/EmptyState.h"
#include "ui/common/FileDialogs.h"
#include "ui/common/Keys.h"
#include "ui/common/Messages.h"
#include "ui/common/Widgets.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace crm::ui::frontdesk {
namespace {
enum Column { Time, Customer, Vehicle, Job, Advisor, Source, State, Note, ColumnCount };

QColor statusColour(const QString &status)
{
    if (status == u"booked"_s)
        return QColor(0xe3, 0xf2, 0xfd);
    if (status == u"confirmed"_s)
        return QColor(0xc8, 0xe6, 0xc9);
    if (status == u"arrived"_s)
        return QColor(0x81, 0xc7, 0x84);
    if (status == u"no_show"_s)
        return QColor(0xff, 0xcd, 0xd2);
    return QColor(0xee, 0xee, 0xee); // completed, cancelled, rescheduled: done with
}

// Green while there is room, amber for the last place, red when full.
QColor loadColour(int booked, int capacity)
{
    if (booked >= capacity)
        return QColor(0xff, 0xcd, 0xd2);
    if (booked + 1 >= capacity)
        return QColor(0xff, 0xe0, 0xb2);
    return booked > 0 ? QColor(0xc8, 0xe6, 0xc9) : QColor(Qt::white);
}

QTableWidgetItem *cell(const QString &text, const QColor &background = {})
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (background.isValid())
        item->setBackground(background);
    if (background.isValid())
        item->setForeground(QColor(0x21, 0x21, 0x21)); // readable on the pale colours in a dark theme too
    return item;
}
} // namespace

FrontdeskPage::FrontdeskPage(AppContext &app, QWidget *parent)
    : QWidget(parent), m_app(app), m_date(new QDateEdit(this)), m_views(new QTabWidget(this)), m_slots(new QTableWidget(this)),
      m_book(new QTableWidget(this)),
      m_services(tree(this, "memberServices", {tr("Time"), tr("Service"), tr("Resource"), tr("Member"), tr("Status")})),
      m_week(new QTableWidget(this)), m_figuresFrom(new QDateEdit(this)), m_figuresTo(new QDateEdit(this)),
      m_figures(new FrontdeskFigures(app, this)), m_summary(new QLabel(this)),
      m_confirm(button(this, tr("C&onfirmed"), "confirm")), m_arrive(button(this, tr("&Arrived"), "arrive")),
      m_complete(button(this, tr("Co&mpleted"), "complete")), m_noShow(button(this, tr("No-&show"), "noShow")),
      m_cancel(button(this, tr("Ca&ncel…"), "cancel")), m_move(button(this, tr("Mo&ve…"), "move")),
      m_customer(button(this, tr("Open c&ustomer"), "openCustomer"))
{
    m_date->setObjectName(u"bookDate"_s);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"yyyy-MM-dd dddd"_s);
    m_date->setDate(localToday(app.services.clock));
    auto *previous = button(this, tr("◀"), "previousDay");
    previous->setShortcut(Keys::sequence(PageKey::PeriodPrevious));
    previous->setToolTip(tr("The day before (Alt+Left)"));
    auto *next = button(this, tr("▶"), "nextDay");
    next->setShortcut(Keys::sequence(PageKey::PeriodNext));
    next->setToolTip(tr("The day after (Alt+Right)"));
    auto *today = button(this, tr("&Today"), "today");
    for (QPushButton *b : {previous, next})
        b->setFixedWidth(40);
    auto *inbound = button(this, tr("&Inbound call… (F2)"), "inboundCall");
    auto *book = button(this, tr("&New appointment…"), "newAppointment");
    book->setShortcut(Keys::sequence(PageKey::New));
    auto *print = button(this, tr("Day &sheet (PDF)…"), "daySheet");
    print->setShortcut(Keys::sequence(PageKey::Print));
    auto *lists = button(this, tr("&Lists…"), "deskLists");
    lists->setToolTip(tr("Job types with their labour, service advisors, call purposes"));
    lists->setVisible(app.session.can(Permission::ManageFrontdesk));
    const bool canBook = app.session.can(Permission::BookAppointments);
    inbound->setEnabled(canBook);
    book->setEnabled(canBook);

    auto *bar = new QHBoxLayout;
    bar->addWidget(previous);
    bar->addWidget(m_date);
    bar->addWidget(next);
    bar->addWidget(today);
    bar->addWidget(m_summary, 1);
    bar->addWidget(inbound);
    bar->addWidget(book);
    bar->addWidget(print);
    bar->addWidget(lists);
    m_summary->setObjectName(u"daySummary"_s);
    m_summary->setWordWrap(true);

    m_slots->setObjectName(u"slots"_s);
    m_slots->setColumnCount(2);
    m_slots->setHorizontalHeaderLabels({tr("Slot"), tr("Booked")});
    m_slots->verticalHeader()->hide();
    m_slots->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_slots->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_slots->horizontalHeader()->setStretchLastSection(true);
    m_slots->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_book->setObjectName(u"appointments"_s);
    m_book->setColumnCount(ColumnCount);
    m_book->setHorizontalHeaderLabels(
        {tr("Time"), tr("Customer"), tr("Vehicle"), tr("Job"), tr("Advisor"), tr("Source"), tr("Status"), tr("Note")});
    m_book->verticalHeader()->hide();
    m_book->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_book->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_book->setSelectionMode(QAbstractItemView::SingleSelection);
    m_book->horizontalHeader()->setStretchLastSection(true);
    setEmptyHint(m_book, tr("No appointments this day. New appointment… (Ctrl+N) books one; F2 takes a call."));
    setEmptyHint(m_services, tr("No club member services this day."));

    auto *steps = new QHBoxLayout;
    for (QPushButton *b : {m_confirm, m_arrive, m_complete, m_noShow, m_cancel, m_move, m_customer})
        steps->addWidget(b);
    steps->addStretch(1);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_book, 3);
    rightLayout->addLayout(steps);
    rightLayout->addWidget(new QLabel(tr("Club member services (cars and drivers) this day:"), right));
    rightLayout->addWidget(m_services, 1);
    auto *dayView = new QSplitter(this);
    dayView->setObjectName(u"dayView"_s);
    dayView->addWidget(m_slots);
    dayView->addWidget(right);
    dayView->setStretchFactor(0, 0);
    dayView->setStretchFactor(1, 1);
    dayView->setSizes({190, 1000});
    m_week->setObjectName(u"week"_s);
    m_week->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_views->setObjectName(u"bookViews"_s);
    m_views->addTab(dayView, tr("&Day"));
    m_views->addTab(m_week, tr("&Week"));
    // The rates of a period (this month so far by default): what the manager watches.
    const QDate today0 = localToday(app.services.clock);
    for (QDateEdit *e : {m_figuresFrom, m_figuresTo}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(u"yyyy-MM-dd"_s);
    }
    m_figuresFrom->setObjectName(u"figuresFrom"_s);
    m_figuresTo->setObjectName(u"figuresTo"_s);
    m_figuresFrom->setDate(QDate(today0.year(), today0.month(), 1));
    m_figuresTo->setDate(today0);
    auto *figuresPage = new QWidget(this);
    auto *figuresBar = new QHBoxLayout;
    figuresBar->addWidget(new QLabel(tr("From"), figuresPage));
    figuresBar->addWidget(m_figuresFrom);
    figuresBar->addWidget(new QLabel(tr("to"), figuresPage));
    figuresBar->addWidget(m_figuresTo);
    figuresBar->addStretch(1);
    auto *figuresLayout = new QVBoxLayout(figuresPage);
    figuresLayout->addLayout(figuresBar);
    figuresLayout->addWidget(m_figures, 1);
    m_views->addTab(figuresPage, tr("&Figures"));
    connect(m_figuresFrom, &QDateEdit::dateChanged, this, &FrontdeskPage::reload);
    connect(m_figuresTo, &QDateEdit::dateChanged, this, &FrontdeskPage::reload);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_views, 1);

    connect(m_date, &QDateEdit::dateChanged, this, &FrontdeskPage::reload);
    connect(previous, &QPushButton::clicked, this, [this] { m_date->setDate(m_date->date().addDays(-1)); });
    connect(next, &QPushButton::clicked, this, [this] { m_date->setDate(m_date->date().addDays(1)); });
    connect(today, &QPushButton::clicked, this, [this] { m_date->setDate(localToday(m_app.services.clock)); });
    connect(m_views, &QTabWidget::currentChanged, this, &FrontdeskPage::reload);
    connect(m_book, &QTableWidget::itemSelectionChanged, this, &FrontdeskPage::updateActions);
    connect(m_book, &QTableWidget::cellDoubleClicked, this, &FrontdeskPage::showHistory);
    connect(m_week, &QTableWidget::cellDoubleClicked, this,
            [this](int, int column) { showDay(m_date->date().addDays(1 - m_date->date().dayOfWeek() + column)); });
    connect(inbound, &QPushButton::clicked, this, [this] {
        openInboundCall(m_app, this);
        reload();
    });
    connect(book, &QPushButton::clicked, this, &FrontdeskPage::newAppointment);
    connect(print, &QPushButton::clicked, this, &FrontdeskPage::printDaySheet);
    connect(lists, &QPushButton::clicked, this, [this] {
        DeskListsDialog d(m_app, this);
        if (d.exec() == QDialog::Accepted)
            reload();
    });
    connect(m_confirm, &QPushButton::clicked, this, [this] { step(u"confirm"_s); });
    connect(m_arrive, &QPushButton::clicked, this, [this] { step(u"arrive"_s); });
    connect(m_complete, &QPushButton::clicked, this, [this] { step(u"complete"_s); });
    connect(m_noShow, &QPushButton::clicked, this, [this] { step(u"no_show"_s); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { step(u"cancel"_s); });
    connect(m_move, &QPushButton::clicked, this, &FrontdeskPage::moveAppointment);
    connect(m_customer, &QPushButton::clicked, this, [this] {
        if (const data::Appointment *a = current(); a && m_app.open)
            m_app.open(SearchHit{u"archives"_s, a->customerName, {}, a->customerId});
    });
    reload();
}

QDate FrontdeskPage::day() const
{
    return m_date->date();
}

void FrontdeskPage::showDay(const QDate &d)
{
    m_views->setCurrentIndex(0);
    m_date->setDate(d);
}

void FrontdeskPage::reload()
{
    if (m_views->currentIndex() == 2)
        fillFigures();
    else if (m_views->currentIndex() == 1)
        fillWeek();
    else
        fillDay();
}

void FrontdeskPage::fillFigures()
{
    m_figures->showPeriod(m_figuresFrom->date(), m_figuresTo->date());
    m_summary->setText(tr("Figures of the appointments scheduled and the calls taken in the period."));
}

void FrontdeskPage::fillDay()
{
    const QDate d = m_date->date();
    services::AppointmentService book(m_app.services);
    auto cap = book.capacity(d);
    m_slots->setRowCount(0);
    if (cap) {
        for (const services::SlotLoad &s : cap->slots_) {
            const int row = m_slots->rowCount();
            m_slots->insertRow(row);
            m_slots->setItem(row, 0, cell(s.start.toString(u"HH:mm"_s)));
            m_slots->setItem(row, 1, cell(u"%1 / %2"_s.arg(s.booked).arg(s.capacity), loadColour(s.booked, s.capacity)));
        }
    }
    const qint64 keep = current() ? current()->id : 0;
    auto rows = book.between(m_app.session, d, d);
    m_rows = rows ? *rows : QList<data::Appointment>();
    const QHash<QString, QString> jobs = book.titles(u"job_type"_s);
    m_book->setRowCount(0);
    QHash<QString, int> perAdvisor; // labour minutes
    int live = 0;
    for (const data::Appointment &a : std::as_const(m_rows)) {
        const int row = m_book->rowCount();
        m_book->insertRow(row);
        const QColor c = statusColour(a.status);
        const QString texts[ColumnCount] = {a.scheduledAt.toString(u"HH:mm"_s),
                                            a.customerName,
                                            a.vehicle,
                                            jobs.value(a.jobType, a.jobType),
                                            a.advisor,
                                            services::AppointmentService::sourceTitle(a.source),
                                            crm::frontdesk::FrontdeskText::status(a.status),
                                            a.reason.isEmpty() ? a.notes : a.notes + u" · "_s + a.reason};
        for (int col = 0; col < ColumnCount; ++col)
            m_book->setItem(row, col, cell(texts[col], c));
        if (a.id == keep)
            m_book->selectRow(row);
        if (auto s = crm::frontdesk::statusFromId(a.status); s && crm::frontdesk::isLive(*s)) {
            ++live;
            perAdvisor[a.advisor.isEmpty() ? tr("unassigned") : a.advisor] += a.labourMinutes;
        }
    }
    m_book->resizeColumnsToContents();
    QStringList advisors;
    for (auto it = perAdvisor.cbegin(); it != perAdvisor.cend(); ++it)
        advisors << u"%1 %2 h"_s.arg(it.key(), QLocale().toString(it.value() / 60.0, 'f', 1));
    advisors.sort();
    if (!cap)
        m_summary->setText(cap.error().message);
    else if (!cap->open)
        m_summary->setText(tr("The store is closed this day."));
    else
        m_summary->setText(tr("%1 appointment(s) · labour %2 of %3 h · %4")
                               .arg(live)
                               .arg(QLocale().toString(cap->labourBooked / 60.0, 'f', 1),
                                    QLocale().toString(cap->labourCapacity / 60.0, 'f', 0), advisors.join(u", "_s)));
    m_services->clear();
    if (auto services = services::MemberServiceDesk(m_app.services).requests(m_app.session, d, d, {})) {
        for (const data::MemberServiceRequest &r : *services)
            new QTreeWidgetItem(m_services, {r.startsAt.toString(u"HH:mm"_s) + u"–"_s + r.endsAt.toString(u"HH:mm"_s),
                                             crm::club::ClubText::serviceKind(r.kind), r.resourceName, r.customerName,
                                             crm::club::ClubText::serviceStatus(r.status)});
        fit(m_services);
    }
    updateActions();
}

void FrontdeskPage::fillWeek()
{
    const QDate monday = m_date->date().addDays(1 - m_date->date().dayOfWeek());
    services::AppointmentService book(m_app.services);
    QList<services::DayCapacity> days;
    QList<QTime> times;
    for (int i = 0; i < 7; ++i) {
        auto cap = book.capacity(monday.addDays(i));
        days << (cap ? *cap : services::DayCapacity{monday.addDays(i), false, {}, 0, 0});
        for (const services::SlotLoad &s : days.last().slots_)
            if (!times.contains(s.start))
                times << s.start;
    }
    std::sort(times.begin(), times.end());
    m_week->clear();
    m_week->setColumnCount(7);
    m_week->setRowCount(int(times.size()) + 1);
    QStringList headers, rows;
    for (const services::DayCapacity &d : days)
        headers << QLocale().toString(d.day, u"M-d ddd"_s);
    for (const QTime &t : times)
        rows << t.toString(u"HH:mm"_s);
    rows << tr("Labour (h)");
    m_week->setHorizontalHeaderLabels(headers);
    m_week->setVerticalHeaderLabels(rows);
    for (int c = 0; c < 7; ++c) {
        const services::DayCapacity &d = days[c];
        for (int r = 0; r < times.size(); ++r) {
            const auto it = std::find_if(d.slots_.cbegin(), d.slots_.cend(),
                                         [&](const services::SlotLoad &s) { return s.start == times[r]; });
            if (it == d.slots_.cend())
                m_week->setItem(r, c, cell(d.open ? QString() : tr("closed"), QColor(0xee, 0xee, 0xee)));
            else
                m_week->setItem(r, c, cell(u"%1 / %2"_s.arg(it->booked).arg(it->capacity), loadColour(it->booked, it->capacity)));
        }
        m_week->setItem(int(times.size()), c,
                        cell(d.open ? u"%1 / %2"_s.arg(QLocale().toString(d.labourBooked / 60.0, 'f', 1),
                                                       QLocale().toString(d.labourCapacity / 60.0, 'f', 0))
                                    : tr("closed")));
    }
    m_week->resizeColumnsToContents();
    m_summary->setText(tr("Week of %1: places booked / places per slot. Double-click a day to open it.")
                           .arg(QLocale().toString(monday, QLocale::ShortFormat)));
}

const data::Appointment *FrontdeskPage::current() const
{
    const auto rows = m_book->selectionModel() ? m_book->selectionModel()->selectedRows() : QModelIndexList();
    if (rows.isEmpty() || rows.first().row() >= m_rows.size())
        return nullptr;
    return &m_rows[rows.first().row()];
}

void FrontdeskPage::updateActions()
{
    using crm::frontdesk::Status;
    const data::Appointment *a = current();
    const bool can = a && m_app.session.can(Permission::BookAppointments);
    const Status from = a ? crm::frontdesk::statusFromId(a->status).value_or(Status::Cancelled) : Status::Cancelled;
    const auto may = [&](Status to) { return can && crm::frontdesk::canMove(from, to); };
    m_confirm->setEnabled(may(Status::Confirmed));
    m_arrive->setEnabled(may(Status::Arrived));
    m_complete->setEnabled(may(Status::Completed));
    m_noShow->setEnabled(may(Status::NoShow));
    m_cancel->setEnabled(may(Status::Cancelled));
    m_move->setEnabled(may(Status::Rescheduled));
    m_customer->setEnabled(a != nullptr);
}

} // namespace crm::ui::frontdesk
