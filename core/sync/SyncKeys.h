#pragma once
// The organisation's sync key and this device's signing keys. Packages are
// encrypted with the organisation key (every member device holds it; without
// it a device can neither read nor write packages) and signed with the
// sender's Ed25519 key. The first installation makes a new organisation; the
// others start from an enrolment file an administrator makes (sync/Enrolment).
// The two secrets are kept in the file's vault (security::Vault), which a
// login opens: every read and write of them is here.
#include "common/Result.h"

#include <QCoreApplication>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::sync {

struct Organisation {
    QByteArray id;  // 16 bytes, in every package header
    QByteArray key; // 32 bytes, crypto_secretstream key
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
    // This device's signing keys, made on first use; PermissionDenied while locked.
    static Result<DeviceKeys> deviceKeys(storage::Database &db);
    // Keeps an organisation and device keys received in an enrolment, in the
    // vault (which must be open); call inside the joining transaction.
    static Status adopt(storage::Database &db, const Organisation &org, const DeviceKeys &keys);
};

} // namespace tamkeen::sync
