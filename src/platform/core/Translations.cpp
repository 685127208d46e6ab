#include "core/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace crm::i18n {

QString install(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // Source strings are English; anything Chinese gets the Simplified Chinese catalogue.
    if (locale.language() != QLocale::Chinese) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        // Only the plural forms: "%n response(s)" reads "1 response" / "2 responses".
        auto *plurals = new QTranslator(&app);
        if (plurals->load(u":/i18n/dealercrm_en.qm"_s))
            QCoreApplication::installTranslator(plurals);
        return u"en"_s;
    }
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    auto *ours = new QTranslator(&app);
    if (ours->load(u":/i18n/dealercrm_zh_CN.qm"_s))
        QCoreApplication::installTranslator(ours);
    auto *qt = new QTranslator(&app);
    if (qt->load(u"qtbase_zh_CN"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return u"zh_CN"_s;
}

} // namespace crm::i18n
