#pragma once
// The layout of an encrypted Tamkeen database (docs/encryption.md): a header
// of kHeaderSize bytes (what the file is, its id, a check of its key, and the
// key slots that open it), then SQLite's pages, each sealed with
// XChaCha20-Poly1305 in the kReserve bytes SQLite leaves free at its end.
#include <QByteArray>
#include <QtGlobal>

namespace tamkeen::storage::crypt {

inline constexpr char kMagic[16] = "Tamkeen-crypt-1"; // 15 characters and a NUL
inline constexpr int kFormatVersion = 1;
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

// Keys derived from the database key, one per use, so that no two uses share one.
enum class SubKey : quint64 { Pages = 1, WalHeaders = 2, Journal = 3, Check = 4 };
void deriveKey(const unsigned char *master, SubKey which, unsigned char *out);

struct FileHeader {
    int version = 0;
    int pageSize = 0;
    int reserve = 0;
    qint64 headerSize = 0;
    QByteArray fileId;   // kFileIdBytes, random: names the file's key in memory
    QByteArray keyCheck; // 32 bytes: tells a wrong key from a damaged page
};

bool hasMagic(const char *bytes, qint64 size);
// The header of a file; false when the bytes are not one this version reads.
bool parseHeader(const QByteArray &meta, FileHeader &out);
// The kMetaSize bytes that start a new encrypted file.
QByteArray makeHeader(const QByteArray &fileId, const QByteArray &key);
QByteArray keyCheck(const QByteArray &key, const QByteArray &fileId);

} // namespace tamkeen::storage::crypt
