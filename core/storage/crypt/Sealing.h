#pragma once
// The seals of an encrypted database (docs/encryption.md): the keys derived
// from the database key, a page sealed in its reserved bytes, and the
// streams that hide log frame headers, journals and temporary files.
#include "storage/crypt/CryptFormat.h"

#include <QByteArray>
#include <array>
#include <memory>
#include <sodium.h>

namespace tamkeen::storage::crypt::detail {

// The keys derived from one database key, and the cipher its file names;
// zeroed when the last file using them closes.
struct Keys {
    Cipher cipher = Cipher::XChaCha20Poly1305;
    std::array<unsigned char, kKeyBytes> master{}, pages{}, walHeaders{}, journal{};
    crypto_aead_aes256gcm_state aes{}; // AES-256-GCM files: their pages key, expanded once
    ~Keys()
    {
        sodium_memzero(master.data(), master.size());
        sodium_memzero(pages.data(), pages.size());
        sodium_memzero(walHeaders.data(), walHeaders.size());
        sodium_memzero(journal.data(), journal.size());
        sodium_memzero(&aes, sizeof aes);
    }
};
using KeysPtr = std::shared_ptr<const Keys>;

// Null when `cipher` is one this processor cannot run.
std::shared_ptr<Keys> makeKeys(const QByteArray &master, Cipher cipher);

// Seals the page in place: its last kReserve bytes receive a fresh nonce and
// the tag; `domain` and `number` (a page or frame number) are bound to it.
void sealPage(const Keys &k, unsigned char *page, int size, char domain, quint64 number);
// Opens it in place; false when it was not sealed so (damage, another key, moved).
bool openPage(const Keys &k, unsigned char *page, int size, char domain, quint64 number);
// XChaCha20 from byte `offset` of the key stream.
void xorStream(unsigned char *buf, qint64 len, qint64 offset, const unsigned char *nonce, const unsigned char *key);
// Hides (or shows) a log frame header's page number, size and checksums.
void xorFrameHeader(const Keys &k, unsigned char *hdr, quint64 frame);

} // namespace tamkeen::storage::crypt::detail
