#pragma once
// Argon2id password hashes (libsodium crypto_pwhash_str). The hash string carries
// its own salt and cost, so costs can be raised later and old hashes still verify.
#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace tamkeen::security {

struct HashCost {
    unsigned long long opsLimit;
    size_t memLimit;

    // About half a second on a current laptop (measured by tamkeen-bench).
    static HashCost standard();
    // libsodium's minimum: only for tests that hash many passwords.
    static HashCost minimal();
};

class PasswordHasher {
    Q_DECLARE_TR_FUNCTIONS(PasswordHasher)
public:
    explicit PasswordHasher(HashCost cost = HashCost::standard()) : m_cost(cost) {}

    Result<QString> hash(const QString &password) const;
    bool verify(const QString &hash, const QString &password) const;
    bool needsRehash(const QString &hash) const;

    // PasswordRules::weakness: a translated reason, or empty.
    static QString weakness(const QString &password);

private:
    HashCost m_cost;
};

} // namespace tamkeen::security
