// The Simplified Chinese catalogue must be complete: every message translated, none left
// "unfinished", and the compiled catalogue actually changes what the program says.
#include "core/Roles.h"
#include "core/Translations.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QFile>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

TEST(Translations, ChineseCatalogueIsComplete)
{
    QFile f(QStringLiteral(CRM_SOURCE_DIR "/resources/translations/dealercrm_zh_CN.ts"));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    int messages = 0;
    QStringList missing;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"source"_s) {
            source = xml.readElementText();
        } else if (xml.name() == u"translation"_s) {
            ++messages;
            const auto type = xml.attributes().value(u"type"_s);
            const bool numerus = false;
            Q_UNUSED(numerus);
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (type == u"unfinished"_s || type == u"vanished"_s || text.trimmed().isEmpty())
                missing << source;
        }
    }
    ASSERT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_GT(messages, 100);
    EXPECT_TRUE(missing.isEmpty()) << missing.size() << " untranslated, e.g. \"" << missing.value(0).toStdString() << '"';
}

TEST(Translations, CompiledCatalogueIsEmbeddedAndUsed)
{
    QTranslator t;
    ASSERT_TRUE(t.load(u":/i18n/dealercrm_zh_CN.qm"_s));
    EXPECT_EQ(t.translate("crm::RoleText", "Administrator"), u"系统管理员"_s);
}
