// tamkeen-bench --only hub-dashboard --households N: the national dashboard
// (issue 18 §3: ≤ 2 s over 5,000,000 households for any filter). Households
// made by SQL in a new hub database (as the hub-report part makes them, with
// re-entries, categories, levels of care and heads' birth dates), the facts
// made as a publication of everything makes them, then the dashboard for
// several filters beside a bare count by status on the period's last day
// with the same filter; and the facts of 1 % of the households made again,
// as a publication that changed them does.
#include "Bench.h"
#include "BenchPg.h"
#include "RawSqlite.h"
#include "SyncDevices.h"

#include "hub/DashboardFacts.h"
#include "hub/HubSchema.h"
#include "hub/NationalDashboard.h"
#include "impact/ImpactFilter.h"
#include "storage/Database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace tamkeen::bench {

namespace {

// The households of `filter`, counted by their status on 2025-12-31, in PostgreSQL.
double bareCount(hub::PgConnection &pg, const impact::ImpactFilter &filter, const QDate &last)
{
    QVariantList values;
    const QString scope = filter.scopeSql(last, &values);
    QList<QByteArray> params;
    for (const QVariant &v : values)
        params << (v.typeId() == QMetaType::QByteArray ? "\\x" + v.toByteArray().toHex() : v.toString().toUtf8());
    params << last.toString(Qt::ISODate).toUtf8();
    QString counted = u"SELECT status, count(*) FROM (SELECT DISTINCT ON (s.household_id) s.status FROM "
                      "household_status s JOIN (%1) h ON h.id = s.household_id WHERE s.effective_date <= $%2 "
                      "ORDER BY s.household_id, s.effective_date DESC) t GROUP BY status"_s.arg(scope).arg(params.size());
    int k = 0;
    counted.replace(QRegularExpression(u"\\?"_s), u"§"_s);
    while (counted.contains(u'§'))
        counted.replace(counted.indexOf(u'§'), 1, u"$"_s + QString::number(++k));
    pgMust(pg.exec(u"SET search_path TO tamkeen, pg_catalog"_s), "search path");
    const double ms = medianMs(3, [&] { pgMust(pg.exec(counted, params), "the bare count"); });
    pgMust(pg.exec(u"SET search_path TO pg_catalog, pg_temp"_s), "search path");
    return ms;
}

} // namespace

void benchHubDashboard(QTextStream &out, const QString &dir, int households)
{
    QTextStream err(stderr);
    const QString server = qEnvironmentVariable("TAMKEEN_BENCH_PG");
    if (server.isEmpty()) {
        err << "hub-dashboard: skipped (needs TAMKEEN_BENCH_PG)\n";
        return;
    }
    const QString ledgerPath = QDir(dir).filePath(QStringLiteral("pgdash-ledger.sqlite"));
    removeDatabase(ledgerPath);
    auto opened = storage::Database::open(ledgerPath);
    must(opened.ok(), "make a ledger");
    auto tables = hub::ledgerTables(*opened.value());
    must(tables.ok(), "the ledger's tables");
    auto admin = pgOrDie(server);
    pgMust(admin->exec(QStringLiteral("DROP DATABASE IF EXISTS tamkeen_bench_dash WITH (FORCE)")), "drop");
    pgMust(admin->exec(QStringLiteral("CREATE DATABASE tamkeen_bench_dash")), "create the database");
    auto pg = pgOrDie(server + QStringLiteral(" dbname=tamkeen_bench_dash"));
    pgMust(hub::HubSchema::ensure(*pg, tables.value(), nullptr), "the hub's schema");

    QElapsedTimer t;
    t.start();
    const QByteArray n = QByteArray::number(households);
    const char *made[] = {
        kBenchCentresSql,
        "INSERT INTO tamkeen.households (id, deleted, created_at, updated_at, file_number, centre_id, region, city, "
        "district, categories, assigned_worker, registration_date, status) SELECT decode(md5('h' || g), 'hex'), 0, "
        "'2018-01-01', '2018-01-01', 'F-' || lpad(g::text, 8, '0'), decode(lpad(to_hex(1 + g % 200), 32, '0'), 'hex'), "
        "'منطقة ' || ((1 + g % 200) % 13), 'مدينة ' || (g % 97), 'حي ' || (g % 1000), "
        "(ARRAY['low_income', 'widow,low_income', 'disability', 'orphans', NULL])[1 + g % 5], "
        "decode(lpad(to_hex(300000 + g % 16000), 32, '0'), 'hex'), (date '2018-01-01' + (g % 2900))::text, "
        "CASE WHEN g % 10 = 0 THEN 'reentered' WHEN g % 5 = 0 THEN 'exited' ELSE 'active' END "
        "FROM generate_series(1, $1::int) g",
        kBenchActiveSql,
        kBenchExitedSql,
        "INSERT INTO tamkeen.household_status (id, deleted, created_at, updated_at, household_id, status, effective_date) "
        "SELECT decode(md5('y' || g), 'hex'), 0, '2018-01-03', '2018-01-03', decode(md5('h' || g), 'hex'), 'reentered', "
        "(date '2018-01-01' + (g % 2900) + 600)::text FROM generate_series(10, $1::int, 10) g",
        kBenchExitsSql,
        "INSERT INTO tamkeen.household_exits (id, deleted, created_at, updated_at, household_id, kind, on_date, reason) "
        "SELECT decode(md5('r' || g), 'hex'), 0, '2018-01-03', '2018-01-03', decode(md5('h' || g), 'hex'), 'reentry', "
        "(date '2018-01-01' + (g % 2900) + 600)::text, (ARRAY['lost_job','project_failed','illness','family_change','other'])"
        "[1 + g % 5] FROM generate_series(10, $1::int, 10) g",
        "INSERT INTO tamkeen.members (id, deleted, created_at, updated_at, household_id, given_name, relation, sex, birth_date) "
        "SELECT decode(md5('m' || g || '-' || k), 'hex'), 0, '2018-01-01', '2018-01-01', decode(md5('h' || g), 'hex'), "
        "'—', CASE k WHEN 1 THEN 'head' ELSE 'child' END, CASE WHEN (g + k) % 2 = 0 THEN 'female' ELSE 'male' END, "
        "(date '1950-01-01' + (g * 7 + k * 3000) % 25000)::text FROM generate_series(1, $1::int) g, generate_series(1, 3) k",
        "INSERT INTO tamkeen.care_levels (id, deleted, created_at, updated_at, household_id, level, assessed_on) "
        "SELECT decode(md5('c' || g), 'hex'), 0, '2024-01-01', '2024-01-01', decode(md5('h' || g), 'hex'), "
        "(ARRAY['primary_prevention','secondary_prevention','case_management','specialised'])[1 + g % 4], "
        "(date '2024-01-01' + (g % 300))::text FROM generate_series(3, $1::int, 3) g",
        "ANALYZE"};
    for (const char *sql : made)
        pgMust(pg->exec(QString::fromUtf8(sql), QString::fromUtf8(sql).contains(u"$1") ? QList<QByteArray>{n} : QList<QByteArray>{}),
               "make the data");
    err << "hub-dashboard: " << households << " households made in PostgreSQL in " << qint64(elapsedMs(t)) << " ms\n";

    // The facts of every household, as a publication of everything makes them.
    t.restart();
    pgMust(pg->transaction([&] {
        Status s = hub::DashboardFacts::begin(*pg);
        return s ? hub::DashboardFacts::update(*pg, true, {}) : s;
    }),
           "make the facts");
    const double build = elapsedMs(t);
    auto size = pg->query(u"SELECT pg_total_relation_size('tamkeen_dashboard.dash_centres'), pg_total_relation_size('tamkeen_dashboard.dash_households')"_s);
    pgMust(size ? Status() : size.error(), "the facts' size");
    report(out, {QStringLiteral("hub dashboard: make the facts of %1 households (a publication of everything)").arg(households),
                 build, 0, QStringLiteral("ms"),
                 QStringLiteral("once per hub and version; %1 MiB the centres' blobs, %2 MiB the households' records")
                     .arg(size.value().integer(0, 0) >> 20)
                     .arg(size.value().integer(0, 1) >> 20)});

    const QDate last(2025, 12, 31);
    const auto year = impact::Period::year(2025).value();
    impact::ImpactFilter oneCentre, region, women, aged, widows, level, nothing;
    oneCentre.centres << QByteArray::fromHex("00000000000000000000000000000007");
    region.region = QStringLiteral("منطقة 5");
    women.headSex = QStringLiteral("female");
    aged.headAge = impact::AgeBand{30, 50};
    widows.category = QStringLiteral("widow");
    level.careLevel = QStringLiteral("case_management");
    nothing.centres << QByteArray::fromHex("ffffffffffffffffffffffffffffffff");
    const std::pair<QString, impact::ImpactFilter> cases[] = {
        {QStringLiteral("every household"), {}},
        {QStringLiteral("one centre"), oneCentre},
        {QStringLiteral("one region"), region},
        {QStringLiteral("households headed by women"), women},
        {QStringLiteral("heads aged 30-50"), aged},
        {QStringLiteral("category widow"), widows},
        {QStringLiteral("level of care case_management"), level},
        {QStringLiteral("a centre with no household (matches nothing)"), nothing}};
    for (const auto &[what, filter] : cases) {
        qsizetype rows = 0;
        const double ours = medianMs(3, [&] {
            auto r = hub::NationalDashboard::rows(*pg, {year, filter, last});
            pgMust(r.ok() ? Status() : r.error(), "the dashboard");
            rows = r.value().size();
        });
        report(out, {QStringLiteral("hub dashboard of 2025 beside 2024 over %1 households: %2").arg(households).arg(what),
                     ours, bareCount(*pg, filter, last), QStringLiteral("ms"),
                     QStringLiteral("target ≤ 2 s; NationalDashboard::rows (%1 rows: indicators 1-4 of both years, the "
                                    "trends, the bars), median of 3; baseline: a bare count by status on the last day "
                                    "in PostgreSQL, same filter")
                         .arg(rows)});
    }

    // 1 % of the households exit on 2025-06-01: their facts and their centres' blobs made again.
    const int changed = std::max(1, households / 100);
    pgMust(pg->exec(u"INSERT INTO tamkeen.household_exits (id, deleted, created_at, updated_at, household_id, kind, on_date, reason) "
                    "SELECT decode(md5('n' || g), 'hex'), 0, '2025-06-01', '2025-06-01', decode(md5('h' || g), 'hex'), 'exit', "
                    "'2025-06-01', 'employment' FROM generate_series(1, $1::int * 100, 100) g"_s,
                    {QByteArray::number(changed)}),
           "the changes");
    t.restart();
    pgMust(pg->transaction([&] {
        Status s = hub::DashboardFacts::begin(*pg);
        if (s)
            s = pg->exec(u"INSERT INTO pg_temp.dash_touched SELECT decode(md5('h' || g), 'hex') "
                         "FROM generate_series(1, $1::int * 100, 100) g"_s,
                         {QByteArray::number(changed)});
        return s ? hub::DashboardFacts::update(*pg, false, {}) : s;
    }),
           "the facts of the changed households");
    const double again = elapsedMs(t);
    t.restart();
    pgMust(pg->exec(u"SELECT count(*) FROM tamkeen.household_exits x JOIN (SELECT decode(md5('h' || g), 'hex') AS id "
                    "FROM generate_series(1, $1::int * 100, 100) g) c ON c.id = x.household_id"_s,
                    {QByteArray::number(changed)}),
           "the bare read");
    report(out, {QStringLiteral("hub dashboard: the facts of %1 changed households made again (a publication)").arg(changed),
                 again, elapsedMs(t), QStringLiteral("ms"),
                 QStringLiteral("their records and the blobs of every centre they belong to (all 200 here); baseline: "
                                "their exits read by one join")});
    opened.value().reset();
    removeDatabase(ledgerPath);
    pg.reset();
    pgMust(admin->exec(QStringLiteral("DROP DATABASE IF EXISTS tamkeen_bench_dash WITH (FORCE)")), "drop");
}

} // namespace tamkeen::bench
