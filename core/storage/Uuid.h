#pragma once
// UUIDv7 (RFC 9562): 48-bit Unix milliseconds, then random bits. Keys made on
// different offline laptops never collide, and new keys sort roughly by time,
// which keeps SQLite's B-tree inserts near the end of the index.
#include <QByteArray>
#include <QString>

namespace tamkeen::storage {

// 16 raw bytes, as stored in BLOB key columns.
QByteArray newUuidV7();
QByteArray newUuidV7(qint64 unixMillis);

// A fixed key derived from a name (BLAKE2b), for rows that every device must
// create with the same key, such as one organisation setting.
QByteArray stableId(const QString &name);

// "0190f5c2-7d1a-7c3e-9b2f-0a1b2c3d4e5f"; empty for anything but 16 bytes.
QString uuidToString(const QByteArray &bytes);
// The inverse; an empty array when the text is not a UUID.
QByteArray uuidFromString(const QString &text);

} // namespace tamkeen::storage
