#pragma once
#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace crm {

// Files from Excel in China come as UTF-8 (often with a BOM) or GB18030. Decoding uses ICU,
// which knows GB18030 whatever Qt was built with.
class TextCodec {
    Q_DECLARE_TR_FUNCTIONS(crm::TextCodec)
public:
    enum class Encoding { Utf8, Gb18030 };
    static Encoding detect(const QByteArray &bytes); // strict UTF-8, else GB18030
    static Result<QString> decode(const QByteArray &bytes, Encoding e);
    static QByteArray encode(const QString &text, Encoding e);
};

} // namespace crm
