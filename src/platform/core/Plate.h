#pragma once
#include "core/Result.h"

#include <QCoreApplication>

namespace crm {

// Mainland licence plates: province character + letter + 5 characters; new-energy plates
// have 8 characters (D battery electric / F other new energy). The allowed patterns are data.
class Plate {
    Q_DECLARE_TR_FUNCTIONS(crm::Plate)
public:
    static QString provinces(); // 京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼
    // Trims, upper-cases, drops spaces, '-' and '·'; refuses with a reason.
    static Result<QString> normalise(const QString &input);
    // The plate without its province character ("粤A12345" → "A12345").
    static QString withoutProvince(const QString &normalised);
};

} // namespace crm
