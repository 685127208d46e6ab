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
//   each VIN reversed, behind '~' → any tail of 6–17 characters ("PA040001", the last 8 a
//                                   service invoice prints) is a prefix of the reversed VIN
class SearchKeys {
public:
    static QStringList forCustomer(const QString &name, const QString &mobile, const QStringList &plates,
                                   const QStringList &vins);
    static QString reversedVin(const QString &vin); // "~" + the VIN backwards
    // The reversed-VIN prefix to look up as well when a normalised query can be a VIN's tail
    // (6–16 letters and digits with a digit among them); empty otherwise.
    static QString vinTailKey(const QString &normalisedQuery);
    // What the user typed, in the form keys are stored in (trimmed, upper-case, no spaces or '-').
    static QString normaliseQuery(const QString &text);
};

} // namespace crm
