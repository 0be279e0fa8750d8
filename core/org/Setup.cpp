#include "org/Setup.h"

#include "org/DeviceInfo.h"
#include "security/UserService.h"
#include "security/Vault.h"
#include "storage/Database.h"
#include "storage/LocalState.h"
#include "storage/SyncedWriter.h"
#include "sync/SyncKeys.h"
#include "storage/Uuid.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace tamkeen::org {

using security::NewUser;
using security::Role;

QString Setup::normalizeCentreCode(const QString &code)
{
    return code.trimmed().toUpper();
}

bool Setup::isDone(storage::Database &db)
{
    if (db.deviceId().isEmpty())
        return false;
    auto users = db.scalar(u"SELECT count(*) FROM users WHERE deleted = 0"_s);
    return users && users.value().toLongLong() > 0;
}

Status Setup::validateCentreCode(const QString &code)
{
    static const QRegularExpression codePattern(u"^[A-Z][A-Z0-9]{1,5}$"_s);
    if (!codePattern.match(normalizeCentreCode(code)).hasMatch())
        return makeError(ErrorCode::Invalid,
                         tr("The centre code must be 2 to 6 Latin letters or digits, starting with a letter (e.g. RUH)."),
                         u"centreCode"_s);
    return {};
}

Status Setup::validate(const SetupRequest &r)
{
    if (Status s = validateCentreCode(r.centreCode); !s)
        return s;
    if (r.centreName.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Enter the centre's name."), u"centreName"_s);
    if (r.deviceName.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Enter a name for this device, e.g. \"Laptop of the Al-Kharj branch\"."),
                         u"deviceName"_s);
    if (r.deviceNumber < 1 || r.deviceNumber > 999)
        return makeError(ErrorCode::Invalid, tr("The device number must be between 1 and 999."), u"deviceNumber"_s);
    return {};
}

Result<security::Session> Setup::run(storage::Database &db, const SetupRequest &r, security::HashCost cost)
{
    if (isDone(db))
        return makeError(ErrorCode::Conflict, tr("This database has already been set up."));
    if (Status s = validate(r); !s)
        return s.error();
    security::UserService users(db, cost);
    const NewUser admin{r.adminUsername, r.adminFullName, Role::Administrator, r.adminPassword};
    if (Status s = users.validate(admin, false); !s)
        return s.error();

    // The device row's key is this installation's identity, and the administrator
    // is the author of everything setup writes, its own account included. That
    // administrator is the organisation's root: its public key, kept in
    // local_state (org_root), vouches for its own first account everywhere.
    auto keys = users.makeKeys(r.adminPassword);
    if (!keys)
        return keys.error();
    const QByteArray deviceId = storage::newUuidV7();
    const QByteArray adminId = storage::newUuidV7();
    storage::SyncedWriter writer(db);
    db.setDeviceId(deviceId);
    db.setSigningKey(adminId, keys.value().secretKey);
    db.setCurrentUser(adminId);
    Status s = db.transaction([&]() -> Status {
        if (Status w = storage::setLocalValue(db, u"device_id"_s, deviceId); !w)
            return w;
        // The keys below are kept in a new vault, sealed to the administrator
        // at the end (docs/trust.md, "Keys at rest"): never in clear.
        if (Status w = security::Vault::create(db); !w)
            return w;
        // A new organisation (other laptops join it from an enrolment file)
        // and this device's signing keys for packages; first,
        // as the administrator's signatures name the organisation.
        if (auto org = sync::SyncKeys::organisation(db); !org)
            return org.error();
        auto deviceKeys = sync::SyncKeys::deviceKeys(db);
        if (!deviceKeys)
            return deviceKeys.error();
        if (Status w = storage::setLocalValue(db, u"org_root"_s, keys.value().publicKey); !w)
            return w;
        if (auto user = users.insertUser(admin, adminId, &keys.value()); !user)
            return user.error();
        auto centreId = writer.insert(u"centres"_s, {{u"code"_s, normalizeCentreCode(r.centreCode)},
                                                     {u"name"_s, r.centreName.trimmed()},
                                                     {u"region"_s, r.region.trimmed()}});
        if (!centreId)
            return centreId.error();
        // The device's row carries the public key every copy checks its
        // packages with (docs/trust.md).
        auto device = writer.insert(u"devices"_s,
                                    {{u"number"_s, r.deviceNumber},
                                     {u"name"_s, r.deviceName.trimmed()},
                                     {u"centre_id"_s, centreId.value()},
                                     {u"public_key"_s, deviceKeys.value().publicKey}},
                                    deviceId);
        if (!device)
            return device.error();
        // When the organisation was made: no entry is older (docs/trust.md).
        auto created = db.scalar(u"SELECT min(hlc) FROM change_log"_s);
        if (!created)
            return created.error();
        // A time already kept stays: it is never moved later.
        auto kept = storage::localValue(db, u"org_created"_s);
        if (!kept)
            return kept.error();
        if (kept.value().isNull()) {
            if (Status w = storage::setLocalValue(db, u"org_created"_s, created.value().toLongLong()); !w)
                return w;
        }
        return security::Vault::sealForUsers(db);
    });
    if (!s) {
        security::Vault::lock(db);
        db.setDeviceId({});
        db.setCurrentUser({});
        db.setSigningKey(adminId, {});
        return s.error();
    }
    security::Session session{adminId, security::UserService::normalizeUsername(r.adminUsername),
                              r.adminFullName.trimmed(), Role::Administrator};
    session.signingKey = keys.value().secretKey;
    return session;
}

} // namespace tamkeen::org
