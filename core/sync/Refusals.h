#pragma once
// Why entries of a package were refused: stable codes, stored as they are
// (sync_refused.reason, sync_peers.refused_reason, the keys of
// sync_history.refusals and ImportSummary::refusedReasons) and translated
// only where shown, here, for the Devices screen and the CLI alike. The
// privileged-change codes are security::Privileges::k….
#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::sync {

namespace refusal {
inline constexpr char kRevoked[] = "revoked";               // made after its device's revocation
inline constexpr char kUnknownDevice[] = "unknown-device";  // sealed by a device this copy does not know
inline constexpr char kBadSignature[] = "bad-batch-signature"; // a batch its origin did not sign
inline constexpr char kDamagedBatch[] = "damaged-batch";    // signed, but not a run of its origin's entries
inline constexpr char kClock[] = "clock";                   // before the organisation, or far ahead
inline constexpr char kNotSealed[] = "not-sealed";          // a loose entry outside any batch
inline constexpr char kForked[] = "forked";                 // its device's numbers already hold other entries
inline constexpr char kOldKey[] = "old-key";                // made with the organisation's key before a rotation
inline constexpr char kErasedUnknown[] = "erased-unknown";  // words cut out for a row no erasure here covers
inline constexpr char kForeignCentre[] = "foreign-centre";  // a family registered for a centre not its device's
} // namespace refusal

// One entry refused for good (sync_refused): it counts as received.
struct RefusedChange {
    QByteArray device; // the entry's origin
    qint64 seq = 0;
    quint64 hlc = 0;
    QString table;
    QByteArray rowId;
    QByteArray author;
    QString reason;    // a code
    QByteArray sender; // the device whose package brought it
    QDateTime refusedAt;
};

class Refusals {
    Q_DECLARE_TR_FUNCTIONS(Refusals)
public:
    // The reason in the user's language; an unknown code is shown as it is.
    static QString text(const QString &code);
    // "3 × reason, 1 × reason", in the user's language.
    static QString summary(const QMap<QString, qint64> &counts);
    // The entries refused for good, the latest first (at most `limit`).
    static Result<QList<RefusedChange>> list(storage::Database &db, int limit = 1000);
};

} // namespace tamkeen::sync
