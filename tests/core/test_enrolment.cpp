// Enrolment (issue 13 §1): an administrator enrols a laptop, which starts from
// the enrolment file; device numbers stay unique, and a number two
// administrators reserved offline is detected and resolved alike everywhere.
#include "SyncFixture.h"

#include "org/DeviceInfo.h"
#include "registry/HouseholdService.h"
#include "security/UserService.h"
#include "storage/Inspect.h"

#include <QSet>
#include <sodium.h>

using namespace tamkeen;
using namespace tamkeen::test::syncfixture;

namespace {

int numberOf(Device &on, const QByteArray &device)
{
    return on.db.scalar(QStringLiteral("SELECT number FROM devices WHERE id = ?"), {device}).value().toInt();
}

// A household made on `d` through the registry, so it gets its file number as users' do.
QString addHousehold(Device &d, int i)
{
    static const QStringList given{QStringLiteral("سالم"), QStringLiteral("خالد"), QStringLiteral("فهد"),
                                   QStringLiteral("ماجد"), QStringLiteral("عادل"), QStringLiteral("ناصر")};
    static const QStringList family{QStringLiteral("القحطاني"), QStringLiteral("العتيبي"), QStringLiteral("الدوسري"),
                                    QStringLiteral("الشهري"), QStringLiteral("الغامدي"), QStringLiteral("الزهراني")};
    registry::HouseholdData h;
    h.region = QStringLiteral("منطقة الرياض");
    h.city = QStringLiteral("الخرج");
    registry::MemberData m;
    m.givenName = given[i % given.size()];
    m.fatherName = given[(i / given.size() + 1) % given.size()];
    m.familyName = family[(i / 3) % family.size()] + QStringLiteral(" ") + family[i % family.size()];
    m.sex = QStringLiteral("male");
    m.birthDate = QDate(1970 + i % 30, 1 + i % 12, 1 + i % 28);
    m.relation = QStringLiteral("head");
    d.db.setCurrentUser(d.admin().userId);
    auto id = registry::HouseholdService(d.db).create(d.admin(), h, m);
    INFO((id ? std::string() : id.error().message.toStdString()));
    REQUIRE(id.ok());
    return d.db.scalar(QStringLiteral("SELECT file_number FROM households WHERE id = ?"), {id.value()}).value().toString();
}

QStringList sharedFileNumbers(Device &d)
{
    QStringList shared;
    auto q = d.db.exec(QStringLiteral("SELECT file_number FROM households GROUP BY file_number HAVING count(*) > 1"));
    REQUIRE(q.ok());
    while (q.value()->next())
        shared << q.value()->value(0).toString();
    q.value()->finish();
    return shared;
}

qint64 count(Device &d, const QString &sql)
{
    return d.db.scalar(sql).value().toLongLong();
}

// What a database holds of an organisation: nothing, after a refused join.
void requireUntouched(storage::Database &db)
{
    CHECK(db.deviceId().isEmpty());
    CHECK_FALSE(org::Setup::isDone(db));
    for (const char *sql : {"SELECT count(*) FROM local_state WHERE key IN ('org_id', 'org_key', 'device_id', "
                            "'sign_public', 'sign_secret', 'org_root', 'org_created') OR key GLOB 'vault*'",
                            "SELECT count(*) FROM users", "SELECT count(*) FROM devices", "SELECT count(*) FROM centres",
                            "SELECT count(*) FROM sync_enrolled"})
        CHECK(db.scalar(QString::fromLatin1(sql)).value().toLongLong() == 0);
}

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

} // namespace

TEST_CASE("Two laptops enrolled by one administrator get different numbers, and after syncs in any order no two "
          "households share a file number",
          "[sync][enrol]")
{
    for (const bool cFirst : {false, true}) {
        DYNAMIC_SECTION((cFirst ? "C syncs first" : "B syncs first"))
        {
            Org org(3);
            Device &a = org[0], &b = org[1], &c = org[2];
            CHECK(numberOf(a, a.id()) == 1);
            CHECK(numberOf(a, b.id()) == 2);
            CHECK(numberOf(a, c.id()) == 3);
            CHECK(numberOf(b, b.id()) == 2); // each laptop knows its own number from its file
            CHECK(numberOf(c, c.id()) == 3);
            QSet<QString> made;
            for (int i = 0; i < 4; ++i)
                for (Device *d : {&a, &b, &c})
                    made.insert(addHousehold(*d, int(made.size())));
            CHECK(made.size() == 12);
            CHECK(made.contains(QStringLiteral("RUH-02-000001")));
            CHECK(made.contains(QStringLiteral("RUH-03-000001")));
            Device &first = cFirst ? c : b, &second = cFirst ? b : c;
            org.exchange(first, a);
            org.exchange(second, a);
            org.exchange(first, a);
            org.exchange(second, first);
            for (Device *d : {&a, &b, &c}) {
                CHECK(count(*d, QStringLiteral("SELECT count(*) FROM households")) == 12);
                CHECK(sharedFileNumbers(*d).isEmpty());
                CHECK(Enrolment::duplicateNumbers(d->db).value().isEmpty());
                CHECK(storage::checkDatabase(d->db).value().isEmpty());
            }
            CHECK(a.dump() == b.dump());
            CHECK(a.dump() == c.dump());
        }
    }
}

TEST_CASE("A laptop joins from its enrolment file with the organisation's accounts and no administrator of its own",
          "[sync][enrol]")
{
    Org org(2);
    Device &a = org[0], &b = org[1];
    // B holds A's identities and keys, and nothing it made itself.
    CHECK(org::Setup::isDone(b.db));
    CHECK(count(b, QStringLiteral("SELECT count(*) FROM users")) == 1);
    CHECK(b.changes() == 0);
    CHECK(SyncKeys::organisation(b.db).value().id == SyncKeys::organisation(a.db).value().id);
    CHECK(SyncKeys::organisation(b.db).value().key == SyncKeys::organisation(a.db).value().key);
    CHECK(SyncKeys::deviceKeys(b.db).value().publicKey
          == b.db.scalar(QStringLiteral("SELECT public_key FROM devices WHERE id = ?"), {b.id()}).value().toByteArray());
    for (const char *key : {"org_created"})
        CHECK(b.db.scalar(QStringLiteral("SELECT value FROM local_state WHERE key = ?"), {QString::fromLatin1(key)}).value()
              == a.db.scalar(QStringLiteral("SELECT value FROM local_state WHERE key = ?"), {QString::fromLatin1(key)}).value());
    CHECK(storage::checkDatabase(b.db).value().isEmpty());
    // People log in with their organisation accounts.
    security::UserService users(b.db, security::HashCost::minimal());
    auto session = users.login(QStringLiteral("admin"), QStringLiteral("correct horse"));
    REQUIRE(session.ok());
    CHECK(session.value().userId == a.admin().userId);
    // The rows it started with are overwritten by their real entries when they come.
    a.set(a.admin().userId, QStringLiteral("full_name"), QStringLiteral("نورة القحطاني"), QStringLiteral("users"));
    org.exchange(a, b);
    CHECK(b.get(a.admin().userId, QStringLiteral("full_name"), QStringLiteral("users")) == QStringLiteral("نورة القحطاني"));
    CHECK(a.dump() == b.dump());
    CHECK(b.conflicts() == 0);
    CHECK(storage::checkDatabase(b.db).value().isEmpty());
}

TEST_CASE("A wrong passphrase, a damaged, truncated, forged or foreign enrolment file, or a used database: refused "
          "with nothing written",
          "[sync][enrol]")
{
    Device a(1);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("laptop.tamkeen-enrol"));
    EnrolRequest request{QStringLiteral("Laptop 7"), QStringLiteral("ruh"), 0};
    auto enrolled = Enrolment::enrol(a.db, a.admin(), request, path, kPassphrase, KdfCost::Minimal);
    REQUIRE(enrolled.ok());
    CHECK(enrolled.value().number == 2);
    const QByteArray good = readBytes(path);

    auto fresh = std::make_unique<test::TestDb>();
    fresh->db = storage::Database::open(fresh->path()).value();
    storage::Database &db = *fresh->db;

    Status s = Enrolment::join(db, path, QStringLiteral("not the passphrase at all"));
    CHECK(s.error().field == QStringLiteral("passphrase"));
    requireUntouched(db);

    const QString bad = dir.filePath(QStringLiteral("bad.tamkeen-enrol"));
    QByteArray flipped = good;
    flipped[flipped.size() / 2] = char(flipped[flipped.size() / 2] ^ 0x20);
    writeBytes(bad, flipped);
    CHECK_FALSE(Enrolment::join(db, bad, kPassphrase).ok());
    requireUntouched(db);

    writeBytes(bad, good.left(good.size() - 100));
    CHECK_FALSE(Enrolment::join(db, bad, kPassphrase).ok());
    requireUntouched(db);
    writeBytes(bad, good.left(20));
    CHECK(Enrolment::join(db, bad, kPassphrase).error().code == ErrorCode::Corrupt);
    requireUntouched(db);
    writeBytes(bad, QByteArray("TAMKSYNC") + good.mid(8));
    CHECK(Enrolment::join(db, bad, kPassphrase).error().code == ErrorCode::NotTamkeenFile);
    requireUntouched(db);

    // The signature is the enrolling device's: another key's is refused.
    QByteArray pk(crypto_sign_PUBLICKEYBYTES, 0), sk(crypto_sign_SECRETKEYBYTES, 0);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(pk.data()), reinterpret_cast<unsigned char *>(sk.data()));
    QByteArray resigned = good.left(good.size() - crypto_sign_BYTES);
    QByteArray signature(crypto_sign_BYTES, 0);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(resigned.constData()), quint64(resigned.size()),
                         reinterpret_cast<const unsigned char *>(sk.constData()));
    writeBytes(bad, resigned + signature);
    CHECK(Enrolment::join(db, bad, kPassphrase).error().message.contains(QStringLiteral("not signed")));
    requireUntouched(db);

    // A database of another organisation (or already in use) is not started again.
    Device other(1);
    const QByteArray otherOrg = SyncKeys::organisation(other.db).value().id;
    const QByteArray otherDump = other.dump();
    CHECK(Enrolment::join(other.db, path, kPassphrase).error().code == ErrorCode::Conflict);
    CHECK(SyncKeys::organisation(other.db).value().id == otherOrg);
    CHECK(other.dump() == otherDump);

    // And the good file, with its passphrase, still joins the untouched database.
    REQUIRE(Enrolment::join(db, path, kPassphrase).ok());
    CHECK(db.deviceId() == enrolled.value().id);
    CHECK(org::Setup::isDone(db));
    // Once joined, the same file is not applied again.
    CHECK(Enrolment::join(db, path, kPassphrase).error().code == ErrorCode::Conflict);
}

TEST_CASE("Only an administrator enrols; a refused enrolment reserves no number and writes no file", "[sync][enrol]")
{
    Device a(1);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("laptop.tamkeen-enrol"));
    const qint64 devices = count(a, QStringLiteral("SELECT count(*) FROM devices"));
    const qint64 logged = a.changes();
    const auto refused = [&](const security::Session &by, const EnrolRequest &r, const QString &passphrase = kPassphrase,
                             const QString &to = {}) {
        auto e = Enrolment::enrol(a.db, by, r, to.isEmpty() ? path : to, passphrase, KdfCost::Minimal);
        CHECK_FALSE(e.ok());
        CHECK(count(a, QStringLiteral("SELECT count(*) FROM devices")) == devices);
        CHECK(a.changes() == logged);
        CHECK_FALSE(QFile::exists(path));
        return e.ok() ? Error{} : e.error();
    };
    const EnrolRequest ok{QStringLiteral("Laptop 7"), QStringLiteral("RUH"), 0};

    security::Session supervisor = a.admin();
    supervisor.role = security::Role::Supervisor;
    CHECK(refused(supervisor, ok).code == ErrorCode::PermissionDenied);
    // A session that claims the role is checked against the account's row.
    security::UserService users(a.db, security::HashCost::minimal());
    auto worker = users.add(a.admin(), {QStringLiteral("worker"), QStringLiteral("عامل ميداني"),
                                        security::Role::FieldWorker, QStringLiteral("a good password")});
    REQUIRE(worker.ok());
    const qint64 afterUser = a.changes();
    security::Session claims{worker.value(), QStringLiteral("worker"), QString(), security::Role::Administrator};
    const auto refusedNow = [&](const security::Session &by, const EnrolRequest &r, const QString &passphrase = kPassphrase,
                                const QString &to = {}) {
        auto e = Enrolment::enrol(a.db, by, r, to.isEmpty() ? path : to, passphrase, KdfCost::Minimal);
        CHECK_FALSE(e.ok());
        CHECK(count(a, QStringLiteral("SELECT count(*) FROM devices")) == devices);
        CHECK(a.changes() == afterUser);
        CHECK_FALSE(QFile::exists(path));
        return e.ok() ? Error{} : e.error();
    };
    CHECK(refusedNow(claims, ok).code == ErrorCode::PermissionDenied);
    CHECK(refusedNow(a.admin(), {QString(), QStringLiteral("RUH"), 0}).field == QStringLiteral("name"));
    CHECK(refusedNow(a.admin(), {QStringLiteral("Laptop 7"), QStringLiteral("JED"), 0}).field == QStringLiteral("centre"));
    CHECK(refusedNow(a.admin(), {QStringLiteral("Laptop 7"), QStringLiteral("RUH"), 1}).code == ErrorCode::Conflict);
    CHECK(refusedNow(a.admin(), {QStringLiteral("Laptop 7"), QStringLiteral("RUH"), 1000}).field == QStringLiteral("number"));
    CHECK(refusedNow(a.admin(), ok, QStringLiteral("short")).field == QStringLiteral("passphrase"));
    CHECK(refusedNow(a.admin(), ok, kPassphrase, dir.filePath(QStringLiteral("no/such/folder/x.tamkeen-enrol"))).code
          == ErrorCode::Io);

    // The next free number skips numbers taken, and a number chosen by hand is kept.
    auto seven = Enrolment::enrol(a.db, a.admin(), {QStringLiteral("Laptop 7"), QStringLiteral("RUH"), 7}, path,
                                  kPassphrase, KdfCost::Minimal);
    REQUIRE(seven.ok());
    CHECK(seven.value().number == 7);
    CHECK(Enrolment::nextFreeNumber(a.db).value() == 2);
}

TEST_CASE("Two administrators offline reserve the same number: both copies detect it and resolve it alike, without "
          "changing a file number already given",
          "[sync][enrol]")
{
    Org org(2);
    Device &a = org[0], &b = org[1];
    // Offline, each administrator's copy sees number 5 free.
    Device &x = org.enrol(a, 5);
    Device &y = org.enrol(b, 5);
    REQUIRE(x.id() < y.id()); // ids begin with the time they were made: X was enrolled first
    CHECK(Enrolment::duplicateNumbers(a.db).value().isEmpty());
    CHECK(Enrolment::duplicateNumbers(b.db).value().isEmpty());
    const QString xFirst = addHousehold(x, 0);
    CHECK(xFirst == QStringLiteral("RUH-05-000001"));

    org.exchange(a, b);
    const QByteArray keeps = std::min(x.id(), y.id()), other = std::max(x.id(), y.id());
    for (Device *d : {&a, &b}) {
        const auto dups = Enrolment::duplicateNumbers(d->db).value();
        REQUIRE(dups.size() == 1);
        CHECK(dups[0].number == 5);
        CHECK(dups[0].devices == QList<QByteArray>{keeps, other});
        CHECK(Enrolment::fileNumberPart(d->db, keeps).value() == QStringLiteral("05"));
        CHECK(Enrolment::fileNumberPart(d->db, other).value() == QStringLiteral("05B"));
    }
    // The laptops learn of it at their next sync, and number new files apart.
    org.exchange(x, a);
    org.exchange(y, b);
    org.exchange(x, a);
    Device &keeper = x.id() == keeps ? x : y, &mover = x.id() == keeps ? y : x;
    const QString kept = addHousehold(keeper, 1), moved = addHousehold(mover, 2);
    CHECK(kept.startsWith(QStringLiteral("RUH-05-")));
    CHECK(moved.startsWith(QStringLiteral("RUH-05B-")));
    org.exchange(keeper, a);
    org.exchange(mover, b);
    org.exchange(a, b);
    for (Device *d : {&a, &b}) {
        CHECK(sharedFileNumbers(*d).isEmpty());
        // The file number given before the duplicate was found is unchanged.
        CHECK(count(*d, QStringLiteral("SELECT count(*) FROM households WHERE file_number = 'RUH-05-000001'")) == 1);
    }
    CHECK(a.dump() == b.dump());

    // Revoking one of the two ends the duplicate; the letter stays (its files are printed).
    REQUIRE(SyncDevices(a.db).revoke(a.admin(), mover.id(), QStringLiteral("رقم مكرر")).ok());
    CHECK(Enrolment::duplicateNumbers(a.db).value().isEmpty());
    CHECK(Enrolment::fileNumberPart(a.db, mover.id()).value() == QStringLiteral("05B"));
}

TEST_CASE("Device numbers: the letter after a number kept by another device", "[enrol]")
{
    CHECK(Enrolment::fileNumberPart(3, 0) == QStringLiteral("03"));
    CHECK(Enrolment::fileNumberPart(3, 1) == QStringLiteral("03B"));
    CHECK(Enrolment::fileNumberPart(12, 2) == QStringLiteral("12C"));
    CHECK(Enrolment::fileNumberPart(120, 0) == QStringLiteral("120"));
}
