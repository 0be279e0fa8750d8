#pragma once
// The columns that name or describe a person in their own words: names, ID
// and phone numbers, the address, the date of birth, and every free-text
// note. An erasure (registry::Erasure) blanks them on every copy, and a
// format-2 sealed batch carries them apart from the rest of each entry so
// that they can be cut out of it (sync::batches). Codes (sex, relation,
// status), amounts and dates of events stay: the anonymous skeleton that the
// indicators still count. Privileged tables have none: their entries are
// their authors' to sign whole.
#include <QString>
#include <QStringList>
#include <QVariant>

namespace tamkeen::storage {

const QStringList &personalColumns(const QString &table);
bool isPersonal(const QString &table, const QString &column);
// What an erased value becomes: '' for a column that cannot be NULL, else NULL.
QVariant blankValue(const QString &table, const QString &column);
bool isBlank(const QString &table, const QString &column, const QVariant &value);

// Credentials: what would let someone who holds a copy try passwords offline
// and open a user's keys (password hashes, wrapped and sealed keys). Every
// copy's file is encrypted at rest; a hub's PostgreSQL (and its backups) is
// not, so it keeps only their digest, and the canonical dump of any copy
// writes the digest too (secretDigest), so the two still compare.
bool isSecret(const QString &table, const QString &column);
// BLAKE2b-256 of the value's bytes (text as UTF-8); null stays null.
QByteArray secretDigest(const QVariant &value);

} // namespace tamkeen::storage
