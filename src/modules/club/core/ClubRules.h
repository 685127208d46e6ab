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
    QString id;        // standard, silver, gold, platinum
    qint64 minPoints;  // earned in the last 12 months
    double multiplier; // on service-spend points
};
QList<TierRule> defaultTiers(); // 普卡 0 ×1.0, 银卡 5,000 ×1.1, 金卡 20,000 ×1.2, 铂金卡 50,000 ×1.5
QString tierFor(qint64 earnedLast12Months, const QList<TierRule> &tiers);
int tierRank(const QString &tier, const QList<TierRule> &tiers); // 0 = the first tier
double multiplierOf(const QString &tier, const QList<TierRule> &tiers);
// Points for a paid visit: 1 point per ¥1 by default, times the tier's multiplier, rounded down.
qint64 pointsForSpend(qint64 amountFen, double pointsPerYuan, double multiplier);

class ClubText {
    Q_DECLARE_TR_FUNCTIONS(crm::club::ClubText)
public:
    static QString tier(const QString &id);
    static QString cardStatus(const QString &id);
    static QString ledgerKind(const QString &id);
    static QString event(const QString &id); // club_events.kind
    static QString orderStatus(const QString &id);
    static QString serviceKind(const QString &id);
    static QString serviceStatus(const QString &id);
    static QString resourceKind(const QString &id);
    static QString registrationStatus(const QString &id);
    static QString leadStatus(const QString &id);
    static QString leadSource(const QString &id);
    static QStringList serviceKinds();
    static QStringList leadStatuses();
    static QStringList leadSources();
    // A lead source as people write it in an import ("汽车之家", "Autohome") → its id; unknown text stays as it is.
    static QString leadSourceFromText(const QString &text);
};

// Leads move forward one or more steps (new → contacted → test drive → ordered → delivered), or
// to lost from any open state; delivered and lost are final.
bool leadStepAllowed(const QString &from, const QString &to);
// The resource a member service needs: a replacement car needs a car, a pick-up a driver.
QString resourceKindFor(const QString &serviceKind); // empty: none needed

} // namespace crm::club
