#include "core/Seal.h"

#include <sodium.h>

namespace crm::seal {
namespace {
void ready()
{
    static const int init = sodium_init(); // thread-safe, idempotent
    (void)init;
}
const unsigned char *bytes(const QByteArray &b)
{
    return reinterpret_cast<const unsigned char *>(b.constData());
}
} // namespace

QByteArray newKey()
{
    ready();
    QByteArray k(kKeyBytes, Qt::Uninitialized);
    crypto_aead_xchacha20poly1305_ietf_keygen(reinterpret_cast<unsigned char *>(k.data()));
    return k;
}

QByteArray seal(const QByteArray &key, const QByteArray &plain, const QByteArray &context)
{
    ready();
    Q_ASSERT(key.size() == kKeyBytes);
    constexpr int nonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
    QByteArray out(nonceBytes + plain.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES, Qt::Uninitialized);
    auto *nonce = reinterpret_cast<unsigned char *>(out.data());
    randombytes_buf(nonce, nonceBytes);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(nonce + nonceBytes, &written, bytes(plain), plain.size(), bytes(context),
                                               context.size(), nullptr, nonce, bytes(key));
    out.resize(nonceBytes + int(written));
    return out;
}

std::optional<QByteArray> open(const QByteArray &key, const QByteArray &sealed, const QByteArray &context)
{
    ready();
    constexpr int nonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
    constexpr int tagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;
    if (key.size() != kKeyBytes || sealed.size() < nonceBytes + tagBytes)
        return std::nullopt;
    QByteArray plain(sealed.size() - nonceBytes - tagBytes, Qt::Uninitialized);
    unsigned long long read = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(reinterpret_cast<unsigned char *>(plain.data()), &read, nullptr,
                                                   bytes(sealed) + nonceBytes, sealed.size() - nonceBytes, bytes(context),
                                                   context.size(), bytes(sealed), bytes(key)) != 0)
        return std::nullopt;
    plain.resize(int(read));
    return plain;
}

bool isSealedText(const QString &value)
{
    return value.startsWith(kTextPrefix);
}

QString sealText(const QString &plain, const QByteArray &key, const QByteArray &context)
{
    return kTextPrefix + QString::fromLatin1(seal(key, plain.toUtf8(), context).toBase64());
}

std::optional<QString> openText(const QString &sealed, const QByteArray &key, const QByteArray &context)
{
    if (!isSealedText(sealed))
        return sealed;
    auto plain = open(key, QByteArray::fromBase64(sealed.mid(kTextPrefix.size()).toLatin1()), context);
    if (!plain)
        return std::nullopt;
    return QString::fromUtf8(*plain);
}

} // namespace crm::seal
