// The Simplified Chinese catalogue must be complete: every message translated, none left
// "unfinished", and the compiled catalogue actually changes what the program says.
#include "core/Roles.h"
#include "core/Translations.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

// Runs lupdate over today's sources into a copy of the catalogue, so a string added to the
// code but not to the catalogue fails here, not on a user's screen.
TEST(Translations, ChineseCatalogueIsComplete)
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(u"zh_CN.ts"_s);
    ASSERT_TRUE(QFile::copy(QStringLiteral(CRM_SOURCE_DIR "/resources/translations/dealercrm_zh_CN.ts"), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(CRM_LUPDATE),
                  {u"-no-obsolete"_s, u"-locations"_s, u"none"_s, u"-I"_s, QStringLiteral(CRM_SOURCE_DIR "/src/platform"),
                   u"-I"_s, QStringLiteral(CRM_SOURCE_DIR "/src/modules"), u"-I"_s, QStringLiteral(CRM_SOURCE_DIR "/src/tools"),
                   u"-I"_s, QStringLiteral(CRM_SOURCE_DIR "/src"), QStringLiteral(CRM_SOURCE_DIR "/src"),
                   QStringLiteral(CRM_SOURCE_DIR "/ui"), u"-ts"_s, copy});
    ASSERT_TRUE(lupdate.waitForFinished(120000));
    ASSERT_EQ(lupdate.exitCode(), 0) << lupdate.readAll().toStdString();
    QFile f(copy);
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
