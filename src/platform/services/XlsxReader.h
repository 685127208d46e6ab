#pragma once
#include "core/Result.h"

#include <QStringList>

namespace crm::services {
// The first worksheet of an .xlsx file as rows of text (QuaZip + QXmlStreamReader).
// Numbers come as Excel writes them; dates as serial numbers (parseLooseDate reads those).
Result<QList<QStringList>> readXlsxFirstSheet(const QString &path);
} // namespace crm::services
