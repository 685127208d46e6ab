#pragma once
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QStringList>
#include <QVariantMap>

// Campaigns, recalls and messages (服务营销活动、召回、短信), domain brief section 9: the rules that
// need no database — which consent and opt-outs a kind of campaign honours, the response codes,
// the segment a list is drawn from, attribution of a visit to a response, message templates.
namespace crm::campaigns {

// Kinds of campaign. A recall is a safety obligation (缺陷汽车产品召回管理条例), not marketing:
// it needs no marketing consent, but a customer who refused all calls or service calls is
// still not called for it (listed as excluded, for a letter). Every other kind is marketing.
inline constexpr const char *kKinds[] = {"service", "recall", "seasonal", "event", "win_back", "custom"};
bool isKind(const QString &kind);
bool isMarketing(const QString &kind);
// The opt-out contact types (customer_optouts) that keep a customer off a campaign of this kind
// besides 'all' (do not disturb), which keeps them off every campaign.
QString optOutType(const QString &kind);

// What an answer on the call means for the funnel.
enum class Effect { Booked, Accepted, Declined, Undecided, Unreachable, NotApplicable };
QString effectId(Effect e);
Effect effectFromId(const QString &id);

struct ResponseCode {
    QString code;
    QString title;
    Effect effect = Effect::Undecided;
    bool needsReason = false; // declined: the reason is asked
};
QList<ResponseCode> defaultResponses();
QString responsesToJson(const QList<ResponseCode> &codes);
QList<ResponseCode> responsesFromJson(const QString &json);
// Empty when the codes can be used; otherwise what is wrong (no codes, a code twice, no title).
QString checkResponses(const QList<ResponseCode> &codes);

// A segment of the archive: every criterion set narrows the list (AND); an empty list or an
// invalid date means "any". Tri-state flags: -1 any, 0 no, 1 yes.
struct Segment {
    QStringList models;
    QDate deliveryFrom, deliveryTo;
    QDate lastPaidFrom, lastPaidTo;
    int kmMin = -1, kmMax = -1; // the vehicle's last known mileage
    QString churn;              // '', active, at_risk, lost
    QStringList tiers;          // club tiers
    int member = -1;
    QStringList tags; // any of
    QStringList cities;
    QString advisor;    // of the vehicle's service visits
    QString consultant; // the vehicle's sales consultant
    int vip = -1;
    int openComplaint = -1;
    int openAppointment = -1;

    QVariantMap toMap() const;
    static Segment fromMap(const QVariantMap &m);
    QString describe() const; // for people: "车型 速腾; 交车 2023-01-01 – 2023-12-31"
};

// The funnel of a campaign, targeted → called → reached → accepted → booked → arrived → visit.
struct Funnel {
    qint64 targeted = 0;
    qint64 called = 0;
    qint64 reached = 0;
    qint64 accepted = 0; // accepted and booked + accepted not booked
    qint64 booked = 0;
    qint64 arrived = 0;
    qint64 visits = 0;    // targets with a service visit inside the attribution window
    qint64 amountFen = 0; // what those visits were paid
    QMap<QString, qint64> byResponse;
};

// A visit counts for an answer from the answer day to `kAttributionDays` after (the default of
// the setting; the funnel's SQL applies it).
inline constexpr int kAttributionDays = 90;

// Message templates as the providers approve them: ${name} placeholders.
QStringList placeholdersOf(const QString &body);
// Empty when `params` fill exactly the template's placeholders; otherwise what is missing or extra.
QString checkParams(const QString &body, const QVariantMap &params);
QString fillTemplate(const QString &body, const QVariantMap &params);
inline constexpr const char *kMessagePurposes[] = {"marketing", "reminder", "service"};
inline constexpr int kMarketingPerMonth = 4;

// What the archive says about texting one customer.
struct ContactFlags {
    bool hasMobile = false;
    bool smsConsent = false;       // consent 'sms' granted
    bool marketingConsent = false; // consent 'marketing_calls' granted
    bool doNotDisturb = false;     // opted out of all contact
    bool optedOutMarketing = false;
    int marketingRecent = 0; // marketing messages queued or sent in the last 30 days
};
// Why a message of `purpose` must not go to this customer ('' = it may): every message needs SMS
// consent and no do-not-disturb; marketing also needs marketing consent, no marketing opt-out and
// fewer than `cap` marketing messages in 30 days.
QString messageHold(const QString &purpose, const ContactFlags &f, int cap);
// A 回复TD退订 style answer: the customer wants no more messages.
bool isUnsubscribeReply(const QString &text);

class CampaignText {
    Q_DECLARE_TR_FUNCTIONS(crm::campaigns::CampaignText)
public:
    static QString kind(const QString &id);
    // A response code's title for people: the default codes translated, a manager's own words as written.
    static QString response(const ResponseCode &r);
    static QString response(const QList<ResponseCode> &codes, const QString &code);
    static QString exclusion(const QString &id);
    static QString recallState(const QString &id);
    static QString churn(const QString &id);
    static QString messageStatus(const QString &id);
    static QString purpose(const QString &id);
};

} // namespace crm::campaigns
