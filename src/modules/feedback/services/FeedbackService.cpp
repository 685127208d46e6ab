#include "feedback/services/FeedbackService.h"

#include "archives/data/CustomerRepository.h"
#include "complaints/services/ComplaintService.h"
#include "core/Clock.h"
#include "core/Log.h"
#include "data/Transaction.h"
#include "data/UserRepository.h"
#include "followups/data/FollowupRepository.h"
#include "followups/services/FollowupService.h"
#include "leads/data/LeadRepository.h"
#include "leads/services/LeadService.h"

#include <QLocale>
#include <QRegularExpression>
#include <algorithm>

using namespace Qt::StringLiterals;
using namespace crm::feedback;

namespace crm::services {

namespace {
QString stored(const QDateTime &t)
{
    return t.isValid() ? toStoredUtc(t.toUTC()) : QString();
}
} // namespace

Result<QList<data::Department>> FeedbackService::departments()
{
    return data::FeedbackRepository(m_ctx.db).departments();
}

Result<QList<data::FeedbackCategory>> FeedbackService::categories(bool activeOnly)
{
    auto all = data::FeedbackRepository(m_ctx.db).categories();
    if (!all || !activeOnly)
        return all;
    QList<data::FeedbackCategory> out;
    for (const data::FeedbackCategory &c : *all)
        if (c.active)
            out << c;
    return out;
}

Result<QList<QPair<qint64, QString>>> FeedbackService::people()
{
    auto users = data::UserRepository(m_ctx.db).list();
    if (!users)
        return users.error();
    QList<QPair<qint64, QString>> out;
    for (const data::UserRow &u : *users)
        if (u.active)
            out << qMakePair(u.id, u.displayName);
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.second.localeAwareCompare(b.second) < 0; });
    return out;
}

Result<qint64> FeedbackService::saveDepartment(const Session &who, const data::Department &in)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ManageFeedback, tr("edit departments")));
    data::Department d = in;
    d.name = d.name.simplified();
    d.code = d.code.trimmed().toLower();
    if (d.name.isEmpty() || d.name.size() > 60)
        return Error::invalid(tr("Name: from 1 to 60 characters."));
    if (!d.id && !QRegularExpression(u"^[a-z][a-z0-9_]{1,29}$"_s).match(d.code).hasMatch())
        return Error::invalid(tr("Code: 2 to 30 lower-case letters, digits or _ , starting with a letter."));
    auto all = departments();
    if (!all)
        return all.error();
    data::Department before;
    for (const data::Department &x : *all) {
        if (x.id == d.id)
            before = x;
        else if (x.code == d.code && !d.id)
            return Error::conflict(tr("A department with the code \"%1\" exists already.").arg(d.code));
    }
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    auto id = data::FeedbackRepository(m_ctx.db).saveDepartment(d);
    if (!id)
        return id.error();
    auto members = [](const QList<qint64> &ids) {
        QStringList out;
        for (qint64 i : ids)
            out << QString::number(i);
        return out.join(u',');
    };
    CRM_TRY(
        Guard::audit(m_ctx, &who,
                     {d.id ? u"update"_s : u"create"_s,
                      u"departments"_s,
                      QString::number(*id),
                      d.id ? QVariantMap{{u"name"_s, before.name},
                                         {u"head"_s, before.headId},
                                         {u"active"_s, before.active},
                                         {u"members"_s, members(before.members)}}
                           : QVariantMap{},
                      {{u"name"_s, d.name}, {u"head"_s, d.headId}, {u"active"_s, d.active}, {u"members"_s, members(d.members)}},
                      d.name}));
    CRM_TRY(tx.commit());
    return *id;
}

Status FeedbackService::saveCategory(const Session &who, const data::FeedbackCategory &in, bool isNew)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ManageFeedback, tr("edit feedback categories")));
    data::FeedbackCategory c = in;
    c.name = c.name.simplified();
    c.code = c.code.trimmed().toLower();
    if (c.name.isEmpty() || c.name.size() > 60)
        return Error::invalid(tr("Name: from 1 to 60 characters."));
    if (isNew && !QRegularExpression(u"^[a-z][a-z0-9_]{1,29}$"_s).match(c.code).hasMatch())
        return Error::invalid(tr("Code: 2 to 30 lower-case letters, digits or _ , starting with a letter."));
    if (c.answerHours < 1 || c.answerHours > 24 * 60 || c.resolveHours < 1 || c.resolveHours > 24 * 60)
        return Error::invalid(tr("Deadlines: from 1 to 1,440 hours."));
    if (c.resolveHours < c.answerHours)
        return Error::invalid(tr("Resolution: it cannot come before the first answer."));
    if (!calendar::clockFromId(c.clock))
        return Error::invalid(tr("\"%1\" is not a clock.").arg(c.clock));
    auto all = categories();
    if (!all)
        return all.error();
    data::FeedbackCategory before;
    bool exists = false;
    for (const data::FeedbackCategory &x : *all)
        if (x.code == c.code) {
            before = x;
            exists = true;
        }
    if (isNew && exists)
        return Error::conflict(tr("A category with the code \"%1\" exists already.").arg(c.code));
    if (!isNew && !exists)
        return Error::notFound(tr("Category \"%1\" does not exist.").arg(c.code));
    auto map = [](const data::FeedbackCategory &x) {
        return QVariantMap{{u"name"_s, x.name},
                           {u"department"_s, x.departmentId},
                           {u"answer_hours"_s, x.answerHours},
                           {u"resolve_hours"_s, x.resolveHours},
                           {u"clock"_s, x.clock},
                           {u"inform"_s, x.inform},
                           {u"active"_s, x.active}};
    };
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    CRM_TRY(data::FeedbackRepository(m_ctx.db).saveCategory(c, isNew));
    CRM_TRY(Guard::audit(m_ctx, &who,
                         {isNew ? u"create"_s : u"update"_s, u"feedback_categories"_s, c.code,
                          isNew ? QVariantMap{} : map(before), map(c), c.name}));
    return tx.commit();
}

Result<qint64> FeedbackService::record(const Session &who, const FeedbackInput &in)
{
    auto ids = recordMany(who, {in});
    if (!ids)
        return ids.error();
    return ids->value(0);
}

Result<QList<qint64>> FeedbackService::recordMany(const Session &who, const QList<FeedbackInput> &items)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::RecordFeedback, tr("record feedback")));
    auto cats = categories();
    if (!cats)
        return cats.error();
    QHash<QString, data::FeedbackCategory> byCode;
    for (const data::FeedbackCategory &c : *cats)
        byCode.insert(c.code, c);
    // Every line is checked before anything is written.
    for (const FeedbackInput &in : items) {
        const auto c = byCode.constFind(in.category);
        if (c == byCode.constEnd() || !c->active)
            return Error::invalid(tr("\"%1\" is not a feedback category in use.").arg(in.category));
        if (in.text.trimmed().isEmpty())
            return Error::invalid(tr("Feedback (%1): say what the customer said.").arg(FeedbackText::category(c->code, c->name)));
        if (in.text.size() > 2000)
            return Error::invalid(tr("Feedback: at most 2,000 characters."));
        if (!sources().contains(in.source))
            return Error::invalid(tr("\"%1\" is not a feedback source.").arg(in.source));
        if (!in.customerId)
            return Error::invalid(tr("Feedback: choose the customer."));
        if (in.praised.size() > 60)
            return Error::invalid(tr("Praised: at most 60 characters."));
    }
    const QDateTime now = m_ctx.clock.nowUtc();
    ComplaintService clocks(m_ctx);
    data::FeedbackRepository repo(m_ctx.db);
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    QList<qint64> ids;
    for (const FeedbackInput &in : items) {
        const data::FeedbackCategory &c = byCode[in.category];
        const calendar::Clock clockKind = calendar::clockFromId(c.clock).value_or(calendar::Clock::StoreHours);
        auto clock = clocks.clock(clockKind);
        if (!clock)
            return clock.error();
        const DueTimes due = dueTimes(*clock, now.toLocalTime(), c.answerHours, c.resolveHours);
        data::NewFeedbackItem n;
        n.customerId = in.customerId;
        n.vehicleId = in.vehicleId;
        n.category = c.code;
        n.text = in.text.trimmed();
        n.source = in.source;
        n.sourceId = in.sourceId;
        n.callId = in.callId;
        n.departmentId = in.departmentId ? in.departmentId : c.departmentId;
        n.ownerId = in.ownerId;
        n.takenBy = who.userId;
        n.praised = in.praised.simplified();
        n.clock = c.clock;
        n.receivedAt = toStoredUtc(now);
        n.answerWarnAt = stored(due.answerWarn);
        n.answerDueAt = stored(due.answerDue);
        n.resolveWarnAt = stored(due.resolveWarn);
        n.resolveDueAt = stored(due.resolveDue);
        auto id = repo.insert(n);
        if (!id)
            return id.error();
        // The source's id, not its words: the history is read in the reader's language.
        CRM_TRY(repo.addEvent(*id, n.receivedAt, who.username, u"record"_s, in.source));
        CRM_TRY(Guard::audit(m_ctx, &who,
                             {u"create"_s,
                              u"feedback_items"_s,
                              QString::number(*id),
                              {},
                              {{u"category"_s, c.code},
                               {u"department"_s, n.departmentId},
                               {u"source"_s, in.source},
                               {u"customer"_s, in.customerId},
                               {u"resolve_due"_s, n.resolveDueAt}},
                              c.code}));
        ids << *id;
    }
    CRM_TRY(tx.commit());
    return ids;
}

Result<data::FeedbackItemRow> FeedbackService::load(qint64 id)
{
    auto row = data::FeedbackRepository(m_ctx.db).byId(id);
    if (!row)
        return row.error();
    if (!*row)
        return Error::notFound(tr("Feedback item %1 does not exist.").arg(id));
    return **row;
}

Status FeedbackService::changed(Result<bool> r, qint64 id)
{
    if (!r)
        return r.error();
    if (!*r) {
        auto events = data::FeedbackRepository(m_ctx.db).events(id);
        const QString last =
            events && !events->isEmpty()
                ? tr(" (%1, %2)")
                      .arg(events->last().person, QLocale().toString(events->last().at.toLocalTime(), QLocale::ShortFormat))
                : QString();
        return Error::conflict(tr("Someone changed this item meanwhile%1; reopen it to see what changed.").arg(last));
    }
    return {};
}

QList<ItemDeadline> FeedbackService::deadlinesOf(const data::FeedbackItemRow &r) const
{
    const QDateTime now = m_ctx.clock.nowUtc();
    auto local = [](const QDateTime &t) { return t.isValid() ? t.toLocalTime() : QDateTime(); };
    // An item handed over or closed without a result stops its clocks there.
    const QDateTime stop =
        r.status == u"converted"_s || r.status == u"closed"_s || r.status == u"unreachable"_s ? r.closedAt : QDateTime();
    const QDateTime answered = r.answeredAt.isValid() ? r.answeredAt : r.resolvedAt.isValid() ? r.resolvedAt : stop;
    const QDateTime resolved = r.resolvedAt.isValid() ? r.resolvedAt : stop;
    return {{DeadlineKind::Answer, calendar::stateAt(r.answerWarnAt, r.answerDueAt, answered, now), local(r.answerDueAt),
             local(answered)},
            {DeadlineKind::Resolve, calendar::stateAt(r.resolveWarnAt, r.resolveDueAt, resolved, now), local(r.resolveDueAt),
             local(resolved)}};
}

Result<bool> FeedbackService::canHandle(const Session &who, const data::FeedbackItemRow &r)
{
    if (who.can(Permission::ManageFeedback))
        return true;
    if (!who.can(Permission::HandleFeedback))
        return false;
    if (r.ownerId == who.userId)
        return true;
    auto mine = data::FeedbackRepository(m_ctx.db).departmentsOf(who.userId);
    if (!mine)
        return mine.error();
    return mine->contains(r.departmentId);
}

Result<FeedbackView> FeedbackService::view(const Session &who, qint64 id)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ViewCustomers, tr("see feedback")));
    auto row = load(id);
    if (!row)
        return row.error();
    FeedbackView v;
    v.row = *row;
    v.deadlines = deadlinesOf(*row);
    auto events = data::FeedbackRepository(m_ctx.db).events(id);
    if (!events)
        return events.error();
    v.events = *events;
    auto can = canHandle(who, *row);
    if (!can)
        return can.error();
    v.canHandle = *can && isOpen(statusFromId(row->status).value_or(feedback::Status::Closed));
    return v;
}

Result<std::optional<data::FeedbackItemRow>> FeedbackService::itemOfTask(qint64 taskId)
{
    return data::FeedbackRepository(m_ctx.db).byTask(taskId);
}

Result<QList<data::FeedbackItemRow>> FeedbackService::list(const Session &who, data::FeedbackFilter f)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ViewCustomers, tr("see feedback")));
    f.nowUtc = toStoredUtc(m_ctx.clock.nowUtc());
    return data::FeedbackRepository(m_ctx.db).list(f);
}

Result<qint64> FeedbackService::count(const Session &who, data::FeedbackFilter f)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ViewCustomers, tr("see feedback")));
    f.nowUtc = toStoredUtc(m_ctx.clock.nowUtc());
    return data::FeedbackRepository(m_ctx.db).count(f);
}

} // namespace crm::services
