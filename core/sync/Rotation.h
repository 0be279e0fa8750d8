#pragma once
// Key rotation on revocation (docs/trust.md, "Key rotation"). Revoking a
// device starts a new key epoch: a random key, sealed (crypto_box_seal) to
// every other member device's key, in a rotation record the revoking
// administrator signs with their user key. Packages carry the records of
// their epoch in the clear header; a copy that meets a newer epoch checks the
// records, opens its own seal and adopts the key. Two rotations made offline
// to the same epoch are both kept: the epoch's key is derived from the keys of
// all its records, so a device revoked by either has no way to it.
#include "common/Result.h"
#include "sync/SyncKeys.h"

#include <QCoreApplication>
#include <QList>
#include <optional>
#include <utility>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::sync {

struct RotationRecord {
    QByteArray orgId;
    int epoch = 0;
    QByteArray signer;         // the administrator (user id)
    QList<QByteArray> revoked; // every device revoked as far as the signer knew, sorted
    QList<std::pair<QByteArray, QByteArray>> seals; // device id, the key sealed to that device
    quint64 hlc = 0;           // when it was made, on `device`: the signer is judged as of then
    QByteArray device;         // the device it was made on
    QByteArray signature;      // Ed25519 by the signer's user key over signedBytes()

    QByteArray signedBytes() const;
    QByteArray encode() const;
    static std::optional<RotationRecord> decode(const QByteArray &bytes);
};

class Rotation {
    Q_DECLARE_TR_FUNCTIONS(Rotation)
public:
    // How a package's key epoch stands against ours (Result error codes):
    // Conflict: made with an old key (the sender missed a key change);
    // PermissionDenied: this copy was given no key in a newer record;
    // Corrupt: a record not signed by an administrator, or altered.
    //
    // The organisation to read a package of `epoch` carrying `records` with,
    // adopting (and keeping) a newer epoch, or more records of ours, when
    // every record checks out. `sender` names the sending device in messages.
    static Result<Organisation> forPackage(storage::Database &db, int epoch, const QList<QByteArray> &records,
                                           const QString &sender);
    // A new epoch after a revocation, made and adopted here, signed by the
    // connection's user (Database::signingKey). In the caller's transaction.
    static Status rotate(storage::Database &db);
    // Rotates again when a device this copy knows is revoked can open every
    // record of the current epoch: an administrator who had not heard of its
    // revocation made a later epoch with a seal for it. Needs an
    // administrator's key on this connection; without one, does nothing.
    static Status renewIfLeaked(storage::Database &db);
    // The key of an epoch: derived from every record's key, in the order of
    // the records' hashes (the same on every copy).
    static QByteArray epochKey(const QList<EpochRecord> &records);
};

} // namespace tamkeen::sync
