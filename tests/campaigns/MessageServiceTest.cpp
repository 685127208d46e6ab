// Messages on both engines, sent to a local HTTP server (cpp-httplib) that speaks Alibaba Cloud
// SMS's documented protocol and checks every request's signature itself: consent, do-not-disturb,
// opt-outs and the monthly cap; quiet hours; a 回复TD退订 reply; no double send across a crash;
// throttling, rejection, a wrong key and a provider that is down; delivery receipts.
#include "CampaignServiceTest.h"

#include "campaigns/services/CampaignService.h"
#include "campaigns/services/MessageService.h"
#include "frontdesk/services/AppointmentService.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <httplib.h>
#include <map>
#include <mutex>
#include <thread>

using namespace crm;
using namespace crm::data;
using namespace crm::services;
using namespace Qt::StringLiterals;

namespace {
// The provider's side, written from its documentation and not from our client: percent-encode
// UTF-8 with only A–Z a–z 0–9 - _ . ~ kept, sort, sign "GET&%2F&…" with HMAC-SHA1(secret + "&").
std::string encode(const std::string &s)
{
    static const char *hex = "0123456789ABCDEF";
    std::string out;
    for (unsigned char ch : s) {
        if (std::isalnum(ch) || ch == '-' || ch == '_' || ch == '.' || ch == '~') {
            out += char(ch);
        } else {
            out += '%';
            out += hex[ch >> 4];
            out += hex[ch & 15];
        }
    }
    return out;
}

class AliyunStub {
public:
    explicit AliyunStub(std::string secret) : m_secret(std::move(secret))
    {
        m_server.Get("/", [this](const httplib::Request &req, httplib::Response &res) { handle(req, res); });
        m_port = m_server.bind_to_any_port("127.0.0.1");
        m_thread = std::thread([this] { m_server.listen_after_bind(); });
        while (!m_server.is_running())
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    ~AliyunStub()
    {
        m_server.stop();
        m_thread.join();
    }
    QString endpoint() const { return u"http://127.0.0.1:%1/"_s.arg(m_port); }
    int sentTo(const std::string &phone)
    {
        std::lock_guard lock(m_mutex);
        return int(m_sent.count(phone));
    }
    int total()
    {
        std::lock_guard lock(m_mutex);
        return int(m_sent.size());
    }
    std::string lastParams()
    {
        std::lock_guard lock(m_mutex);
        return m_lastParams;
    }
    int throttleAfter = -1; // answer Throttling.User once this many were sent
    std::string badNumber = "13900000000";

private:
    void answer(httplib::Response &res, int status, const std::string &code, const std::string &extra = {})
    {
        res.status = status;
        res.set_content("{\"RequestId\":\"req-" + std::to_string(++m_requests) + "\",\"Code\":\"" + code + "\",\"Message\":\"" +
                            code + "\"" + extra + "}",
                        "application/json");
    }
    void handle(const httplib::Request &req, httplib::Response &res)
    {
        std::map<std::string, std::string> p;
        for (const auto &[k, v] : req.params)
            p[k] = v;
        for (const char *required : {"AccessKeyId", "Action", "Format", "RegionId", "SignatureMethod", "SignatureNonce",
                                     "SignatureVersion", "Timestamp", "Version", "Signature"})
            if (!p.count(required))
                return answer(res, 400, std::string("MissingParameter.") + required);
        if (p["Version"] != "2017-05-25" || p["SignatureMethod"] != "HMAC-SHA1" || p["SignatureVersion"] != "1.0" ||
            p["Format"] != "JSON")
            return answer(res, 400, "InvalidParameter");
        std::string canonical;
        for (const auto &[k, v] : p) // std::map: sorted by name
            if (k != "Signature")
                canonical += (canonical.empty() ? "" : "&") + encode(k) + "=" + encode(v);
        const std::string toSign = "GET&" + encode("/") + "&" + encode(canonical);
        const QByteArray sig =
            QMessageAuthenticationCode::hash(QByteArray::fromStdString(toSign), QByteArray::fromStdString(m_secret + "&"),
                                             QCryptographicHash::Sha1)
                .toBase64();
        if (sig.toStdString() != p["Signature"])
            return answer(res, 400, "SignatureDoesNotMatch");
        {
            std::lock_guard lock(m_mutex);
            if (!m_nonces.insert(p["SignatureNonce"]).second)
                return answer(res, 400, "SignatureNonceUsed");
        }
        if (p["Action"] == "SendSms") {
            for (const char *required : {"PhoneNumbers", "SignName", "TemplateCode", "TemplateParam"})
                if (!p.count(required))
                    return answer(res, 400, std::string("MissingParameter.") + required);
            std::lock_guard lock(m_mutex);
            if (throttleAfter >= 0 && int(m_sent.size()) >= throttleAfter)
                return answer(res, 200, "isv.BUSINESS_LIMIT_CONTROL");
            if (p["PhoneNumbers"] == badNumber)
                return answer(res, 200, "isv.MOBILE_NUMBER_ILLEGAL");
            m_sent.insert({p["PhoneNumbers"], p["OutId"]});
            m_lastParams = p["TemplateParam"];
            return answer(res, 200, "OK", ",\"BizId\":\"biz-" + p["OutId"] + "\"");
        }
        if (p["Action"] == "QuerySendDetails") {
            std::lock_guard lock(m_mutex);
            std::string rows;
            for (const auto &[phone, outId] : m_sent)
                if (phone == p["PhoneNumber"])
                    rows += std::string(rows.empty() ? "" : ",") + "{\"OutId\":\"" + outId +
                            "\",\"SendStatus\":3,\"ErrCode\":\"DELIVERED\",\"ReceiveDate\":\"2026-12-07 10:01:00\"}";
            return answer(res, 200, "OK", ",\"TotalCount\":1,\"SmsSendDetailDTOs\":{\"SmsSendDetailDTO\":[" + rows + "]}");
        }
        return answer(res, 400, "InvalidAction.NotFound");
    }
    std::string m_secret;
    httplib::Server m_server;
    int m_port = 0;
    std::thread m_thread;
    std::mutex m_mutex;
    std::multimap<std::string, std::string> m_sent;
    std::set<std::string> m_nonces;
    std::string m_lastParams;
    int m_requests = 0;
};
} // namespace

class MessageServiceTest : public CampaignFixture {
protected:
    void SetUp() override
    {
        CampaignFixture::SetUp();
        if (HasFatalFailure() || IsSkipped())
            return;
        const QDate d(2023, 5, 1);
        withSms = person(u"王伟"_s, u"13800000001"_s, u"速腾"_s, d, true);
        noSms = person(u"李娜"_s, u"13800000002"_s, u"速腾"_s, d, true);
        optedOut = person(u"张强"_s, u"13800000003"_s, u"速腾"_s, d, true, u"marketing"_s);
        smsOnly = person(u"刘洋"_s, u"13800000004"_s, u"速腾"_s, d, false);
        for (const Person &p : {withSms, optedOut, smsOnly})
            grantSms(p.customer);
        set(settings::kMessageDealerPhone, u"0571-88888888"_s);
        account.endpoint = stub.endpoint();
        account.accessKeyId = u"LTAI-test"_s;
        account.secret = QString::fromStdString(kSecret);
    }
    void grantSms(qint64 customer)
    {
        ASSERT_TRUE(db().exec(u"INSERT INTO customer_consents(customer_id, purpose, granted, recorded_at, how) "
                              "VALUES (?, 'sms', 1, '2026-01-01T00:00:00Z', 'signed_form')"_s,
                              {customer})
                        .ok());
    }
    QString status(qint64 id) { return db().scalar(u"SELECT status FROM messages WHERE id = ?"_s, {id})->toString(); }
    qint64 recallCampaign(const QString &name)
    {
        CampaignInput in;
        in.name = name;
        in.kind = u"recall"_s;
        in.startsOn = kToday;
        in.endsOn = kToday.addDays(30);
        in.messageTemplate = u"recall_notice"_s;
        campaigns::Segment s;
        s.models = {u"速腾"_s};
        auto id = CampaignService(ctx()).createFromSegment(manager, in, s, {});
        EXPECT_TRUE(id.ok());
        return id ? *id : 0;
    }
    static inline const std::string kSecret = "testsecret";
    AliyunStub stub{kSecret};
    SmsAccount account;
    Person withSms, noSms, optedOut, smsOnly;
};

TEST_P(MessageServiceTest, OnlyCustomersWhoMayBeTextedForThePurposeAreQueued)
{
    MessageService messages(ctx());
    const QVariantMap invite{{u"name"_s, u"王先生"_s}, {u"campaign"_s, u"冬季检测"_s}, {u"phone"_s, u"0571-88888888"_s}};
    // Marketing needs SMS consent, marketing consent, no marketing opt-out.
    ASSERT_OK(messages.queueOne(agent, withSms.customer, u"campaign_invite"_s, invite, u"card"_s));
    auto refused = messages.queueOne(agent, noSms.customer, u"campaign_invite"_s, invite, u"card"_s);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(u"SMS"_s)) << refused.error().message.toStdString();
    EXPECT_FALSE(messages.queueOne(agent, optedOut.customer, u"campaign_invite"_s, invite, u"card"_s).ok());
    EXPECT_FALSE(messages.queueOne(agent, smsOnly.customer, u"campaign_invite"_s, invite, u"card"_s).ok());
    // A reminder needs SMS consent only.
    const QVariantMap reminder{
        {u"name"_s, u"刘先生"_s}, {u"time"_s, u"12月9日 9:00"_s}, {u"job"_s, u"保养"_s}, {u"phone"_s, u"0571-88888888"_s}};
    ASSERT_OK(messages.queueOne(agent, smsOnly.customer, u"appointment_reminder"_s, reminder, u"card"_s));
    // Placeholders are checked against the approved template before anything is queued.
    auto missing = messages.queueOne(agent, withSms.customer, u"appointment_reminder"_s, {{u"name"_s, u"王先生"_s}}, u"card"_s);
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error().message.contains(u"time"_s));
    // The monthly marketing cap.
    set(settings::kMessageMarketingPerMonth, u"1"_s);
    auto capped = messages.queueOne(agent, withSms.customer, u"campaign_invite"_s, invite, u"card"_s);
    ASSERT_FALSE(capped.ok());
    // A recall campaign's notice: SMS consent is enough, the marketing opt-out does not apply.
    const qint64 recall = recallCampaign(u"召回R1"_s);
    auto queued = messages.queueCampaign(manager, recall);
    ASSERT_OK(queued);
    EXPECT_EQ(queued->queued, 3); // withSms, optedOut, smsOnly
    EXPECT_EQ(queued->held.value(u"no_sms_consent"_s), 1);
    auto again = messages.queueCampaign(manager, recall);
    ASSERT_OK(again);
    EXPECT_EQ(again->queued, 0);
    EXPECT_EQ(again->alreadyQueued, 3);
}

TEST_P(MessageServiceTest, QuietHoursHoldMessagesAndAnUnsubscribeReplyStopsThemAtOnce)
{
    MessageService messages(ctx());
    at(kToday, QTime(22, 0));
    const qint64 recall = recallCampaign(u"召回R2"_s);
    ASSERT_OK(messages.queueCampaign(manager, recall));
    AliyunSms provider(account, m_clock);
    auto night = messages.sendDue(manager, provider);
    ASSERT_OK(night);
    EXPECT_EQ(night->sent, 0);
    EXPECT_EQ(stub.total(), 0);
    // The customer answers TD to an earlier message: consent withdrawn, marketing opted out, queue cancelled.
    auto replied = messages.recordReply(sys, u"13800000003"_s, u"TD"_s);
    ASSERT_OK(replied);
    EXPECT_EQ(*replied, 1);
    EXPECT_EQ(count(u"SELECT granted FROM customer_consents WHERE customer_id = ? AND purpose = 'sms'"_s, {optedOut.customer}),
              0);
    at(kToday.addDays(1), QTime(8, 30));
    auto morning = messages.sendDue(manager, provider);
    ASSERT_OK(morning);
    EXPECT_EQ(morning->sent, 2);
    EXPECT_EQ(stub.sentTo("13800000003"), 0);
    EXPECT_EQ(stub.sentTo("13800000001"), 1);
    EXPECT_NE(stub.lastParams().find("vin"), std::string::npos); // the template's own placeholders, filled
    // Receipts: both delivered.
    auto receipts = messages.pullReceipts(manager, provider);
    ASSERT_OK(receipts);
    EXPECT_EQ(*receipts, 2);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM messages WHERE status = 'delivered'"_s), 2);
}

TEST_P(MessageServiceTest, AMessageIsNeverSentTwiceEvenAcrossACrash)
{
    MessageService messages(ctx());
    const qint64 recall = recallCampaign(u"召回R3"_s);
    ASSERT_OK(messages.queueCampaign(manager, recall));
    // A run died after taking one message and before hearing the provider.
    const qint64 first = count(u"SELECT MIN(id) FROM messages"_s);
    ASSERT_TRUE(MessageRepository(db()).take(first, toStoredUtc(m_clock.nowUtc())).ok());
    at(kToday, QTime(10, 30));
    AliyunSms provider(account, m_clock);
    auto run = messages.sendDue(manager, provider);
    ASSERT_OK(run);
    EXPECT_EQ(run->interrupted, 1);
    EXPECT_EQ(run->sent, 2);
    EXPECT_EQ(status(first), u"unknown"_s);
    EXPECT_EQ(stub.total(), 2);
    // Running again, and queuing the campaign again, sends nothing more.
    ASSERT_OK(messages.queueCampaign(manager, recall));
    auto rerun = messages.sendDue(manager, provider);
    ASSERT_OK(rerun);
    EXPECT_EQ(rerun->sent, 0);
    EXPECT_EQ(stub.total(), 2);
    // A person who checked with the provider sends it again, once.
    ASSERT_OK(messages.resolveUnknown(manager, first, true));
    ASSERT_OK(messages.sendDue(manager, provider));
    EXPECT_EQ(stub.total(), 3);
}

TEST_P(MessageServiceTest, ThrottlingRejectionAWrongKeyAndADownProviderLoseNothing)
{
    MessageService messages(ctx());
    ASSERT_TRUE(db().exec(u"UPDATE customers SET mobile = '13900000000' WHERE id = ?"_s, {smsOnly.customer}).ok());
    const qint64 recall = recallCampaign(u"召回R4"_s);
    ASSERT_OK(messages.queueCampaign(manager, recall));
    // Down: nothing sent, everything still queued.
    SmsAccount down = account;
    down.endpoint = u"http://127.0.0.1:9/"_s;
    AliyunSms unreachable(down, m_clock);
    auto none = messages.sendDue(manager, unreachable);
    ASSERT_OK(none);
    EXPECT_TRUE(none->stopped);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM messages WHERE status = 'queued'"_s), 3);
    // Throttled after one: the run stops, the rest wait.
    at(kToday, QTime(10, 5));
    stub.throttleAfter = 1;
    AliyunSms provider(account, m_clock);
    auto throttled = messages.sendDue(manager, provider);
    ASSERT_OK(throttled);
    EXPECT_EQ(throttled->sent, 1);
    EXPECT_TRUE(throttled->stopped);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM messages WHERE status = 'queued'"_s), 2);
    // Later: the bad number is rejected for good with the provider's code; the other goes.
    stub.throttleAfter = -1;
    at(kToday, QTime(10, 10));
    auto rest = messages.sendDue(manager, provider);
    ASSERT_OK(rest);
    EXPECT_EQ(rest->sent, 1);
    EXPECT_EQ(rest->rejected, 1);
    EXPECT_EQ(db().scalar(u"SELECT error_code FROM messages WHERE mobile = '13900000000'"_s)->toString(),
              u"isv.MOBILE_NUMBER_ILLEGAL"_s);
    // A wrong secret: the provider refuses the signature; the message is failed, never "sent".
    ASSERT_TRUE(messages
                    .queueOne(agent, withSms.customer, u"recall_notice"_s,
                              {{u"name"_s, u"王先生"_s}, {u"vin"_s, withSms.vin}, {u"phone"_s, u"0571"_s}}, u"card"_s)
                    .ok());
    SmsAccount wrong = account;
    wrong.secret = u"not-the-secret"_s;
    AliyunSms forged(wrong, m_clock);
    auto bad = messages.sendDue(manager, forged);
    ASSERT_OK(bad);
    EXPECT_EQ(bad->rejected, 1);
    EXPECT_EQ(db().scalar(u"SELECT error_code FROM messages WHERE source = 'card'"_s)->toString(), u"SignatureDoesNotMatch"_s);
}

TEST_P(MessageServiceTest, TheNightlyCloseQueuesTomorrowsAppointmentRemindersOnce)
{
    AppointmentService book(ctx());
    for (const Person &p : {withSms, noSms}) {
        BookingRequest r;
        r.customerId = p.customer;
        r.vehicleId = p.vehicle;
        r.at = QDateTime(kToday.addDays(1), QTime(9, 0));
        r.jobType = u"maintenance"_s;
        ASSERT_OK(book.book(agent, r));
    }
    auto first = book.closeDay(sys, QDateTime(kToday, QTime(22, 0)));
    ASSERT_OK(first);
    EXPECT_EQ(first->reminders, 1); // 李娜 gave no SMS consent
    EXPECT_TRUE(
        db().scalar(u"SELECT params FROM messages WHERE idem_key LIKE 'appointment:%'"_s)->toString().contains(u"保养"_s));
    auto second = book.closeDay(sys, QDateTime(kToday, QTime(23, 0)));
    ASSERT_OK(second);
    EXPECT_EQ(second->reminders, 0);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM messages"_s), 1);
}

TEST_P(MessageServiceTest, AFollowUpRuleMayTextBesideItsCallOncePerTask)
{
    for (const Person &p : {withSms, noSms})
        ASSERT_TRUE(
            db().exec(u"INSERT INTO followup_tasks(kind, source_key, customer_id, vehicle_id, available, due_date, "
                      "expires, priority, status, attempts, created_at, updated_at) VALUES ('first_maintenance', ?, ?, ?, "
                      "?, ?, ?, 1, 'open', 0, '2026-12-07T02:00:00Z', '2026-12-07T02:00:00Z')"_s,
                      {u"vehicle:%1"_s.arg(p.vehicle), p.customer, p.vehicle, kToday.toString(Qt::ISODate),
                       kToday.addDays(7).toString(Qt::ISODate), kToday.addDays(60).toString(Qt::ISODate)})
                .ok());
    MessageService messages(ctx());
    auto off = messages.queueTaskReminders(sys, kToday);
    ASSERT_OK(off);
    EXPECT_EQ(*off, 0); // no rule named in the setting: calls only
    set(settings::kMessageReminderKinds, u"first_maintenance, birthday_care"_s);
    auto on = messages.queueTaskReminders(sys, kToday);
    ASSERT_OK(on);
    EXPECT_EQ(*on, 1); // 李娜 gave no SMS consent: her call goes ahead alone
    EXPECT_TRUE(db().scalar(u"SELECT params FROM messages WHERE customer_id = ?"_s, {withSms.customer})
                    ->toString()
                    .contains(u"12月14日"_s));
    auto again = messages.queueTaskReminders(sys, kToday);
    ASSERT_OK(again);
    EXPECT_EQ(*again, 0);
}

CRM_INSTANTIATE_ENGINES(MessageServiceTest);
