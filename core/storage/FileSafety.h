#pragma once
// Small file operations the database's own files need: a path as shown inside
// a sentence, a file overwritten before it is removed, a folder's renames made
// durable, and permissions for the owner only.
#include <QString>

namespace tamkeen::storage {

// The path in the platform's separators, isolated left to right so that it
// reads whole inside an Arabic sentence.
QString shownPath(const QString &path);

// Overwrites the file with zeros before removing it, so that its bytes do not
// stay in its blocks (best effort: a flash drive may keep copies). True when
// the file is gone.
bool wipeFile(const QString &path);

// Makes the renames in the file's folder durable (POSIX: fsync of the
// folder); Windows journals them itself.
void syncFolderOf(const QString &path);

// Writes the file's bytes through to the disk (POSIX fsync); false when it
// could not be opened or synced.
bool syncFile(const QString &path);

// Readable and writable by the owner only: other accounts on the laptop have
// no business with a database, its backups or its exports.
bool makeOwnerOnly(const QString &path);

} // namespace tamkeen::storage
