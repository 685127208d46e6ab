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

QList<DemoUser> SeedService::demoUsers()
{
    return {
        {u"admin"_s, u"系统管理员"_s, Role::Admin, u"demo-admin"_s},
        {u"manager"_s, u"张经理"_s, Role::Manager, u"demo-manager"_s},
        {u"agent"_s, u"李晓红"_s, Role::Agent, u"demo-agent"_s},
        {u"archivist"_s, u"王建国"_s, Role::Archivist, u"demo-archivist"_s},
        {u"club"_s, u"陈美玲"_s, Role::Club, u"demo-club"_s},
    };
}

Status SeedService::seedDemo(const Session &who, quint64 seed)
{
    UserService users(m_ctx);
    auto empty = users.needsFirstAdmin();
    if (!empty)
        return empty.error();
    if (!*empty)
        return Error::conflict(tr("The demo data goes into a new, empty database; this one has users already."));
    const QList<DemoUser> demo = demoUsers();
    auto admin = users.createFirstAdmin({demo[0].username, demo[0].displayName, Role::Admin, demo[0].password});
    if (!admin)
        return admin.error();
    for (qsizetype i = 1; i < demo.size(); ++i) {
        auto id = users.add(*admin, {demo[i].username, demo[i].displayName, demo[i].role, demo[i].password});
        if (!id)
            return id.error();
    }
    SettingsService settings(m_ctx);
    CRM_TRY(settings.set(*admin, settings::kDealerName, u"广州示例一汽-大众4S店"_s));
    CRM_TRY(settings.set(*admin, settings::kDealerCode, u"FVW-GZ-0427"_s));
    Q_UNUSED(who);
    CRM_TRY(seedCustomers(*admin, 300, seed));
    QList<Session> agents;
    for (const DemoUser &u : demo) {
        if (!roleHas(u.role, Permission::WorkFollowups))
            continue;
        auto row = data::UserRepository(m_ctx.db).findByUsername(u.username);
        if (!row)
            return row.error();
        if (row->has_value())
            agents << Session{(*row)->id, u.username, u.displayName, u.role};
    }

    // What a real archive has too: marketing consents recorded on calls, and a few duplicate records
    // left by a legacy import (same mobile, less complete), for the data-quality page to find.
    data::CustomerRepository repo(m_ctx.db);
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    const QString at = toStoredUtc(m_ctx.clock.nowUtc());
    auto ids = m_ctx.db.exec(u"SELECT id FROM customers ORDER BY id"_s);
    if (!ids)
        return ids.error();
    QList<qint64> all;
    while (ids->next())
        all << ids->value(0).toLongLong();
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (i % 3 == 0)
            CRM_TRY(repo.setConsent(all[i], {u"marketing_calls"_s, i % 2 == 0, at, u"phone"_s}));
    }
    for (qsizetype i : {qsizetype(5), qsizetype(42), qsizetype(133)}) {
        auto original = repo.customer(all.value(i));
        if (!original)
            return original.error();
        if (!original->has_value())
            continue;
        data::CustomerRow copy = **original;
        copy.address.clear();
        copy.birthday = QDate();
        copy.tags = {tr("legacy DMS")};
        auto id = repo.insertCustomer(copy, at);
        if (!id)
            return id.error();
        CRM_TRY(repo.refreshDerived(*id));
    }
    CRM_TRY(tx.commit());
    CRM_TRY(seedFollowupHistory(agents, seed, 28));
    CRM_TRY(seedComplaintHistory(agents, seed));
    auto sessionOf = [&](const QString &name) -> Result<Session> {
        auto row = data::UserRepository(m_ctx.db).findByUsername(name);
        if (!row)
            return row.error();
        if (!row->has_value())
            return Error::notFound(name);
        return Session{(*row)->id, (*row)->username, (*row)->displayName, (*row)->role};
    };
    auto club = sessionOf(u"club"_s);
    auto manager = sessionOf(u"manager"_s);
    if (!club || !manager)
        return club ? manager.error() : club.error();
    return seedClubHistory(*club, *manager, seed);
}

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
    const QStringList feedback[] = {{u"希望增加周末保养时段"_s, u"想了解延保政策"_s},
                                    {u"考虑明年给家人再买一台SUV"_s, u"对新款电动车感兴趣"_s},
                                    {u"上次保养等待时间太长"_s},
                                    {u"服务顾问态度不好，希望店长回电"_s}};
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
                const int category = gen.uniform(0, 3);
                const QStringList &texts = feedback[category];
                call.feedback << data::FeedbackRow{0, followups::FollowupText::feedbackCategories()[category],
                                                   texts[gen.uniform(0, int(texts.size()) - 1)]};
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
                (t.kind == u"first_maintenance"_s || t.kind == u"routine_maintenance"_s) && gen.unit() < 0.6)
                call.appointment = data::AppointmentRow{
                    0, 0, 0, 0, QDateTime(day.addDays(gen.uniform(2, 10)), QTime(gen.uniform(9, 16), 0)), u"maintenance"_s, {}};
            auto logged = CallDeskService(ctx).logCall(who, t.id, call);
            if (!logged)
                return logged.error();
        }
    }
    return {};
}

Status SeedService::seedCustomers(const Session &who, qint64 customers, quint64 seed, const Progress &progress,
                                  const std::atomic<bool> *cancel, int batchSize)
{
    // Generated data is an administrator's tool (demo desks, load tests), not an archivist's.
    CRM_TRY(Guard::require(m_ctx, who, Permission::ManageUsers, tr("fill the database with generated data")));
    if (customers < 0)
        return Error::invalid(tr("The number of customers must not be negative."));
    DataGenerator gen(seed);
    data::CustomerRepository repo(m_ctx.db);
    const QDate today = m_ctx.clock.nowUtc().date();
    const data::BulkCache bulk(m_ctx.db);
    const QString at = toStoredUtc(m_ctx.clock.nowUtc());
    qint64 done = 0;
    while (done < customers) {
        if (cancel && cancel->load())
            return Error::conflict(tr("Seeding was cancelled after %1 customers; those are saved.").arg(done));
        const qint64 batchEnd = qMin(customers, done + batchSize);
        data::Transaction tx(m_ctx.db);
        CRM_TRY(tx.started());
        // The batch is generated first and written in bulk (BatchInsert: multi-row INSERTs, COPY on
        // PostgreSQL) with ids reserved for it — the same ids, rows and draws from the generator as
        // one INSERT at a time gave, so a seed still makes the same database.
        auto customerIds = m_ctx.db.reserveIds(u"customers"_s, batchEnd - done);
        if (!customerIds)
            return customerIds.error();
        QList<data::CustomerRow> newCustomers;
        QList<data::VehicleRow> newVehicles;
        QList<QList<data::ServiceVisitRow>> visitsOf; // per vehicle, in order
        QHash<qint64, QList<data::VehicleRow>> vehiclesOf;
        for (size_t i = 0; done < batchEnd; ++done, ++i) {
            data::CustomerRow customer = gen.customer();
            customer.id = (*customerIds)[i];
            const int vehicles = gen.unit() < 0.82 ? 1 : (gen.unit() < 0.9 ? 2 : 3);
            for (int v = 0; v < vehicles; ++v) {
                data::VehicleRow vehicle = gen.vehicle(customer.id, today);
                const auto visits = gen.visits(vehicle, 0, today);
                for (const data::ServiceVisitRow &visit : visits)
                    if (visit.amountFen > 0 && (!vehicle.lastPaidVisit.isValid() || visit.visitDate > vehicle.lastPaidVisit))
                        vehicle.lastPaidVisit = visit.visitDate;
                newVehicles << vehicle;
                visitsOf << visits;
            }
            newCustomers << customer;
        }
        auto vehicleIds = m_ctx.db.reserveIds(u"vehicles"_s, newVehicles.size());
        if (!vehicleIds)
            return vehicleIds.error();
        QStringList ownershipFrom;
        QList<data::ServiceVisitRow> newVisits;
        QList<qint64> consenting;
        for (qsizetype v = 0; v < newVehicles.size(); ++v) {
            data::VehicleRow &vehicle = newVehicles[v];
            vehicle.id = (*vehicleIds)[size_t(v)];
            vehiclesOf[vehicle.customerId] << vehicle;
            ownershipFrom << (vehicle.deliveryDate.isValid() ? vehicle.deliveryDate.toString(Qt::ISODate) : at.left(10));
            for (data::ServiceVisitRow visit : std::as_const(visitsOf[v])) {
                visit.vehicleId = vehicle.id;
                newVisits << visit;
            }
        }
        for (const data::CustomerRow &c : std::as_const(newCustomers))
            consenting << c.id;
        // Everything derived (completeness, search keys) is known already: written with the rows.
        CRM_TRY(repo.insertCustomers(newCustomers, vehiclesOf, at));
        CRM_TRY(repo.insertVehicles(newVehicles, ownershipFrom, at));
        CRM_TRY(repo.insertVisits(newVisits, at));
        // Consent as the desk records it at delivery.
        CRM_TRY(repo.insertConsents(consenting, {u"service_calls"_s, true, at, u"signed_form"_s}));
        CRM_TRY(
            Guard::audit(m_ctx, &who, {u"seed"_s, u"customers"_s, {}, {}, {{u"customers"_s, batchEnd}}, u"seed %1"_s.arg(seed)}));
        CRM_TRY(tx.commit());
        if (progress)
            progress(done, customers);
    }
    log::get("app")->info("seeded {} customers", customers);
    return {};
}

namespace {
// Local wall time → stored UTC for millions of rows: the zone's offset is looked up once per day
// (each QDateTime local conversion stats /etc/localtime; that was a third of the seed's time).
class LocalStamps {
public:
    QString operator()(const QDate &day, int hour, int minute = 0)
    {
        auto it = m_offsets.find(day);
        if (it == m_offsets.end())
            it = m_offsets.insert(day, QDateTime(day, QTime(12, 0)).offsetFromUtc());
        return toStoredUtc(QDateTime(day, QTime(hour, minute), QTimeZone::utc()).addSecs(-*it));
    }

private:
    QHash<QDate, int> m_offsets;
};
} // namespace

Result<QList<qint64>> SeedService::scaleAgents(const Session &who)
{
    QList<qint64> agents;
    for (int i = 1; i <= 10; ++i) {
        const QString name = u"agent%1"_s.arg(i, 2, 10, QChar(u'0'));
        auto existing = data::UserRepository(m_ctx.db).findByUsername(name);
        if (!existing)
            return existing.error();
        if (existing->has_value()) {
            agents << (*existing)->id;
            continue;
        }
        auto id = UserService(m_ctx).add(who, {name, tr("Agent %1").arg(i), Role::Agent, u"demo-agent"_s});
        if (!id)
            return id.error();
        agents << *id;
    }
    return agents;
}

Result<qint64> SeedService::seedActivity(const Session &who, quint64 seed, const Progress &progress,
                                         const std::atomic<bool> *cancel)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ManageUsers, tr("fill the database with generated data")));
    auto agents = scaleAgents(who);
    if (!agents)
        return agents.error();
    const data::BulkCache bulk(m_ctx.db);
    auto followups = seedScaleFollowups(*agents, seed, progress, cancel);
    if (!followups)
        return followups.error();
    auto club = seedScaleClub(seed, cancel);
    if (!club)
        return club.error();
    auto complaints = seedScaleComplaints(*agents, seed);
    if (!complaints)
        return complaints.error();
    CRM_TRY(Guard::audit(
        m_ctx, &who,
        {u"seed"_s, u"activity"_s, {}, {}, {{u"rows"_s, *followups + *club + *complaints}}, u"seed %1"_s.arg(seed)}));
    CRM_TRY(m_ctx.db.refreshStatistics());
    log::get("app")->info("seeded {} follow-up, {} club and {} complaint rows", *followups, *club, *complaints);
    return *followups + *club + *complaints;
}

Result<qint64> SeedService::seedScaleFollowups(const QList<qint64> &agents, quint64 seed, const Progress &progress,
                                               const std::atomic<bool> *cancel)
{
    DataGenerator gen(seed + 101);
    const QDate today = m_ctx.clock.nowUtc().toLocalTime().date();
    LocalStamps stamp;
    auto total = m_ctx.db.scalar(u"SELECT COUNT(*) FROM service_visits WHERE deleted_at IS NULL"_s);
    if (!total)
        return total.error();
    const QString insertTask =
        u"INSERT INTO followup_tasks(kind, source_key, customer_id, vehicle_id, available, due_date, expires, priority, status, "
        "attempts, assigned_to, created_at, updated_at, completed_at, completed_day, outcome, completed_by) "
        "VALUES ('after_service', ?, ?, ?, ?, ?, ?, 2, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(kind, source_key) DO NOTHING RETURNING id"_s;
    const QString insertCall = u"INSERT INTO followup_calls(task_id, customer_id, agent_id, called_at, outcome, duration_sec) "
                               "VALUES (?, ?, ?, ?, ?, ?)"_s;
    qint64 lastId = 0, seen = 0, written = 0;
    struct Visit {
        qint64 id, vehicle, customer;
        QDate day;
    };
    for (;;) {
        if (cancel && cancel->load())
            return Error::conflict(tr("Seeding was cancelled; the follow-ups written so far are saved."));
        QList<Visit> chunk;
        {
            auto q = m_ctx.db.exec(u"SELECT id, vehicle_id, customer_id, visit_date FROM service_visits WHERE id > ? "
                                   "AND deleted_at IS NULL ORDER BY id LIMIT 20000"_s,
                                   {lastId});
            if (!q)
                return q.error();
            while (q->next())
                chunk.append({q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toLongLong(),
                              QDate::fromString(q->value(3).toString(), Qt::ISODate)});
        }
        if (chunk.isEmpty())
            break;
        lastId = chunk.last().id;
        data::Transaction tx(m_ctx.db);
        CRM_TRY(tx.started());
        for (const Visit &v : chunk) {
            if (!v.day.isValid() || v.day >= today)
                continue;
            const qint64 agent = agents.at(int(v.customer % agents.size()));
            const QDate available = v.day.addDays(1), due = v.day.addDays(3), expires = v.day.addDays(15);
            // (outcome, day offset from available) per call; the task's end state follows.
            QList<QPair<QString, int>> calls;
            QString status;
            if (expires >= today) {
                status = u"open"_s;
                if (gen.unit() < 0.3 && available < today)
                    calls << qMakePair(u"no_answer"_s, 0);
            } else if (const double r = gen.unit(); r < 0.80) {
                status = u"done"_s;
                if (gen.unit() < 0.25)
                    calls << qMakePair(u"no_answer"_s, 0);
                calls << qMakePair(u"reached"_s, 1);
            } else if (r < 0.88) {
                status = u"unreachable"_s;
                calls << qMakePair(u"no_answer"_s, 0) << qMakePair(u"busy"_s, 1) << qMakePair(u"no_answer"_s, 2);
            } else if (r < 0.95) {
                status = u"expired"_s;
            } else {
                status = u"done"_s; // reached, but after the due day
                calls << qMakePair(u"no_answer"_s, 0) << qMakePair(u"reached"_s, 5);
            }
            struct Call {
                QString outcome, at;
                QDate day;
            };
            QList<Call> made;
            for (const auto &[outcome, offset] : calls) {
                const QDate day = available.addDays(offset);
                if (day < today)
                    made.append({outcome, stamp(day, gen.uniform(9, 17), gen.uniform(0, 59)), day});
            }
            // A closed task records who closed it, when (the local day decides "on time") and how.
            const bool closed = status == u"done"_s || status == u"unreachable"_s;
            const QVariant none{QMetaType(QMetaType::QString)};
            auto task = m_ctx.db.execCached(
                insertTask, {u"after_service:%1"_s.arg(v.id), v.customer, v.vehicle, available.toString(Qt::ISODate),
                             due.toString(Qt::ISODate), expires.toString(Qt::ISODate), status, int(made.size()), agent,
                             stamp(available, 7), made.isEmpty() ? stamp(available, 7) : made.last().at,
                             closed && !made.isEmpty() ? QVariant(made.last().at) : none,
                             closed && !made.isEmpty() ? QVariant(made.last().day.toString(Qt::ISODate)) : none,
                             closed && !made.isEmpty() ? QVariant(made.last().outcome) : none,
                             closed ? QVariant(agent) : QVariant(QMetaType(QMetaType::LongLong))});
            if (!task)
                return task.error();
            if (!(*task)->next())
                continue; // a real run made this task already
            const qint64 taskId = (*task)->value(0).toLongLong();
            (*task)->finish();
            ++written;
            for (const Call &c : made) {
                auto call = m_ctx.db.execCached(insertCall, {taskId, v.customer, agent, c.at, c.outcome,
                                                             c.outcome == u"reached"_s ? gen.uniform(60, 420) : 0});
                if (!call)
                    return call.error();
                ++written;
            }
        }
        CRM_TRY(tx.commit());
        seen += chunk.size();
        if (progress)
            progress(seen, total->toLongLong());
    }
    return written;
}

Result<QList<QPair<qint64, qint64>>> SeedService::ownersAfter(qint64 afterCustomer, int limit)
{
    auto q = m_ctx.db.exec(u"SELECT c.id, MIN(v.id) FROM customers c JOIN vehicles v ON v.customer_id = c.id "
                           "WHERE c.id > ? AND c.deleted_at IS NULL GROUP BY c.id ORDER BY c.id LIMIT ?"_s,
                           {afterCustomer, limit});
    if (!q)
        return q.error();
    QList<QPair<qint64, qint64>> out;
    while (q->next())
        out << qMakePair(q->value(0).toLongLong(), q->value(1).toLongLong());
    return out;
}

Result<qint64> SeedService::seedScaleClub(quint64 seed, const std::atomic<bool> *cancel)
{
    DataGenerator gen(seed + 211);
    const QDate today = m_ctx.clock.nowUtc().toLocalTime().date();
    SettingsService config(m_ctx);
    const int perYuan = config.intValue(settings::kPointsPerYuan);
    const int expiryMonths = config.intValue(settings::kPointsExpiryMonths);
    auto serial = m_ctx.db.scalar(u"SELECT last FROM club_card_serial WHERE id = 1"_s);
    if (!serial)
        return serial.error();
    qint64 lastSerial = serial->toLongLong(), lastCustomer = 0, written = 0;
    LocalStamps stamp;
    for (;;) {
        if (cancel && cancel->load())
            return Error::conflict(tr("Seeding was cancelled; the club members written so far are saved."));
        auto owners = ownersAfter(lastCustomer, 20000);
        if (!owners)
            return owners.error();
        if (owners->isEmpty())
            break;
        lastCustomer = owners->last().first;
        // Every fourth vehicle owner (one already a member is skipped by the insert below).
        QList<QPair<qint64, qint64>> joiners;
        for (const auto &owner : std::as_const(*owners))
            if (owner.first % 4 == 0)
                joiners << owner;
        data::Transaction tx(m_ctx.db);
        CRM_TRY(tx.started());
        for (const auto &[customer, vehicle] : joiners) {
            const QDate joined = today.addDays(-gen.uniform(20, 540));
            const QString joinedAt = stamp(joined, 10);
            auto member = m_ctx.db.execCached(
                u"INSERT INTO club_members(customer_id, joined_on, tier, tier_since, status, created_by, created_at) "
                "VALUES (?, ?, 'standard', ?, 'active', 'seed', ?) ON CONFLICT(customer_id) DO NOTHING RETURNING id"_s,
                {customer, joined.toString(Qt::ISODate), joined.toString(Qt::ISODate), joinedAt});
            if (!member)
                return member.error();
            if (!(*member)->next())
                continue;
            const qint64 memberId = (*member)->value(0).toLongLong();
            (*member)->finish();
            auto card = m_ctx.db.execCached(
                u"INSERT INTO club_cards(member_id, number, vehicle_id, status, issued_at) VALUES (?, ?, ?, 'active', ?) RETURNING id"_s,
                {memberId, club::cardNumber(++lastSerial), vehicle, joinedAt});
            if (!card || !(*card)->next())
                return card ? Error::invalid(u"card"_s) : card.error();
            const qint64 cardId = (*card)->value(0).toLongLong();
            (*card)->finish();
            // Welcome points, then points for every paid visit since joining.
            QList<std::tuple<QDate, int, QString, QString>> earnings{{joined, 500, tr("Welcome points"), QString()}};
            {
                auto visits = m_ctx.db.execCached(
                    u"SELECT id, visit_date, amount_fen FROM service_visits WHERE customer_id = ? AND visit_date >= ? "
                    "AND visit_date < ? AND amount_fen > 0 AND deleted_at IS NULL ORDER BY visit_date"_s,
                    {customer, joined.toString(Qt::ISODate), today.toString(Qt::ISODate)});
                if (!visits)
                    return visits.error();
                while ((*visits)->next()) {
                    const int points = int((*visits)->value(2).toLongLong() / 100 * perYuan);
                    if (points > 0)
                        earnings.append({QDate::fromString((*visits)->value(1).toString(), Qt::ISODate), points,
                                         tr("Service spend"), u"visit:%1"_s.arg((*visits)->value(0).toLongLong())});
                }
                (*visits)->finish();
            }
            qint64 balance = 0;
            for (const auto &[day, points, reason, key] : earnings) {
                const QDate expiresOn = day.addMonths(expiryMonths);
                if (expiresOn <= today)
                    continue; // would have expired already; the nightly run is not re-enacted here
                auto entry =
                    m_ctx.db.execCached(u"INSERT INTO points_ledger(member_id, card_id, at, kind, points, expires_on, reason, "
                                        u"source_key, created_by) "
                                        "VALUES (?, ?, ?, 'earn', ?, ?, ?, ?, 'seed') RETURNING id"_s,
                                        {memberId, cardId, stamp(day, 15), points, expiresOn.toString(Qt::ISODate), reason,
                                         key.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(key)});
                if (!entry || !(*entry)->next())
                    return entry ? Error::invalid(u"ledger"_s) : entry.error();
                const qint64 ledgerId = (*entry)->value(0).toLongLong();
                (*entry)->finish();
                CRM_TRY(statusOf(m_ctx.db.execCached(
                    u"INSERT INTO points_lots(ledger_id, member_id, expires_on, remaining) VALUES (?, ?, ?, ?)"_s,
                    {ledgerId, memberId, expiresOn.toString(Qt::ISODate), points})));
                balance += points;
                ++written;
            }
            CRM_TRY(statusOf(
                m_ctx.db.execCached(u"INSERT INTO points_balances(member_id, available) VALUES (?, ?)"_s, {memberId, balance})));
            written += 2;
        }
        CRM_TRY(statusOf(m_ctx.db.exec(u"UPDATE club_card_serial SET last = ? WHERE id = 1"_s, {lastSerial})));
        CRM_TRY(tx.commit());
    }
    return written;
}

Result<qint64> SeedService::seedScaleComplaints(const QList<qint64> &agents, quint64 seed)
{
    DataGenerator gen(seed + 307);
    const QDate today = m_ctx.clock.nowUtc().toLocalTime().date();
    static const char *const categories[] = {
        "product_quality", "repair_quality", "service_attitude", "price", "delivery_paperwork", "parts", "other"};
    static const char *const channels[] = {"phone", "walk_in", "followup_call", "oem_hotline", "online"};
    const QStringList departments{tr("After-sales"), tr("Sales"), tr("Parts"), tr("Customer service")};
    const QStringList descriptions{
        u"保养后发动机异响，要求复查"_s,     u"维修等待时间过长"_s, u"服务顾问态度冷淡"_s, u"配件价格比报价高"_s,
        u"交车资料不全，缺少合格证复印件"_s, u"配件到货延误两周"_s};
    // Numbers continue any series already drawn; a customer given a case by an earlier run gets none.
    QHash<QString, int> serials;
    {
        auto q = m_ctx.db.exec(u"SELECT month, last FROM complaint_serials"_s);
        if (!q)
            return q.error();
        while (q->next())
            serials.insert(q->value(0).toString(), q->value(1).toInt());
    }
    QSet<qint64> done;
    {
        auto q = m_ctx.db.exec(u"SELECT customer_id FROM complaints WHERE created_by = 'seed'"_s);
        if (!q)
            return q.error();
        while (q->next())
            done.insert(q->value(0).toLongLong());
    }
    qint64 lastCustomer = 0, written = 0;
    QList<std::tuple<QDateTime, qint64, qint64>> cases;
    for (;;) {
        auto owners = ownersAfter(lastCustomer, 50000);
        if (!owners)
            return owners.error();
        if (owners->isEmpty())
            break;
        lastCustomer = owners->last().first;
        for (const auto &[customer, vehicle] : std::as_const(*owners))
            if (customer % 100 == 7 && !done.contains(customer))
                cases.append(
                    {QDateTime(today.addDays(-gen.uniform(1, 1095)), QTime(gen.uniform(8, 17), gen.uniform(0, 59))).toUTC(),
                     customer, vehicle});
    }
    // Registered in date order, so the numbers follow the calendar.
    std::sort(cases.begin(), cases.end());
    {
        data::Transaction tx(m_ctx.db);
        CRM_TRY(tx.started());
        for (const auto &[at, customer, vehicle] : cases) {
            const QDateTime local = at.toLocalTime();
            const QString month = local.toString(u"yyMM"_s);
            const int n = ++serials[local.toString(u"yyyy-MM"_s)]; // ComplaintRepository::nextSerial's key
            const bool open = local.date() > today.addDays(-10);
            const double levelDraw = gen.unit();
            const QString level = levelDraw < 0.9 ? u"normal"_s : levelDraw < 0.98 ? u"escalated"_s : u"major"_s;
            const int closeHours = gen.uniform(24, 200);
            CRM_TRY(statusOf(m_ctx.db.execCached(
                u"INSERT INTO complaints(number, customer_id, vehicle_id, channel, category, level, description, status, "
                u"department, "
                "assigned_to, registered_at, responded_at, reported_at, closed_at, accepted, created_by, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'seed', ?)"_s,
                {u"TS-%1-%2"_s.arg(month).arg(n, 4, 10, QChar(u'0')), customer, vehicle,
                 QString::fromLatin1(channels[gen.uniform(0, 4)]), QString::fromLatin1(categories[gen.uniform(0, 6)]), level,
                 descriptions.at(gen.uniform(0, int(descriptions.size()) - 1)), open ? u"investigating"_s : u"closed"_s,
                 departments.at(gen.uniform(0, int(departments.size()) - 1)), agents.at(int(customer % agents.size())),
                 toStoredUtc(at), toStoredUtc(at.addSecs(3600 * gen.uniform(1, 20))),
                 open ? QVariant(QMetaType(QMetaType::QString)) : QVariant(toStoredUtc(at.addSecs(3600 * 48))),
                 open ? QVariant(QMetaType(QMetaType::QString)) : QVariant(toStoredUtc(at.addSecs(3600 * closeHours))),
                 open ? QVariant(QMetaType(QMetaType::Int)) : QVariant(1), toStoredUtc(at)})));
            ++written;
        }
        CRM_TRY(tx.commit());
    }
    // Numbers registered from now on continue after the generated ones.
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    for (auto it = serials.cbegin(); it != serials.cend(); ++it)
        CRM_TRY(statusOf(m_ctx.db.exec(
            u"INSERT INTO complaint_serials(month, last) VALUES (?, ?) ON CONFLICT(month) DO UPDATE SET last = excluded.last"_s,
            {it.key(), it.value()})));
    CRM_TRY(tx.commit());
    return written;
}

} // namespace crm::services
