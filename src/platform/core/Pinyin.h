#pragma once
#include <QString>

namespace crm {

// Pinyin initials of a Chinese name through ICU's Han-Latin transliterator ("张伟明" → "ZWM"),
// with the readings of surnames that ICU gets wrong (曾 zeng, 单 shan, 解 xie, …). Latin
// letters in the name pass through; other characters are dropped.
class Pinyin {
public:
    static QString initials(const QString &name);
};

} // namespace crm
