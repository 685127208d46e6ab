#pragma once
#include <QVariantMap>

namespace crm {
// Compact JSON for audit before/after values.
QString toJson(const QVariantMap &m);
QVariantMap fromJson(const QString &s);
} // namespace crm
