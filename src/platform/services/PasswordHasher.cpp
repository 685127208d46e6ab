#include "services/PasswordHasher.h"

#include <sodium.h>

#include <QCoreApplication>

namespace crm::services {

PasswordHasher::PasswordHasher(PasswordParams p) : m_params(p)
{
    static const int init = sodium_init(); // thread-safe, idempotent
    Q_UNUSED(init);
}

Result<QString> PasswordHasher::hash(const QString &password) const
{
    const QByteArray pw = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, pw.constData(), size_t(pw.size()), m_params.opsLimit, m_params.memLimitBytes,
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
        return Error::io(QCoreApplication::translate("crm::services::PasswordHasher", "Not enough memory to hash the password."));
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &storedHash, const QString &password) const
{
    const QByteArray h = storedHash.toLatin1();
    const QByteArray pw = password.toUtf8();
    if (h.isEmpty() || h.size() >= crypto_pwhash_STRBYTES)
        return false;
    return crypto_pwhash_str_verify(h.constData(), pw.constData(), size_t(pw.size())) == 0;
}

bool PasswordHasher::needsRehash(const QString &storedHash) const
{
    const QByteArray h = storedHash.toLatin1();
    // Non-zero also for a hash of another algorithm (e.g. argon2i): rehash that as well.
    return crypto_pwhash_str_needs_rehash(h.constData(), m_params.opsLimit, m_params.memLimitBytes) != 0;
}

} // namespace crm::services
