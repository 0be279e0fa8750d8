// Identities unique across the organisation (issue 13 §2): user names, centre
// codes and file numbers that two copies made offline. After sync both rows
// stay; nothing shadows the other; an administrator resolves it and the
// resolution syncs.
#include "SyncFixture.h"
#include "org/Identities.h"
#include "registry/DuplicateReport.h"
#include "registry/HouseholdService.h"
#include "registry/Records.h"
#include "security/UserService.h"

using namespace tamkeen;
using namespace tamkeen::test::syncfixture;
using security::HashCost;
using security::Role;
using security::UserService;

namespace {

// The shared entry for `value` among `shared`, or none.
std::optional<org::SharedIdentity> sharedValue(const Result<QList<org::SharedIdentity>> &shared, const QString &value)
{
    REQUIRE(shared.ok());
    for (const org::SharedIdentity &s : shared.value()) {
        if (s.value == value)
            return s;
    }
    return std::nullopt;
}

QSet<QByteArray> asSet(const QList<QByteArray> &ids)
{
    return QSet<QByteArray>(ids.cbegin(), ids.cend());
}

registry::MemberData head(const QString &given, const QString &family)
{
    registry::MemberData m;
    m.givenName = given;
    m.fatherName = QStringLiteral("محمد");
    m.familyName = family;
    m.sex = QStringLiteral("male");
    m.birthDate = QDate(1980, 5, 1);
    m.relation = QStringLiteral("head");
    return m;
}

registry::HouseholdData place()
{
    registry::HouseholdData h;
    h.region = QStringLiteral("منطقة الرياض");
    h.city = QStringLiteral("الخرج");
    return h;
}

} // namespace

TEST_CASE("Two copies each create user sara: both stay, neither logs in, an administrator renames one, it syncs",
          "[identities][accounts][sync]")
{
    Org org(2);
    UserService users0(org[0].db, HashCost::minimal());
    UserService users1(org[1].db, HashCost::minimal());
    auto a = users0.add(org[0].admin(), {QStringLiteral("sara"), QStringLiteral("سارة الشمري"), Role::Counsellor,
                                         QStringLiteral("password-a1")});
    auto b = users1.add(org[1].admin(), {QStringLiteral("Sara"), QStringLiteral("سارة العتيبي"), Role::FieldWorker,
                                         QStringLiteral("password-b1")});
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    REQUIRE(users0.login(QStringLiteral("sara"), QStringLiteral("password-a1")).ok()); // alone, each logs in
    org.exchange(org[0], org[1]);

    for (int i = 0; i < 2; ++i) {
        INFO("copy " << i);
        UserService users(org[i].db, HashCost::minimal());
        // Both rows exist, under their own ids, and are listed as sharing the name.
        auto shared = sharedValue(org::Identities::userNames(org[i].db), QStringLiteral("sara"));
        REQUIRE(shared);
        CHECK(asSet(shared->rows) == QSet<QByteArray>{a.value(), b.value()});
        CHECK(org[i].get(a.value(), QStringLiteral("full_name"), QStringLiteral("users")).toString()
              == QStringLiteral("سارة الشمري"));
        CHECK(org[i].get(b.value(), QStringLiteral("full_name"), QStringLiteral("users")).toString()
              == QStringLiteral("سارة العتيبي"));
        // Neither password opens either account; the owner of each is told why.
        for (const QString &password : {QStringLiteral("password-a1"), QStringLiteral("password-b1")}) {
            auto login = users.login(QStringLiteral("sara"), password);
            REQUIRE_FALSE(login.ok());
            CHECK(login.error().code == ErrorCode::Conflict);
            CHECK(login.error().message.contains(QStringLiteral("Two accounts are named")));
            CHECK(login.error().message.contains(QStringLiteral("administrator must rename one")));
        }
        // Someone without either password learns nothing more than usual.
        auto guess = users.login(QStringLiteral("sara"), QStringLiteral("a wrong guess"));
        REQUIRE_FALSE(guess.ok());
        CHECK(guess.error().code == ErrorCode::PermissionDenied);
        CHECK_FALSE(guess.error().message.contains(QStringLiteral("accounts")));
        // No other lookup by name picks one of the two either.
        auto found = users.findByName(QStringLiteral("SARA"));
        REQUIRE_FALSE(found.ok());
        CHECK(found.error().code == ErrorCode::Conflict);
        // The list marks both; a new account cannot take the name.
        auto list = users.list();
        REQUIRE(list.ok());
        for (const auto &u : list.value()) {
            if (u.id == a.value() || u.id == b.value())
                CHECK(u.sameName == 2);
        }
        CHECK(users.add(org[i].admin(), {QStringLiteral("sara"), QStringLiteral("x"), Role::FieldWorker,
                                         QStringLiteral("password-c1")})
                  .error()
                  .code
              == ErrorCode::Conflict);
    }

    // Only an administrator renames, and only to a free, valid name.
    UserService users1again(org[1].db, HashCost::minimal());
    const security::Session counsellor{a.value(), QStringLiteral("sara"), QStringLiteral("سارة الشمري"), Role::Counsellor};
    CHECK(users1again.rename(counsellor, b.value(), QStringLiteral("sara.otaibi")).error().code
          == ErrorCode::PermissionDenied);
    CHECK(users1again.rename(org[1].admin(), b.value(), QStringLiteral("sara")).error().code == ErrorCode::Conflict);
    CHECK(users1again.rename(org[1].admin(), b.value(), QStringLiteral("s a")).error().code == ErrorCode::Invalid);
    CHECK(users1again.rename(org[1].admin(), QByteArray(16, 'x'), QStringLiteral("nobody.here")).error().code
          == ErrorCode::NotFound);
    const Status renamed = users1again.rename(org[1].admin(), b.value(), QStringLiteral("Sara.Otaibi"));
    INFO((renamed ? std::string() : renamed.error().message.toStdString()));
    REQUIRE(renamed.ok());
    org.exchange(org[0], org[1]);

    for (int i = 0; i < 2; ++i) {
        INFO("copy " << i);
        UserService users(org[i].db, HashCost::minimal());
        CHECK_FALSE(sharedValue(org::Identities::userNames(org[i].db), QStringLiteral("sara")));
        auto first = users.login(QStringLiteral("sara"), QStringLiteral("password-a1"));
        INFO((first ? std::string() : first.error().message.toStdString()));
        REQUIRE(first.ok());
        CHECK(first.value().userId == a.value());
        auto second = users.login(QStringLiteral("sara.otaibi"), QStringLiteral("password-b1"));
        REQUIRE(second.ok());
        CHECK(second.value().userId == b.value());
        CHECK(second.value().role == Role::FieldWorker);
        // Each keeps their own password: sara's is not the renamed account's.
        CHECK_FALSE(users.login(QStringLiteral("sara"), QStringLiteral("password-b1")).ok());
    }
    CHECK(org[0].dump() == org[1].dump());
}

TEST_CASE("Two copies make the same centre code offline: listed until an administrator renames one",
          "[identities][sync]")
{
    Org org(2);
    QByteArray centres[2];
    for (int i = 0; i < 2; ++i) {
        UserService(org[i].db, HashCost::minimal()).actAs(org[i].admin()); // centres are written signed
        auto id = storage::SyncedWriter(org[i].db)
                      .insert(QStringLiteral("centres"), {{QStringLiteral("code"), i == 0 ? QStringLiteral("JED") : QStringLiteral("jed ")},
                                                          {QStringLiteral("name"), QStringLiteral("مركز جدة %1").arg(i)},
                                                          {QStringLiteral("region"), QStringLiteral("مكة المكرمة")}});
        REQUIRE(id.ok());
        centres[i] = id.value();
    }
    CHECK_FALSE(sharedValue(org::Identities::centreCodes(org[0].db), QStringLiteral("JED")));
    org.exchange(org[0], org[1]);
    for (int i = 0; i < 2; ++i) {
        auto shared = sharedValue(org::Identities::centreCodes(org[i].db), QStringLiteral("JED"));
        REQUIRE(shared);
        CHECK(asSet(shared->rows) == QSet<QByteArray>{centres[0], centres[1]});
        auto all = org::Identities::all(org[i].db);
        REQUIRE(all.ok());
        CHECK(std::any_of(all.value().cbegin(), all.value().cend(), [](const org::SharedIdentity &s) {
            return s.kind == org::IdentityKind::CentreCode && s.value == QStringLiteral("JED");
        }));
    }

    // Only an administrator, only to a free valid code.
    const security::Session worker{QByteArray(16, 'w'), QStringLiteral("omar"), QString(), Role::Supervisor};
    CHECK(org::Identities::renameCentre(org[1].db, worker, centres[1], QStringLiteral("JD2")).error().code
          == ErrorCode::PermissionDenied);
    CHECK(org::Identities::renameCentre(org[1].db, org[1].admin(), centres[1], QStringLiteral("jed")).error().code
          == ErrorCode::Conflict);
    CHECK(org::Identities::renameCentre(org[1].db, org[1].admin(), centres[1], QStringLiteral("2X")).error().code
          == ErrorCode::Invalid);
    REQUIRE(org::Identities::renameCentre(org[1].db, org[1].admin(), centres[1], QStringLiteral("jd2")).ok());
    org.exchange(org[0], org[1]);
    for (int i = 0; i < 2; ++i) {
        CHECK_FALSE(sharedValue(org::Identities::centreCodes(org[i].db), QStringLiteral("JED")));
        CHECK(org[i].get(centres[1], QStringLiteral("code"), QStringLiteral("centres")).toString() == QStringLiteral("JD2"));
    }
}

TEST_CASE("Renaming a centre's code leaves the file numbers already given as they were", "[identities]")
{
    Org org(1);
    registry::HouseholdService households(org[0].db);
    auto before = households.create(org[0].admin(), place(), head(QStringLiteral("أحمد"), QStringLiteral("القحطاني")), {});
    REQUIRE(before.ok());
    const QString printed = households.household(before.value()).value().fileNumber;
    REQUIRE(printed.startsWith(QStringLiteral("RUH-")));
    const QByteArray centre = org[0].db.scalar(QStringLiteral("SELECT centre_id FROM devices WHERE id = ?"), {org[0].id()})
                                  .value()
                                  .toByteArray();
    REQUIRE(org::Identities::renameCentre(org[0].db, org[0].admin(), centre, QStringLiteral("RYD")).ok());
    CHECK(households.household(before.value()).value().fileNumber == printed);
    auto after = households.create(org[0].admin(), place(), head(QStringLiteral("خالد"), QStringLiteral("العنزي")), {});
    REQUIRE(after.ok());
    CHECK(households.household(after.value()).value().fileNumber.startsWith(QStringLiteral("RYD-")));
}

TEST_CASE("Two households that share a file number are listed on every copy, and not renumbered",
          "[identities][registry][sync]")
{
    Org org(2);
    registry::HouseholdService h0(org[0].db), h1(org[1].db);
    auto first = h0.create(org[0].admin(), place(), head(QStringLiteral("أحمد"), QStringLiteral("القحطاني")), {});
    auto second = h1.create(org[1].admin(), place(), head(QStringLiteral("خالد"), QStringLiteral("العنزي")), {});
    REQUIRE(first.ok());
    REQUIRE(second.ok());
    const QString number = h0.household(first.value()).value().fileNumber;
    CHECK(registry::DuplicateReport::sharedFileNumbers(org[0].db).value().isEmpty());
    // As if the second laptop had taken the first one's device number.
    org[1].set(second.value(), QStringLiteral("file_number"), number, QStringLiteral("households"));
    org.exchange(org[0], org[1]);

    for (int i = 0; i < 2; ++i) {
        INFO("copy " << i);
        auto shared = sharedValue(org::Identities::fileNumbers(org[i].db), number);
        REQUIRE(shared);
        CHECK(shared->rows.size() == 2);
        auto report = registry::DuplicateReport::sharedFileNumbers(org[i].db);
        REQUIRE(report.ok());
        REQUIRE(report.value().size() == 1);
        const registry::SharedFileNumber &n = report.value().first();
        CHECK(n.fileNumber == number);
        CHECK(asSet(n.households) == QSet<QByteArray>{first.value(), second.value()});
        REQUIRE(n.heads.size() == 2);
        CHECK(n.heads.join(u' ').contains(QStringLiteral("أحمد")));
        CHECK(n.heads.join(u' ').contains(QStringLiteral("خالد")));
        // Nothing renumbered either file.
        registry::HouseholdService households(org[i].db);
        CHECK(households.household(first.value()).value().fileNumber == number);
        CHECK(households.household(second.value()).value().fileNumber == number);
    }

    // An administrator gives the second a new number; the first keeps the printed one.
    const security::Session supervisor{QByteArray(16, 's'), QStringLiteral("salem"), QString(), Role::Supervisor};
    CHECK(org::Identities::giveNewFileNumber(org[1].db, supervisor, second.value(), QStringLiteral("x")).error().code
          == ErrorCode::PermissionDenied);
    CHECK(org::Identities::giveNewFileNumber(org[1].db, org[1].admin(), second.value(), QStringLiteral(" ")).error().code
          == ErrorCode::Invalid);
    auto renumbered = org::Identities::giveNewFileNumber(org[1].db, org[1].admin(), second.value(),
                                                         QStringLiteral("أوراقها لم تُطبع بعد"));
    INFO((renumbered ? std::string() : renumbered.error().message.toStdString()));
    REQUIRE(renumbered.ok());
    CHECK(renumbered.value() != number);
    org.exchange(org[0], org[1]);
    for (int i = 0; i < 2; ++i) {
        INFO("copy " << i);
        CHECK(registry::DuplicateReport::sharedFileNumbers(org[i].db).value().isEmpty());
        registry::HouseholdService households(org[i].db);
        CHECK(households.household(first.value()).value().fileNumber == number);
        CHECK(households.household(second.value()).value().fileNumber == renumbered.value());
        auto history = households.statusHistory(second.value());
        REQUIRE(history.ok());
        CHECK(std::any_of(history.value().cbegin(), history.value().cend(),
                          [&](const registry::StatusChange &c) { return c.reason.contains(number); }));
    }
    // A number nobody else has is never changed.
    CHECK(org::Identities::giveNewFileNumber(org[0].db, org[0].admin(), first.value(), QStringLiteral("x")).error().code
          == ErrorCode::Invalid);
    CHECK(org[0].dump() == org[1].dump());
}

TEST_CASE("An archived household no longer shares its file number", "[identities][registry]")
{
    Org org(1);
    registry::HouseholdService households(org[0].db);
    auto first = households.create(org[0].admin(), place(), head(QStringLiteral("أحمد"), QStringLiteral("القحطاني")), {});
    auto second = households.create(org[0].admin(), place(), head(QStringLiteral("خالد"), QStringLiteral("العنزي")), {});
    REQUIRE(first.ok());
    REQUIRE(second.ok());
    org[0].set(second.value(), QStringLiteral("file_number"), households.household(first.value()).value().fileNumber,
               QStringLiteral("households"));
    CHECK(registry::DuplicateReport::sharedFileNumbers(org[0].db).value().size() == 1);
    REQUIRE(households.archive(org[0].admin(), second.value(), QStringLiteral("سجل مكرر")).ok());
    CHECK(registry::DuplicateReport::sharedFileNumbers(org[0].db).value().isEmpty());
}
