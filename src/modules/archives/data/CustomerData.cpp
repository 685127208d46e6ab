#include "archives/data/CustomerData.h"

#include <QJsonArray>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace crm::data {

const QList<CustomerDataPart> &customerDataParts()
{
    static const QList<CustomerDataPart> parts{archivesCustomerData(),   followupsCustomerData(), frontdeskCustomerData(),
                                               complaintsCustomerData(), surveysCustomerData(),   clubCustomerData(),
                                               leadsCustomerData(),      campaignsCustomerData(), feedbackCustomerData(),
                                               oemCustomerData(),        privacyCustomerData()};
    return parts;
}

QStringList tablesMovedOnMerge()
{
    QStringList tables;
    for (const CustomerDataPart &p : customerDataParts())
        tables << p.moveOnMerge;
    return tables;
}

Result<QJsonObject> readCustomerData(Database &db, qint64 customerId)
{
    QJsonObject doc;
    for (const CustomerDataPart &p : customerDataParts())
        for (const auto &[name, sql] : p.copy) {
            auto q = db.exec(sql, {customerId});
            if (!q)
                return q.error();
            QJsonArray rows;
            while (q->next()) {
                const QSqlRecord r = q->record();
                QJsonObject row;
                for (int i = 0; i < r.count(); ++i)
                    row.insert(r.fieldName(i), QJsonValue::fromVariant(r.value(i)));
                rows.append(row);
            }
            doc.insert(name, rows);
        }
    return doc;
}

Status eraseCustomerData(Database &db, const Erasure &e)
{
    for (const CustomerDataPart &p : customerDataParts())
        if (p.erase)
            CRM_TRY(p.erase(db, e));
    return {};
}

} // namespace crm::data
