#pragma once
// What the audit log keeps of a customer or a vehicle (before/after of an edit).
#include "archives/data/CustomerRepository.h"
#include "core/Mobile.h"

#include <QVariantMap>

namespace crm::services {

inline QVariantMap auditFields(const data::CustomerRow &c)
{
    // The mobile is personal data: the audit keeps only its masked form.
    return {{QStringLiteral("name"), c.name},
            {QStringLiteral("gender"), c.gender},
            {QStringLiteral("mobile"), Mobile::masked(c.mobile)},
            {QStringLiteral("city"), c.city},
            {QStringLiteral("address"), c.address},
            {QStringLiteral("source"), c.source},
            {QStringLiteral("birthday"), c.birthday.toString(Qt::ISODate)},
            {QStringLiteral("vip"), c.vip},
            {QStringLiteral("tags"), c.tags.join(u',')}};
}

inline QVariantMap auditFields(const data::VehicleRow &v)
{
    return {{QStringLiteral("customer_id"), v.customerId},
            {QStringLiteral("vin"), v.vin},
            {QStringLiteral("plate"), v.plate},
            {QStringLiteral("model"), v.model},
            {QStringLiteral("status"), v.status},
            {QStringLiteral("delivery_date"), v.deliveryDate.toString(Qt::ISODate)}};
}

} // namespace crm::services
