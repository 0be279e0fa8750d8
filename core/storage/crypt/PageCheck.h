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

} // namespace tamkeen::storage::crypt
