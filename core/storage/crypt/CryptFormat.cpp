#include "storage/crypt/CryptFormat.h"

#include <QtEndian>
#include <atomic>
#include <cstring>
#include <sodium.h>

namespace tamkeen::storage::crypt {

namespace {
constexpr char kKdfContext[crypto_kdf_CONTEXTBYTES + 1] = "TamkeenF";
constexpr int kIdAt = 32;
constexpr int kCheckAt = 48;
constexpr int kCipherAt = 80; // version 2 on
std::atomic<int> g_newFileCipher{0}; // tests: 0 is the preferred one
std::atomic<bool> g_noAes{false};
} // namespace

bool cipherAvailable(Cipher cipher)
{
    if (cipher == Cipher::Aes256Gcm) // libsodium looks at the processor in sodium_init
        return !g_noAes && sodium_init() >= 0 && crypto_aead_aes256gcm_is_available() == 1;
    return cipher == Cipher::XChaCha20Poly1305;
}

Cipher preferredCipher()
{
    if (const int forced = g_newFileCipher; forced && cipherAvailable(Cipher(forced)))
        return Cipher(forced);
    return cipherAvailable(Cipher::Aes256Gcm) ? Cipher::Aes256Gcm : Cipher::XChaCha20Poly1305;
}

void setNewFileCipherForTests(std::optional<Cipher> cipher) { g_newFileCipher = cipher ? int(*cipher) : 0; }

void setAesUnavailableForTests(bool unavailable) { g_noAes = unavailable; }

void deriveKey(const unsigned char *master, SubKey which, unsigned char *out)
{
    crypto_kdf_derive_from_key(out, kKeyBytes, quint64(which), kKdfContext, master);
}

bool hasMagic(const char *bytes, qint64 size)
{
    return size >= qint64(sizeof kMagic) && std::memcmp(bytes, kMagic, sizeof kMagic) == 0;
}

bool parseHeader(const QByteArray &meta, FileHeader &out)
{
    if (meta.size() < kCipherAt + 4 || !hasMagic(meta.constData(), meta.size()))
        return false;
    const auto *p = reinterpret_cast<const uchar *>(meta.constData());
    out.version = int(qFromLittleEndian<quint32>(p + 16));
    out.pageSize = int(qFromLittleEndian<quint32>(p + 20));
    out.reserve = int(qFromLittleEndian<quint32>(p + 24));
    out.headerSize = qint64(qFromLittleEndian<quint32>(p + 28));
    out.fileId = meta.mid(kIdAt, kFileIdBytes);
    out.keyCheck = meta.mid(kCheckAt, 32);
    out.cipher = Cipher::XChaCha20Poly1305;
    if (out.version == 2) {
        const quint32 named = qFromLittleEndian<quint32>(p + kCipherAt);
        if (named != quint32(Cipher::XChaCha20Poly1305) && named != quint32(Cipher::Aes256Gcm))
            return false;
        out.cipher = Cipher(named);
    }
    return (out.version == 1 || out.version == 2) && out.pageSize == kPageSize && out.reserve == kReserve
        && out.headerSize == kHeaderSize;
}

QByteArray makeHeader(const QByteArray &fileId, const QByteArray &key, Cipher cipher)
{
    QByteArray meta(kMetaSize, '\0');
    auto *p = reinterpret_cast<uchar *>(meta.data());
    std::memcpy(p, kMagic, sizeof kMagic);
    // An XChaCha20-Poly1305 file stays version 1, which every build reads.
    qToLittleEndian<quint32>(cipher == Cipher::XChaCha20Poly1305 ? 1 : kFormatVersion, p + 16);
    qToLittleEndian<quint32>(kPageSize, p + 20);
    qToLittleEndian<quint32>(kReserve, p + 24);
    qToLittleEndian<quint32>(quint32(kHeaderSize), p + 28);
    std::memcpy(p + kIdAt, fileId.constData(), kFileIdBytes);
    const QByteArray check = keyCheck(key, fileId);
    std::memcpy(p + kCheckAt, check.constData(), 32);
    if (cipher != Cipher::XChaCha20Poly1305)
        qToLittleEndian<quint32>(quint32(cipher), p + kCipherAt);
    return meta;
}

QByteArray keyCheck(const QByteArray &key, const QByteArray &fileId)
{
    unsigned char sub[kKeyBytes];
    deriveKey(reinterpret_cast<const unsigned char *>(key.constData()), SubKey::Check, sub);
    QByteArray out(32, '\0');
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), 32,
                       reinterpret_cast<const unsigned char *>(fileId.constData()), size_t(fileId.size()), sub, sizeof sub);
    sodium_memzero(sub, sizeof sub);
    return out;
}

} // namespace tamkeen::storage::crypt
