// Rebuilding the search index while the database is in use (issue 16): the
// rebuild runs step by step on a worker with a connection of its own, as the
// application runs it after an upgrade, while this thread saves households
// the way a caseworker does. Two rebuilds: one with nothing to change (a
// rebuild cut short and resumed, a repair) and one after every household's
// rows were made stale (an upgrade that folds names another way). Reported:
// each whole beside raw inserts of the same index rows, the longest step
// (the write lock held at once), and a save during the rebuild beside the
// same saves when nothing else runs.
#include "Bench.h"
#include "RawSqlite.h"

#include "registry/IndexRebuild.h"
#include "registry/SearchIndex.h"
#include "storage/Database.h"

#include <QThread>

#include <algorithm>
#include <atomic>
#include <vector>

namespace tamkeen::bench {

namespace {

// The steps but the last: that one reads the full-text rows for any left
// without an entry (a read, no write lock) before its short transaction.
std::vector<double> rangeSteps(const std::vector<double> &steps)
{
    return steps.size() > 1 ? std::vector<double>(steps.begin(), steps.end() - 1) : steps;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

QList<QByteArray> someHouseholds(storage::Database &db, int n)
{
    QList<QByteArray> ids;
    const bool ok = db.read(QStringLiteral("SELECT household_id FROM household_facts ORDER BY random() LIMIT ?"), {n},
                            [&](const storage::RawRow &r) { ids << r.blob(0); })
                        .ok();
    if (!ok || ids.isEmpty())
        qFatal("bench: no households to save");
    return ids;
}

// One save as the registry services end it: the household's index rows again.
double save(storage::Database &db, const QByteArray &id)
{
    QElapsedTimer t;
    t.start();
    if (!registry::SearchIndex::reindexHousehold(db, id).ok())
        qFatal("bench: a save failed during the rebuild");
    return elapsedMs(t);
}

} // namespace

namespace {

struct Run {
    double wholeMs = 0;
    std::vector<double> steps; // each step's time on the worker
    std::vector<double> saves; // each save's time on this thread meanwhile
    qint64 changed = 0;
};

// A rebuild from the first household on a worker, as the window runs it,
// with a save every 20 ms here until it ends.
Run rebuildWhileSaving(storage::Database &db, const QString &path, const QList<QByteArray> &ids)
{
    Run run;
    std::atomic<bool> finished{false};
    bool ok = false;
    QElapsedTimer whole;
    whole.start();
    QThread *worker = QThread::create([&] {
        auto other = storage::Database::openAnother(path);
        if (other) {
            QElapsedTimer step;
            step.start();
            ok = registry::IndexRebuild::begin(*other.value()).ok()
                && registry::IndexRebuild::run(*other.value(), [&](const registry::IndexRebuild::Progress &p) {
                       // From the end of the pause after the step before (run() pauses after telling).
                       const double pause = run.steps.empty() ? 0 : registry::IndexRebuild::kPauseMs;
                       run.steps.push_back(std::max(0.0, elapsedMs(step) - pause));
                       run.changed += p.changed;
                       step.restart();
                       return true;
                   }).ok();
        }
        finished = true;
    });
    worker->start();
    for (int i = 0; !finished; i = (i + 1) % int(ids.size())) {
        run.saves.push_back(save(db, ids[i]));
        QThread::msleep(20); // a caseworker's saves are seconds apart; this is many times as often
    }
    worker->wait();
    delete worker;
    run.wholeMs = elapsedMs(whole);
    if (!ok)
        qFatal("bench: the rebuild failed");
    return run;
}

// What an upgrade that folds names another way finds: every name key, every
// head's key in the list and every full-text row different from what this
// build makes (not timed).
void makeEveryRowStale(storage::Database &db)
{
    const bool ok = db.transaction([&] {
                          return db.execScript(QStringLiteral(
                              "UPDATE search_entries SET given_key = given_key || '~', father_key = father_key || '~', "
                              "family_key = family_key || '~', name_key = name_key || '~' WHERE member_id IS NOT NULL; "
                              "UPDATE household_facts SET head_key = head_key || '~'; "
                              "UPDATE search_fts SET text = text || ' old';"));
                      }).ok();
    if (!ok)
        qFatal("bench: could not make the index stale");
}

} // namespace

void benchTidy(QTextStream &out, storage::Database &db, int households)
{
    const auto ftsMiB = [&] {
        return db.scalar(QStringLiteral("SELECT sum(length(block)) FROM search_fts_data")).value().toDouble() / (1024 * 1024);
    };
    const double before = ftsMiB();
    QElapsedTimer t;
    t.start();
    auto folded = registry::IndexRebuild::tidy(db);
    must(folded.ok(), "tidy");
    report(out, {QStringLiteral("fold the full-text index of %1 households into one segment (tamkeen-cli reindex)").arg(households),
                 elapsedMs(t), 0, QStringLiteral("ms"),
                 QStringLiteral("FTS5 'optimize', one transaction%1; the index's records %2 MiB before, %3 MiB after")
                     .arg(folded.value() ? QString() : QStringLiteral(" (one segment already: nothing done)"))
                     .arg(before, 0, 'f', 1)
                     .arg(ftsMiB(), 0, 'f', 1)});
}

void benchRebuild(QTextStream &out, storage::Database &db, const QString &path, int households, double rawIndexMs,
                  bool everyRow)
{
    const QList<QByteArray> ids = someHouseholds(db, 300);
    std::vector<double> idle;
    for (const QByteArray &id : ids)
        idle.push_back(save(db, id));
    const double idleP95 = percentile(idle, 0.95);

    const Run same = rebuildWhileSaving(db, path, ids);
    report(out, {QStringLiteral("rebuild the search index of %1 households, nothing to change (saves going on)").arg(households),
                 same.wholeMs, rawIndexMs, QStringLiteral("ms"),
                 QStringLiteral("IndexRebuild on a worker, %1 steps, longest %2 ms, the last (the full-text rows "
                                "read for any left over) %3 ms; %4 households rewritten; baseline: raw inserts of the "
                                "same index rows in one transaction (the rebuild before held the write lock about that "
                                "long)")
                     .arg(same.steps.size())
                     .arg(percentile(rangeSteps(same.steps), 1.0), 0, 'f', 0)
                     .arg(same.steps.empty() ? 0 : same.steps.back(), 0, 'f', 0)
                     .arg(same.changed)});

    if (!everyRow)
        return;
    makeEveryRowStale(db);
    const Run all = rebuildWhileSaving(db, path, ids);
    report(out, {QStringLiteral("rebuild the search index of %1 households, every household's rows changed (saves going on)")
                     .arg(households),
                 all.wholeMs, rawIndexMs, QStringLiteral("ms"),
                 QStringLiteral("a new way of folding names; %1 steps; %2 households rewritten; baseline: raw inserts "
                                "of the same index rows in one transaction")
                     .arg(all.steps.size())
                     .arg(all.changed)});
    report(out, {QStringLiteral("the longest step of that rebuild (the write lock held at once)"),
                 percentile(rangeSteps(all.steps), 1.0), 0, QStringLiteral("ms"),
                 QStringLiteral("steps sized to about %1 ms: median %2 ms, p95 %3 ms (the 120 ms pauses between them "
                                "left out; the last step, a read, %4 ms)")
                     .arg(registry::IndexRebuild::kStepMs)
                     .arg(percentile(rangeSteps(all.steps), 0.5), 0, 'f', 0)
                     .arg(percentile(rangeSteps(all.steps), 0.95), 0, 'f', 0)
                     .arg(all.steps.empty() ? 0 : all.steps.back(), 0, 'f', 0)});
    report(out, {QStringLiteral("a household saved while every row is rebuilt (p95 of %1 saves)").arg(all.saves.size()),
                 percentile(all.saves, 0.95), idleP95, QStringLiteral("ms"),
                 QStringLiteral("a save every 20 ms on the main connection, worst %1 ms; baseline: p95 of the same "
                                "saves with nothing else running (not raw SQLite)")
                     .arg(percentile(all.saves, 1.0), 0, 'f', 0)});
}

} // namespace tamkeen::bench
