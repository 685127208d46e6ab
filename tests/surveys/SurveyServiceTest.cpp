// Surveys on a hand-computed set: index, NPS and CSAT (overall, by staff, a passives-only group,
// an empty period), conditional questions, versioning, the closed loop, fatigue.
#include "TestDatabase.h"

#include "archives/data/CustomerRepository.h"
#include "data/Transaction.h"
#include "data/UserRepository.h"
#include "surveys/services/SurveyService.h"

#include <QProcess>

using namespace crm;
using namespace crm::data;
using namespace crm::services;
using namespace Qt::StringLiterals;

class SurveyServiceTest : public test::DbTest {
protected:
    void SetUp() override
    {
        DbTest::SetUp();
        if (HasFatalFailure() || IsSkipped())
            return;
        Transaction tx(db());
        auto id = UserRepository(db()).insert({0, u"agent"_s, u"李晓红"_s, Role::Agent, u"x"_s, true, u"x"_s, u"x"_s, 0, {}, {}});
        agent = Session{*id, u"agent"_s, u"李晓红"_s, Role::Agent};
        id = UserRepository(db()).insert({0, u"boss"_s, u"张经理"_s, Role::Manager, u"x"_s, true, u"x"_s, u"x"_s, 0, {}, {}});
        manager = Session{*id, u"boss"_s, u"张经理"_s, Role::Manager};
        for (const QString &n : {u"甲"_s, u"乙"_s, u"丙"_s, u"丁"_s}) {
            CustomerRow c;
            c.name = n;
            customers << *CustomerRepository(db()).insertCustomer(c, u"x"_s);
        }
        EXPECT_TRUE(tx.commit().ok());
        m_clock.set(QDateTime(QDate(2026, 11, 10), QTime(10, 0)).toUTC());
        ssi = *SurveyService(ctx()).latest(u"ssi"_s).value();
    }
    ResponseInput answers(qint64 customer, const QString &staff, QList<int> scales, int nps, const QString &why = {})
    {
        ResponseInput in;
        in.templateId = ssi.id;
        in.customerId = customer;
        in.staff = staff;
        for (int i = 0; i < scales.size(); ++i)
            in.answers << AnswerInput{i + 1, scales[i], {}};
        in.answers << AnswerInput{6, nps, {}};
        if (!why.isEmpty())
            in.answers << AnswerInput{7, std::nullopt, why};
        return in;
    }
    Session agent, manager;
    QList<qint64> customers;
    TemplateDef ssi;
};

TEST_P(SurveyServiceTest, ScoresMatchTheHandComputation)
{
    SurveyService s(ctx());
    ASSERT_EQ(ssi.questions.size(), 7);
    ASSERT_OK(s.saveResponse(agent, answers(customers[0], u"王顾问"_s, {5, 5, 5, 5, 5}, 10))); // 1000, promoter
    ASSERT_OK(s.saveResponse(agent, answers(customers[1], u"赵顾问"_s, {4, 4, 4, 4, 4}, 8)));  // 750, passive
    auto unhappy =
        s.saveResponse(agent, answers(customers[2], u"李顾问"_s, {3, 3, 3, 3, 2}, 5, u"顾问不耐烦"_s)); // 425, detractor
    ASSERT_OK(unhappy);
    auto total = s.total(manager, QDate(2026, 11, 1), QDate(2026, 11, 30));
    ASSERT_OK(total);
    EXPECT_EQ(total->responses, 3);
    EXPECT_DOUBLE_EQ(*total->index(), 725.0);           // (1000 + 750 + 425) / 3, weights sum to 1 per response
    EXPECT_DOUBLE_EQ(*total->nps(), 0.0);               // 1 promoter − 1 detractor of 3
    EXPECT_NEAR(*total->csat(), 100.0 * 10 / 15, 1e-9); // ten 4–5 answers of fifteen
    auto byStaff = s.scores(manager, QDate(2026, 11, 1), QDate(2026, 11, 30), u"staff"_s);
    ASSERT_OK(byStaff);
    ASSERT_EQ(byStaff->size(), 3);
    QMap<QString, SurveyScore> staff;
    for (const SurveyScore &r : *byStaff)
        staff.insert(r.key, r);
    EXPECT_DOUBLE_EQ(*staff[u"王顾问"_s].nps(), 100.0);
    EXPECT_DOUBLE_EQ(*staff[u"赵顾问"_s].nps(), 0.0); // passives only: 0, not "no figure"
    EXPECT_DOUBLE_EQ(*staff[u"赵顾问"_s].index(), 750.0);
    EXPECT_DOUBLE_EQ(*staff[u"李顾问"_s].index(), 425.0);
    EXPECT_DOUBLE_EQ(*staff[u"李顾问"_s].csat(), 0.0);
    auto byQuestion = s.scores(manager, QDate(2026, 11, 1), QDate(2026, 11, 30), u"question"_s);
    ASSERT_OK(byQuestion);
    EXPECT_EQ(byQuestion->size(), 7);
    // Drill-down: the responses behind a figure; the distribution of one question; free text.
    auto behind = s.responses(manager, QDate(2026, 11, 1), QDate(2026, 11, 30), u"staff"_s, u"李顾问"_s);
    ASSERT_OK(behind);
    ASSERT_EQ(behind->size(), 1);
    EXPECT_EQ(behind->first().customerName, u"丙"_s);
    EXPECT_TRUE(behind->first().answers.contains(u"5. "_s));
    auto weekly = s.scores(manager, QDate(2026, 11, 1), QDate(2026, 11, 30), u"week"_s);
    ASSERT_OK(weekly);
    ASSERT_EQ(weekly->size(), 1);
    EXPECT_EQ(s.responses(manager, QDate(2026, 11, 1), QDate(2026, 11, 30), u"week"_s, weekly->first().key)->size(), 3);
    auto quarter = s.scores(manager, QDate(2026, 10, 1), QDate(2026, 12, 31), u"quarter"_s);
    ASSERT_OK(quarter);
    ASSERT_EQ(quarter->size(), 1);
    EXPECT_EQ(quarter->first().key, u"2026-Q4"_s);
    auto spread = s.distribution(manager, ssi.questions[4].id, QDate(2026, 11, 1), QDate(2026, 11, 30));
    ASSERT_OK(spread);
    EXPECT_EQ(*spread, (QList<QPair<QString, qint64>>{{u"2"_s, 1}, {u"4"_s, 1}, {u"5"_s, 1}}));
    auto words = s.freeText(manager, QDate(2026, 11, 1), QDate(2026, 11, 30));
    ASSERT_OK(words);
    ASSERT_EQ(words->size(), 1);
    EXPECT_TRUE(words->first().answers.contains(u"顾问不耐烦"_s));
    // An empty period has no figures rather than zeros.
    auto empty = s.total(manager, QDate(2026, 10, 1), QDate(2026, 10, 31));
    ASSERT_OK(empty);
    EXPECT_EQ(empty->responses, 0);
    EXPECT_FALSE(empty->index().has_value());
    EXPECT_FALSE(empty->nps().has_value());
    EXPECT_FALSE(empty->csat().has_value());
    EXPECT_EQ(s.scores(manager, QDate(2026, 11, 1), QDate(2026, 11, 30), u"name; DROP TABLE x"_s).error().kind,
              Error::Kind::Invalid);
}

TEST_P(SurveyServiceTest, ConditionalMandatoryAndRanges)
{
    SurveyService s(ctx());
    // "What went wrong?" is asked only after a salesperson score of 2 or less.
    EXPECT_EQ(s.saveResponse(agent, answers(customers[0], {}, {5, 5, 5, 5, 5}, 9, u"多余"_s)).error().kind, Error::Kind::Invalid);
    auto missing = answers(customers[0], {}, {5, 5, 5, 5}, 9); // question 5 unanswered
    EXPECT_EQ(s.saveResponse(agent, missing).error().kind, Error::Kind::Invalid);
    EXPECT_EQ(s.saveResponse(agent, answers(customers[0], {}, {5, 5, 6, 5, 5}, 9)).error().kind, Error::Kind::Invalid); // 6 of 5
    EXPECT_EQ(s.saveResponse(agent, answers(customers[0], {}, {5, 5, 5, 5, 5}, 11)).error().kind, Error::Kind::Invalid);
    EXPECT_EQ(db().scalar(u"SELECT COUNT(*) FROM survey_responses"_s)->toInt(), 0);
    // A low salesperson score makes the follow-up question visible (optional).
    ASSERT_OK(s.saveResponse(agent, answers(customers[0], {}, {5, 5, 5, 5, 1}, 9)));
}

TEST_P(SurveyServiceTest, OneAlertAndOneComplaintPerUnhappyResponse)
{
    SurveyService s(ctx());
    auto saved = s.saveResponse(agent, answers(customers[2], u"李顾问"_s, {3, 3, 3, 3, 2}, 5, u"顾问不耐烦"_s));
    ASSERT_OK(saved);
    EXPECT_GT(saved->alertId, 0);
    EXPECT_EQ(saved->complaintNumber, u"TS-2611-0001"_s);
    ASSERT_OK(s.saveResponse(agent, answers(customers[1], {}, {4, 4, 4, 4, 4}, 8)));
    auto open = s.alerts(manager, true);
    ASSERT_OK(open);
    ASSERT_EQ(open->size(), 1); // two low answers, one alert
    EXPECT_TRUE(open->first().reason.contains(u"2/5"_s));
    EXPECT_TRUE(open->first().reason.contains(u"5/10"_s));
    EXPECT_EQ(db().scalar(u"SELECT channel FROM complaints"_s)->toString(), u"survey"_s);
    EXPECT_TRUE(db().scalar(u"SELECT description FROM complaints"_s)->toString().contains(u"顾问不耐烦"_s));
    EXPECT_EQ(s.resolveAlert(manager, open->first().id, u" "_s).error().kind, Error::Kind::Invalid);
    ASSERT_OK(s.resolveAlert(manager, open->first().id, u"店长已致电道歉"_s));
    EXPECT_EQ(s.resolveAlert(manager, open->first().id, u"again"_s).error().kind, Error::Kind::Conflict);
    EXPECT_TRUE(s.alerts(manager, true)->isEmpty());
}

TEST_P(SurveyServiceTest, NoSecondSurveyWithinTheFatigueDays)
{
    SurveyService s(ctx());
    ASSERT_OK(s.saveResponse(agent, answers(customers[0], {}, {5, 5, 5, 5, 5}, 10)));
    m_clock.set(QDateTime(QDate(2026, 11, 25), QTime(10, 0)).toUTC());
    EXPECT_FALSE(s.fatigueReason(customers[0])->isEmpty());
    EXPECT_EQ(s.saveResponse(agent, answers(customers[0], {}, {5, 5, 5, 5, 5}, 10)).error().kind, Error::Kind::Conflict);
    ResponseInput paper = answers(customers[0], {}, {5, 5, 5, 5, 5}, 10);
    paper.channel = u"paper"_s; // a questionnaire the customer filled in anyway is still recorded
    ASSERT_OK(s.saveResponse(agent, paper));
    m_clock.set(QDateTime(QDate(2026, 12, 26), QTime(10, 0)).toUTC());
    EXPECT_TRUE(s.fatigueReason(customers[0])->isEmpty());
}

TEST_P(SurveyServiceTest, ATemplateInUseIsVersionedNotEdited)
{
    SurveyService s(ctx());
    ASSERT_OK(s.saveResponse(agent, answers(customers[0], {}, {5, 5, 5, 5, 4}, 9)));
    TemplateDef edited = ssi;
    edited.questions[0].text = u"交车过程是否满意？（新版）"_s;
    EXPECT_EQ(s.saveTemplate(agent, edited).error().kind, Error::Kind::PermissionDenied);
    auto v2 = s.saveTemplate(manager, edited);
    ASSERT_OK(v2);
    EXPECT_NE(*v2, ssi.id);
    auto latest = s.latest(u"ssi"_s);
    ASSERT_OK(latest);
    EXPECT_EQ((*latest)->version, 2);
    EXPECT_EQ((*latest)->questions[0].text, u"交车过程是否满意？（新版）"_s);
    EXPECT_EQ(s.templateById(ssi.id)->questions[0].text, ssi.questions[0].text); // the answered version is untouched
    EXPECT_EQ(
        db().scalar(
                u"SELECT COUNT(*) FROM survey_answers a JOIN survey_questions q ON q.id = a.question_id WHERE q.template_id = ?"_s,
                {ssi.id})
            ->toInt(),
        6);
    // An unused version is edited in place; a copy is a new family with all the questions.
    edited = **latest;
    edited.name = u"销售满意度 2027"_s;
    EXPECT_EQ(*s.saveTemplate(manager, edited), (*latest)->id);
    auto copy = s.copyTemplate(manager, ssi.id, u"试驾满意度"_s);
    ASSERT_OK(copy);
    EXPECT_EQ(s.templateById(*copy)->questions.size(), ssi.questions.size());
    TemplateDef bad = edited;
    bad.questions[1].weight = 0.5;
    bad.questions[1].kind = u"text"_s;
    EXPECT_EQ(s.saveTemplate(manager, bad).error().kind, Error::Kind::Invalid);
}

TEST_P(SurveyServiceTest, CliScores)
{
    SurveyService s(ctx());
    ASSERT_OK(s.saveResponse(agent, answers(customers[0], u"王顾问"_s, {5, 5, 5, 5, 5}, 10)));
    ASSERT_OK(s.saveResponse(agent, answers(customers[1], u"赵顾问"_s, {4, 4, 4, 4, 4}, 8)));
    const QString target = test::connectionUrl(testDb());
    QProcess p;
    p.start(QStringLiteral(CRM_CLI_PATH), {u"-d"_s, target, u"surveys"_s, u"scores"_s, u"--from"_s, u"2026-11-01"_s, u"--to"_s,
                                           u"2026-11-30"_s, u"--by"_s, u"consultant"_s, u"--json"_s});
    ASSERT_TRUE(p.waitForFinished(60000));
    EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    EXPECT_TRUE(text.contains(u"\"group\":\"王顾问\""_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"\"index\":1000"_s));
    EXPECT_TRUE(text.contains(u"\"nps\":0"_s)); // 赵顾问: a passive
    QProcess bad;
    bad.start(QStringLiteral(CRM_CLI_PATH), {u"-d"_s, target, u"surveys"_s, u"scores"_s, u"--from"_s, u"11/01/2026"_s});
    ASSERT_TRUE(bad.waitForFinished(60000));
    EXPECT_EQ(bad.exitCode(), 2);
}

CRM_INSTANTIATE_ENGINES(SurveyServiceTest);
