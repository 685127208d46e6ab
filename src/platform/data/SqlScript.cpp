#include "data/SqlScript.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace crm::data {
namespace {
bool isTriggerStatement(const QString &stmt)
{
    static const QRegularExpression re(u"^\\s*CREATE\\s+(TEMP\\s+|TEMPORARY\\s+)?TRIGGER\\b"_s,
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(stmt).hasMatch();
}

// True when the statement text so far ends with the keyword END (SQLite trigger body end).
bool endsWithEnd(const QString &stmt)
{
    static const QRegularExpression re(u"\\bEND\\s*$"_s, QRegularExpression::CaseInsensitiveOption);
    return re.match(stmt).hasMatch();
}

bool isBlank(const QString &s)
{
    static const QRegularExpression re(u"^(\\s|--[^\\n]*(\\n|$))*$"_s);
    return re.match(s).hasMatch();
}
} // namespace

QStringList splitSqlScript(const QString &script)
{
    QStringList out;
    QString cur;
    const qsizetype n = script.size();
    qsizetype i = 0;
    auto flush = [&] {
        if (!isBlank(cur))
            out << cur.trimmed();
        cur.clear();
    };
    while (i < n) {
        const QChar c = script.at(i);
        if (c == u'-' && i + 1 < n && script.at(i + 1) == u'-') { // line comment
            const qsizetype e = script.indexOf(u'\n', i);
            const qsizetype end = e < 0 ? n : e;
            i = end; // drop the comment text
            continue;
        }
        if (c == u'/' && i + 1 < n && script.at(i + 1) == u'*') { // block comment
            const qsizetype e = script.indexOf(u"*/"_s, i + 2);
            i = e < 0 ? n : e + 2;
            cur += u' ';
            continue;
        }
        if (c == u'\'' || c == u'"') { // quoted text, '' doubles
            qsizetype j = i + 1;
            while (j < n) {
                if (script.at(j) == c) {
                    if (j + 1 < n && script.at(j + 1) == c) {
                        j += 2;
                        continue;
                    }
                    break;
                }
                ++j;
            }
            const qsizetype end = j < n ? j + 1 : n;
            cur += script.mid(i, end - i);
            i = end;
            continue;
        }
        if (c == u'$') { // $tag$ … $tag$
            static const QRegularExpression tagRe(u"\\G\\$[A-Za-z_]*\\$"_s);
            const auto m = tagRe.match(script, i);
            if (m.hasMatch()) {
                const QString tag = m.captured(0);
                const qsizetype e = script.indexOf(tag, i + tag.size());
                const qsizetype end = e < 0 ? n : e + tag.size();
                cur += script.mid(i, end - i);
                i = end;
                continue;
            }
        }
        if (c == u';') {
            if (isTriggerStatement(cur) && !endsWithEnd(cur)) {
                cur += c; // a statement inside the trigger body
            } else {
                flush();
            }
            ++i;
            continue;
        }
        cur += c;
        ++i;
    }
    flush();
    return out;
}

} // namespace crm::data
