#pragma once
#include "data/Database.h"

#include <QDateTime>
#include <QList>

namespace crm::data {

// One entry of a desk list: a job type (minutes: its expected labour), a service advisor or the
// purpose of an inbound call.
struct DeskListItem {
    QString list; // job_type, advisor, purpose
    QString code;
    QString title;
    int minutes = 0;
    bool active = true;
    int position = 0;
};

struct InboundCall {
    qint64 id = 0;
    qint64 customerId = 0; // 0: a caller not in the archive
    QString number;
    QString purpose; // DeskListItem code (list purpose)
    QString outcome;
    QString notes;
    qint64 agentId = 0;
    QString agentName;  // read only
    QDateTime calledAt; // UTC
    int localHour = 0;
    qint64 taskId = 0;        // the open follow-up task the call answered
    qint64 appointmentId = 0; // the appointment it booked
};

// Inbound calls by a key (purpose, agent or hour) for the follow-up report.
struct InboundCount {
    QString key;
    qint64 calls = 0;
};

// The desk's lists (`frontdesk_lists`) and the inbound calls (`inbound_calls`). The caller owns
// the transaction.
class FrontdeskRepository {
public:
    explicit FrontdeskRepository(Database &db) : m_db(db) {}

    Result<QList<DeskListItem>> items(const QString &list, bool activeOnly);
    Result<std::optional<DeskListItem>> item(const QString &list, const QString &code);
    // Adds or changes an entry (by list and code).
    Status saveItem(const DeskListItem &i);

    Result<qint64> insertCall(const InboundCall &c);
    Status linkAppointment(qint64 callId, qint64 appointmentId);
    Result<QList<InboundCall>> callsOf(qint64 customerId, int limit);
    // from/to: stored UTC bounds [from, to). by: purpose, agent or hour.
    Result<QList<InboundCount>> countCalls(const QString &from, const QString &to, const QString &by);

private:
    Database &m_db;
};

} // namespace crm::data
