// Every action and record kind the services write to the audit log has a title in both
// languages: the sources are read for the ids written, so a new one without a title fails here.
#include "core/AuditText.h"
#include "complaints/core/ComplaintRules.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace crm;
using namespace Qt::StringLiterals;

namespace {
// The ids in `Guard::audit(ctx, &who, {u"action"_s, u"entity"_s, …})` and `e.action = u"…"_s`.
void idsWritten(QSet<QString> &actions, QSet<QString> &entities)
{
    // The first two elements of the entry, each up to its comma: a ternary there
    // (`active ? u"enable"_s : u"disable"_s`) names every action it can write.
    static const QRegularExpression call(uR"re(audit\([^{;]*?\{\s*([^,]*),\s*([^,]*),)re"_s);
    static const QRegularExpression literal(uR"re(u"([a-z_]+)"_s)re"_s);
    static const QRegularExpression field(uR"re(\.(action|entity) = u"([a-z_]+)"_s)re"_s);
    static const QRegularExpression assigned(uR"re(\baction = u"([a-z_]+)"_s)re"_s);
    QDirIterator it(QStringLiteral(CRM_SOURCE_DIR "/src/"), {u"*.cpp"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(f.readAll());
        for (auto m = call.globalMatch(text); m.hasNext();) {
            const auto hit = m.next();
            for (auto a = literal.globalMatch(hit.captured(1)); a.hasNext();)
                actions << a.next().captured(1);
            for (auto e = literal.globalMatch(hit.captured(2)); e.hasNext();)
                entities << e.next().captured(1);
        }
        for (auto m = field.globalMatch(text); m.hasNext();) {
            const auto hit = m.next();
            (hit.captured(1) == u"action"_s ? actions : entities) << hit.captured(2);
        }
        if (text.contains(u"Guard::audit"_s))
            for (auto m = assigned.globalMatch(text); m.hasNext();)
                actions << m.next().captured(1); // an action chosen before the call (a survey template's)
    }
}
} // namespace

TEST(AuditText, EveryActionAndRecordKindWrittenHasATitle)
{
    QSet<QString> actions, entities;
    idsWritten(actions, entities);
    // Complaint steps are written by variable: each one is an action too.
    for (int s = 0; !complaints::stepId(complaints::Step(s)).isEmpty(); ++s)
        actions << complaints::stepId(complaints::Step(s));
    ASSERT_GT(actions.size(), 40); // the reading found the calls at all
    ASSERT_GT(entities.size(), 25);
    for (const QString &a : actions)
        EXPECT_FALSE(AuditText::action(a).isEmpty()) << "action without a title: " << a.toStdString();
    for (const QString &e : entities)
        EXPECT_FALSE(AuditText::entity(e).isEmpty()) << "record kind without a title: " << e.toStdString();

    // And in Chinese: every title is translated (a title left as its English source is not).
    QTranslator zh;
    ASSERT_TRUE(zh.load(u":/i18n/dealercrm_zh_CN.qm"_s));
    for (const QString &a : AuditText::actions()) {
        const QString english = AuditText::action(a);
        QCoreApplication::installTranslator(&zh);
        const QString chinese = AuditText::action(a);
        QCoreApplication::removeTranslator(&zh);
        EXPECT_NE(chinese, english) << a.toStdString();
    }
    for (const QString &e : AuditText::entities()) {
        const QString english = AuditText::entity(e);
        QCoreApplication::installTranslator(&zh);
        const QString chinese = AuditText::entity(e);
        QCoreApplication::removeTranslator(&zh);
        EXPECT_NE(chinese, english) << e.toStdString();
    }
}
