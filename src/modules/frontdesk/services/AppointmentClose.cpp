// The book's arrivals and the nightly close of a day (AppointmentService, continued).
#include "campaigns/services/MessageService.h"
#include "data/Transaction.h"
#include "followups/data/FollowupRepository.h"
#include "followups/services/FollowupService.h"
#include "frontdesk/services/AppointmentService.h"
#include "services/SettingsService.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace crm::services {
namespace {
// Visits entered up to a month late (a DMS export read weekly) still credit their appointment.
constexpr int kArrivalLookbackDays = 31;

QString taskKey(qint64 id)
{
    return u"appointment:%1"_s.arg(id);
}
} // namespace

Result<qint64> AppointmentService::creditVisit(const Session &who, qint64 visitId, qint64 vehicleId, const QDate &day)
{
    if (!vehicleId || !day.isValid())
        return qint64(0);
    const int window = bookSettings().arrivalWindowDays;
    data::AppointmentRepository book(m_ctx.db);
    auto credited = book.visitCredited(visitId);
    if (!credited)
        return credited.error();
    if (*credited)
        return qint64(0);
    auto open = book.openOfVehicle(vehicleId, day.addDays(-window), day.addDays(window));
    if (!open)
        return open.error();
    // The nearest day wins; on a tie the earlier appointment.
    const data::Appointment *best = nullptr;
    for (const data::Appointment &a : *open)
        if (frontdesk::arrivalMatches(a.scheduledAt.date(), day, window) &&
            (!best || qAbs(a.scheduledAt.date().daysTo(day)) < qAbs(best->scheduledAt.date().daysTo(day))))
            best = &a;
    if (!best)
        return qint64(0);
    data::Appointment a = *best;
    a.visitId = visitId;
    CRM_TRY(arriveWithVisit(who, a));
    return a.id;
}

Status AppointmentService::arriveWithVisit(const Session &who, const data::Appointment &a)
{
    data::AppointmentRepository book(m_ctx.db);
    const QString at = toStoredUtc(m_ctx.clock.nowUtc());
    auto moved = book.arrive(a.id, {u"booked"_s, u"confirmed"_s, u"no_show"_s}, a.visitId, at, who.username);
    if (!moved)
        return moved.error();
    if (!*moved)
        return {}; // moved at another desk meanwhile: nothing to credit
    const QDate day = a.scheduledAt.date();
    const QString slot = a.scheduledAt.time().toString(u"HH:mm"_s);
    data::FollowupRepository tasks(m_ctx.db);
    CRM_TRY(tasks.cancelOpenTask(followups::kindId(followups::TaskKind::AppointmentConfirm), taskKey(a.id), at));
    if (a.status == u"no_show"_s) { // the no-show came after all: the place and no rebook call
        CRM_TRY(book.takeDay(day, a.labourMinutes, -1));
        CRM_TRY(book.takeSlot(day, slot, -1));
        CRM_TRY(tasks.cancelOpenTask(followups::kindId(followups::TaskKind::AppointmentRebook), taskKey(a.id), at));
    }
    const QString note = tr("Service visit %1").arg(a.visitId);
    CRM_TRY(book.addEvent(a.id, u"arrive"_s, u"arrived"_s, a.scheduledAt, note, at, who.username));
    return Guard::audit(m_ctx, &who,
                        {u"arrive"_s,
                         u"appointments"_s,
                         QString::number(a.id),
                         {{u"status"_s, a.status}},
                         {{u"status"_s, u"arrived"_s}, {u"visit_id"_s, a.visitId}},
                         note});
}

Result<CloseDayResult> AppointmentService::closeDay(const Session &who, const QDateTime &nowLocal)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::BookAppointments, tr("close the appointment book's day")));
    const BookSettings b = bookSettings();
    const QDate today = nowLocal.date();
    CloseDayResult out;
    data::AppointmentRepository book(m_ctx.db);
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());

    // 1. Arrivals first: a visit imported late turns a no-show into an arrival, not a rebook call.
    auto candidates = book.arrivalCandidates(today.addDays(-kArrivalLookbackDays), today, b.arrivalWindowDays);
    if (!candidates)
        return candidates.error();
    QSet<qint64> usedAppointments, usedVisits;
    for (const auto &[a, visit] : *candidates) {
        if (usedAppointments.contains(a.id) || usedVisits.contains(visit.id) ||
            !frontdesk::arrivalMatches(a.scheduledAt.date(), visit.day, b.arrivalWindowDays))
            continue;
        data::Appointment credited = a;
        credited.visitId = visit.id;
        CRM_TRY(arriveWithVisit(who, credited));
        usedAppointments.insert(a.id);
        usedVisits.insert(visit.id);
        ++out.arrivals;
    }

    // 2. No-shows: not arrived by the slot's end plus the grace.
    auto open = book.openBefore(nowLocal.addSecs(-qint64(b.graceMinutes) * 60));
    if (!open)
        return open.error();
    for (const data::Appointment &a : *open) {
        const auto status = frontdesk::statusFromId(a.status);
        if (!status || !frontdesk::isNoShow(*status, a.endsAt(), b.graceMinutes, nowLocal))
            continue;
        const Status moved = move(who, a.id, frontdesk::Status::NoShow, {}, u"no_show"_s);
        if (!moved && moved.error().kind == Error::Kind::Conflict)
            continue; // another desk's close (or reception) moved it first
        CRM_TRY(moved);
        ++out.noShows;
    }

    // 3. Confirmation calls for the coming days (a task exists once per appointment).
    const int before = followups::defaultRule(followups::TaskKind::AppointmentConfirm).offsetDays;
    int daysAhead = before;
    if (auto rules = FollowupService(m_ctx).rules())
        for (const auto &r : *rules)
            if (r.kind == followups::TaskKind::AppointmentConfirm)
                daysAhead = r.offsetDays;
    auto coming = book.openBetween(today.addDays(1), today.addDays(qMax(1, daysAhead)));
    if (!coming)
        return coming.error();
    // 4. A reminder message the day before, to those who agreed to messages (once: its key).
    const bool remind = SettingsService(m_ctx).intValue(settings::kMessageAppointmentReminders) == 1;
    const QString phone = SettingsService(m_ctx).value(settings::kMessageDealerPhone);
    const QHash<QString, QString> jobs = titles(u"job_type"_s);
    for (const data::Appointment &a : *coming) {
        auto raised = raiseConfirmation(a);
        if (!raised)
            return raised.error();
        out.confirmations += *raised ? 1 : 0;
        if (!remind || a.scheduledAt.date() != today.addDays(1))
            continue;
        const QVariantMap params{{u"name"_s, a.customerName},
                                 {u"time"_s, a.scheduledAt.toString(u"M月d日 HH:mm"_s)},
                                 {u"job"_s, jobs.value(a.jobType, a.jobType)},
                                 {u"phone"_s, phone}};
        auto queued = MessageService(m_ctx).queueOne(who, a.customerId, u"appointment_reminder"_s, params,
                                                     u"appointment:%1"_s.arg(a.id), u"appointment:%1:reminder"_s.arg(a.id));
        // Its refusals (no consent, no template, not this customer) come before its transaction and
        // mean "no message"; anything else (the database, a missing audit key file) ended the
        // transaction this close runs in, so the close stops and says why.
        if (!queued && queued.error().kind != Error::Kind::Invalid && queued.error().kind != Error::Kind::NotFound)
            return queued.error();
        out.reminders += queued && *queued ? 1 : 0; // no consent, no phone set, queued before: no message
    }
    if (out.arrivals + out.noShows + out.confirmations + out.reminders > 0) // a second run changes nothing, and says nothing
        CRM_TRY(Guard::audit(m_ctx, &who,
                             {u"close_day"_s,
                              u"appointments"_s,
                              today.toString(Qt::ISODate),
                              {},
                              {{u"arrivals"_s, out.arrivals},
                               {u"no_shows"_s, out.noShows},
                               {u"confirmations"_s, out.confirmations},
                               {u"reminders"_s, out.reminders}},
                              {}}));
    CRM_TRY(tx.commit());
    return out;
}

} // namespace crm::services
