// Rebuilding the search index while the database is in use (issue 16): the
// rebuild runs step by step on a worker with a connection of its own, as the
// application runs it after an upgrade, while this thread saves households
// the way a caseworker does. Reported: the whole rebuild beside raw inserts
// of the same index rows, its longest step (the write lock it holds at
// once), and a household save during the rebuild beside the same saves
// when nothing else runs.
#include "Bench.h"

#include "registry/IndexRebuild.h"
#include "registry/SearchIndex.h"
#include "storage/Database.h"

#include <QThread>

#include <algorithm>
#include <atomic>
#include <vector>

namespace tamkeen::bench {

namespace {

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

void benchRebuild(QTextStream &out, storage::Database &db, const QString &path, int households, double rawIndexMs)
{
    const QList<QByteArray> ids = someHouseholds(db, 400);
    std::vector<double> idle;
    for (int i = 0; i < 100; ++i)
        idle.push_back(save(db, ids[i]));

    std::vector<double> steps;
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
                && registry::IndexRebuild::run(*other.value(), [&](const registry::IndexRebuild::Progress &) {
                       steps.push_back(elapsedMs(step));
                       step.restart();
                       return true;
                   }).ok();
        }
        finished = true;
    });
    worker->start();
    std::vector<double> during;
    for (int i = 100; !finished; i = i + 1 < ids.size() ? i + 1 : 100) {
        during.push_back(save(db, ids[i]));
        QThread::msleep(20); // a caseworker's saves are seconds apart; this is many times as often
    }
    worker->wait();
    delete worker;
    const double wholeMs = elapsedMs(whole);
    if (!ok)
        qFatal("bench: the rebuild failed");
    report(out, {QStringLiteral("rebuild the search index of %1 households, %2 per step, saves going on")
                     .arg(households)
                     .arg(registry::IndexRebuild::kPerStep),
                 wholeMs, rawIndexMs, QStringLiteral("ms"),
                 QStringLiteral("IndexRebuild on a worker (its own connection), %1 steps; baseline: raw inserts of "
                                "the same index rows in one transaction (the old rebuild held the lock as long)")
                     .arg(steps.size())});
    report(out, {QStringLiteral("the longest step of that rebuild (the write lock held at once)"),
                 percentile(steps, 1.0), rawIndexMs * registry::IndexRebuild::kPerStep / std::max(households, 1),
                 QStringLiteral("ms"),
                 QStringLiteral("median step %1 ms, p95 %2 ms; baseline: raw inserts of one step's share of the rows")
                     .arg(percentile(steps, 0.5), 0, 'f', 1)
                     .arg(percentile(steps, 0.95), 0, 'f', 1)});
    report(out, {QStringLiteral("a household saved while the index rebuilds (p95 of %1 saves)").arg(during.size()),
                 percentile(during, 0.95), percentile(idle, 0.95), QStringLiteral("ms"),
                 QStringLiteral("a save every 20 ms on the main connection, worst %1 ms; baseline: p95 of the "
                                "same saves with nothing else running (not raw SQLite)")
                     .arg(percentile(during, 1.0), 0, 'f', 1)});
}

} // namespace tamkeen::bench
