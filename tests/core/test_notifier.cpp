// The notifier (issue 12): every service's write announces its area once it
// commits, a rolled-back write announces nothing, and an imported package
// announces the areas of the tables it changed.
#include "ClinicFixture.h"
#include "SyncFixture.h"
#include "plans/PlanService.h"
#include "referrals/ExitService.h"
#include "referrals/ReferralService.h"

using namespace tamkeen;
using namespace tamkeen::test::clinicfixture;
using security::Role;

namespace {

// The names of the signals emitted, in order.
struct Heard {
    QStringList signals_;
    explicit Heard(Notifier &n)
    {
        const auto on = [&](auto signal, const char *name) {
            QObject::connect(&n, signal, &n, [this, name] { signals_ << QString::fromLatin1(name); });
        };
        on(&Notifier::usersChanged, "users");
        on(&Notifier::householdsChanged, "households");
        on(&Notifier::clinicChanged, "clinic");
        on(&Notifier::plansChanged, "plans");
        on(&Notifier::referralsChanged, "referrals");
        on(&Notifier::exitsChanged, "exits");
        on(&Notifier::settingsChanged, "settings");
        on(&Notifier::syncChanged, "sync");
    }
    QStringList take() { return std::exchange(signals_, {}); }
};

} // namespace

TEST_CASE("Each core service announces its area on the notifier when it writes", "[notifier]")
{
    Clinic c;
    Heard heard(c.db.notifier());
    const auto huda = c.user(QStringLiteral("huda"), QStringLiteral("هدى الشمري"), Role::Counsellor);
    CHECK(heard.take() == QStringList{QStringLiteral("users")});

    registry::MemberData head = person(QStringLiteral("سلمى"), QStringLiteral("ناصر"), QStringLiteral("الدوسري"),
                                       QStringLiteral("head"), QStringLiteral("female"));
    head.ableToWork = true;
    QByteArray member;
    const QByteArray household = c.household(head, member, QDate::currentDate().addYears(-1));
    CHECK(heard.take() == QStringList{QStringLiteral("households")}); // once, for the whole registration

    registry::Income income;
    income.householdId = household;
    income.memberId = member;
    income.source = QStringLiteral("salary");
    income.amount = 1200;
    income.effectiveDate = QDate::currentDate().addMonths(-1);
    REQUIRE(c.incomes.record(c.admin, income).ok());
    CHECK(heard.take() == QStringList{QStringLiteral("households")});

    c.book(c.admin, member, huda, at(QDate::currentDate().addDays(2), 10));
    CHECK(heard.take() == QStringList{QStringLiteral("clinic")});
    const QByteArray session = c.record(huda, Clinic::sessionData(member, huda, daysAgo(1)));
    CHECK(heard.take() == QStringList{QStringLiteral("clinic")});
    REQUIRE(c.assessments.record(huda, member, QStringLiteral("wellbeing"), QDate::currentDate(),
                                 who5Data({3, 3, 3, 3, 3}), session)
                .ok());
    CHECK(heard.take() == QStringList{QStringLiteral("clinic")});

    plans::PlanService plans(c.db);
    auto plan = plans.create(huda, member, {QStringLiteral("employment")});
    INFO((plan ? std::string() : plan.error().message.toStdString()));
    REQUIRE(plan.ok());
    CHECK(heard.take() == QStringList{QStringLiteral("plans")});

    referrals::ReferralService referrals(c.db);
    referrals::Partner p;
    p.name = QStringLiteral("معهد التدريب المهني");
    p.kind = QStringLiteral("training");
    p.services = {QStringLiteral("دورة خياطة")};
    auto partner = referrals.addPartner(c.admin, p);
    REQUIRE(partner.ok());
    CHECK(heard.take() == (QStringList{QStringLiteral("referrals"), QStringLiteral("settings")}));
    const QDate today = QDate::currentDate();
    test::consentToShare(c.db, huda, member, partner.value());
    heard.take();
    REQUIRE(referrals.refer(huda, {member, partner.value(), QStringLiteral("دورة خياطة"), {}, {}, today, {}}).ok());
    CHECK(heard.take() == QStringList{QStringLiteral("referrals")});

    referrals::ExitService exits(c.db);
    auto exit = exits.exitSupport(c.admin, household, today, QStringLiteral("employment"));
    INFO((exit ? std::string() : exit.error().message.toStdString()));
    REQUIRE(exit.ok());
    CHECK(heard.take() == (QStringList{QStringLiteral("households"), QStringLiteral("exits")}));

    // Organisation settings: the eligibility rule (every household's eligibility follows it).
    REQUIRE(c.incomes.setRule(c.admin, {900, 300, QStringLiteral("SAR")}).ok());
    const QStringList rule = heard.take();
    CHECK(rule.contains(QStringLiteral("settings")));
    CHECK_FALSE(rule.contains(QStringLiteral("plans")));

    SECTION("a refused write announces nothing")
    {
        registry::HouseholdData bad;
        CHECK_FALSE(c.households.update(c.admin, household, bad).ok());
        CHECK(heard.take().isEmpty());
    }
}

TEST_CASE("A rolled-back transaction announces nothing, and a nested one only when the outer commits", "[notifier]")
{
    Clinic c;
    Heard heard(c.db.notifier());
    c.db.setCurrentUser(c.admin.userId);
    const auto insertPartner = [&] {
        return storage::SyncedWriter(c.db)
            .insert(QStringLiteral("partners"), {{QStringLiteral("name"), QStringLiteral("جمعية")},
                                                 {QStringLiteral("kind"), QStringLiteral("ngo")}})
            .ok();
    };
    const Status failed = c.db.transaction([&]() -> Status {
        REQUIRE(insertPartner());
        return makeError(ErrorCode::Invalid, QStringLiteral("no"));
    });
    CHECK_FALSE(failed.ok());
    CHECK(heard.take().isEmpty());

    REQUIRE(c.db.transaction([&]() -> Status {
                const Status inner = c.db.transaction([&]() -> Status {
                    REQUIRE(insertPartner());
                    return {};
                });
                CHECK(heard.take().isEmpty()); // not yet: the outer transaction may still roll back
                // A savepoint that rolls back forgets only its own tables.
                (void)c.db.transaction([&]() -> Status {
                    REQUIRE(c.db.transaction([&]() -> Status {
                                 REQUIRE(storage::SyncedWriter(c.db)
                                             .insert(QStringLiteral("plan_tracks"),
                                                     {{QStringLiteral("code"), QStringLiteral("x")},
                                                      {QStringLiteral("name"), QStringLiteral("x")}})
                                             .ok());
                                 return {};
                             }).ok());
                    return makeError(ErrorCode::Invalid, QStringLiteral("no"));
                });
                return inner;
            }).ok());
    CHECK(heard.take() == (QStringList{QStringLiteral("referrals"), QStringLiteral("settings")}));
}

TEST_CASE("An imported package announces the areas of the tables it changed", "[notifier][sync]")
{
    using namespace tamkeen::test::syncfixture;
    Org org(2);
    Device &a = org[0];
    Device &b = org[1];
    org.exchange(a, b);
    const QByteArray partner = a.addPartner(QStringLiteral("جمعية البر"));
    Heard heard(b.db.notifier());
    const ImportSummary s = org.receive(b, org.sendFor(a, b));
    REQUIRE(s.ok());
    CHECK(s.tables.contains(QStringLiteral("partners")));
    CHECK_FALSE(s.tables.contains(QStringLiteral("households")));
    CHECK(heard.take() == (QStringList{QStringLiteral("referrals"), QStringLiteral("settings"), QStringLiteral("sync")}));
    CHECK(Notifier::areasOf(s.tables) == (Notifier::Referrals | Notifier::Settings | Notifier::Sync));

    // Importing it again changes nothing: no data area is announced.
    const ImportSummary again = org.receive(b, org.sendFor(a, b));
    REQUIRE(again.ok());
    CHECK_FALSE(Notifier::areasOf(again.tables) & (Notifier::Referrals | Notifier::Households));
    (void)partner;
}
