// Crisis lists (issue 17 §7): the administrator's place list; an event a
// supervisor declares for places of it; the households there, the most
// vulnerable first; emergency assistance recorded; the list exported; what
// is refused leaves nothing written; an event and its assistance on two copies.
#include "ClinicFixture.h"
#include "SyncFixture.h"
#include "casework/Crisis.h"
#include "registry/HouseholdService.h"
#include "registry/MemberService.h"

#include <QFile>
#include <QTemporaryDir>

using namespace tamkeen;
using namespace tamkeen::casework;
using namespace tamkeen::test::clinicfixture;

namespace {

const QDate kToday = QDate::currentDate();

struct Flood : Clinic {
    Crisis crisis{db};
    security::Session salem = user(QStringLiteral("salem"), QStringLiteral("سالم"), Role::Supervisor);
    security::Session omar = user(QStringLiteral("omar"), QStringLiteral("عمر"), Role::FieldWorker);
    QByteArray region, city, valley, hills;

    Flood()
    {
        region = crisis.addPlace(admin, QStringLiteral("region"), QStringLiteral("منطقة الرياض")).value();
        city = crisis.addPlace(admin, QStringLiteral("city"), QStringLiteral("الرياض"), region).value();
        valley = crisis.addPlace(admin, QStringLiteral("district"), QStringLiteral("وادي لبن"), city).value();
        hills = crisis.addPlace(admin, QStringLiteral("district"), QStringLiteral("العقيق"), city).value();
    }
    // A household in `district` with `extra` members besides its head.
    QByteArray family(const QString &given, const QString &district, const QList<registry::MemberData> &extra = {})
    {
        QByteArray head;
        const QByteArray id = household(person(given, QStringLiteral("سعد"), QStringLiteral("الحربي")), head);
        registry::HouseholdData h = households.household(id).value();
        h.district = district;
        REQUIRE(households.update(admin, id, h).ok());
        for (const registry::MemberData &m : extra) {
            auto added = households.members().add(admin, id, m);
            INFO((added ? std::string() : added.error().message.toStdString()));
            REQUIRE(added.ok());
        }
        return id;
    }
    static registry::MemberData relative(const QString &given, const QString &relation, const QDate &born,
                                         const QString &disability = {})
    {
        registry::MemberData m = person(given, QStringLiteral("فهد"), QStringLiteral("العتيبي"), relation);
        m.birthDate = born;
        m.disability = disability;
        return m;
    }
};

} // namespace

TEST_CASE("The administrator keeps the place list: regions, their cities, their districts", "[crisis]")
{
    Flood t;
    auto places = t.crisis.places();
    REQUIRE(places.ok());
    REQUIRE(places.value().size() == 4);
    CHECK(places.value()[0].kind == QStringLiteral("region"));
    CHECK(places.value()[1].name == QStringLiteral("الرياض"));
    const Place &district = places.value()[2];
    CHECK(district.region == QStringLiteral("منطقة الرياض"));
    CHECK(district.city == QStringLiteral("الرياض"));
    CHECK(district.name == district.district);
    CHECK(places.value()[3].region == QStringLiteral("منطقة الرياض")); // the second district too
    CHECK(t.crisis.addPlace(t.salem, QStringLiteral("region"), QStringLiteral("منطقة مكة")).error().code
          == ErrorCode::PermissionDenied);
    CHECK(t.crisis.addPlace(t.admin, QStringLiteral("district"), QStringLiteral("الملز"), t.region).error().field
          == QStringLiteral("parent")); // a district is inside a city
    CHECK(t.crisis.addPlace(t.admin, QStringLiteral("city"), QStringLiteral("جدة")).error().field == QStringLiteral("parent"));
    CHECK(t.crisis.addPlace(t.admin, QStringLiteral("district"), QStringLiteral("وادي  لبن"), t.city).error().code
          == ErrorCode::Conflict);
    CHECK(t.crisis.addPlace(t.admin, QStringLiteral("street"), QStringLiteral("شارع"), t.city).error().field == QStringLiteral("kind"));
    CHECK(t.crisis.places().value().size() == 4);
}

TEST_CASE("A flood's list holds the households of the places struck, the most vulnerable first", "[crisis]")
{
    Flood t;
    // A: a grandmother of 70 (2 points); B: a son with a disability (3);
    // C: the head alone; D: in another district, not struck.
    const QByteArray a = t.family(QStringLiteral("أحمد"), QStringLiteral("وادي لبن"),
                                  {Flood::relative(QStringLiteral("نورة"), QStringLiteral("grandparent"), kToday.addYears(-70))});
    const QByteArray b = t.family(QStringLiteral("بندر"), QStringLiteral("وادي لبن"),
                                  {Flood::relative(QStringLiteral("ماجد"), QStringLiteral("son"), kToday.addYears(-12), QStringLiteral("physical"))});
    const QByteArray c = t.family(QStringLiteral("خالد"), QStringLiteral("وادي لبن"));
    t.family(QStringLiteral("دخيل"), QStringLiteral("العقيق"));
    CHECK(t.crisis.declare(t.omar, QStringLiteral("سيل وادي لبن"), QStringLiteral("flood"), kToday, {t.valley}, {}).error().code
          == ErrorCode::PermissionDenied);
    CHECK(t.crisis.declare(t.salem, QStringLiteral("سيل"), QStringLiteral("flood"), kToday, {}, {}).error().field
          == QStringLiteral("places"));
    CHECK(t.crisis.declare(t.salem, QStringLiteral("سيل"), QStringLiteral("flood"), kToday.addDays(1), {t.valley}, {})
              .error()
              .field
          == QStringLiteral("declaredOn"));
    CHECK(t.crisis.declare(t.salem, QStringLiteral("سيل"), QStringLiteral("flood"), kToday, {QByteArray(16, '\x05')}, {})
              .error()
              .field
          == QStringLiteral("places"));
    auto flood = t.crisis.declare(t.salem, QStringLiteral("سيل وادي لبن"), QStringLiteral("flood"), kToday, {t.valley},
                                  QStringLiteral("أمطار غزيرة ليلًا"));
    REQUIRE(flood.ok());
    CHECK(t.crisis.events().value().size() == 1);

    auto list = t.crisis.households(flood.value(), kToday);
    REQUIRE(list.ok());
    REQUIRE(list.value().size() == 3);
    CHECK(list.value()[0].id == b); // 3 for the disability, though as many members as A
    CHECK(list.value()[0].disabled == 1);
    CHECK(list.value()[0].members == 2);
    CHECK(list.value()[1].id == a); // 2 for the elder
    CHECK(list.value()[1].elderly == 1);
    CHECK(list.value()[1].youngChildren == 0);
    CHECK(list.value()[2].id == c);
    // A child of 3 comes to A: 3 points and more members than B.
    REQUIRE(t.households.members().add(t.admin, a, Flood::relative(QStringLiteral("سامي"), QStringLiteral("son"),
                                                                    kToday.addYears(-3)))
                .ok());
    CHECK(t.crisis.households(flood.value(), kToday).value().first().id == a);

    // The whole city: the fourth family too.
    auto city = t.crisis.declare(t.salem, QStringLiteral("حريق"), QStringLiteral("fire"), kToday, {t.city}, {});
    REQUIRE(city.ok());
    CHECK(t.crisis.households(city.value(), kToday).value().size() == 4);
}

TEST_CASE("Emergency assistance is recorded for a family of the list and the list is exported", "[crisis]")
{
    Flood t;
    const QByteArray a = t.family(QStringLiteral("أحمد"), QStringLiteral("وادي لبن"));
    auto flood = t.crisis.declare(t.salem, QStringLiteral("سيل وادي لبن"), QStringLiteral("flood"), kToday.addDays(-2),
                                  {t.valley}, {});
    REQUIRE(flood.ok());
    AssistanceData cash{QStringLiteral("cash"), std::nullopt, QString(), kToday, {}};
    CHECK(t.crisis.assist(t.omar, flood.value(), a, cash).error().field == QStringLiteral("amount"));
    cash.amount = 1000;
    cash.currency = QStringLiteral("SAR");
    cash.givenOn = kToday.addDays(-5);
    CHECK(t.crisis.assist(t.omar, flood.value(), a, cash).error().field == QStringLiteral("givenOn")); // before the event
    cash.givenOn = kToday;
    cash.currency = QStringLiteral("USD"); // not the organisation's: the list could not add it
    CHECK(t.crisis.assist(t.omar, flood.value(), a, cash).error().field == QStringLiteral("currency"));
    cash.currency = QStringLiteral("SAR");
    REQUIRE(t.crisis.assist(t.omar, flood.value(), a, cash).ok());
    AssistanceData food{QStringLiteral("food"), std::nullopt, QString(), kToday, QStringLiteral("سلة غذائية")};
    REQUIRE(t.crisis.assist(t.omar, flood.value(), a, food).ok());
    auto listed = t.crisis.households(flood.value(), kToday);
    INFO((listed ? std::string() : listed.error().message.toStdString()));
    REQUIRE(listed.ok());
    REQUIRE(listed.value().size() == 1);
    const CrisisHousehold row = listed.value().first();
    CHECK(row.assisted == 2);
    CHECK(row.assistedAmount == 1000);

    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("flood.csv"));
    auto written = t.crisis.exportList(flood.value(), csv, kToday);
    REQUIRE(written.ok());
    CHECK(written.value() == 1);
    QFile f(csv);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    CHECK(text.contains(QStringLiteral("أحمد")));
    CHECK(text.contains(QStringLiteral("1000")));
    // A folder that cannot be written: a message, and nothing half-written.
    const QString nowhere = dir.filePath(QStringLiteral("missing/flood.csv"));
    auto refused = t.crisis.exportList(flood.value(), nowhere, kToday);
    CHECK_FALSE(refused.ok());
    CHECK_FALSE(QFile::exists(nowhere));
}

TEST_CASE("An event declared at the centre and assistance given on a laptop reach both copies", "[crisis][sync]")
{
    tamkeen::test::syncfixture::Org org{2};
    auto &a = org[0], &b = org[1];
    Crisis centre(a.db);
    const QByteArray region = centre.addPlace(a.admin(), QStringLiteral("region"), QStringLiteral("منطقة الرياض")).value();
    const QByteArray city = centre.addPlace(a.admin(), QStringLiteral("city"), QStringLiteral("الرياض"), region).value();
    const QByteArray family = a.family();
    auto event = centre.declare(a.admin(), QStringLiteral("سيل"), QStringLiteral("flood"), kToday, {city}, {});
    REQUIRE(event.ok());
    org.exchange(a, b);
    Crisis laptop(b.db);
    REQUIRE(laptop.households(event.value(), kToday).value().size() == 1);
    REQUIRE(laptop.assist(b.admin(), event.value(), family,
                          {QStringLiteral("shelter"), std::nullopt, QString(), kToday, QStringLiteral("خيمة")})
                .ok());
    org.exchange(b, a);
    CHECK(centre.households(event.value(), kToday).value().first().assisted == 1);
    CHECK(a.dump() == b.dump());
}
