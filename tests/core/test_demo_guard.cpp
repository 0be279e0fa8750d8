// Demonstration data is an administrator's, and only for a copy with no real
// data (issue 13 §3: `demo` made counsellor01 with a password of the caller's
// choosing, without any login, on a laptop of a working organisation).
#include "ClinicFixture.h"
#include "SyncFixture.h"
#include "clinic/ClinicDemo.h"
#include "plans/PlanDemo.h"
#include "registry/DemoGenerator.h"

using namespace tamkeen;
using namespace tamkeen::test::clinicfixture;

namespace {

qint64 count(storage::Database &db, const char *sql)
{
    return db.scalar(QString::fromLatin1(sql)).value().toLongLong();
}

registry::DemoOptions households(int n)
{
    registry::DemoOptions o;
    o.households = n;
    return o;
}

clinic::ClinicDemoOptions appointments(int n)
{
    clinic::ClinicDemoOptions o;
    o.appointments = n;
    o.sessions = 0;
    o.counsellorPassword = QStringLiteral("chosen by the caller");
    return o;
}

} // namespace

TEST_CASE("Demo data needs an administrator's session: nobody else creates accounts or households",
          "[demo][trust]")
{
    Clinic c;
    const security::Session worker = c.user(QStringLiteral("omar"), QStringLiteral("عمر"), Role::FieldWorker);
    const security::Session supervisor = c.user(QStringLiteral("salma"), QStringLiteral("سلمى"), Role::Supervisor);
    const qint64 users = count(c.db, "SELECT count(*) FROM users");
    for (const security::Session &who : {security::Session{}, worker, supervisor}) {
        auto made = registry::DemoGenerator::generate(c.db, who, households(3));
        REQUIRE_FALSE(made.ok());
        CHECK(made.error().code == ErrorCode::PermissionDenied);
        auto clinic = clinic::ClinicDemo::generate(c.db, who, appointments(1));
        REQUIRE_FALSE(clinic.ok());
        CHECK(clinic.error().code == ErrorCode::PermissionDenied);
        CHECK_FALSE(plans::PlanDemo::generate(c.db, who, {}).ok());
    }
    CHECK(count(c.db, "SELECT count(*) FROM households") == 0);
    CHECK(count(c.db, "SELECT count(*) FROM users") == users);
    CHECK(count(c.db, "SELECT count(*) FROM users WHERE username LIKE 'counsellor%'") == 0);
}

TEST_CASE("Demo refuses a database with real data, even for an administrator", "[demo][trust]")
{
    Clinic c;
    SECTION("a household registered by hand")
    {
        QByteArray head;
        c.household(person(QStringLiteral("سالم"), QStringLiteral("علي"), QStringLiteral("الحربي")), head);
    }
    SECTION("a user besides the administrators")
    {
        c.user(QStringLiteral("huda"), QStringLiteral("هدى"), Role::FieldWorker);
    }
    const qint64 householdsBefore = count(c.db, "SELECT count(*) FROM households");
    const qint64 users = count(c.db, "SELECT count(*) FROM users");
    auto made = registry::DemoGenerator::generate(c.db, c.admin, households(3));
    REQUIRE_FALSE(made.ok());
    CHECK(made.error().message.contains(QStringLiteral("real data")));
    auto clinic = clinic::ClinicDemo::generate(c.db, c.admin, appointments(1));
    REQUIRE_FALSE(clinic.ok());
    CHECK(clinic.error().message.contains(QStringLiteral("real data")));
    CHECK(count(c.db, "SELECT count(*) FROM households") == householdsBefore);
    CHECK(count(c.db, "SELECT count(*) FROM users") == users);
}

TEST_CASE("Demo keeps filling the copy it filled, and its counsellors are made by the administrator", "[demo][trust]")
{
    Clinic c;
    REQUIRE(registry::DemoGenerator::generate(c.db, c.admin, households(30)).ok());
    REQUIRE(registry::DemoGenerator::generate(c.db, c.admin, households(5)).ok());
    CHECK(count(c.db, "SELECT count(*) FROM households") == 35);
    auto clinic = clinic::ClinicDemo::generate(c.db, c.admin, appointments(20));
    INFO((clinic ? std::string() : clinic.error().message.toStdString()));
    REQUIRE(clinic.ok());
    CHECK(clinic.value().counsellors == 1);
    // The account is an ordinary one, written with the administrator as its author.
    CHECK(c.db.scalar(QStringLiteral("SELECT author FROM change_log WHERE tbl = 'users' AND row_id = "
                                     "(SELECT id FROM users WHERE username = 'counsellor01')"))
              .value()
              .toByteArray()
          == c.admin.userId);
    CHECK(c.users.login(QStringLiteral("counsellor01"), QStringLiteral("chosen by the caller")).ok());
}

TEST_CASE("Demo refuses a copy that has exchanged data with other computers", "[demo][trust][sync]")
{
    using namespace tamkeen::test::syncfixture;
    Org org(2);
    Device &a = org[0];
    Device &b = org[1];
    // An enrolled laptop holds the organisation's data from its enrolment on.
    CHECK_FALSE(registry::DemoGenerator::generate(b.db, b.admin(), households(2)).ok());
    org.exchange(a, b);
    for (Device *d : {&a, &b}) {
        const qint64 before = count(d->db, "SELECT count(*) FROM households");
        auto made = registry::DemoGenerator::generate(d->db, d->admin(), households(2));
        REQUIRE_FALSE(made.ok());
        CHECK(made.error().message.contains(QStringLiteral("other computers")));
        CHECK(count(d->db, "SELECT count(*) FROM households") == before);
    }
}
