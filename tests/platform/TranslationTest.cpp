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

namespace {
// Runs lupdate over today's sources into a copy of a catalogue and returns the messages left
// without a translation, so a string added to the code but not to the catalogue fails here, not
// on a user's screen.
QStringList untranslated(const QString &catalogue, const QStringList &options, int *messages)
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(u"copy.ts"_s);
    EXPECT_TRUE(QFile::copy(QStringLiteral(CRM_SOURCE_DIR "/resources/translations/") + catalogue, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(CRM_LUPDATE),
                  options + QStringList{u"-no-obsolete"_s, u"-locations"_s, u"none"_s, u"-I"_s,
                                        QStringLiteral(CRM_SOURCE_DIR "/src/platform"), u"-I"_s,
                                        QStringLiteral(CRM_SOURCE_DIR "/src/modules"), u"-I"_s,
                                        QStringLiteral(CRM_SOURCE_DIR "/src/tools"), u"-I"_s,
                                        QStringLiteral(CRM_SOURCE_DIR "/src"), QStringLiteral(CRM_SOURCE_DIR "/src"),
                                        QStringLiteral(CRM_SOURCE_DIR "/ui"), u"-ts"_s, copy});
    EXPECT_TRUE(lupdate.waitForFinished(120000));
    EXPECT_EQ(lupdate.exitCode(), 0) << lupdate.readAll().toStdString();
    QFile f(copy);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    QStringList missing;
    QString source;
    *messages = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"source"_s) {
            source = xml.readElementText();
        } else if (xml.name() == u"translation"_s) {
            ++*messages;
            const auto type = xml.attributes().value(u"type"_s);
            const bool unfinished = type == u"unfinished"_s || type == u"vanished"_s;
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (unfinished || text.trimmed().isEmpty())
                missing << source;
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    return missing;
}
} // namespace

TEST(Translations, ChineseCatalogueIsComplete)
{
    int messages = 0;
    const QStringList missing = untranslated(u"dealercrm_zh_CN.ts"_s, {}, &messages);
    EXPECT_GT(messages, 100);
    EXPECT_TRUE(missing.isEmpty()) << missing.size() << " untranslated, e.g. \"" << missing.value(0).toStdString() << '"';
}

// English is the source language, but "%n response(s)" needs its two forms from a catalogue.
TEST(Translations, EveryEnglishPluralHasItsForms)
{
    int messages = 0;
    const QStringList missing = untranslated(u"dealercrm_en.ts"_s, {u"-pluralonly"_s}, &messages);
    EXPECT_GT(messages, 15);
    EXPECT_TRUE(missing.isEmpty()) << missing.size() << " without plural forms, e.g. \"" << missing.value(0).toStdString() << '"';
    QTranslator en;
    ASSERT_TRUE(en.load(u":/i18n/dealercrm_en.qm"_s));
    QCoreApplication::installTranslator(&en);
    EXPECT_EQ(QCoreApplication::translate("crm::ui::archives::ArchivesPage", "%n customer(s)", nullptr, 1), u"1 customer"_s);
    EXPECT_EQ(QCoreApplication::translate("crm::ui::archives::ArchivesPage", "%n customer(s)", nullptr, 3), u"3 customers"_s);
    QCoreApplication::removeTranslator(&en);
}

TEST(Translations, CompiledCatalogueIsEmbeddedAndUsed)
{
    QTranslator t;
    ASSERT_TRUE(t.load(u":/i18n/dealercrm_zh_CN.qm"_s));
    EXPECT_EQ(t.translate("crm::RoleText", "Administrator"), u"系统管理员"_s);
}
