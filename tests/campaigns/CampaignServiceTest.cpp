// Campaigns on both engines: a segment's count by exclusion reason on a hand-computed archive,
// recalls needing no marketing consent, the list fixed when drawn, the VIN file reconciled and
// imported twice, a call worked to a booking, the funnel's attribution window, recall completion.
#include "CampaignServiceTest.h"

#include "archives/services/CustomerService.h"
#include "campaigns/services/CampaignService.h"
#include "followups/services/CallDeskService.h"
#include "frontdesk/services/AppointmentService.h"

#include <QFile>
#include <QTemporaryDir>

using namespace crm;
using namespace crm::data;
using namespace crm::services;
using namespace Qt::StringLiterals;

class CampaignServiceTest : public CampaignFixture {
protected:
    void SetUp() override
    {
        CampaignFixture::SetUp();
        if (HasFatalFailure() || IsSkipped())
            return;
        const QDate y2023(2023, 5, 1);
        a = person(u"王伟"_s, u"13800000001"_s, u"速腾"_s, y2023, true);
        b = person(u"李娜"_s, u"13800000002"_s, u"速腾"_s, y2023.addDays(30), false);
        c = person(u"张强"_s, u"13800000003"_s, u"速腾"_s, y2023.addDays(60), true, u"marketing"_s);
        d = person(u"刘洋"_s, u"13800000004"_s, u"速腾"_s, y2023.addDays(90), true, u"all"_s);
        e = person(u"陈晨"_s, {}, u"速腾"_s, y2023.addDays(100), true);
        f = person(u"杨帆"_s, u"13800000006"_s, u"迈腾"_s, y2023, true);                // other model
        g = person(u"赵磊"_s, u"13800000007"_s, u"速腾"_s, QDate(2022, 6, 1), true);    // other year
        h = person(u"黄敏"_s, u"13800000008"_s, u"速腾"_s, y2023, true, {}, u"sold"_s); // sold
        i = person(u"周杰"_s, u"13800000009"_s, u"速腾"_s, y2023.addDays(120), true);
        ASSERT_TRUE(db().exec(u"UPDATE customers SET vip = 1 WHERE id = ?"_s, {i.customer}).ok());
        segment.models = {u"速腾"_s};
        segment.deliveryFrom = QDate(2023, 1, 1);
        segment.deliveryTo = QDate(2023, 12, 31);
    }
    CampaignInput input(const QString &name, const QString &kind = u"service"_s)
    {
        CampaignInput in;
        in.name = name;
        in.kind = kind;
        in.startsOn = kToday;
        in.endsOn = kToday.addDays(30);
        in.script = u"您好，{称呼}，本店冬季免费检测活动……"_s;
        return in;
    }
    QString writeFile(const QString &text)
    {
        const QString path = m_dir.filePath(u"recall-%1.csv"_s.arg(++m_files));
        QFile out(path);
        EXPECT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(text.toUtf8());
        return path;
    }
    Person a, b, c, d, e, f, g, h, i;
    campaigns::Segment segment;
    QTemporaryDir m_dir;
    int m_files = 0;
};

TEST_P(CampaignServiceTest, ASegmentCountsItsCustomersAndEachExclusionReason)
{
    CampaignService campaigns(ctx());
    auto marketing = campaigns.preview(manager, segment, u"service"_s);
    ASSERT_OK(marketing);
    // a, b, c, d, e, i match (f: model, g: year, h: sold); b has no consent, c opted out of
    // marketing, d refused all contact, e has no mobile: a and i are called.
    EXPECT_EQ(marketing->matched, 6);
    EXPECT_EQ(marketing->targets, 2);
    EXPECT_EQ(marketing->excluded.value(u"no_consent"_s), 1);
    EXPECT_EQ(marketing->excluded.value(u"opted_out"_s), 1);
    EXPECT_EQ(marketing->excluded.value(u"do_not_disturb"_s), 1);
    EXPECT_EQ(marketing->excluded.value(u"no_mobile"_s), 1);
    // A recall is not marketing: no consent needed, a marketing opt-out does not apply.
    auto recall = campaigns.preview(manager, segment, u"recall"_s);
    ASSERT_OK(recall);
    EXPECT_EQ(recall->targets, 4);
    EXPECT_EQ(recall->excluded.value(u"do_not_disturb"_s), 1);
    EXPECT_EQ(recall->excluded.value(u"no_mobile"_s), 1);
    // Criteria narrow together: VIP only.
    campaigns::Segment vip = segment;
    vip.vip = 1;
    auto vips = campaigns.preview(manager, vip, u"service"_s);
    ASSERT_OK(vips);
    EXPECT_EQ(vips->matched, 1);
    EXPECT_EQ(vips->targets, 1);
    // An agent cannot draw lists.
    EXPECT_FALSE(campaigns.preview(agent, segment, u"service"_s).ok());
}

// The count reads flags kept on the customer row (migration 0034): every way an opt-out or a
// marketing consent changes has to reach them.
TEST_P(CampaignServiceTest, TheCountFollowsEveryChangeOfOptOutsAndConsents)
{
    CampaignService campaigns(ctx());
    CustomerService customers(ctx());
    auto reasons = [&] {
        auto n = campaigns.preview(manager, segment, u"service"_s);
        EXPECT_TRUE(n.ok());
        return n ? QList<qint64>{n->targets, n->excluded.value(u"no_consent"_s), n->excluded.value(u"opted_out"_s),
                                 n->excluded.value(u"do_not_disturb"_s)}
                 : QList<qint64>{};
    };
    EXPECT_EQ(reasons(), (QList<qint64>{2, 1, 1, 1})); // targets a, i; b no consent; c opted out; d refused all
    ASSERT_OK(customers.setConsent(agent, a.customer, u"marketing_calls"_s, false, u"phone"_s)); // withdrawn
    ASSERT_OK(customers.setConsent(agent, b.customer, u"marketing_calls"_s, true, u"phone"_s));  // given
    EXPECT_EQ(reasons(), (QList<qint64>{2, 1, 1, 1}));                                           // b in, a out
    ASSERT_TRUE(db().exec(u"DELETE FROM customer_optouts WHERE customer_id = ?"_s, {c.customer}).ok());
    ASSERT_TRUE(db().exec(u"UPDATE customer_optouts SET contact_type = 'marketing' WHERE customer_id = ?"_s, {d.customer}).ok());
    EXPECT_EQ(reasons(), (QList<qint64>{3, 1, 1, 0})); // c called again; d now opted out of marketing only
    ASSERT_TRUE(db().exec(u"DELETE FROM customer_consents WHERE customer_id = ?"_s, {i.customer}).ok());
    ASSERT_TRUE(db().exec(u"UPDATE customer_optouts SET customer_id = ? WHERE customer_id = ?"_s, {b.customer, d.customer}).ok());
    EXPECT_EQ(reasons(), (QList<qint64>{2, 2, 1, 0})); // i lost its consent; the opt-out moved from d to b
}

TEST_P(CampaignServiceTest, TheListIsFixedWhenDrawnAndItsCallsAreDistributed)
{
    CampaignService campaigns(ctx());
    auto id = campaigns.createFromSegment(manager, input(u"冬季检测"_s), segment, {agent.userId, agent2.userId});
    ASSERT_OK(id);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM campaign_targets WHERE campaign_id = ? AND state = 'target'"_s, {*id}), 2);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM campaign_targets WHERE campaign_id = ? AND state = 'excluded'"_s, {*id}), 4);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM followup_tasks WHERE kind = 'campaign'"_s), 2);
    // Round robin: one call each (before anyone is re-evaluated).
    EXPECT_EQ(count(u"SELECT COUNT(DISTINCT assigned_to) FROM followup_tasks WHERE kind = 'campaign'"_s), 2);
    // A customer who matches later is not moved in silently.
    person(u"新客户"_s, u"13800000010"_s, u"速腾"_s, QDate(2023, 8, 1), true);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM campaign_targets WHERE campaign_id = ?"_s, {*id}), 6);
    // Re-evaluating is the explicit way in (and out): the newcomer is added; a customer who
    // refused all contact since is excluded and no longer called.
    ASSERT_TRUE(db().exec(u"INSERT INTO customer_optouts(customer_id, contact_type, reason, created_at, created_by) "
                          "VALUES (?, 'all', '不要再打', '2026-12-07T02:00:00Z', 'x')"_s,
                          {i.customer})
                    .ok());
    auto re = campaigns.reevaluate(manager, *id);
    ASSERT_OK(re);
    EXPECT_EQ(re->added, 1);
    EXPECT_EQ(re->excluded, 1);
    EXPECT_EQ(db().scalar(u"SELECT f.status FROM followup_tasks f JOIN campaign_targets t ON t.task_id = f.id "
                          "WHERE t.customer_id = ?"_s,
                          {i.customer})
                  ->toString(),
              u"cancelled"_s);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM campaign_targets WHERE campaign_id = ? AND state = 'target'"_s, {*id}), 2);
    // Distributing again creates nothing twice.
    auto again = campaigns.distribute(manager, *id, {});
    ASSERT_OK(again);
    EXPECT_EQ(*again, 0);
    // The same name twice is refused by name.
    auto twice = campaigns.createFromSegment(manager, input(u"冬季检测"_s), segment, {});
    ASSERT_FALSE(twice.ok());
    EXPECT_TRUE(twice.error().message.contains(u"冬季检测"_s));
    // The queue shows one campaign's calls.
    CallDeskService desk(ctx());
    QueueFilter q;
    q.scope = QueueScope::AllOpen;
    q.owner = QueueOwner::Everyone;
    q.campaignId = *id;
    auto rows = desk.queue(manager, q, std::nullopt, 50);
    ASSERT_OK(rows);
    EXPECT_EQ(rows->size(), 2);
    q.campaignId = *id + 1;
    EXPECT_EQ(desk.queue(manager, q, std::nullopt, 50)->size(), 0);
}

TEST_P(CampaignServiceTest, TheRecallFileIsReconciledAndASecondImportAddsNothing)
{
    CampaignService campaigns(ctx());
    CampaignInput in = input(u"2026年EA211召回"_s, u"recall"_s);
    in.code = u"R26A1"_s;
    auto id = campaigns.createForVinList(manager, in);
    ASSERT_OK(id);
    const QString unknown = vin(900);
    const QString file = writeFile(u"VIN,召回编号,车型\n"_s + a.vin + u",R26A1,速腾\n"_s + unknown + u",R26A1,速腾\n"_s + h.vin +
                                   u",R26A1,速腾\n"_s + d.vin + u",R26A1,速腾\n"_s + u"ABC123,R26A1,速腾\n"_s + a.vin +
                                   u",R26A1,速腾\n"_s + b.vin + u",R99Z9,速腾\n"_s);
    auto first = campaigns.importVins(manager, *id, file);
    ASSERT_OK(first);
    EXPECT_EQ(first->found, 1);
    EXPECT_EQ(first->notFound, 1);
    EXPECT_EQ(first->excluded, 2); // h sold, d refused all contact
    EXPECT_EQ(first->excludedBy.value(u"vehicle_gone"_s), 1);
    EXPECT_EQ(first->excludedBy.value(u"do_not_disturb"_s), 1);
    ASSERT_EQ(first->rejected.size(), 3);
    EXPECT_EQ(first->rejected[0].line, 6); // ABC123
    EXPECT_EQ(first->rejected[1].line, 7); // a's VIN again
    EXPECT_TRUE(first->rejected[1].reason.contains(u"2"_s));
    EXPECT_EQ(first->rejected[2].line, 8); // another campaign's code
    EXPECT_TRUE(first->rejected[2].reason.contains(u"R99Z9"_s));
    EXPECT_EQ(first->tasks, 1);
    // The manufacturer's other columns stay with the row.
    EXPECT_TRUE(db().scalar(u"SELECT extra FROM campaign_targets WHERE vin = ?"_s, {a.vin})->toString().contains(u"速腾"_s));
    auto second = campaigns.importVins(manager, *id, file);
    ASSERT_OK(second);
    EXPECT_EQ(second->found, 0);
    EXPECT_EQ(second->notFound, 0);
    EXPECT_EQ(second->alreadyThere, 4);
    EXPECT_EQ(second->tasks, 0);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM campaign_targets WHERE campaign_id = ?"_s, {*id}), 4);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM followup_tasks WHERE kind = 'campaign'"_s), 1);
}

TEST_P(CampaignServiceTest, ACallBooksIntoTheBookAndTheFunnelFollowsItToTheWorkshop)
{
    CampaignService campaigns(ctx());
    auto id = campaigns.createFromSegment(manager, input(u"冬季检测"_s), segment, {agent.userId});
    ASSERT_OK(id);
    const qint64 task = count(u"SELECT f.id FROM followup_tasks f JOIN campaign_targets t ON t.task_id = f.id "
                              "WHERE t.customer_id = ?"_s,
                              {a.customer});
    ASSERT_GT(task, 0);
    CallDeskService desk(ctx());
    CallInput call;
    call.outcome = followups::Outcome::Reached;
    // Reached without an answer, and "booked" without an appointment, are refused by name.
    EXPECT_FALSE(desk.logCall(agent, task, call).ok());
    call.campaignResponse = u"booked"_s;
    auto noBooking = desk.logCall(agent, task, call);
    ASSERT_FALSE(noBooking.ok());
    EXPECT_TRUE(noBooking.error().message.contains(u"appointment"_s)) << noBooking.error().message.toStdString();
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM followup_calls"_s), 0); // nothing half-written
    BookingRequest booking;
    booking.at = QDateTime(kToday.addDays(2), QTime(9, 0));
    booking.jobType = u"maintenance"_s;
    call.appointment = booking;
    auto logged = desk.logCall(agent, task, call);
    ASSERT_OK(logged);
    EXPECT_EQ(db().scalar(u"SELECT source FROM appointments WHERE id = ?"_s, {logged->appointmentId})->toString(), u"campaign"_s);
    EXPECT_EQ(db().scalar(u"SELECT response FROM campaign_targets WHERE customer_id = ?"_s, {a.customer})->toString(),
              u"booked"_s);

    // The customer comes on the appointment day, two days after the answer.
    at(kToday.addDays(2), QTime(9, 5));
    ServiceVisitRow visit;
    visit.visitDate = kToday.addDays(2);
    visit.kind = u"maintenance"_s;
    visit.amountFen = 68000;
    ASSERT_OK(CustomerService(ctx()).addVisit(sys, a.vehicle, visit));
    auto results = campaigns.results(manager, *id);
    ASSERT_OK(results);
    EXPECT_EQ(results->funnel.targeted, 2);
    EXPECT_EQ(results->funnel.called, 1);
    EXPECT_EQ(results->funnel.reached, 1);
    EXPECT_EQ(results->funnel.accepted, 1);
    EXPECT_EQ(results->funnel.booked, 1);
    EXPECT_EQ(results->funnel.arrived, 1);
    EXPECT_EQ(results->funnel.visits, 1);
    EXPECT_EQ(results->funnel.amountFen, 68000);
    ASSERT_EQ(results->byAgent.size(), 1);
    EXPECT_EQ(results->byAgent[0].agent, u"李晓红"_s);
    // Outside the attribution window the visit is not the campaign's.
    set(settings::kCampaignAttributionDays, u"1"_s);
    auto narrow = campaigns.results(manager, *id);
    ASSERT_OK(narrow);
    EXPECT_EQ(narrow->funnel.visits, 0);
    EXPECT_EQ(narrow->funnel.amountFen, 0);
    // i is never reached: after the last attempt the task is unreachable, and so is the answer.
    const qint64 other =
        count(u"SELECT task_id FROM campaign_targets WHERE campaign_id = ? AND customer_id = ?"_s, {*id, i.customer});
    CallInput none;
    none.outcome = followups::Outcome::NoAnswer;
    for (int attempt = 0; attempt < 3; ++attempt) {
        at(kToday.addDays(3 + attempt), QTime(15, 0));
        ASSERT_OK(desk.logCall(agent, other, none));
    }
    EXPECT_EQ(db().scalar(u"SELECT response FROM campaign_targets WHERE task_id = ?"_s, {other})->toString(), u"unreachable"_s);
    // The results export as a workbook (the export permission).
    const QString path = m_dir.filePath(u"results.xlsx"_s);
    EXPECT_FALSE(campaigns.exportResults(agent, *id, path).ok());
    ASSERT_OK(campaigns.exportResults(manager, *id, path));
    EXPECT_TRUE(QFile::exists(path));
}

TEST_P(CampaignServiceTest, RecallCompletionCountsDoneHereDoneElsewhereAndNotApplicable)
{
    CampaignService campaigns(ctx());
    auto id = campaigns.createForVinList(manager, input(u"召回R1"_s, u"recall"_s));
    ASSERT_OK(id);
    const QString file =
        writeFile(u"车架号\n"_s + a.vin + u"\n"_s + b.vin + u"\n"_s + c.vin + u"\n"_s + i.vin + u"\n"_s + vin(901) + u"\n"_s);
    auto imported = campaigns.importVins(manager, *id, file);
    ASSERT_OK(imported);
    EXPECT_EQ(imported->found, 4); // b without consent and c opted out of marketing are called for a recall
    // a: a warranty visit since the start (done here); b: done elsewhere; c: not applicable by hand.
    at(kToday.addDays(1), QTime(10, 0));
    ServiceVisitRow visit;
    visit.visitDate = kToday.addDays(1);
    visit.kind = u"warranty"_s;
    ASSERT_OK(CustomerService(ctx()).addVisit(sys, a.vehicle, visit));
    auto target = [&](const Person &p) {
        return count(u"SELECT id FROM campaign_targets WHERE campaign_id = ? AND customer_id = ?"_s, {*id, p.customer});
    };
    ASSERT_OK(campaigns.setRecallState(manager, target(b), u"done_elsewhere"_s));
    ASSERT_OK(campaigns.setRecallState(manager, target(c), u"not_applicable"_s));
    EXPECT_FALSE(campaigns.setRecallState(manager, target(i), u"done_here"_s).ok()); // the workshop says that
    auto r = campaigns.results(manager, *id);
    ASSERT_OK(r);
    EXPECT_EQ(r->recall.listed, 5);
    EXPECT_EQ(r->recall.notFound, 1);
    EXPECT_EQ(r->recall.doneHere, 1);
    EXPECT_EQ(r->recall.doneElsewhere, 1);
    EXPECT_EQ(r->recall.notApplicable, 1);
    EXPECT_EQ(r->recall.open, 1);
    // (1 + 1) ÷ (5 − 1 not found − 1 not applicable)
    EXPECT_NEAR(r->recallCompletion, 200.0 / 3.0, 0.01);
}

CRM_INSTANTIATE_ENGINES(CampaignServiceTest);
