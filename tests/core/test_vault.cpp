// Keys at rest (issue 13 §4, §7 test 6): the organisation key and the device's
// signing key are kept sealed in the file's vault, which a login opens. A copy
// of the file without a password can neither make nor read packages.
#include "SyncFixture.h"

#include "security/UserService.h"
#include "security/Vault.h"
#include "storage/LocalState.h"

#include <QFile>

using namespace tamkeen;
using namespace tamkeen::test::syncfixture;
using security::Vault;

namespace {

const QString kAdminPassword = QStringLiteral("correct horse");

// The file as a thief would take it: the database and its write-ahead log.
QByteArray fileAndLog(const QString &path)
{
    return test::fileBytes(path) + test::fileBytes(path + QStringLiteral("-wal"));
}

// A copy of `from`'s file (and log) at `to`, taken while `from` is open.
void copyFiles(const QString &from, const QString &to)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        QFile::remove(to + suffix);
        if (QFile::exists(from + suffix))
            REQUIRE(QFile::copy(from + suffix, to + suffix));
    }
}

std::unique_ptr<storage::Database> openAt(const QString &path)
{
    auto opened = storage::Database::open(path);
    REQUIRE(opened.ok());
    return std::move(opened).value();
}

Result<security::Session> logIn(storage::Database &db, const QString &name, const QString &password)
{
    return security::UserService(db, security::HashCost::minimal()).login(name, password);
}

bool hasSeal(storage::Database &db, const QByteArray &userId)
{
    return !storage::localValue(db, QStringLiteral("vault_seal:") + QString::fromLatin1(userId.toHex())).value().isNull();
}

} // namespace

TEST_CASE("A copy of the database file opened without a password cannot export or import, and holds no key in clear",
          "[sync][vault]")
{
    const test::PlainFiles plain; // the vault's own guarantee, on a file without encryption at rest
    Org org(2);
    Device &a = org[0], &b = org[1];
    a.addPartner(QStringLiteral("جمعية البر"));
    REQUIRE(org.receive(b, org.sendFor(a, b)).ok()); // A has exported
    b.addPartner(QStringLiteral("جمعية الوفاء"));
    const QString fromB = org.sendFor(b, a);
    const QByteArray orgKey = SyncKeys::organisation(a.db).value().key;
    const DeviceKeys aKeys = SyncKeys::deviceKeys(a.db).value(), bKeys = SyncKeys::deviceKeys(b.db).value();
    REQUIRE(orgKey.size() == 32);
    REQUIRE(aKeys.secretKey.size() == 64);

    // Neither the set-up copy nor the enrolled one has a secret in its bytes:
    // not the keys, not the seed of the signing key, not the vault key.
    for (Device *d : {&a, &b}) {
        const QByteArray bytes = fileAndLog(d->t->path());
        const DeviceKeys keys = d == &a ? aKeys : bKeys;
        CHECK(bytes.contains(keys.publicKey)); // the bytes are there to search
        CHECK_FALSE(bytes.contains(orgKey));
        CHECK_FALSE(bytes.contains(keys.secretKey.left(32)));
        CHECK_FALSE(bytes.contains(d->db.vaultKey()));
    }

    const QString copyPath = org.dir.filePath(QStringLiteral("copied.sqlite"));
    copyFiles(a.t->path(), copyPath);
    const QByteArray copied = fileAndLog(copyPath);
    CHECK_FALSE(copied.contains(orgKey));
    CHECK_FALSE(copied.contains(aKeys.secretKey.left(32)));
    auto copy = openAt(copyPath);
    CHECK_FALSE(Vault::isUnlocked(*copy));

    const auto refusedEverything = [&] {
        const QString out = org.dir.filePath(QStringLiteral("from-copy.tamkeen"));
        auto written = Exporter(*copy).write(out, {});
        REQUIRE_FALSE(written.ok());
        CHECK(written.error().code == ErrorCode::PermissionDenied);
        CHECK(written.error().message == QStringLiteral("Log in to make or read sync packages."));
        CHECK_FALSE(QFile::exists(out));
        const qint64 partners = copy->scalar(QStringLiteral("SELECT count(*) FROM partners")).value().toLongLong();
        const ImportSummary imported = Importer(*copy).importFile(fromB);
        CHECK_FALSE(imported.ok());
        CHECK(imported.refused == QStringLiteral("Log in to make or read sync packages."));
        CHECK(copy->scalar(QStringLiteral("SELECT count(*) FROM partners")).value().toLongLong() == partners);
        auto enrolled = Enrolment::enrol(*copy, a.admin(), {QStringLiteral("حاسوب 9"), QStringLiteral("RUH"), 0},
                                         org.dir.filePath(QStringLiteral("stolen.tamkeen-enrol")), kPassphrase,
                                         KdfCost::Minimal);
        REQUIRE_FALSE(enrolled.ok());
        CHECK(enrolled.error().code == ErrorCode::PermissionDenied);
        CHECK(copy->scalar(QStringLiteral("SELECT count(*) FROM devices")).value().toLongLong() == 2);
    };
    refusedEverything();

    // A wrong password opens nothing.
    auto wrong = logIn(*copy, QStringLiteral("admin"), QStringLiteral("not the password"));
    CHECK_FALSE(wrong.ok());
    CHECK_FALSE(Vault::isUnlocked(*copy));
    refusedEverything();

    // The right one does: the copy is as good as the original to its users.
    REQUIRE(logIn(*copy, QStringLiteral("admin"), kAdminPassword).ok());
    CHECK(Vault::isUnlocked(*copy));
    CHECK(SyncKeys::organisation(*copy).value().key == orgKey);
    CHECK(SyncKeys::deviceKeys(*copy).value().secretKey == aKeys.secretKey);
    CHECK(Importer(*copy).importFile(fromB).ok());
}

TEST_CASE("A user made on another copy opens the keys here once imported - a deactivated user's seal is erased",
          "[sync][vault]")
{
    Org org(2);
    Device &a = org[0], &b = org[1];
    security::UserService onB(b.db, security::HashCost::minimal());
    const QString saraPassword = QStringLiteral("sara's own password");
    auto sara = onB.add(b.admin(), {QStringLiteral("sara"), QStringLiteral("سارة العتيبي"), security::Role::FieldWorker,
                                    saraPassword});
    REQUIRE(sara.ok());
    CHECK(hasSeal(b.db, sara.value())); // made here: sealed at once

    // Before the import, A has no seal for her (she is not there yet).
    CHECK_FALSE(hasSeal(a.db, sara.value()));
    REQUIRE(org.receive(a, org.sendFor(b, a)).ok());
    CHECK(hasSeal(a.db, sara.value()));

    // Sara logs in on A (a new connection, as after a restart) and exports.
    {
        auto again = openAt(a.t->path());
        CHECK_FALSE(Vault::isUnlocked(*again));
        REQUIRE(logIn(*again, QStringLiteral("sara"), saraPassword).ok());
        CHECK(Vault::isUnlocked(*again));
        auto written = Exporter(*again).write(org.dir.filePath(QStringLiteral("by-sara.tamkeen")), {});
        INFO((written ? std::string() : written.error().message.toStdString()));
        CHECK(written.ok());
    }

    // A password reset re-keys her: the seal follows the new key, and she logs in with it.
    security::UserService onA(a.db, security::HashCost::minimal());
    const QByteArray oldSeal = storage::localValue(a.db, QStringLiteral("vault_seal:") + QString::fromLatin1(sara.value().toHex()))
                                   .value()
                                   .toByteArray();
    REQUIRE(onA.resetPassword(a.admin(), sara.value(), QStringLiteral("a new password for sara")).ok());
    CHECK(storage::localValue(a.db, QStringLiteral("vault_seal:") + QString::fromLatin1(sara.value().toHex()))
              .value()
              .toByteArray()
          != oldSeal);
    {
        auto again = openAt(a.t->path());
        REQUIRE(logIn(*again, QStringLiteral("sara"), QStringLiteral("a new password for sara")).ok());
        CHECK(Vault::isUnlocked(*again));
    }

    // Deactivated on A: her seal goes there at once, and on B with the import.
    REQUIRE(onA.setActive(a.admin(), sara.value(), false).ok());
    CHECK_FALSE(hasSeal(a.db, sara.value()));
    CHECK(hasSeal(a.db, a.admin().userId));
    CHECK_FALSE(fileAndLog(a.t->path()).contains(oldSeal));
    CHECK(hasSeal(b.db, sara.value()));
    REQUIRE(org.receive(b, org.sendFor(a, b)).ok());
    CHECK_FALSE(hasSeal(b.db, sara.value()));
}

TEST_CASE("Keys kept in clear by an earlier version move into the vault at the first login, and their bytes go",
          "[sync][vault]")
{
    const test::PlainFiles plain; // an earlier version's file, before encryption at rest too
    auto t = test::makeSetUpDb();
    const Organisation org = SyncKeys::organisation(*t->db).value();
    const DeviceKeys keys = SyncKeys::deviceKeys(*t->db).value();
    // The file as the version before the vault left it: the secrets in clear, no vault.
    REQUIRE(t->db->transaction([&]() -> Status {
                     if (Status s = t->db->write(QStringLiteral("DELETE FROM local_state WHERE key GLOB 'vault*'"), {}); !s)
                         return s;
                     if (Status s = storage::setLocalValue(*t->db, QStringLiteral("org_key"), org.key); !s)
                         return s;
                     return storage::setLocalValue(*t->db, QStringLiteral("sign_secret"), keys.secretKey);
                 }).ok());
    t->db.reset();
    REQUIRE(test::fileBytes(t->path()).contains(org.key)); // the test starts from clear bytes

    t->db = openAt(t->path());
    CHECK_FALSE(SyncKeys::organisation(*t->db).ok()); // locked until someone logs in
    CHECK(SyncKeys::organisation(*t->db).error().code == ErrorCode::PermissionDenied);
    CHECK_FALSE(logIn(*t->db, QStringLiteral("admin"), QStringLiteral("not the password")).ok());
    CHECK_FALSE(Vault::isUnlocked(*t->db));
    REQUIRE(fileAndLog(t->path()).contains(org.key)); // nothing moved yet

    REQUIRE(logIn(*t->db, QStringLiteral("admin"), kAdminPassword).ok());
    CHECK(Vault::isUnlocked(*t->db));
    // The same keys, now from the vault; no clear row left.
    CHECK(SyncKeys::organisation(*t->db).value().key == org.key);
    CHECK(SyncKeys::organisation(*t->db).value().id == org.id);
    CHECK(SyncKeys::deviceKeys(*t->db).value().secretKey == keys.secretKey);
    for (const char *key : {"org_key", "sign_secret"})
        CHECK(storage::localValue(*t->db, QString::fromLatin1(key)).value().isNull());
    CHECK(hasSeal(*t->db, t->admin.userId));
    // Gone from the file and its log, while it is open and after it is closed.
    CHECK_FALSE(fileAndLog(t->path()).contains(org.key));
    CHECK_FALSE(fileAndLog(t->path()).contains(keys.secretKey.left(32)));
    t->db.reset();
    CHECK_FALSE(test::fileBytes(t->path()).contains(org.key));
    CHECK_FALSE(test::fileBytes(t->path()).contains(keys.secretKey.left(32)));

    // And the next login opens the vault made at the first.
    t->db = openAt(t->path());
    REQUIRE(logIn(*t->db, QStringLiteral("admin"), kAdminPassword).ok());
    CHECK(SyncKeys::organisation(*t->db).value().key == org.key);
}

TEST_CASE("Logging out locks the keys again", "[sync][vault]")
{
    auto t = test::makeSetUpDb();
    REQUIRE(Vault::isUnlocked(*t->db)); // setup logs its administrator in
    t->db->forgetSigningKeys();
    t->db->setCurrentUser({});
    CHECK_FALSE(Vault::isUnlocked(*t->db));
    auto org = SyncKeys::organisation(*t->db);
    REQUIRE_FALSE(org.ok());
    CHECK(org.error().code == ErrorCode::PermissionDenied);
    // A logged-in user without a seal here is told what to do.
    t->db->setCurrentUser(t->admin.userId);
    CHECK(SyncKeys::organisation(*t->db).error().message.contains(QStringLiteral("log in here once")));
}

TEST_CASE("An enrolled laptop keeps its keys sealed to the enrolment's active accounts - they open at the first login",
          "[sync][vault][enrol]")
{
    const test::PlainFiles plain; // the vault's own guarantee, on a file without encryption at rest
    Device a(1);
    security::UserService onA(a.db, security::HashCost::minimal());
    auto sara = onA.add(a.admin(), {QStringLiteral("sara"), QStringLiteral("سارة العتيبي"), security::Role::FieldWorker,
                                    QStringLiteral("sara's own password")});
    auto gone = onA.add(a.admin(), {QStringLiteral("gone"), QStringLiteral("حساب موقوف"), security::Role::FieldWorker,
                                    QStringLiteral("a password that is gone")});
    REQUIRE(sara.ok());
    REQUIRE(gone.ok());
    REQUIRE(onA.setActive(a.admin(), gone.value(), false).ok());
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("laptop.tamkeen-enrol"));
    REQUIRE(Enrolment::enrol(a.db, a.admin(), {QStringLiteral("حاسوب 2"), QStringLiteral("RUH"), 0}, file, kPassphrase,
                             KdfCost::Minimal)
                .ok());

    auto laptop = openAt(dir.filePath(QStringLiteral("laptop.sqlite")));
    REQUIRE(Enrolment::join(*laptop, file, kPassphrase).ok());
    CHECK_FALSE(Vault::isUnlocked(*laptop)); // nobody has logged in yet
    CHECK(SyncKeys::organisation(*laptop).error().code == ErrorCode::PermissionDenied);
    CHECK(hasSeal(*laptop, a.admin().userId));
    CHECK(hasSeal(*laptop, sara.value()));
    CHECK_FALSE(hasSeal(*laptop, gone.value()));
    CHECK_FALSE(logIn(*laptop, QStringLiteral("sara"), QStringLiteral("not sara's password")).ok());
    CHECK_FALSE(Vault::isUnlocked(*laptop));

    REQUIRE(logIn(*laptop, QStringLiteral("sara"), QStringLiteral("sara's own password")).ok());
    REQUIRE(Vault::isUnlocked(*laptop));
    const QByteArray orgKey = SyncKeys::organisation(a.db).value().key;
    CHECK(SyncKeys::organisation(*laptop).value().key == orgKey);
    const DeviceKeys keys = SyncKeys::deviceKeys(*laptop).value();
    CHECK(keys.publicKey == laptop->scalar(QStringLiteral("SELECT public_key FROM devices WHERE id = ?"), {laptop->deviceId()})
                                .value()
                                .toByteArray());
    const QByteArray bytes = fileAndLog(laptop->path());
    CHECK(bytes.contains(keys.publicKey));
    CHECK_FALSE(bytes.contains(orgKey));
    CHECK_FALSE(bytes.contains(keys.secretKey.left(32)));
}
