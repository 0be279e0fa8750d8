#include "sync/Enrolment.h"

#include "org/DeviceInfo.h"
#include "org/Setup.h"
#include "security/Roles.h"
#include "security/Sodium.h"
#include "security/Vault.h"
#include "storage/Database.h"
#include "storage/LocalState.h"
#include "storage/SyncedWriter.h"
#include "storage/Uuid.h"
#include "sync/RoleHistory.h"
#include "sync/Rotation.h"
#include "sync/Scope.h"
#include "sync/SyncLog.h"
#include "sync/Wire.h"

#include <QCborArray>
#include <QCborMap>
#include <QFile>
#include <QSaveFile>
#include <QtEndian>
#include <sodium.h>

using namespace Qt::StringLiterals;

namespace tamkeen::sync {

namespace {

// File layout (docs/sync-format.md, "Enrolment files"): magic, Argon2id salt and
// limits, secretbox nonce, the sealed CBOR, and the enrolling device's Ed25519
// signature over every byte before it.
constexpr char kMagic[8] = {'T', 'A', 'M', 'K', 'E', 'N', 'R', '1'};
constexpr qsizetype kLimitsBytes = 16;
constexpr qsizetype kHeaderBytes = qsizetype(sizeof kMagic) + crypto_pwhash_SALTBYTES + kLimitsBytes
                                   + crypto_secretbox_NONCEBYTES;
constexpr qsizetype kMaxFileBytes = 64 * 1024 * 1024;

// The identities an enrolment carries, all columns, as they stand.
const QStringList &identityTables()
{
    // org_settings: among them the organisation's recovery key, which the new
    // laptop seals its database key to from the start (docs/encryption.md).
    static const QStringList tables{u"centres"_s, u"users"_s, u"devices"_s, u"device_revocations"_s, u"org_settings"_s};
    return tables;
}

// What a file made before org_settings travelled may lack.
bool optionalIdentityTable(const QString &table) { return table == u"org_settings"; }

QByteArray randomBytes(qsizetype n)
{
    QByteArray b(n, Qt::Uninitialized);
    randombytes_buf(b.data(), size_t(n));
    return b;
}

const unsigned char *bytes(const QByteArray &b) { return reinterpret_cast<const unsigned char *>(b.constData()); }
unsigned char *bytes(QByteArray &b) { return reinterpret_cast<unsigned char *>(b.data()); }

// The passphrase stretched to a secretbox key; false when out of memory.
bool deriveKey(const QString &passphrase, const QByteArray &salt, quint64 ops, quint64 mem, unsigned char *key)
{
    const QByteArray pass = passphrase.toUtf8();
    return crypto_pwhash(key, crypto_secretbox_KEYBYTES, pass.constData(), quint64(pass.size()), bytes(salt), ops,
                         size_t(mem), crypto_pwhash_ALG_ARGON2ID13)
           == 0;
}

Result<QCborMap> snapshot(storage::Database &db)
{
    QCborMap tables;
    for (const QString &table : identityTables()) {
        auto columns = columnsOf(db, table);
        if (!columns)
            return columns.error();
        const QStringList all = QStringList{u"id"_s} + columns.value();
        QCborArray rows;
        Status s = db.read(u"SELECT %1 FROM \"%2\" ORDER BY id"_s.arg(quotedColumns(all), table), {},
                           [&](const storage::RawRow &r) {
                               QCborArray row;
                               for (int i = 0; i < all.size(); ++i)
                                   row.append(toCbor(r.value(i)));
                               rows.append(row);
                           });
        if (!s)
            return s.error();
        QCborArray names;
        for (const QString &c : all)
            names.append(c);
        tables.insert(table, QCborMap{{u"columns"_s, names}, {u"rows"_s, rows}});
    }
    return tables;
}

// The value of `column` in a snapshot row of `table` whose id is `id`.
QCborValue snapshotValue(const QCborMap &identities, const QString &table, const QByteArray &id, const QString &column)
{
    const QCborMap t = identities.value(table).toMap();
    const QCborArray names = t.value(u"columns"_s).toArray();
    qsizetype at = -1, idAt = -1;
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (names.at(i).toString() == column)
            at = i;
        if (names.at(i).toString() == u"id")
            idAt = i;
    }
    if (at < 0 || idAt < 0)
        return {};
    for (const QCborValue &row : t.value(u"rows"_s).toArray()) {
        const QCborArray r = row.toArray();
        if (r.at(idAt).toByteArray() == id)
            return r.at(at);
    }
    return {};
}

Status checkAdministrator(storage::Database &db, const security::Session &by)
{
    const auto denied = [] {
        return makeError(ErrorCode::PermissionDenied, Enrolment::tr("Only administrators enrol devices."));
    };
    if (!by.isAdministrator())
        return denied();
    auto role = db.scalar(u"SELECT role FROM users WHERE id = ? AND active = 1 AND deleted = 0"_s, {by.userId});
    if (!role)
        return role.error();
    if (role.value().toString() != security::Roles::key(security::Role::Administrator))
        return denied();
    return {};
}

} // namespace

QString Enrolment::fileNumberPart(int number, int rank)
{
    QString part = u"%1"_s.arg(number, 2, 10, QChar(u'0'));
    if (rank > 0) // B, C, … Z, then BB, BC, … (never reached in practice)
        part += rank < 25 ? QString(QChar(u'A' + rank)) : u"B"_s + QChar(u'A' + rank % 25 + 1);
    return part;
}

Result<QString> Enrolment::fileNumberPart(storage::Database &db, const QByteArray &deviceId)
{
    // Every row with the number counts, revoked and archived ones too: the
    // numbers they printed stay printed.
    // A continuation of a restored or cloned device (the same key) is that device.
    // Ranked by the first row of each key.
    auto q = db.exec(u"SELECT d.number, (SELECT count(*) FROM devices o WHERE o.number = d.number AND o.id < "
                     "coalesce((SELECT min(k.id) FROM devices k WHERE k.public_key = d.public_key), d.id) "
                     "AND NOT EXISTS (SELECT 1 FROM devices k WHERE k.public_key = o.public_key AND k.id < o.id)) "
                     "FROM devices d WHERE d.id = ?"_s,
                     {deviceId});
    if (!q)
        return q.error();
    if (!q.value()->next())
        return makeError(ErrorCode::Corrupt, tr("This device's record is missing from the database."));
    const int number = q.value()->value(0).toInt(), rank = q.value()->value(1).toInt();
    q.value()->finish();
    return fileNumberPart(number, rank);
}

Result<QList<EnrolCentre>> Enrolment::centres(storage::Database &db)
{
    QList<EnrolCentre> list;
    Status s = db.read(u"SELECT code, name FROM centres WHERE deleted = 0 ORDER BY name, code"_s, {},
                       [&](const storage::RawRow &r) { list << EnrolCentre{r.text(0), r.text(1)}; });
    if (!s)
        return s.error();
    return list;
}

Result<int> Enrolment::nextFreeNumber(storage::Database &db)
{
    auto v = db.scalar(u"SELECT min(n) FROM (SELECT 1 AS n UNION ALL SELECT number + 1 FROM devices) "
                       "WHERE n NOT IN (SELECT number FROM devices)"_s);
    if (!v)
        return v.error();
    const int n = v.value().toInt();
    if (n > kMaxNumber)
        return makeError(ErrorCode::Conflict, tr("Every device number up to %1 is taken.").arg(kMaxNumber));
    return n;
}

Result<QList<DuplicateNumber>> Enrolment::duplicateNumbers(storage::Database &db)
{
    auto q = db.exec(u"SELECT number, id FROM devices d WHERE deleted = 0 AND NOT EXISTS "
                     "(SELECT 1 FROM device_revocations r WHERE r.device_id = d.id AND r.deleted = 0) "
                     "AND number IN (SELECT number FROM devices e WHERE deleted = 0 AND NOT EXISTS "
                     "(SELECT 1 FROM device_revocations r WHERE r.device_id = e.id AND r.deleted = 0) "
                     "GROUP BY number HAVING count(DISTINCT coalesce(public_key, id)) > 1) ORDER BY number, id"_s);
    if (!q)
        return q.error();
    QList<DuplicateNumber> list;
    while (q.value()->next()) {
        const int number = q.value()->value(0).toInt();
        if (list.isEmpty() || list.last().number != number)
            list.append(DuplicateNumber{number, {}});
        list.last().devices << q.value()->value(1).toByteArray();
    }
    q.value()->finish();
    return list;
}

Result<EnrolledDevice> Enrolment::enrol(storage::Database &db, const security::Session &by, const EnrolRequest &request,
                                        const QString &path, const QString &passphrase, KdfCost cost)
{
    security::ensureSodium();
    if (Status s = checkAdministrator(db, by); !s)
        return s.error();
    const QString name = request.name.trimmed();
    if (name.isEmpty())
        return makeError(ErrorCode::Invalid, tr("Enter a name for the laptop, e.g. \"Laptop 7\"."), u"name"_s);
    auto centre = db.scalar(u"SELECT id FROM centres WHERE code = ? AND deleted = 0 ORDER BY id LIMIT 1"_s,
                            {org::Setup::normalizeCentreCode(request.centreCode)});
    if (!centre)
        return centre.error();
    if (centre.value().isNull())
        return makeError(ErrorCode::NotFound, tr("There is no centre with the code %1.").arg(request.centreCode.trimmed()),
                         u"centre"_s);
    if (!Scope::kinds().contains(request.scope))
        return makeError(ErrorCode::Invalid, tr("Choose what the device receives: its centre's families, its "
                                                "region's, or everything."),
                         u"scope"_s);
    if (request.number < 0 || request.number > kMaxNumber)
        return makeError(ErrorCode::Invalid, tr("The device number must be between 1 and %1.").arg(kMaxNumber),
                         u"number"_s);
    int number = request.number;
    if (number == 0) {
        auto next = nextFreeNumber(db);
        if (!next)
            return next.error();
        number = next.value();
    } else {
        auto holder = db.scalar(u"SELECT name FROM devices WHERE number = ? ORDER BY id LIMIT 1"_s, {number});
        if (!holder)
            return holder.error();
        if (!holder.value().isNull())
            return makeError(ErrorCode::Conflict,
                             tr("Number %1 is already taken by %2. Choose another or leave it to the next free one.")
                                 .arg(number)
                                 .arg(holder.value().toString()),
                             u"number"_s);
    }
    if (passphrase.size() < SyncKeys::kMinPassphrase)
        return makeError(ErrorCode::Invalid,
                         tr("Choose a passphrase of at least %1 characters for the enrolment file.")
                             .arg(SyncKeys::kMinPassphrase),
                         u"passphrase"_s);
    auto org = SyncKeys::organisation(db);
    if (!org)
        return org.error();
    auto own = SyncKeys::deviceKeys(db);
    if (!own)
        return own.error();
    auto root = storage::localValue(db, u"org_root"_s);
    if (!root)
        return root.error();
    auto created = storage::localValue(db, u"org_created"_s);
    if (!created)
        return created.error();

    const quint64 ops = cost == KdfCost::Standard ? crypto_pwhash_OPSLIMIT_MODERATE : crypto_pwhash_OPSLIMIT_MIN;
    const quint64 mem = cost == KdfCost::Standard ? crypto_pwhash_MEMLIMIT_MODERATE : crypto_pwhash_MEMLIMIT_MIN;
    const QByteArray salt = randomBytes(crypto_pwhash_SALTBYTES);
    unsigned char key[crypto_secretbox_KEYBYTES];
    if (!deriveKey(passphrase, salt, ops, mem, key))
        return makeError(ErrorCode::Io,
                         tr("Not enough memory to protect the enrolment file. Close other programs and try again."));

    EnrolledDevice enrolled{storage::newUuidV7(), number, name};
    QByteArray publicKey(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized), secretKey(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
    crypto_sign_keypair(bytes(publicKey), bytes(secretKey));
    const QByteArray previousUser = db.currentUser();
    db.setCurrentUser(by.userId);
    QSaveFile out(path);
    bool written = false;
    Status s = db.transaction([&]() -> Status {
        storage::SyncedWriter writer(db);
        // This copy's own row carries its key from setup on; a database set up
        // before keys were kept in rows gets it now, from an administrator.
        auto ownKey = db.scalar(u"SELECT public_key FROM devices WHERE id = ?"_s, {db.deviceId()});
        if (!ownKey)
            return ownKey.error();
        if (ownKey.value().isNull())
            if (Status w = writer.update(u"devices"_s, db.deviceId(), {{u"public_key"_s, own.value().publicKey}}); !w)
                return w;
        auto row = writer.insert(u"devices"_s,
                                 {{u"number"_s, number},
                                  {u"name"_s, name},
                                  {u"centre_id"_s, centre.value()},
                                  {u"public_key"_s, publicKey},
                                  {u"scope"_s, request.scope}},
                                 enrolled.id);
        if (!row)
            return row.error();
        auto hlc = db.scalar(u"SELECT max(hlc) FROM change_log"_s);
        if (!hlc)
            return hlc.error();
        auto identities = snapshot(db);
        if (!identities)
            return identities.error();
        auto records = SyncKeys::epochRecords(db);
        if (!records)
            return records.error();
        QCborArray epochRecords; // the new laptop needs each record's key to take in another of its epoch
        for (const EpochRecord &r : records.value())
            epochRecords.append(QCborArray{r.record, r.key});
        QCborMap secrets{{u"org"_s, org.value().id},
                         {u"orgKey"_s, org.value().key},
                         {u"orgEpoch"_s, org.value().epoch},
                         {u"orgRecords"_s, epochRecords},
                         {u"orgRoot"_s, toCbor(root.value())},
                         {u"orgCreated"_s, toCbor(created.value())},
                         {u"device"_s, enrolled.id},
                         {u"deviceSecret"_s, secretKey},
                         {u"enrolledBy"_s, db.deviceId()},
                         {u"hlc"_s, hlc.value().toLongLong()},
                         {u"identities"_s, identities.value()}};
        const QByteArray plain = secrets.toCborValue().toCbor();
        const QByteArray nonce = randomBytes(crypto_secretbox_NONCEBYTES);
        QByteArray sealed(plain.size() + crypto_secretbox_MACBYTES, Qt::Uninitialized);
        crypto_secretbox_easy(bytes(sealed), bytes(plain), quint64(plain.size()), bytes(nonce), key);
        QByteArray file(kMagic, sizeof kMagic);
        QByteArray limits(kLimitsBytes, Qt::Uninitialized);
        qToBigEndian(ops, limits.data());
        qToBigEndian(mem, limits.data() + 8);
        file += salt + limits + nonce + sealed;
        QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
        crypto_sign_detached(bytes(signature), nullptr, bytes(file), quint64(file.size()), bytes(own.value().secretKey));
        file += signature;
        // Written beside its final name and renamed when complete; the number
        // stays reserved only when the file is there.
        const bool opened = out.open(QIODevice::WriteOnly);
        if (opened)
            out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        if (!opened || out.write(file) != file.size() || !out.commit())
            return makeError(ErrorCode::Io,
                             tr("The enrolment file cannot be written to %1: %2").arg(path, out.errorString()));
        written = true;
        return {};
    });
    sodium_memzero(key, sizeof key);
    sodium_memzero(secretKey.data(), size_t(secretKey.size()));
    db.setCurrentUser(previousUser);
    if (!s) {
        if (written)
            QFile::remove(path); // written, then the database refused the commit
        return s.error();
    }
    return enrolled;
}

Status Enrolment::join(storage::Database &db, const QString &path, const QString &passphrase)
{
    security::ensureSodium();
    const auto damaged = [&] {
        return makeError(ErrorCode::Corrupt, tr("The enrolment file %1 is damaged. Ask the administrator for a new one.")
                                                 .arg(path));
    };
    auto used = db.scalar(u"SELECT (SELECT count(*) FROM users) + (SELECT count(*) FROM devices) "
                          "+ (SELECT count(*) FROM centres) + (SELECT count(*) FROM change_log)"_s);
    if (!used)
        return used.error();
    if (!db.deviceId().isEmpty() || used.value().toLongLong() > 0)
        return makeError(ErrorCode::Conflict, tr("This database is already in use. An enrolment file starts a new, "
                                                 "empty database."));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("The enrolment file %1 cannot be read: %2").arg(path, f.errorString()));
    if (f.size() > kMaxFileBytes)
        return makeError(ErrorCode::NotTamkeenFile, tr("%1 is not a Tamkeen enrolment file.").arg(path));
    const QByteArray file = f.readAll();
    if (!file.startsWith(QByteArray(kMagic, sizeof kMagic)))
        return makeError(ErrorCode::NotTamkeenFile, tr("%1 is not a Tamkeen enrolment file.").arg(path));
    if (file.size() < kHeaderBytes + crypto_secretbox_MACBYTES + crypto_sign_BYTES)
        return damaged();
    qsizetype at = sizeof kMagic;
    const QByteArray salt = file.mid(at, crypto_pwhash_SALTBYTES);
    at += crypto_pwhash_SALTBYTES;
    const quint64 ops = qFromBigEndian<quint64>(file.constData() + at);
    const quint64 mem = qFromBigEndian<quint64>(file.constData() + at + 8);
    at += kLimitsBytes;
    const QByteArray nonce = file.mid(at, crypto_secretbox_NONCEBYTES);
    at += crypto_secretbox_NONCEBYTES;
    const QByteArray signedPart = file.left(file.size() - crypto_sign_BYTES);
    const QByteArray signature = file.right(crypto_sign_BYTES);
    const QByteArray sealed = signedPart.mid(at);
    // Limits outside libsodium's range mean a damaged (or hostile) file.
    if (ops < crypto_pwhash_OPSLIMIT_MIN || ops > crypto_pwhash_OPSLIMIT_SENSITIVE || mem < crypto_pwhash_MEMLIMIT_MIN
        || mem > crypto_pwhash_MEMLIMIT_SENSITIVE)
        return damaged();
    unsigned char key[crypto_secretbox_KEYBYTES];
    if (!deriveKey(passphrase, salt, ops, mem, key))
        return makeError(ErrorCode::Io,
                         tr("Not enough memory to open the enrolment file. Close other programs and try again."));
    QByteArray plain(sealed.size() - crypto_secretbox_MACBYTES, Qt::Uninitialized);
    const int opened = crypto_secretbox_open_easy(bytes(plain), bytes(sealed), quint64(sealed.size()), bytes(nonce), key);
    sodium_memzero(key, sizeof key);
    if (opened != 0) // the passphrase, or a damaged file: the box cannot tell which
        return makeError(ErrorCode::Invalid,
                         tr("The passphrase does not open this enrolment file (or the file is damaged). Check the "
                            "passphrase with the administrator who made it."),
                         u"passphrase"_s);
    const QCborMap secrets = QCborValue::fromCbor(plain).toMap();
    sodium_memzero(plain.data(), size_t(plain.size()));
    const QByteArray orgId = secrets.value(u"org"_s).toByteArray(), orgKey = secrets.value(u"orgKey"_s).toByteArray();
    const QByteArray device = secrets.value(u"device"_s).toByteArray();
    const QByteArray secretKey = secrets.value(u"deviceSecret"_s).toByteArray();
    const QByteArray enrolledBy = secrets.value(u"enrolledBy"_s).toByteArray();
    const QCborValue root = secrets.value(u"orgRoot"_s), created = secrets.value(u"orgCreated"_s);
    const QCborMap identities = secrets.value(u"identities"_s).toMap();
    // The key epoch (files made before rotations: none, epoch 0).
    const int epoch = int(secrets.value(u"orgEpoch"_s).toInteger(0));
    QList<EpochRecord> records;
    for (const QCborValue &r : secrets.value(u"orgRecords"_s).toArray())
        records.append({r.toArray().at(0).toByteArray(), r.toArray().at(1).toByteArray()});
    if (epoch < 0 || (epoch == 0) != records.isEmpty() || (epoch > 0 && Rotation::epochKey(records) != orgKey))
        return damaged();
    if (orgId.size() != 16 || orgKey.size() != crypto_secretstream_xchacha20poly1305_KEYBYTES || device.size() != 16
        || secretKey.size() != crypto_sign_SECRETKEYBYTES || enrolledBy.size() != 16
        || !secrets.value(u"hlc"_s).isInteger() || (!root.isNull() && !root.isByteArray())
        || (!created.isNull() && !created.isInteger()))
        return damaged();

    // The identities: only the four tables, only columns this schema has.
    struct Table {
        QString name;
        QStringList columns;
        QList<QVariantList> rows;
    };
    QList<Table> tables;
    if (identities.size() > identityTables().size())
        return damaged();
    for (const QString &name : identityTables()) {
        if (!identities.contains(name)) {
            if (optionalIdentityTable(name))
                continue;
            return damaged();
        }
        const QCborMap t = identities.value(name).toMap();
        auto known = columnsOf(db, name);
        if (!known)
            return known.error();
        Table table{name, {}, {}};
        for (const QCborValue &c : t.value(u"columns"_s).toArray())
            table.columns << c.toString();
        if (table.columns.value(0) != u"id" || table.columns.size() != QSet<QString>(table.columns.begin(), table.columns.end()).size())
            return damaged();
        for (const QString &c : table.columns.mid(1))
            if (!known.value().contains(c))
                return makeError(ErrorCode::TooNew, tr("The enrolment file was made by a newer version of Tamkeen. "
                                                       "Install the same version as the administrator's computer."));
        for (const QCborValue &r : t.value(u"rows"_s).toArray()) {
            const QCborArray cells = r.toArray();
            if (cells.size() != table.columns.size() || cells.at(0).toByteArray().size() != 16)
                return damaged();
            QVariantList row;
            for (const QCborValue &cell : cells)
                row << fromCbor(cell);
            table.rows << row;
        }
        tables << table;
    }

    // Signed by the enrolling device, with the key its own row carries; and
    // the key pair given to this device is the one its row was enrolled with.
    const QByteArray signer = snapshotValue(identities, u"devices"_s, enrolledBy, u"public_key"_s).toByteArray();
    if (signer.size() != crypto_sign_PUBLICKEYBYTES
        || crypto_sign_verify_detached(bytes(signature), bytes(signedPart), quint64(signedPart.size()), bytes(signer)) != 0)
        return makeError(ErrorCode::Corrupt, tr("The enrolment file %1 is not signed by a device of its organisation: "
                                                "it was changed or forged. Ask the administrator for a new one.")
                                                 .arg(path));
    const QByteArray publicKey = secretKey.mid(crypto_sign_SECRETKEYBYTES - crypto_sign_PUBLICKEYBYTES);
    if (snapshotValue(identities, u"devices"_s, device, u"public_key"_s).toByteArray() != publicKey)
        return damaged();
    auto users = 0;
    for (const Table &t : tables)
        if (t.name == u"users")
            users = int(t.rows.size());
    if (users == 0)
        return damaged();

    const quint64 hlc = quint64(secrets.value(u"hlc"_s).toInteger());
    Status s = db.transaction([&]() -> Status {
        if (Status w = storage::setLocalValue(db, u"device_id"_s, device); !w)
            return w;
        // The one copy a snapshot to start from is believed from, and the
        // time before which its snapshots are too old (sync/Snapshot.h).
        if (Status w = storage::setLocalValue(db, u"enrolled_by"_s, enrolledBy); !w)
            return w;
        if (Status w = storage::setLocalValue(db, u"enrolled_hlc"_s, qint64(hlc)); !w)
            return w;
        // The keys go straight into a new vault, sealed below to every
        // account of the snapshot: never in clear in the file.
        if (Status w = security::Vault::create(db); !w)
            return w;
        if (Status w = SyncKeys::adopt(db, Organisation{orgId, orgKey, epoch, {}}, records,
                                       DeviceKeys{publicKey, secretKey});
            !w)
            return w;
        if (!root.isNull())
            if (Status w = storage::setLocalValue(db, u"org_root"_s, root.toByteArray()); !w)
                return w;
        if (!created.isNull())
            if (Status w = storage::setLocalValue(db, u"org_created"_s, created.toInteger()); !w)
                return w;
        // The rows as they are, without history: any real change that
        // arrives later has a version, and so overwrites them.
        for (const Table &t : tables) {
            const QString sql = u"INSERT INTO \"%1\" (%2) VALUES (%3)"_s.arg(
                t.name, quotedColumns(t.columns), QStringList(t.columns.size(), u"?"_s).join(u", "_s));
            for (const QVariantList &row : t.rows) {
                if (Status w = db.write(sql, row); !w)
                    return w;
                if (Status w = db.write(u"INSERT INTO sync_enrolled(tbl, row_id) VALUES (?, ?)"_s, {t.name, row.first()}); !w)
                    return w;
            }
            db.touched(t.name);
        }
        // The accounts as the file gave them: where the role history starts.
        if (Status w = RoleHistory::keepEnrolled(db, hlc); !w)
            return w;
        if (Status w = security::Vault::sealForUsers(db); !w)
            return w;
        // The enrolment is news from another device: this copy's changes come after it.
        return db.raiseHlcFloor(hlc);
    });
    // Nobody has logged in yet: the keys open at the first login.
    security::Vault::lock(db);
    if (!s)
        return s;
    db.setDeviceId(device);
    return {};
}

Status Enrolment::raiseFileCounter(storage::Database &db)
{
    if (db.deviceId().isEmpty())
        return {};
    auto device = org::Devices::thisDevice(db);
    if (!device)
        return {}; // not set up as a device with a number: nothing to raise
    auto part = Enrolment::fileNumberPart(db, device.value().deviceId);
    if (!part)
        return part.error();
    const QString prefix = device.value().centreCode + u'-' + part.value() + u'-';
    // '.' follows '-': the range is exactly the numbers with this prefix (the index serves it).
    auto last = db.scalar(u"SELECT max(file_number) FROM households WHERE file_number >= ? AND file_number < ?"_s,
                            {prefix, prefix.chopped(1) + u'.'});
    if (!last)
        return last.error();
    bool ok = false;
    const qint64 n = last.value().toString().mid(prefix.size()).toLongLong(&ok);
    if (!ok)
        return {};
    auto w = db.exec(u"INSERT INTO counters(name, value) VALUES ('household', ?) "
                       "ON CONFLICT(name) DO UPDATE SET value = max(value, excluded.value)"_s,
                       {n});
    if (!w)
        return w.error();
    return {};
}

} // namespace tamkeen::sync
