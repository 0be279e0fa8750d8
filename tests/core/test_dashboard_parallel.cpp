// computeDashboard(path, …) computes the period and the one before at the
// same time on two connections of their own; it must give exactly what
// computeDashboard(db, …) gives on one connection, on the work fixture
// (WorkImpactFixture.h), whose values test_dashboard_indicators.cpp checks.
#include "WorkImpactFixture.h"
#include "impact/DashboardData.h"
#include "impact/DashboardEngine.h"
#include "impact/DashboardGroups.h"
#include "impact/ReportTables.h"

using namespace tamkeen;
using namespace tamkeen::impact;
using namespace tamkeen::test::planimpact;
using tamkeen::test::workimpact::WorkImpact;

namespace {

// Households headed by a woman: a second filter for the engine's tests.
ImpactFilter womenHeaded()
{
    ImpactFilter f;
    f.headSex = QStringLiteral("female");
    return f;
}

// Every number of every table the report makes of the dashboard, as text.
QStringList cells(const DashboardData &d, const Period &period)
{
    QStringList out;
    const ReportDocument doc = ReportTables::dashboard(d, period, {}, QStringLiteral("en"), QDate(2026, 1, 1));
    for (const ReportTable &t : doc.tables)
        for (const QList<ReportCell> &row : t.rows) {
            QStringList line{t.key};
            for (const ReportCell &c : row)
                line << c.value.toString();
            out << line.join(QLatin1Char('|'));
        }
    return out;
}

// The households behind figures of each side, in their order.
QList<QList<QByteArray>> households(const DashboardData &d)
{
    QList<QList<QByteArray>> out;
    for (const Caseload *c : {&d.caseload, &d.caseloadBefore}) {
        out << c->supported.households << c->registered.households;
        for (const Figure &f : c->members)
            out << f.households;
    }
    for (const Exits *e : {&d.exits, &d.exitsBefore})
        out << e->positive.households << e->other.households;
    out << d.independence.households.households << d.independenceBefore.households.households
        << d.independence.rose.households << d.work.members.households << d.workBefore.members.households
        << d.plans.goalsAchieved.households << d.plansBefore.goalsAchieved.households
        << d.referrals.total.sent.households << d.referralsBefore.total.sent.households
        << d.clinic.firstSessions.households << d.clinicBefore.firstSessions.households;
    for (const MonthFigure &m : d.exitsByMonth)
        out << m.exits.households;
    for (const GroupFigures &g : d.groups)
        out << QList<QByteArray>{g.id, g.name.toUtf8()} << g.supported.households << g.exits.households;
    return out;
}

} // namespace

TEST_CASE("Dashboard: the period and the one before computed at once give what one connection gives",
          "[impact][dashboard]")
{
    WorkImpact t;
    const Period q1 = Period::quarter(2025, 1).value();
    ImpactFilter women;
    women.headSex = QStringLiteral("female");
    for (const ImpactFilter &filter : {ImpactFilter(), women}) {
        for (const security::Session *reader : {static_cast<const security::Session *>(&t.salem), static_cast<const security::Session *>(nullptr)}) {
            for (GroupBy by : {GroupBy::Centre, GroupBy::Worker, GroupBy::Track}) {
                auto one = computeDashboard(t.db, q1, filter, QDate(2026, 1, 1), reader, by);
                auto two = computeDashboard(t.t->path(), q1, filter, QDate(2026, 1, 1), reader, by);
                INFO((two ? std::string() : two.error().message.toStdString()));
                REQUIRE(one.ok());
                REQUIRE(two.ok());
                const DashboardData &a = one.value(), &b = two.value();
                CHECK(cells(a, q1) == cells(b, q1));
                CHECK(households(a) == households(b));
                CHECK(a.groupedBy == b.groupedBy);
                CHECK(a.wellbeing.has_value() == b.wellbeing.has_value());
                CHECK(a.wellbeingBefore.has_value() == b.wellbeingBefore.has_value());
                CHECK(b.wellbeingBefore.has_value() == (reader != nullptr));
            }
        }
    }
    // Not trivially equal: the fixture's figures are there on both sides.
    auto two = computeDashboard(t.t->path(), q1, {}, QDate(2026, 1, 1), &t.salem);
    REQUIRE(two.ok());
    CHECK(t.nums(two.value().independence.households.households) == QList<int>{1, 2, 3, 7});
    CHECK(t.nums(two.value().independenceBefore.households.households) == QList<int>{1, 2, 7});
    CHECK(t.nums(two.value().referralsBefore.total.sent.households) == QList<int>{3, 7});
}

TEST_CASE("Dashboard from a path that is not a Tamkeen database: an error, no figures", "[impact][dashboard]")
{
    QTemporaryDir dir;
    const Period q1 = Period::quarter(2025, 1).value();
    auto missing = computeDashboard(dir.filePath(QStringLiteral("none.sqlite")), q1, {}, QDate(2026, 1, 1));
    CHECK_FALSE(missing.ok());
    QFile junk(dir.filePath(QStringLiteral("junk.sqlite")));
    REQUIRE(junk.open(QIODevice::WriteOnly));
    junk.write("not a database at all, just words");
    junk.close();
    auto notOurs = computeDashboard(junk.fileName(), q1, {}, QDate(2026, 1, 1));
    REQUIRE_FALSE(notOurs.ok());
    CHECK_FALSE(notOurs.error().message.isEmpty());
}

TEST_CASE("Dashboard engine: what it keeps between dashboards never shows a number the file no longer holds",
          "[impact][dashboard]")
{
    WorkImpact t;
    const Period q1 = Period::quarter(2025, 1).value();
    const QDate asOf(2026, 1, 1);
    const ImpactFilter women = womenHeaded();
    DashboardEngine engine(t.t->path());
    const auto same = [&](const ImpactFilter &filter, GroupBy by) {
        auto one = computeDashboard(t.db, q1, filter, asOf, &t.salem, by);
        auto kept = engine.compute(q1, filter, asOf, &t.salem, by);
        INFO((kept ? std::string() : kept.error().message.toStdString()));
        REQUIRE(one.ok());
        REQUIRE(kept.ok());
        CHECK(cells(kept.value(), q1) == cells(one.value(), q1));
        CHECK(households(kept.value()) == households(one.value()));
        return cells(kept.value(), q1);
    };
    // One filter, another, the first again, another grouping: each as if computed afresh.
    const QStringList before = same({}, GroupBy::Centre);
    const QStringList ofWomen = same(women, GroupBy::Centre);
    CHECK(ofWomen != before);
    CHECK(same({}, GroupBy::Centre) == before);
    same({}, GroupBy::Worker);

    // Written by another connection (the window's) between two dashboards:
    // a referral, an income, a session and an exit, each in the kept facts.
    t.completed(2, "employer", d(2025, 1, 10), d(2025, 2, 10));
    t.income(4, "salary", 9000, d(2025, 2, 1));
    t.exitOn(6, d(2024, 6, 1), d(2025, 3, 1), "employment");
    const QStringList after = same({}, GroupBy::Centre);
    CHECK(after != before);
    CHECK(same(women, GroupBy::Centre) != ofWomen);
}

TEST_CASE("Dashboard engine: a request no longer wanted stops, and the next one is whole", "[impact][dashboard]")
{
    WorkImpact t;
    const Period q1 = Period::quarter(2025, 1).value();
    const QDate asOf(2026, 1, 1);
    DashboardEngine engine(t.t->path());
    // Superseded before its turn came: nothing computed.
    auto never = engine.compute(q1, {}, asOf, &t.salem, GroupBy::Centre, [] { return false; });
    REQUIRE_FALSE(never.ok());
    CHECK(never.error().code == ErrorCode::Cancelled);
    // Superseded after its first groups (asked from both threads).
    std::atomic<int> asked{0};
    auto halfway = engine.compute(q1, {}, asOf, &t.salem, GroupBy::Centre, [&] { return ++asked <= 2; });
    REQUIRE_FALSE(halfway.ok());
    CHECK(halfway.error().code == ErrorCode::Cancelled);
    CHECK(asked > 2);
    // The groups read before it stopped are kept, and the next dashboard is
    // what one connection computes afresh.
    auto whole = engine.compute(q1, {}, asOf, &t.salem);
    auto one = computeDashboard(t.db, q1, {}, asOf, &t.salem);
    REQUIRE(whole.ok());
    REQUIRE(one.ok());
    CHECK(cells(whole.value(), q1) == cells(one.value(), q1));
    CHECK(households(whole.value()) == households(one.value()));
}

TEST_CASE("Dashboard engine: a filter given up halfway leaves the one before whole", "[impact][dashboard]")
{
    WorkImpact t;
    const Period q1 = Period::quarter(2025, 1).value();
    const QDate asOf(2026, 1, 1);
    const ImpactFilter women = womenHeaded();
    DashboardEngine engine(t.t->path());
    REQUIRE(engine.compute(q1, {}, asOf, &t.salem).ok());
    for (int groups : {0, 1, 2, 3}) {
        std::atomic<int> asked{0};
        auto given = engine.compute(q1, women, asOf, &t.salem, GroupBy::Centre, [&] { return ++asked <= groups; });
        REQUIRE_FALSE(given.ok());
        CHECK(given.error().code == ErrorCode::Cancelled);
        for (const ImpactFilter &filter : {ImpactFilter(), women}) {
            auto kept = engine.compute(q1, filter, asOf, &t.salem);
            auto afresh = computeDashboard(t.db, q1, filter, asOf, &t.salem);
            REQUIRE(kept.ok());
            REQUIRE(afresh.ok());
            CHECK(cells(kept.value(), q1) == cells(afresh.value(), q1));
            CHECK(households(kept.value()) == households(afresh.value()));
        }
    }
}

// Above 300,000 households the second thread reads the status facts and the
// able members ahead and both connections keep a small cache: the same
// figures. (The file counts its households by the largest rowid: one moved
// up makes the fixture a large file.)
TEST_CASE("Dashboard engine: in a file of more than 300,000 households the figures are the same", "[impact][dashboard]")
{
    WorkImpact t;
    REQUIRE(t.db.execScript(QStringLiteral("UPDATE households SET rowid = 300001 WHERE rowid = (SELECT max(rowid) FROM households)")));
    REQUIRE(dashboard::manyHouseholds(t.db));
    const Period q1 = Period::quarter(2025, 1).value();
    const QDate asOf(2026, 1, 1);
    DashboardEngine engine(t.t->path());
    for (int pass = 0; pass < 2; ++pass) { // from nothing, then from what was kept
        for (const ImpactFilter &filter : {ImpactFilter(), womenHeaded()}) {
            auto kept = engine.compute(q1, filter, asOf, &t.salem);
            auto one = computeDashboard(t.db, q1, filter, asOf, &t.salem);
            INFO((kept ? std::string() : kept.error().message.toStdString()));
            REQUIRE(kept.ok());
            REQUIRE(one.ok());
            CHECK(cells(kept.value(), q1) == cells(one.value(), q1));
            CHECK(households(kept.value()) == households(one.value()));
            CHECK_FALSE(kept.value().groups.isEmpty());
        }
    }
    CHECK(engine.keepsCurrent());
}
