// Text at the edge: control and direction-override characters never stored,
// every field bounded with a message naming it; implausible birth dates refused
// or confirmed; working hours of the clinic.
#include "clinic/AppointmentService.h"
#include "registry/HouseholdService.h"
#include "support/TestDb.h"
#include "support/catch.h"
#include "text/InputText.h"

using namespace tamkeen;
using namespace tamkeen::registry;

namespace {

HouseholdData household()
{
    HouseholdData h;
    h.region = QStringLiteral("منطقة الرياض");
    h.city = QStringLiteral("الخرج");
    return h;
}

MemberData head(const QString &given, const QDate &birth = QDate(1980, 5, 1))
{
    MemberData m;
    m.givenName = given;
    m.fatherName = QStringLiteral("محمد");
    m.familyName = QStringLiteral("القحطاني");
    m.sex = QStringLiteral("male");
    m.birthDate = birth;
    m.relation = QStringLiteral("head");
    return m;
}

} // namespace

TEST_CASE("Control characters and direction overrides are removed from what is typed", "[text]")
{
    using text::cleanInput;
    CHECK(cleanInput(QStringLiteral("أحمد\x01")) == QStringLiteral("أحمد"));
    CHECK(cleanInput(QStringLiteral("\x1b[31mأحمد\x1b[0m")) == QStringLiteral("[31mأحمد[0m"));
    CHECK(cleanInput(QStringLiteral("علي") + QChar(0x202E) + QStringLiteral("cba") + QChar(0x202C))
          == QStringLiteral("عليcba"));
    CHECK(cleanInput(QChar(0x2067) + QStringLiteral("سارة") + QChar(0x2069) + QChar(0x202B)) == QStringLiteral("سارة"));
    CHECK(cleanInput(QStringLiteral("سطر\nثان\tثالث")) == QStringLiteral("سطر ثان ثالث"));
    CHECK(cleanInput(QStringLiteral("سطر\r\nثان\tثالث"), text::TextKind::Paragraph) == QStringLiteral("سطر\nثان\tثالث"));
    // Joiners and marks that Arabic names need stay.
    const QString zwnj = QStringLiteral("می") + QChar(0x200C) + QStringLiteral("خواهم");
    CHECK(cleanInput(zwnj) == zwnj);
}

TEST_CASE("A name is stored without control or override characters, and a too long one is refused by name", "[text][registry]")
{
    auto t = test::makeSetUpDb();
    HouseholdService households(*t->db);

    auto id = households.create(t->admin, household(),
                                head(QStringLiteral("\x1b[2Jأحمد") + QChar(0x202E) + QStringLiteral("\x01")));
    REQUIRE(id.ok());
    const auto members = households.members().members(id.value()).value();
    REQUIRE(members.size() == 1);
    CHECK(members.first().givenName == QStringLiteral("[2Jأحمد"));
    CHECK_FALSE(text::hasUnsafeCharacters(members.first().fullName()));

    auto longName = households.create(t->admin, household(), head(QString(100000, QChar(0x0628))));
    REQUIRE_FALSE(longName.ok());
    CHECK(longName.error().code == ErrorCode::Invalid);
    CHECK(longName.error().field == QStringLiteral("givenName"));
    CHECK(longName.error().message.contains(QStringLiteral("Given name")));
    CHECK(longName.error().message.contains(QStringLiteral("100")));

    HouseholdData far = household();
    far.address = QString(5000, QChar(0x0628));
    auto longAddress = households.create(t->admin, far, head(QStringLiteral("سالم")));
    REQUIRE_FALSE(longAddress.ok());
    CHECK(longAddress.error().field == QStringLiteral("address"));
    CHECK(longAddress.error().message.contains(QStringLiteral("Address")));
}

TEST_CASE("A head born today or in the future is confirmed or refused, a head over 120 refused", "[registry]")
{
    auto t = test::makeSetUpDb();
    HouseholdService households(*t->db);
    const QDate today = QDate::currentDate();

    auto future = households.create(t->admin, household(), head(QStringLiteral("زياد"), today.addDays(1)));
    REQUIRE_FALSE(future.ok());
    CHECK(future.error().code == ErrorCode::Invalid);
    CHECK(future.error().field == QStringLiteral("birthDate"));
    CHECK(future.error().message.startsWith(QStringLiteral("Birth date")));

    auto old = households.create(t->admin, household(), head(QStringLiteral("زياد"), today.addYears(-121)));
    REQUIRE_FALSE(old.ok());
    CHECK(old.error().field == QStringLiteral("birthDate"));

    auto baby = households.create(t->admin, household(), head(QStringLiteral("زياد"), today));
    REQUIRE_FALSE(baby.ok());
    CHECK(baby.error().code == ErrorCode::NeedsConfirmation);
    CHECK(baby.error().field == QStringLiteral("birthDate"));
    auto child = households.create(t->admin, household(), head(QStringLiteral("زياد"), today.addYears(-14)));
    CHECK(child.error().code == ErrorCode::NeedsConfirmation);
    CHECK(households.create(t->admin, household(), head(QStringLiteral("زياد"), today.addYears(-14)), {}, true).ok());
    CHECK(households.create(t->admin, household(), head(QStringLiteral("فارس"), today.addYears(-15))).ok());
}

TEST_CASE("The next booking slot is in working hours and never the clock time", "[clinic]")
{
    using clinic::AppointmentService;
    const QDate day(2026, 12, 2);
    CHECK(AppointmentService::nextSlot(QDateTime(day, QTime(5, 41)), 30) == QDateTime(day, QTime(8, 0)));
    CHECK(AppointmentService::nextSlot(QDateTime(day, QTime(9, 10)), 30) == QDateTime(day, QTime(9, 30)));
    CHECK(AppointmentService::nextSlot(QDateTime(day, QTime(9, 30)), 30) == QDateTime(day, QTime(10, 0)));
    CHECK(AppointmentService::nextSlot(QDateTime(day, QTime(15, 20)), 60) == QDateTime(day.addDays(1), QTime(8, 0)));
    CHECK(AppointmentService::withinWorkingHours(QDateTime(day, QTime(8, 0)), 60));
    CHECK_FALSE(AppointmentService::withinWorkingHours(QDateTime(day, QTime(6, 0)), 30));
    CHECK_FALSE(AppointmentService::withinWorkingHours(QDateTime(day, QTime(15, 45)), 30));
}
