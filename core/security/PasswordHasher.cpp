#include "security/PasswordHasher.h"

#include "security/PasswordRules.h"
#include "security/Sodium.h"

#include <sodium.h>

namespace tamkeen::security {

HashCost HashCost::standard()
{
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

HashCost HashCost::minimal()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

Result<QString> PasswordHasher::hash(const QString &password) const
{
    ensureSodium();
    QByteArray utf8 = PasswordRules::normalized(password).toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const int rc = crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()), m_cost.opsLimit, m_cost.memLimit);
    sodium_memzero(utf8.data(), size_t(utf8.size()));
    if (rc != 0)
        return makeError(ErrorCode::Io, tr("Not enough memory to protect the password. Close other programs and try again."));
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &hash, const QString &password) const
{
    ensureSodium();
    const QByteArray h = hash.toLatin1();
    for (const QString &form : PasswordRules::forms(password)) {
        QByteArray utf8 = form.toUtf8();
        const bool ok = crypto_pwhash_str_verify(h.constData(), utf8.constData(), quint64(utf8.size())) == 0;
        sodium_memzero(utf8.data(), size_t(utf8.size()));
        if (ok)
            return true;
    }
    return false;
}

bool PasswordHasher::needsRehash(const QString &hash) const
{
    ensureSodium();
    return crypto_pwhash_str_needs_rehash(hash.toLatin1().constData(), m_cost.opsLimit, m_cost.memLimit) != 0;
}

QString PasswordHasher::weakness(const QString &password)
{
    return PasswordRules::weakness(password);
}

} // namespace tamkeen::security
