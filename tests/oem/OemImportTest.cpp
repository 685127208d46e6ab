// The manufacturer's files brought home, both engines: survey results with bad and unmatched
// rows, a low score's complaint opened once, an idempotent re-import, the manufacturer's score
// beside ours on a hand-computed set; hotline tickets as complaints with their number and deadlines.
#include "TestDatabase.h"

#include "archives/data/CustomerRepository.h"
#include "complaints/data/ComplaintRepository.h"
#include "data/Transaction.h"
#include "oem/services/OemService.h"
#include "surveys/services/SurveyService.h"

using namespace crm;
using namespace crm::data;
using namespace crm::services;
using namespace Qt::StringLiterals;

class OemImportTest : public test::DbTest {
protected:
    void SetUp() override
    {
        DbTest::SetUp();
        if (HasFatalFailure() || IsSkipped())
            return;
        manager = test::insertUser(db(), u"boss"_s, u"张经理"_s, Role::Manager);
        archivist = test::insertUser(db(), u"info"_s, u"陈美玲"_s, Role::Archivist);
        agent = test::insertUser(db(), u"agent"_s, u"李晓红"_s, Role::Agent);
        Transaction tx(db());
        int n = 0;
        for (const QString &name : {u"王伟"_s, u"李娜"_s, u"张敏"_s}) {
            CustomerRow c;
            c.name = name;
            c.mobile = u"1380013800"_s + QString::number(++n);
            auto id = CustomerRepository(db()).insertCustomer(c, u"2026-11-01T00:00:00Z"_s);
            ASSERT_OK(id);
            VehicleRow v;
            v.customerId = *id;
            v.vin = u"LFV2A21K8N300000"_s + QString::number(n);
            ASSERT_OK(CustomerRepository(db()).insertVehicle(v, u"2026-11-01T00:00:00Z"_s));
            customers << *id;
        }
        ASSERT_OK(tx.commit());
    }
    Session manager, archivist, agent;
    QList<qint64> customers;
};

TEST_P(OemImportTest, SurveyResultsMatchedOnceWithTheirLowScoresAsComplaints)
{
    ImportTable t;
    t.headers = {u"问卷编号"_s, u"调查类型"_s, u"调查日期"_s, u"VIN码"_s, u"服务顾问"_s, u"总分"_s, u"Q1 接待"_s, u"客户意见"_s};
    t.rows = {
        {u"S-1"_s, u"CSI"_s, u"2026-11-05"_s, u"LFV2A21K8N3000001"_s, u"王顾问"_s, u"90"_s, u"9"_s, u""_s},
        {u"S-2"_s, u"CSI"_s, u"2026/11/6"_s, u"LFV2A21K8N3000002"_s, u"王顾问"_s, u"40"_s, u"4"_s, u"等了两个小时"_s},
        {u"S-3"_s, u"NPS"_s, u"2026-11-07"_s, u"lfv2a21k8n3000003"_s, u"赵顾问"_s, u"3"_s, u""_s, u""_s},    // NPS 3 → 30
        {u"S-4"_s, u"CSI"_s, u"2026-11-07"_s, u"LFV2A21K8N3999999"_s, u"赵顾问"_s, u"88"_s, u""_s, u""_s},   // not ours
        {u"S-5"_s, u"CSI"_s, u"昨天"_s, u"LFV2A21K8N3000001"_s, u"王顾问"_s, u"80"_s, u""_s, u""_s},         // no date
        {u"S-6"_s, u"CSI"_s, u"2026-11-08"_s, u"LFV2A21K8N3000001"_s, u"王顾问"_s, u"很好"_s, u""_s, u""_s}, // no score
    };
    const QStringList mapping = oem::guessImportMapping(oem::ImportKind::Surveys, t.headers);
    EXPECT_EQ(mapping, (QStringList{u"survey_id"_s, u"survey_type"_s, u"survey_date"_s, u"vin"_s, u"staff"_s, u"overall"_s,
                                    u"question"_s, u"verbatim"_s}));
    OemService s(ctx());
    auto r = s.importFile(manager, oem::ImportKind::Surveys, t, mapping);
    ASSERT_OK(r);
    EXPECT_EQ(r->imported, 3);
    EXPECT_EQ(r->matched, 3);
    ASSERT_EQ(r->notFound.size(), 1);
    EXPECT_EQ(r->notFound.first().line, 5);
    ASSERT_EQ(r->rejected.size(), 2);
    EXPECT_EQ(r->rejected[0].line, 6);
    EXPECT_EQ(r->rejected[1].line, 7);
    EXPECT_EQ(r->complaints, 2); // 40 and NPS 3, under the line of 60
    EXPECT_EQ(*db().scalar(u"SELECT COUNT(*) FROM complaints WHERE channel = 'survey'"_s), 2);

    auto again = s.importFile(manager, oem::ImportKind::Surveys, t, mapping);
    ASSERT_OK(again);
    EXPECT_EQ(again->imported, 0);
    EXPECT_EQ(again->already, 3);
    EXPECT_EQ(again->complaints, 0);
    EXPECT_EQ(*db().scalar(u"SELECT COUNT(*) FROM complaints"_s), 2);

    // Ours for 王顾问: one answer of all 4s (750 of 1,000 = 75); theirs: (90 + 40) / 2 = 65.
    m_clock.set(QDateTime(QDate(2026, 11, 10), QTime(10, 0)).toUTC());
    SurveyService surveys(ctx());
    auto ssi = surveys.latest(u"ssi"_s);
    ASSERT_OK(ssi);
    ResponseInput in;
    in.templateId = (*ssi)->id;
    in.customerId = customers[0];
    in.staff = u"王顾问"_s;
    for (int i = 0; i < 5; ++i)
        in.answers << AnswerInput{i + 1, 4, {}};
    in.answers << AnswerInput{6, 8, {}};
    ASSERT_OK(surveys.saveResponse(agent, in));
    auto gaps = s.comparison(manager, QDate(2026, 11, 1), QDate(2026, 11, 30));
    ASSERT_OK(gaps);
    ASSERT_EQ(gaps->size(), 2);
    const ScoreGap &wang = gaps->first().staff == u"王顾问"_s ? gaps->at(0) : gaps->at(1);
    EXPECT_EQ(wang.oemSurveys, 2);
    EXPECT_DOUBLE_EQ(wang.oemAverage, 65.0);
    EXPECT_EQ(wang.oemLow, 1);
    ASSERT_TRUE(wang.ours.has_value());
    EXPECT_DOUBLE_EQ(*wang.ours, 75.0);
    EXPECT_DOUBLE_EQ(*wang.gap(), -10.0);

    // The supervisor imports too; a low score waits for the complaint desk instead.
    t.rows = {{u"S-9"_s, u"CSI"_s, u"2026-11-09"_s, u"LFV2A21K8N3000002"_s, u"王顾问"_s, u"20"_s, u""_s, u""_s}};
    auto byArchivist = s.importFile(archivist, oem::ImportKind::Surveys, t, mapping);
    ASSERT_OK(byArchivist);
    EXPECT_EQ(byArchivist->imported, 1);
    EXPECT_EQ(byArchivist->lowWithoutComplaint, 1);
    EXPECT_EQ(s.importFile(agent, oem::ImportKind::Surveys, t, mapping).error().kind, Error::Kind::PermissionDenied);
}

TEST_P(OemImportTest, HotlineTicketsBecomeComplaintsWithTheirNumberAndDeadlines)
{
    ImportTable t;
    t.headers = {u"工单号"_s,   u"客户姓名"_s, u"手机号码"_s, u"车架号"_s,
                 u"投诉内容"_s, u"投诉级别"_s, u"投诉类别"_s, u"结案时限"_s};
    t.rows = {
        {u"FAW-2026-001"_s, u"王伟"_s, u""_s, u"LFV2A21K8N3000001"_s, u"发动机异响三次未修好"_s, u"重大"_s, u"维修质量"_s,
         u"2026-11-30 18:00"_s},
        {u"FAW-2026-002"_s, u"李娜"_s, u"13800138002"_s, u""_s, u"销售承诺的赠品未兑现"_s, u"一般"_s, u"交付手续"_s, u""_s},
        {u"FAW-2026-003"_s, u"陌生人"_s, u"13900000000"_s, u""_s, u"不是我们的客户"_s, u"一般"_s, u""_s, u""_s},
        {u""_s, u"张敏"_s, u"13800138003"_s, u""_s, u"没有工单号"_s, u""_s, u""_s, u""_s},
    };
    const QStringList mapping = oem::guessImportMapping(oem::ImportKind::Tickets, t.headers);
    OemService s(ctx());
    auto r = s.importFile(manager, oem::ImportKind::Tickets, t, mapping);
    ASSERT_OK(r);
    EXPECT_EQ(r->imported, 2);
    EXPECT_EQ(r->notFound.size(), 1);
    EXPECT_EQ(r->rejected.size(), 1);
    auto id = ComplaintRepository(db()).byOemTicket(u"FAW-2026-001"_s);
    ASSERT_OK(id);
    ASSERT_TRUE(id->has_value());
    auto row = ComplaintRepository(db()).byId(**id);
    ASSERT_OK(row);
    EXPECT_EQ((*row)->channel, u"oem_hotline"_s);
    EXPECT_EQ((*row)->level, u"major"_s);
    EXPECT_EQ((*row)->category, u"repair_quality"_s);
    EXPECT_EQ((*row)->customerId, customers[0]);
    EXPECT_EQ(db().scalar(u"SELECT oem_close_due FROM complaints WHERE id = ?"_s, {**id})->toString(),
              toStoredUtc(QDateTime(QDate(2026, 11, 30), QTime(18, 0)).toUTC()));
    auto again = s.importFile(manager, oem::ImportKind::Tickets, t, mapping);
    ASSERT_OK(again);
    EXPECT_EQ(again->imported, 0);
    EXPECT_EQ(again->already, 2);
    EXPECT_EQ(*db().scalar(u"SELECT COUNT(*) FROM complaints"_s), 2);
    EXPECT_EQ(s.importFile(archivist, oem::ImportKind::Tickets, t, mapping).error().kind, Error::Kind::PermissionDenied);
}

CRM_INSTANTIATE_ENGINES(OemImportTest);
