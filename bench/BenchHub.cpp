// The hub on PostgreSQL (issue 18 §3): the 2,008 packages of `--only sync`'s
// hub part (4 branches, 5,000,000 field values) imported into a ledger and
// published to PostgreSQL, beside a bare COPY of the same rows into the same
// tables in the same run. Needs that part's files in --dir (run `--only sync`
// with the same --dir first) and a PostgreSQL superuser's connection string in
// TAMKEEN_BENCH_PG (scripts/pg-cluster.sh starts a throwaway server).
#include "Bench.h"
#include "RawSqlite.h"
#include "SyncDevices.h"

#include "hub/HubPublisher.h"
#include "hub/HubSchema.h"
#include "hub/PgConnection.h"
#include "storage/Database.h"
#include "sync/Importer.h"

#include <QDir>
#include <QFile>

namespace tamkeen::bench {

namespace {

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

} // namespace

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
