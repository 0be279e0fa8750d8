#include "CliSupport.h"
#include "security/FileKeys.h"
#include "org/DeviceInfo.h"
#include "org/Setup.h"
#include "storage/Uuid.h"
#include "sync/Enrolment.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace tamkeen::cli {

namespace {

// Nothing half set-up is left behind.
void removeDatabase(std::unique_ptr<storage::Database> database)
{
    const QString path = database->path();
    database.reset();
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
        QFile::remove(path + suffix);
}

int joinWithEnrolment(const QString &path, const QString &file, bool otherOptions)
{
    if (path.isEmpty())
        return fail(u"--db is required"_s, Usage);
    if (otherOptions)
        return fail(u"--enrolment takes no other option than --db: the centre, the device and the accounts come "
                    "from the file"_s,
                    Usage);
    if (QFileInfo::exists(path))
        return fail(u"%1 already exists; init only creates new databases"_s.arg(path));
    if (!QFileInfo::exists(file))
        return fail(u"%1 does not exist"_s.arg(file), Usage);
    auto passphrase = orgPassphrase();
    if (!passphrase)
        return fail(passphrase.error().message);
    auto database = openDatabase(path, true);
    if (!database)
        return Failed;
    if (Status s = sync::Enrolment::join(*database, file, passphrase.value()); !s) {
        removeDatabase(std::move(database));
        return fail(s.error().message);
    }
    auto device = org::Devices::thisDevice(*database);
    if (!device)
        return fail(device.error().message);
    out(u"created %1 (centre %2, device %3 number %4); log in with your organisation account"_s.arg(
        database->path(), device.value().centreCode, storage::uuidToString(database->deviceId()))
            .arg(device.value().number));
    return Ok;
}

} // namespace

int runInit(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption db(u"db"_s, u"The new database file."_s, u"PATH"_s);
    const QCommandLineOption code(u"centre-code"_s, u"Centre code, 2-6 Latin letters/digits (e.g. RUH)."_s, u"C"_s);
    const QCommandLineOption centre(u"centre-name"_s, u"Centre name."_s, u"N"_s);
    const QCommandLineOption region(u"region"_s, u"Region or governorate of the centre."_s, u"R"_s);
    const QCommandLineOption device(u"device-name"_s, u"Name of this device."_s, u"D"_s);
    const QCommandLineOption number(u"device-number"_s, u"Number of this device in its centre (default 1)."_s, u"N"_s,
                                    u"1"_s);
    const QCommandLineOption admin(u"admin"_s, u"User name of the first administrator."_s, u"USER"_s);
    const QCommandLineOption fullName(u"admin-name"_s, u"Full name of the administrator (default: the user name)."_s,
                                      u"NAME"_s);
    const QCommandLineOption enrolment(u"enrolment"_s, u"Start from this enrolment file an administrator made "
                                                       "(devices enrol; passphrase from TAMKEEN_ORG_PASSPHRASE, else "
                                                       "asked) instead of making a new organisation. No other option "
                                                       "but --db goes with it."_s,
                                       u"FILE"_s);
    p.addOptions({db, code, centre, region, device, number, admin, fullName, enrolment});
    if (int r = parse(p, args, u"Create a new Tamkeen database: a new organisation, or a laptop joining one with "
                               "its enrolment file. The new administrator's password comes from TAMKEEN_PASSWORD, "
                               "else it is asked for."_s);
        r >= 0)
        return r;
    if (p.isSet(enrolment))
        return joinWithEnrolment(p.value(db), p.value(enrolment),
                                 p.isSet(code) || p.isSet(centre) || p.isSet(region) || p.isSet(device) || p.isSet(number)
                                     || p.isSet(admin) || p.isSet(fullName));
    for (const auto &required : {db, code, centre, device, admin}) {
        if (p.value(required).isEmpty())
            return fail(u"--%1 is required"_s.arg(required.names().first()), Usage);
    }
    if (QFileInfo::exists(p.value(db)))
        return fail(u"%1 already exists; init only creates new databases"_s.arg(p.value(db)));
    bool numberOk = false;
    org::SetupRequest request;
    request.centreCode = p.value(code);
    request.centreName = p.value(centre);
    request.region = p.value(region);
    request.deviceName = p.value(device);
    request.deviceNumber = p.value(number).toInt(&numberOk);
    request.adminUsername = p.value(admin);
    request.adminFullName = p.isSet(fullName) ? p.value(fullName) : p.value(admin);
    if (!numberOk)
        return fail(u"--device-number must be a number"_s, Usage);
    // Check everything before asking for a password or creating the file.
    if (Status s = org::Setup::validate(request); !s)
        return fail(s.error().message, Usage);
    auto password = readPassword("TAMKEEN_PASSWORD", u"Password for %1: "_s.arg(request.adminUsername));
    if (!password)
        return fail(password.error().message);
    request.adminPassword = password.value();
    if (const QString weak = security::PasswordHasher::weakness(request.adminPassword); !weak.isEmpty())
        return fail(weak, Usage);
    auto database = openDatabase(p.value(db), true);
    if (!database)
        return Failed;
    auto session = org::Setup::run(*database, request);
    if (!session) {
        removeDatabase(std::move(database));
        return fail(session.error().message);
    }
    out(u"created %1 (centre %2, device %3, administrator %4)"_s.arg(
        database->path(), org::Setup::normalizeCentreCode(request.centreCode), storage::uuidToString(database->deviceId()),
        session.value().username));
    // The organisation's recovery key opens every copy if all passwords are lost.
    auto recovery = security::FileKeys::makeRecoveryKey(*database, session.value());
    if (!recovery)
        return fail(recovery.error().message);
    out(u"recovery key: %1"_s.arg(recovery.value()));
    out(u"(shown once: print it or write it down, and keep it locked away; with it, anyone can open this "
        "organisation's databases)"_s);
    return Ok;
}

} // namespace tamkeen::cli
