#include "core/Pinyin.h"

#include <QHash>
#include <array>
#include <atomic>
#include <mutex>
#include <unicode/translit.h>
#include <unicode/unistr.h>

using namespace Qt::StringLiterals;

namespace crm {
namespace {
// Surnames whose reading differs from the character's most common reading.
const QHash<QString, QString> &surnameReadings()
{
    static const QHash<QString, QString> table{
        {u"曾"_s, u"Z"_s},    {u"单"_s, u"S"_s},    {u"解"_s, u"X"_s}, {u"仇"_s, u"Q"_s}, {u"朴"_s, u"P"_s}, {u"区"_s, u"O"_s},
        {u"查"_s, u"Z"_s},    {u"盖"_s, u"G"_s},    {u"繁"_s, u"P"_s}, {u"员"_s, u"Y"_s}, {u"乐"_s, u"Y"_s}, {u"尉迟"_s, u"YC"_s},
        {u"万俟"_s, u"MQ"_s}, {u"长孙"_s, u"ZS"_s}, {u"秘"_s, u"B"_s}, {u"重"_s, u"C"_s}, {u"缪"_s, u"M"_s}, {u"翟"_s, u"Z"_s},
    };
    return table;
}

QString transliterate(const QString &text)
{
    // createInstance is costly; the instance is not thread-safe, so share it under a lock.
    static std::mutex mutex;
    static std::unique_ptr<icu::Transliterator> t = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> p(
            icu::Transliterator::createInstance("Han-Latin; Latin-ASCII", UTRANS_FORWARD, status));
        return U_SUCCESS(status) ? std::move(p) : nullptr;
    }();
    if (!t)
        return {};
    icu::UnicodeString u(reinterpret_cast<const char16_t *>(text.utf16()), int32_t(text.size()));
    std::lock_guard lock(mutex);
    t->transliterate(u);
    return QString(reinterpret_cast<const QChar *>(u.getBuffer()), u.length());
}

// The initial of one UTF-16 unit, or 0. ICU's rule-based transliteration costs ~10 µs a
// character, a third of a million-row import; a name has few distinct characters, so each is
// asked once per process. Lock-free: a race only asks ICU twice for the same answer.
char16_t initialOf(QChar c)
{
    static constexpr char16_t kUnknown = 0, kNone = 1;
    static std::array<std::atomic<char16_t>, 65536> known{};
    std::atomic<char16_t> &slot = known[c.unicode()];
    char16_t v = slot.load(std::memory_order_relaxed);
    if (v == kUnknown) {
        const QString latin = transliterate(QString(c));
        v = !latin.isEmpty() && latin.at(0).isLetter() && latin.at(0).unicode() < 128 ? latin.at(0).toUpper().unicode() : kNone;
        slot.store(v, std::memory_order_relaxed);
    }
    return v == kNone ? 0 : v;
}
} // namespace

QString Pinyin::initials(const QString &name)
{
    QString rest = name.trimmed();
    QString out;
    for (auto it = surnameReadings().cbegin(); it != surnameReadings().cend(); ++it) {
        if (it.key().size() > 1 && rest.startsWith(it.key())) {
            out = it.value();
            rest = rest.mid(it.key().size());
            break;
        }
    }
    if (out.isEmpty() && !rest.isEmpty() && surnameReadings().contains(rest.left(1))) {
        out = surnameReadings().value(rest.left(1));
        rest = rest.mid(1);
    }
    // One character at a time, so each Han character yields exactly one initial.
    for (QChar c : rest) {
        if (c.isSpace())
            continue;
        if (c.unicode() < 128) {
            if (c.isLetter())
                out += c.toUpper();
            continue;
        }
        if (const char16_t initial = initialOf(c))
            out += QChar(initial);
    }
    return out;
}

} // namespace crm
