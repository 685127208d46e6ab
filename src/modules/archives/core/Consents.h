#pragma once
#include <QStringList>

namespace crm::archives {

// What a customer can consent to (or refuse), each recorded with when and how.
inline QStringList consentPurposes()
{
    return {QStringLiteral("service_calls"), QStringLiteral("marketing_calls"), QStringLiteral("sms"),
            QStringLiteral("manufacturer")};
}

} // namespace crm::archives
