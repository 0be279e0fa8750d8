#pragma once
// The organisation's sync key and this device's signing keys. Packages are
// encrypted with the organisation key (every member device holds it; without
// it a device can neither read nor write packages) and signed with the
// sender's Ed25519 key. The first installation makes a new organisation; the
// others start from an enrolment file an administrator makes (sync/Enrolment).
// The organisation key changes when a device is revoked (sync/Rotation). The
// secrets (the organisation key, the keys of its rotation records, the device's
// signing key) are kept in the file's vault (security::Vault), which a login
// opens: every read and write of them is here.
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::sync {

struct Organisation {
    QByteArray id;  // 16 bytes, in every package header
    QByteArray key; // 32 bytes, crypto_secretstream key of the current epoch
    int epoch = 0;  // 0 at creation, one more at each rotation (docs/trust.md)
    QList<QByteArray> rotation; // the signed rotation records of that epoch, as they travel (none at 0)
};

// A rotation record of the current epoch and the key it gave this device.
struct EpochRecord {
    QByteArray record; // as it travels
    QByteArray key;    // 32 bytes
};

struct DeviceKeys {
    QByteArray publicKey; // 32 bytes
    QByteArray secretKey; // 64 bytes
};

// How hard a passphrase is stretched: standard for real enrolment files,
// minimal in tests (the file records which was used).
enum class KdfCost { Standard, Minimal };

class SyncKeys {
    Q_DECLARE_TR_FUNCTIONS(SyncKeys)
public:
    static constexpr int kMinPassphrase = 10;

    // The organisation, made on first use when this installation has none.
    // PermissionDenied while the vault is locked (nobody logged in).
    static Result<Organisation> organisation(storage::Database &db);
    // The records of the current epoch with the keys they gave this device
    // (the epoch's key is derived from all of them: sync/Rotation).
    static Result<QList<EpochRecord>> epochRecords(storage::Database &db);
    // A new epoch (a rotation made here, or adopted from a package or an
    // enrolment file): its key and records replace the old ones.
    static Status replaceOrganisationKey(storage::Database &db, int epoch, const QByteArray &key,
                                         const QList<EpochRecord> &records);
    // This device's signing keys, made on first use; PermissionDenied while locked.
    static Result<DeviceKeys> deviceKeys(storage::Database &db);
    // Keeps an organisation (its epoch and records too) and device keys
    // received in an enrolment, in the vault (which must be open); call inside
    // the joining transaction.
    static Status adopt(storage::Database &db, const Organisation &org, const QList<EpochRecord> &records,
                        const DeviceKeys &keys);
};

} // namespace tamkeen::sync
