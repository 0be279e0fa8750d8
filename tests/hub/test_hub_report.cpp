// tamkeen-hub report's indicators computed in PostgreSQL against the
// desktop's on the same data, row for row as CSV: the referral and clinic
// fixtures of the desktop's own tests, published whole to a real server,
// over periods that hold rows, end on their edges, and hold none, and with
// filters that keep some households and none.
#include "PgTestDb.h"
#include "core/ClinicActivityFixture.h"
#include "core/PlanImpactFixture.h"
#include "core/WellbeingFixture.h"
#include "core/WorkImpactFixture.h"
#include "core/ReferralsFixture.h"
#include "hub/HubPublisher.h"
#include "hub/HubReport.h"
#include "impact/IndicatorReport.h"

using namespace tamkeen;
using tamkeen::test::PgTestDb;

namespace {

// Publishes `db` whole to a fresh database and compares `indicator` over
// every period and filter given; returns how many requests had rows with a
// value above zero (so that the comparison was not of zeros only).
int compare(storage::Database &db, impact::Indicator indicator, const QList<impact::Period> &periods,
            const QList<impact::ImpactFilter> &filters, const security::Session *reader = nullptr)
{
    PgTestDb pgdb;
    auto pg = pgdb.connect();
    REQUIRE(hub::HubPublisher::watchLedger(db).ok());
    auto published = hub::HubPublisher(db, *pg).publish(true);
    INFO((published ? std::string() : published.error().message.toStdString()));
    REQUIRE(published.ok());
    int withValues = 0;
    for (const impact::Period &period : periods) {
        for (qsizetype f = 0; f < filters.size(); ++f) {
            const impact::ReportRequest request{{indicator}, period, filters.at(f), period.last().addDays(30)};
            auto desktop = impact::IndicatorReport::rows(db, request, reader);
            REQUIRE(desktop.ok());
            auto fromPostgres = hub::HubReport::rows(*pg, request);
            INFO((fromPostgres ? std::string() : fromPostgres.error().message.toStdString()));
            REQUIRE(fromPostgres.ok());
            INFO(period.firstIso().toStdString() << " .. " << period.lastIso().toStdString() << ", filter " << f);
            CHECK(impact::IndicatorReport::csv(fromPostgres.value()).toStdString() ==
                  impact::IndicatorReport::csv(desktop.value()).toStdString());
            for (const impact::ReportRow &r : desktop.value())
                if (r.value.value_or(0) > 0 && !r.fileNumbers.isEmpty()) {
                    ++withValues;
                    break;
                }
        }
    }
    return withValues;
}

impact::Period custom(const QDate &from, const QDate &to)
{
    auto p = impact::Period::custom(from, to);
    REQUIRE(p.ok());
    return p.value();
}


// Q1 2025, on whose edges the fixtures' events sit, the quarters around it,
// the year, and a quarter long before any event.
QList<impact::Period> aroundQ1()
{
    using tamkeen::test::clinicfixture::quarter;
    return {quarter(2025, 1), quarter(2025, 2), quarter(2024, 4), custom(QDate(2025, 1, 1), QDate(2025, 12, 31)),
            custom(QDate(2020, 1, 1), QDate(2020, 3, 31))};
}

// No filter, the households headed by women, one counsellor's (when given),
// and a filter matching nothing.
QList<impact::ImpactFilter> filters(const QByteArray &counsellor = {})
{
    impact::ImpactFilter women, theirs, nobody;
    women.headSex = QStringLiteral("female");
    theirs.counsellor = counsellor;
    nobody.region = QStringLiteral("no such region");
    return counsellor.isEmpty() ? QList<impact::ImpactFilter>{{}, women, nobody}
                                : QList<impact::ImpactFilter>{{}, women, theirs, nobody};
}

} // namespace

TEST_CASE("hub: referrals and partners computed in PostgreSQL are the desktop's, row for row", "[hub]")
{
    tamkeen::test::clinicfixture::Refs f;
    // Referrals sent on Q1's first and last days, and the days before and after.
    CHECK(compare(f.db, impact::Indicator::Referrals, aroundQ1(), filters(f.huda.userId)) >= 6);
}

TEST_CASE("hub: clinic activity computed in PostgreSQL is the desktop's, row for row", "[hub]")
{
    using namespace tamkeen::test::clinicfixture;
    Activity f;
    impact::ImpactFilter women, amna, nobody;
    women.headSex = QStringLiteral("female");
    amna.counsellor = f.amna.userId;
    nobody.region = QStringLiteral("no such region");
    // The four weeks (sessions on the first and last days, and the day
    // after), a week inside, February (a first session before), a year.
    const int withValues = compare(f.db, impact::Indicator::Clinic,
                                   {fourWeeks(), custom(QDate(2025, 3, 8), QDate(2025, 3, 14)),
                                    custom(QDate(2025, 2, 1), QDate(2025, 2, 28)),
                                    custom(QDate(2025, 1, 1), QDate(2025, 12, 31)),
                                    custom(QDate(2020, 1, 1), QDate(2020, 3, 31))},
                                   {{}, women, amna, nobody});
    CHECK(withValues >= 8);
}

TEST_CASE("hub: a first session on a day that is no date is passed over in PostgreSQL as on the desktop", "[hub]")
{
    using namespace tamkeen::test::clinicfixture;
    Activity f;
    // A hostile or broken device's time for A's first session: "2025-02-30"
    // sorts first but is no day; A's first is then 03-01, in the period.
    REQUIRE(f.db.write(QStringLiteral("UPDATE sessions SET held_at = '2025-02-30T10:00' WHERE household_id = ? "
                                      "AND held_at LIKE '2025-03-28%'"),
                       {f.h.at(0)})
                .ok());
    const int withValues = compare(f.db, impact::Indicator::Clinic, {fourWeeks()}, {{}});
    CHECK(withValues == 1);
}

TEST_CASE("hub: plans computed in PostgreSQL are the desktop's, row for row", "[hub]")
{
    tamkeen::test::planimpact::PlanImpact f;
    // A review exactly 90 days before Q1's last day, tasks due on it, exits on it.
    CHECK(compare(f.db, impact::Indicator::Plans, aroundQ1(), filters(f.huda.userId)) >= 8);
}

TEST_CASE("hub: economic independence computed in PostgreSQL is the desktop's, row for row", "[hub]")
{
    tamkeen::test::planimpact::PlanImpact f;
    // A rule of the organisation's own, read from PostgreSQL as the desktop reads it.
    REQUIRE(registry::IncomeService(f.db).setRule(f.admin, {1000, 400, QStringLiteral("SAR")}).ok());
    CHECK(compare(f.db, impact::Indicator::Independence, aroundQ1(), filters()) >= 6);
}

TEST_CASE("hub: work computed in PostgreSQL is the desktop's, row for row", "[hub]")
{
    tamkeen::test::workimpact::WorkImpact f;
    CHECK(compare(f.db, impact::Indicator::Work, aroundQ1(), filters(f.huda.userId)) >= 8);
}

TEST_CASE("hub: wellbeing and work readiness computed in PostgreSQL are the desktop's, row for row", "[hub]")
{
    using namespace tamkeen::test::wellbeing;
    WellbeingFixture f;
    impact::ImpactFilter women, nobody;
    women.headSex = QStringLiteral("female");
    nobody.region = QStringLiteral("no such region");
    // The desktop's figures as a supervisor reads them (confidential).
    const int withValues =
        compare(f.db, impact::Indicator::Wellbeing,
                {quarter(2025, 1), quarter(2025, 2), quarter(2024, 4), custom(QDate(2024, 1, 1), QDate(2025, 12, 31)),
                 custom(QDate(2020, 1, 1), QDate(2020, 3, 31))},
                {{}, women, nobody}, &f.salem);
    CHECK(withValues >= 5);
}

TEST_CASE("hub: an analyst's view of the assessments shows no WHO-5 score, and a hub made before is given the new views", "[hub]")
{
    using namespace tamkeen::test::wellbeing;
    WellbeingFixture f;
    PgTestDb pgdb;
    const QString reader = pgdb.role(QStringLiteral("analyst_"));
    auto pg = pgdb.connect();
    REQUIRE(pg->exec(QStringLiteral("CREATE SCHEMA tamkeen")).ok());
    REQUIRE(pg->exec(QStringLiteral("CREATE TABLE tamkeen.hub_state (key text PRIMARY KEY, value text NOT NULL)")).ok());
    REQUIRE(pg->exec(QStringLiteral("INSERT INTO tamkeen.hub_state VALUES ('reader_role', $1)"), {reader.toUtf8()}).ok());
    REQUIRE(hub::HubPublisher::watchLedger(f.db).ok());
    REQUIRE(hub::HubPublisher(f.db, *pg).publish(true).ok());
    auto analyst = pgdb.connect(reader);
    const auto scores = [&](const char *kind) {
        auto r = analyst->query(QStringLiteral("SELECT count(*), count(score) FROM tamkeen_report.assessments WHERE kind = $1"),
                                {QByteArray(kind)});
        REQUIRE(r.ok());
        return std::pair{r.value().integer(0, 0), r.value().integer(0, 1)};
    };
    CHECK(scores("wellbeing") == std::pair<qint64, qint64>{11, 0}); // the rows, never their scores
    CHECK(scores("work_readiness") == std::pair<qint64, qint64>{2, 2});
    // The scores are in PostgreSQL all the same, for the hub's own report.
    CHECK(pg->query(QStringLiteral("SELECT count(score) FROM tamkeen.assessments WHERE kind = 'wellbeing'"))
              .value()
              .integer(0, 0)
          == 11);

    // A hub published by the version before, whose view showed them: the
    // next publication, with nothing new to send, makes the views again.
    REQUIRE(pg->exec(QStringLiteral("DROP VIEW tamkeen_report.assessments")).ok());
    REQUIRE(pg->exec(QStringLiteral("CREATE VIEW tamkeen_report.assessments AS SELECT id, kind, score "
                                    "FROM tamkeen.assessments WHERE deleted = 0")).ok());
    REQUIRE(pg->exec(QStringLiteral("GRANT SELECT ON tamkeen_report.assessments TO %1").arg(reader)).ok());
    REQUIRE(pg->exec(QStringLiteral("UPDATE tamkeen.hub_state SET value = '1' WHERE key = 'report_views'")).ok());
    CHECK(scores("wellbeing").second == 11);
    REQUIRE(hub::HubPublisher(f.db, *pg).publish(false).ok());
    CHECK(scores("wellbeing") == std::pair<qint64, qint64>{11, 0});
}

TEST_CASE("hub: plan dates and baselines in forms the application does not write count in PostgreSQL as on the desktop", "[hub]")
{
    using namespace tamkeen::test::planimpact;
    PlanImpact f;
    // A 31st of November (SQLite's julianday rolls it over to 1 December), a
    // time of day on an approval, and a baseline naming its income twice
    // (json_extract takes the first): another device's, or an old version's.
    f.sql(QStringLiteral("UPDATE plans SET approved_on = '2024-11-31' WHERE id = ?"), {f.plan.at(2)});
    f.sql(QStringLiteral("UPDATE plans SET approved_on = '2025-01-20T12:00' WHERE id = ?"), {f.plan.at(3)});
    f.sql(QStringLiteral("UPDATE plans SET baseline = '{\"incomePerPerson\": 400, \"incomePerPerson\": 5000}' WHERE id = ?"),
          {f.plan.at(1)});
    CHECK(compare(f.db, impact::Indicator::Plans, {quarter(2025, 1), custom(QDate(2024, 1, 1), QDate(2025, 12, 31))}, {{}})
          >= 2);
    CHECK(compare(f.db, impact::Indicator::Independence, {quarter(2025, 1), quarter(2025, 2)}, {{}}) >= 2);
}

TEST_CASE("hub: a value of a type its column cannot hold stops the report in PostgreSQL, naming it, not a wrong figure", "[hub]")
{
    using namespace tamkeen::test::wellbeing;
    WellbeingFixture f;
    // Text where a score belongs: SQLite orders and reads it unlike the NULL
    // PostgreSQL holds for it.
    REQUIRE(f.db.write(QStringLiteral("UPDATE assessments SET score = 'x' WHERE member_id = ? AND assessed_on = '2024-10-01' "
                                      "AND kind = 'wellbeing'"),
                       {f.head.at(0)})
                .ok());
    PgTestDb pgdb;
    auto pg = pgdb.connect();
    REQUIRE(hub::HubPublisher::watchLedger(f.db).ok());
    auto published = hub::HubPublisher(f.db, *pg).publish(true);
    REQUIRE(published.ok());
    CHECK(published.value().misfits == 1);
    const impact::ReportRequest request{{impact::Indicator::Caseload}, quarter(2025, 1), {}, QDate(2025, 6, 1)};
    CHECK(impact::IndicatorReport::rows(f.db, request).ok()); // the desktop counts it all the same
    auto refused = hub::HubReport::rows(*pg, request);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("assessments.score")));
    CHECK(refused.error().message.contains(QStringLiteral("tamkeen-cli report --db LEDGER")));
}
