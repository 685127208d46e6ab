#include "followups/services/CallDeskService.h"

#include <algorithm>

#include "campaigns/services/CampaignService.h"
#include "core/Log.h"
#include "data/Transaction.h"
#include "data/UserRepository.h"
#include "feedback/services/FeedbackService.h"
#include "followups/services/FollowupService.h"

using namespace Qt::StringLiterals;
using namespace crm::followups;

namespace crm::services {

void CallDeskService::fill(const Session &who, data::QueueFilter &f) const
{
    const QDateTime now = m_ctx.clock.nowUtc();
    f.now = now;
    f.today = now.toLocalTime().date();
    f.userId = who.userId;
}

Result<QList<data::TaskRow>> CallDeskService::queue(const Session &who, data::QueueFilter f,
                                                    const std::optional<data::QueueCursor> &after, int limit)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::WorkFollowups, tr("see the follow-up queue")));
    fill(who, f);
    return data::FollowupRepository(m_ctx.db).queue(f, after, limit);
}

Result<qint64> CallDeskService::queueCount(const Session &who, data::QueueFilter f)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::WorkFollowups, tr("see the follow-up queue")));
    fill(who, f);
    return data::FollowupRepository(m_ctx.db).queueCount(f, kQueueCountCap);
}

Result<data::TaskRow> CallDeskService::task(const Session &who, qint64 taskId)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::WorkFollowups, tr("open follow-up tasks")));
    auto t = data::FollowupRepository(m_ctx.db).task(taskId);
    if (!t)
        return t.error();
    if (!t->has_value())
        return Error::notFound(tr("Follow-up task %1 does not exist.").arg(taskId));
    return **t;
}

Result<QList<data::CallRow>> CallDeskService::customerCalls(const Session &who, qint64 customerId, int limit)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ViewCustomers, tr("see earlier calls")));
    return data::FollowupRepository(m_ctx.db).customerCalls(customerId, limit);
}

Result<QList<data::TaskRow>> CallDeskService::openTasksOf(const Session &who, qint64 customerId)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ViewCustomers, tr("see follow-up tasks")));
    return data::FollowupRepository(m_ctx.db).openTasksOf(customerId);
}

Status CallDeskService::claim(const Session &who, qint64 taskId)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::WorkFollowups, tr("claim follow-up tasks")));
    data::FollowupRepository repo(m_ctx.db);
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    auto before = repo.task(taskId);
    if (!before)
        return before.error();
    if (before->has_value() && (*before)->assignedTo == who.userId && (*before)->status == u"open"_s)
        return {}; // already mine: nothing changes, nothing to audit
    auto taken = repo.claim(taskId, who.userId, m_ctx.clock.nowUtc());
    if (!taken)
        return taken.error();
    if (!*taken) {
        auto t = repo.task(taskId);
        if (t && t->has_value() && (*t)->status != u"open"_s)
            return Error::conflict(tr("This task is already closed (%1).").arg(FollowupText::status((*t)->status)));
        if (t && t->has_value())
            return Error::conflict(tr("%1 has already taken this task.").arg((*t)->assignedName));
        return Error::notFound(tr("Follow-up task %1 does not exist.").arg(taskId));
    }
    CRM_TRY(Guard::audit(m_ctx, &who,
                         {u"claim"_s, u"followup_tasks"_s, QString::number(taskId), {}, {{u"assigned_to"_s, who.userId}}, {}}));
    return tx.commit();
}

Status CallDeskService::reassign(const Session &who, qint64 taskId, qint64 userId)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ManageFollowups, tr("reassign follow-up tasks")));
    data::FollowupRepository repo(m_ctx.db);
    auto before = repo.task(taskId);
    if (!before)
        return before.error();
    if (!before->has_value())
        return Error::notFound(tr("Follow-up task %1 does not exist.").arg(taskId));
    if (userId) {
        auto user = data::UserRepository(m_ctx.db).findById(userId);
        if (!user)
            return user.error();
        if (!user->has_value() || !(*user)->active)
            return Error::invalid(tr("Tasks can only be given to an active user."));
        if (!roleHas((*user)->role, Permission::WorkFollowups))
            return Error::invalid(tr("%1 does not work the call queue.").arg((*user)->displayName));
    }
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    auto done = repo.assign(taskId, userId ? std::optional<qint64>(userId) : std::nullopt, m_ctx.clock.nowUtc());
    if (!done)
        return done.error();
    if (!*done)
        return Error::conflict(tr("This task is already closed."));
    CRM_TRY(Guard::audit(m_ctx, &who,
                         {u"reassign"_s,
                          u"followup_tasks"_s,
                          QString::number(taskId),
                          {{u"assigned_to"_s, (*before)->assignedTo}},
                          {{u"assigned_to"_s, userId}},
                          {}}));
    return tx.commit();
}

bool CallDeskService::isQuietNow(QString *span)
{
    return isQuietAt(m_ctx.clock.nowUtc(), span);
}

bool CallDeskService::isQuietAt(const QDateTime &utc, QString *span)
{
    const QuietHours quiet = FollowupService(m_ctx).quietHours();
    const QTime t = utc.toLocalTime().time();
    if (!quiet.isQuiet(t))
        return false;
    if (span) {
        for (const auto &[from, to] : quiet.spans)
            if (t >= from && (t < to || to == QTime(23, 59, 59, 999)))
                *span =
                    from.toString(u"HH:mm"_s) + u"–"_s + (to == QTime(23, 59, 59, 999) ? u"24:00"_s : to.toString(u"HH:mm"_s));
    }
    return true;
}

Result<CallResult> CallDeskService::logCall(const Session &who, qint64 taskId, const CallInput &call)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::WorkFollowups, tr("log follow-up calls")));
    const QDateTime now = m_ctx.clock.nowUtc();
    const QDateTime localNow = now.toLocalTime();
    // Every rejected field says what was wrong; nothing is written until all of it is right.
    if (call.durationSec < 0 || call.durationSec > 4 * 3600)
        return Error::invalid(tr("Duration: from 0 to 4 hours."));
    if (call.outcome == Outcome::CallBack && (!call.callBackAt.isValid() || call.callBackAt <= localNow))
        return Error::invalid(tr("Call back at: choose a time later than now."));
    if (call.notes.size() > 4000 || call.nextAction.size() > 500)
        return Error::invalid(tr("Notes are at most 4,000 characters, the next action 500."));
    if (!call.feedback.isEmpty()) {
        // Checked here, before the call's transaction: a refused line must not poison it.
        auto cats = FeedbackService(m_ctx).categories(true);
        if (!cats)
            return cats.error();
        for (const data::FeedbackRow &f : call.feedback) {
            const auto c = std::find_if(cats->begin(), cats->end(), [&](const auto &x) { return x.code == f.category; });
            if (c == cats->end())
                return Error::invalid(tr("\"%1\" is not a feedback category in use.").arg(f.category));
            if (f.text.trimmed().isEmpty())
                return Error::invalid(
                    tr("Feedback (%1): say what the customer said.").arg(feedback::FeedbackText::category(c->code, c->name)));
        }
    }
    if (call.appointment && (!call.appointment->at.isValid() || call.appointment->at <= localNow))
        return Error::invalid(tr("Appointment: choose a day and time later than now."));
    // The rest time that matters is when the call was made: a call made at 11:55 and logged at
    // 12:05 was not made in the 12:00–14:00 rest.
    QString span;
    const QDateTime madeAt =
        call.startedAt.isValid() && call.startedAt <= m_ctx.clock.nowUtc() ? call.startedAt : m_ctx.clock.nowUtc();
    const bool quiet = isQuietAt(madeAt, &span);
    if (quiet && !call.callInQuietHours)
        return Error::conflict(tr("It is the customer's rest time (%1). Confirm to record a call made now.").arg(span));

    FollowupService followups(m_ctx);
    const QuietHours quietHours = followups.quietHours();
    const RetryPolicy policy = followups.retryPolicy();
    data::FollowupRepository repo(m_ctx.db);
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    // Found by the soak: without the lock two desks on PostgreSQL read the same attempts and
    // both wrote attempts + 1, or both recorded a call on a task the other had just closed.
    CRM_TRY(repo.lockTask(taskId));
    auto current = repo.task(taskId);
    if (!current)
        return current.error();
    if (!current->has_value())
        return Error::notFound(tr("Follow-up task %1 does not exist.").arg(taskId));
    const data::TaskRow task = **current;
    if (task.status != u"open"_s)
        return Error::conflict(
            tr("This task is already closed (%1); the call was not recorded.").arg(FollowupText::status(task.status)));
    if (task.assignedTo && task.assignedTo != who.userId && !who.can(Permission::ManageFollowups))
        return Error::conflict(tr("%1 has this task; ask a manager to reassign it.").arg(task.assignedName));
    if (call.appointment && call.appointment->customerId && call.appointment->customerId != task.customerId)
        return Error::invalid(tr("Appointment: it must be for the customer of this task."));

    const bool isCampaign = task.kind == kindId(TaskKind::Campaign);
    if (isCampaign && call.outcome == Outcome::Reached && call.campaignResponse.isEmpty())
        return Error::invalid(tr("Campaign answer: choose what the customer answered."));
    if (!isCampaign && !call.campaignResponse.isEmpty())
        return Error::invalid(tr("Campaign answer: this task belongs to no campaign."));

    auto earlier = repo.calls(taskId);
    if (!earlier)
        return earlier.error();
    QList<QDateTime> attempts;
    for (const data::CallRow &c : *earlier)
        if (c.outcome != outcomeId(Outcome::Reached))
            attempts << c.calledAt.toLocalTime();
    attempts << localNow;

    data::CallRow row;
    row.taskId = taskId;
    row.customerId = task.customerId;
    row.agentId = who.userId;
    row.calledAt = now;
    row.outcome = outcomeId(call.outcome);
    row.durationSec = call.durationSec;
    row.notes = call.notes.trimmed();
    row.nextAction = call.nextAction.trimmed();
    row.callbackAt = call.outcome == Outcome::CallBack ? call.callBackAt.toUTC() : QDateTime();
    row.quietHours = quiet;
    row.startedAt = madeAt;
    auto callId = repo.insertCall(row);
    if (!callId)
        return callId.error();
    CallResult result;
    result.callId = *callId;
    QList<FeedbackInput> said;
    for (const data::FeedbackRow &f : call.feedback)
        said << FeedbackInput{
            task.customerId, task.vehicleId, f.category, f.text.trimmed(), u"outbound_call"_s, *callId, *callId, 0, 0, f.praised};
    if (!said.isEmpty()) {
        auto items = FeedbackService(m_ctx).recordMany(who, said); // joins this transaction
        if (!items)
            return items.error();
        result.feedbackItems = *items;
    }
    if (call.appointment) {
        // The one appointment book: its capacity and refusals hold for a booking on a call too.
        BookingRequest a = *call.appointment;
        a.customerId = task.customerId;
        a.vehicleId = a.vehicleId ? a.vehicleId : task.vehicleId;
        a.callId = *callId;
        a.source = isCampaign ? u"campaign"_s : u"outbound_call"_s;
        auto id = AppointmentService(m_ctx).book(who, a);
        if (!id)
            return Error{id.error().kind, tr("Appointment: %1").arg(id.error().message), id.error().sqlCode};
        result.appointmentId = *id;
    }

    if (call.survey) {
        if (call.outcome != Outcome::Reached)
            return Error::invalid(tr("Survey answers are recorded only on a call that reached the customer."));
        ResponseInput survey = *call.survey;
        survey.customerId = task.customerId;
        survey.vehicleId = survey.vehicleId ? survey.vehicleId : task.vehicleId;
        survey.taskId = taskId;
        survey.callId = *callId;
        survey.channel = u"call"_s;
        auto saved = SurveyService(m_ctx).saveResponse(who, survey); // joins this transaction
        if (!saved)
            return saved.error();
        result.survey = *saved;
    }
    result.decision = afterCall(call.outcome, attempts, localNow, policy, quietHours, call.callBackAt);
    if (isCampaign && !call.campaignResponse.isEmpty())
        CRM_TRY(CampaignService(m_ctx).recordResponse(who, taskId, call.campaignResponse, call.campaignNote, result.appointmentId,
                                                      localNow.date()));
    else if (isCampaign && result.decision.action == RetryDecision::Action::Unreachable)
        CRM_TRY(CampaignService(m_ctx).recordUnreachable(who, taskId, localNow.date())); // the last attempt failed
    if (task.kind == kindId(TaskKind::FeedbackInform))
        CRM_TRY(FeedbackService(m_ctx).informCallLogged(who, taskId, call.outcome == Outcome::Reached,
                                                        result.decision.action == RetryDecision::Action::Unreachable,
                                                        call.notes));
    data::TaskUpdate u;
    u.attempts = int(attempts.size());
    u.outcome = row.outcome;
    u.userId = who.userId;
    u.at = now;
    u.localDay = localNow.date();
    switch (result.decision.action) {
    case RetryDecision::Action::Done:
        u.status = u"done"_s;
        break;
    case RetryDecision::Action::Unreachable:
        u.status = u"unreachable"_s;
        break;
    case RetryDecision::Action::Retry:
        u.status = u"open"_s;
        u.outcome.clear();
        u.nextAttemptAt = result.decision.nextAttempt.toUTC();
        break;
    }
    auto updated = repo.update(taskId, u);
    if (!updated)
        return updated.error();
    if (!*updated)
        return Error::conflict(tr("Someone closed this task while you were on the call; nothing was recorded."));
    CRM_TRY(Guard::audit(m_ctx, &who,
                         {u"call"_s,
                          u"followup_tasks"_s,
                          QString::number(taskId),
                          {{u"status"_s, task.status}},
                          {{u"status"_s, u.status}, {u"outcome"_s, row.outcome}, {u"call_id"_s, *callId}},
                          FollowupText::outcome(row.outcome)}));
    CRM_TRY(tx.commit());
    log::get("followups")->info("task {} call {} → {}", taskId, row.outcome.toStdString(), u.status.toStdString());
    return result;
}

} // namespace crm::services
