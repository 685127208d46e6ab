// The demo's desk history: club members and points, complaints at every stage, four weeks of calls.
#include "seed/SeedService.h"

#include "data/BatchInsert.h"

#include "club/core/ClubRules.h"
#include "club/services/ActivityService.h"
#include "club/services/ClubService.h"
#include "club/services/GiftService.h"
#include "club/services/MemberServiceDesk.h"
#include "complaints/services/ComplaintService.h"
#include "followups/services/CallDeskService.h"
#include "leads/services/LeadService.h"
#include "surveys/services/SurveyService.h"

#include "data/UserRepository.h"
#include "followups/services/FollowupService.h"
#include <QSet>
#include <QTimeZone>
#include <algorithm>

#include "archives/data/CustomerRepository.h"
#include "core/Log.h"
#include "data/Transaction.h"
#include "seed/Names.h"
#include "services/SettingsService.h"
#include "services/UserService.h"

using namespace Qt::StringLiterals;
using namespace crm::complaints;

namespace crm::services {

Status SeedService::seedClubHistory(const Session &clubStaff, const Session &manager, quint64 seed)
{
    DataGenerator gen(seed + 23);
    const QDate today = m_ctx.clock.nowUtc().toLocalTime().date();
    auto at = [](const QDate &d, int hour) { return QDateTime(d, QTime(hour, 0)).toUTC(); };
    // Every fourth customer with a vehicle joins, on a day in the last 18 months.
    auto rows = m_ctx.db.exec(u"SELECT c.id, MIN(v.id) FROM customers c JOIN vehicles v ON v.customer_id = c.id "
                              "WHERE c.deleted_at IS NULL GROUP BY c.id ORDER BY c.id"_s);
    if (!rows)
        return rows.error();
    QList<QPair<qint64, qint64>> joiners;
    int n = 0;
    while (rows->next())
        if (n++ % 4 == 0)
            joiners << qMakePair(rows->value(0).toLongLong(), rows->value(1).toLongLong());
    rows->finish();
    QList<qint64> members;
    QStringList cards;
    for (const auto &[customer, vehicle] : joiners) {
        const QDate joined = today.addDays(-gen.uniform(20, 540));
        FixedClock clock(at(joined, 10));
        ClubService club(Context{m_ctx.db, clock});
        auto m = club.enroll(clubStaff, customer, vehicle);
        if (!m)
            return m.error();
        members << m->id;
        cards << m->cards.first().number;
        CRM_TRY(club.earn(clubStaff, m->id, 500, tr("Welcome points")));
        // Points for each paid visit since joining, at the visit's date.
        auto visits =
            m_ctx.db.exec(u"SELECT id, visit_date, amount_fen FROM service_visits WHERE customer_id = ? AND visit_date >= ? "
                          "AND amount_fen > 0 AND deleted_at IS NULL ORDER BY visit_date"_s,
                          {customer, joined.toString(Qt::ISODate)});
        if (!visits)
            return visits.error();
        QList<std::tuple<qint64, QDate, qint64>> paid;
        while (visits->next())
            paid << std::make_tuple(visits->value(0).toLongLong(), QDate::fromString(visits->value(1).toString(), Qt::ISODate),
                                    visits->value(2).toLongLong());
        visits->finish();
        for (const auto &[visit, day, fen] : paid) {
            if (!day.isValid() || day > today)
                continue;
            clock.set(at(day, 15));
            auto got = club.earnForSpend(clubStaff, m->id, fen, u"visit:%1"_s.arg(visit));
            if (!got)
                return got.error();
        }
    }
    if (members.size() < 12)
        return {};
    FixedClock clock(at(today.addDays(-40), 11));
    Context ctx{m_ctx.db, clock};
    ClubService club(ctx);
    // One card lost and reissued, one lost and not yet reissued (blocked).
    CRM_TRY(club.reportLost(clubStaff, cards[1], tr("Lost with the wallet")));
    clock.set(at(today.addDays(-38), 11));
    if (auto r = club.reissue(clubStaff, cards[1]); !r)
        return r.error();
    clock.set(at(today.addDays(-3), 16));
    CRM_TRY(club.reportLost(clubStaff, cards[2], tr("Reported by phone")));

    // Gifts and redemptions.
    GiftService gifts(ctx);
    const QList<Gift> catalogue{{0, u"原厂机油（4L）"_s, 800, 40, true, {}}, {0, u"车载充气泵"_s, 1500, 12, true, {}},
                                {0, u"精洗美容一次"_s, 600, 100, true, {}},  {0, u"定制车模"_s, 3000, 5, true, {}},
                                {0, u"保温杯礼盒"_s, 300, 60, true, {}},     {0, u"四轮定位一次"_s, 1000, 30, true, {}}};
    QList<qint64> giftIds;
    for (const Gift &g : catalogue) {
        auto id = gifts.saveGift(clubStaff, g);
        if (!id)
            return id.error();
        giftIds << *id;
    }
    for (int i = 0; i < 30; ++i) {
        clock.set(at(today.addDays(-gen.uniform(1, 60)), 14));
        const qint64 member = members[gen.uniform(3, int(members.size()) - 1)];
        auto order = gifts.redeem(clubStaff, member, giftIds[gen.uniform(0, int(giftIds.size()) - 1)], 1);
        if (!order)
            continue; // not enough points for that gift: the member chose nothing
        const int fate = gen.uniform(0, 9);
        if (fate < 7)
            CRM_TRY(gifts.fulfil(clubStaff, *order));
        else if (fate == 7)
            CRM_TRY(gifts.cancelOrder(clubStaff, *order, tr("Changed their mind")));
    }

    // Activities: two past with attendance, one next week, one next month.
    ActivityService activities(ctx);
    struct Plan {
        const char16_t *title, *place;
        int daysFromToday, capacity, points;
    };
    const Plan plans[] = {{u"秋季自驾游·从化温泉", u"从化流溪河", -45, 30, 200},
                          {u"亲子安全驾驶课堂", u"展厅二楼", -12, 20, 100},
                          {u"冬季免费检测日", u"售后车间", 6, 50, 50},
                          {u"新春车主答谢会", u"白云国际会议中心", 40, 120, 300}};
    for (const Plan &plan : plans) {
        const QDate day = today.addDays(plan.daysFromToday);
        clock.set(at(day.addDays(-20), 10));
        Activity a;
        a.title = QString::fromUtf16(plan.title);
        a.place = QString::fromUtf16(plan.place);
        a.startsAt = QDateTime(day, QTime(9, 30));
        a.capacity = plan.capacity;
        a.points = plan.points;
        auto id = activities.save(clubStaff, a);
        if (!id)
            return id.error();
        const int people = std::min<int>(plan.capacity - 2, int(members.size()) - 3);
        for (int i = 0; i < people / 2; ++i)
            (void)activities.registerMember(
                clubStaff, *id, members[3 + (i * 5 + plan.capacity) % (members.size() - 3)]); // drawn twice: already in
        if (plan.daysFromToday < 0) {
            clock.set(at(day, 9));
            auto attendees = activities.attendees(clubStaff, *id);
            if (!attendees)
                return attendees.error();
            for (const Attendee &p : *attendees)
                if (gen.uniform(0, 4) > 0)
                    (void)activities.checkIn(clubStaff, *id, p.memberId); // no-shows stay registered
        }
    }

    // Member services with two replacement cars and a driver.
    MemberServiceDesk desk(ctx);
    QList<qint64> cars, drivers;
    for (const QString &name : {u"粤A·D2217 速腾"_s, u"粤A·F0913 宝来"_s}) {
        auto id = desk.addResource(clubStaff, u"car"_s, name);
        if (!id)
            return id.error();
        cars << *id;
    }
    for (const QString &name : {u"司机 黄志强"_s, u"司机 吴海"_s}) {
        auto id = desk.addResource(clubStaff, u"driver"_s, name);
        if (!id)
            return id.error();
        drivers << *id;
    }
    const QStringList kinds = club::ClubText::serviceKinds();
    for (int i = 0; i < 14; ++i) {
        const QDate day = today.addDays(gen.uniform(-20, 10));
        clock.set(at(std::min(day, today).addDays(-3), 10));
        MemberServiceRequest r;
        r.memberId = members[3 + i % (members.size() - 3)];
        r.kind = kinds[i % kinds.size()];
        r.startsAt = QDateTime(day, QTime(gen.uniform(9, 14), 0));
        r.endsAt = r.kind == u"replacement_car"_s ? r.startsAt.addDays(2) : r.startsAt.addSecs(3 * 3600);
        r.resourceId = r.kind == u"replacement_car"_s ? cars[i % 2] : r.kind == u"pickup"_s ? drivers[i % 2] : 0;
        r.address = r.kind == u"pickup"_s ? u"天河区体育西路 %1 号"_s.arg(gen.uniform(1, 200)) : QString();
        auto car = m_ctx.db.scalar(u"SELECT MIN(v.id) FROM vehicles v JOIN club_members m ON m.customer_id = v.customer_id "
                                   "WHERE m.id = ? AND v.deleted_at IS NULL"_s,
                                   {r.memberId});
        if (!car)
            return car.error();
        r.vehicleId = car->toLongLong(); // the member's car: the list shows which one
        auto id = desk.book(clubStaff, r);
        if (!id)
            continue; // the car or driver was taken at that time: the desk would choose another
        if (day < today)
            CRM_TRY(desk.close(clubStaff, *id, u"done"_s, {}));
    }

    // Leads: web platforms, walk-ins and member referrals at every stage.
    LeadService leads(ctx);
    const QStringList consultants = DataGenerator::staffNames().mid(0, 4);
    const QStringList sources{u"autohome"_s, u"dongchedi"_s, u"yiche"_s, u"walk_in"_s, u"phone"_s, u"website"_s, u"referral"_s};
    const QStringList models{u"迈腾"_s, u"速腾"_s, u"探岳"_s, u"ID.4 CROZZ"_s, u"宝来"_s};
    const QStringList path{u"contacted"_s, u"test_drive"_s, u"ordered"_s, u"delivered"_s};
    for (int i = 0; i < 60; ++i) {
        const QDate day = today.addDays(-gen.uniform(0, 80));
        clock.set(at(day, gen.uniform(9, 18)));
        LeadInput in;
        in.name = gen.personName(gen.uniform(0, 1) == 0);
        in.mobile = gen.mobile();
        in.source = sources[i % sources.size()];
        in.externalRef = in.source == u"autohome"_s || in.source == u"dongchedi"_s || in.source == u"yiche"_s
                             ? u"W%1"_s.arg(100000 + i)
                             : QString();
        in.model = models[gen.uniform(0, int(models.size()) - 1)];
        in.consultant = i % 9 == 0 ? QString() : consultants[i % consultants.size()];
        in.referrerMemberId = in.source == u"referral"_s ? members[3 + i % (members.size() - 3)] : 0;
        auto id = leads.create(clubStaff, in);
        if (!id)
            continue;
        const int stage = day.daysTo(today) < 2 ? -1 : gen.uniform(-1, 3); // the newest are not yet contacted
        for (int s = 0; s <= stage; ++s) {
            clock.advanceSecs(qint64(gen.uniform(4, 72)) * 3600);
            if (clock.nowUtc().toLocalTime().date() > today)
                break;
            if (auto r = leads.step(clubStaff, *id, path[s], {}); !r)
                return r.error();
        }
        if (stage >= 0 && stage < 3 && gen.uniform(0, 3) == 0 && clock.nowUtc().toLocalTime().date() < today)
            (void)leads.step(clubStaff, *id, u"lost"_s, {}, tr("Bought elsewhere"));
    }
    // One adjustment a manager approved.
    clock.set(at(today.addDays(-5), 10));
    CRM_TRY(club.adjust(manager, members[4], 1500, tr("Compensation for a delayed repair")));
    return {};
}

Status SeedService::seedComplaintHistory(const QList<Session> &agents, quint64 seed)
{
    // A month of complaints at every stage, so the register, the deadlines and the "needs
    // attention" list show what a real desk looks like.
    const Session *manager = nullptr;
    for (const Session &a : agents)
        if (a.can(Permission::ApproveComplaints))
            manager = &a;
    const Session *handler = nullptr; // the agent works the cases, the manager approves
    for (const Session &a : agents)
        if (!a.can(Permission::ApproveComplaints))
            handler = &a;
    if (!handler || !manager)
        return {};
    DataGenerator gen(seed + 11);
    auto ids = m_ctx.db.exec(u"SELECT c.id, MIN(v.id) FROM customers c JOIN vehicles v ON v.customer_id = c.id "
                             "WHERE c.deleted_at IS NULL GROUP BY c.id ORDER BY c.id LIMIT 40"_s);
    if (!ids)
        return ids.error();
    QList<QPair<qint64, qint64>> customers;
    while (ids->next())
        customers << qMakePair(ids->value(0).toLongLong(), ids->value(1).toLongLong());
    const QDate today = m_ctx.clock.nowUtc().toLocalTime().date();
    const QStringList texts{u"保养后发动机异响，回店检查说正常，客户不认可"_s,
                            u"维修等待时间超过约定两个小时"_s,
                            u"服务顾问态度冷淡，解释费用不耐烦"_s,
                            u"配件缺货，预约两周仍未到货"_s,
                            u"结算金额比报价高出三百元"_s,
                            u"交车时发现漆面有划痕"_s,
                            u"上牌资料延误一周"_s,
                            u"空调异味，两次维修未解决"_s};
    const QStringList categories{u"repair_quality"_s, u"service_attitude"_s,   u"service_attitude"_s,   u"parts"_s,
                                 u"price"_s,          u"delivery_paperwork"_s, u"delivery_paperwork"_s, u"product_quality"_s};
    const Step path[] = {Step::Investigate, Step::Propose, Step::Approve, Step::Inform, Step::Accept};
    QList<QDate> days; // numbers follow the calendar, as they do at a real desk
    for (int i = 0; i < 10; ++i)
        days << today.addDays(-gen.uniform(1, 30));
    std::sort(days.begin(), days.end());
    for (int i = 0; i < 10 && i < customers.size(); ++i) {
        const QDate day = days[i];
        FixedClock clock(QDateTime(day, QTime(gen.uniform(9, 16), gen.uniform(0, 59))).toUTC());
        Context ctx{m_ctx.db, clock};
        ComplaintService complaints(ctx);
        ComplaintInput in;
        in.customerId = customers[i * 3 % customers.size()].first;
        in.vehicleId = customers[i * 3 % customers.size()].second;
        in.channel = ComplaintText::channels()[gen.uniform(0, 4)];
        in.category = categories[i % categories.size()];
        in.quality = in.category == u"product_quality"_s || in.category == u"repair_quality"_s;
        in.level = i == 3 ? u"escalated"_s : u"normal"_s;
        in.oemTicket = i == 3 ? u"FAW-CS-2611-0381"_s : QString();
        in.description = texts[i % texts.size()];
        in.demand = i % 2 ? u"要求书面道歉"_s : u"免费处理"_s;
        auto c = complaints.registerComplaint(*handler, in);
        if (!c)
            return c.error();
        // Cases go as far as their age allows: old ones closed, recent ones still open.
        const int steps =
            std::min(int(std::size(path)), gen.uniform(0, 5) + (today.toJulianDay() - day.toJulianDay() > 14 ? 2 : 0));
        for (int s = 0; s < steps; ++s) {
            clock.advanceSecs(qint64(gen.uniform(2, 30)) * 3600);
            if (clock.nowUtc().toLocalTime().date() >= today)
                break;
            auto view = complaints.view(*manager, c->id);
            if (!view)
                return view.error();
            StepInput step;
            step.step = path[s];
            step.department = i % 2 ? u"售后服务部"_s : u"销售部"_s;
            step.responsible = i % 2 ? u"陈刚"_s : u"刘洋"_s;
            step.rootCause = u"流程执行不到位"_s;
            step.solution = u"向客户致歉并免费处理，加强培训"_s;
            step.compensationFen = gen.uniform(0, 3) * 10000;
            step.customerReply = u"接受处理结果"_s;
            auto r = complaints.step(path[s] == Step::Approve ? *manager : *handler, c->id, view->row.version, step);
            if (!r)
                return r.error();
        }
    }
    return {};
}

Status SeedService::seedFollowupHistory(const QList<Session> &agents, quint64 seed, int days)
{
    if (agents.isEmpty())
        return {};
    DataGenerator gen(seed + 7);
    const QDate today = m_ctx.clock.nowUtc().toLocalTime().date();
    // What customers say, by the feedback module's shipped categories (each goes to its department).
    const QString categories[] = {u"need"_s, u"purchase_intent"_s, u"suggestion"_s, u"praise"_s, u"enquiry"_s, u"grievance"_s};
    const QStringList feedback[] = {{u"希望增加周末保养时段"_s, u"想要上门取送车服务"_s},
                                    {u"考虑明年给家人再买一台SUV"_s, u"对新款电动车感兴趣"_s},
                                    {u"休息区希望增加充电插座"_s, u"建议短信提醒提前两天发"_s},
                                    {u"服务顾问王磊解释得很清楚"_s, u"技师刘强修得又快又好"_s},
                                    {u"想了解延保政策"_s, u"问一下轮胎更换的价格"_s},
                                    {u"上次保养等待时间太长"_s, u"服务顾问态度不好，希望店长回电"_s}};
    const QString praised[] = {u"王磊"_s, u"刘强"_s};
    for (int back = days; back >= 1; --back) {
        const QDate day = today.addDays(-back);
        // The desk's clock on that day: generation early, calls through the working day.
        FixedClock clock(QDateTime(day, QTime(9, 5)).toUTC());
        Context ctx{m_ctx.db, clock};
        if (auto g = FollowupService(ctx).generate(agents.first(), day); !g)
            return g.error();
        data::QueueFilter f;
        f.owner = data::QueueOwner::Everyone;
        auto queue = CallDeskService(ctx).queue(agents.first(), f, std::nullopt, 500);
        if (!queue)
            return queue.error();
        int minute = 0;
        for (const data::TaskRow &t : *queue) {
            if (gen.unit() < 0.15)
                continue; // not every task is worked on the day: some become overdue
            // A task stays with whoever called first; a fresh one goes to any agent.
            const Session *holder = nullptr;
            for (const Session &a : agents)
                if (a.userId == t.assignedTo)
                    holder = &a;
            const Session &who = holder ? *holder : agents[gen.uniform(0, int(agents.size()) - 1)];
            const QTime time = QTime(9, 30).addSecs(60 * (minute += gen.uniform(3, 9)));
            if (time >= QTime(12, 0) && time < QTime(14, 0))
                minute += 120; // lunch: the customers' rest time
            if (QTime(9, 30).addSecs(60 * minute) >= QTime(19, 30))
                break;
            clock.set(QDateTime(day, QTime(9, 30).addSecs(60 * minute)).toUTC());
            const double roll = gen.unit();
            CallInput call;
            call.outcome = roll < 0.68   ? followups::Outcome::Reached
                           : roll < 0.84 ? followups::Outcome::NoAnswer
                           : roll < 0.94 ? followups::Outcome::Busy
                                         : followups::Outcome::Refused;
            call.durationSec = call.outcome == followups::Outcome::Reached ? gen.uniform(45, 420) : 0;
            if (call.outcome == followups::Outcome::Reached && gen.unit() < 0.25) {
                const int category = gen.uniform(0, 5);
                const int text = gen.uniform(0, int(feedback[category].size()) - 1);
                call.feedback << data::FeedbackRow{0, categories[category], feedback[category][text],
                                                   categories[category] == u"praise"_s ? praised[text] : QString()};
            }
            // The task's survey, answered mostly happily; now and then unhappily (the closed loop).
            const QString code = SurveyService::templateCodeFor(t.kind);
            if (call.outcome == followups::Outcome::Reached && !code.isEmpty()) {
                SurveyService surveys(ctx);
                auto tpl = surveys.latest(code);
                auto tired = surveys.fatigueReason(t.customerId);
                if (!tpl)
                    return tpl.error();
                if (!tired)
                    return tired.error();
                if (tpl->has_value() && tired->isEmpty()) {
                    ResponseInput r;
                    r.templateId = (*tpl)->id;
                    const bool unhappy = gen.unit() < 0.08;
                    QMap<int, int> scores;
                    for (const QuestionDef &q : (*tpl)->questions) {
                        if (!SurveyService::visible(**tpl, q, scores))
                            continue;
                        AnswerInput a{q.position, std::nullopt, {}};
                        if (q.kind == u"scale5"_s)
                            a.score = unhappy && q.position == 5 ? 2 : (gen.unit() < 0.7 ? 5 : gen.uniform(3, 4));
                        else if (q.kind == u"scale10"_s)
                            a.score = unhappy ? gen.uniform(3, 6) : gen.uniform(7, 10);
                        else if (q.kind == u"yesno"_s)
                            a.score = unhappy ? 0 : 1;
                        else if (q.kind == u"text"_s)
                            a.text = u"等待时间太长，解释不清楚"_s;
                        if (a.score)
                            scores.insert(q.position, *a.score);
                        r.answers << a;
                    }
                    auto staff = m_ctx.db.scalar(
                        t.kind == u"sales_survey"_s
                            ? u"SELECT sales_consultant FROM vehicles WHERE id = ?"_s
                            : u"SELECT advisor FROM service_visits WHERE vehicle_id = ? ORDER BY visit_date DESC LIMIT 1"_s,
                        {t.vehicleId});
                    if (staff && staff->isValid())
                        r.staff = staff->toString();
                    call.survey = r;
                }
            }
            if (call.outcome == followups::Outcome::Reached &&
                (t.kind == u"first_maintenance"_s || t.kind == u"routine_maintenance"_s) && gen.unit() < 0.6) {
                // The first place the workshop has from a day the customer names.
                const QDateTime wish(day.addDays(gen.uniform(2, 10)), QTime(gen.uniform(9, 16), 0));
                auto free = AppointmentService(ctx).nextFree(wish, 1);
                if (free && !free->isEmpty()) {
                    BookingRequest a;
                    a.at = free->first();
                    a.jobType = u"maintenance"_s;
                    call.appointment = a;
                }
            }
            auto logged = CallDeskService(ctx).logCall(who, t.id, call);
            if (!logged)
                return logged.error();
        }
    }
    return {};
}

} // namespace crm::services
