#include "core/ClubRules.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace crm::club {
namespace {
int luhnDigit(const QString &digits)
{
    int sum = 0;
    bool twice = true;   // the digit left of the check digit is doubled
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

} // namespace crm::club
