#pragma once
#include "core/Result.h"

#include <QString>

namespace crm::services {

// Argon2id through libsodium's crypto_pwhash_str. Defaults are the OWASP minimum
// (19 MiB, 2 passes, 1 lane); a stored hash made with other parameters is rehashed on login.
struct PasswordParams {
    unsigned long long opsLimit = 2;
    size_t memLimitBytes = size_t(19) * 1024 * 1024;
};

class PasswordHasher {
public:
    explicit PasswordHasher(PasswordParams p = {});
    Result<QString> hash(const QString &password) const;
    bool verify(const QString &storedHash, const QString &password) const;
    bool needsRehash(const QString &storedHash) const;
    const PasswordParams &params() const { return m_params; }

private:
    PasswordParams m_params;
};

} // namespace crm::services
