#include "core/TextCodec.h"

#include <QStringDecoder>
#include <unicode/ucnv.h>

namespace crm {

TextCodec::Encoding TextCodec::detect(const QByteArray &bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return Encoding::Utf8;
    QStringDecoder utf8(QStringDecoder::Utf8);
    (void)QString(utf8.decode(bytes));
    return utf8.hasError() ? Encoding::Gb18030 : Encoding::Utf8;
}

Result<QString> TextCodec::decode(const QByteArray &bytes, Encoding e)
{
    if (e == Encoding::Utf8) {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString s = utf8.decode(bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes);
        if (utf8.hasError())
            return Error::invalid(tr("The file is not valid UTF-8."));
        return s;
    }
    UErrorCode status = U_ZERO_ERROR;
    UConverter *conv = ucnv_open("GB18030", &status);
    if (U_FAILURE(status))
        return Error::io(tr("The GB18030 converter is not available."));
    ucnv_setToUCallBack(conv, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    QString out(bytes.size() + 1, Qt::Uninitialized);
    const int32_t n = ucnv_toUChars(conv, reinterpret_cast<UChar *>(out.data()), int32_t(out.size()), bytes.constData(),
                                    int32_t(bytes.size()), &status);
    ucnv_close(conv);
    if (U_FAILURE(status))
        return Error::invalid(tr("The file is neither UTF-8 nor GB18030 text."));
    out.truncate(n);
    return out;
}

QByteArray TextCodec::encode(const QString &text, Encoding e)
{
    if (e == Encoding::Utf8)
        return text.toUtf8();
    UErrorCode status = U_ZERO_ERROR;
    UConverter *conv = ucnv_open("GB18030", &status);
    if (U_FAILURE(status))
        return {};
    QByteArray out(int(text.size()) * 4 + 4, Qt::Uninitialized);
    const int32_t n = ucnv_fromUChars(conv, out.data(), int32_t(out.size()), reinterpret_cast<const UChar *>(text.utf16()),
                                      int32_t(text.size()), &status);
    ucnv_close(conv);
    out.truncate(U_SUCCESS(status) ? n : 0);
    return out;
}

} // namespace crm
