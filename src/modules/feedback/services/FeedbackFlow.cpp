// FeedbackService: the item's way through the department — routing, the first answer, the
// result, the conversions to a complaint or a lead, and the call that tells the customer.
#include "feedback/services/FeedbackService.h"

#include "archives/data/CustomerRepository.h"
#include "complaints/services/ComplaintService.h"
#include "core/Clock.h"
#include "core/Log.h"
#include "core/Mobile.h"
#include "data/Transaction.h"
#include "followups/data/FollowupRepository.h"
#include "followups/services/FollowupService.h"
#include "leads/data/LeadRepository.h"
#include "leads/services/LeadService.h"

using namespace Qt::StringLiterals;
using namespace crm::feedback;

namespace crm::services {

namespace {
QString informKey(qint64 id)
{
    return u"feedback:"_s + QString::number(id);
}
} // namespace

Status FeedbackService::route(const Session &who, qint64 id, int version, qint64 departmentId, qint64 ownerId,
                              const QString &note)
{
    auto row = load(id);
    if (!row)
        return row.error();
    // Routing is the manager's, or a department's passing an item on to the right one.
    auto can = canHandle(who, *row);
    if (!can)
        return can.error();
    if (!*can)
        CRM_TRY(Guard::require(m_ctx, who, Permission::ManageFeedback, tr("route feedback")));
    if (!isOpen(statusFromId(row->status).value_or(feedback::Status::Closed)) || row->status == u"informing"_s)
        return Error::conflict(tr("This item is past routing (%1).").arg(FeedbackText::status(row->status)));
    auto deps = departments();
    if (!deps)
        return deps.error();
    QString name;
    for (const data::Department &d : *deps)
        if (d.id == departmentId && d.active)
            name = FeedbackText::department(d.code, d.name);
    if (name.isEmpty())
        return Error::invalid(tr("Department: choose one that is in use."));
    if (note.size() > 500)
        return Error::invalid(tr("Note: at most 500 characters."));
    if (departmentId == row->departmentId && ownerId == row->ownerId)
        return {};
    const QString now = toStoredUtc(m_ctx.clock.nowUtc());
    data::FeedbackRepository repo(m_ctx.db);
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    data::FeedbackChange c;
    c.departmentId = departmentId;
    c.ownerId = ownerId;
    CRM_TRY(changed(repo.change(id, version, c), id));
    CRM_TRY(repo.addEvent(id, now, who.username, u"route"_s, note.trimmed().isEmpty() ? name : name + u" — "_s + note.trimmed()));
    CRM_TRY(Guard::audit(m_ctx, &who,
                         {u"route"_s,
                          u"feedback_items"_s,
                          QString::number(id),
                          {{u"department"_s, row->departmentId}, {u"owner"_s, row->ownerId}},
                          {{u"department"_s, departmentId}, {u"owner"_s, ownerId}},
                          name}));
    return tx.commit();
}

Result<data::FeedbackItemRow> FeedbackService::loadToHandle(const Session &who, qint64 id)
{
    auto row = load(id);
    if (!row)
        return row.error();
    auto can = canHandle(who, *row);
    if (!can)
        return can.error();
    if (!*can)
        return Error::denied(
            tr("This item belongs to %1; only its members, its head or a manager answer it and record its result.")
                .arg(FeedbackText::department(row->departmentCode, row->departmentName)));
    return row;
}

Status FeedbackService::answer(const Session &who, qint64 id, int version, const QString &text)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::HandleFeedback, tr("answer feedback")));
    auto row = loadToHandle(who, id);
    if (!row)
        return row.error();
    if (row->status != u"open"_s)
        return Error::conflict(tr("This item has its first answer already (%1).").arg(FeedbackText::status(row->status)));
    if (text.trimmed().isEmpty() || text.size() > 2000)
        return Error::invalid(tr("Answer: say what the department will do (at most 2,000 characters)."));
    const QString now = toStoredUtc(m_ctx.clock.nowUtc());
    data::FeedbackRepository repo(m_ctx.db);
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    data::FeedbackChange c;
    c.status = statusId(feedback::Status::Answered);
    c.answeredAt = now;
    c.answer = text.trimmed();
    if (!row->ownerId)
        c.ownerId = who.userId; // who answers first owns it unless a manager named someone
    CRM_TRY(changed(repo.change(id, version, c), id));
    CRM_TRY(repo.addEvent(id, now, who.username, u"answer"_s, text.trimmed()));
    CRM_TRY(Guard::audit(
        m_ctx, &who,
        {u"answer"_s, u"feedback_items"_s, QString::number(id), {{u"status"_s, row->status}}, {{u"status"_s, *c.status}}, {}}));
    return tx.commit();
}

Status FeedbackService::resolve(const Session &who, qint64 id, int version, const QString &result, const QString &praised)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::HandleFeedback, tr("record feedback results")));
    auto row = loadToHandle(who, id);
    if (!row)
        return row.error();
    if (row->status != u"open"_s && row->status != u"answered"_s)
        return Error::conflict(tr("This item has its result already (%1).").arg(FeedbackText::status(row->status)));
    if (result.trimmed().isEmpty() || result.size() > 2000)
        return Error::invalid(tr("Result: say what was done (at most 2,000 characters)."));
    if (praised.size() > 60)
        return Error::invalid(tr("Praised: at most 60 characters."));
    auto cats = categories();
    if (!cats)
        return cats.error();
    bool informs = true;
    for (const data::FeedbackCategory &c : *cats)
        if (c.code == row->category)
            informs = c.inform;
    auto clock = ComplaintService(m_ctx).clock(calendar::clockFromId(row->clock).value_or(calendar::Clock::StoreHours));
    if (!clock)
        return clock.error();
    const QDateTime nowUtc = m_ctx.clock.nowUtc();
    const QString now = toStoredUtc(nowUtc);
    data::FeedbackRepository repo(m_ctx.db);
    data::FollowupRepository tasks(m_ctx.db);
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    data::FeedbackChange c;
    c.resolvedAt = now;
    c.result = result.trimmed();
    if (!praised.simplified().isEmpty())
        c.praised = praised.simplified();
    c.workMinutes = clock->workingMinutesBetween(row->receivedAt.toLocalTime(), nowUtc.toLocalTime());
    if (!row->answeredAt.isValid())
        c.answeredAt = now; // a result given at once is the first answer too
    if (!row->ownerId)
        c.ownerId = who.userId;
    QString event = result.trimmed();
    if (informs) {
        // The agent who heard it tells the customer; the queue does when that agent is gone.
        const QString key = informKey(id);
        auto raised = FollowupService(m_ctx).raiseTask(followups::TaskKind::FeedbackInform, key, row->customerId, row->vehicleId,
                                                       nowUtc.toLocalTime().date());
        if (!raised)
            return raised.error();
        auto task = tasks.taskIdOf(followups::kindId(followups::TaskKind::FeedbackInform), key);
        if (!task)
            return task.error();
        if (*task) {
            CRM_TRY(tasks.holdTask(followups::kindId(followups::TaskKind::FeedbackInform), key, nowUtc, row->takenBy));
            c.status = statusId(feedback::Status::Informing);
            c.informTaskId = *task;
        } else {
            // The customer asked not to be called (or the rule is off): nobody can tell them.
            c.status = statusId(feedback::Status::Unreachable);
            c.closedAt = now;
            event += u"\n"_s + tr("The customer is not to be called; closed without telling them.");
        }
    } else {
        c.status = statusId(feedback::Status::Closed);
        c.closedAt = now;
    }
    CRM_TRY(changed(repo.change(id, version, c), id));
    CRM_TRY(repo.addEvent(id, now, who.username, u"resolve"_s, event));
    CRM_TRY(
        Guard::audit(m_ctx, &who,
                     {u"resolve"_s,
                      u"feedback_items"_s,
                      QString::number(id),
                      {{u"status"_s, row->status}},
                      {{u"status"_s, *c.status}, {u"work_minutes"_s, *c.workMinutes}, {u"task"_s, c.informTaskId.value_or(0)}},
                      {}}));
    return tx.commit();
}

Result<data::ComplaintRow> FeedbackService::toComplaint(const Session &who, qint64 id, int version, const ComplaintInput &in)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::HandleComplaints, tr("register complaints")));
    auto row = load(id);
    if (!row)
        return row.error();
    if (!isOpen(statusFromId(row->status).value_or(feedback::Status::Closed)) || row->status == u"informing"_s)
        return Error::conflict(tr("This item is past handing over (%1).").arg(FeedbackText::status(row->status)));
    if (in.customerId != row->customerId)
        return Error::invalid(tr("The complaint must be for the customer who said it."));
    const QString now = toStoredUtc(m_ctx.clock.nowUtc());
    data::FeedbackRepository repo(m_ctx.db);
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    auto complaint = ComplaintService(m_ctx).registerComplaint(who, in); // joins this transaction
    if (!complaint)
        return complaint.error();
    data::FeedbackChange c;
    c.status = statusId(feedback::Status::Converted);
    c.complaintId = complaint->id;
    c.closedAt = now;
    if (!row->answeredAt.isValid())
        c.answeredAt = now;
    CRM_TRY(changed(repo.change(id, version, c), id));
    CRM_TRY(repo.addEvent(id, now, who.username, u"complaint"_s, complaint->number));
    CRM_TRY(Guard::audit(m_ctx, &who,
                         {u"to_complaint"_s,
                          u"feedback_items"_s,
                          QString::number(id),
                          {{u"status"_s, row->status}},
                          {{u"status"_s, *c.status}, {u"complaint"_s, complaint->id}},
                          complaint->number}));
    CRM_TRY(tx.commit());
    return *complaint;
}

Result<qint64> FeedbackService::toLead(const Session &who, qint64 id, int version, const data::LeadInput &in)
{
    auto row = load(id);
    if (!row)
        return row.error();
    if (!isOpen(statusFromId(row->status).value_or(feedback::Status::Closed)) || row->status == u"informing"_s)
        return Error::conflict(tr("This item is past handing over (%1).").arg(FeedbackText::status(row->status)));
    // The prospect is the customer who said it: name and number come from the archive, so the
    // desk never handles the whole number.
    data::LeadInput lead = in;
    if (lead.name.trimmed().isEmpty() || lead.mobile.trimmed().isEmpty()) {
        auto customer = data::CustomerRepository(m_ctx.db).customer(row->customerId);
        if (!customer)
            return customer.error();
        if (!*customer)
            return Error::notFound(tr("Customer %1 does not exist (merged or deleted?).").arg(row->customerId));
        if (lead.name.trimmed().isEmpty())
            lead.name = (*customer)->name;
        if (lead.mobile.trimmed().isEmpty())
            lead.mobile = (*customer)->mobile;
    }
    if (lead.mobile.isEmpty())
        return Error::invalid(tr("The customer has no mobile number: sales cannot follow a lead without one."));
    if (lead.source.isEmpty())
        lead.source = u"phone"_s;
    // The same person already in the sales pipeline: the item is linked to that lead.
    auto mobile = Mobile::normalise(lead.mobile);
    if (!mobile)
        return mobile.error();
    auto open = data::LeadRepository(m_ctx.db).openLeadOf(*mobile);
    if (!open)
        return open.error();
    const QString now = toStoredUtc(m_ctx.clock.nowUtc());
    data::FeedbackRepository repo(m_ctx.db);
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    qint64 leadId = open->value_or(0);
    if (!leadId) {
        data::LeadInput l = lead;
        if (l.note.trimmed().isEmpty())
            l.note = row->text;
        auto made = LeadService(m_ctx).create(who, l); // joins this transaction
        if (!made)
            return made.error();
        leadId = *made;
    }
    data::FeedbackChange c;
    c.status = statusId(feedback::Status::Converted);
    c.leadId = leadId;
    c.closedAt = now;
    if (!row->answeredAt.isValid())
        c.answeredAt = now;
    CRM_TRY(changed(repo.change(id, version, c), id));
    CRM_TRY(repo.addEvent(id, now, who.username, u"lead"_s, QString::number(leadId)));
    CRM_TRY(Guard::audit(m_ctx, &who,
                         {u"to_lead"_s,
                          u"feedback_items"_s,
                          QString::number(id),
                          {{u"status"_s, row->status}},
                          {{u"status"_s, *c.status}, {u"lead"_s, leadId}, {u"existing"_s, open->has_value()}},
                          {}}));
    CRM_TRY(tx.commit());
    return leadId;
}

Status FeedbackService::informCallLogged(const Session &who, qint64 taskId, bool reached, bool gaveUp, const QString &notes)
{
    data::FeedbackRepository repo(m_ctx.db);
    auto found = repo.byTask(taskId);
    if (!found)
        return found.error();
    if (!*found || (*found)->status != u"informing"_s)
        return {}; // the item was closed another way (erasure); the call stands on its own
    const data::FeedbackItemRow &row = **found;
    if (!reached && !gaveUp)
        return {}; // tried again later by the call desk's retry policy
    const QString now = toStoredUtc(m_ctx.clock.nowUtc());
    data::FeedbackChange c;
    c.status = statusId(reached ? feedback::Status::Closed : feedback::Status::Unreachable);
    c.closedAt = now;
    CRM_TRY(changed(repo.change(row.id, row.version, c), row.id));
    CRM_TRY(repo.addEvent(row.id, now, who.username, reached ? u"informed"_s : u"unreachable"_s, notes.trimmed()));
    return Guard::audit(m_ctx, &who,
                        {reached ? u"informed"_s : u"unreachable"_s,
                         u"feedback_items"_s,
                         QString::number(row.id),
                         {{u"status"_s, row.status}},
                         {{u"status"_s, *c.status}, {u"task"_s, taskId}},
                         {}});
}

} // namespace crm::services
