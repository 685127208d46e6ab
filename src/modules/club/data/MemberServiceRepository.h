#pragma once
#include "data/Database.h"

#include <QDateTime>
#include <optional>

namespace crm::data {

struct ServiceResource {
    qint64 id = 0;
    QString kind; // car, driver
    QString name;
    bool active = true;
};

struct MemberServiceRequest {
    qint64 id = 0;
    qint64 memberId = 0;
    QString customerName; // read only
    QString kind;         // inspection, replacement_car, pickup
    qint64 vehicleId = 0;
    QString vehicleLabel; // read only: model and plate
    QDateTime startsAt;   // local time
    QDateTime endsAt;
    qint64 resourceId = 0;
    QString resourceName; // read only
    QString status;       // booked, done, cancelled
    QString address;
    QString note;
    QString createdBy;
};

// A booking already holding a resource in the span asked for.
struct ServiceClash {
    QDateTime startsAt;
    QDateTime endsAt;
    QString customerName;
};

// Member services (`member_services`) and the cars and drivers they take (`service_resources`).
// The caller owns the transaction.
class MemberServiceRepository {
public:
    explicit MemberServiceRepository(Database &db) : m_db(db) {}

    Result<QList<ServiceResource>> resources(bool activeOnly);
    Result<bool> resourceExists(const QString &kind, const QString &name);
    Result<qint64> insertResource(const QString &kind, const QString &name);
    Status setResourceActive(qint64 id, bool active);
    // Takes the resource's row lock (PostgreSQL; SQLite holds the write lock already), counting
    // the booking. False when it is retired or not of `kind` (empty: any kind).
    Result<bool> lockResource(qint64 id, const QString &kind);
    // The first booked service holding the resource inside [startsAt, endsAt).
    Result<std::optional<ServiceClash>> clash(qint64 resourceId, const QDateTime &startsAt, const QDateTime &endsAt);

    // The member's customer and whether the membership is active; nullopt for no such member.
    Result<std::optional<std::pair<qint64, bool>>> member(qint64 memberId);
    Result<qint64> insert(const MemberServiceRequest &r, qint64 customerId, const QString &createdBy, const QString &createdAt);
    // Closes a booked service as `status`, keeping the note when `note` is empty. False when not booked.
    Result<bool> close(qint64 id, const QString &status, const QString &note);
    // Starting on or after `from` and before `toExclusive`; `status` empty for all.
    Result<QList<MemberServiceRequest>> requests(const QDate &from, const QDate &toExclusive, const QString &status);

private:
    Database &m_db;
};

} // namespace crm::data
