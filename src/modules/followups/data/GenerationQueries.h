#pragma once
#include "data/Database.h"
#include "followups/core/FollowupRules.h"
#include <QHash>
#include <QSet>

#include <QDate>

namespace crm::data {

// A vehicle's event day (delivery, insurance expiry) or a service visit (`visitId` set).
struct EventRow {
    qint64 id = 0; // the vehicle, or the visit
    qint64 vehicleId = 0;
    qint64 customerId = 0;
    QDate day;
};

// What a maintenance reminder is computed from.
struct MaintenanceRow {
    qint64 vehicleId = 0;
    qint64 customerId = 0;
    QString model;
    QDate delivered;
    QDate lastMaintenance;             // routine maintenance only
    QList<QPair<QDate, int>> readings; // delivery as 0 km, then the first and last odometer readings
    int recordedKm = 0;                // first maintenance: the odometer typed on the vehicle record …
    QDate recordedOn;                  // … counts as a reading on the day it was saved
};

// The bounds routine maintenance is selected with: only vehicles whose reminder can fall in a
// window open today leave the database (FollowupService works out the bounds; see there).
struct RoutineBounds {
    QDate lastFrom, lastTo; // the last maintenance within [from, to]
    QDate dueByTime, today;
    double dueKm = 0;
    int expireDaysPlusOne = 0;
    double openKm = 0;
    QDate dueByFallback, openByFallback;
};

struct PolicyFacts {
    QHash<qint64, QStringList> optOuts;             // customer → contact types ('all', 'service', …)
    QSet<qint64> marketingConsent;                  // granted, of the customers asked about
    QHash<qint64, QStringList> plannedSalesSurveys; // customer → source keys of sales surveys due since
    QSet<qint64> answeredSurvey;                    // answered any survey since
};

// The candidate queries of the day's follow-up generation, one per rule. Each leaves out the
// sources that already have a task of its kind (NOT EXISTS on the unique key (kind,
// source_key)), so a daily run reads the day's new candidates only, and each is written to ride
// an index on its date column (migrations 0011, 0016, 0018).
class GenerationQueries {
public:
    explicit GenerationQueries(Database &db) : m_db(db) {}

    // Live vehicles delivered in [from, to] without a task of `kind` for the delivery.
    Result<QList<EventRow>> deliveries(followups::TaskKind kind, const QDate &from, const QDate &to);
    Result<QList<EventRow>> serviceVisits(const QDate &from, const QDate &to);
    Result<QList<EventRow>> insuranceExpiries(const QDate &from, const QDate &to);
    // Delivered in [from, to] and never maintained.
    Result<QList<MaintenanceRow>> firstMaintenance(const QDate &deliveredFrom, const QDate &deliveredTo);
    Result<QList<MaintenanceRow>> routineMaintenance(const RoutineBounds &b);
    // Members (club or VIP) whose birthday (MM-dd) is one of `monthDays`: (customer, MM-dd).
    Result<QList<QPair<qint64, QString>>> memberBirthdays(const QStringList &monthDays);
    // Customers whose last vehicle contact fell in [from, to) and none since: (customer, last contact day).
    Result<QList<QPair<qint64, QString>>> newlyAtRisk(const QDate &from, const QDate &to);
    // Members not reached since `sinceUtc` without a member-care task for `quarterSuffix`.
    Result<QList<qint64>> membersNotReached(const QString &sinceUtc, const QString &quarterSuffix);

    // One customer's opt-out check (a task raised by another module's event).
    Result<bool> optedOut(qint64 customerId, const QString &contactType);
    // What the policy checks of a day's candidates need, read as sets: the first run over a
    // seeded base has hundreds of thousands of candidates, and a probe each (three statements)
    // was most of its time. Opt-outs and marketing consent for the customers named (IN lists of
    // 500); survey fatigue from the window's survey tasks and answers.
    Result<PolicyFacts> policyFacts(const QList<qint64> &customers, const QList<qint64> &marketingCustomers,
                                    const QDate &sinceDay, const QString &sinceUtc);

private:
    Database &m_db;
};

} // namespace crm::data
