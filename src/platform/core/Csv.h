#pragma once
#include <QDate>
#include <QStringList>

namespace crm {

// RFC 4180 as Excel writes it: quoted fields, "" inside quotes, line breaks inside quotes,
// comma or (when the header has more of them) semicolon or tab separators.
class Csv {
public:
    static QList<QStringList> parse(const QString &text);
    // One field for a file people open in Excel: quoted when needed, and a leading
    // = + - @ tab or CR neutralised with an apostrophe so it is never run as a formula.
    static QString field(const QString &value);
    static QString line(const QStringList &fields);
    static QString neutralise(const QString &value);
};

// Dates in the forms people write them: 2024-03-05, 2024/3/5, 2024.3.5, 2024年3月5日, 20240305,
// and Excel's date serial numbers (45356 = 2024-03-05) as they come out of XLSX cells.
QDate parseLooseDate(const QString &text);

} // namespace crm
