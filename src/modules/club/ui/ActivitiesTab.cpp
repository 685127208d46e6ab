#include "club/ui/ActivitiesTab.h"

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
#include "ui/common/FileDialogs.h"
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
        const QString path =
            askSavePath(this, tr("Export attendance"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
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
                                         a.status != u"open"_s        ? tr("Cancelled")
                                         : a.startsAt.date() < today  ? tr("Held")
                                         : a.startsAt.date() == today ? tr("Today")
                                                                      : tr("Open for registration")});
        item->setData(0, Qt::UserRole, a.id);
        if (a.startsAt.date() == today)
            item->setBackground(0, QColor(0xff, 0xf3, 0xc4));
        if (a.startsAt.date() < today || a.status != u"open"_s)
            for (int c = 0; c < m_list->columnCount(); ++c)
                item->setForeground(c, QColor(0x78, 0x90, 0x9c)); // past and cancelled recede
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

} // namespace crm::ui::club
