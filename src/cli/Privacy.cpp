// dealercrm-cli privacy: erasure from the command line (the same service and audit as the card's
// button) and the register of data-subject requests.
#include "cli/Cli.h"

#include "privacy/core/PrivacyRequests.h"
#include "privacy/services/PrivacyService.h"
#include "privacy/services/RequestService.h"
#include "privacy/services/RetentionService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace crm::cli {

int Cli::cmdPrivacy(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(u"action"_s, tr("erase CUSTOMER_ID | requests | retention | verify-audit"));
    p.addOption({u"reason"_s, tr("erase: why (e.g. the customer's request of a date); kept in the audit log."), tr("TEXT")});
    p.addOption({u"open"_s, tr("requests: only those not answered yet.")});
    p.addOption({u"json"_s, tr("requests, retention, verify-audit: JSON.")});
    p.addOption({u"apply"_s, tr("retention: erase what the policy reaches (a nightly job; only when the policy says it may).")});
    int code = 0;
    if (!parse(p, args, tr("Personal data: erase a customer, list the requests of data subjects."), &code))
        return code;
    const QString usage = tr("privacy: use: privacy erase CUSTOMER_ID --reason TEXT | privacy requests [--open] [--json] | "
                             "privacy retention [--json] [--apply] | privacy verify-audit [--json]");
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
    if (pos == QStringList{u"verify-audit"_s}) {
        auto r = services::PrivacyService({**db}).verifyAudit(actor());
        if (!r)
            return fail(r.error());
        if (p.isSet(u"json"_s))
            out(QString::fromUtf8(QJsonDocument(QJsonObject{{u"entries"_s, r->entries},
                                                            {u"chained"_s, r->chained},
                                                            {u"pending"_s, r->pending},
                                                            {u"unchained"_s, r->unchained},
                                                            {u"broken_at"_s, r->brokenAt},
                                                            {u"missing"_s, r->missing},
                                                            {u"intact"_s, r->intact()}})
                                      .toJson(QJsonDocument::Compact)));
        else if (r->intact())
            out(tr("The audit log is whole: %1 entries, %2 chained, %3 of the last minute not chained yet, %4 skipped by the "
                   "chain.")
                    .arg(r->entries)
                    .arg(r->chained)
                    .arg(r->pending)
                    .arg(r->unchained));
        else
            err(tr("The audit log was changed: entry %1 no longer matches its hash; %2 chained entries are gone from the log.")
                    .arg(r->brokenAt)
                    .arg(r->missing));
        return r->intact() ? 0 : 1;
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
    if (pos == QStringList{u"retention"_s}) {
        services::RetentionService retention({**db});
        if (p.isSet(u"apply"_s)) {
            auto run = retention.runScheduled(actor());
            if (!run)
                return fail(run.error());
            out(tr("Retention: %1 customers erased, %2 leads erased, %3 call notes cleared.")
                    .arg(run->customers)
                    .arg(run->leads)
                    .arg(run->callNotes));
            return 0;
        }
        auto r = retention.review(actor());
        if (!r)
            return fail(r.error());
        if (p.isSet(u"json"_s)) {
            QJsonArray customers;
            for (const data::RetentionCustomer &c : r->customers)
                customers.append(QJsonObject{{u"id"_s, c.id},
                                             {u"name"_s, c.name},
                                             {u"last_activity"_s, c.lastActivity.toString(Qt::ISODate)},
                                             {u"created_at"_s, c.createdAt}});
            out(QString::fromUtf8(QJsonDocument(QJsonObject{{u"customer_cutoff"_s, r->customerCutoff.toString(Qt::ISODate)},
                                                            {u"customers_total"_s, r->customersTotal},
                                                            {u"customers"_s, customers},
                                                            {u"lead_cutoff"_s, r->leadCutoff.toString(Qt::ISODate)},
                                                            {u"leads"_s, r->leads},
                                                            {u"call_note_cutoff"_s, r->callNoteCutoff.toString(Qt::ISODate)},
                                                            {u"call_notes"_s, r->callNotes}})
                                      .toJson(QJsonDocument::Indented)));
            return 0;
        }
        for (const data::RetentionCustomer &c : r->customers)
            out(u"%1\t%2\t%3"_s.arg(c.id).arg(c.name, c.lastActivity.isValid() ? c.lastActivity.toString(Qt::ISODate) : u"-"_s));
        out(tr("Customers with nothing since %1: %2. Leads never converted since %3: %4. Call notes before %5: %6.")
                .arg(r->customerCutoff.toString(Qt::ISODate))
                .arg(r->customersTotal)
                .arg(r->leadCutoff.toString(Qt::ISODate))
                .arg(r->leads)
                .arg(r->callNoteCutoff.toString(Qt::ISODate))
                .arg(r->callNotes));
        return 0;
    }
    return fail(usage, 2);
}

} // namespace crm::cli
