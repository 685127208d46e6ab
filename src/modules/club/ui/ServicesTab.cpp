#include "club/ui/ServicesTab.h"

#include "archives/services/CustomerService.h"
#include "archives/ui/Dialogs.h"
#include "club/core/ClubRules.h"
#include "club/services/ActivityService.h"
#include "club/services/ClubReportService.h"
#include "club/services/ClubService.h"
#include "club/services/GiftService.h"
#include "club/services/MemberServiceDesk.h"
#include "club/ui/Pickers.h"
#include "core/Mobile.h"
#include "leads/services/LeadService.h"
#include "ui/common/FormDialog.h"
#include "ui/common/Messages.h"
#include "ui/common/Widgets.h"

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

} // namespace crm::ui::club
