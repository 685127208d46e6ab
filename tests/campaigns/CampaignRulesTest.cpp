// The campaigns' pure rules: who may be texted for what, template placeholders, the kinds,
// a segment surviving its round trip through the campaign record, response codes.
#include "campaigns/core/Campaigns.h"

#include <gtest/gtest.h>

using namespace crm::campaigns;
using namespace Qt::StringLiterals;

TEST(CampaignRulesTest, AMessageNeedsTheConsentsOfItsPurposeAndRespectsTheCap)
{
    ContactFlags f{true, true, true, false, false, 0};
    EXPECT_EQ(messageHold(u"marketing"_s, f, 4), QString());
    EXPECT_EQ(messageHold(u"reminder"_s, f, 4), QString());
    ContactFlags noSms = f;
    noSms.smsConsent = false;
    EXPECT_EQ(messageHold(u"reminder"_s, noSms, 4), u"no_sms_consent"_s);
    ContactFlags noMarketing = f;
    noMarketing.marketingConsent = false;
    EXPECT_EQ(messageHold(u"marketing"_s, noMarketing, 4), u"no_consent"_s);
    EXPECT_EQ(messageHold(u"service"_s, noMarketing, 4), QString()); // a recall notice is not marketing
    ContactFlags dnd = f;
    dnd.doNotDisturb = true;
    EXPECT_EQ(messageHold(u"service"_s, dnd, 4), u"do_not_disturb"_s);
    ContactFlags opted = f;
    opted.optedOutMarketing = true;
    EXPECT_EQ(messageHold(u"marketing"_s, opted, 4), u"opted_out"_s);
    ContactFlags busy = f;
    busy.marketingRecent = 4;
    EXPECT_EQ(messageHold(u"marketing"_s, busy, 4), u"frequency_cap"_s);
    EXPECT_EQ(messageHold(u"reminder"_s, busy, 4), QString());
    ContactFlags noMobile = f;
    noMobile.hasMobile = false;
    EXPECT_EQ(messageHold(u"reminder"_s, noMobile, 4), u"no_mobile"_s);
}

TEST(CampaignRulesTest, PlaceholdersAreCheckedAgainstTheApprovedTemplate)
{
    const QString body = u"尊敬的${name}，${campaign}期间诚邀您回店，详询${phone}。回复TD退订"_s;
    EXPECT_EQ(placeholdersOf(body), (QStringList{u"name"_s, u"campaign"_s, u"phone"_s}));
    const QVariantMap full{{u"name"_s, u"王先生"_s}, {u"campaign"_s, u"冬季检测"_s}, {u"phone"_s, u"88888888"_s}};
    EXPECT_EQ(checkParams(body, full), QString());
    QVariantMap missing = full;
    missing.remove(u"phone"_s);
    EXPECT_TRUE(checkParams(body, missing).contains(u"phone"_s));
    QVariantMap extra = full;
    extra.insert(u"vin"_s, u"X"_s);
    EXPECT_TRUE(checkParams(body, extra).contains(u"vin"_s));
    EXPECT_EQ(fillTemplate(body, full), u"尊敬的王先生，冬季检测期间诚邀您回店，详询88888888。回复TD退订"_s);
    EXPECT_TRUE(isUnsubscribeReply(u" td "_s));
    EXPECT_TRUE(isUnsubscribeReply(u"退订"_s));
    EXPECT_FALSE(isUnsubscribeReply(u"好的，谢谢"_s));
}

TEST(CampaignRulesTest, KindsAndTheContactTheyNeed)
{
    EXPECT_FALSE(isMarketing(u"recall"_s));
    EXPECT_TRUE(isMarketing(u"win_back"_s));
    EXPECT_EQ(optOutType(u"recall"_s), u"service"_s);
    EXPECT_EQ(optOutType(u"event"_s), u"marketing"_s);
    EXPECT_FALSE(isKind(u"spam"_s));
}

TEST(CampaignRulesTest, SegmentsAndResponseCodesSurviveTheirRoundTrip)
{
    Segment s;
    s.models = {u"速腾"_s, u"迈腾"_s};
    s.deliveryFrom = QDate(2023, 1, 1);
    s.churn = u"at_risk"_s;
    s.member = 0;
    s.openComplaint = 1;
    s.kmMax = 30000;
    const Segment back = Segment::fromMap(s.toMap());
    EXPECT_EQ(back.models, s.models);
    EXPECT_EQ(back.deliveryFrom, s.deliveryFrom);
    EXPECT_FALSE(back.deliveryTo.isValid());
    EXPECT_EQ(back.churn, s.churn);
    EXPECT_EQ(back.member, 0);
    EXPECT_EQ(back.vip, -1);
    EXPECT_EQ(back.openComplaint, 1);
    EXPECT_EQ(back.kmMax, 30000);
    EXPECT_EQ(back.kmMin, -1);
    const QList<ResponseCode> codes = defaultResponses();
    const QList<ResponseCode> again = responsesFromJson(responsesToJson(codes));
    ASSERT_EQ(again.size(), 6);
    EXPECT_EQ(again[0].effect, Effect::Booked);
    EXPECT_TRUE(again[2].needsReason);
    EXPECT_EQ(checkResponses(again), QString());
    QList<ResponseCode> twice = codes;
    twice << codes.first();
    EXPECT_FALSE(checkResponses(twice).isEmpty());
    EXPECT_FALSE(checkResponses({}).isEmpty());
}
