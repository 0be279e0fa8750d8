#pragma once
// Making encrypted database files: a new one, and a plain one from an earlier
// version converted in its place (docs/encryption.md, "Conversion").
#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <functional>

struct sqlite3;

namespace tamkeen::storage::crypt {

class EncryptedFile {
    Q_DECLARE_TR_FUNCTIONS(EncryptedFile)
public:
    enum class State { Missing, Plain, Encrypted, Locked };
    // What the file at `path` is, without reading any of its pages.
    static State stateOf(const QString &path);

    // A new, empty encrypted file with a new random key, registered in this
    // process; readable and writable by its owner only.
    static Result<QByteArray> create(const QString &path);
    // Writes the key slots of an encrypted copy (security::FileKeys::writeSlots):
    // how many it holds.
    using SlotWriter = std::function<Result<int>(::sqlite3 *copy)>;
    using SlotCounter = std::function<int(const QString &path)>;
    // Converts the plain SQLite file at `path` into an encrypted one, in its
    // place: written beside it under an exclusive lock, checked, given its key
    // slots, renamed over it. The plain copy is left as NAME.plain for
    // recover() to wipe. Its key is registered. Refused, the file unchanged,
    // when no slot could be made.
    static Status convert(const QString &path, const SlotWriter &writeSlots);
    // Finishes or undoes a conversion that a crash cut short; nothing to do
    // when none was under way. A plain copy left beside the encrypted file is
    // overwritten with zeros and removed once the file has a slot (`slotCount`).
    static Status recover(const QString &path, const SlotCounter &slotCount);

    // Tests only: whether new databases are made encrypted (the default).
    static void setEncryptNewFiles(bool encrypt);
    static bool encryptNewFiles();

    static QString convertingPath(const QString &path) { return path + QStringLiteral(".encrypting"); }
    static QString plainPath(const QString &path) { return path + QStringLiteral(".plain"); }
};

} // namespace tamkeen::storage::crypt
