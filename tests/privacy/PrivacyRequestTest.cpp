// The register of data-subject requests: each gets its legal deadline on the national calendar
// (15 working days, holidays and 调休 counted), is answered or refused once with the answer
// kept and audited, survives the requester's own erasure as proof without their words, and is
// read from the command line — on both engines.
#include "TestDatabase.h"

#include "archives/services/CustomerService.h"
#include "privacy/core/PrivacyRequests.h"
#include "privacy/services/PrivacyService.h"
#include "privacy/services/RequestService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace crm;
using namespace crm::services;
using namespace Qt::StringLiterals;

TEST(PrivacyRequests, TheDeadlineCountsFifteenWorkingDaysOfTheNationalCalendar)
{
    const calendar::WorkCalendar national(calendar::shippedArrangements());
    // Mon 2026-09-28: 29, 30 Sep; 1–7 Oct off; 8, 9, Sat 10 (worked), 12–16, 19–23 Oct.
    EXPECT_EQ(privacy::answerDueOn(QDate(2026, 9, 28), national), QDate(2026, 10, 23));
    // An ordinary fortnight: three weeks of weekdays.
    EXPECT_EQ(privacy::answerDueOn(QDate(2026, 11, 2), national), QDate(2026, 11, 23));
    EXPECT_EQ(privacy::answerDueOn(QDate(2026, 11, 2), national, 1), QDate(2026, 11, 3));
}

class PrivacyRequestTest : public test::DbTest {
protected:
    void SetUp() override
    {
        DbTest::SetUp();
        if (HasFatalFailure() || IsSkipped())
            return;
        archivist = test::insertUser(db(), u"info"_s, u"信息员"_s, Role::Archivist);
        CustomerInput in;
        in.name = u"欧阳娜娜"_s;
        in.mobile = u"13912345678"_s;
        auto id = CustomerService(ctx()).create(archivist, in);
        ASSERT_OK(id);
        customer = *id;
    }
    services::Session archivist;
    qint64 customer = 0;
};

TEST_P(PrivacyRequestTest, ARequestIsRegisteredWithItsDeadlineAndAnsweredOnce)
{
    RequestService s(ctx());
    PrivacyRequestInput in;
    in.customerId = customer;
    in.kind = u"copy"_s;
    in.contact = u"13912345678"_s;
    in.details = u"想要一份我的全部资料"_s;
    in.receivedOn = QDate(2026, 9, 28);
    auto id = s.registerRequest(archivist, in);
    ASSERT_OK(id);

    auto open = s.requests(archivist, true);
    ASSERT_OK(open);
    ASSERT_EQ(open->size(), 1);
    EXPECT_EQ(open->at(0).dueOn, QDate(2026, 10, 23));
    EXPECT_EQ(open->at(0).customerName, u"欧阳娜娜"_s);
    EXPECT_EQ(open->at(0).status, u"open"_s);

    // Every field says what is wrong; nothing is stored.
    PrivacyRequestInput bad = in;
    bad.kind = u"everything"_s;
    EXPECT_EQ(s.registerRequest(archivist, bad).error().kind, Error::Kind::Invalid);
    bad = in;
    bad.receivedOn = QDate(2026, 12, 1); // after the fixture's today (2026-11-22)
    EXPECT_EQ(s.registerRequest(archivist, bad).error().kind, Error::Kind::Invalid);
    bad = in;
    bad.customerId = 0;
    EXPECT_EQ(s.registerRequest(archivist, bad).error().kind, Error::Kind::Invalid); // nobody named
    bad = in;
    bad.contact.clear();
    EXPECT_EQ(s.registerRequest(archivist, bad).error().kind, Error::Kind::Invalid);
    EXPECT_EQ(db().scalar(u"SELECT COUNT(*) FROM privacy_requests"_s)->toInt(), 1);

    // A refusal needs its reason; an answer is given once.
    EXPECT_EQ(s.answer(archivist, *id, u"refused"_s, u" "_s).error().kind, Error::Kind::Invalid);
    ASSERT_OK(s.answer(archivist, *id, u"answered"_s, u"资料副本已于 10 月 9 日当面交给本人"_s));
    const Status twice = s.answer(archivist, *id, u"refused"_s, u"重复"_s);
    ASSERT_FALSE(twice.ok());
    EXPECT_EQ(twice.error().kind, Error::Kind::Conflict);
    auto all = s.requests(archivist, false);
    ASSERT_OK(all);
    ASSERT_EQ(all->size(), 1);
    EXPECT_EQ(all->at(0).status, u"answered"_s);
    EXPECT_EQ(all->at(0).answeredBy, u"信息员"_s);
    EXPECT_FALSE(all->at(0).answeredAt.isEmpty());
    EXPECT_TRUE(s.requests(archivist, true)->isEmpty());
    EXPECT_EQ(db().scalar(u"SELECT COUNT(*) FROM audit_log WHERE entity = 'privacy_requests'"_s)->toInt(), 2);

    // A person not in the archives is registered by name.
    PrivacyRequestInput stranger;
    stranger.kind = u"erasure"_s;
    stranger.requester = u"路人甲"_s;
    stranger.contact = u"某某路 1 号"_s;
    ASSERT_OK(s.registerRequest(archivist, stranger));
}

TEST_P(PrivacyRequestTest, TheRegisterKeepsTheProofOfAnErasureButNotThePersonsWords)
{
    RequestService s(ctx());
    PrivacyRequestInput in;
    in.customerId = customer;
    in.kind = u"erasure"_s;
    in.contact = u"13912345678"_s;
    in.details = u"请删除欧阳娜娜的全部资料"_s;
    auto id = s.registerRequest(archivist, in);
    ASSERT_OK(id);
    ASSERT_OK(PrivacyService(ctx()).anonymise(archivist, customer, u"本人申请（登记号 %1）"_s.arg(*id)));
    ASSERT_OK(s.answer(archivist, *id, u"answered"_s, u"已删除"_s));
    auto all = s.requests(archivist, false);
    ASSERT_OK(all);
    ASSERT_EQ(all->size(), 1);
    EXPECT_EQ(all->at(0).kind, u"erasure"_s);
    EXPECT_EQ(all->at(0).status, u"answered"_s);
    EXPECT_TRUE(all->at(0).contact.isEmpty());
    EXPECT_TRUE(all->at(0).details.isEmpty());
    EXPECT_FALSE(all->at(0).customerName.contains(u"欧阳"_s));
}

TEST_P(PrivacyRequestTest, TheCommandLineErasesAndListsTheRegister)
{
    RequestService s(ctx());
    PrivacyRequestInput in;
    in.customerId = customer;
    in.kind = u"withdrawal"_s;
    in.contact = u"13912345678"_s;
    ASSERT_OK(s.registerRequest(archivist, in));
    auto run = [&](const QStringList &args, QString *out) {
        QProcess p;
        p.start(QStringLiteral(CRM_CLI_PATH), QStringList{u"-d"_s, test::connectionUrl(testDb())} + args);
        p.waitForFinished(60000);
        *out = QString::fromUtf8(p.readAllStandardOutput()) + QString::fromUtf8(p.readAllStandardError());
        return p.exitCode();
    };
    QString out;
    ASSERT_EQ(run({u"privacy"_s, u"requests"_s, u"--open"_s, u"--json"_s}, &out), 0) << out.toStdString();
    const QJsonArray rows = QJsonDocument::fromJson(out.toUtf8()).array();
    ASSERT_EQ(rows.size(), 1) << out.toStdString();
    EXPECT_EQ(rows[0].toObject().value(u"kind"_s).toString(), u"withdrawal"_s);
    EXPECT_EQ(rows[0].toObject().value(u"customer"_s).toString(), u"欧阳娜娜"_s);

    EXPECT_NE(run({u"privacy"_s, u"erase"_s, QString::number(customer)}, &out), 0); // no reason
    EXPECT_TRUE(out.contains(u"why"_s)) << out.toStdString();
    ASSERT_EQ(run({u"privacy"_s, u"erase"_s, QString::number(customer), u"--reason"_s, u"本人申请"_s}, &out), 0)
        << out.toStdString();
    EXPECT_EQ(db().scalar(u"SELECT COUNT(*) FROM customers WHERE name LIKE '%欧阳%'"_s)->toInt(), 0);
    EXPECT_EQ(
        db().scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'anonymise' AND entity_id = ?"_s, {QString::number(customer)})
            ->toInt(),
        1);
}

CRM_INSTANTIATE_ENGINES(PrivacyRequestTest);
