#pragma once
// Confidential notes sealed to the clinic (issue 15 §2, docs/encryption.md
// "Confidential notes"). A counsellor or supervisor makes the clinic's X25519
// key pair once (a signed, synced row of clinical_keys); its secret half is
// sealed to every active counsellor's and supervisor's own key and to the
// organisation's recovery key (clinical_key_slots, synced). A confidential
// value is stored as «tk-sealed:1:» + base64(key id | crypto_box_seal), which
// anyone may write, or, by a writer who holds the key, «tk-sealed:2:» +
// base64(key id | nonce | XChaCha20-Poly1305 under a key derived from it),
// which opens without X25519; only those holding a slot open either. A field worker's laptop, the
// database's bytes once unlocked, and every sync package carry only that.
#include "common/Result.h"
#include "security/Session.h"

#include <QCoreApplication>
#include <QHash>
#include <QVariant>
#include <optional>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::clinic {

class ClinicalKeys {
    Q_DECLARE_TR_FUNCTIONS(ClinicalKeys)
public:
    static bool isSealed(const QVariant &stored);

    // `plain` sealed to the clinic's current key; null and empty stay as they
    // are. An error when no key exists yet (a counsellor's login makes one).
    static Result<QVariant> seal(storage::Database &db, const QVariant &plain);
    // What `reader` may read of a stored value: a plain value as it is; a
    // sealed one opened with the keys `reader` opened at login; nullopt when
    // they hold none that opens it (or may not read confidential notes).
    static std::optional<QString> open(const storage::Database &db, const security::Session &reader,
                                       const QVariant &stored);

    // At a counsellor's or supervisor's login (UserService::login): opens the
    // keys sealed to them and keeps them in memory (Database::clinicalKeys).
    // Reads only. Nothing for other roles.
    static Status unlock(storage::Database &db, const security::Session &session);
    // After a counsellor's or supervisor's login in the app (writes, so not in
    // every CLI login): makes the clinic's key if there is none; seals every
    // key they hold for the counsellors and supervisors who lack it (and the
    // recovery key), and takes away the slots of users who are neither any
    // more. The first confidential note written makes the key too (seal()).
    static Status maintain(storage::Database &db, const security::Session &session);
    // After maintain(), once per laptop: seals the notes written on this
    // computer in clear before there was a key. It reads every session
    // (seconds at a million), so the app runs it on a connection of its own.
    static Status sealNotesFromBefore(storage::Database &db, const security::Session &session);
    // Whether `reader` opened at least one key (so sealed notes can be read here).
    static bool isOpen(const storage::Database &db, const security::Session &reader);

    // The recovery key (FileKeys::makeRecoveryKey's secret, hex) seals every
    // clinic key it opens for `userId`, when every counsellor's password is lost.
    // An administrator's change (signed with `by`'s key).
    static Result<int> grantWithRecoveryKey(storage::Database &db, const security::Session &by,
                                            const QString &recoveryKey, const QByteArray &userId);
};

} // namespace tamkeen::clinic
