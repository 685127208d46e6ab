// dealercrm-cli privacy: erasure from the command line (the same service and audit as the card's
// button) and the register of data-subject requests.
#include "cli/Cli.h"

#include "privacy/core/PrivacyRequests.h"
#include "privacy/services/PrivacyService.h"
#include "privacy/services/RequestService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace crm::cli {

int Cli::cmdPrivacy(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(u"action"_s, tr("erase CUSTOMER_ID | requests"));
    p.addOption({u"reason"_s, tr("erase: why (e.g. the customer's request of a date); kept in the audit log."), tr("TEXT")});
    p.addOption({u"open"_s, tr("requests: only those not answered yet.")});
    p.addOption({u"json"_s, tr("requests: one JSON array.")});
    int code = 0;
    if (!parse(p, args, tr("Personal data: erase a customer, list the requests of data subjects."), &code))
        return code;
    const QString usage = tr("privacy: use: privacy erase CUSTOMER_ID --reason TEXT | privacy requests [--open] [--json]");
    const QStringList pos = p.positionalArguments();
    auto db = openDb(p, true);
    if (!db)
        return fail(db.error());
    if (pos.size() == 2 && pos[0] == u"erase"_s) {
        bool ok = false;
        const qint64 id = pos[1].toLongLong(&ok);
        if (!ok || id <= 0)
            return fail(tr("privacy erase: CUSTOMER_ID is the customer's number (a whole number)."), 2);
        if (Status s = services::PrivacyService({**db}).anonymise(actor(), id, p.value(u"reason"_s)); !s)
            return fail(s.error());
        out(tr("Customer %1's personal data is erased; the audit log records who, when and why.").arg(id));
        return 0;
    }
    if (pos == QStringList{u"requests"_s}) {
        auto rows = services::RequestService({**db}).requests(actor(), p.isSet(u"open"_s));
        if (!rows)
            return fail(rows.error());
        const QDate today = QDate::currentDate();
        if (p.isSet(u"json"_s)) {
            QJsonArray arr;
            for (const data::PrivacyRequestRow &r : *rows)
                arr.append(QJsonObject{{u"id"_s, r.id},
                                       {u"customer_id"_s, r.customerId},
                                       {u"customer"_s, r.customerName},
                                       {u"kind"_s, r.kind},
                                       {u"received_on"_s, r.receivedOn.toString(Qt::ISODate)},
                                       {u"due_on"_s, r.dueOn.toString(Qt::ISODate)},
                                       {u"status"_s, r.status},
                                       {u"overdue"_s, r.status == u"open"_s && r.dueOn < today},
                                       {u"answer"_s, r.answer},
                                       {u"answered_at"_s, r.answeredAt},
                                       {u"answered_by"_s, r.answeredBy}});
            out(QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Indented)));
            return 0;
        }
        for (const data::PrivacyRequestRow &r : *rows)
            out(u"%1\t%2\t%3\t%4\t%5\t%6\t%7"_s.arg(r.id).arg(r.customerName.isEmpty() ? r.requester : r.customerName,
                                                              privacy::RequestText::kind(r.kind),
                                                              r.receivedOn.toString(Qt::ISODate), r.dueOn.toString(Qt::ISODate),
                                                              privacy::RequestText::status(r.status), r.answer));
        out(tr("%n request(s).", nullptr, int(rows->size())));
        return 0;
    }
    return fail(usage, 2);
}

} // namespace crm::cli
