#pragma once
#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace crm {

// Vehicle identification number (ISO 3779; GB 16735 uses the same check digit).
class Vin {
    Q_DECLARE_TR_FUNCTIONS(crm::Vin)
public:
    // The check digit ('0'–'9' or 'X') for the 17 characters given; position 9 is ignored.
    // Returns '\0' when a character is not allowed in a VIN.
    static QChar checkDigit(const QString &vin17);
    // Upper-cases and trims; refuses with a message that says what is wrong.
    static Result<QString> validate(const QString &input);
};

} // namespace crm
