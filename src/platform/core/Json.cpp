#include "core/Json.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace crm {
QString toJson(const QVariantMap &m)
{
    if (m.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(m)).toJson(QJsonDocument::Compact));
}

QVariantMap fromJson(const QString &s)
{
    return QJsonDocument::fromJson(s.toUtf8()).object().toVariantMap();
}
} // namespace crm
