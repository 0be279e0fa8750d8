#include "storage/crypt/Sealing.h"

#include <QtEndian>
#include <algorithm>
#include <cstring>

namespace tamkeen::storage::crypt::detail {

static_assert(crypto_aead_aes256gcm_NPUBBYTES <= kNonceBytes && crypto_aead_aes256gcm_ABYTES == kTagBytes);
static_assert(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES == kNonceBytes
              && crypto_aead_xchacha20poly1305_ietf_ABYTES == kTagBytes);

std::shared_ptr<Keys> makeKeys(const QByteArray &master, Cipher cipher)
{
    if (!cipherAvailable(cipher))
        return nullptr;
    auto keys = std::make_shared<Keys>();
    keys->cipher = cipher;
    std::memcpy(keys->master.data(), master.constData(), kKeyBytes);
    deriveKey(keys->master.data(), SubKey::Pages, keys->pages.data());
    deriveKey(keys->master.data(), SubKey::WalHeaders, keys->walHeaders.data());
    deriveKey(keys->master.data(), SubKey::Journal, keys->journal.data());
    if (cipher == Cipher::Aes256Gcm) { // a key of its own: no key serves two ciphers
        unsigned char aesKey[kKeyBytes];
        deriveKey(keys->master.data(), SubKey::PagesAes, aesKey);
        crypto_aead_aes256gcm_beforenm(&keys->aes, aesKey);
        sodium_memzero(aesKey, sizeof aesKey);
    }
    return keys;
}

namespace {

void putAd(unsigned char ad[9], char domain, quint64 number)
{
    ad[0] = uchar(domain);
    qToLittleEndian<quint64>(number, ad + 1);
}

} // namespace

void sealPage(const Keys &k, unsigned char *page, int size, char domain, quint64 number)
{
    unsigned char ad[9];
    putAd(ad, domain, number);
    unsigned char *nonce = page + size - kReserve;
    unsigned char *tag = nonce + kNonceBytes;
    randombytes_buf(nonce, kNonceBytes);
    const auto bytes = size_t(size - kReserve);
    if (k.cipher == Cipher::Aes256Gcm) // its nonce is the first 12 of the 24 bytes
        crypto_aead_aes256gcm_encrypt_detached_afternm(page, tag, nullptr, page, bytes, ad, sizeof ad, nullptr, nonce,
                                                       &k.aes);
    else
        crypto_aead_xchacha20poly1305_ietf_encrypt_detached(page, tag, nullptr, page, bytes, ad, sizeof ad, nullptr,
                                                            nonce, k.pages.data());
}

bool openPage(const Keys &k, unsigned char *page, int size, char domain, quint64 number)
{
    unsigned char ad[9];
    putAd(ad, domain, number);
    unsigned char *nonce = page + size - kReserve;
    const unsigned char *tag = nonce + kNonceBytes;
    const auto bytes = size_t(size - kReserve);
    const int rc = k.cipher == Cipher::Aes256Gcm
        ? crypto_aead_aes256gcm_decrypt_detached_afternm(page, nullptr, page, bytes, tag, ad, sizeof ad, nonce, &k.aes)
        : crypto_aead_xchacha20poly1305_ietf_decrypt_detached(page, nullptr, page, bytes, tag, ad, sizeof ad, nonce,
                                                              k.pages.data());
    if (rc != 0)
        return false;
    std::memset(nonce, 0, kReserve); // SQLite's reserved bytes read as zero, as it wrote them
    return true;
}

// XChaCha20 from byte `offset` of the key stream (the stream is made of 64-byte blocks).
void xorStream(unsigned char *buf, qint64 len, qint64 offset, const unsigned char *nonce, const unsigned char *key)
{
    while (len > 0) {
        const quint64 block = quint64(offset) / 64;
        const int skip = int(offset % 64);
        if (skip == 0 && len >= 64) {
            const qint64 whole = len & ~qint64(63);
            crypto_stream_xchacha20_xor_ic(buf, buf, quint64(whole), nonce, block, key);
            buf += whole;
            len -= whole;
            offset += whole;
            continue;
        }
        unsigned char ks[64] = {};
        crypto_stream_xchacha20_xor_ic(ks, ks, 64, nonce, block, key);
        const int n = int(std::min<qint64>(64 - skip, len));
        for (int i = 0; i < n; ++i)
            buf[i] ^= ks[skip + i];
        sodium_memzero(ks, sizeof ks);
        buf += n;
        len -= n;
        offset += n;
    }
}

// A WAL frame header keeps its salts (bytes 8-15) in clear: they and the frame's
// number make the nonce that hides its page number, size and checksums.
void xorFrameHeader(const Keys &k, unsigned char *hdr, quint64 frame)
{
    unsigned char nonce[kNonceBytes] = {};
    std::memcpy(nonce, hdr + 8, 8);
    qToLittleEndian<quint64>(frame, nonce + 8);
    unsigned char ks[64] = {};
    crypto_stream_xchacha20_xor_ic(ks, ks, 64, nonce, 0, k.walHeaders.data());
    for (int i = 0; i < 8; ++i) {
        hdr[i] ^= ks[i];
        hdr[16 + i] ^= ks[16 + i];
    }
    sodium_memzero(ks, sizeof ks);
}

} // namespace tamkeen::storage::crypt::detail
