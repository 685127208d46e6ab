#pragma once
#include <QStringList>

namespace crm {

// The keys under which a customer can be found. Search is a prefix match on these keys
// (an index range scan on both engines), so every way people look a customer up becomes a
// prefix of some key:
//   every suffix of the name     → "伟明" finds 张伟明 (2-character queries work; no trigram needed)
//   pinyin initials              → "ZWM", "ZW"
//   the mobile and its last 4    → "138…", "5678"
//   each plate with and without its province character → "粤A12345", "A123"
//   each VIN and its last 6      → "LFV…", "040001"
class SearchKeys {
public:
    static QStringList forCustomer(const QString &name, const QString &mobile, const QStringList &plates,
                                   const QStringList &vins);
    // What the user typed, in the form keys are stored in (trimmed, upper-case, no spaces or '-').
    static QString normaliseQuery(const QString &text);
};

} // namespace crm
