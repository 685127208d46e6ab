#pragma once
// Sealing with libsodium's XChaCha20-Poly1305 (IETF AEAD): a random 24-byte nonce per value, so
// one key seals any number of values, and a value that was tampered with or sealed under another
// key does not open. Used for the audit log's personal values (one key per customer, destroyed
// when the customer is erased) and for wrapping those keys under the database's own key.
#include <QByteArray>
#include <QString>
#include <optional>

namespace crm::seal {

inline constexpr int kKeyBytes = 32;

// A fresh random key.
QByteArray newKey();
// nonce ‖ ciphertext ‖ tag. `key` must be kKeyBytes long.
QByteArray seal(const QByteArray &key, const QByteArray &plain, const QByteArray &context = {});
// Empty optional when the key is wrong, the value was changed, or the context differs.
std::optional<QByteArray> open(const QByteArray &key, const QByteArray &sealed, const QByteArray &context = {});

// Text form kept in a text column: "sealed:1:" and the base64 of seal(). A value that does not
// start so is a clear value (written before sealing, or with no customer in it).
inline const QString kTextPrefix = QStringLiteral("sealed:1:");
bool isSealedText(const QString &value);
QString sealText(const QString &plain, const QByteArray &key, const QByteArray &context = {});
std::optional<QString> openText(const QString &sealed, const QByteArray &key, const QByteArray &context = {});

} // namespace crm::seal
