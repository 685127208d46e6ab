#pragma once
#include "archives/data/CustomerRepository.h"
#include "feedback/services/FeedbackService.h"
#include "frontdesk/data/FrontdeskRepository.h"
#include "services/Guard.h"

#include <QCoreApplication>

namespace crm::services {

// An inbound call as the agent records it.
struct InboundCallInput {
    qint64 customerId = 0; // 0: the caller is not (yet) in the archive
    QString number;        // as the phone gave it or the agent typed it
    QString purpose;       // a code of the purpose list
    QString outcome;
    QString notes;
    qint64 taskId = 0;        // an open follow-up task of this customer the call answers
    qint64 appointmentId = 0; // the appointment booked on the call
    QDateTime callBackAt;     // local: a callback agreed with the caller (a task for this agent then)
    // What the caller said that a department must answer (category, text; the rest is filled here).
    QList<FeedbackInput> feedback;
};

// The front desk's inbound calls (来电): who is calling, and the call on their timeline and in
// the follow-up report.
class InboundCallService {
    Q_DECLARE_TR_FUNCTIONS(crm::services::InboundCallService)
public:
    explicit InboundCallService(Context ctx) : m_ctx(ctx) {}

    // The customers a number, its last digits or a plate finds ("+86 138-1234-5678" too).
    Result<QList<data::CustomerListRow>> lookup(const Session &who, const QString &text, int limit = 20);
    Result<qint64> record(const Session &who, const InboundCallInput &in);
    Result<QList<data::InboundCall>> ofCustomer(const Session &who, qint64 customerId, int limit = 50);
    // The number the desk phone is asked to dial (never shown: the screen keeps it masked).
    Result<QString> numberToDial(const Session &who, qint64 customerId);

private:
    Context m_ctx;
};

} // namespace crm::services
