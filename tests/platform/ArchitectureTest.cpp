// The house rules that CMake alone cannot enforce, checked over the source tree:
// - every SQL statement lives in a data/ folder (or the seeder, which is tooling);
// - only ui/ folders (and the GUI's main) include Qt Widgets or Qt Charts, and no ui/ file
//   includes Qt SQL (pages talk to services, never to the database);
// - a core/ folder includes nothing from a data/ or services/ folder;
// - no source file is over 500 lines.
#include <QDirIterator>
#include <QFile>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QSet>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

const QString kSrc = QStringLiteral(CRM_SOURCE_DIR "/src/");

struct Source {
    QString path; // relative to src/
    QString text;
};

QList<Source> sources()
{
    QList<Source> out;
    QDirIterator it(kSrc, {u"*.cpp"_s, u"*.h"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        out.append({file.mid(kSrc.size()), QString::fromUtf8(f.readAll())});
    }
    std::sort(out.begin(), out.end(), [](const Source &a, const Source &b) { return a.path < b.path; });
    return out;
}

bool inLayer(const QString &path, const QString &layer)
{
    return path.split(u'/').contains(layer);
}

} // namespace

// What counts as an SQL statement: a string literal that starts like a statement or a clause
// appended to one, or that holds the shape of one. Keywords are upper case in this code base, so
// translated text ("Update", "select a customer") never matches.
bool holdsSql(const QString &code)
{
    static const QRegularExpression literal(uR"re("((?:[^"\\\n]|\\.)*)")re"_s);
    static const QRegularExpression statement(
        uR"re(^\s*(SELECT|INSERT|UPDATE|DELETE|WITH|CREATE|ALTER|DROP|PRAGMA|VACUUM|WHERE|AND|OR|ORDER BY|GROUP BY|FROM|JOIN|LEFT JOIN|SET|VALUES|ON CONFLICT|RETURNING|LIMIT)\s)re"
        uR"re(|INSERT INTO\s|DELETE FROM\s|\bUPDATE \w+ SET\b|\bSELECT\b.*\bFROM\b|\bJOIN \w+( \w+)? ON\b)re"_s);
    auto it = literal.globalMatch(code);
    while (it.hasNext()) {
        if (statement.match(it.next().captured(1)).hasMatch())
            return true;
    }
    return false;
}

TEST(Architecture, SqlDetectorSeesStatementsAndNothingElse)
{
    EXPECT_TRUE(holdsSql(uR"c(db.exec(u"SELECT id FROM gifts WHERE id = ?"_s, {id});)c"_s));
    EXPECT_TRUE(holdsSql(uR"c(auto q = db.exec(u"UPDATE gifts SET stock = stock + ? "_s);)c"_s));
    EXPECT_TRUE(holdsSql(uR"c(QString sql = u"SELECT a, b "_s
                              u"FROM t"_s;)c"_s));
    EXPECT_TRUE(holdsSql(uR"c(sql += u" WHERE c.deleted_at IS NULL"_s;)c"_s));
    EXPECT_TRUE(holdsSql(uR"c(db.exec(u"INSERT INTO leads(name) VALUES (?)"_s);)c"_s));
    EXPECT_TRUE(holdsSql(uR"c(db.exec(u"DELETE FROM x"_s);)c"_s));
    EXPECT_FALSE(holdsSql(uR"c(tr("Select a customer first"); tr("Update the card"); u"FROM:"_s;)c"_s));
    EXPECT_FALSE(holdsSql(uR"c(// SELECT id FROM gifts in a comment is no statement)c"_s));
}

TEST(Architecture, SqlOnlyInDataFolders)
{
    QStringList outside;
    for (const Source &s : sources()) {
        if (inLayer(s.path, u"data"_s) || s.path.startsWith(u"tools/seed/"_s))
            continue;
        if (holdsSql(s.text))
            outside << s.path;
    }
    EXPECT_TRUE(outside.isEmpty()) << "SQL outside a data/ folder (move it into the module's repository or read query): "
                                   << outside.join(u", "_s).toStdString();
}

TEST(Architecture, WidgetsOnlyInUiFolders)
{
    // Every header Qt Widgets and Qt Charts install, by the names an #include may use.
    QSet<QString> widgetHeaders;
    const QString headers = QLibraryInfo::path(QLibraryInfo::HeadersPath);
    for (const QString &lib : {u"QtWidgets"_s, u"QtCharts"_s, u"QtPrintSupport"_s}) {
        widgetHeaders.insert(lib);
        QDirIterator it(headers + u'/' + lib, QDir::Files);
        while (it.hasNext()) {
            const QString name = QFileInfo(it.next()).fileName();
            widgetHeaders.insert(name);
            widgetHeaders.insert(lib + u'/' + name);
        }
    }
    ASSERT_TRUE(widgetHeaders.contains(u"QWidget"_s)) << "Qt Widgets headers not found under " << headers.toStdString();

    static const QRegularExpression include(uR"(^\s*#\s*include\s*<([^>]+)>)"_s, QRegularExpression::MultilineOption);
    QStringList offenders, sqlInUi;
    for (const Source &s : sources()) {
        const bool ui = inLayer(s.path, u"ui"_s) || s.path.startsWith(u"app/"_s);
        auto it = include.globalMatch(s.text);
        while (it.hasNext()) {
            const QString header = it.next().captured(1);
            if (!ui && widgetHeaders.contains(header))
                offenders << s.path + u": "_s + header;
            if (ui && (header.startsWith(u"QSql"_s) || header.startsWith(u"QtSql"_s)))
                sqlInUi << s.path + u": "_s + header;
        }
    }
    EXPECT_TRUE(offenders.isEmpty()) << "Widgets/Charts outside a ui/ folder: " << offenders.join(u", "_s).toStdString();
    EXPECT_TRUE(sqlInUi.isEmpty()) << "Qt SQL in a ui/ folder: " << sqlInUi.join(u", "_s).toStdString();
}

TEST(Architecture, CoreSeesNeitherDataNorServices)
{
    static const QRegularExpression include(uR"(^\s*#\s*include\s*["<]([^">]+)[">])"_s, QRegularExpression::MultilineOption);
    QStringList offenders;
    for (const Source &s : sources()) {
        if (!inLayer(s.path, u"core"_s))
            continue;
        auto it = include.globalMatch(s.text);
        while (it.hasNext()) {
            const QString header = it.next().captured(1);
            const QStringList parts = header.split(u'/');
            if (parts.contains(u"data"_s) || parts.contains(u"services"_s) || parts.contains(u"ui"_s) ||
                header.startsWith(u"QSql"_s))
                offenders << s.path + u": "_s + header;
        }
    }
    EXPECT_TRUE(offenders.isEmpty()) << "a core/ file includes a higher layer: " << offenders.join(u", "_s).toStdString();
}

TEST(Architecture, NoSourceFileOverFiveHundredLines)
{
    // A file a person can hold in their head; a longer one is split by responsibility (see
    // docs/architecture.md, "Files").
    QStringList tooLong;
    for (const QString &root : {kSrc, QStringLiteral(CRM_SOURCE_DIR "/tests/")}) {
        QDirIterator it(root, {u"*.cpp"_s, u"*.h"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const qsizetype lines = f.readAll().count('\n');
            if (lines > 500)
                tooLong << f.fileName().mid(QStringLiteral(CRM_SOURCE_DIR).size() + 1) + u" ("_s + QString::number(lines) + u')';
        }
    }
    EXPECT_TRUE(tooLong.isEmpty()) << "over 500 lines: " << tooLong.join(u", "_s).toStdString();
}

TEST(Architecture, EveryModuleHasItsFolderShape)
{
    // A module is src/modules/<name>/ with a CMakeLists.txt and only layer folders inside.
    const QDir modules(kSrc + u"modules"_s);
    const QStringList names = modules.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    ASSERT_FALSE(names.isEmpty());
    const QSet<QString> layers = {u"core"_s, u"data"_s, u"services"_s, u"ui"_s};
    for (const QString &name : names) {
        const QDir module(modules.filePath(name));
        EXPECT_TRUE(module.exists(u"CMakeLists.txt"_s)) << name.toStdString();
        for (const QString &sub : module.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            EXPECT_TRUE(layers.contains(sub)) << name.toStdString() << '/' << sub.toStdString() << " is not a layer folder";
    }
}
