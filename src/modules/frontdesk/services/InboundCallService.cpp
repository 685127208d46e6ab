#include "frontdesk/services/InboundCallService.h"

#include "archives/services/CustomerService.h"
#include "core/Mobile.h"
#include "data/Transaction.h"
#include "followups/data/FollowupRepository.h"
#include "followups/services/CallDeskService.h"
#include "followups/services/FollowupService.h"
#include "frontdesk/services/PhoneLink.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace crm::services {

Result<QList<data::CustomerListRow>> InboundCallService::lookup(const Session &who, const QString &text, int limit)
{
    QString query = text.trimmed();
    // What a phone sends (+86, spaces, dashes) reads as the phone's own notification does.
    static const QRegularExpression phoneLike(u"^[\\d\\s\\-()+]+$"_s);
    if (phoneLike.match(query).hasMatch())
        query = PhoneListener::callerNumber(query);
    if (query.isEmpty())
        return QList<data::CustomerListRow>();
    return CustomerService(m_ctx).search(who, query, limit);
}

Result<qint64> InboundCallService::record(const Session &who, const InboundCallInput &in)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::BookAppointments, tr("record inbound calls")));
    if (in.notes.size() > 4000)
        return Error::invalid(tr("Notes: at most 4,000 characters."));
    if (in.outcome.size() > 500)
        return Error::invalid(tr("Outcome: at most 500 characters."));
    if (in.number.trimmed().isEmpty() && in.customerId == 0)
        return Error::invalid(tr("Caller: give the number or choose the customer."));
    data::FrontdeskRepository repo(m_ctx.db);
    auto purpose = repo.item(u"purpose"_s, in.purpose);
    if (!purpose)
        return purpose.error();
    if (!*purpose || !(*purpose)->active)
        return Error::invalid(tr("Purpose: choose what the caller wants."));
    if (in.taskId && !in.customerId)
        return Error::invalid(tr("Follow-up task: choose the customer first."));
    if (in.callBackAt.isValid() && !in.customerId)
        return Error::invalid(tr("Call back: find or add the customer first (a callback is a task on the customer)."));
    if (in.callBackAt.isValid() && in.callBackAt <= m_ctx.clock.nowUtc().toLocalTime())
        return Error::invalid(tr("Call back: choose a time later than now."));
    if (!in.feedback.isEmpty() && !in.customerId)
        return Error::invalid(tr("Feedback: find or add the customer first (feedback is answered back to them)."));
    for (const FeedbackInput &f : in.feedback)
        if (f.text.trimmed().isEmpty())
            return Error::invalid(tr("Feedback: say what the caller said."));
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    if (in.customerId) {
        auto c = data::CustomerRepository(m_ctx.db).customer(in.customerId);
        if (!c)
            return c.error();
        if (!*c)
            return Error::notFound(tr("Customer %1 does not exist (or was merged or deleted).").arg(in.customerId));
    }
    if (in.taskId) {
        // The call counts for the task: a reached call on it, in the same transaction.
        auto task = CallDeskService(m_ctx).task(who, in.taskId);
        if (!task)
            return task.error();
        if (task->customerId != in.customerId)
            return Error::invalid(tr("Follow-up task: it is another customer's."));
        CallInput call;
        call.outcome = followups::Outcome::Reached;
        call.notes = tr("Inbound call: %1").arg(in.notes.trimmed());
        call.callInQuietHours = true; // the customer called
        auto logged = CallDeskService(m_ctx).logCall(who, in.taskId, call);
        if (!logged)
            return Error{logged.error().kind, tr("Follow-up task: %1").arg(logged.error().message), logged.error().sqlCode};
    }
    const QDateTime now = m_ctx.clock.nowUtc();
    data::InboundCall row;
    row.customerId = in.customerId;
    row.number = in.number.trimmed();
    row.purpose = in.purpose;
    row.outcome = in.outcome.trimmed();
    row.notes = in.notes.trimmed();
    row.agentId = who.userId;
    row.calledAt = now;
    row.localHour = now.toLocalTime().time().hour();
    row.taskId = in.taskId;
    row.appointmentId = in.appointmentId;
    auto id = repo.insertCall(row);
    if (!id)
        return id.error();
    if (!in.feedback.isEmpty()) {
        QList<FeedbackInput> said = in.feedback;
        for (FeedbackInput &f : said) {
            f.customerId = in.customerId;
            f.source = u"inbound_call"_s;
            f.sourceId = *id;
        }
        auto items = FeedbackService(m_ctx).recordMany(who, said); // joins this transaction
        if (!items)
            return Error{items.error().kind, tr("Feedback: %1").arg(items.error().message), items.error().sqlCode};
    }
    if (in.callBackAt.isValid()) {
        // A task on the caller, due the agreed day, held until the agreed time and kept by this agent.
        const QString key = u"inbound:%1"_s.arg(*id);
        auto raised =
            FollowupService(m_ctx).raiseTask(followups::TaskKind::Callback, key, in.customerId, 0, in.callBackAt.date());
        if (!raised)
            return raised.error();
        if (!*raised)
            return Error::conflict(tr("Call back: no task could be made (callbacks are switched off in the rules, or the "
                                      "customer asked not to be called); note the time in the call instead."));
        CRM_TRY(data::FollowupRepository(m_ctx.db).holdTask(followups::kindId(followups::TaskKind::Callback), key,
                                                            in.callBackAt.toUTC(), who.userId));
    }
    CRM_TRY(Guard::audit(m_ctx, &who,
                         {u"create"_s,
                          u"inbound_calls"_s,
                          QString::number(*id),
                          {},
                          {{u"customer_id"_s, in.customerId},
                           {u"purpose"_s, in.purpose},
                           {u"task_id"_s, in.taskId},
                           {u"appointment_id"_s, in.appointmentId}},
                          {}}));
    CRM_TRY(tx.commit());
    return *id;
}

Result<QString> InboundCallService::numberToDial(const Session &who, qint64 customerId)
{
    if (!who.can(Permission::BookAppointments) && !who.can(Permission::WorkFollowups))
        CRM_TRY(Guard::require(m_ctx, who, Permission::BookAppointments, tr("call customers")));
    auto c = data::CustomerRepository(m_ctx.db).customer(customerId);
    if (!c)
        return c.error();
    if (!*c)
        return Error::notFound(tr("Customer %1 does not exist (or was merged or deleted).").arg(customerId));
    if ((*c)->mobile.isEmpty())
        return Error::invalid(tr("%1 has no mobile number to dial.").arg((*c)->name));
    return (*c)->mobile;
}

Result<QList<data::InboundCall>> InboundCallService::ofCustomer(const Session &who, qint64 customerId, int limit)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ViewCustomers, tr("see inbound calls")));
    return data::FrontdeskRepository(m_ctx.db).callsOf(customerId, limit);
}

} // namespace crm::services
