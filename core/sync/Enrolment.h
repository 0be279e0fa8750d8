#pragma once
// Enrolment (docs/trust.md): an administrator's copy reserves a device number,
// makes the new laptop's identity and signing keys, and writes an enrolment
// file a new installation starts from. The file holds, sealed with a
// passphrase (Argon2id, then XSalsa20-Poly1305), the organisation's key
// material, the new device's id and secret key, and the organisation's
// identities (centres, users, devices, revocations); the whole file is signed
// by the enrolling device.
#include "common/Result.h"
#include "security/Session.h"
#include "sync/SyncKeys.h"

#include <QCoreApplication>
#include <QList>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::sync {

struct EnrolRequest {
    QString name;       // e.g. "Laptop 7"
    QString centreCode; // a centre this copy knows
    int number = 0;     // 0: the next free number
    // What it receives (sync/Scope.h): its centre's households, its region's,
    // or everything (a hub).
    QString scope = QStringLiteral("centre");
};

struct EnrolledDevice {
    QByteArray id;
    int number = 0;
    QString name;
};

struct EnrolCentre {
    QString code;
    QString name;
};

// Devices (not revoked, not archived) that share one number.
struct DuplicateNumber {
    int number = 0;
    QList<QByteArray> devices; // smallest id first: that one keeps the number
};

class Enrolment {
    Q_DECLARE_TR_FUNCTIONS(Enrolment)
public:
    static constexpr int kMaxNumber = 999;

    // Administrators only. Reserves the number (its devices row, which syncs)
    // and writes the enrolment file; nothing is kept when either fails.
    static Result<EnrolledDevice> enrol(storage::Database &db, const security::Session &by, const EnrolRequest &request,
                                        const QString &path, const QString &passphrase,
                                        KdfCost cost = KdfCost::Standard);
    // Starts an empty database from an enrolment file: the organisation, this
    // device's identity and keys, and the identities, in one transaction.
    static Status join(storage::Database &db, const QString &path, const QString &passphrase);

    // The centres a laptop can be enrolled in, by name.
    static Result<QList<EnrolCentre>> centres(storage::Database &db);
    // The smallest number no device row this copy knows has (archived and
    // revoked ones included: their numbers are printed on files).
    static Result<int> nextFreeNumber(storage::Database &db);
    // Numbers shared by devices that are neither revoked nor archived.
    static Result<QList<DuplicateNumber>> duplicateNumbers(storage::Database &db);
    // What a device puts after its centre code in new file numbers: its number
    // ("03"), with a letter when another device kept that number ("03B", "03C",
    // by id order; docs/sync-format.md, "Device numbers").
    static Result<QString> fileNumberPart(storage::Database &db, const QByteArray &deviceId);
    static QString fileNumberPart(int number, int rank);
    // This device's household counter past every file number of its prefix
    // that reached it (a restored copy's, a snapshot's, a shared number's).
    static Status raiseFileCounter(storage::Database &db);
};

} // namespace tamkeen::sync
