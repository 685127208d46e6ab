#pragma once
#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The owners' club rules that need no database: card numbers with a check digit, tiers by
// points earned in a rolling 12 months, and points for a service spend.
namespace crm::club {

// Eight-digit serial + Luhn check digit (9 digits): a mistyped digit or a swap of neighbours is caught.
QString cardNumber(qint64 serial);
bool isValidCardNumber(const QString &number);

struct TierRule {
    QString id;          // standard, silver, gold, platinum
    qint64 minPoints;    // earned in the last 12 months
    double multiplier;   // on service-spend points
};
QList<TierRule> defaultTiers();   // 普卡 0 ×1.0, 银卡 5,000 ×1.1, 金卡 20,000 ×1.2, 铂金卡 50,000 ×1.5
QString tierFor(qint64 earnedLast12Months, const QList<TierRule> &tiers);
double multiplierOf(const QString &tier, const QList<TierRule> &tiers);
// Points for a paid visit: 1 point per ¥1 by default, times the tier's multiplier, rounded down.
qint64 pointsForSpend(qint64 amountFen, double pointsPerYuan, double multiplier);

class ClubText {
    Q_DECLARE_TR_FUNCTIONS(crm::club::ClubText)
public:
    static QString tier(const QString &id);
    static QString cardStatus(const QString &id);
    static QString ledgerKind(const QString &id);
};

} // namespace crm::club
