#pragma once
#include "data/Database.h"

#include <QJsonObject>
#include <functional>

namespace crm::data {

// What erasing a customer needs to know.
struct Erasure {
    qint64 customerId = 0;
    QString at;            // stored UTC
    QString by;            // who erases (username)
    QString anonymousName; // what the customer's name becomes
};

// What one module keeps about a customer, declared once beside the module's repositories, so
// that merge, the data copy (PIPL Art. 45) and erasure (Art. 47) reach every table without a
// hand-kept list. CustomerDataTest fails on a table with a customer_id column that no part
// declares.
struct CustomerDataPart {
    QString module;
    // The data copy: section name → SELECT of the customer's rows (one bind: the customer id).
    QList<QPair<QString, QString>> copy;
    // Tables with a customer_id column whose rows move to the survivor of a merge, in order.
    QStringList moveOnMerge;
    // Tables with a customer_id column that a merge leaves on the duplicate (their rows are
    // handled on their own: tags are copied, search keys rebuilt, consents and opt-outs stay
    // with the record they were given for).
    QStringList keepOnMerge;
    // Erases the module's personal data inside the caller's transaction; empty when the module
    // keeps nothing personal beyond the customer's id.
    std::function<Status(Database &, const Erasure &)> erase;
};

// Each module's part, defined in that module's data folder (<module>/data/CustomerDataPart.cpp).
// A new module with customer rows adds one here and to customerDataParts().
CustomerDataPart archivesCustomerData();
CustomerDataPart followupsCustomerData();
CustomerDataPart complaintsCustomerData();
CustomerDataPart surveysCustomerData();
CustomerDataPart clubCustomerData();
CustomerDataPart leadsCustomerData();
CustomerDataPart frontdeskCustomerData();
CustomerDataPart campaignsCustomerData();
CustomerDataPart feedbackCustomerData();
CustomerDataPart oemCustomerData();
CustomerDataPart privacyCustomerData();

// Every module's part, in merge order.
const QList<CustomerDataPart> &customerDataParts();
// Every part's moveOnMerge, in order.
QStringList tablesMovedOnMerge();
// The customer's whole data copy: every part's sections, each an array of row objects.
Result<QJsonObject> readCustomerData(Database &db, qint64 customerId);
// Every part's erasure, in order.
Status eraseCustomerData(Database &db, const Erasure &e);

} // namespace crm::data
