#include "club/core/ClubRules.h"

#include "core/Titles.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace crm::club {
namespace {
int luhnDigit(const QString &digits)
{
    int sum = 0;
    bool twice = true; // the digit left of the check digit is doubled
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits[i].digitValue();
        if (twice) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        twice = !twice;
    }
    return (10 - sum % 10) % 10;
}
} // namespace

QString cardNumber(qint64 serial)
{
    const QString digits = u"%1"_s.arg(serial, 8, 10, QLatin1Char('0'));
    return digits + QString::number(luhnDigit(digits));
}

bool isValidCardNumber(const QString &number)
{
    const QString n = number.trimmed();
    if (n.size() != 9)
        return false;
    for (QChar c : n)
        if (!c.isDigit())
            return false;
    return luhnDigit(n.left(8)) == n.back().digitValue();
}

QList<TierRule> defaultTiers()
{
    return {{u"standard"_s, 0, 1.0}, {u"silver"_s, 5000, 1.1}, {u"gold"_s, 20000, 1.2}, {u"platinum"_s, 50000, 1.5}};
}

QString tierFor(qint64 earned, const QList<TierRule> &tiers)
{
    QString tier = tiers.isEmpty() ? u"standard"_s : tiers.first().id;
    for (const TierRule &t : tiers)
        if (earned >= t.minPoints)
            tier = t.id;
    return tier;
}

int tierRank(const QString &tier, const QList<TierRule> &tiers)
{
    for (int i = 0; i < tiers.size(); ++i)
        if (tiers[i].id == tier)
            return i;
    return 0;
}

double multiplierOf(const QString &tier, const QList<TierRule> &tiers)
{
    for (const TierRule &t : tiers)
        if (t.id == tier)
            return t.multiplier;
    return 1.0;
}

qint64 pointsForSpend(qint64 amountFen, double pointsPerYuan, double multiplier)
{
    if (amountFen <= 0)
        return 0;
    // Integer fen first, so ¥199.99 at 1 point per ¥1 is 199 points, never 200 by rounding.
    return qint64(std::floor(double(amountFen / 100) * pointsPerYuan * multiplier + 1e-9));
}

QString ClubText::tier(const QString &id)
{
    if (id == u"standard"_s)
        return tr("Standard (普卡)");
    if (id == u"silver"_s)
        return tr("Silver (银卡)");
    if (id == u"gold"_s)
        return tr("Gold (金卡)");
    if (id == u"platinum"_s)
        return tr("Platinum (铂金卡)");
    return id;
}

QString ClubText::cardStatus(const QString &id)
{
    if (id == u"active"_s)
        return tr("Active");
    if (id == u"lost"_s)
        return tr("Reported lost");
    if (id == u"replaced"_s)
        return tr("Replaced");
    if (id == u"cancelled"_s)
        return tr("Cancelled");
    return id;
}

QString ClubText::ledgerKind(const QString &id)
{
    if (id == u"earn"_s)
        return tr("Earned");
    if (id == u"spend"_s)
        return tr("Redeemed");
    if (id == u"adjust"_s)
        return tr("Adjustment");
    if (id == u"expire"_s)
        return tr("Expired");
    if (id == u"refund"_s)
        return tr("Refunded");
    return id;
}

namespace {
// The id → translated title tables for the club's states; marked for lupdate with
// QT_TRANSLATE_NOOP and translated when shown.
constexpr Titled kEvents[] = {{"enrol", QT_TRANSLATE_NOOP("crm::club::ClubText", "Joined the club")},
                              {"card_issued", QT_TRANSLATE_NOOP("crm::club::ClubText", "Card issued")},
                              {"card_lost", QT_TRANSLATE_NOOP("crm::club::ClubText", "Card reported lost")},
                              {"card_reissued", QT_TRANSLATE_NOOP("crm::club::ClubText", "Card reissued")},
                              {"cancel", QT_TRANSLATE_NOOP("crm::club::ClubText", "Membership cancelled")},
                              {"tier", QT_TRANSLATE_NOOP("crm::club::ClubText", "Tier changed")}};
constexpr Titled kOrderStatus[] = {{"pending", QT_TRANSLATE_NOOP("crm::club::ClubText", "Pending")},
                                   {"fulfilled", QT_TRANSLATE_NOOP("crm::club::ClubText", "Fulfilled")},
                                   {"cancelled", QT_TRANSLATE_NOOP("crm::club::ClubText", "Cancelled")}};
constexpr Titled kServiceKinds[] = {
    {"inspection", QT_TRANSLATE_NOOP("crm::club::ClubText", "Annual inspection agency (代办年检)")},
    {"replacement_car", QT_TRANSLATE_NOOP("crm::club::ClubText", "Replacement car (替换车)")},
    {"pickup", QT_TRANSLATE_NOOP("crm::club::ClubText", "Pick-up / drop-off (接送)")}};
constexpr Titled kServiceStatus[] = {{"booked", QT_TRANSLATE_NOOP("crm::club::ClubText", "Booked")},
                                     {"done", QT_TRANSLATE_NOOP("crm::club::ClubText", "Done")},
                                     {"cancelled", QT_TRANSLATE_NOOP("crm::club::ClubText", "Cancelled")}};
constexpr Titled kResourceKinds[] = {{"car", QT_TRANSLATE_NOOP("crm::club::ClubText", "Replacement car")},
                                     {"driver", QT_TRANSLATE_NOOP("crm::club::ClubText", "Driver")}};
constexpr Titled kRegistration[] = {{"registered", QT_TRANSLATE_NOOP("crm::club::ClubText", "Registered")},
                                    {"attended", QT_TRANSLATE_NOOP("crm::club::ClubText", "Attended")},
                                    {"cancelled", QT_TRANSLATE_NOOP("crm::club::ClubText", "Cancelled")}};
constexpr Titled kLeadStatus[] = {{"new", QT_TRANSLATE_NOOP("crm::club::ClubText", "New")},
                                  {"contacted", QT_TRANSLATE_NOOP("crm::club::ClubText", "Contacted")},
                                  {"test_drive", QT_TRANSLATE_NOOP("crm::club::ClubText", "Test drive")},
                                  {"ordered", QT_TRANSLATE_NOOP("crm::club::ClubText", "Ordered")},
                                  {"delivered", QT_TRANSLATE_NOOP("crm::club::ClubText", "Delivered")},
                                  {"lost", QT_TRANSLATE_NOOP("crm::club::ClubText", "Lost")}};
constexpr Titled kLeadSources[] = {{"referral", QT_TRANSLATE_NOOP("crm::club::ClubText", "Member referral")},
                                   {"walk_in", QT_TRANSLATE_NOOP("crm::club::ClubText", "Walk-in")},
                                   {"phone", QT_TRANSLATE_NOOP("crm::club::ClubText", "Phone")},
                                   {"autohome", QT_TRANSLATE_NOOP("crm::club::ClubText", "Autohome (汽车之家)")},
                                   {"dongchedi", QT_TRANSLATE_NOOP("crm::club::ClubText", "Dongchedi (懂车帝)")},
                                   {"yiche", QT_TRANSLATE_NOOP("crm::club::ClubText", "Yiche (易车)")},
                                   {"website", QT_TRANSLATE_NOOP("crm::club::ClubText", "Own website")},
                                   {"other", QT_TRANSLATE_NOOP("crm::club::ClubText", "Other")}};
const QStringList kLeadOrder{u"new"_s, u"contacted"_s, u"test_drive"_s, u"ordered"_s, u"delivered"_s};
} // namespace

QString ClubText::event(const QString &id)
{
    return titleIn(kEvents, "crm::club::ClubText", id, id);
}
QString ClubText::orderStatus(const QString &id)
{
    return titleIn(kOrderStatus, "crm::club::ClubText", id, id);
}
QString ClubText::serviceKind(const QString &id)
{
    return titleIn(kServiceKinds, "crm::club::ClubText", id, id);
}
QString ClubText::serviceStatus(const QString &id)
{
    return titleIn(kServiceStatus, "crm::club::ClubText", id, id);
}
QString ClubText::resourceKind(const QString &id)
{
    return titleIn(kResourceKinds, "crm::club::ClubText", id, id);
}
QString ClubText::registrationStatus(const QString &id)
{
    return titleIn(kRegistration, "crm::club::ClubText", id, id);
}
QString ClubText::leadStatus(const QString &id)
{
    return titleIn(kLeadStatus, "crm::club::ClubText", id, id);
}
QString ClubText::leadSource(const QString &id)
{
    return titleIn(kLeadSources, "crm::club::ClubText", id, id);
}
QStringList ClubText::serviceKinds()
{
    return idsIn(kServiceKinds);
}
QStringList ClubText::leadStatuses()
{
    return idsIn(kLeadStatus);
}
QStringList ClubText::leadSources()
{
    return idsIn(kLeadSources);
}

QString ClubText::leadSourceFromText(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return u"other"_s;
    const QString lower = t.toLower();
    // The platforms' names as they appear in their own exports, Chinese or English.
    static const QList<QPair<QString, QString>> aliases{
        {u"汽车之家"_s, u"autohome"_s},   {u"autohome"_s, u"autohome"_s}, {u"懂车帝"_s, u"dongchedi"_s},
        {u"dongchedi"_s, u"dongchedi"_s}, {u"易车"_s, u"yiche"_s},        {u"yiche"_s, u"yiche"_s},
        {u"官网"_s, u"website"_s},        {u"website"_s, u"website"_s},   {u"电话"_s, u"phone"_s},
        {u"phone"_s, u"phone"_s},         {u"到店"_s, u"walk_in"_s},      {u"自然到店"_s, u"walk_in"_s},
        {u"walk-in"_s, u"walk_in"_s},     {u"转介绍"_s, u"referral"_s},   {u"会员推荐"_s, u"referral"_s},
        {u"referral"_s, u"referral"_s}};
    for (const auto &[alias, id] : aliases)
        if (lower == alias || lower.startsWith(alias))
            return id;
    for (const Titled &n : kLeadSources)
        if (lower == QLatin1String(n.id) || t == QCoreApplication::translate("crm::club::ClubText", n.text))
            return QLatin1String(n.id);
    return t;
}

bool leadStepAllowed(const QString &from, const QString &to)
{
    if (from == u"delivered"_s || from == u"lost"_s || from == to)
        return false;
    if (to == u"lost"_s)
        return kLeadOrder.contains(from);
    const qsizetype a = kLeadOrder.indexOf(from), b = kLeadOrder.indexOf(to);
    return a >= 0 && b > a;
}

QString resourceKindFor(const QString &serviceKind)
{
    if (serviceKind == u"replacement_car"_s)
        return u"car"_s;
    if (serviceKind == u"pickup"_s)
        return u"driver"_s;
    return {};
}

} // namespace crm::club
