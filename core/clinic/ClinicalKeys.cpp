#include "clinic/ClinicalKeys.h"

#include "clinic/ClinicVocabulary.h"
#include "security/Roles.h"
#include "security/Sodium.h"
#include "security/UserKeys.h"
#include "storage/ChangeLog.h"
#include "storage/Database.h"
#include "storage/LocalState.h"
#include "storage/SyncedWriter.h"

#include <sodium.h>

#include <QSet>

using namespace Qt::StringLiterals;

namespace tamkeen::clinic {

namespace {

const QString kPrefix = u"tk-sealed:1:"_s;  // crypto_box_seal to the key's public half: anyone may write it
const QString kPrefix2 = u"tk-sealed:2:"_s; // by a holder of the key: XChaCha20-Poly1305 under a key derived from it
// local_state: 1 once this laptop's notes from before the key were sealed.
const QString kPlainNotesSealed = u"plain_notes_sealed"_s;
constexpr qsizetype kIdBytes = 16;
constexpr qsizetype kSecretBytes = crypto_box_SECRETKEYBYTES;

unsigned char *bytes(QByteArray &b) { return reinterpret_cast<unsigned char *>(b.data()); }
const unsigned char *bytes(const QByteArray &b) { return reinterpret_cast<const unsigned char *>(b.constData()); }

// The key new notes are sealed to: the oldest, so that two laptops that each
// made one before they synced agree on it afterwards.
Result<std::pair<QByteArray, QByteArray>> currentKey(storage::Database &db)
{
    std::pair<QByteArray, QByteArray> key;
    const Status s = db.read(u"SELECT id, public_key FROM clinical_keys WHERE deleted = 0 AND length(public_key) = ? "
                             "ORDER BY created_at, id LIMIT 1"_s,
                             {int(crypto_box_PUBLICKEYBYTES)}, [&](const storage::RawRow &r) {
                                 key = {r.blob(0), r.blob(1)};
                             });
    if (!s)
        return s.error();
    return key;
}

// The symmetric key of format 2, derived from a clinic key's secret half
// (BLAKE2b: well under a microsecond, so derived at each use and never kept
// beyond it; the ring itself is forgotten at lock and logout). Whoever holds
// the secret opens format 1 as well: no one more reads.
QByteArray notesKey(const QByteArray &secret)
{
    QByteArray k(crypto_aead_xchacha20poly1305_ietf_KEYBYTES, Qt::Uninitialized);
    crypto_kdf_derive_from_key(bytes(k), size_t(k.size()), 2, "tknotes2", bytes(secret));
    return k;
}

// `secret` sealed to an Ed25519 user key (as X25519), or to an X25519 key.
QByteArray sealSecret(const QByteArray &secret, const QByteArray &publicKey, bool ed25519)
{
    unsigned char x[crypto_box_PUBLICKEYBYTES];
    if (ed25519) {
        if (publicKey.size() != crypto_sign_PUBLICKEYBYTES || crypto_sign_ed25519_pk_to_curve25519(x, bytes(publicKey)) != 0)
            return {};
    } else {
        if (publicKey.size() != crypto_box_PUBLICKEYBYTES)
            return {};
        memcpy(x, publicKey.constData(), sizeof x);
    }
    QByteArray sealed(crypto_box_SEALBYTES + kSecretBytes, Qt::Uninitialized);
    crypto_box_seal(bytes(sealed), bytes(secret), quint64(secret.size()), x);
    return sealed;
}

// The clinic key's secret from a slot, checked against its public half: a
// slot a hostile copy filled with some other secret opens nothing.
QByteArray openSlot(const QByteArray &sealed, const unsigned char *xPublic, const unsigned char *xSecret,
                    const QByteArray &keyPublic)
{
    QByteArray secret(kSecretBytes, Qt::Uninitialized);
    unsigned char derived[crypto_box_PUBLICKEYBYTES];
    if (sealed.size() != crypto_box_SEALBYTES + kSecretBytes
        || crypto_box_seal_open(bytes(secret), bytes(sealed), quint64(sealed.size()), xPublic, xSecret) != 0
        || crypto_scalarmult_base(derived, bytes(secret)) != 0 || keyPublic.size() != crypto_box_PUBLICKEYBYTES
        || sodium_memcmp(derived, keyPublic.constData(), sizeof derived) != 0) {
        sodium_memzero(secret.data(), size_t(secret.size()));
        return {};
    }
    return secret;
}

bool isClinician(const QString &roleKey)
{
    const auto role = security::Roles::fromKey(roleKey);
    return role == security::Role::Counsellor || role == security::Role::Supervisor;
}

Status grantSlots(storage::Database &db, const QHash<QByteArray, QByteArray> &held);

Status makeKey(storage::Database &db)
{
    QByteArray pk(crypto_box_PUBLICKEYBYTES, '\0'), sk(kSecretBytes, '\0');
    crypto_box_keypair(bytes(pk), bytes(sk));
    storage::SyncedWriter writer(db);
    auto id = writer.insert(u"clinical_keys"_s, {{u"public_key"_s, pk}});
    if (!id) {
        sodium_memzero(sk.data(), size_t(sk.size()));
        return id.error();
    }
    // Everyone logged in on this connection whom it is sealed to holds it
    // now, as their next login would.
    QList<QByteArray> holders = db.keyHolders();
    holders << db.currentUser();
    for (const QByteArray &user : std::as_const(holders)) {
        auto role = db.scalar(u"SELECT role FROM users WHERE id = ? AND deleted = 0 AND active = 1"_s, {user});
        if (!role)
            return role.error();
        if (!isClinician(role.value().toString()))
            continue;
        QHash<QByteArray, QByteArray> keys = db.clinicalKeys(user);
        keys.insert(id.value(), sk);
        db.setClinicalKeys(user, keys);
    }
    return grantSlots(db, {{id.value(), sk}});
}

// Slots for the counsellors and supervisors (and the recovery key) who lack
// one for a key held here; the slots of anyone else taken away.
Status grantSlots(storage::Database &db, const QHash<QByteArray, QByteArray> &held)
{
    QHash<QByteArray, QByteArray> wanted; // user id (empty: recovery) -> public key
    Status s = db.read(u"SELECT id, role, public_key FROM users WHERE deleted = 0 AND active = 1 AND length(public_key) = ?"_s,
                       {int(crypto_sign_PUBLICKEYBYTES)}, [&](const storage::RawRow &r) {
                           if (isClinician(r.text(1)))
                               wanted.insert(r.blob(0), r.blob(2));
                       });
    if (!s)
        return s;
    auto recovery = db.scalar(u"SELECT value FROM org_settings WHERE key = 'recovery_public_key' AND deleted = 0"_s);
    if (!recovery)
        return recovery.error();
    const QByteArray recoveryKey = QByteArray::fromHex(recovery.value().toString().toLatin1());
    if (recoveryKey.size() == crypto_box_PUBLICKEYBYTES)
        wanted.insert(QByteArray(), recoveryKey);
    storage::SyncedWriter writer(db);
    for (auto key = held.cbegin(); key != held.cend(); ++key) {
        QSet<QByteArray> have;
        QList<QByteArray> stale;
        // A slot counts only if a counsellor or supervisor made it: one an
        // administrator's recovery or a hostile copy wrote may hold anything,
        // so a holder adds a good one beside it.
        s = db.read(u"SELECT s.id, ifnull(s.user_id, x''), s.user_public_key, u.role FROM clinical_key_slots s "
                    "LEFT JOIN users u ON u.id = s.created_by WHERE s.key_id = ? AND s.deleted = 0"_s,
                    {key.key()}, [&](const storage::RawRow &r) {
                        const QByteArray user = r.blob(1);
                        if (!wanted.contains(user) || wanted.value(user) != r.blob(2))
                            stale << r.blob(0);
                        else if (isClinician(r.text(3)))
                            have.insert(user);
                    });
        if (!s)
            return s;
        for (const QByteArray &slot : std::as_const(stale))
            if (Status w = writer.update(u"clinical_key_slots"_s, slot, {{u"deleted"_s, 1}, {u"sealed"_s, QByteArray(1, '\0')}}); !w)
                return w;
        for (auto user = wanted.cbegin(); user != wanted.cend(); ++user) {
            if (have.contains(user.key()))
                continue;
            const QByteArray sealed = sealSecret(key.value(), user.value(), !user.key().isEmpty());
            if (sealed.isEmpty())
                continue;
            auto added = writer.insert(u"clinical_key_slots"_s,
                                       {{u"key_id"_s, key.key()},
                                        {u"user_id"_s, user.key().isEmpty() ? QVariant() : QVariant(user.key())},
                                        {u"user_public_key"_s, user.value()},
                                        {u"sealed"_s, sealed}});
            if (!added)
                return added.error();
        }
    }
    return {};
}

// Notes written before there was a key, sealed now: only those whose latest
// change was made on this laptop (each laptop seals its own, so two never
// seal the same note differently and meet in a conflict).
struct Plain {
    QString table;
    QString select;   // id and the columns to seal, of the rows that may hold plain text
    QString idColumn; // to read one of them again
    QStringList columns;
};

// Notes written in clear before there was a key (by a version before
// sealed notes): only those whose latest change was made on this laptop
// (each laptop seals its own, so two never seal the same note differently
// and meet in a conflict). The rows are found first without holding the
// write lock (a read of every session: seconds at a million); each is read
// again and sealed in a transaction, so an edit made meanwhile is not undone.
Status sealPlainNotes(storage::Database &db)
{
    const QString unsealed = u"(%1 IS NOT NULL AND %1 <> '' AND %1 NOT LIKE 'tk-sealed:%')"_s;
    const QList<Plain> tables = {
        {u"sessions"_s,
         u"SELECT id, psych_notes, CASE WHEN confidential THEN needs END, CASE WHEN confidential THEN observations END, "
         "CASE WHEN confidential THEN recommendations END FROM sessions WHERE deleted = 0 AND (%1 OR (confidential AND (%2 OR %3 OR %4)))"_s
             .arg(unsealed.arg(u"psych_notes"_s), unsealed.arg(u"needs"_s), unsealed.arg(u"observations"_s),
                  unsealed.arg(u"recommendations"_s)),
         u"id"_s,
         {u"psych_notes"_s, u"needs"_s, u"observations"_s, u"recommendations"_s}},
        {u"session_amendments"_s,
         u"SELECT id, old_value, new_value FROM session_amendments WHERE deleted = 0 "
         "AND (confidential OR field = 'psych_notes') AND (%1 OR %2)"_s.arg(unsealed.arg(u"old_value"_s),
                                                                         unsealed.arg(u"new_value"_s)),
         u"id"_s,
         {u"old_value"_s, u"new_value"_s}},
        {u"agreed_actions"_s,
         u"SELECT a.id, a.description FROM agreed_actions a JOIN sessions s ON s.id = a.session_id "
         "WHERE a.deleted = 0 AND s.confidential AND %1"_s.arg(unsealed.arg(u"a.description"_s)),
         u"a.id"_s,
         {u"description"_s}},
    };
    QList<std::pair<qsizetype, QByteArray>> found; // table, row
    for (qsizetype i = 0; i < tables.size(); ++i)
        if (Status s = db.read(tables.at(i).select, {}, [&](const storage::RawRow &r) { found.append({i, r.blob(0)}); }); !s)
            return s;
    storage::SyncedWriter writer(db);
    // One row read again and sealed; nothing when it was sealed or removed meanwhile.
    const auto sealRow = [&](const Plain &t, const QByteArray &id) -> Status {
        QVariantList values;
        Status s = db.read(t.select + u" AND "_s + t.idColumn + u" = ?"_s, {id}, [&](const storage::RawRow &r) {
            for (int c = 0; c < t.columns.size(); ++c)
                values << r.value(c + 1);
        });
        if (!s || values.isEmpty())
            return s;
        auto versions = storage::fieldVersions(db, t.table, id);
        if (!versions)
            return versions.error();
        QVariantMap changes;
        for (int c = 0; c < t.columns.size(); ++c) {
            const QVariant &v = values.at(c);
            if (v.isNull() || v.toString().isEmpty() || ClinicalKeys::isSealed(v))
                continue;
            const auto version = versions.value().constFind(t.columns.at(c));
            if (version != versions.value().constEnd() && version->device != db.deviceId())
                continue;
            auto sealed = ClinicalKeys::seal(db, v);
            if (!sealed)
                return sealed.error();
            changes.insert(t.columns.at(c), sealed.value());
        }
        return writer.update(t.table, id, changes);
    };
    // A couple of hundred rows a transaction: a save in the window waits for
    // one batch at most, never for the whole sweep.
    constexpr qsizetype kBatch = 200;
    for (qsizetype from = 0; from < found.size(); from += kBatch) {
        const Status batch = db.transaction([&]() -> Status {
            for (qsizetype k = from; k < std::min(from + kBatch, found.size()); ++k)
                if (Status s = sealRow(tables.at(found.at(k).first), found.at(k).second); !s)
                    return s;
            return {};
        });
        if (!batch)
            return batch;
    }
    return {};
}

} // namespace

bool ClinicalKeys::isSealed(const QVariant &stored)
{
    if (stored.typeId() != QMetaType::QString)
        return false;
    const QString text = stored.toString();
    return text.startsWith(kPrefix) || text.startsWith(kPrefix2);
}

Result<QVariant> ClinicalKeys::seal(storage::Database &db, const QVariant &plain)
{
    if (plain.isNull() || plain.toString().isEmpty() || isSealed(plain))
        return plain;
    security::ensureSodium();
    auto key = currentKey(db);
    if (!key)
        return key.error();
    if (key.value().first.isEmpty() && db.inTransaction()) { // the first note: its counsellor makes the key
        auto role = db.scalar(u"SELECT role FROM users WHERE id = ? AND deleted = 0 AND active = 1"_s, {db.currentUser()});
        if (!role)
            return role.error();
        if (isClinician(role.value().toString()) && !db.signingKey().isEmpty()) {
            if (Status made = makeKey(db); !made)
                return made.error();
            key = currentKey(db);
            if (!key)
                return key.error();
        }
    }
    if (key.value().first.isEmpty())
        return makeError(ErrorCode::PermissionDenied,
                         tr("Confidential notes cannot be written on this computer yet: the clinic's key has not "
                            "reached it. A counsellor or supervisor who logs in here makes it, or it arrives with "
                            "the next sync."));
    const QByteArray text = plain.toString().toUtf8();
    QByteArray out = key.value().first;
    // The writer holds the key (a counsellor or supervisor here): format 2,
    // which opens with no X25519 (about 30 µs a value: a member's sessions
    // opened 20 times slower than in clear). Else format 1, as anyone may.
    const QHash<QByteArray, QByteArray> ring = db.clinicalKeys(db.currentUser());
    if (const auto secret = ring.constFind(out); secret != ring.cend()) {
        QByteArray k = notesKey(secret.value());
        out.resize(kIdBytes + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + text.size()
                   + crypto_aead_xchacha20poly1305_ietf_ABYTES);
        unsigned char *nonce = bytes(out) + kIdBytes;
        randombytes_buf(nonce, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
        crypto_aead_xchacha20poly1305_ietf_encrypt(nonce + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, nullptr,
                                                   bytes(text), quint64(text.size()), bytes(out), kIdBytes, nullptr,
                                                   nonce, bytes(k));
        sodium_memzero(k.data(), size_t(k.size()));
        return QVariant(kPrefix2 + QString::fromLatin1(out.toBase64()));
    }
    out.resize(kIdBytes + crypto_box_SEALBYTES + text.size());
    crypto_box_seal(bytes(out) + kIdBytes, bytes(text), quint64(text.size()), bytes(key.value().second));
    return QVariant(kPrefix + QString::fromLatin1(out.toBase64()));
}

std::optional<QString> ClinicalKeys::open(const storage::Database &db, const security::Session &reader,
                                          const QVariant &stored)
{
    if (!isSealed(stored))
        return stored.toString();
    if (!mayReadConfidential(reader))
        return std::nullopt;
    const QHash<QByteArray, QByteArray> keys = db.clinicalKeys(reader.userId);
    if (stored.toString().startsWith(kPrefix2)) {
        const QByteArray raw = QByteArray::fromBase64(stored.toString().mid(kPrefix2.size()).toLatin1());
        constexpr qsizetype head = kIdBytes + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
        if (raw.size() < head + qsizetype(crypto_aead_xchacha20poly1305_ietf_ABYTES))
            return std::nullopt;
        const auto secret = keys.constFind(raw.left(kIdBytes));
        if (secret == keys.constEnd())
            return std::nullopt;
        QByteArray text(raw.size() - head - crypto_aead_xchacha20poly1305_ietf_ABYTES, Qt::Uninitialized);
        QByteArray k = notesKey(secret.value());
        // The key id is bound as associated data: a value moved under another id does not open.
        const bool opened = crypto_aead_xchacha20poly1305_ietf_decrypt(bytes(text), nullptr, nullptr, bytes(raw) + head,
                                                                       quint64(raw.size() - head), bytes(raw), kIdBytes,
                                                                       bytes(raw) + kIdBytes, bytes(k))
                            == 0;
        sodium_memzero(k.data(), size_t(k.size()));
        if (!opened)
            return std::nullopt;
        return QString::fromUtf8(text);
    }
    if (!stored.toString().startsWith(kPrefix))
        return std::nullopt; // a format this version does not know
    const QByteArray raw = QByteArray::fromBase64(stored.toString().mid(kPrefix.size()).toLatin1());
    if (raw.size() < kIdBytes + qsizetype(crypto_box_SEALBYTES))
        return std::nullopt;
    const auto secret = keys.constFind(raw.left(kIdBytes));
    if (secret == keys.constEnd())
        return std::nullopt;
    // The key's public half, derived once per key and thread (half the cost of
    // an opening); it is public, and a stale one only makes the opening fail,
    // which derives it again.
    static thread_local QHash<QByteArray, QByteArray> publics;
    QByteArray &pk = publics[secret.key()];
    QByteArray text(raw.size() - kIdBytes - crypto_box_SEALBYTES, Qt::Uninitialized);
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (pk.size() != crypto_box_PUBLICKEYBYTES || attempt == 1) {
            pk.resize(crypto_box_PUBLICKEYBYTES);
            crypto_scalarmult_base(bytes(pk), bytes(secret.value()));
        }
        if (crypto_box_seal_open(bytes(text), bytes(raw) + kIdBytes, quint64(raw.size() - kIdBytes), bytes(pk),
                                 bytes(secret.value()))
            == 0)
            return QString::fromUtf8(text);
    }
    return std::nullopt;
}

bool ClinicalKeys::isOpen(const storage::Database &db, const security::Session &reader)
{
    return mayReadConfidential(reader) && !db.clinicalKeys(reader.userId).isEmpty();
}

Status ClinicalKeys::unlock(storage::Database &db, const security::Session &session)
{
    if (!mayReadConfidential(session) || session.signingKey.size() != crypto_sign_SECRETKEYBYTES)
        return {};
    security::ensureSodium();
    unsigned char xPublic[crypto_box_PUBLICKEYBYTES], xSecret[crypto_box_SECRETKEYBYTES];
    if (crypto_sign_ed25519_pk_to_curve25519(xPublic, bytes(security::UserKeys::publicKeyOf(session.signingKey))) != 0
        || crypto_sign_ed25519_sk_to_curve25519(xSecret, bytes(session.signingKey)) != 0)
        return {};
    QHash<QByteArray, QByteArray> keys;
    Status s = db.read(u"SELECT k.id, k.public_key, s.sealed FROM clinical_keys k "
                       "JOIN clinical_key_slots s ON s.key_id = k.id AND s.user_id = ? AND s.deleted = 0 "
                       "WHERE k.deleted = 0"_s,
                       {session.userId}, [&](const storage::RawRow &r) {
                           if (keys.contains(r.blob(0)))
                               return;
                           const QByteArray secret = openSlot(r.blob(2), xPublic, xSecret, r.blob(1));
                           if (!secret.isEmpty())
                               keys.insert(r.blob(0), secret);
                       });
    sodium_memzero(xSecret, sizeof xSecret);
    if (!s)
        return s;
    // Someone logged in on this connection already (tests, the demo) holds
    // keys this user lacks: theirs to use too; maintain() seals them a slot.
    const QHash<QByteArray, QByteArray> others = db.allClinicalKeys();
    for (auto k = others.cbegin(); k != others.cend(); ++k)
        if (!keys.contains(k.key()))
            keys.insert(k.key(), k.value());
    db.setClinicalKeys(session.userId, keys);
    return {};
}

Status ClinicalKeys::maintain(storage::Database &db, const security::Session &session)
{
    if (!mayReadConfidential(session) || session.signingKey.size() != crypto_sign_SECRETKEYBYTES)
        return {};
    security::ensureSodium();
    auto known = db.scalar(u"SELECT count(*) FROM clinical_keys WHERE deleted = 0"_s);
    if (!known)
        return known.error();
    const QByteArray wasUser = db.currentUser();
    db.setCurrentUser(session.userId);
    db.setSigningKey(session.userId, session.signingKey);
    const Status s = db.transaction([&]() -> Status {
        if (known.value().toInt() == 0) {
            if (Status made = makeKey(db); !made) // which seals it for every counsellor and supervisor
                return made;
        } else if (Status g = grantSlots(db, db.clinicalKeys(session.userId)); !g) {
            return g;
        }
        return Status{};
    });
    db.setCurrentUser(wasUser);
    return s;
}

Status ClinicalKeys::sealNotesFromBefore(storage::Database &db, const security::Session &session)
{
    if (!mayReadConfidential(session) || session.signingKey.size() != crypto_sign_SECRETKEYBYTES)
        return {};
    // Notes in clear come only from before the key (seal() refuses to write
    // one without it, and a version older than migration 022 no longer opens
    // the file): one sweep per laptop, not a read of every session at each login.
    auto swept = storage::localValue(db, kPlainNotesSealed);
    if (!swept)
        return swept.error();
    if (swept.value().toInt() == 1)
        return {};
    security::ensureSodium();
    const QByteArray wasUser = db.currentUser();
    db.setCurrentUser(session.userId);
    db.setSigningKey(session.userId, session.signingKey);
    Status s = sealPlainNotes(db);
    if (s)
        s = storage::setLocalValue(db, kPlainNotesSealed, 1);
    db.setCurrentUser(wasUser);
    return s;
}

Result<int> ClinicalKeys::grantWithRecoveryKey(storage::Database &db, const security::Session &by,
                                               const QString &recoveryKey, const QByteArray &userId)
{
    if (!by.isAdministrator())
        return makeError(ErrorCode::PermissionDenied, tr("Only an administrator uses the recovery key."));
    security::ensureSodium();
    const QByteArray secret = QByteArray::fromHex(recoveryKey.trimmed().remove(u' ').remove(u'-').toLatin1());
    if (secret.size() != crypto_box_SECRETKEYBYTES)
        return makeError(ErrorCode::Invalid, tr("This is not a recovery key."));
    unsigned char xPublic[crypto_box_PUBLICKEYBYTES];
    crypto_scalarmult_base(xPublic, bytes(secret));
    QByteArray user;
    QString role;
    Status s = db.read(u"SELECT public_key, role FROM users WHERE id = ? AND deleted = 0 AND active = 1"_s, {userId},
                       [&](const storage::RawRow &r) {
                           user = r.blob(0);
                           role = r.text(1);
                       });
    if (!s)
        return s.error();
    if (!isClinician(role) || user.size() != crypto_sign_PUBLICKEYBYTES)
        return makeError(ErrorCode::Invalid, tr("Only an active counsellor or supervisor can be given the keys of "
                                                "confidential notes."));
    QHash<QByteArray, QByteArray> opened;
    s = db.read(u"SELECT k.id, k.public_key, s.sealed FROM clinical_keys k JOIN clinical_key_slots s "
                "ON s.key_id = k.id AND s.user_id IS NULL AND s.deleted = 0 WHERE k.deleted = 0"_s,
                {}, [&](const storage::RawRow &r) {
                    const QByteArray key = openSlot(r.blob(2), xPublic, bytes(secret), r.blob(1));
                    if (!key.isEmpty())
                        opened.insert(r.blob(0), key);
                });
    if (!s)
        return s.error();
    if (opened.isEmpty())
        return makeError(ErrorCode::PermissionDenied,
                         tr("The recovery key opens none of the keys of confidential notes in this database."));
    storage::SyncedWriter writer(db);
    db.setCurrentUser(by.userId);
    if (!by.signingKey.isEmpty())
        db.setSigningKey(by.userId, by.signingKey);
    s = db.transaction([&]() -> Status {
        for (auto key = opened.cbegin(); key != opened.cend(); ++key) {
            auto added = writer.insert(u"clinical_key_slots"_s, {{u"key_id"_s, key.key()},
                                                                 {u"user_id"_s, userId},
                                                                 {u"user_public_key"_s, user},
                                                                 {u"sealed"_s, sealSecret(key.value(), user, true)}});
            if (!added)
                return added.error();
        }
        return {};
    });
    for (QByteArray &key : opened)
        sodium_memzero(key.data(), size_t(key.size()));
    if (!s)
        return s.error();
    return int(opened.size());
}

} // namespace tamkeen::clinic
