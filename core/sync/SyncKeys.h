#pragma once
// The organisation's sync key and this device's signing keys. Packages are
// encrypted with the organisation key (every member device holds it; without
// it a device can neither read nor write packages) and signed with the
// sender's Ed25519 key. The first installation makes a new organisation; the
// others join from a key file an administrator exports, sealed with a
// passphrase (Argon2id, then XSalsa20-Poly1305).
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

// How hard the passphrase is stretched: standard for real key files, minimal
// in tests (the file records which was used).
enum class KdfCost { Standard, Minimal };

class SyncKeys {
    Q_DECLARE_TR_FUNCTIONS(SyncKeys)
public:
    static constexpr int kMinPassphrase = 10;

    // The organisation, made on first use when this installation has none.
    static Result<Organisation> organisation(storage::Database &db);
    // This device's signing keys, made on first use.
    static Result<DeviceKeys> deviceKeys(storage::Database &db);

    static Status exportKeyFile(storage::Database &db, const QString &path, const QString &passphrase,
                                KdfCost cost = KdfCost::Standard);
    // Whether this copy made or used an old key file. Such copies each made
    // their own first administrator, whom no other copy can believe: their
    // imports do not check privileged changes by author (docs/trust.md). The
    // key file goes with enrolment (issue 13 §1), and this with it.
    static bool joinedByKeyFile(storage::Database &db);
    // Joins the organisation of the key file. Refused once this installation
    // has exchanged packages in another organisation.
    static Status join(storage::Database &db, const QString &path, const QString &passphrase);
};

} // namespace tamkeen::sync
