#include "security/FileKeys.h"

#include "org/OrgSettings.h"
#include "security/Sodium.h"
#include "security/UserKeys.h"
#include "security/UserService.h"
#include "storage/Database.h"
#include "storage/crypt/CryptFormat.h"
#include "storage/crypt/CryptVfs.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QtEndian>
#include <functional>
#include <cstring>
#include <sodium.h>
#include <sqlite3.h>

using namespace Qt::StringLiterals;
namespace enc = tamkeen::storage::crypt;

namespace tamkeen::security {

namespace {

// One slot area: generation (u64), payload length (u32), BLAKE2b-256 of the
// two and the payload (a torn write is told from a whole one), the payload.
// The payload: a count (u32), then per slot: kind (u8), tag (16 bytes),
// the wrapped user key and the sealed database key, each as u16 length + bytes.
constexpr int kAreaHead = 8 + 4 + 32;
constexpr int kTagBytes = 16;
enum SlotKind : quint8 { UserSlot = 1, RecoverySlot = 2 };

struct Slot {
    quint8 kind = UserSlot;
    QByteArray tag;
    QByteArray wrapped; // the user's secret key, wrapped with their password
    QByteArray sealed;  // the database key, sealed to the user or with the recovery key
};

struct Slots {
    QList<Slot> list;
    quint64 generation = 0;
    int area = -1; // the area they were read from; -1: none yet
};

const unsigned char *bytes(const QByteArray &b) { return reinterpret_cast<const unsigned char *>(b.constData()); }
unsigned char *bytes(QByteArray &b) { return reinterpret_cast<unsigned char *>(b.data()); }

QByteArray userTag(const QByteArray &fileId, const QString &username)
{
    const QByteArray name = UserService::normalizeUsername(username).toUtf8();
    QByteArray tag(kTagBytes, '\0');
    crypto_generichash(bytes(tag), kTagBytes, bytes(name), quint64(name.size()), bytes(fileId), quint64(fileId.size()));
    return tag;
}

QByteArray checksum(const QByteArray &head12, const QByteArray &payload)
{
    QByteArray out(32, '\0');
    crypto_generichash_state st;
    crypto_generichash_init(&st, nullptr, 0, 32);
    crypto_generichash_update(&st, bytes(head12), quint64(head12.size()));
    crypto_generichash_update(&st, bytes(payload), quint64(payload.size()));
    crypto_generichash_final(&st, bytes(out), 32);
    return out;
}

QByteArray encodeArea(const QList<Slot> &slotList, quint64 generation)
{
    QByteArray payload;
    auto put16 = [&](const QByteArray &b) {
        uchar n[2];
        qToLittleEndian<quint16>(quint16(b.size()), n);
        payload.append(reinterpret_cast<const char *>(n), 2).append(b);
    };
    uchar count[4];
    qToLittleEndian<quint32>(quint32(slotList.size()), count);
    payload.append(reinterpret_cast<const char *>(count), 4);
    for (const Slot &s : slotList) {
        payload.append(char(s.kind)).append(s.tag);
        put16(s.wrapped);
        put16(s.sealed);
    }
    QByteArray head(12, '\0');
    qToLittleEndian<quint64>(generation, head.data());
    qToLittleEndian<quint32>(quint32(payload.size()), head.data() + 8);
    return head + checksum(head, payload) + payload;
}

bool decodeArea(const QByteArray &area, QList<Slot> &slotList, quint64 &generation)
{
    if (area.size() < kAreaHead)
        return false;
    const auto *p = bytes(area);
    generation = qFromLittleEndian<quint64>(p);
    const qint64 length = qFromLittleEndian<quint32>(p + 8);
    if (generation == 0 || length < 4 || kAreaHead + length > area.size())
        return false;
    const QByteArray payload = area.mid(kAreaHead, length);
    if (checksum(area.left(12), payload) != area.mid(12, 32))
        return false;
    const auto *q = bytes(payload);
    const quint32 count = qFromLittleEndian<quint32>(q);
    qint64 at = 4;
    auto get16 = [&](QByteArray &out) {
        if (at + 2 > length)
            return false;
        const int n = qFromLittleEndian<quint16>(q + at);
        at += 2;
        if (at + n > length)
            return false;
        out = payload.mid(at, n);
        at += n;
        return true;
    };
    slotList.clear();
    for (quint32 i = 0; i < count; ++i) {
        Slot s;
        if (at + 1 + kTagBytes > length)
            return false;
        s.kind = q[at];
        s.tag = payload.mid(at + 1, kTagBytes);
        at += 1 + kTagBytes;
        if (!get16(s.wrapped) || !get16(s.sealed))
            return false;
        slotList.append(s);
    }
    return true;
}

Slots readSlots(const QByteArray &header)
{
    Slots best;
    for (int area = 0; area < 2; ++area) {
        QList<Slot> list;
        quint64 generation = 0;
        if (decodeArea(header.mid(enc::kMetaSize + area * enc::kSlotAreaSize, enc::kSlotAreaSize), list, generation)
            && generation > best.generation)
            best = {list, generation, area};
    }
    return best;
}

// A read-only connection to the file, for its header only: SQLite reads no
// page to open it, and its VFS keeps the process's locks on the file when it closes.
class HeaderReader {
public:
    explicit HeaderReader(const QString &path)
    {
        enc::ensureVfs();
        const QByteArray native = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()).toUtf8();
        if (sqlite3_open_v2(native.constData(), &m_db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
            return;
        m_mode = enc::modeOf(m_db);
        if (m_mode != enc::FileMode::Plain)
            m_ok = enc::readHeader(m_db, m_header);
    }
    ~HeaderReader() { sqlite3_close(m_db); }
    bool encrypted() const { return m_ok; }
    enc::FileMode mode() const { return m_mode; }
    const QByteArray &header() const { return m_header; }

private:
    sqlite3 *m_db = nullptr;
    enc::FileMode m_mode = enc::FileMode::Plain;
    bool m_ok = false;
    QByteArray m_header;
};

Result<Unlocked> acceptKey(const QByteArray &header, const QByteArray &dbKey)
{
    enc::FileHeader h;
    if (!enc::parseHeader(header.left(enc::kMetaSize), h) || enc::keyCheck(dbKey, h.fileId) != h.keyCheck)
        return makeError(ErrorCode::Corrupt, FileKeys::tr("The database file's key slots are damaged. Open it with the "
                                                          "recovery key, or restore it from a backup."));
    if (!enc::addKey(h.fileId, dbKey, h.cipher))
        return makeError(ErrorCode::Invalid,
                         FileKeys::tr("This database is encrypted with AES-256-GCM, which this computer's processor "
                                      "does not offer. Open it on the computer it came from, or on another computer "
                                      "whose processor has AES instructions."));
    return Unlocked{h.fileId, {}, {}};
}

QByteArray sealToUser(const QByteArray &publicKey, const QByteArray &dbKey)
{
    unsigned char x[crypto_box_PUBLICKEYBYTES];
    if (publicKey.size() != crypto_sign_PUBLICKEYBYTES || crypto_sign_ed25519_pk_to_curve25519(x, bytes(publicKey)) != 0)
        return {};
    QByteArray sealed(crypto_box_SEALBYTES + dbKey.size(), '\0');
    crypto_box_seal(bytes(sealed), bytes(dbKey), quint64(dbKey.size()), x);
    return sealed;
}

bool openSealed(const Slot &slot, const QByteArray &secret, QByteArray &dbKey)
{
    unsigned char xpk[crypto_box_PUBLICKEYBYTES], xsk[crypto_box_SECRETKEYBYTES];
    const QByteArray pk = UserKeys::publicKeyOf(secret);
    if (crypto_sign_ed25519_pk_to_curve25519(xpk, bytes(pk)) != 0
        || crypto_sign_ed25519_sk_to_curve25519(xsk, bytes(secret)) != 0)
        return false;
    dbKey.resize(slot.sealed.size() - crypto_box_SEALBYTES);
    const bool ok = slot.sealed.size() == crypto_box_SEALBYTES + enc::kKeyBytes
        && crypto_box_seal_open(bytes(dbKey), bytes(slot.sealed), quint64(slot.sealed.size()), xpk, xsk) == 0;
    sodium_memzero(xsk, sizeof xsk);
    return ok;
}

// The organisation's recovery key pair: X25519, the public half in
// org_settings (it syncs), the secret half shown once to the administrator.
const QString kRecoverySetting = u"recovery_public_key"_s;


sqlite3 *rawOf(storage::Database &db) { return storage::Database::rawHandle(db.connection()); }

// Writes `list` into the area not holding the current slots, one generation
// on, then into the other one too: a slot taken away (a deactivated account,
// an old password) stays in neither.
Status writeSlotList(sqlite3 *raw, const Slots &current, const QList<Slot> &list)
{
    const QByteArray first = encodeArea(list, current.generation + 1);
    if (first.size() > enc::kSlotAreaSize)
        return makeError(ErrorCode::Invalid, FileKeys::tr("Too many user accounts for this database's key slots."));
    const int target = current.area == 0 ? 1 : 0;
    if (!enc::writeHeader(raw, enc::kMetaSize + target * enc::kSlotAreaSize, first)
        || !enc::writeHeader(raw, enc::kMetaSize + (1 - target) * enc::kSlotAreaSize, encodeArea(list, current.generation + 2)))
        return makeError(ErrorCode::Io, FileKeys::tr("The database file's key slots could not be written."));
    return {};
}

} // namespace

bool FileKeys::isEncrypted(const QString &path)
{
    return HeaderReader(path).encrypted();
}

bool FileKeys::isLocked(const QString &path)
{
    const HeaderReader reader(path);
    return reader.encrypted() && reader.mode() == enc::FileMode::Locked;
}

Result<Unlocked> FileKeys::unlock(const QString &path, const QString &username, const QString &password)
{
    ensureSodium();
    const HeaderReader reader(path);
    if (!reader.encrypted())
        return makeError(ErrorCode::NotTamkeenFile, tr("This file is not an encrypted Tamkeen database."));
    enc::FileHeader h;
    if (!enc::parseHeader(reader.header().left(enc::kMetaSize), h))
        return makeError(ErrorCode::Corrupt, tr("The database file's header is damaged. Restore it from a backup."));
    const Slots slotList = readSlots(reader.header());
    const QByteArray tag = userTag(h.fileId, username);
    const auto wrong = [] {
        return makeError(ErrorCode::PermissionDenied, tr("The user name or password is wrong."), u"password"_s);
    };
    bool tried = false;
    for (const Slot &slot : slotList.list) {
        if (slot.kind != UserSlot || slot.tag != tag)
            continue;
        tried = true;
        auto secret = UserKeys::unwrap(slot.wrapped, password);
        if (!secret) {
            if (secret.error().code == ErrorCode::PermissionDenied)
                continue;
            return secret.error();
        }
        QByteArray dbKey;
        if (!openSealed(slot, secret.value(), dbKey))
            continue;
        auto accepted = acceptKey(reader.header(), dbKey);
        sodium_memzero(dbKey.data(), size_t(dbKey.size()));
        if (!accepted)
            return accepted.error();
        accepted.value().userSecretKey = secret.value();
        accepted.value().wrappedKey = slot.wrapped;
        return accepted;
    }
    if (!tried) {
        // No such user here: the same Argon2id as a known one, so that the
        // time taken does not tell which names have an account.
        for (const Slot &slot : slotList.list)
            if (slot.kind == UserSlot) {
                (void)UserKeys::unwrap(slot.wrapped, password + u"\x01"_s);
                break;
            }
    }
    return wrong();
}

Result<Unlocked> FileKeys::unlockWithRecoveryKey(const QString &path, const QString &recoveryKey)
{
    ensureSodium();
    const HeaderReader reader(path);
    if (!reader.encrypted())
        return makeError(ErrorCode::NotTamkeenFile, tr("This file is not an encrypted Tamkeen database."));
    QString hex = recoveryKey;
    hex.remove(QRegularExpression(u"[\\s-]"_s));
    QByteArray secret = QByteArray::fromHex(hex.toLatin1());
    const auto wrong = [] {
        return makeError(ErrorCode::PermissionDenied, tr("This recovery key does not open this database."), u"recovery"_s);
    };
    if (secret.size() != crypto_box_SECRETKEYBYTES || hex.size() != 2 * crypto_box_SECRETKEYBYTES)
        return wrong();
    QByteArray pk(crypto_box_PUBLICKEYBYTES, '\0');
    crypto_scalarmult_base(bytes(pk), bytes(secret));
    for (const Slot &slot : readSlots(reader.header()).list) {
        if (slot.kind != RecoverySlot || slot.sealed.size() != crypto_box_SEALBYTES + enc::kKeyBytes)
            continue;
        QByteArray dbKey(enc::kKeyBytes, '\0');
        if (crypto_box_seal_open(bytes(dbKey), bytes(slot.sealed), quint64(slot.sealed.size()), bytes(pk), bytes(secret)) != 0)
            continue;
        sodium_memzero(secret.data(), size_t(secret.size()));
        auto accepted = acceptKey(reader.header(), dbKey);
        sodium_memzero(dbKey.data(), size_t(dbKey.size()));
        return accepted;
    }
    sodium_memzero(secret.data(), size_t(secret.size()));
    return wrong();
}

void FileKeys::lock(const QString &path)
{
    const HeaderReader reader(path);
    if (!reader.encrypted())
        return;
    enc::FileHeader h;
    if (enc::parseHeader(reader.header().left(enc::kMetaSize), h))
        enc::forgetKey(h.fileId);
}

Status FileKeys::refreshSlots(storage::Database &db)
{
    sqlite3 *raw = rawOf(db);
    if (!raw || enc::modeOf(raw) != enc::FileMode::Encrypted)
        return {};
    // Read and written under SQLite's write lock: two programs refreshing at
    // once would otherwise write the same slot area.
    return db.transaction([&]() -> Status {
        auto written = writeSlots(raw);
        return written ? Status{} : Status(written.error());
    });
}

namespace {

// Rows of a statement on the raw handle (the conversion's copy has no Database).
bool eachRow(sqlite3 *raw, const char *sql, const std::function<void(sqlite3_stmt *)> &row)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(raw, sql, -1, &stmt, nullptr) != SQLITE_OK)
        return false;
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
        row(stmt);
    sqlite3_finalize(stmt);
    return rc == SQLITE_DONE;
}

QByteArray blobAt(sqlite3_stmt *stmt, int column)
{
    return QByteArray(static_cast<const char *>(sqlite3_column_blob(stmt, column)), sqlite3_column_bytes(stmt, column));
}

} // namespace

Result<int> FileKeys::writeSlots(sqlite3 *raw)
{
    QByteArray header;
    enc::FileHeader h;
    if (!enc::readHeader(raw, header) || !enc::parseHeader(header.left(enc::kMetaSize), h))
        return makeError(ErrorCode::Io, tr("The database file's key slots could not be read."));
    QByteArray dbKey = enc::keyFor(h.fileId);
    if (dbKey.isEmpty())
        return 0;
    const Slots current = readSlots(header);
    QList<Slot> wanted;
    bool changed = false;
    // The organisation's recovery key: the slot made for its public half is
    // kept; a new public half (a new recovery key) replaces it.
    QByteArray recoveryPk;
    bool read = eachRow(raw, "SELECT value FROM org_settings WHERE key = 'recovery_public_key' AND deleted = 0",
                        [&](sqlite3_stmt *st) {
                            recoveryPk = QByteArray::fromHex(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
                        });
    if (recoveryPk.size() != crypto_box_PUBLICKEYBYTES)
        recoveryPk.clear();
    const QByteArray recoveryTag = recoveryPk.left(kTagBytes);
    if (!recoveryPk.isEmpty()) {
        auto same = std::find_if(current.list.cbegin(), current.list.cend(),
                                 [&](const Slot &c) { return c.kind == RecoverySlot && c.tag == recoveryTag; });
        if (same != current.list.cend()) {
            wanted.append(*same);
        } else {
            QByteArray sealed(crypto_box_SEALBYTES + dbKey.size(), '\0');
            crypto_box_seal(bytes(sealed), bytes(dbKey), quint64(dbKey.size()), bytes(recoveryPk));
            wanted.append(Slot{RecoverySlot, recoveryTag, {}, sealed});
            changed = true;
        }
    }
    QList<Slot> users;
    read = read
        && eachRow(raw,
                   "SELECT username, wrapped_key, public_key FROM users WHERE deleted = 0 AND active = 1 "
                   "AND length(public_key) = 32 AND length(wrapped_key) > 0 ORDER BY id",
                   [&](sqlite3_stmt *st) {
                       const QString name = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
                       users.append(Slot{UserSlot, userTag(h.fileId, name), blobAt(st, 1), blobAt(st, 2)});
                   });
    if (!read) {
        sodium_memzero(dbKey.data(), size_t(dbKey.size()));
        return makeError(ErrorCode::Database, tr("The database file's key slots could not be read."));
    }
    // A slot already made for the same name and wrapped key is kept as it is
    // (a sealed box differs each time it is made: rewriting would be for nothing).
    for (Slot &u : users) {
        const QByteArray publicKey = u.sealed;
        auto same = std::find_if(current.list.cbegin(), current.list.cend(), [&](const Slot &c) {
            return c.kind == UserSlot && c.tag == u.tag && c.wrapped == u.wrapped;
        });
        if (same != current.list.cend()) {
            u.sealed = same->sealed;
        } else {
            u.sealed = sealToUser(publicKey, dbKey);
            changed = true;
        }
        if (!u.sealed.isEmpty())
            wanted.append(u);
    }
    sodium_memzero(dbKey.data(), size_t(dbKey.size()));
    if (!changed && wanted.size() == current.list.size())
        return int(wanted.size());
    if (Status s = writeSlotList(raw, current, wanted); !s)
        return s.error();
    return int(wanted.size());
}

int FileKeys::slotCount(const QString &path)
{
    const HeaderReader reader(path);
    return reader.encrypted() ? int(readSlots(reader.header()).list.size()) : 0;
}

Result<QString> FileKeys::makeRecoveryKey(storage::Database &db, const Session &by)
{
    ensureSodium();
    QByteArray pk(crypto_box_PUBLICKEYBYTES, '\0'), secret(crypto_box_SECRETKEYBYTES, '\0');
    crypto_box_keypair(bytes(pk), bytes(secret));
    // An organisation setting (an administrator's signed change): every copy
    // that receives it seals its own key to it (refreshSlots, after the commit).
    if (Status s = org::OrgSettings::setValue(db, by, kRecoverySetting, QString::fromLatin1(pk.toHex())); !s) {
        sodium_memzero(secret.data(), size_t(secret.size()));
        return s.error();
    }
    // Sixteen groups of four hexadecimal digits: easy to read out and type.
    const QString hex = QString::fromLatin1(secret.toHex().toUpper());
    sodium_memzero(secret.data(), size_t(secret.size()));
    QStringList groups;
    for (int i = 0; i < hex.size(); i += 4)
        groups.append(hex.mid(i, 4));
    return groups.join(u'-');
}

bool FileKeys::hasRecoveryKey(storage::Database &db)
{
    QByteArray header;
    sqlite3 *raw = rawOf(db);
    if (!raw || !enc::readHeader(raw, header))
        return false;
    const Slots slotList = readSlots(header);
    return std::any_of(slotList.list.cbegin(), slotList.list.cend(), [](const Slot &s) { return s.kind == RecoverySlot; });
}

int FileKeys::userSlotCount(storage::Database &db)
{
    QByteArray header;
    sqlite3 *raw = rawOf(db);
    if (!raw || !enc::readHeader(raw, header))
        return 0;
    const Slots slotList = readSlots(header);
    return int(std::count_if(slotList.list.cbegin(), slotList.list.cend(), [](const Slot &s) { return s.kind == UserSlot; }));
}

} // namespace tamkeen::security
