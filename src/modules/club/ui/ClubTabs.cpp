#include "club/ui/ClubTabs.h"

#include "archives/services/CustomerService.h"
#include "archives/ui/Dialogs.h"
#include "club/core/ClubRules.h"
#include "club/services/ActivityService.h"
#include "club/services/ClubReportService.h"
#include "club/services/ClubService.h"
#include "club/services/GiftService.h"
#include "club/services/MemberServiceDesk.h"
#include "core/Mobile.h"
#include "leads/services/LeadService.h"
#include "ui/common/Messages.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using crm::club::ClubText;

namespace crm::ui::club {
namespace {
QString when(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}
QString local(const QDateTime &t) // already local wall-clock time
{
    return t.isValid() ? QLocale().toString(t, QLocale::ShortFormat) : QString();
}
QTreeWidget *tree(QWidget *parent, const char *name, const QStringList &headers)
{
    auto *t = new QTreeWidget(parent);
    t->setObjectName(QString::fromLatin1(name));
    t->setRootIsDecorated(false);
    t->setAlternatingRowColors(true);
    t->setHeaderLabels(headers);
    return t;
}
QPushButton *button(QWidget *parent, const QString &text, const char *name)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    return b;
}
void fit(QTreeWidget *t)
{
    for (int i = 0; i < t->columnCount(); ++i)
        t->resizeColumnToContents(i);
}
// A form dialog: rows added by the caller, OK/Cancel, and a check run on OK that keeps the
// dialog open with its message when something is wrong.
struct FormDialog {
    QDialog dialog;
    QFormLayout *form;
    QLabel *error;
    FormDialog(QWidget *parent, const QString &title) : dialog(parent), form(new QFormLayout), error(new QLabel(&dialog))
    {
        dialog.setWindowTitle(title);
        error->setStyleSheet(u"color:#c62828"_s);
        error->setWordWrap(true);
        error->hide();
    }
    // `submit` returns the error to show, or nothing when done.
    bool exec(const std::function<Status()> &submit)
    {
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
        auto *layout = new QVBoxLayout(&dialog);
        layout->addLayout(form);
        layout->addWidget(error);
        layout->addWidget(buttons);
        QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
            const Status s = submit();
            if (s) {
                dialog.accept();
                return;
            }
            error->setText(s.error().message);
            error->show();
        });
        return dialog.exec() == QDialog::Accepted;
    }
};
} // namespace

qint64 pickCustomer(AppContext &app, QWidget *parent, const QString &title)
{
    FormDialog d(parent, title);
    auto *search = new QLineEdit(&d.dialog);
    search->setPlaceholderText(GiftsTab::tr("Name, pinyin initials, mobile or plate — Enter"));
    auto *list = new QListWidget(&d.dialog);
    list->setMinimumSize(420, 220);
    d.form->addRow(search);
    d.form->addRow(list);
    QObject::connect(search, &QLineEdit::returnPressed, &d.dialog,
                     [&] { archives::fillCustomerMatches(app, list, search->text()); });
    QObject::connect(list, &QListWidget::itemActivated, &d.dialog, [&] { d.dialog.accept(); });
    qint64 chosen = 0;
    const bool ok = d.exec([&]() -> Status {
        if (!list->currentItem())
            return Error::invalid(GiftsTab::tr("Search, then choose the customer in the list."));
        return {};
    });
    if ((ok || d.dialog.result() == QDialog::Accepted) && list->currentItem())
        chosen = list->currentItem()->data(Qt::UserRole).toLongLong();
    return chosen;
}

qint64 pickVehicle(AppContext &app, QWidget *parent, qint64 customerId)
{
    auto card = services::CustomerService(app.services).card(app.session, customerId);
    if (!card) {
        showError(parent, GiftsTab::tr("Vehicle"), card.error());
        return 0;
    }
    QStringList items;
    QList<qint64> ids;
    for (const data::VehicleRow &v : card->vehicles) {
        items << u"%1  %2"_s.arg(v.plate, v.model);
        ids << v.id;
    }
    if (ids.isEmpty()) {
        showError(parent, GiftsTab::tr("Vehicle"), Error::invalid(GiftsTab::tr("The customer has no vehicle in the archive.")));
        return 0;
    }
    bool ok = false;
    const QString choice = QInputDialog::getItem(parent, GiftsTab::tr("Vehicle"), GiftsTab::tr("Which vehicle is the card for?"),
                                                 items, 0, false, &ok);
    return ok ? ids.value(items.indexOf(choice)) : 0;
}

qint64 pickMember(AppContext &app, QWidget *parent, const QString &title)
{
    bool ok = false;
    const QString text =
        QInputDialog::getText(parent, title, GiftsTab::tr("Card number (or leave empty to search by name or mobile):"),
                              QLineEdit::Normal, QString(), &ok)
            .trimmed();
    if (!ok)
        return 0;
    services::ClubService club(app.services);
    if (!text.isEmpty()) {
        auto id = club.memberOfCard(text);
        if (!id) {
            showError(parent, title, id.error());
            return 0;
        }
        return *id;
    }
    const qint64 customer = pickCustomer(app, parent, title);
    if (!customer)
        return 0;
    auto member = club.memberOfCustomer(customer);
    if (!member || !member->has_value()) {
        showError(parent, title, member ? Error::notFound(GiftsTab::tr("That customer is not a club member.")) : member.error());
        return 0;
    }
    return **member;
}

// --- Gifts -------------------------------------------------------------------------------------

GiftsTab::GiftsTab(AppContext &app, QWidget *parent)
    : QWidget(parent), m_app(app), m_gifts(tree(this, "giftList", {tr("Gift"), tr("Points"), tr("In stock"), tr("Offered")})),
      m_orderStatus(new QComboBox(this)), m_orders(tree(this, "orderList",
                                                        {tr("Order"), tr("Ordered"), tr("Member"), tr("Gift"), tr("Quantity"),
                                                         tr("Points"), tr("Status"), tr("By"), tr("Note")}))
{
    auto *add = button(this, tr("New gift…"), "newGiftButton");
    auto *edit = button(this, tr("Edit…"), "editGiftButton");
    auto *stock = button(this, tr("Stock in/out…"), "stockButton");
    auto *giftBar = new QHBoxLayout;
    giftBar->addWidget(new QLabel(tr("<b>Catalogue</b>"), this));
    giftBar->addStretch();
    for (QPushButton *b : {add, edit, stock})
        giftBar->addWidget(b);
    m_orderStatus->addItem(tr("Pending"), u"pending"_s);
    m_orderStatus->addItem(tr("Fulfilled"), u"fulfilled"_s);
    m_orderStatus->addItem(tr("Cancelled"), u"cancelled"_s);
    m_orderStatus->addItem(tr("All"), QString());
    auto *fulfil = button(this, tr("Hand &out"), "fulfilButton");
    auto *cancel = button(this, tr("Cancel and refund…"), "cancelOrderButton");
    auto *orderBar = new QHBoxLayout;
    orderBar->addWidget(new QLabel(tr("<b>Redemption orders</b>"), this));
    orderBar->addWidget(m_orderStatus);
    orderBar->addStretch();
    orderBar->addWidget(fulfil);
    orderBar->addWidget(cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(giftBar);
    layout->addWidget(m_gifts, 2);
    layout->addLayout(orderBar);
    layout->addWidget(m_orders, 3);
    connect(add, &QPushButton::clicked, this, [this] { editGift(true); });
    connect(edit, &QPushButton::clicked, this, [this] { editGift(false); });
    connect(m_gifts, &QTreeWidget::itemActivated, this, [this] { editGift(false); });
    connect(stock, &QPushButton::clicked, this, &GiftsTab::changeStock);
    connect(m_orderStatus, &QComboBox::currentIndexChanged, this, &GiftsTab::reload);
    connect(fulfil, &QPushButton::clicked, this, [this] { closeOrder(true); });
    connect(cancel, &QPushButton::clicked, this, [this] { closeOrder(false); });
}

void GiftsTab::reload()
{
    m_gifts->clear();
    if (auto gifts = services::GiftService(m_app.services).gifts(false)) {
        for (const services::Gift &g : *gifts) {
            auto *item = new QTreeWidgetItem(
                m_gifts, {g.name, QLocale().toString(g.points), QLocale().toString(g.stock), g.active ? tr("Yes") : tr("No")});
            item->setData(0, Qt::UserRole, g.id);
            if (g.stock == 0)
                item->setForeground(2, QColor(0xc6, 0x28, 0x28));
        }
    }
    fit(m_gifts);
    m_orders->clear();
    if (auto orders = services::GiftService(m_app.services).orders(m_app.session, m_orderStatus->currentData().toString())) {
        for (const services::RedemptionOrder &o : *orders) {
            auto *item = new QTreeWidgetItem(m_orders, {QString::number(o.id), when(o.orderedAt), o.customerName, o.giftName,
                                                        QString::number(o.quantity), QLocale().toString(o.points),
                                                        ClubText::orderStatus(o.status), o.orderedBy, o.note});
            item->setData(0, Qt::UserRole, o.id);
        }
    }
    fit(m_orders);
}

void GiftsTab::editGift(bool create)
{
    services::Gift g;
    if (!create) {
        QTreeWidgetItem *item = m_gifts->currentItem();
        if (!item)
            return;
        auto all = services::GiftService(m_app.services).gifts(false);
        if (!all)
            return;
        for (const services::Gift &x : *all)
            if (x.id == item->data(0, Qt::UserRole).toLongLong())
                g = x;
    }
    FormDialog d(this, create ? tr("New gift") : tr("Edit gift"));
    auto *name = new QLineEdit(g.name, &d.dialog);
    auto *points = new QSpinBox(&d.dialog);
    points->setRange(1, 10000000);
    points->setValue(int(std::max<qint64>(1, g.points)));
    auto *stock = new QSpinBox(&d.dialog);
    stock->setRange(0, 1000000);
    stock->setValue(int(g.stock));
    stock->setEnabled(create); // later changes go through "Stock in/out", which orders cannot race
    auto *offered = new QComboBox(&d.dialog);
    offered->addItem(tr("Offered"), true);
    offered->addItem(tr("Withdrawn"), false);
    offered->setCurrentIndex(g.active ? 0 : 1);
    d.form->addRow(tr("Name"), name);
    d.form->addRow(tr("Points"), points);
    d.form->addRow(tr("Stock"), stock);
    d.form->addRow(tr("Catalogue"), offered);
    if (d.exec([&]() -> Status {
            services::Gift edited{g.id, name->text(), points->value(), stock->value(), offered->currentData().toBool(), g.note};
            auto r = services::GiftService(m_app.services).saveGift(m_app.session, edited);
            return r ? Status() : Status(r.error());
        }))
        reload();
}

void GiftsTab::changeStock()
{
    QTreeWidgetItem *item = m_gifts->currentItem();
    if (!item)
        return;
    bool ok = false;
    const int delta =
        QInputDialog::getInt(this, tr("Stock in/out"), tr("%1: add (or, negative, take out) how many?").arg(item->text(0)), 10,
                             -1000000, 1000000, 1, &ok);
    if (!ok)
        return;
    if (auto s = services::GiftService(m_app.services).addStock(m_app.session, item->data(0, Qt::UserRole).toLongLong(), delta);
        !s)
        showError(this, tr("Stock in/out"), s.error());
    reload();
}

void GiftsTab::closeOrder(bool fulfil)
{
    QTreeWidgetItem *item = m_orders->currentItem();
    if (!item)
        return;
    const qint64 id = item->data(0, Qt::UserRole).toLongLong();
    services::GiftService gifts(m_app.services);
    Status s;
    if (fulfil) {
        s = gifts.fulfil(m_app.session, id);
    } else {
        bool ok = false;
        const QString reason = QInputDialog::getText(this, tr("Cancel order %1").arg(id),
                                                     tr("The points go back to the member and the gift back into stock. Reason:"),
                                                     QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return;
        s = gifts.cancelOrder(m_app.session, id, reason);
    }
    if (!s)
        showError(this, tr("Redemption orders"), s.error());
    reload();
}

// --- Activities --------------------------------------------------------------------------------

ActivitiesTab::ActivitiesTab(AppContext &app, QWidget *parent)
    : QWidget(parent), m_app(app), m_list(tree(this, "activityList",
                                               {tr("Starts"), tr("Activity"), tr("Place"), tr("Places"), tr("Registered"),
                                                tr("Attended"), tr("Points"), tr("Status")})),
      m_people(
          tree(this, "attendeeList", {tr("Member"), tr("Card"), tr("Tier"), tr("Status"), tr("Registered"), tr("Checked in")})),
      m_summary(new QLabel(this))
{
    auto *add = button(this, tr("New activity…"), "newActivityButton");
    auto *edit = button(this, tr("Edit…"), "editActivityButton");
    auto *cancel = button(this, tr("Cancel activity…"), "cancelActivityButton");
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("<b>Activities</b> (last 3 months and coming)"), this));
    bar->addStretch();
    for (QPushButton *b : {add, edit, cancel})
        bar->addWidget(b);
    auto *reg = button(this, tr("&Register a member…"), "registerButton");
    auto *unreg = button(this, tr("Cancel registration"), "unregisterButton");
    auto *check = button(this, tr("Check &in"), "checkInButton");
    auto *exportButton = button(this, tr("Export attendance…"), "exportAttendanceButton");
    auto *peopleBar = new QHBoxLayout;
    peopleBar->addWidget(m_summary);
    peopleBar->addStretch();
    for (QPushButton *b : {reg, unreg, check, exportButton})
        peopleBar->addWidget(b);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_list, 2);
    layout->addLayout(peopleBar);
    layout->addWidget(m_people, 3);
    connect(add, &QPushButton::clicked, this, [this] { editActivity(true); });
    connect(edit, &QPushButton::clicked, this, [this] { editActivity(false); });
    connect(cancel, &QPushButton::clicked, this, [this] {
        if (!currentActivity())
            return;
        bool ok = false;
        const QString reason =
            QInputDialog::getText(this, tr("Cancel activity"), tr("Why is it cancelled? (Registered members should be told.)"),
                                  QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return;
        if (auto s = services::ActivityService(m_app.services).cancel(m_app.session, currentActivity(), reason); !s)
            showError(this, tr("Cancel activity"), s.error());
        reload();
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ActivitiesTab::showAttendees);
    connect(reg, &QPushButton::clicked, this, &ActivitiesTab::registerMember);
    connect(unreg, &QPushButton::clicked, this, [this] {
        QTreeWidgetItem *p = m_people->currentItem();
        if (!p || !currentActivity())
            return;
        if (auto s = services::ActivityService(m_app.services)
                         .cancelRegistration(m_app.session, currentActivity(), p->data(0, Qt::UserRole).toLongLong());
            !s)
            showError(this, tr("Cancel registration"), s.error());
        reload();
    });
    connect(check, &QPushButton::clicked, this, &ActivitiesTab::checkIn);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        if (!currentActivity())
            return;
        const QString path = QFileDialog::getSaveFileName(this, tr("Export attendance"),
                                                          QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                                          tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
        if (path.isEmpty())
            return;
        if (auto s = services::ActivityService(m_app.services).exportAttendance(m_app.session, currentActivity(), path); !s)
            showError(this, tr("Export attendance"), s.error());
    });
}

qint64 ActivitiesTab::currentActivity() const
{
    return m_list->currentItem() ? m_list->currentItem()->data(0, Qt::UserRole).toLongLong() : 0;
}

void ActivitiesTab::reload()
{
    const qint64 keep = currentActivity();
    const QDate today = m_app.services.clock.nowUtc().toLocalTime().date();
    m_list->clear();
    auto rows = services::ActivityService(m_app.services).activities(m_app.session, today.addMonths(-3), today.addYears(1));
    if (!rows)
        return;
    for (const services::Activity &a : *rows) {
        auto *item =
            new QTreeWidgetItem(m_list, {local(a.startsAt), a.title, a.place, QString::number(a.capacity),
                                         QString::number(a.registered), QString::number(a.attended), QString::number(a.points),
                                         a.status == u"open"_s ? tr("Open") : tr("Cancelled")});
        item->setData(0, Qt::UserRole, a.id);
        if (a.startsAt.date() == today)
            item->setBackground(0, QColor(0xff, 0xf3, 0xc4));
        if (a.id == keep)
            m_list->setCurrentItem(item);
    }
    fit(m_list);
    showAttendees();
}

void ActivitiesTab::showAttendees()
{
    m_people->clear();
    const qint64 id = currentActivity();
    if (!id) {
        m_summary->setText(tr("Choose an activity to see who is coming."));
        return;
    }
    auto people = services::ActivityService(m_app.services).attendees(m_app.session, id);
    if (!people)
        return;
    int attended = 0;
    for (const services::Attendee &p : *people) {
        auto *item =
            new QTreeWidgetItem(m_people, {p.customerName, p.cardNumber, ClubText::tier(p.tier),
                                           ClubText::registrationStatus(p.status), when(p.registeredAt), when(p.checkedInAt)});
        item->setData(0, Qt::UserRole, p.memberId);
        attended += p.status == u"attended"_s;
    }
    fit(m_people);
    m_summary->setText(tr("%n registration(s), %1 checked in", nullptr, int(people->size())).arg(attended));
}

void ActivitiesTab::editActivity(bool create)
{
    services::Activity a;
    if (!create) {
        if (!currentActivity())
            return;
        auto got = services::ActivityService(m_app.services).activity(m_app.session, currentActivity());
        if (!got)
            return;
        a = *got;
    } else {
        a.startsAt = QDateTime(m_app.services.clock.nowUtc().toLocalTime().date().addDays(14), QTime(9, 30));
        a.capacity = 30;
        a.points = 100;
    }
    FormDialog d(this, create ? tr("New activity") : tr("Edit activity"));
    auto *title = new QLineEdit(a.title, &d.dialog);
    auto *starts = new QDateTimeEdit(a.startsAt, &d.dialog);
    starts->setCalendarPopup(true);
    starts->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    auto *place = new QLineEdit(a.place, &d.dialog);
    auto *capacity = new QSpinBox(&d.dialog);
    capacity->setRange(1, 100000);
    capacity->setValue(a.capacity);
    auto *points = new QSpinBox(&d.dialog);
    points->setRange(0, 100000);
    points->setValue(int(a.points));
    d.form->addRow(tr("Title"), title);
    d.form->addRow(tr("Starts"), starts);
    d.form->addRow(tr("Place"), place);
    d.form->addRow(tr("Places"), capacity);
    d.form->addRow(tr("Points for attending"), points);
    if (d.exec([&]() -> Status {
            a.title = title->text();
            a.startsAt = starts->dateTime();
            a.place = place->text();
            a.capacity = capacity->value();
            a.points = points->value();
            auto r = services::ActivityService(m_app.services).save(m_app.session, a);
            return r ? Status() : Status(r.error());
        }))
        reload();
}

void ActivitiesTab::registerMember()
{
    if (!currentActivity())
        return;
    const qint64 member = pickMember(m_app, this, tr("Register a member"));
    if (!member)
        return;
    if (auto s = services::ActivityService(m_app.services).registerMember(m_app.session, currentActivity(), member); !s)
        showError(this, tr("Register a member"), s.error());
    reload();
}

void ActivitiesTab::checkIn()
{
    QTreeWidgetItem *p = m_people->currentItem();
    if (!p || !currentActivity())
        return;
    auto r = services::ActivityService(m_app.services)
                 .checkIn(m_app.session, currentActivity(), p->data(0, Qt::UserRole).toLongLong());
    if (!r)
        showError(this, tr("Check in"), r.error());
    reload();
}

// --- Member services ---------------------------------------------------------------------------

ServicesTab::ServicesTab(AppContext &app, QWidget *parent)
    : QWidget(parent), m_app(app), m_from(new QDateEdit(this)), m_to(new QDateEdit(this)),
      m_list(tree(this, "serviceList",
                  {tr("Starts"), tr("Ends"), tr("Service"), tr("Member"), tr("Vehicle"), tr("Car / driver"), tr("Status"),
                   tr("Address"), tr("Note")})),
      m_resources(tree(this, "resourceList", {tr("Resource"), tr("Kind"), tr("In use")}))
{
    const QDate today = m_app.services.clock.nowUtc().toLocalTime().date();
    m_from->setDate(today.addDays(-14));
    m_to->setDate(today.addDays(30));
    for (QDateEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(u"yyyy-MM-dd"_s);
    }
    auto *book = button(this, tr("&Book a service…"), "bookServiceButton");
    auto *done = button(this, tr("Done"), "serviceDoneButton");
    auto *cancel = button(this, tr("Cancel…"), "serviceCancelButton");
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("From"), this));
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(tr("to"), this));
    bar->addWidget(m_to);
    bar->addStretch();
    for (QPushButton *b : {book, done, cancel})
        bar->addWidget(b);
    auto *addResource = button(this, tr("Add a car or driver…"), "addResourceButton");
    auto *retire = button(this, tr("Retire / bring back"), "retireResourceButton");
    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(new QLabel(tr("<b>Replacement cars and drivers</b>"), this));
    sideLayout->addWidget(m_resources, 1);
    sideLayout->addWidget(addResource);
    sideLayout->addWidget(retire);
    auto *split = new QSplitter(this);
    split->addWidget(m_list);
    split->addWidget(side);
    split->setSizes({900, 300});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    connect(m_from, &QDateEdit::dateChanged, this, &ServicesTab::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &ServicesTab::reload);
    connect(book, &QPushButton::clicked, this, &ServicesTab::book);
    connect(done, &QPushButton::clicked, this, [this] { close(u"done"_s); });
    connect(cancel, &QPushButton::clicked, this, [this] { close(u"cancelled"_s); });
    connect(addResource, &QPushButton::clicked, this, &ServicesTab::addResource);
    connect(retire, &QPushButton::clicked, this, [this] {
        QTreeWidgetItem *item = m_resources->currentItem();
        if (!item)
            return;
        const bool active = item->data(0, Qt::UserRole + 1).toBool();
        if (auto s = services::MemberServiceDesk(m_app.services)
                         .setResourceActive(m_app.session, item->data(0, Qt::UserRole).toLongLong(), !active);
            !s)
            showError(this, tr("Replacement cars and drivers"), s.error());
        reload();
    });
}

void ServicesTab::reload()
{
    m_list->clear();
    if (auto rows =
            services::MemberServiceDesk(m_app.services).requests(m_app.session, m_from->date(), m_to->date(), QString())) {
        for (const services::MemberServiceRequest &r : *rows) {
            auto *item = new QTreeWidgetItem(m_list, {local(r.startsAt), local(r.endsAt), ClubText::serviceKind(r.kind),
                                                      r.customerName, r.vehicleLabel, r.resourceName,
                                                      ClubText::serviceStatus(r.status), r.address, r.note});
            item->setData(0, Qt::UserRole, r.id);
        }
    }
    fit(m_list);
    m_resources->clear();
    if (auto rows = services::MemberServiceDesk(m_app.services).resources(false)) {
        for (const services::ServiceResource &r : *rows) {
            auto *item =
                new QTreeWidgetItem(m_resources, {r.name, ClubText::resourceKind(r.kind), r.active ? tr("Yes") : tr("Retired")});
            item->setData(0, Qt::UserRole, r.id);
            item->setData(0, Qt::UserRole + 1, r.active);
        }
    }
    fit(m_resources);
}

void ServicesTab::book()
{
    const qint64 member = pickMember(m_app, this, tr("Book a service"));
    if (!member)
        return;
    auto view = services::ClubService(m_app.services).member(m_app.session, member);
    if (!view) {
        showError(this, tr("Book a service"), view.error());
        return;
    }
    auto card = services::CustomerService(m_app.services).card(m_app.session, view->customerId);
    auto resources = services::MemberServiceDesk(m_app.services).resources(true);
    if (!card || !resources)
        return;
    FormDialog d(this, tr("Book a service for %1").arg(view->customerName));
    auto *kind = new QComboBox(&d.dialog);
    for (const QString &k : ClubText::serviceKinds())
        kind->addItem(ClubText::serviceKind(k), k);
    auto *vehicle = new QComboBox(&d.dialog);
    for (const data::VehicleRow &v : card->vehicles)
        vehicle->addItem(u"%1  %2"_s.arg(v.plate, v.model), v.id);
    const QDateTime start(m_app.services.clock.nowUtc().toLocalTime().date().addDays(1), QTime(9, 0));
    auto *starts = new QDateTimeEdit(start, &d.dialog);
    auto *ends = new QDateTimeEdit(start.addSecs(3 * 3600), &d.dialog);
    for (QDateTimeEdit *e : {starts, ends}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    }
    auto *resource = new QComboBox(&d.dialog);
    auto fillResources = [&] {
        resource->clear();
        const QString needs = crm::club::resourceKindFor(kind->currentData().toString());
        resource->addItem(needs.isEmpty() ? tr("(none needed)") : tr("(choose)"), 0);
        for (const services::ServiceResource &r : *resources)
            if (r.kind == needs)
                resource->addItem(r.name, r.id);
    };
    fillResources();
    QObject::connect(kind, &QComboBox::currentIndexChanged, &d.dialog, fillResources);
    auto *address = new QLineEdit(&d.dialog);
    auto *note = new QLineEdit(&d.dialog);
    d.form->addRow(tr("Service"), kind);
    d.form->addRow(tr("Vehicle"), vehicle);
    d.form->addRow(tr("Starts"), starts);
    d.form->addRow(tr("Ends"), ends);
    d.form->addRow(tr("Car / driver"), resource);
    d.form->addRow(tr("Address (pick-up)"), address);
    d.form->addRow(tr("Note"), note);
    if (d.exec([&]() -> Status {
            services::MemberServiceRequest r;
            r.memberId = member;
            r.kind = kind->currentData().toString();
            r.vehicleId = vehicle->currentData().toLongLong();
            r.startsAt = starts->dateTime();
            r.endsAt = ends->dateTime();
            r.resourceId = resource->currentData().toLongLong();
            r.address = address->text();
            r.note = note->text();
            auto id = services::MemberServiceDesk(m_app.services).book(m_app.session, r);
            return id ? Status() : Status(id.error());
        }))
        reload();
}

void ServicesTab::close(const QString &status)
{
    QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    QString note;
    if (status == u"cancelled"_s) {
        bool ok = false;
        note = QInputDialog::getText(this, tr("Cancel the service"), tr("Why is it cancelled? (The reminder call is withdrawn.)"),
                                     QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return;
    }
    if (auto s = services::MemberServiceDesk(m_app.services)
                     .close(m_app.session, item->data(0, Qt::UserRole).toLongLong(), status, note);
        !s)
        showError(this, tr("Member services"), s.error());
    reload();
}

void ServicesTab::addResource()
{
    bool ok = false;
    const QStringList kinds{ClubText::resourceKind(u"car"_s), ClubText::resourceKind(u"driver"_s)};
    const QString kind = QInputDialog::getItem(this, tr("Add a car or driver"), tr("Kind:"), kinds, 0, false, &ok);
    if (!ok)
        return;
    const QString name = QInputDialog::getText(this, tr("Add a car or driver"), tr("Plate and model, or the driver's name:"),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    if (auto r = services::MemberServiceDesk(m_app.services)
                     .addResource(m_app.session, kinds.indexOf(kind) == 0 ? u"car"_s : u"driver"_s, name);
        !r)
        showError(this, tr("Add a car or driver"), r.error());
    reload();
}

// --- Leads -------------------------------------------------------------------------------------

LeadsTab::LeadsTab(AppContext &app, QWidget *parent)
    : QWidget(parent), m_app(app), m_status(new QComboBox(this)), m_source(new QComboBox(this)), m_overdue(new QComboBox(this)),
      m_text(new QLineEdit(this)), m_list(tree(this, "leadList",
                                               {tr("No."), tr("Created"), tr("Prospect"), tr("Mobile"), tr("Source"), tr("Model"),
                                                tr("Consultant"), tr("Status"), tr("Referred by")})),
      m_events(tree(this, "leadEvents", {tr("When"), tr("Who"), tr("From"), tr("To"), tr("Note")})),
      m_overdueLabel(new QLabel(this))
{
    m_status->setObjectName(u"leadStatus"_s);
    m_status->addItem(tr("Open"), u"open"_s);
    for (const QString &s : ClubText::leadStatuses())
        m_status->addItem(ClubText::leadStatus(s), s);
    m_status->addItem(tr("All"), QString());
    m_source->addItem(tr("Every source"), QString());
    for (const QString &s : ClubText::leadSources())
        m_source->addItem(ClubText::leadSource(s), s);
    m_overdue->addItem(tr("All"), false);
    m_overdue->addItem(tr("Overdue for contact"), true);
    m_text->setPlaceholderText(tr("Name or mobile"));
    m_text->setClearButtonEnabled(true);
    auto *add = button(this, tr("&New lead…"), "newLeadButton");
    auto *next = button(this, tr("Next &step…"), "leadStepButton");
    auto *import = button(this, tr("&Import…"), "importLeadsButton");
    auto *bar = new QHBoxLayout;
    for (QWidget *w : std::initializer_list<QWidget *>{m_status, m_source, m_overdue, m_text})
        bar->addWidget(w);
    bar->addWidget(m_overdueLabel);
    bar->addStretch();
    for (QPushButton *b : {add, next, import})
        bar->addWidget(b);
    m_overdueLabel->setStyleSheet(u"color:#c62828"_s);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_list);
    split->addWidget(m_events);
    split->setSizes({500, 160});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    for (QComboBox *c : {m_status, m_source, m_overdue})
        connect(c, &QComboBox::currentIndexChanged, this, &LeadsTab::reload);
    connect(m_text, &QLineEdit::returnPressed, this, &LeadsTab::reload);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &LeadsTab::showLead);
    connect(m_list, &QTreeWidget::itemActivated, this, &LeadsTab::step);
    connect(add, &QPushButton::clicked, this, &LeadsTab::newLead);
    connect(next, &QPushButton::clicked, this, &LeadsTab::step);
    connect(import, &QPushButton::clicked, this, &LeadsTab::importFile);
}

qint64 LeadsTab::currentLead() const
{
    return m_list->currentItem() ? m_list->currentItem()->data(0, Qt::UserRole).toLongLong() : 0;
}

void LeadsTab::reload()
{
    services::LeadFilter f;
    f.status = m_status->currentData().toString();
    f.source = m_source->currentData().toString();
    f.overdueOnly = m_overdue->currentData().toBool();
    f.text = m_text->text();
    services::LeadService leads(m_app.services);
    m_list->clear();
    auto rows = leads.list(m_app.session, f, 500);
    if (!rows) {
        showError(this, tr("Leads"), rows.error());
        return;
    }
    for (const services::Lead &l : *rows) {
        auto *item = new QTreeWidgetItem(m_list, {QString::number(l.id), when(l.createdAt), l.name, crm::Mobile::masked(l.mobile),
                                                  ClubText::leadSource(l.source), l.model, l.consultant,
                                                  ClubText::leadStatus(l.status), l.referrerName});
        item->setData(0, Qt::UserRole, l.id);
        if (l.overdue) {
            item->setForeground(7, QColor(0xc6, 0x28, 0x28));
            item->setToolTip(7, tr("Not contacted in time"));
        }
    }
    fit(m_list);
    auto overdueCount = leads.overdueCount();
    const int overdue = overdueCount ? *overdueCount : 0;
    m_overdueLabel->setText(overdue ? tr("%n lead(s) overdue for contact", nullptr, overdue) : QString());
    showLead();
}

void LeadsTab::showLead()
{
    m_events->clear();
    if (!currentLead())
        return;
    if (auto events = services::LeadService(m_app.services).events(m_app.session, currentLead()))
        for (const services::LeadEvent &e : *events)
            new QTreeWidgetItem(m_events, {when(e.at), e.by, e.from.isEmpty() ? QString() : ClubText::leadStatus(e.from),
                                           ClubText::leadStatus(e.to), e.note});
    fit(m_events);
}

void LeadsTab::newLead()
{
    FormDialog d(this, tr("New lead"));
    auto *name = new QLineEdit(&d.dialog);
    auto *mobile = new QLineEdit(&d.dialog);
    auto *source = new QComboBox(&d.dialog);
    for (const QString &s : ClubText::leadSources())
        source->addItem(ClubText::leadSource(s), s);
    auto *model = new QLineEdit(&d.dialog);
    auto *consultant = new QComboBox(&d.dialog);
    consultant->setEditable(true);
    if (auto names = services::LeadService(m_app.services).consultants())
        consultant->addItems(*names);
    consultant->setCurrentText(QString());
    auto *referrer = new QPushButton(tr("Choose the member…"), &d.dialog);
    qint64 referrerId = 0;
    QObject::connect(referrer, &QPushButton::clicked, &d.dialog, [&] {
        referrerId = pickMember(m_app, &d.dialog, tr("Referred by"));
        if (referrerId)
            if (auto m = services::ClubService(m_app.services).member(m_app.session, referrerId))
                referrer->setText(m->customerName);
    });
    auto *note = new QLineEdit(&d.dialog);
    d.form->addRow(tr("Prospect"), name);
    d.form->addRow(tr("Mobile"), mobile);
    d.form->addRow(tr("Source"), source);
    d.form->addRow(tr("Referred by"), referrer);
    d.form->addRow(tr("Model of interest"), model);
    d.form->addRow(tr("Consultant"), consultant);
    d.form->addRow(tr("Note"), note);
    if (d.exec([&]() -> Status {
            services::LeadInput in{name->text(),
                                   mobile->text(),
                                   source->currentData().toString(),
                                   {},
                                   model->text(),
                                   consultant->currentText(),
                                   note->text(),
                                   source->currentData().toString() == u"referral"_s ? referrerId : 0};
            auto id = services::LeadService(m_app.services).create(m_app.session, in);
            return id ? Status() : Status(id.error());
        }))
        reload();
}

void LeadsTab::step()
{
    const qint64 id = currentLead();
    if (!id)
        return;
    services::LeadService leads(m_app.services);
    auto lead = leads.lead(m_app.session, id);
    if (!lead)
        return;
    QStringList labels;
    QStringList ids;
    for (const QString &s : ClubText::leadStatuses())
        if (crm::club::leadStepAllowed(lead->status, s)) {
            labels << ClubText::leadStatus(s);
            ids << s;
        }
    if (ids.isEmpty()) {
        showError(this, tr("Leads"),
                  Error::invalid(tr("This lead is %1: it is closed.").arg(ClubText::leadStatus(lead->status))));
        return;
    }
    bool ok = false;
    const QString choice =
        QInputDialog::getItem(this, tr("Lead %1: %2").arg(id).arg(lead->name), tr("Now:"), labels, 0, false, &ok);
    if (!ok)
        return;
    const QString to = ids[labels.indexOf(choice)];
    const QString note =
        QInputDialog::getText(this, tr("Lead %1").arg(id), to == u"lost"_s ? tr("Why was it lost?") : tr("Note (optional):"),
                              QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    auto r = leads.step(m_app.session, id, to, note, to == u"lost"_s ? note : QString());
    if (!r)
        showError(this, tr("Leads"), r.error());
    else if (r->rewardPoints > 0)
        QMessageBox::information(this, tr("Referral reward"),
                                 tr("%1 points went to %2 for the referral.").arg(r->rewardPoints).arg(lead->referrerName));
    else if (!r->rewardProblem.isEmpty())
        QMessageBox::warning(this, tr("Referral reward"), r->rewardProblem);
    reload();
}

void LeadsTab::importFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import leads"), QStandardPaths::writableLocation(QStandardPaths::DownloadLocation),
                                     tr("Lead exports (*.csv *.xlsx)"));
    if (path.isEmpty())
        return;
    auto r = services::LeadService(m_app.services).importFile(m_app.session, path);
    if (!r) {
        showError(this, tr("Import leads"), r.error());
        return;
    }
    QString text =
        tr("%1 lead(s) added, %2 already there, %3 rejected.").arg(r->added).arg(r->alreadyThere).arg(r->rejected.size());
    for (const auto &rej : std::as_const(r->rejected).mid(0, 20))
        text += u"\n"_s + tr("line %1: %2").arg(rej.line).arg(rej.reason);
    QMessageBox::information(this, tr("Import leads"), text);
    reload();
}

// --- Figures -----------------------------------------------------------------------------------

ClubReportTab::ClubReportTab(AppContext &app, QWidget *parent)
    : QWidget(parent), m_app(app), m_from(new QDateEdit(this)), m_to(new QDateEdit(this)), m_summary(new QLabel(this)),
      m_tiers(new QTableWidget(this)), m_gifts(new QTableWidget(this)), m_conversion(new QTableWidget(this))
{
    const QDate today = m_app.services.clock.nowUtc().toLocalTime().date();
    m_from->setDate(QDate(today.year(), today.month(), 1).addMonths(-2));
    m_to->setDate(today);
    for (QDateEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(u"yyyy-MM-dd"_s);
    }
    auto *show = button(this, tr("Show"), "showClubReportButton");
    auto *exportButton = button(this, tr("Export…"), "exportClubReportButton");
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("From"), this));
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(tr("to"), this));
    bar->addWidget(m_to);
    bar->addWidget(show);
    bar->addStretch();
    bar->addWidget(exportButton);
    m_summary->setObjectName(u"clubSummary"_s);
    m_summary->setTextFormat(Qt::RichText);
    for (QTableWidget *t : {m_tiers, m_gifts, m_conversion}) {
        t->verticalHeader()->hide();
        t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    }
    m_conversion->setObjectName(u"leadConversion"_s);
    auto *tables = new QHBoxLayout;
    tables->addWidget(m_tiers, 1);
    tables->addWidget(m_gifts, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addLayout(tables, 1);
    layout->addWidget(new QLabel(tr("<b>Leads by source</b>"), this));
    layout->addWidget(m_conversion, 1);
    connect(show, &QPushButton::clicked, this, &ClubReportTab::reload);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        services::ClubReportService reports(m_app.services);
        auto r = reports.report(m_app.session, m_from->date(), m_to->date());
        if (!r) {
            showError(this, tr("Export"), r.error());
            return;
        }
        const QString path = QFileDialog::getSaveFileName(this, tr("Export club figures"),
                                                          QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                                          tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
        if (path.isEmpty())
            return;
        if (auto s = reports.exportReport(m_app.session, *r, path); !s)
            showError(this, tr("Export"), s.error());
    });
    reload();
}

void ClubReportTab::reload()
{
    auto r = services::ClubReportService(m_app.services).report(m_app.session, m_from->date(), m_to->date());
    if (!r) {
        m_summary->setText(r.error().message.toHtmlEscaped());
        return;
    }
    const QLocale l;
    m_summary->setText(
        tr("<p><b>%1</b> active members (%2 joined in the period, %3 earned or redeemed in the last 12 months). Points: "
           "<b>%4</b> issued, <b>%5</b> redeemed, <b>%6</b> expired, <b>%7</b> outstanding (the liability).</p>")
            .arg(l.toString(r->members), l.toString(r->joined), l.toString(r->activeMembers), l.toString(r->issued),
                 l.toString(r->redeemed), l.toString(r->expired), l.toString(r->outstanding)));
    auto fill = [](QTableWidget *t, const QStringList &headers, const QList<QStringList> &rows) {
        t->clear();
        t->setColumnCount(int(headers.size()));
        t->setHorizontalHeaderLabels(headers);
        t->setRowCount(int(rows.size()));
        for (int i = 0; i < rows.size(); ++i)
            for (int c = 0; c < rows[i].size(); ++c)
                t->setItem(i, c, new QTableWidgetItem(rows[i][c]));
        t->resizeColumnsToContents();
    };
    QList<QStringList> tiers;
    for (const auto &[tier, n] : r->membersByTier)
        tiers << QStringList{ClubText::tier(tier), l.toString(n)};
    fill(m_tiers, {tr("Tier"), tr("Members")}, tiers);
    QList<QStringList> gifts;
    for (const auto &g : r->redemptions)
        gifts << QStringList{g.gift, l.toString(g.orders), l.toString(g.quantity), l.toString(g.points)};
    fill(m_gifts, {tr("Gift"), tr("Orders"), tr("Quantity"), tr("Points")}, gifts);
    QList<QStringList> conversion;
    for (const services::ConversionRow &c : r->leadsBySource)
        conversion << QStringList{ClubText::leadSource(c.key), l.toString(c.leads),
                                  l.toString(c.contacted),     l.toString(c.testDrives),
                                  l.toString(c.ordered),       l.toString(c.delivered),
                                  l.toString(c.lost),          l.toString(c.rate() * 100, 'f', 1) + u" %"_s};
    fill(m_conversion,
         {tr("Source"), tr("Leads"), tr("Contacted"), tr("Test drives"), tr("Ordered"), tr("Delivered"), tr("Lost"),
          tr("Conversion")},
         conversion);
}

} // namespace crm::ui::club
