#pragma once
#include "core/Result.h"

#include <QCoreApplication>

namespace crm {

// Mainland mobile numbers, validated and normalised with libphonenumber.
class Mobile {
    Q_DECLARE_TR_FUNCTIONS(crm::Mobile)
public:
    // "+86 138 1234 5678", "0086…", "138-1234-5678" → "13812345678"; refuses with a reason.
    static Result<QString> normalise(const QString &input);
    // 138****5678 — for lists and roles that do not need the number.
    static QString masked(const QString &normalised);
};

} // namespace crm
