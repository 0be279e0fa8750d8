// The hub on PostgreSQL (issue 18 §3): the 2,008 packages of `--only sync`'s
// hub part (4 branches, 5,000,000 field values) imported into a ledger and
// published to PostgreSQL, beside a bare COPY of the same rows into the same
// tables in the same run. Needs that part's files in --dir (run `--only sync`
// with the same --dir first) and a PostgreSQL superuser's connection string in
// TAMKEEN_BENCH_PG (scripts/pg-cluster.sh starts a throwaway server).
#include "Bench.h"
#include "BenchPg.h"
#include "RawSqlite.h"
#include "SyncDevices.h"

#include "hub/HubPublisher.h"
#include "hub/HubReport.h"
#include "impact/ImpactFilter.h"
#include "hub/HubSchema.h"
#include "hub/PgConnection.h"
#include "storage/Database.h"
#include "sync/Importer.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace tamkeen::bench {

std::unique_ptr<hub::PgConnection> pgOrDie(const QString &conninfo)
{
    auto pg = hub::PgConnection::open(conninfo);
    if (!pg)
        QTextStream(stderr) << pg.error().message << "\n";
    must(pg.ok(), "connect to PostgreSQL");
    return std::move(pg).value();
}

void pgMust(const Status &s, const char *what)
{
    if (!s)
        QTextStream(stderr) << what << ": " << s.error().message << "\n";
    must(s.ok(), what);
}


// The households and their statuses and exits both PostgreSQL benches make ($1: how many).
const char *const kBenchCentresSql =
    "INSERT INTO tamkeen.centres (id, deleted, created_at, updated_at, code, name, region) "
    "SELECT decode(lpad(to_hex(c), 32, '0'), 'hex'), 0, '2018-01-01', '2018-01-01', 'C' || c, 'مركز ' || c, "
    "'منطقة ' || (c % 13) FROM generate_series(1, 200) c";
const char *const kBenchActiveSql =
    "INSERT INTO tamkeen.household_status (id, deleted, created_at, updated_at, household_id, status, effective_date) "
    "SELECT decode(md5('s' || g), 'hex'), 0, '2018-01-01', '2018-01-01', decode(md5('h' || g), 'hex'), 'active', "
    "(date '2018-01-01' + (g % 2900))::text FROM generate_series(1, $1::int) g";
const char *const kBenchExitedSql =
    "INSERT INTO tamkeen.household_status (id, deleted, created_at, updated_at, household_id, status, effective_date) "
    "SELECT decode(md5('x' || g), 'hex'), 0, '2018-01-02', '2018-01-02', decode(md5('h' || g), 'hex'), 'exited', "
    "(date '2018-01-01' + (g % 2900) + 400)::text FROM generate_series(5, $1::int, 5) g";
const char *const kBenchExitsSql =
    "INSERT INTO tamkeen.household_exits (id, deleted, created_at, updated_at, household_id, kind, on_date, reason) "
    "SELECT decode(md5('e' || g), 'hex'), 0, '2018-01-02', '2018-01-02', decode(md5('h' || g), 'hex'), 'exit', "
    "(date '2018-01-01' + (g % 2900) + 400)::text, (ARRAY['employment','own_project','other_income','moved','other'])"
    "[1 + g % 5] FROM generate_series(5, $1::int, 5) g";

void benchHub(QTextStream &out, const QString &dir)
{
    QTextStream err(stderr);
    const QString server = qEnvironmentVariable("TAMKEEN_BENCH_PG");
    const QDir d(dir);
    const QString list = d.filePath(QStringLiteral("sync-hub-packages.list"));
    const QString empty = d.filePath(QStringLiteral("sync-hub-empty.snapshot"));
    if (server.isEmpty() || !QFile::exists(list) || !QFile::exists(empty)) {
        err << "hub: skipped (needs TAMKEEN_BENCH_PG and the files of `--only sync` in the same --dir)\n";
        return;
    }
    QFile listFile(list);
    must(listFile.open(QIODevice::ReadOnly | QIODevice::Text), "read the package list");
    QStringList packages;
    for (const QByteArray &line : listFile.readAll().split('\n'))
        if (!line.isEmpty())
            packages << QFile::decodeName(line);
    packages.removeFirst(); // the database the sync part imported them into

    auto admin = pgOrDie(server);
    pgMust(admin->exec(QStringLiteral("DROP DATABASE IF EXISTS tamkeen_bench_hub WITH (FORCE)")), "drop");
    pgMust(admin->exec(QStringLiteral("CREATE DATABASE tamkeen_bench_hub")), "create the database");
    auto pg = pgOrDie(server + QStringLiteral(" dbname=tamkeen_bench_hub"));

    const QString ledgerPath = d.filePath(QStringLiteral("pghub-ledger.sqlite"));
    removeDatabase(ledgerPath);
    must(QFile::copy(empty, ledgerPath), "copy the empty hub");
    unlockBenchFile(ledgerPath);
    auto opened = storage::Database::open(ledgerPath);
    must(opened.ok(), "open the ledger");
    storage::Database &ledger = *opened.value();
    logIn(ledger);
    pgMust(hub::HubPublisher::watchLedger(ledger), "watch the ledger");
    hub::HubPublisher publisher(ledger, *pg);
    must(publisher.publish(true).ok(), "the first publication (init)");

    // As packages trickle in: published after each quarter of them, so the
    // first publication fills empty tables (COPY straight into them) and the
    // next three update rows PostgreSQL holds (staging and upsert).
    QElapsedTimer t;
    sync::Importer importer(ledger);
    qint64 entries = 0, refused = 0, publishedRows = 0;
    double importMs = 0, publishMs = 0, firstPublishMs = 0;
    QStringList tables;
    const qsizetype quarter = (packages.size() + 3) / 4;
    for (qsizetype from = 0; from < packages.size(); from += quarter) {
        t.start();
        for (qsizetype i = from; i < std::min(packages.size(), from + quarter); ++i) {
            const sync::ImportSummary s = importer.importFile(packages[i]);
            entries += s.entries;
            refused += s.ok() ? 0 : 1;
        }
        importMs += elapsedMs(t);
        t.start();
        auto published = publisher.publish(false);
        pgMust(published.ok() ? Status() : published.error(), "publish");
        const double ms = elapsedMs(t);
        publishMs += ms;
        if (from == 0)
            firstPublishMs = ms;
        publishedRows += published.value().rows;
        for (const QString &table : published.value().tables)
            if (!tables.contains(table))
                tables << table;
        err << "hub on PostgreSQL: packages " << from + 1 << "–" << std::min(packages.size(), from + quarter)
            << ": import " << qint64(importMs) << " ms so far, publication " << qint64(ms) << " ms ("
            << published.value().rows << " rows)\n";
    }

    // Baseline: the same rows, taken out of the hub's tables with COPY TO,
    // then COPY FROM into empty tables made LIKE them (the same columns,
    // types and primary key), each table's rows sent as one COPY.
    QList<QPair<QString, QByteArray>> rows;
    qint64 rowCount = 0, bytes = 0;
    for (const QString &table : std::as_const(tables)) {
        QByteArray data;
        pgMust(pg->copyOut(QStringLiteral("COPY tamkeen.%1 TO STDOUT").arg(hub::quotedIdentifier(table)),
                           [&](const QByteArray &line) {
                               data += line;
                               data += '\n';
                               ++rowCount;
                               return Status();
                           }),
               "COPY TO");
        bytes += data.size();
        rows.append({table, data});
    }
    pgMust(pg->exec(QStringLiteral("CREATE SCHEMA bare")), "bare schema");
    for (const auto &[table, data] : std::as_const(rows))
        pgMust(pg->exec(QStringLiteral("CREATE TABLE bare.%1 (LIKE tamkeen.%1 INCLUDING ALL)").arg(hub::quotedIdentifier(table))),
               "bare table");
    t.start();
    for (const auto &[table, data] : std::as_const(rows)) {
        pgMust(pg->copyIn(QStringLiteral("COPY bare.%1 FROM STDIN").arg(hub::quotedIdentifier(table)),
                          [&](QByteArray &buffer) {
                              for (qsizetype at = 0; at < data.size(); at += 4 * 1024 * 1024) {
                                  buffer = data.mid(at, 4 * 1024 * 1024);
                                  if (Status s = pg->flushCopy(buffer); !s)
                                      return s;
                              }
                              return Status();
                          }),
               "bare COPY");
    }
    const double copyMs = elapsedMs(t);

    report(out, {QStringLiteral("hub on PostgreSQL: import %1 packages (%2 entries) into the ledger and publish them, "
                                "a quarter at a time")
                     .arg(packages.size())
                     .arg(entries),
                 importMs + publishMs, copyMs, QStringLiteral("ms"),
                 QStringLiteral("target ≤ 60 s and ≤ 3× the baseline; %1 refused; %2 row writes published; baseline: a "
                                "bare COPY of the final %3 rows (%4) into empty tables LIKE the hub's, in the same run")
                     .arg(refused)
                     .arg(publishedRows)
                     .arg(rowCount)
                     .arg(mib(bytes))});
    report(out, {QStringLiteral("  of which the imports into the ledger (the merge)"), importMs, 0, QStringLiteral("ms"),
                 QStringLiteral("the same Importer as tamkeen-cli, rows noted for publication")});
    report(out, {QStringLiteral("  of which the four publications to PostgreSQL"), publishMs, copyMs, QStringLiteral("ms"),
                 QStringLiteral("read from the ledger; the first (%1 ms) COPY straight into the empty tables, the others "
                                "COPY into a staging table and one upsert a table; each one transaction")
                     .arg(qint64(firstPublishMs))});
    opened.value().reset();
    pg.reset();
    pgMust(admin->exec(QStringLiteral("DROP DATABASE IF EXISTS tamkeen_bench_hub WITH (FORCE)")), "drop");
}

} // namespace tamkeen::bench

namespace tamkeen::bench {

// The national dashboard's caseload and exits computed in PostgreSQL
// (HubReport) over `households` households made by SQL in a new database:
// 200 centres in 13 regions, each household registered and active, one in
// five exited (an exit event and a status), three members each. Baseline:
// a bare count of the households by status on the same day, in the same run.
void benchHubReport(QTextStream &out, const QString &dir, int households)
{
    QTextStream err(stderr);
    const QString server = qEnvironmentVariable("TAMKEEN_BENCH_PG");
    if (server.isEmpty()) {
        err << "hub-report: skipped (needs TAMKEEN_BENCH_PG)\n";
        return;
    }
    // The tables as a ledger of this version declares them.
    const QString ledgerPath = QDir(dir).filePath(QStringLiteral("pgreport-ledger.sqlite"));
    removeDatabase(ledgerPath);
    auto opened = storage::Database::open(ledgerPath);
    must(opened.ok(), "make a ledger");
    auto tables = hub::ledgerTables(*opened.value());
    must(tables.ok(), "the ledger's tables");
    auto admin = pgOrDie(server);
    pgMust(admin->exec(QStringLiteral("DROP DATABASE IF EXISTS tamkeen_bench_report WITH (FORCE)")), "drop");
    pgMust(admin->exec(QStringLiteral("CREATE DATABASE tamkeen_bench_report")), "create the database");
    auto pg = pgOrDie(server + QStringLiteral(" dbname=tamkeen_bench_report"));
    pgMust(hub::HubSchema::ensure(*pg, tables.value(), nullptr), "the hub's schema");

    QElapsedTimer t;
    t.start();
    const QByteArray n = QByteArray::number(households);
    const char *made[] = {
        kBenchCentresSql,
        "INSERT INTO tamkeen.households (id, deleted, created_at, updated_at, file_number, centre_id, region, city, "
        "registration_date, status) SELECT decode(md5('h' || g), 'hex'), 0, '2018-01-01', '2018-01-01', "
        "'F-' || lpad(g::text, 8, '0'), decode(lpad(to_hex(1 + g % 200), 32, '0'), 'hex'), 'منطقة ' || ((1 + g % 200) % 13), "
        "'مدينة ' || (g % 97), (date '2018-01-01' + (g % 2900))::text, CASE WHEN g % 5 = 0 THEN 'exited' ELSE 'active' END "
        "FROM generate_series(1, $1::int) g",
        kBenchActiveSql,
        kBenchExitedSql,
        kBenchExitsSql,
        "INSERT INTO tamkeen.members (id, deleted, created_at, updated_at, household_id, given_name, relation, sex) "
        "SELECT decode(md5('m' || g || '-' || k), 'hex'), 0, '2018-01-01', '2018-01-01', decode(md5('h' || g), 'hex'), "
        "'—', CASE k WHEN 1 THEN 'head' ELSE 'child' END, CASE WHEN (g + k) % 2 = 0 THEN 'female' ELSE 'male' END "
        "FROM generate_series(1, $1::int) g, generate_series(1, 3) k",
        // Indicators 5-10: counsellors and partners; every other household's
        // head able to work with an approved plan (two goals), incomes; one
        // in four referred, one in three seen at the clinic, one in five
        // scored twice on WHO-5.
        "UPDATE tamkeen.members SET able_to_work = 1, employment = CASE WHEN right(encode(household_id, 'hex'), 1) < '8' "
        "THEN 'unemployed' ELSE 'employed' END WHERE relation = 'head'",
        "INSERT INTO tamkeen.users (id, deleted, created_at, updated_at, username, full_name, role) SELECT "
        "decode(lpad(to_hex(100000 + u), 32, '0'), 'hex'), 0, '2018-01-01', '2018-01-01', 'c' || u, 'مرشد ' || u, "
        "'counsellor' FROM generate_series(1, 500) u",
        "INSERT INTO tamkeen.partners (id, deleted, created_at, updated_at, name, kind) SELECT "
        "decode(lpad(to_hex(200000 + p), 32, '0'), 'hex'), 0, '2018-01-01', '2018-01-01', 'شريك ' || p, "
        "(ARRAY['employer','training','bank','charity'])[1 + p % 4] FROM generate_series(1, 50) p",
        "INSERT INTO tamkeen.plans (id, deleted, created_at, updated_at, member_id, household_id, counsellor_id, status, "
        "started_on, approved_on, baseline) SELECT decode(md5('p' || g), 'hex'), 0, '2024-01-01', '2024-01-01', "
        "decode(md5('m' || g || '-1'), 'hex'), decode(md5('h' || g), 'hex'), decode(lpad(to_hex(100000 + 1 + g % 500), 32, '0'), 'hex'), "
        "'active', (date '2024-01-01' + (g % 600))::text, (date '2024-01-06' + (g % 600))::text, "
        "'{\"incomePerPerson\": 300, \"employment\": \"unemployed\"}' FROM generate_series(2, $1::int, 2) g",
        "INSERT INTO tamkeen.plan_events (id, deleted, created_at, updated_at, plan_id, event, status, at) SELECT "
        "decode(md5('pe' || g), 'hex'), 0, '2024-01-01', '2024-01-01', decode(md5('p' || g), 'hex'), 'approved', 'active', "
        "(date '2024-01-06' + (g % 600))::text || 'T10:00' FROM generate_series(2, $1::int, 2) g",
        "INSERT INTO tamkeen.plan_goals (id, deleted, created_at, updated_at, plan_id, domain, description, status) SELECT "
        "decode(md5('pg' || g || '-' || k), 'hex'), 0, '2024-01-01', '2024-01-01', decode(md5('p' || g), 'hex'), 'economic', "
        "'—', CASE k WHEN 1 THEN 'achieved' ELSE 'in_progress' END FROM generate_series(2, $1::int, 2) g, generate_series(1, 2) k",
        "INSERT INTO tamkeen.incomes (id, deleted, created_at, updated_at, household_id, member_id, source, amount, currency, "
        "effective_date) SELECT decode(md5('i' || g), 'hex'), 0, '2023-06-01', '2023-06-01', decode(md5('h' || g), 'hex'), "
        "NULL, 'social_security', 800, 'SAR', '2023-06-01' FROM generate_series(2, $1::int, 2) g",
        "INSERT INTO tamkeen.incomes (id, deleted, created_at, updated_at, household_id, member_id, source, amount, currency, "
        "effective_date) SELECT decode(md5('j' || g), 'hex'), 0, '2024-06-01', '2024-06-01', decode(md5('h' || g), 'hex'), "
        "decode(md5('m' || g || '-1'), 'hex'), 'salary', 1200, 'SAR', (date '2024-06-01' + (g % 500))::text "
        "FROM generate_series(4, $1::int, 4) g",
        "INSERT INTO tamkeen.referrals (id, deleted, created_at, updated_at, member_id, household_id, partner_id, service, "
        "sent_on, status, outcome, worker_id) SELECT decode(md5('r' || g), 'hex'), 0, '2025-01-01', '2025-01-01', "
        "decode(md5('m' || g || '-1'), 'hex'), decode(md5('h' || g), 'hex'), decode(lpad(to_hex(200000 + 1 + g % 50), 32, '0'), 'hex'), "
        "'—', (date '2025-01-01' + (g % 330))::text, 'completed', CASE WHEN g % 8 = 0 THEN 'عمل' END, "
        "decode(lpad(to_hex(100000 + 1 + g % 500), 32, '0'), 'hex') FROM generate_series(4, $1::int, 4) g",
        "INSERT INTO tamkeen.referral_status (id, deleted, created_at, updated_at, referral_id, status, on_date) SELECT "
        "decode(md5('rs' || g || '-' || k), 'hex'), 0, '2025-01-01', '2025-01-01', decode(md5('r' || g), 'hex'), "
        "CASE k WHEN 1 THEN 'accepted' ELSE 'completed' END, (date '2025-01-01' + (g % 330) + k * 10)::text "
        "FROM generate_series(4, $1::int, 4) g, generate_series(1, 2) k",
        "INSERT INTO tamkeen.sessions (id, deleted, created_at, updated_at, member_id, household_id, counsellor_id, held_at, "
        "duration_min, types, mode) SELECT decode(md5('se' || g), 'hex'), 0, '2025-01-01', '2025-01-01', "
        "decode(md5('m' || g || '-1'), 'hex'), decode(md5('h' || g), 'hex'), decode(lpad(to_hex(100000 + 1 + g % 500), 32, '0'), 'hex'), "
        "(date '2025-01-01' + (g % 360))::text || 'T10:00', 45, 'economic', 'in_person' FROM generate_series(3, $1::int, 3) g",
        "INSERT INTO tamkeen.appointments (id, deleted, created_at, updated_at, member_id, household_id, counsellor_id, starts_at, "
        "duration_min, place, status) SELECT decode(md5('ap' || g), 'hex'), 0, '2025-01-01', '2025-01-01', "
        "decode(md5('m' || g || '-1'), 'hex'), decode(md5('h' || g), 'hex'), decode(lpad(to_hex(100000 + 1 + g % 500), 32, '0'), 'hex'), "
        "(date '2025-01-01' + (g % 360))::text || 'T09:00', 45, 'centre', CASE WHEN g % 9 = 0 THEN 'no_show' ELSE 'attended' END "
        "FROM generate_series(3, $1::int, 3) g",
        "INSERT INTO tamkeen.assessments (id, deleted, created_at, updated_at, member_id, household_id, kind, assessed_on, score, "
        "data) SELECT decode(md5('as' || g || '-' || k), 'hex'), 0, '2024-01-01', '2024-01-01', decode(md5('m' || g || '-1'), 'hex'), "
        "decode(md5('h' || g), 'hex'), 'wellbeing', CASE k WHEN 1 THEN '2024-06-01' ELSE (date '2025-01-01' + (g % 360))::text END, "
        "CASE k WHEN 1 THEN 40 ELSE 40 + g % 40 END, '{}' FROM generate_series(5, $1::int, 5) g, generate_series(1, 2) k",
        "ANALYZE"};
    for (const char *sql : made)
        pgMust(pg->exec(QString::fromUtf8(sql), QString::fromUtf8(sql).contains(u"$1") ? QList<QByteArray>{n} : QList<QByteArray>{}),
               "make the data");
    err << "hub-report: " << households << " households made in PostgreSQL in " << qint64(elapsedMs(t)) << " ms\n";

    const QDate last(2025, 12, 31);
    const auto period = impact::Period::custom(QDate(2025, 1, 1), last).value();
    struct Case {
        QString what;
        impact::ImpactFilter filter;
    };
    impact::ImpactFilter oneCentre, region, nothing;
    oneCentre.centres << QByteArray::fromHex("00000000000000000000000000000007");
    region.region = QStringLiteral("منطقة 5");
    nothing.centres << QByteArray::fromHex("ffffffffffffffffffffffffffffffff");
    const Case cases[] = {{QStringLiteral("every household"), {}},
                          {QStringLiteral("one centre"), oneCentre},
                          {QStringLiteral("one region"), region},
                          {QStringLiteral("a centre with no household (matches nothing)"), nothing}};
    for (const Case &c : cases) {
        const impact::ReportRequest request{{impact::Indicator::Caseload, impact::Indicator::Exits}, period, c.filter, last};
        qsizetype rows = 0;
        const double ours = medianMs(3, [&] {
            auto r = hub::HubReport::rows(*pg, request);
            pgMust(r.ok() ? Status() : r.error(), "the report");
            rows = r.value().size();
        });
        QVariantList values;
        const QString scope = c.filter.scopeSql(last, &values);
        QList<QByteArray> params;
        for (const QVariant &v : values)
            params << (v.typeId() == QMetaType::QByteArray ? "\\x" + v.toByteArray().toHex() : v.toString().toUtf8());
        params << QByteArray("2025-12-31");
        QString bare = u"SET search_path TO tamkeen, pg_catalog"_s;
        pgMust(pg->exec(bare), "search path");
        QString counted = u"SELECT status, count(*) FROM (SELECT DISTINCT ON (s.household_id) s.status FROM "
                          "household_status s JOIN (%1) h ON h.id = s.household_id WHERE s.effective_date <= $%2 "
                          "ORDER BY s.household_id, s.effective_date DESC) t GROUP BY status"_s.arg(scope).arg(params.size());
        int k = 0;
        counted.replace(QRegularExpression(u"\\?"_s), u"§"_s);
        while (counted.contains(u'§'))
            counted.replace(counted.indexOf(u'§'), 1, u"$"_s + QString::number(++k));
        const double baseline = medianMs(3, [&] { pgMust(pg->exec(counted, params), "the bare count"); });
        pgMust(pg->exec(u"SET search_path TO pg_catalog, pg_temp"_s), "search path");
        report(out, {QStringLiteral("hub report, caseload and exits of a year over %1 households: %2").arg(households).arg(c.what),
                     ours, baseline, QStringLiteral("ms"),
                     QStringLiteral("target ≤ 2 s; HubReport::rows (%1 rows with their file numbers), median of 3; "
                                    "baseline: a bare count by status on the last day in PostgreSQL").arg(rows)});
    }
    // Indicators 5-10 together (wellbeing named), beside a bare count of the
    // rows they read of the households in scope.
    for (const Case &c : cases) {
        const impact::ReportRequest request{{impact::Indicator::Independence, impact::Indicator::Work,
                                             impact::Indicator::Plans, impact::Indicator::Referrals,
                                             impact::Indicator::Wellbeing, impact::Indicator::Clinic},
                                            period, c.filter, last};
        qsizetype rows = 0;
        const double ours = medianMs(3, [&] {
            auto r = hub::HubReport::rows(*pg, request);
            pgMust(r.ok() ? Status() : r.error(), "the report of 5-10");
            rows = r.value().size();
        });
        QVariantList values;
        QString counted = u"WITH scope AS (%1) SELECT "_s.arg(c.filter.scopeSql(last, &values));
        QStringList parts;
        for (const char *table : {"plans", "plan_events", "plan_goals", "incomes", "referrals", "sessions", "appointments",
                                  "assessments"}) {
            const QString t = QString::fromLatin1(table);
            parts << (t.startsWith(u"plan_")
                          ? u"(SELECT count(*) FROM %1 x JOIN plans p ON p.id = x.plan_id JOIN scope ON scope.id = p.household_id)"_s.arg(t)
                          : u"(SELECT count(*) FROM %1 x JOIN scope ON scope.id = x.household_id)"_s.arg(t));
        }
        counted += parts.join(u" + "_s);
        QList<QByteArray> params;
        for (const QVariant &v : values)
            params << (v.typeId() == QMetaType::QByteArray ? "\\x" + v.toByteArray().toHex() : v.toString().toUtf8());
        int k = 0;
        counted.replace(QRegularExpression(u"\\?"_s), u"§"_s);
        while (counted.contains(u'§'))
            counted.replace(counted.indexOf(u'§'), 1, u"$"_s + QString::number(++k));
        pgMust(pg->exec(u"SET search_path TO tamkeen, pg_catalog"_s), "search path");
        const double baseline = medianMs(3, [&] { pgMust(pg->exec(counted, params), "the bare count of 5-10"); });
        pgMust(pg->exec(u"SET search_path TO pg_catalog, pg_temp"_s), "search path");
        report(out, {QStringLiteral("hub report, indicators 5-10 of a year over %1 households: %2").arg(households).arg(c.what),
                     ours, baseline, QStringLiteral("ms"),
                     QStringLiteral("HubReport::rows (%1 rows with their file numbers), median of 3; baseline: a bare "
                                    "count in PostgreSQL of the rows of the households in scope those indicators read").arg(rows)});
    }
    opened.value().reset();
    removeDatabase(ledgerPath); // never set up: a later run could not open its key
    pg.reset();
    pgMust(admin->exec(QStringLiteral("DROP DATABASE IF EXISTS tamkeen_bench_report WITH (FORCE)")), "drop");
}

} // namespace tamkeen::bench
