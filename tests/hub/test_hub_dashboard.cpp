// tamkeen-hub dashboard (the national dashboard, counted from the facts each
// publication keeps) against tamkeen-hub report on the same data: every
// number of indicators 1-4, for the period and the one before, the twelve
// months' trends and the centres' bars, over periods and filters that keep
// some households and none; after a later publication that changed some
// households only, and after one that made every fact again. Then what it
// refuses: facts not made, dates it cannot read, damaged facts.
#include "PgTestDb.h"
#include "core/PlanImpactFixture.h"
#include "core/SyncFixture.h"
#include "hub/HubPublisher.h"
#include "hub/HubReport.h"
#include "hub/NationalDashboard.h"
#include "impact/IndicatorReport.h"
#include "referrals/ExitService.h"
#include "registry/DemoGenerator.h"
#include "storage/LocalState.h"

using namespace tamkeen;
using namespace tamkeen::test::syncfixture;
using tamkeen::test::PgTestDb;

namespace {

void publish(storage::Database &ledger, hub::PgConnection &pg, bool all = false)
{
    auto published = hub::HubPublisher(ledger, pg).publish(all);
    INFO((published ? std::string() : published.error().message.toStdString()));
    REQUIRE(published.ok());
}

void import(storage::Database &db, const QString &package)
{
    ImportOptions options;
    options.checkAuthors = true;
    const ImportSummary s = Importer(db, options).importFile(package);
    INFO(s.refused.toStdString());
    REQUIRE(s.ok());
}

QList<hub::DashboardRow> dashboard(hub::PgConnection &pg, const impact::Period &period, const impact::ImpactFilter &filter,
                                   const QDate &asOf)
{
    auto rows = hub::NationalDashboard::rows(pg, {period, filter, asOf});
    INFO((rows ? std::string() : rows.error().message.toStdString()));
    REQUIRE(rows.ok());
    return rows.value();
}

QList<impact::ReportRow> report(hub::PgConnection &pg, const QList<impact::Indicator> &which, const impact::Period &period,
                                const impact::ImpactFilter &filter, const QDate &asOf)
{
    auto rows = hub::HubReport::rows(pg, {which, period, filter, asOf});
    INFO((rows ? std::string() : rows.error().message.toStdString()));
    REQUIRE(rows.ok());
    return rows.value();
}

std::string show(const std::optional<double> &v) { return v ? std::to_string(*v) : std::string("none"); }

// The dashboard's rows of one part, as "indicator group key value households base" lines.
QStringList lines(const QList<hub::DashboardRow> &rows, const QString &period, const QString &indicator = {})
{
    QStringList out;
    for (const hub::DashboardRow &r : rows)
        if (r.period == period && (indicator.isEmpty() || r.indicator == indicator))
            out << QStringLiteral("%1 %2 %3 %4 %5 %6").arg(r.indicator, r.group, r.key,
                                                            QString::fromStdString(show(r.value)))
                       .arg(r.households)
                       .arg(r.base);
    return out;
}

QStringList lines(const QList<impact::ReportRow> &rows)
{
    QStringList out;
    for (const impact::ReportRow &r : rows)
        out << QStringLiteral("%1 %2 %3 %4 %5 %6").arg(r.indicator, r.group, r.key, QString::fromStdString(show(r.value)))
                   .arg(r.fileNumbers.size())
                   .arg(r.base);
    return out;
}

double valueOf(const QList<impact::ReportRow> &rows, const QString &indicator, const QString &key)
{
    for (const impact::ReportRow &r : rows)
        if (r.indicator == indicator && r.key == key)
            return r.value.value_or(-1);
    return -1;
}

const QList<impact::Indicator> kOneToFour = {impact::Indicator::Caseload, impact::Indicator::Exits,
                                             impact::Indicator::SustainedExits, impact::Indicator::ReentryRate};

// Compares every number of the dashboard with the report's; returns how many
// of the compared periods had exits (so that not only zeros were compared).
int compare(hub::PgConnection &pg, const impact::Period &period, const impact::ImpactFilter &filter, const QDate &asOf,
            const QList<QByteArray> &centres)
{
    const QList<hub::DashboardRow> rows = dashboard(pg, period, filter, asOf);
    INFO(period.firstIso().toStdString() << " .. " << period.lastIso().toStdString());
    const auto now = report(pg, kOneToFour, period, filter, asOf);
    CHECK(lines(rows, QStringLiteral("this")) == lines(now));
    const impact::Period before = period.previous().value();
    CHECK(lines(rows, QStringLiteral("before")) == lines(report(pg, kOneToFour, before, filter, asOf)));
    // The trends: each of the twelve months as a report of that month.
    QStringList trend, expected;
    const QDate last(period.last().year(), period.last().month(), 1);
    for (int i = 11; i >= 0; --i) {
        const QDate m = last.addMonths(-i);
        const auto month = report(pg, {impact::Indicator::Caseload, impact::Indicator::Exits},
                                  impact::Period::month(m.year(), m.month()).value(), filter, asOf);
        expected << QStringLiteral("%1 %2 %3").arg(m.toString(QStringLiteral("yyyy-MM")))
                        .arg(valueOf(month, QStringLiteral("caseload"), QStringLiteral("supported")))
                        .arg(valueOf(month, QStringLiteral("exits"), QStringLiteral("total")));
    }
    for (qsizetype i = 0; i + 1 < rows.size(); ++i)
        if (rows[i].indicator == QStringLiteral("trend") && rows[i].key == QStringLiteral("supported"))
            trend << QStringLiteral("%1 %2 %3").arg(rows[i].group).arg(*rows[i].value).arg(*rows[i + 1].value);
    CHECK(trend == expected);
    // The bars: each centre as a report of that centre alone.
    double supported = 0, exits = 0;
    for (const QByteArray &centre : centres) {
        impact::ImpactFilter one = filter;
        if (!one.centres.isEmpty() && !one.centres.contains(centre))
            continue;
        one.centres = {centre};
        const auto alone = report(pg, {impact::Indicator::Caseload, impact::Indicator::Exits}, period, one, asOf);
        supported += valueOf(alone, QStringLiteral("caseload"), QStringLiteral("supported"));
        exits += valueOf(alone, QStringLiteral("exits"), QStringLiteral("total"));
    }
    double barSupported = 0, barExits = 0;
    for (const hub::DashboardRow &r : rows)
        if (r.indicator == QStringLiteral("by_centre"))
            (r.key == QStringLiteral("supported") ? barSupported : barExits) += r.value.value_or(0);
    CHECK(barSupported == supported);
    CHECK(barExits == exits);
    return valueOf(now, QStringLiteral("exits"), QStringLiteral("total")) > 0 ? 1 : 0;
}

QList<impact::Period> periods(const QDate &today)
{
    const QDate lastMonth = today.addMonths(-1);
    return {impact::Period::year(today.year()).value(), impact::Period::year(today.year() - 1).value(),
            impact::Period::quarter(lastMonth.year(), (lastMonth.month() - 1) / 3 + 1).value(),
            impact::Period::month(lastMonth.year(), lastMonth.month()).value(),
            impact::Period::custom(today.addDays(-200), today.addDays(-20)).value(),
            impact::Period::year(today.year() + 3).value()};
}

// No filter, a centre, heads' sex and age, a region, a category, a worker,
// a city and a district (one household's), and a filter matching nothing.
QList<impact::ImpactFilter> filters(storage::Database &ledger, const QByteArray &centre)
{
    impact::ImpactFilter none, one, women, aged, inRegion, category, worker, place, nobody;
    one.centres = {centre};
    women.headSex = QStringLiteral("female");
    aged.headAge = impact::AgeBand{30, 50};
    // One household's value of each column (the demonstration's households have some of each).
    const auto some = [&](const char *column) {
        return ledger.scalar(QStringLiteral("SELECT %1 FROM households WHERE %1 IS NOT NULL AND %1 <> '' "
                                            "ORDER BY file_number LIMIT 1").arg(QLatin1String(column)))
            .value();
    };
    inRegion.region = some("region").toString();
    category.category = some("categories").toString().section(QLatin1Char(','), 0, 0);
    worker.worker = some("assigned_worker").toByteArray();
    place.city = some("city").toString();
    place.district = ledger.scalar(QStringLiteral("SELECT district FROM households WHERE city = ? LIMIT 1"), {place.city})
                         .value()
                         .toString();
    INFO("region " << inRegion.region.toStdString() << ", category " << category.category.toStdString() << ", city "
                   << place.city.toStdString());
    REQUIRE_FALSE(inRegion.region.isEmpty());
    REQUIRE_FALSE(place.city.isEmpty());
    nobody.region = QStringLiteral("no such region");
    QList<impact::ImpactFilter> all{none, one, women, aged, inRegion, place, nobody};
    if (!category.category.isEmpty())
        all << category;
    if (!worker.worker.isEmpty())
        all << worker;
    return all;
}

struct Hub {
    Org org{1};
    Device &a = org[0];
    Device *hub = nullptr;
    QList<QByteArray> households, centres;

    Hub()
    {
        registry::DemoOptions demo;
        demo.households = 60;
        REQUIRE(registry::DemoGenerator::generate(a.db, a.admin(), demo).ok());
        REQUIRE(a.db.read(QStringLiteral("SELECT id FROM households ORDER BY file_number"), {},
                          [&](const storage::RawRow &r) { households << r.blob(0); })
                    .ok());
        hub = &org.enrol(a, 0, QStringLiteral("RUH"), QStringLiteral("all"));
        REQUIRE(hub::HubPublisher::watchLedger(hub->db).ok());
    }
    // Exits at dates across two years; every other one comes back 100 days later.
    void exits(qsizetype from, qsizetype to, int step)
    {
        const QDate today = QDate::currentDate();
        referrals::ExitService service(a.db);
        const QStringList reasons = {QStringLiteral("employment"), QStringLiteral("own_project"), QStringLiteral("moved"),
                                     QStringLiteral("other_income"), QStringLiteral("other")};
        int exited = 0;
        for (qsizetype i = from; i < to; ++i) {
            const QDate on = today.addDays(-int(i) * step);
            if (!service.exitSupport(a.admin(), households[i], on, reasons[i % reasons.size()]).ok())
                continue;
            if (++exited % 2 == 0)
                (void)service.reenter(a.admin(), households[i], on.addDays(100), QStringLiteral("lost_job"));
        }
        REQUIRE(exited >= 4);
    }
    void send() { import(hub->db, org.send(a, {QByteArray(), true, 0})); }
    void readCentres()
    {
        centres.clear();
        REQUIRE(hub->db.read(QStringLiteral("SELECT id FROM centres WHERE deleted = 0"), {},
                             [&](const storage::RawRow &r) { centres << r.blob(0); })
                    .ok());
    }
};

} // namespace

TEST_CASE("hub: the national dashboard's numbers are tamkeen-hub report's, for the period, the one before, the trends and the bars", "[hub][dashboard]")
{
    const test::PlainFiles plain;
    PgTestDb pgdb;
    Hub h;
    h.exits(0, 40, 13);
    h.send();
    h.readCentres();
    auto pg = pgdb.connect();
    publish(h.hub->db, *pg, true);
    const QDate today = QDate::currentDate();
    int withExits = 0;
    for (const impact::Period &period : periods(today))
        for (const impact::ImpactFilter &filter : filters(h.hub->db, h.centres.value(0)))
            withExits += compare(*pg, period, filter, today, h.centres);
    CHECK(withExits >= 8);

    // A later publication changes some households only: more exits, and a
    // household's head of the other sex (an edit at the hub's ledger); the
    // facts follow, and equal those made again from nothing.
    h.exits(40, 60, 7);
    h.send();
    REQUIRE(h.hub->db.write(QStringLiteral("UPDATE members SET sex = CASE sex WHEN 'male' THEN 'female' ELSE 'male' END "
                                        "WHERE relation = 'head' AND household_id = ?"),
                            {h.households[3]})
                .ok());
    // A family moved to a new centre, one deleted, a status row moved to another family.
    const QByteArray jeddah = QByteArray::fromHex("0123456789abcdef0123456789abcdef");
    REQUIRE(h.hub->db.write(QStringLiteral("INSERT INTO centres (id, code, name, region, created_at, updated_at) "
                                           "VALUES (?, 'JED', 'جدة', 'مكة', '2026-01-01', '2026-01-01')"),
                            {jeddah})
                .ok());
    REQUIRE(h.hub->db.write(QStringLiteral("UPDATE households SET centre_id = ? WHERE id IN (?, ?)"),
                            {jeddah, h.households[5], h.households[6]})
                .ok());
    REQUIRE(h.hub->db.write(QStringLiteral("UPDATE households SET deleted = 1 WHERE id = ?"), {h.households[7]}).ok());
    REQUIRE(h.hub->db.write(QStringLiteral("UPDATE household_status SET household_id = ? WHERE id = "
                                           "(SELECT id FROM household_status WHERE household_id = ? LIMIT 1)"),
                            {h.households[8], h.households[9]})
                .ok());
    publish(h.hub->db, *pg);
    h.readCentres();
    REQUIRE(h.centres.size() == 2);
    for (const impact::Period &period : periods(today))
        for (const impact::ImpactFilter &filter : filters(h.hub->db, h.centres.value(0)))
            withExits += compare(*pg, period, filter, today, h.centres);
    const auto incremental = dashboard(*pg, periods(today)[0], {}, today);
    publish(h.hub->db, *pg, true);
    const auto remade = dashboard(*pg, periods(today)[0], {}, today);
    CHECK(lines(incremental, QStringLiteral("this")) == lines(remade, QStringLiteral("this")));
    CHECK(lines(incremental, QStringLiteral("")) == lines(remade, QStringLiteral("")));
}

TEST_CASE("hub: the national dashboard refuses what it cannot count as the report does, and says why", "[hub][dashboard]")
{
    const test::PlainFiles plain;
    PgTestDb pgdb;
    Hub h;
    h.exits(0, 20, 13);
    h.send();
    auto pg = pgdb.connect();
    const QDate today = QDate::currentDate();
    const impact::Period year = impact::Period::year(today.year()).value();

    // Nothing published yet: no facts, a message saying what to do.
    auto none = hub::NationalDashboard::rows(*pg, {year, {}, today});
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().message.contains(QStringLiteral("publish")));

    publish(h.hub->db, *pg, true);
    CHECK(hub::NationalDashboard::rows(*pg, {year, {}, today}).ok());
    // The facts (heads' birth days, statuses by household) are the hub's own
    // role's: another role, as an analyst's, reads none of them.
    auto analyst = pgdb.connect(pgdb.role(QStringLiteral("analyst_")));
    auto facts = analyst->query(QStringLiteral("SELECT count(*) FROM tamkeen_dashboard.dash_households"));
    REQUIRE_FALSE(facts.ok());
    CHECK(facts.error().message.contains(QStringLiteral("permission denied")));
    CHECK_FALSE(hub::NationalDashboard::rows(*analyst, {year, {}, today}).ok());
    // A publication by a program that does not keep the facts (an older
    // tamkeen-hub, from the same ledger: both sides take its generation):
    // the facts are not believed, and the next publication makes them all
    // again although it is otherwise incremental.
    REQUIRE(pg->exec(QStringLiteral("UPDATE tamkeen.hub_state SET value = 'older' WHERE key = 'generation'")).ok());
    REQUIRE(storage::setLocalValue(h.hub->db, QStringLiteral("hub_generation"), QStringLiteral("older")).ok());
    REQUIRE(pg->exec(QStringLiteral("UPDATE tamkeen.household_status SET status = 'suspended' WHERE household_id = $1"),
                     {"\\x" + h.households[4].toHex()})
                .ok()); // what that publication changed, the facts never saw
    auto stale = hub::NationalDashboard::rows(*pg, {year, {}, today});
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().message.contains(QStringLiteral("publish")));
    publish(h.hub->db, *pg);
    auto fresh = dashboard(*pg, year, {}, today);
    CHECK(lines(fresh, QStringLiteral("this")) == lines(report(*pg, kOneToFour, year, {}, today)));
    // The dashboard's tables dropped by hand (a restore of schema tamkeen only):
    // made again, and whole, by the next publication.
    REQUIRE(pg->exec(QStringLiteral("DROP TABLE tamkeen_dashboard.dash_households")).ok());
    CHECK_FALSE(hub::NationalDashboard::rows(*pg, {year, {}, today}).ok());
    publish(h.hub->db, *pg);
    CHECK(lines(dashboard(*pg, year, {}, today), QStringLiteral("this")) == lines(report(*pg, kOneToFour, year, {}, today)));

    // A status dated in a form the application never writes (a hostile or
    // broken device's): refused while that household is in scope, not a wrong figure.
    REQUIRE(h.hub->db.write(QStringLiteral("UPDATE household_status SET effective_date = '2025-1-5' WHERE household_id = ?"),
                            {h.households[2]})
                .ok());
    publish(h.hub->db, *pg);
    auto odd = hub::NationalDashboard::rows(*pg, {year, {}, today});
    REQUIRE_FALSE(odd.ok());
    CHECK(odd.error().message.contains(QStringLiteral("YYYY-MM-DD")));
    // Out of scope, it does not stop another filter's dashboard.
    impact::ImpactFilter nobody;
    nobody.region = QStringLiteral("no such region");
    auto empty = hub::NationalDashboard::rows(*pg, {year, nobody, today});
    REQUIRE(empty.ok());
    for (const hub::DashboardRow &r : empty.value())
        if (r.indicator != QStringLiteral("by_centre"))
            CHECK(r.households == 0);

    // Damaged facts are said to be damaged, and a publication of everything mends them.
    REQUIRE(pg->exec(QStringLiteral("UPDATE tamkeen_dashboard.dash_centres SET facts = substring(facts from 1 for length(facts) - 3)")).ok());
    auto damaged = hub::NationalDashboard::rows(*pg, {year, nobody, today});
    REQUIRE_FALSE(damaged.ok());
    CHECK(damaged.error().message.contains(QStringLiteral("damaged")));
    REQUIRE(h.hub->db.write(QStringLiteral("UPDATE household_status SET effective_date = '2025-01-05' WHERE household_id = ?"),
                            {h.households[2]})
                .ok());
    publish(h.hub->db, *pg, true);
    CHECK(hub::NationalDashboard::rows(*pg, {year, {}, today}).ok());
}

TEST_CASE("hub: the national dashboard's counsellor and track filters keep the households the report keeps", "[hub][dashboard]")
{
    tamkeen::test::planimpact::PlanImpact f;
    PgTestDb pgdb;
    auto pg = pgdb.connect();
    REQUIRE(hub::HubPublisher::watchLedger(f.db).ok());
    publish(f.db, *pg, true);
    QList<QByteArray> centres;
    REQUIRE(f.db.read(QStringLiteral("SELECT id FROM centres WHERE deleted = 0"), {},
                      [&](const storage::RawRow &r) { centres << r.blob(0); })
                .ok());
    const QString track = f.db.scalar(QStringLiteral("SELECT tracks FROM plans WHERE tracks IS NOT NULL AND tracks <> '' LIMIT 1"))
                              .value()
                              .toString()
                              .section(QLatin1Char(','), 0, 0);
    REQUIRE_FALSE(track.isEmpty());
    impact::ImpactFilter theirs, onTrack, hers;
    theirs.counsellor = f.huda.userId;
    onTrack.track = track;
    hers = theirs;
    hers.headSex = QStringLiteral("female");
    int withExits = 0;
    for (const impact::Period &period : {impact::Period::quarter(2025, 1).value(), impact::Period::year(2025).value()})
        for (const impact::ImpactFilter &filter : {impact::ImpactFilter{}, theirs, onTrack, hers})
            withExits += compare(*pg, period, filter, QDate(2025, 12, 1), centres);
    CHECK(withExits >= 4);
}
