#pragma once
// Reading an encrypted file back without SQLite: every page opened with its
// seal (a copy checked after it was written, docs/backups.md).
#include <QString>

namespace tamkeen::storage::crypt {

// True when the key of the encrypted file at `path` is registered, every page
// opens with its seal (a bit changed anywhere fails it), and the file holds
// exactly the pages that its page 1 counts. Reads on two threads, each half
// of the pages.
bool allPagesOpen(const QString &path);

// SQLite never writes the page holding the byte at 1 GiB, which its locks use
// (its file format, 1.3): in a larger file it is a hole, not a sealed page.
inline constexpr qint64 kLockBytePage = 0x40000000 / 4096 + 1;
// The same, with the page left unwritten named (tests: a file of 1 GiB is too big for one).
bool allPagesOpen(const QString &path, qint64 unwrittenPage);

} // namespace tamkeen::storage::crypt
