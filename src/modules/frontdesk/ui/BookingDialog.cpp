#include "frontdesk/ui/BookingDialog.h"

#include "archives/services/CustomerService.h"
#include "club/ui/Pickers.h"
#include "ui/common/FormDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace crm::ui::frontdesk {

// The day's slots into the combo, each with its free places; the one at `keep` stays chosen.
void BookingDialog::fillSlots(services::AppointmentService &book, QComboBox *slotBox, QLabel *dayLoad, const QDate &day,
                              const QTime &keep)
{
    slotBox->clear();
    auto cap = book.capacity(day);
    if (!cap) {
        dayLoad->setText(cap.error().message);
        return;
    }
    if (!cap->open) {
        dayLoad->setText(tr("The store is closed that day."));
        return;
    }
    for (const services::SlotLoad &s : cap->slots_) {
        const QString text = s.free() > 0 ? tr("%1  (%2 free)").arg(s.start.toString(u"HH:mm"_s)).arg(s.free())
                                          : tr("%1  (full)").arg(s.start.toString(u"HH:mm"_s));
        slotBox->addItem(text, s.start);
        if (s.start == keep)
            slotBox->setCurrentIndex(slotBox->count() - 1);
    }
    dayLoad->setText(tr("Labour booked %1 of %2 h")
                         .arg(QLocale().toString(cap->labourBooked / 60.0, 'f', 1))
                         .arg(QLocale().toString(cap->labourCapacity / 60.0, 'f', 0)));
}

qint64 BookingDialog::run(AppContext &app, QWidget *parent, const BookingStart &start)
{
    BookingStart s = start;
    std::optional<data::Appointment> old;
    services::AppointmentService book(app.services);
    if (s.rescheduleId) {
        auto a = book.appointment(app.session, s.rescheduleId);
        if (!a || !*a)
            return 0;
        old = **a;
        s.customerId = old->customerId;
        s.customerName = old->customerName;
        s.vehicleId = old->vehicleId;
        s.source = old->source;
    }
    if (!s.customerId) {
        s.customerId = club::pickCustomer(app, parent, tr("Book an appointment: who comes?"));
        if (!s.customerId)
            return 0;
    }
    auto card = services::CustomerService(app.services).card(app.session, s.customerId);
    if (!card)
        return 0;
    FormDialog d(parent, old ? tr("Move the appointment") : tr("Book a service appointment"));
    d.dialog.setObjectName(u"bookingDialog"_s);
    auto *who = new QLabel(card->customer.name, &d.dialog);
    who->setObjectName(u"bookingCustomer"_s);
    auto *vehicle = new QComboBox(&d.dialog);
    vehicle->setObjectName(u"bookingVehicle"_s);
    vehicle->addItem(tr("(no vehicle)"), qint64(0));
    for (const data::VehicleRow &v : card->vehicles)
        if (v.status == u"active"_s) {
            vehicle->addItem(u"%1 %2"_s.arg(v.model, v.plate.isEmpty() ? v.vin : v.plate), v.id);
            if (v.id == s.vehicleId || (!s.vehicleId && vehicle->count() == 2))
                vehicle->setCurrentIndex(vehicle->count() - 1);
        }
    auto *job = new QComboBox(&d.dialog);
    job->setObjectName(u"bookingJob"_s);
    if (auto jobs = book.items(u"job_type"_s))
        for (const data::DeskListItem &j : *jobs)
            job->addItem(tr("%1 (%2 h)").arg(j.title, QLocale().toString(j.minutes / 60.0, 'f', 1)), j.code);
    if (old)
        job->setCurrentIndex(qMax(0, job->findData(old->jobType)));
    auto *day = new QDateEdit(&d.dialog);
    day->setObjectName(u"bookingDay"_s);
    day->setCalendarPopup(true);
    day->setDisplayFormat(u"yyyy-MM-dd ddd"_s);
    auto *slotBox = new QComboBox(&d.dialog);
    slotBox->setObjectName(u"bookingSlot"_s);
    auto *dayLoad = new QLabel(&d.dialog);
    dayLoad->setObjectName(u"bookingDayLoad"_s);
    auto *nextFree = new QPushButton(tr("&Next free slot"), &d.dialog);
    nextFree->setObjectName(u"bookingNextFree"_s);
    auto *advisor = new QComboBox(&d.dialog);
    advisor->setObjectName(u"bookingAdvisor"_s);
    advisor->addItem(tr("(reception assigns)"), QString());
    if (auto advisors = book.items(u"advisor"_s))
        for (const data::DeskListItem &a : *advisors)
            advisor->addItem(a.title, a.code);
    if (old)
        advisor->setCurrentIndex(qMax(0, advisor->findData(old->advisor)));
    auto *source = new QComboBox(&d.dialog);
    source->setObjectName(u"bookingSource"_s);
    for (const QString &id : services::AppointmentService::sources())
        source->addItem(services::AppointmentService::sourceTitle(id), id);
    source->setCurrentIndex(qMax(0, source->findData(s.source)));
    auto *notes = new QLineEdit(old ? old->notes : QString(), &d.dialog);
    notes->setObjectName(u"bookingNotes"_s);
    notes->setMaxLength(500);
    auto *reason = new QLineEdit(&d.dialog);
    reason->setObjectName(u"bookingReason"_s);
    auto *override = new QCheckBox(tr("Book past a full slot or day (manager)"), &d.dialog);
    override->setObjectName(u"bookingOverride"_s);
    override->setVisible(!old && app.session.can(Permission::OverrideCapacity));

    // The first free place from the day asked for (or tomorrow), so OK books at once.
    const QDateTime now = app.services.clock.nowUtc().toLocalTime();
    QDateTime first = QDateTime(s.day.isValid() && s.day > now.date() ? s.day : now.date(), QTime(0, 0));
    if (first < now)
        first = now;
    auto free = book.nextFree(first, 1);
    const QDateTime chosen = free && !free->isEmpty() ? free->first() : first;
    day->setDate(chosen.date());
    fillSlots(book, slotBox, dayLoad, chosen.date(), chosen.time());
    QObject::connect(day, &QDateEdit::dateChanged, slotBox,
                     [&](const QDate &dd) { fillSlots(book, slotBox, dayLoad, dd, slotBox->currentData().toTime()); });
    QObject::connect(nextFree, &QPushButton::clicked, slotBox, [&] {
        const QTime after = slotBox->currentData().toTime();
        auto next = book.nextFree(QDateTime(day->date(), after.isValid() ? after.addSecs(60) : QTime(0, 0)), 1);
        if (next && !next->isEmpty()) {
            day->setDate(next->first().date());
            fillSlots(book, slotBox, dayLoad, next->first().date(), next->first().time());
        }
    });
    auto *when = new QHBoxLayout;
    when->addWidget(day);
    when->addWidget(slotBox, 1);
    when->addWidget(nextFree);
    d.form->addRow(tr("Customer:"), who);
    d.form->addRow(tr("&Vehicle:"), vehicle);
    d.form->addRow(tr("&Job:"), job);
    d.form->addRow(tr("&When:"), when);
    d.form->addRow(QString(), dayLoad);
    d.form->addRow(tr("&Advisor:"), advisor);
    d.form->addRow(tr("&Source:"), source);
    d.form->addRow(tr("&Note:"), notes);
    d.form->addRow(QString(), override);
    d.form->addRow(old ? tr("&Why it moves:") : tr("&Why (override):"), reason);
    qint64 made = 0;
    if (!d.exec([&]() -> Status {
            const QTime slot = slotBox->currentData().toTime();
            if (!slot.isValid())
                return Error::invalid(tr("When: the store is closed that day; choose another."));
            const QDateTime at(day->date(), slot);
            if (old) {
                auto moved = book.reschedule(app.session, old->id, at, reason->text());
                if (!moved)
                    return moved.error();
                made = *moved;
                return {};
            }
            services::BookingRequest r;
            r.customerId = s.customerId;
            r.vehicleId = vehicle->currentData().toLongLong();
            r.at = at;
            r.jobType = job->currentData().toString();
            r.advisor = advisor->currentData().toString();
            r.source = source->currentData().toString();
            r.notes = notes->text();
            r.override = override->isChecked();
            r.overrideReason = reason->text();
            auto id = book.book(app.session, r);
            if (!id)
                return id.error();
            made = *id;
            return {};
        }))
        return 0;
    return made;
}

} // namespace crm::ui::frontdesk
