#pragma once
// A SQLite VFS on top of the platform's own, made the process's default
// (docs/encryption.md). A database that starts with the Tamkeen header has its
// pages sealed with its key, and so have its write-ahead log and journals;
// SQLite's temporary files (sorts, statement journals) are encrypted with a
// key made for each and forgotten with it. A plain SQLite file passes through
// untouched (the conversion reads one). Keys are registered by file id, in
// memory only, once a login has opened a key slot.
#include "storage/crypt/CryptFormat.h"

#include <QByteArray>

struct sqlite3;

namespace tamkeen::storage::crypt {

// Registers the VFS as SQLite's default; safe to call again, from any thread.
void ensureVfs();

// The database key for the file whose header carries `fileId` and names
// `cipher`, from now on; false (nothing registered) when this processor
// cannot run that cipher.
bool addKey(const QByteArray &fileId, const QByteArray &key, Cipher cipher);
void forgetKey(const QByteArray &fileId);
bool hasKey(const QByteArray &fileId);
QByteArray keyFor(const QByteArray &fileId); // empty when none

enum class FileMode { Plain = 0, Encrypted = 1, Locked = 2 };
// What the connection's main file is, through the VFS.
FileMode modeOf(sqlite3 *db);
// The header bytes (kHeaderSize) of the connection's main file, read and
// written through the handle SQLite holds (on POSIX systems, closing a second
// handle to the file would drop the connection's locks).
bool readHeader(sqlite3 *db, QByteArray &out);
bool writeHeader(sqlite3 *db, qint64 offset, const QByteArray &bytes);

// From now on the connection's new encrypted main file has its pages sealed
// and written on a second thread (a backup's copy: only for a file no other
// connection uses until this one closes). False for a plain or locked file.
bool writeBehind(sqlite3 *db);

// SQLite's extended codes for "this page was not sealed with this key" and
// "the file is encrypted and no key is known".
int damagedCode();
int lockedCode();

} // namespace tamkeen::storage::crypt
