#pragma once
// The devices of the organisation as sync sees them (administrators' Devices
// screen): the last package from each, flags (clock ahead, missing changes),
// and revocation, which itself syncs so every copy refuses the device.
#include "common/Result.h"
#include "security/Session.h"

#include <QCoreApplication>
#include <QDateTime>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::sync {

struct SyncDevice {
    QByteArray id;
    int number = 0;
    QString name;
    QString centre;
    QString scope; // what it receives (sync/Scope.h): "centre", "region" or "all"
    bool thisDevice = false;
    QDateTime lastPackageAt;
    QString lastPackage;
    QDateTime clockAheadAt; // when a time too far ahead was last capped
    QDateTime refusedAt;    // when changes it sent were last refused (forged, unsigned, forked …)
    QString refusedReason;  // why (the first reason in that package): a code, Refusals::text shows it
    qint64 refusedCount = 0; // how many changes that package had refused; 0: the package as a whole
    qint64 missing = 0;     // changes missing from its sequence
    bool revoked = false;
    QString revokedReason;
    // Another device (neither revoked nor archived) has the same number: two
    // administrators reserved it offline. The one with the smallest id keeps
    // it; the others number new files with a letter (fileNumberPart, "05B").
    bool sharesNumber = false;
    QString fileNumberPart; // "05", or "05B" …
};

// One export or import, for the history on the Sync screen.
struct SyncEvent {
    QDateTime at; // UTC
    QString direction; // export or import
    QString file;
    QString peerName;  // the other device, when known
    qint64 entries = 0, newRows = 0, updated = 0, unchanged = 0, conflicts = 0, waiting = 0;
    QString refused;   // why, when refused
};

class SyncDevices {
    Q_DECLARE_TR_FUNCTIONS(SyncDevices)
public:
    explicit SyncDevices(storage::Database &db) : m_db(db) {}

    Result<QList<SyncDevice>> list();
    // Administrators only; packages the device makes from now on are refused,
    // and the organisation key changes (sync/Rotation): the device cannot read
    // what the others make from now on.
    Status revoke(const security::Session &by, const QByteArray &deviceId, const QString &reason);
    // When this copy last exported or imported successfully (invalid: never).
    Result<QDateTime> lastSync();
    Result<QList<SyncEvent>> history(int limit = 200);
    // A readable name for a synced row: a file number, a person's or an
    // organisation's name; empty when the table has none or the row is not here.
    Result<QString> recordName(const QString &table, const QByteArray &rowId);

private:
    storage::Database &m_db;
};

// The synced data, without the sync bookkeeping, as sorted and stable text:
// two copies that have seen the same packages print the same.
Status writeCanonicalDump(storage::Database &db, QIODevice &out);
// One value as the dump writes it: NULL, a number, x'hex' bytes or a JSON string
// (tamkeen-hub's dump of PostgreSQL writes the same).
QByteArray canonicalValue(const QVariant &value);
// A credential column's value (storage::isSecret) as the dump writes it: '#' and its digest's hex.
QByteArray canonicalSecret(const QVariant &value);

} // namespace tamkeen::sync
