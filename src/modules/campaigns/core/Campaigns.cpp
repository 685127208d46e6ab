#include "campaigns/core/Campaigns.h"

#include "core/Titles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace crm::campaigns {
namespace {
constexpr Titled kKindTitles[] = {
    {"service", QT_TRANSLATE_NOOP("crm::campaigns::CampaignText", "Service campaign")},
    {"recall", QT_TRANSLATE_NOOP("crm::campaigns::CampaignText", "Recall")},
    {"seasonal", QT_TRANSLATE_NOOP("crm::campaigns::CampaignText", "Seasonal check")},
    {"event", QT_TRANSLATE_NOOP("crm::campaigns::CampaignText", "Event invitation")},
    {"win_back", QT_TRANSLATE_NOOP("crm::campaigns::CampaignText", "Win-back")},
    {"custom", QT_TRANSLATE_NOOP("crm::campaigns::CampaignText", "Custom")},
};
constexpr Titled kExclusionTitles[] = {
    {"removed", QT_TRANSLATE_NOOP("crm::campaigns::CampaignText", "Customer removed or merged")},
    {"no_mobile", QT_TRANSLATE_NOOP("crm::campaigns::CampaignText", "No mobile number")},
    {"do_not_disturb", QT_TRANSLATE_NOOP("crm::campaigns::CampaignText", "Do not disturb (refused all contact)")},
    {"opted_out", QT_TRANSLATE_NOOP("crm::campaigns::CampaignText", "Opted out of this kind of call")},
    {"no_consent", QT_TRANSLATE_NOOP("crm::campaigns::CampaignText", "No marketing consent")},
    {"not_found", QT_TRANSLATE_NOOP("crm::campaigns::CampaignText", "VIN not in the archive")},
    {"vehicle_gone", QT_TRANSLATE_NOOP("crm::campaigns::CampaignText", "Vehicle sold, scrapped or moved")},
    {"no_sms_consent", QT_TRANSLATE_NOOP("crm::campaigns::CampaignText", "No SMS consent")},
    {"frequency_cap", QT_TRANSLATE_NOOP("crm::campaigns::CampaignText", "Monthly message limit reached")},
    {"already_queued", QT_TRANSLATE_NOOP("crm::campaigns::CampaignText", "Already sent for this")},
    {"missing_value", QT_TRANSLATE_NOOP("crm::campaigns::CampaignText", "A value the template needs is empty")},
};
constexpr Titled kRecallTitles[] = {
    {"open", QT_TRANSLATE_NOOP("crm::campaigns::CampaignText", "Open")},
    {"done_here", QT_TRANSLATE_NOOP("crm::campaigns::CampaignText", "Done here")},
    {"done_elsewhere", QT_TRANSLATE_NOOP("crm::campaigns::CampaignText", "Done elsewhere")},
    {"not_applicable", QT_TRANSLATE_NOOP("crm::campaigns::CampaignText", "Not applicable")},
};
constexpr Titled kChurnTitles[] = {
    {"active", QT_TRANSLATE_NOOP("crm::campaigns::CampaignText", "Active")},
    {"at_risk", QT_TRANSLATE_NOOP("crm::campaigns::CampaignText", "At risk")},
    {"lost", QT_TRANSLATE_NOOP("crm::campaigns::CampaignText", "Lost")},
};
constexpr Titled kMessageStatusTitles[] = {
    {"queued", QT_TRANSLATE_NOOP("crm::campaigns::CampaignText", "Queued")},
    {"sending", QT_TRANSLATE_NOOP("crm::campaigns::CampaignText", "Sending")},
    {"sent", QT_TRANSLATE_NOOP("crm::campaigns::CampaignText", "Sent")},
    {"delivered", QT_TRANSLATE_NOOP("crm::campaigns::CampaignText", "Delivered")},
    {"failed", QT_TRANSLATE_NOOP("crm::campaigns::CampaignText", "Failed")},
    {"cancelled", QT_TRANSLATE_NOOP("crm::campaigns::CampaignText", "Cancelled")},
    {"unknown", QT_TRANSLATE_NOOP("crm::campaigns::CampaignText", "Unknown (interrupted)")},
};
constexpr Titled kPurposeTitles[] = {
    {"marketing", QT_TRANSLATE_NOOP("crm::campaigns::CampaignText", "Marketing")},
    {"reminder", QT_TRANSLATE_NOOP("crm::campaigns::CampaignText", "Reminder")},
    {"service", QT_TRANSLATE_NOOP("crm::campaigns::CampaignText", "Service notice")},
};
constexpr Titled kResponseTitles[] = {
    {"booked", QT_TRANSLATE_NOOP("crm::campaigns::CampaignText", "Accepted and booked")},
    {"accepted", QT_TRANSLATE_NOOP("crm::campaigns::CampaignText", "Accepted, not booked")},
    {"declined", QT_TRANSLATE_NOOP("crm::campaigns::CampaignText", "Declined")},
    {"thinking", QT_TRANSLATE_NOOP("crm::campaigns::CampaignText", "Will think it over")},
    {"unreachable", QT_TRANSLATE_NOOP("crm::campaigns::CampaignText", "Not reachable")},
    {"not_applicable", QT_TRANSLATE_NOOP("crm::campaigns::CampaignText", "Not applicable (vehicle sold, done elsewhere)")},
};
constexpr const char *kContext = "crm::campaigns::CampaignText";

QStringList listOf(const QVariant &v)
{
    QStringList out;
    for (const QString &s : v.toStringList())
        if (!s.trimmed().isEmpty())
            out << s.trimmed();
    return out;
}
} // namespace

bool isKind(const QString &kind)
{
    return idsIn(kKindTitles).contains(kind);
}

bool isMarketing(const QString &kind)
{
    return kind != u"recall"_s;
}

QString optOutType(const QString &kind)
{
    return isMarketing(kind) ? u"marketing"_s : u"service"_s;
}

QString effectId(Effect e)
{
    switch (e) {
    case Effect::Booked:
        return u"booked"_s;
    case Effect::Accepted:
        return u"accepted"_s;
    case Effect::Declined:
        return u"declined"_s;
    case Effect::Undecided:
        return u"undecided"_s;
    case Effect::Unreachable:
        return u"unreachable"_s;
    case Effect::NotApplicable:
        return u"not_applicable"_s;
    }
    return {};
}

Effect effectFromId(const QString &id)
{
    for (Effect e :
         {Effect::Booked, Effect::Accepted, Effect::Declined, Effect::Undecided, Effect::Unreachable, Effect::NotApplicable})
        if (effectId(e) == id)
            return e;
    return Effect::Undecided;
}

QList<ResponseCode> defaultResponses()
{
    // Stored in the source language; shown through CampaignText::response (translated unless renamed).
    auto title = [](const char *code) {
        for (const Titled &t : kResponseTitles)
            if (qstrcmp(t.id, code) == 0)
                return QString::fromUtf8(t.text);
        return QString();
    };
    return {{u"booked"_s, title("booked"), Effect::Booked, false},
            {u"accepted"_s, title("accepted"), Effect::Accepted, false},
            {u"declined"_s, title("declined"), Effect::Declined, true},
            {u"thinking"_s, title("thinking"), Effect::Undecided, false},
            {u"unreachable"_s, title("unreachable"), Effect::Unreachable, false},
            {u"not_applicable"_s, title("not_applicable"), Effect::NotApplicable, false}};
}

QString responsesToJson(const QList<ResponseCode> &codes)
{
    QJsonArray a;
    for (const ResponseCode &c : codes)
        a.append(QJsonObject{
            {u"code"_s, c.code}, {u"title"_s, c.title}, {u"effect"_s, effectId(c.effect)}, {u"reason"_s, c.needsReason}});
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QList<ResponseCode> responsesFromJson(const QString &json)
{
    QList<ResponseCode> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        out << ResponseCode{o.value(u"code"_s).toString(), o.value(u"title"_s).toString(),
                            effectFromId(o.value(u"effect"_s).toString()), o.value(u"reason"_s).toBool()};
    }
    return out;
}

QString checkResponses(const QList<ResponseCode> &codes)
{
    if (codes.isEmpty())
        return CampaignText::tr("A campaign needs at least one response code.");
    QSet<QString> seen;
    for (const ResponseCode &c : codes) {
        if (c.code.trimmed().isEmpty() || c.title.trimmed().isEmpty())
            return CampaignText::tr("Every response code needs a code and a title.");
        if (seen.contains(c.code))
            return CampaignText::tr("The response code %1 is there twice.").arg(c.code);
        seen.insert(c.code);
    }
    return {};
}

QVariantMap Segment::toMap() const
{
    QVariantMap m;
    auto date = [&](const char *key, const QDate &d) {
        if (d.isValid())
            m.insert(QLatin1String(key), d.toString(Qt::ISODate));
    };
    auto list = [&](const char *key, const QStringList &l) {
        if (!l.isEmpty())
            m.insert(QLatin1String(key), l);
    };
    auto flag = [&](const char *key, int v) {
        if (v >= 0)
            m.insert(QLatin1String(key), v);
    };
    list("models", models);
    date("delivery_from", deliveryFrom);
    date("delivery_to", deliveryTo);
    date("last_paid_from", lastPaidFrom);
    date("last_paid_to", lastPaidTo);
    flag("km_min", kmMin);
    flag("km_max", kmMax);
    if (!churn.isEmpty())
        m.insert(u"churn"_s, churn);
    list("tiers", tiers);
    flag("member", member);
    list("tags", tags);
    list("cities", cities);
    if (!advisor.isEmpty())
        m.insert(u"advisor"_s, advisor);
    if (!consultant.isEmpty())
        m.insert(u"consultant"_s, consultant);
    flag("vip", vip);
    flag("open_complaint", openComplaint);
    flag("open_appointment", openAppointment);
    return m;
}

Segment Segment::fromMap(const QVariantMap &m)
{
    Segment s;
    auto flag = [&](const char *key) { return m.contains(QLatin1String(key)) ? m.value(QLatin1String(key)).toInt() : -1; };
    auto date = [&](const char *key) { return QDate::fromString(m.value(QLatin1String(key)).toString(), Qt::ISODate); };
    s.models = listOf(m.value(u"models"_s));
    s.deliveryFrom = date("delivery_from");
    s.deliveryTo = date("delivery_to");
    s.lastPaidFrom = date("last_paid_from");
    s.lastPaidTo = date("last_paid_to");
    s.kmMin = flag("km_min");
    s.kmMax = flag("km_max");
    s.churn = m.value(u"churn"_s).toString();
    s.tiers = listOf(m.value(u"tiers"_s));
    s.member = flag("member");
    s.tags = listOf(m.value(u"tags"_s));
    s.cities = listOf(m.value(u"cities"_s));
    s.advisor = m.value(u"advisor"_s).toString().trimmed();
    s.consultant = m.value(u"consultant"_s).toString().trimmed();
    s.vip = flag("vip");
    s.openComplaint = flag("open_complaint");
    s.openAppointment = flag("open_appointment");
    return s;
}

QString Segment::describe() const
{
    const QLocale l;
    QStringList parts;
    auto range = [&](const QString &what, const QDate &from, const QDate &to) {
        if (from.isValid() || to.isValid())
            parts << u"%1 %2 – %3"_s.arg(what, from.isValid() ? l.toString(from, QLocale::ShortFormat) : QString(),
                                         to.isValid() ? l.toString(to, QLocale::ShortFormat) : QString());
    };
    auto yesNo = [&](const QString &yes, const QString &no, int v) {
        if (v == 1)
            parts << yes;
        else if (v == 0)
            parts << no;
    };
    if (!models.isEmpty())
        parts << CampaignText::tr("model %1").arg(models.join(u", "_s));
    range(CampaignText::tr("delivered"), deliveryFrom, deliveryTo);
    range(CampaignText::tr("last paid visit"), lastPaidFrom, lastPaidTo);
    if (kmMin >= 0 || kmMax >= 0)
        parts << CampaignText::tr("mileage %1 – %2 km")
                     .arg(kmMin >= 0 ? QString::number(kmMin) : QString(), kmMax >= 0 ? QString::number(kmMax) : QString());
    if (!churn.isEmpty())
        parts << CampaignText::churn(churn);
    yesNo(CampaignText::tr("club members"), CampaignText::tr("not club members"), member);
    if (!tiers.isEmpty())
        parts << CampaignText::tr("tier %1").arg(tiers.join(u", "_s));
    if (!tags.isEmpty())
        parts << CampaignText::tr("tagged %1").arg(tags.join(u", "_s));
    if (!cities.isEmpty())
        parts << CampaignText::tr("city %1").arg(cities.join(u", "_s));
    if (!advisor.isEmpty())
        parts << CampaignText::tr("advisor %1").arg(advisor);
    if (!consultant.isEmpty())
        parts << CampaignText::tr("consultant %1").arg(consultant);
    yesNo(CampaignText::tr("VIP"), CampaignText::tr("not VIP"), vip);
    yesNo(CampaignText::tr("with an open complaint"), CampaignText::tr("no open complaint"), openComplaint);
    yesNo(CampaignText::tr("with an appointment"), CampaignText::tr("no appointment"), openAppointment);
    return parts.isEmpty() ? CampaignText::tr("every customer with an active vehicle") : parts.join(u"; "_s);
}

QStringList placeholdersOf(const QString &body)
{
    static const QRegularExpression re(u"\\$\\{([A-Za-z_][A-Za-z0-9_]*)\\}"_s);
    QStringList out;
    for (auto it = re.globalMatch(body); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (!out.contains(name))
            out << name;
    }
    return out;
}

QString checkParams(const QString &body, const QVariantMap &params)
{
    const QStringList wanted = placeholdersOf(body);
    QStringList missing, extra;
    for (const QString &w : wanted)
        if (params.value(w).toString().trimmed().isEmpty())
            missing << w;
    for (auto it = params.cbegin(); it != params.cend(); ++it)
        if (!wanted.contains(it.key()))
            extra << it.key();
    QStringList problems;
    if (!missing.isEmpty())
        problems << CampaignText::tr("no value for %1").arg(missing.join(u", "_s));
    if (!extra.isEmpty())
        problems << CampaignText::tr("the approved template has no %1").arg(extra.join(u", "_s));
    return problems.join(u"; "_s);
}

QString fillTemplate(const QString &body, const QVariantMap &params)
{
    QString out = body;
    for (auto it = params.cbegin(); it != params.cend(); ++it)
        out.replace(u"${%1}"_s.arg(it.key()), it.value().toString());
    return out;
}

QString messageHold(const QString &purpose, const ContactFlags &f, int cap)
{
    if (!f.hasMobile)
        return u"no_mobile"_s;
    if (f.doNotDisturb)
        return u"do_not_disturb"_s;
    if (!f.smsConsent)
        return u"no_sms_consent"_s;
    if (purpose != u"marketing"_s)
        return {};
    if (f.optedOutMarketing)
        return u"opted_out"_s;
    if (!f.marketingConsent)
        return u"no_consent"_s;
    if (f.marketingRecent >= cap)
        return u"frequency_cap"_s;
    return {};
}

bool isUnsubscribeReply(const QString &text)
{
    const QString t = text.trimmed().toUpper();
    return t == u"TD"_s || t == u"T"_s || t == u"N"_s || t.contains(u"退订"_s) || t == u"UNSUBSCRIBE"_s || t == u"STOP"_s;
}

QString CampaignText::kind(const QString &id)
{
    return titleIn(kKindTitles, kContext, id, id);
}
QString CampaignText::response(const ResponseCode &r)
{
    for (const Titled &t : kResponseTitles)
        if (r.code == QLatin1String(t.id) && r.title == QString::fromUtf8(t.text))
            return QCoreApplication::translate(kContext, t.text);
    return r.title;
}
QString CampaignText::response(const QList<ResponseCode> &codes, const QString &code)
{
    for (const ResponseCode &r : codes)
        if (r.code == code)
            return response(r);
    return code;
}
QString CampaignText::exclusion(const QString &id)
{
    return titleIn(kExclusionTitles, kContext, id, id);
}
QString CampaignText::recallState(const QString &id)
{
    return titleIn(kRecallTitles, kContext, id, id);
}
QString CampaignText::churn(const QString &id)
{
    return titleIn(kChurnTitles, kContext, id, id);
}
QString CampaignText::messageStatus(const QString &id)
{
    return titleIn(kMessageStatusTitles, kContext, id, id);
}
QString CampaignText::purpose(const QString &id)
{
    return titleIn(kPurposeTitles, kContext, id, id);
}

} // namespace crm::campaigns
