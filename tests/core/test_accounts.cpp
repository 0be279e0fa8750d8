#include "org/DeviceInfo.h"
#include "org/Setup.h"
#include "security/PasswordHasher.h"
#include "security/UserService.h"
#include "storage/Database.h"
#include "support/TestDb.h"
#include "support/catch.h"

#include <QTemporaryDir>

using namespace tamkeen;
using namespace tamkeen::security;

TEST_CASE("Setup creates the centre, this device and the first administrator", "[accounts][setup]")
{
    auto t = test::makeSetUpDb(3);
    auto device = org::Devices::thisDevice(*t->db);
    REQUIRE(device.ok());
    CHECK(device.value().centreCode == QStringLiteral("RUH"));
    CHECK(device.value().number == 3);
    CHECK(device.value().centreName == QStringLiteral("مركز الرياض للتمكين"));
    CHECK(t->admin.username == QStringLiteral("admin"));
    CHECK(t->admin.isAdministrator());
    CHECK(org::Setup::isDone(*t->db));
    // A second setup is refused.
    auto again = org::Setup::run(*t->db, test::sampleSetup(), HashCost::minimal());
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::Conflict);
}

TEST_CASE("Setup with bad input names the field and writes nothing", "[accounts][setup]")
{
    QTemporaryDir dir;
    auto db = storage::Database::open(dir.filePath(QStringLiteral("t.sqlite")));
    REQUIRE(db.ok());
    auto request = test::sampleSetup();
    QString field;
    SECTION("centre code")
    {
        request.centreCode = QStringLiteral("ر1");
        field = QStringLiteral("centreCode");
    }
    SECTION("device number")
    {
        request.deviceNumber = 0;
        field = QStringLiteral("deviceNumber");
    }
    SECTION("short password")
    {
        request.adminPassword = QStringLiteral("1234567");
        field = QStringLiteral("password");
    }
    SECTION("user name with spaces")
    {
        request.adminUsername = QStringLiteral("my admin");
        field = QStringLiteral("username");
    }
    auto r = org::Setup::run(*db.value(), request, HashCost::minimal());
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().field == field);
    CHECK_FALSE(org::Setup::isDone(*db.value()));
    CHECK(db.value()->scalar(QStringLiteral("SELECT count(*) FROM change_log")).value().toInt() == 0);
    CHECK(db.value()->scalar(QStringLiteral("SELECT count(*) FROM users")).value().toInt() == 0);
}

TEST_CASE("Passwords are stored only as Argon2id hashes", "[accounts]")
{
    auto t = test::makeSetUpDb();
    const QString hash = t->db->scalar(QStringLiteral("SELECT password_hash FROM users")).value().toString();
    CHECK(hash.startsWith(QStringLiteral("$argon2id$")));
    CHECK_FALSE(hash.contains(test::sampleSetup().adminPassword));
    const QString log = t->db->scalar(QStringLiteral("SELECT group_concat(fields) FROM change_log")).value().toString();
    CHECK_FALSE(log.contains(test::sampleSetup().adminPassword));

    PasswordHasher hasher(HashCost::minimal());
    CHECK(hasher.verify(hash, test::sampleSetup().adminPassword));
    CHECK_FALSE(hasher.verify(hash, QStringLiteral("correct horsE")));
    CHECK_FALSE(hasher.verify(QStringLiteral("garbage"), QStringLiteral("x")));
}

TEST_CASE("Logging in", "[accounts][login]")
{
    auto t = test::makeSetUpDb();
    qint64 now = 1'800'000'000'000;
    UserService users(*t->db, HashCost::minimal(), [&] { return now; });
    const QString password = test::sampleSetup().adminPassword;

    SECTION("the right password opens a session, whatever the case of the name")
    {
        auto s = users.login(QStringLiteral("  ADMIN "), password);
        REQUIRE(s.ok());
        CHECK(s.value().userId == t->admin.userId);
        CHECK(s.value().role == Role::Administrator);
    }
    SECTION("a wrong password or unknown name gets the same clear message")
    {
        auto wrong = users.login(QStringLiteral("admin"), QStringLiteral("wrong password"));
        REQUIRE_FALSE(wrong.ok());
        auto unknown = users.login(QStringLiteral("nobody"), password);
        REQUIRE_FALSE(unknown.ok());
        CHECK(wrong.error().message == unknown.error().message);
    }
    SECTION("repeated failures make the next attempt wait longer and longer")
    {
        REQUIRE_FALSE(users.login(QStringLiteral("admin"), QStringLiteral("x1")).ok());
        REQUIRE_FALSE(users.login(QStringLiteral("admin"), QStringLiteral("x2")).ok());
        CHECK(users.lockoutRemaining(QStringLiteral("admin")) == 0);
        REQUIRE_FALSE(users.login(QStringLiteral("admin"), QStringLiteral("x3")).ok());
        CHECK(users.lockoutRemaining(QStringLiteral("admin")) == 5'000);

        // Even the right password is refused while waiting.
        auto locked = users.login(QStringLiteral("admin"), password);
        REQUIRE_FALSE(locked.ok());
        CHECK(locked.error().code == ErrorCode::Locked);

        now += 5'000;
        REQUIRE_FALSE(users.login(QStringLiteral("admin"), QStringLiteral("x4")).ok());
        CHECK(users.lockoutRemaining(QStringLiteral("admin")) == 10'000);
        now += 10'000;
        REQUIRE(users.login(QStringLiteral("admin"), password).ok());
        CHECK(users.lockoutRemaining(QStringLiteral("admin")) == 0);
    }
    SECTION("the delay is capped")
    {
        CHECK(UserService::lockoutDelayMs(2) == 0);
        CHECK(UserService::lockoutDelayMs(3) == 5'000);
        CHECK(UserService::lockoutDelayMs(4) == 10'000);
        CHECK(UserService::lockoutDelayMs(50) == 300'000);
    }
}

TEST_CASE("Administrators manage users - others cannot", "[accounts]")
{
    auto t = test::makeSetUpDb();
    UserService users(*t->db, HashCost::minimal());
    const NewUser sara{QStringLiteral("sara"), QStringLiteral("سارة الشمري"), Role::Counsellor, QStringLiteral("password-1")};
    auto saraId = users.add(t->admin, sara);
    REQUIRE(saraId.ok());

    SECTION("a taken user name is refused")
    {
        auto dup = users.add(t->admin, {QStringLiteral("SARA"), QStringLiteral("x"), Role::FieldWorker, QStringLiteral("password-2")});
        REQUIRE_FALSE(dup.ok());
        CHECK(dup.error().code == ErrorCode::Conflict);
    }
    SECTION("a counsellor cannot add, deactivate or reset")
    {
        auto counsellor = users.login(QStringLiteral("sara"), QStringLiteral("password-1"));
        REQUIRE(counsellor.ok());
        CHECK(users.add(counsellor.value(), {QStringLiteral("ali"), QStringLiteral("علي"), Role::FieldWorker,
                                             QStringLiteral("password-3")})
                  .error()
                  .code
              == ErrorCode::PermissionDenied);
        CHECK(users.setActive(counsellor.value(), t->admin.userId, false).error().code == ErrorCode::PermissionDenied);
        CHECK(users.resetPassword(counsellor.value(), t->admin.userId, QStringLiteral("new-password")).error().code
              == ErrorCode::PermissionDenied);
    }
    SECTION("a deactivated user cannot log in until reactivated")
    {
        REQUIRE(users.setActive(t->admin, saraId.value(), false).ok());
        auto s = users.login(QStringLiteral("sara"), QStringLiteral("password-1"));
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().message.contains(QStringLiteral("deactivated")));
        REQUIRE(users.setActive(t->admin, saraId.value(), true).ok());
        CHECK(users.login(QStringLiteral("sara"), QStringLiteral("password-1")).ok());
    }
    SECTION("a reset password replaces the old one")
    {
        REQUIRE(users.resetPassword(t->admin, saraId.value(), QStringLiteral("brand-new-pass")).ok());
        CHECK_FALSE(users.login(QStringLiteral("sara"), QStringLiteral("password-1")).ok());
        CHECK(users.login(QStringLiteral("sara"), QStringLiteral("brand-new-pass")).ok());
        CHECK_FALSE(users.resetPassword(t->admin, saraId.value(), QStringLiteral("short")).ok());
    }
    SECTION("the last active administrator stays active")
    {
        auto self = users.setActive(t->admin, t->admin.userId, false);
        REQUIRE_FALSE(self.ok());
        auto other = users.add(t->admin, {QStringLiteral("boss"), QStringLiteral("مدير"), Role::Administrator,
                                          QStringLiteral("password-4")});
        REQUIRE(other.ok());
        auto boss = users.login(QStringLiteral("boss"), QStringLiteral("password-4"));
        REQUIRE(boss.ok());
        REQUIRE(users.setActive(boss.value(), t->admin.userId, false).ok());
        // Now boss is the only active administrator and cannot be switched off.
        CHECK_FALSE(users.setActive(boss.value(), boss.value().userId, false).ok());
        auto list = users.list();
        REQUIRE(list.ok());
        int activeAdmins = 0;
        for (const auto &u : list.value())
            activeAdmins += (u.active && u.role == Role::Administrator) ? 1 : 0;
        CHECK(activeAdmins == 1);
    }
    SECTION("the list shows every user with role and state")
    {
        auto list = users.list();
        REQUIRE(list.ok());
        REQUIRE(list.value().size() == 2);
        CHECK(list.value()[1].username == QStringLiteral("sara"));
        CHECK(list.value()[1].role == Role::Counsellor);
    }
}
