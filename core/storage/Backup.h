#pragma once
// Backups of the database file (docs/backups.md): a copy made through
// SQLite's backup API from one consistent snapshot, while the database stays
// in use; encrypted with a key of its own, with the key slots of the same
// users and recovery key, so that it opens with the same passwords as the
// database it came from, and no other. Restoring puts one back in place.
#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

struct sqlite3;

namespace tamkeen::storage {

class Database;

class Backup {
    Q_DECLARE_TR_FUNCTIONS(Backup)
public:
    // Writes a backup of the open database to `out`, which must not exist yet.
    // The bytes go to `out`.part, are read back whole and given their key
    // slots before they take the name: a failure (a full disk, a removed USB
    // stick) leaves no file at `out`. Readable by its owner only.
    static Status write(Database &db, const QString &out);
    // The same from a raw connection (a backup being restored).
    static Status write(::sqlite3 *source, const QString &out);

    // Puts the backup at `from` in the place of the database at `target`.
    // Both must be open to this process (their keys unlocked: the same
    // passwords open both). A database already at `target` is first backed up
    // beside it (returned: NAME.before-restore-YYYYMMDD-HHMMSS), then
    // overwritten through the backup API in one transaction, so it is never
    // half restored; with no database there, the backup is copied to `target`.
    // The backup itself is not changed. Open `target` with Database::open
    // afterwards: it migrates an older backup and refreshes the key slots.
    static Result<QString> restore(const QString &from, const QString &target);

    static QString partPath(const QString &out) { return out + QStringLiteral(".part"); }
};

} // namespace tamkeen::storage
