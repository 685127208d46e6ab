// The demo's feedback at every stage: the departments staffed with the demo's people, and what
// the calls of the last four weeks heard worked through — answered, resolved, told back to the
// customer (or not reached), handed to the complaint desk or to sales, some still open or late.
// At scale: one item for every fifth customer over two years, in batches, at every stage.
#include "seed/Names.h"
#include "seed/SeedService.h"

#include "complaints/services/ComplaintService.h"
#include "data/BatchInsert.h"
#include "data/UserRepository.h"
#include "feedback/services/FeedbackService.h"
#include "followups/services/CallDeskService.h"
#include "leads/data/LeadRepository.h"

using namespace Qt::StringLiterals;

namespace crm::services {

namespace {
// The moment `hours` counted hours after `from` on the item's clock, a few minutes past.
QDateTime after(const calendar::WorkCalendar &clock, const QDateTime &fromUtc, int minutes)
{
    return clock.addWorkingMinutes(fromUtc.toLocalTime(), minutes).toUTC();
}
} // namespace

Status SeedService::seedFeedback(const QList<Session> &agents, const Session &manager, const Session &club, quint64 seed)
{
    if (agents.isEmpty())
        return {};
    FeedbackService feedback(m_ctx);
    auto deps = feedback.departments();
    if (!deps)
        return deps.error();
    // Who answers: the manager heads the departments the demo staffs; the agent belongs to
    // customer relations and the service desk, the club's staff to the club.
    for (data::Department d : *deps) {
        if (d.code == u"parts"_s || d.code == u"finance"_s || d.code == u"marketing"_s)
            continue;
        d.headId = manager.userId;
        if (d.code == u"customer_relations"_s || d.code == u"service"_s)
            for (const Session &a : agents)
                d.members << a.userId;
        if (d.code == u"club"_s)
            d.members << club.userId;
        CRM_TRY(statusOf(feedback.saveDepartment(manager, d)));
    }
    // The club desk hears its members too: a few items for the club's own department.
    {
        auto members = m_ctx.db.exec(u"SELECT customer_id FROM club_members ORDER BY id LIMIT 4"_s);
        if (!members)
            return members.error();
        const QString said[] = {u"希望俱乐部多组织自驾游活动"_s, u"积分兑换的礼品种类太少"_s, u"会员日能否安排在周末"_s,
                                u"代驾服务预约电话总是占线"_s};
        int n = 0;
        qint64 clubId = 0;
        for (const data::Department &d : *deps)
            if (d.code == u"club"_s)
                clubId = d.id;
        while (members->next()) {
            FixedClock when(m_ctx.clock.nowUtc().addDays(-(n * 5 + 2)));
            Context ctx{m_ctx.db, when};
            FeedbackInput in;
            in.customerId = members->value(0).toLongLong();
            in.category = n % 2 ? u"suggestion"_s : u"need"_s;
            in.text = said[n % 4];
            in.source = u"club"_s;
            in.departmentId = clubId;
            CRM_TRY(statusOf(FeedbackService(ctx).record(club, in)));
            ++n;
        }
    }
    data::FeedbackFilter f;
    f.state = u"all"_s;
    f.limit = 100000;
    auto items = feedback.list(manager, f);
    if (!items)
        return items.error();
    DataGenerator gen(seed + 53);
    const QDateTime now = m_ctx.clock.nowUtc();
    ComplaintService clocks(m_ctx);
    auto store = clocks.clock(calendar::Clock::StoreHours);
    if (!store)
        return store.error();
    // Oldest first, as the departments worked them.
    std::sort(items->begin(), items->end(), [](const auto &a, const auto &b) { return a.id < b.id; });
    for (const data::FeedbackItemRow &item : *items) {
        if (item.source == u"legacy"_s || item.status != u"open"_s)
            continue;
        const double roll = gen.unit();
        if (roll > 0.88)
            continue; // nobody has answered yet: the open and overdue items of the list
        // A department answers within its day mostly, and now and then late.
        const QDateTime answerAt = after(*store, item.receivedAt, roll < 0.85 ? gen.uniform(30, 420) : gen.uniform(600, 1200));
        if (answerAt >= now)
            continue; // still waiting: the list's open items
        FixedClock at(answerAt);
        Context ctx{m_ctx.db, at};
        FeedbackService s(ctx);
        auto current = s.view(manager, item.id);
        if (!current)
            return current.error();
        int version = current->row.version;
        if (item.category == feedback::kGrievance && gen.unit() < 0.5) {
            ComplaintInput c;
            c.customerId = item.customerId;
            c.vehicleId = item.vehicleId;
            c.channel = u"followup_call"_s;
            c.category = u"service_attitude"_s;
            c.description = item.text;
            c.callId = item.callId;
            CRM_TRY(statusOf(s.toComplaint(manager, item.id, version, c)));
            continue;
        }
        if (item.category == feedback::kPurchaseIntent && gen.unit() < 0.5) {
            data::LeadInput l;
            l.consultant = u"刘洋"_s;
            if (auto lead = s.toLead(manager, item.id, version, l); !lead && lead.error().kind != Error::Kind::Invalid)
                return lead.error();
            continue;
        }
        CRM_TRY(s.answer(manager, item.id, version, u"已收到，部门正在处理"_s));
        const QDateTime resolveAt = after(*store, answerAt, gen.unit() < 0.8 ? gen.uniform(120, 900) : gen.uniform(1700, 2600));
        if (resolveAt >= now)
            continue;
        at.set(resolveAt);
        version += 1;
        const QString result = item.category == feedback::kPraise ? u"已转达本人并通报表扬"_s
                               : item.category == u"enquiry"_s ? u"已查明：延保可在首保后办理，价格见报价单"_s
                                                               : u"已安排专人处理，下次到店时落实"_s;
        CRM_TRY(s.resolve(manager, item.id, version, result, item.category == feedback::kPraise ? u"王磊"_s : QString()));
        if (item.category == feedback::kPraise)
            continue;
        // The agent tells the customer the next working morning: mostly reached.
        const QDateTime callAt = QDateTime(resolveAt.toLocalTime().date().addDays(1), QTime(10, gen.uniform(0, 50))).toUTC();
        if (callAt >= now)
            continue;
        auto view = s.view(manager, item.id);
        if (!view)
            return view.error();
        if (!view->row.informTaskId)
            continue;
        const Session *caller = &manager; // the task is the agent's who heard it; a manager may call too
        for (const Session &a : agents)
            if (a.userId == item.takenBy)
                caller = &a;
        // Mostly reached at the first call; some never answer the desk's three attempts.
        const double told = gen.unit();
        const int calls = told < 0.8 ? 1 : told < 0.9 ? 3 : 0;
        for (int i = 0; i < calls; ++i) {
            at.set(callAt.addSecs(i * 3 * 3600));
            if (at.nowUtc() >= now)
                break;
            CallInput call;
            call.outcome = told < 0.8 ? followups::Outcome::Reached : followups::Outcome::NoAnswer;
            call.durationSec = call.outcome == followups::Outcome::Reached ? gen.uniform(40, 200) : 0;
            call.notes = call.outcome == followups::Outcome::Reached ? u"已告知处理结果，客户表示满意"_s : QString();
            call.callInQuietHours = true;
            if (auto r = CallDeskService(ctx).logCall(*caller, view->row.informTaskId, call); !r)
                return r.error();
        }
    }
    return {};
}

Result<qint64> SeedService::seedScaleFeedback(const QList<qint64> &agents, quint64 seed)
{
    if (agents.isEmpty())
        return 0;
    DataGenerator gen(seed + 131);
    auto cats = FeedbackService(m_ctx).categories();
    if (!cats)
        return cats.error();
    auto store = ComplaintService(m_ctx).clock(calendar::Clock::StoreHours);
    if (!store)
        return store.error();
    const QDateTime now = m_ctx.clock.nowUtc();
    data::BatchInsert items(m_ctx.db, u"feedback_items"_s,
                            {u"customer_id"_s,     u"category"_s,       u"text"_s,           u"source"_s,
                             u"department_id"_s,   u"owner_id"_s,       u"taken_by"_s,       u"status"_s,
                             u"clock"_s,           u"received_at"_s,    u"answer_warn_at"_s, u"answer_due_at"_s,
                             u"resolve_warn_at"_s, u"resolve_due_at"_s, u"answered_at"_s,    u"answer"_s,
                             u"resolved_at"_s,     u"result"_s,         u"work_minutes"_s,   u"closed_at"_s});
    const QString texts[] = {u"希望增加周末保养时段"_s, u"考虑再买一台SUV"_s, u"休息区希望增加充电插座"_s,
                             u"服务顾问解释得很清楚"_s, u"想了解延保政策"_s,  u"上次保养等待时间太长"_s};
    qint64 lastId = 0, written = 0;
    const QVariant none(QMetaType(QMetaType::QString));
    for (;;) {
        auto q =
            m_ctx.db.exec(u"SELECT id FROM customers WHERE id > ? AND deleted_at IS NULL ORDER BY id LIMIT 50000"_s, {lastId});
        if (!q)
            return q.error();
        QList<qint64> ids;
        while (q->next())
            ids << q->value(0).toLongLong();
        if (ids.isEmpty())
            break;
        lastId = ids.last();
        for (qint64 customer : ids) {
            if (customer % 5)
                continue;
            const int c = gen.uniform(0, int(cats->size()) - 1);
            const data::FeedbackCategory &cat = (*cats)[c];
            // Received on a day of the last two years (before today), at the desk's hours.
            const QDateTime received =
                QDateTime(now.toLocalTime().date().addDays(-gen.uniform(1, 730)), QTime(gen.uniform(9, 16), gen.uniform(0, 59)));
            const feedback::DueTimes due = feedback::dueTimes(*store, received, cat.answerHours, cat.resolveHours);
            const double roll = gen.unit();
            const QDateTime answered =
                store->addWorkingMinutes(received, roll < 0.85 ? gen.uniform(30, 500) : gen.uniform(600, 1500));
            const QDateTime resolved =
                store->addWorkingMinutes(answered, roll < 0.8 ? gen.uniform(60, 1000) : gen.uniform(1700, 2600));
            const bool isAnswered = answered.toUTC() < now, isResolved = resolved.toUTC() < now;
            const QString status = !isAnswered   ? u"open"_s
                                   : !isResolved ? u"answered"_s
                                   : roll < 0.05 ? u"unreachable"_s
                                                 : u"closed"_s;
            const qint64 agent = agents[gen.uniform(0, int(agents.size()) - 1)];
            auto stamp = [](const QDateTime &t) { return toStoredUtc(t.toUTC()); };
            CRM_TRY(items.add({customer,
                               cat.code,
                               texts[c % 6],
                               u"outbound_call"_s,
                               cat.departmentId ? QVariant(cat.departmentId) : QVariant(QMetaType(QMetaType::LongLong)),
                               QVariant(QMetaType(QMetaType::LongLong)),
                               agent,
                               status,
                               cat.clock,
                               stamp(received),
                               stamp(due.answerWarn),
                               stamp(due.answerDue),
                               stamp(due.resolveWarn),
                               stamp(due.resolveDue),
                               isAnswered ? QVariant(stamp(answered)) : none,
                               isAnswered ? u"已收到"_s : u""_s,
                               isResolved ? QVariant(stamp(resolved)) : none,
                               isResolved ? u"已处理"_s : u""_s,
                               isResolved ? QVariant(store->workingMinutesBetween(received, resolved))
                                          : QVariant(QMetaType(QMetaType::LongLong)),
                               isResolved ? QVariant(stamp(resolved.addDays(1))) : none}));
            ++written;
        }
    }
    CRM_TRY(items.flush());
    return written;
}

} // namespace crm::services
