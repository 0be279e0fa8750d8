#pragma once
// One file opened through the VFS (CryptVfs.cpp) and how each kind is read and
// written (CryptFileIo.cpp): the main database's sealed pages behind its
// header, the log's sealed frames, journals and temporary files as streams.
#include "storage/crypt/Sealing.h"
#include "storage/crypt/WriteBehind.h"

#include <QByteArray>
#include <memory>
#include <string>
#include <vector>
#include <sqlite3.h>

namespace tamkeen::storage::crypt::detail {

using KeysPtr = std::shared_ptr<const Keys>;

inline constexpr int kWalHeader = 32;
inline constexpr int kFrameHeader = 24;
inline constexpr int kJournalPrefix = 32; // 8 bytes of name, then the file's nonce
inline constexpr qint64 frameSize() { return kFrameHeader + kPageSize; }

enum class Kind { Plain, MainDb, Wal, Journal, Temp };

struct CryptFile {
    sqlite3_file base; // must come first: SQLite sees a sqlite3_file
    sqlite3_file *real = nullptr;
    Kind kind = Kind::Plain;
    bool locked = false;    // an encrypted main file whose key is not known
    KeysPtr keys;
    QByteArray fileId;
    std::string mainName;   // registered as an open main file (main files only)
    qint64 prefix = 0;      // bytes before SQLite's offset 0: the header, the journal's nonce
    bool hasNonce = false;  // journals: the nonce prefix is written
    std::array<unsigned char, kKeyBytes> streamKey{};
    std::array<unsigned char, kNonceBytes> streamNonce{};
    std::vector<unsigned char> page; // one page of scratch space
    std::unique_ptr<WriteBehind> behind; // a new main file's pages sealed on a second thread
    // A temporary file held in memory until it outgrows kTempHeld (TempFile.cpp).
    std::unique_ptr<unsigned char[]> held;
    sqlite3_int64 heldSize = 0, heldCapacity = 0;
    bool spilled = false;
};

inline CryptFile *self(sqlite3_file *f) { return reinterpret_cast<CryptFile *>(f); }
inline sqlite3_file *real(sqlite3_file *f) { return self(f)->real; }

// The keys registered for a file id (CryptVfs.cpp); null when none.
KeysPtr lookupKeys(const QByteArray &fileId);
// The file's keys, looked up again while it is locked: a login may have
// registered them since it was opened.
bool ensureKeys(CryptFile *f);

int mainRead(CryptFile *f, unsigned char *out, int amt, sqlite3_int64 off);
int mainWrite(CryptFile *f, const unsigned char *in, int amt, sqlite3_int64 off);
// The same, sealed and written on the file's second thread (WriteBehind).
int behindWrite(CryptFile *f, const unsigned char *in, int amt, sqlite3_int64 off);
int walRead(CryptFile *f, unsigned char *out, int amt, sqlite3_int64 off);
int walWrite(CryptFile *f, const unsigned char *in, int amt, sqlite3_int64 off);
int streamRead(CryptFile *f, unsigned char *out, int amt, sqlite3_int64 off);
int streamWrite(CryptFile *f, const unsigned char *in, int amt, sqlite3_int64 off);

// Temporary files (statement journals, sorts): in memory up to kTempHeld
// each and kTempHeldInAll for the process, then sealed as a stream in the
// file itself, as before (TempFile.cpp).
inline constexpr sqlite3_int64 kTempHeld = 8 * 1024 * 1024;
inline constexpr sqlite3_int64 kTempHeldInAll = 64 * 1024 * 1024;
int tempRead(CryptFile *f, unsigned char *out, int amt, sqlite3_int64 off);
int tempWrite(CryptFile *f, const unsigned char *in, int amt, sqlite3_int64 off);
int tempTruncate(CryptFile *f, sqlite3_int64 size); // SQLITE_NOTFOUND: spilled, truncate the file
bool tempSize(const CryptFile *f, sqlite3_int64 *size); // false: spilled, ask the file
void tempForget(CryptFile *f);

} // namespace tamkeen::storage::crypt::detail
