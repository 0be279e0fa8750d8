#pragma once
// The organisation's sync key and this device's signing keys. Packages are
// encrypted with the organisation key (every member device holds it; without
// it a device can neither read nor write packages) and signed with the
// sender's Ed25519 key. The first installation makes a new organisation; the
// others start from an enrolment file an administrator makes (sync/Enrolment).
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
    static Result<Organisation> organisation(storage::Database &db);
    // This device's signing keys, made on first use.
    static Result<DeviceKeys> deviceKeys(storage::Database &db);
};

} // namespace tamkeen::sync
