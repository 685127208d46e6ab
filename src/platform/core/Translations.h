#pragma once
#include <QString>

class QCoreApplication;

namespace crm::i18n {

// Installs DealerCRM's and Qt's own translations. language: "zh_CN", "en", or empty for
// the system locale. Returns the language actually used.
QString install(QCoreApplication &app, const QString &language);

} // namespace crm::i18n
