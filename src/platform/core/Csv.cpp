#include "core/Csv.h"

#include <QDate>
#include <QRegularExpression>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace crm {

QList<QStringList> Csv::parse(const QString &text)
{
    // The separator the header uses most, counted outside quotes (a quoted header may hold any).
    qsizetype commas = 0, tabs = 0, semicolons = 0;
    bool inQuotes = false;
    for (const QChar c : text) {
        if (c == u'"')
            inQuotes = !inQuotes; // "" inside quotes toggles twice
        else if (inQuotes)
            continue;
        else if (c == u'\n' || c == u'\r')
            break;
        else if (c == u',')
            ++commas;
        else if (c == u'\t')
            ++tabs;
        else if (c == u';')
            ++semicolons;
    }
    QChar sep = u',';
    if (tabs > commas)
        sep = u'\t';
    if (semicolons > std::max(commas, tabs))
        sep = u';';
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false, fieldStarted = false;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == sep) {
            row << field;
            field.clear();
            fieldStarted = false;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            row << field;
            field.clear();
            fieldStarted = false;
            if (!(row.size() == 1 && row.first().isEmpty()))
                rows << row;
            row.clear();
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !field.isEmpty() || !row.isEmpty()) {
        row << field;
        rows << row;
    }
    return rows;
}

QString Csv::neutralise(const QString &value)
{
    if (!value.isEmpty()) {
        const QChar c = value.at(0);
        if (c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r')
            return u'\'' + value;
    }
    return value;
}

QString Csv::field(const QString &value)
{
    const QString v = neutralise(value);
    // Quoted whenever it holds anything a reader could take for a separator or a line end.
    if (v.contains(u',') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r') || v.contains(u';') || v.contains(u'\t'))
        return u'"' + QString(v).replace(u"\""_s, u"\"\""_s) + u'"';
    return v;
}

QString Csv::line(const QStringList &fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString &f : fields)
        out << field(f);
    return out.join(u',') + u"\r\n"_s;
}

QDate parseLooseDate(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    static const QRegularExpression ymd(u"^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(\\s.*)?$"_s);
    if (const auto m = ymd.match(t); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    // Excel stores dates as days since 1899-12-30; an XLSX cell formatted as a date reads as that number.
    static const QRegularExpression serial(u"^(\\d{5})(\\.\\d+)?$"_s);
    if (const auto m = serial.match(t); m.hasMatch()) {
        const int days = m.captured(1).toInt();
        if (days > 10000 && days < 80000)
            return QDate(1899, 12, 30).addDays(days);
    }
    static const QRegularExpression compact(u"^(\\d{4})(\\d{2})(\\d{2})$"_s);
    if (const auto m = compact.match(t); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    return {};
}

} // namespace crm
