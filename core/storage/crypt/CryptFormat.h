#pragma once
// The layout of an encrypted Tamkeen database (docs/encryption.md): a header
// of kHeaderSize bytes (what the file is, its id, a check of its key, and the
// key slots that open it), then SQLite's pages, each sealed with the cipher
// the header names (AES-256-GCM where the processor has it, XChaCha20-Poly1305
// elsewhere) in the kReserve bytes SQLite leaves free at its end.
#include <QByteArray>
#include <QtGlobal>
#include <optional>

namespace tamkeen::storage::crypt {

inline constexpr char kMagic[16] = "Tamkeen-crypt-1"; // 15 characters and a NUL
// Version 1: pages sealed with XChaCha20-Poly1305, no cipher named (what the
// first builds read, and still what an XChaCha20-Poly1305 file is written as);
// version 2 names its cipher (AES-256-GCM files). Both are read.
inline constexpr int kFormatVersion = 2;
inline constexpr int kPageSize = 4096;
inline constexpr int kNonceBytes = 24;
inline constexpr int kTagBytes = 16;
inline constexpr int kReserve = kNonceBytes + kTagBytes;
inline constexpr int kKeyBytes = 32;
inline constexpr int kFileIdBytes = 16;
// 4 KiB of description, then two copies of the key slots (written in turn, so
// that a write torn by a power cut leaves the other one whole).
inline constexpr qint64 kHeaderSize = 1 << 20;
inline constexpr qint64 kMetaSize = 4096;
inline constexpr qint64 kSlotAreaSize = (kHeaderSize - kMetaSize) / 2;

// The AEAD that seals a file's pages, named in its header. AES-256-GCM opens
// a page in two thirds of XChaCha20-Poly1305's time on processors with AES
// instructions (libsodium 1.0.18 offers it only there); its 96-bit nonces are
// random, which holds for far more page writes than a laptop makes
// (docs/encryption.md, "Ciphers").
enum class Cipher : quint32 { XChaCha20Poly1305 = 1, Aes256Gcm = 2 };
bool cipherAvailable(Cipher cipher);
// The cipher new files are sealed with: AES-256-GCM when this processor has it.
Cipher preferredCipher();
// Tests only: the cipher new files get, and a processor without AES.
void setNewFileCipherForTests(std::optional<Cipher> cipher);
void setAesUnavailableForTests(bool unavailable);

// Keys derived from the database key, one per use, so that no two uses share one.
enum class SubKey : quint64 { Pages = 1, WalHeaders = 2, Journal = 3, Check = 4, PagesAes = 5 };
void deriveKey(const unsigned char *master, SubKey which, unsigned char *out);

struct FileHeader {
    int version = 0;
    int pageSize = 0;
    int reserve = 0;
    qint64 headerSize = 0;
    QByteArray fileId;   // kFileIdBytes, random: names the file's key in memory
    QByteArray keyCheck; // 32 bytes: tells a wrong key from a damaged page
    Cipher cipher = Cipher::XChaCha20Poly1305;
};

bool hasMagic(const char *bytes, qint64 size);
// The header of a file; false when the bytes are not one this version reads.
bool parseHeader(const QByteArray &meta, FileHeader &out);
// The kMetaSize bytes that start a new encrypted file.
QByteArray makeHeader(const QByteArray &fileId, const QByteArray &key, Cipher cipher);
QByteArray keyCheck(const QByteArray &key, const QByteArray &fileId);

} // namespace tamkeen::storage::crypt
