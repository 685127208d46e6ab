#include "frontdesk/services/AppointmentService.h"

#include "archives/data/CustomerRepository.h"
#include "core/Titles.h"
#include "data/Transaction.h"
#include "followups/data/FollowupRepository.h"
#include "followups/services/FollowupService.h"
#include "services/SettingsService.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace crm::services {
namespace {
using AS = frontdesk::Status; // the appointment's status (crm::Status is a result)
const QString kLocal = u"yyyy-MM-ddTHH:mm"_s;

constexpr Titled kSources[] = {{"inbound_call", QT_TRANSLATE_NOOP("crm::services::AppointmentService", "Inbound call")},
                               {"outbound_call", QT_TRANSLATE_NOOP("crm::services::AppointmentService", "Follow-up call")},
                               {"campaign", QT_TRANSLATE_NOOP("crm::services::AppointmentService", "Campaign")},
                               {"walk_in", QT_TRANSLATE_NOOP("crm::services::AppointmentService", "Walk-in")},
                               {"club", QT_TRANSLATE_NOOP("crm::services::AppointmentService", "Club member service")}};

QString taskKey(qint64 id)
{
    return u"appointment:%1"_s.arg(id);
}

frontdesk::OpeningHours::Day dayOf(const QString &spans)
{
    frontdesk::OpeningHours::Day d;
    if (auto parsed = followups::QuietHours::parse(spans)) // the same "HH:mm-HH:mm,…" form
        d.spans = parsed->spans;
    return d;
}

QStringList idsOf(const QList<AS> &statuses)
{
    QStringList out;
    for (AS s : statuses)
        out << frontdesk::statusId(s);
    return out;
}

// The statuses an appointment may leave for `to`.
QStringList fromFor(AS to)
{
    QList<AS> out;
    for (AS s : {AS::Booked, AS::Confirmed, AS::Arrived, AS::Completed, AS::NoShow, AS::Cancelled, AS::Rescheduled})
        if (frontdesk::canMove(s, to))
            out << s;
    return idsOf(out);
}
} // namespace

QStringList AppointmentService::sources()
{
    return idsIn(kSources);
}

QString AppointmentService::sourceTitle(const QString &id)
{
    return titleIn(kSources, "crm::services::AppointmentService", id, id);
}

BookSettings AppointmentService::bookSettings()
{
    // One read of the settings table (a day view on PostgreSQL paid a round trip per setting).
    const QMap<QString, QString> v = SettingsService(m_ctx).values();
    BookSettings b;
    for (int weekday = 1; weekday <= 7; ++weekday)
        b.hours.days[size_t(weekday - 1)] = dayOf(v.value(settings::deskHoursKey(weekday)));
    b.hours.closedDates = frontdesk::parseClosedDates(v.value(settings::kDeskClosedDays));
    b.capacity.slotMinutes = v.value(settings::kDeskSlotMinutes).toInt();
    b.capacity.perSlot = v.value(settings::kDeskPerSlot).toInt();
    b.capacity.labourPerDay = v.value(settings::kDeskLabourPerDay).toInt();
    const int perAdvisor = v.value(settings::kDeskLabourPerAdvisor).toInt();
    b.capacity.labourPerAdvisor = perAdvisor > 0 ? perAdvisor : 1e9;
    b.graceMinutes = v.value(settings::kDeskNoShowGrace).toInt();
    b.arrivalWindowDays = v.value(settings::kDeskArrivalWindow).toInt();
    return b;
}

Result<DayCapacity> AppointmentService::capacity(const QDate &day)
{
    return capacity(day, bookSettings());
}

Result<DayCapacity> AppointmentService::capacity(const QDate &day, const BookSettings &b)
{
    auto load = data::AppointmentRepository(m_ctx.db).load(day);
    if (!load)
        return load.error();
    DayCapacity out{day, b.hours.isOpenOn(day), {}, load->labourMinutes, int(b.capacity.labourPerDay * 60)};
    for (const QTime &t : frontdesk::slotsOf(day, b.hours, b.capacity.slotMinutes))
        out.slots_ << SlotLoad{t, load->perSlot.value(t.toString(u"HH:mm"_s)), b.capacity.perSlot};
    return out;
}

Result<QList<QDateTime>> AppointmentService::nextFree(const QDateTime &from, int count)
{
    QList<QDateTime> out;
    const BookSettings b = bookSettings(); // once: a week of full days reads a dozen settings per day otherwise
    for (int d = 0; d < 60 && out.size() < count; ++d) {
        auto day = capacity(from.date().addDays(d), b);
        if (!day)
            return day.error();
        if (!day->open || day->labourBooked >= day->labourCapacity)
            continue;
        for (const SlotLoad &s : day->slots_)
            if (s.free() > 0 && QDateTime(day->day, s.start) >= from && out.size() < count)
                out << QDateTime(day->day, s.start);
    }
    return out;
}

Result<qint64> AppointmentService::book(const Session &who, const BookingRequest &r)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::BookAppointments, tr("book appointments")));
    if (r.override)
        CRM_TRY(Guard::require(m_ctx, who, Permission::OverrideCapacity, tr("book past the workshop's capacity")));
    if (r.customerId <= 0)
        return Error::invalid(tr("Customer: choose who comes."));
    if (!r.at.isValid())
        return Error::invalid(tr("Time: choose the day and the slot."));
    if (!sources().contains(r.source))
        return Error::invalid(tr("Source: \"%1\" is not a way an appointment is made.").arg(r.source));
    if (r.notes.size() > 500)
        return Error::invalid(tr("Note: at most 500 characters."));
    if (r.override && r.overrideReason.trimmed().isEmpty())
        return Error::invalid(tr("Override: say why the workshop takes one more."));
    data::FrontdeskRepository lists(m_ctx.db);
    auto job = lists.item(u"job_type"_s, r.jobType);
    if (!job)
        return job.error();
    if (!*job || !(*job)->active)
        return Error::invalid(tr("Job: choose what the customer comes for."));
    if (!r.advisor.isEmpty()) {
        auto adv = lists.item(u"advisor"_s, r.advisor);
        if (!adv)
            return adv.error();
        if (!*adv || !(*adv)->active)
            return Error::invalid(tr("Advisor: %1 is not on the list of service advisors.").arg(r.advisor));
    }
    const BookSettings b = bookSettings();
    const QDateTime nowLocal = m_ctx.clock.nowUtc().toLocalTime();
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    data::CustomerRepository customers(m_ctx.db);
    if (r.vehicleId) {
        auto owns = customers.ownsVehicle(r.customerId, r.vehicleId);
        if (!owns)
            return owns.error();
        if (!*owns)
            return Error::invalid(tr("Vehicle: that vehicle is not this customer's."));
        auto v = customers.vehicleById(r.vehicleId);
        if (!v)
            return v.error();
        if (*v && (*v)->status != u"active"_s)
            return Error::invalid(tr("Vehicle: %1 is no longer the customer's (%2).")
                                      .arg((*v)->plate.isEmpty() ? (*v)->vin : (*v)->plate, (*v)->status));
    }
    data::AppointmentRepository book(m_ctx.db);
    const QDate day = r.at.date();
    const QString slot = r.at.time().toString(u"HH:mm"_s);
    auto load = book.load(day);
    if (!load)
        return load.error();
    int advisorMinutes = 0;
    if (!r.advisor.isEmpty()) {
        auto m = book.advisorMinutes(day, r.advisor);
        if (!m)
            return m.error();
        advisorMinutes = *m;
    }
    const double hours = (*job)->minutes / 60.0;
    const frontdesk::Refusal refusal = frontdesk::check(
        r.at, hours, !r.advisor.isEmpty(), {load->perSlot.value(slot), load->labourMinutes / 60.0, advisorMinutes / 60.0},
        b.hours, b.capacity, nowLocal);
    if (refusal != frontdesk::Refusal::None && !(r.override && frontdesk::overridable(refusal))) {
        QString message = frontdesk::FrontdeskText::refusal(refusal);
        if (frontdesk::overridable(refusal)) {
            QStringList free;
            if (auto next = nextFree(r.at, 3))
                for (const QDateTime &t : *next)
                    free << QLocale().toString(t, QLocale::ShortFormat);
            if (!free.isEmpty())
                message += u' ' + tr("Next free: %1.").arg(free.join(u", "_s));
            message += u' ' + tr("A manager can book past it.");
        }
        return Error::invalid(message);
    }
    const bool overridden = refusal != frontdesk::Refusal::None;
    const int labourCap = overridden ? -1 : int(b.capacity.labourPerDay * 60);
    auto tookDay = book.takeDay(day, (*job)->minutes, labourCap);
    if (!tookDay)
        return tookDay.error();
    if (!*tookDay)
        return Error::conflict(frontdesk::FrontdeskText::refusal(frontdesk::Refusal::DayFull) + u' ' +
                               tr("Another desk has just booked it."));
    auto tookSlot = book.takeSlot(day, slot, overridden ? -1 : b.capacity.perSlot);
    if (!tookSlot)
        return tookSlot.error();
    if (!*tookSlot)
        return Error::conflict(frontdesk::FrontdeskText::refusal(frontdesk::Refusal::SlotFull) + u' ' +
                               tr("Another desk has just taken the last place."));
    data::Appointment a;
    a.customerId = r.customerId;
    a.vehicleId = r.vehicleId;
    a.callId = r.callId;
    a.scheduledAt = QDateTime(day, r.at.time());
    a.slotMinutes = b.capacity.slotMinutes;
    a.jobType = r.jobType;
    a.labourMinutes = (*job)->minutes;
    a.advisor = r.advisor;
    a.source = r.source;
    a.notes = r.notes.trimmed();
    a.reason = overridden ? r.overrideReason.trimmed() : QString();
    a.overridden = overridden;
    a.createdBy = who.username;
    const QString at = toStoredUtc(m_ctx.clock.nowUtc());
    auto id = book.insert(a, at);
    if (!id)
        return id.error();
    a.id = *id;
    CRM_TRY(book.addEvent(a.id, u"book"_s, a.status, a.scheduledAt, a.reason, at, who.username));
    auto raised = raiseConfirmation(a);
    if (!raised)
        return raised.error();
    QVariantMap after{{u"customer_id"_s, a.customerId},
                      {u"vehicle_id"_s, a.vehicleId},
                      {u"at"_s, a.scheduledAt.toString(kLocal)},
                      {u"job"_s, a.jobType},
                      {u"advisor"_s, a.advisor},
                      {u"source"_s, a.source}};
    if (overridden)
        after.insert(u"override"_s, frontdesk::FrontdeskText::refusal(refusal));
    CRM_TRY(Guard::audit(
        m_ctx, &who, {overridden ? u"override"_s : u"book"_s, u"appointments"_s, QString::number(a.id), {}, after, a.reason}));
    CRM_TRY(tx.commit());
    return a.id;
}

Result<bool> AppointmentService::raiseConfirmation(const data::Appointment &a)
{
    // A booking for today needs no call to confirm it; a customer who said no calls gets none.
    if (a.scheduledAt.date() <= localToday(m_ctx.clock) || a.status != u"booked"_s)
        return false;
    return FollowupService(m_ctx).raiseTask(followups::TaskKind::AppointmentConfirm, taskKey(a.id), a.customerId, a.vehicleId,
                                            a.scheduledAt.date());
}

Status AppointmentService::withdrawConfirmation(qint64 id)
{
    return data::FollowupRepository(m_ctx.db).cancelOpenTask(followups::kindId(followups::TaskKind::AppointmentConfirm),
                                                             taskKey(id), toStoredUtc(m_ctx.clock.nowUtc()));
}

Status AppointmentService::move(const Session &who, qint64 id, AS to, const QString &reason, const QString &action)
{
    data::AppointmentRepository book(m_ctx.db);
    auto found = book.byId(id);
    if (!found)
        return found.error();
    if (!*found)
        return Error::notFound(tr("Appointment %1 does not exist.").arg(id));
    const data::Appointment &a = **found;
    const auto from = frontdesk::statusFromId(a.status);
    if (!from || !frontdesk::canMove(*from, to))
        return Error::invalid(
            tr("Appointment %1 is %2: it cannot become %3.")
                .arg(id)
                .arg(frontdesk::FrontdeskText::status(a.status), frontdesk::FrontdeskText::status(frontdesk::statusId(to))));
    const QString at = toStoredUtc(m_ctx.clock.nowUtc());
    auto moved = to == AS::Arrived ? book.arrive(id, fromFor(to), a.visitId, at, who.username)
                                   : book.moveStatus(id, fromFor(to), frontdesk::statusId(to), reason, at, who.username);
    if (!moved)
        return moved.error();
    if (!*moved)
        return Error::conflict(tr("Appointment %1 was changed at another desk: look again.").arg(id));
    const QDate day = a.scheduledAt.date();
    const QString slot = a.scheduledAt.time().toString(u"HH:mm"_s);
    if (frontdesk::isLive(*from) && !frontdesk::isLive(to))
        CRM_TRY(book.release(day, slot, a.labourMinutes));
    if (!frontdesk::isLive(*from) && frontdesk::isLive(to)) { // a no-show who came after all
        CRM_TRY(book.takeDay(day, a.labourMinutes, -1));
        CRM_TRY(book.takeSlot(day, slot, -1));
    }
    if (to != AS::Completed)
        CRM_TRY(withdrawConfirmation(id));
    data::FollowupRepository tasks(m_ctx.db);
    const QString stamp = toStoredUtc(m_ctx.clock.nowUtc());
    if (to == AS::NoShow) {
        auto raised = FollowupService(m_ctx).raiseTask(followups::TaskKind::AppointmentRebook, taskKey(id), a.customerId,
                                                       a.vehicleId, localToday(m_ctx.clock));
        if (!raised)
            return raised.error();
    } else if (*from == AS::NoShow) {
        CRM_TRY(tasks.cancelOpenTask(followups::kindId(followups::TaskKind::AppointmentRebook), taskKey(id), stamp));
    }
    CRM_TRY(book.addEvent(id, action, frontdesk::statusId(to), a.scheduledAt, reason, at, who.username));
    CRM_TRY(Guard::audit(m_ctx, &who,
                         {action,
                          u"appointments"_s,
                          QString::number(id),
                          {{u"status"_s, a.status}},
                          {{u"status"_s, frontdesk::statusId(to)}},
                          reason}));
    return {};
}

Status AppointmentService::step(const Session &who, qint64 id, frontdesk::Status to, const QString &reason, const QString &action,
                                const QString &what)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::BookAppointments, what));
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    CRM_TRY(move(who, id, to, reason, action));
    return tx.commit();
}

Status AppointmentService::confirm(const Session &who, qint64 id)
{
    return step(who, id, AS::Confirmed, {}, u"confirm"_s, tr("confirm appointments"));
}

Status AppointmentService::arrive(const Session &who, qint64 id)
{
    return step(who, id, AS::Arrived, {}, u"arrive"_s, tr("record arrivals"));
}

Status AppointmentService::complete(const Session &who, qint64 id)
{
    return step(who, id, AS::Completed, {}, u"complete"_s, tr("complete appointments"));
}

Status AppointmentService::cancel(const Session &who, qint64 id, const QString &reason)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::BookAppointments, tr("cancel appointments"))); // before the form's check
    if (reason.trimmed().isEmpty())
        return Error::invalid(tr("Reason: say why the appointment is cancelled."));
    return step(who, id, AS::Cancelled, reason.trimmed(), u"cancel"_s, tr("cancel appointments"));
}

Status AppointmentService::markNoShow(const Session &who, qint64 id)
{
    return step(who, id, AS::NoShow, {}, u"no_show"_s, tr("record no-shows"));
}

Result<qint64> AppointmentService::reschedule(const Session &who, qint64 id, const QDateTime &at, const QString &reason)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::BookAppointments, tr("reschedule appointments")));
    if (reason.trimmed().isEmpty())
        return Error::invalid(tr("Reason: say why the appointment moves."));
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    auto old = data::AppointmentRepository(m_ctx.db).byId(id);
    if (!old)
        return old.error();
    if (!*old)
        return Error::notFound(tr("Appointment %1 does not exist.").arg(id));
    // The old place is given up first, so a move within a full day or slot takes it back.
    CRM_TRY(move(who, id, AS::Rescheduled, reason.trimmed(), u"reschedule"_s));
    BookingRequest r{(*old)->customerId,
                     (*old)->vehicleId,
                     at,
                     (*old)->jobType,
                     (*old)->advisor,
                     (*old)->source,
                     (*old)->notes,
                     (*old)->callId,
                     false,
                     {}};
    auto made = book(who, r);
    if (!made)
        return made.error();
    CRM_TRY(data::AppointmentRepository(m_ctx.db).setRescheduledTo(id, *made));
    CRM_TRY(tx.commit());
    return *made;
}

Result<QList<data::Appointment>> AppointmentService::between(const Session &who, const QDate &from, const QDate &to)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ViewCustomers, tr("see the appointment book")));
    return data::AppointmentRepository(m_ctx.db).between(from, to);
}

Result<std::optional<data::Appointment>> AppointmentService::appointment(const Session &who, qint64 id)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ViewCustomers, tr("see the appointment book")));
    return data::AppointmentRepository(m_ctx.db).byId(id);
}

Result<QList<data::Appointment>> AppointmentService::ofCustomer(const Session &who, qint64 customerId)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ViewCustomers, tr("see the appointment book")));
    return data::AppointmentRepository(m_ctx.db).ofCustomer(customerId, 200);
}

Result<QList<data::AppointmentEvent>> AppointmentService::history(const Session &who, qint64 id)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ViewCustomers, tr("see the appointment book")));
    return data::AppointmentRepository(m_ctx.db).events(id);
}

Result<QList<data::DeskListItem>> AppointmentService::items(const QString &list, bool activeOnly)
{
    return data::FrontdeskRepository(m_ctx.db).items(list, activeOnly);
}

QHash<QString, QString> AppointmentService::titles(const QString &list)
{
    QHash<QString, QString> out;
    if (auto items = data::FrontdeskRepository(m_ctx.db).items(list, false))
        for (const data::DeskListItem &i : *items)
            out.insert(i.code, i.title);
    return out;
}

Status AppointmentService::saveItem(const Session &who, const data::DeskListItem &item)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ManageFrontdesk, tr("edit the front desk's lists")));
    if (item.list != u"job_type"_s && item.list != u"advisor"_s && item.list != u"purpose"_s)
        return Error::invalid(tr("There is no list called \"%1\".").arg(item.list));
    if (item.title.trimmed().isEmpty())
        return Error::invalid(tr("Name: give the entry a name."));
    if (item.list == u"job_type"_s && (item.minutes <= 0 || item.minutes > 24 * 60))
        return Error::invalid(tr("Labour: a job type takes from 1 minute to 24 hours."));
    data::DeskListItem clean = item;
    clean.title = item.title.trimmed();
    clean.code = item.code.trimmed().isEmpty() ? clean.title : item.code.trimmed();
    data::FrontdeskRepository repo(m_ctx.db);
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    auto before = repo.item(clean.list, clean.code);
    if (!before)
        return before.error();
    CRM_TRY(repo.saveItem(clean));
    QVariantMap was;
    if (*before)
        was = {{u"title"_s, (*before)->title}, {u"minutes"_s, (*before)->minutes}, {u"active"_s, (*before)->active}};
    CRM_TRY(Guard::audit(m_ctx, &who,
                         {*before ? u"update"_s : u"create"_s,
                          u"frontdesk_lists"_s,
                          clean.list + u':' + clean.code,
                          was,
                          {{u"title"_s, clean.title}, {u"minutes"_s, clean.minutes}, {u"active"_s, clean.active}},
                          {}}));
    return tx.commit();
}

} // namespace crm::services
