#include "registry/IndexRebuild.h"

#include "registry/IndexRange.h"
#include "registry/IndexRows.h"
#include "storage/Database.h"
#include "storage/LocalState.h"

#include <QElapsedTimer>
#include <QThread>

using namespace Qt::StringLiterals;

namespace tamkeen::registry {

namespace {

// local_state keys. A rebuild is in progress while kDone is there.
const QString kVersionKey = u"search_index_version"_s;
const QString kDone = u"search_rebuild_done"_s;
const QString kAfter = u"search_rebuild_after"_s;     // the last household rebuilt; none before the first step
const QString kTotal = u"search_rebuild_total"_s;
const QString kBuilding = u"search_rebuild_version"_s; // the version the rebuild in progress makes
const QString kSweep = u"search_rebuild_sweep"_s;      // every household done: full-text rows left over next

Status finish(storage::Database &db)
{
    if (Status s = db.write(u"DELETE FROM local_state WHERE key IN (?, ?, ?, ?, ?)"_s,
                            {kDone, kAfter, kTotal, kBuilding, kSweep});
        !s)
        return s;
    return storage::setLocalValue(db, kVersionKey, IndexRebuild::kVersion);
}

// The last step: full-text rows whose entry is gone (an index damaged or
// written by a faulty version) found by a read, then removed. The old
// rebuild emptied the table; a row left there would also refuse the entry
// that next takes its number.
Status sweep(storage::Database &db)
{
    auto orphans = indexrows::orphanTextRows(db);
    if (!orphans)
        return orphans.error();
    return db.transaction([&]() -> Status {
        auto sweeping = storage::localValue(db, kSweep);
        if (!sweeping)
            return sweeping.error();
        if (sweeping.value().isNull())
            return {}; // another connection finished it
        if (Status s = indexrows::removeOrphanTextRows(db, orphans.value()); !s)
            return s;
        return finish(db);
    });
}

} // namespace

Result<bool> IndexRebuild::due(storage::Database &db)
{
    auto version = storage::localValue(db, kVersionKey);
    auto done = storage::localValue(db, kDone);
    if (!version || !done)
        return !version ? version.error() : done.error();
    const int indexed = version.value().isNull() ? 1 : version.value().toInt();
    return indexed != kVersion || !done.value().isNull();
}

Status IndexRebuild::begin(storage::Database &db)
{
    return db.transaction([&]() -> Status {
        auto total = db.scalar(u"SELECT count(*) FROM households WHERE deleted = 0"_s);
        if (!total)
            return total.error();
        if (Status s = db.write(u"DELETE FROM local_state WHERE key IN (?, ?)"_s, {kAfter, kSweep}); !s)
            return s;
        if (Status s = storage::setLocalValue(db, kTotal, total.value()); !s)
            return s;
        if (Status s = storage::setLocalValue(db, kBuilding, kVersion); !s)
            return s;
        return storage::setLocalValue(db, kDone, 0);
    });
}

Result<IndexRebuild::Progress> IndexRebuild::step(storage::Database &db, int households)
{
    Progress p;
    const int n = qMax(1, households);
    auto sweeping = storage::localValue(db, kSweep);
    if (!sweeping)
        return sweeping.error();
    if (!sweeping.value().isNull()) {
        auto done = storage::localValue(db, kDone);
        if (!done)
            return done.error();
        if (Status s = sweep(db); !s)
            return s.error();
        p.done = p.total = done.value().toLongLong();
        p.finished = true;
        return p;
    }
    Status s = db.transaction([&]() -> Status {
        auto done = storage::localValue(db, kDone);
        if (!done)
            return done.error();
        if (done.value().isNull()) {
            p.finished = true;
            return {};
        }
        auto after = storage::localValue(db, kAfter);
        auto total = storage::localValue(db, kTotal);
        if (!after || !total)
            return !after ? after.error() : total.error();
        const QByteArray from = after.value().toByteArray();
        // Read inside the write transaction: a household saved meanwhile on
        // another connection is either before this step or after it, never
        // half in the rows written here.
        auto chunk = from.isEmpty() ? indexrows::load(db, u"1 = 1 ORDER BY id LIMIT ?"_s, {n})
                                    : indexrows::load(db, u"id > ? ORDER BY id LIMIT ?"_s, {from, n});
        if (!chunk)
            return chunk.error();
        const bool last = chunk.value().size() < n;
        const QByteArray to = last ? QByteArray() : chunk.value().last().id;
        if (Status w = indexrows::rewriteRange(db, indexrows::rangeOf(from, to), chunk.value(), &p.changed); !w)
            return w;
        p.done = done.value().toLongLong() + chunk.value().size();
        p.total = qMax(total.value().toLongLong(), p.done); // households registered since it began
        if (Status w = storage::setLocalValue(db, kDone, p.done); !w)
            return w;
        return last ? storage::setLocalValue(db, kSweep, 1) : storage::setLocalValue(db, kAfter, to);
    });
    if (!s)
        return s.error();
    return p;
}

Status IndexRebuild::run(storage::Database &db, const std::function<bool(const Progress &)> &progress, int perStep,
                         int pauseMs)
{
    // A rebuild left half-done by an earlier build makes that build's rows: begun again.
    auto building = storage::localValue(db, kBuilding);
    auto inProgress = storage::localValue(db, kDone);
    if (!building || !inProgress)
        return !building ? building.error() : inProgress.error();
    if (inProgress.value().isNull() || building.value().toInt() != kVersion)
        if (Status s = begin(db); !s)
            return s;
    // Steps sized to hold the write lock about kStepMs: households whose rows
    // are as they should be cost a read (a step of 500: 40 ms at 100,000
    // households); rows that all changed cost a page of every index they
    // are in, written out at commit (500: 0.4-0.8 s).
    int n = perStep > 0 ? perStep : kPerStep;
    int failures = 0;
    Progress last;
    for (;;) {
        QElapsedTimer t;
        t.start();
        auto p = step(db, n);
        if (!p) {
            // Busy (a long import on another connection), or worse: a few
            // tries, then the error; told again, to be stopped meanwhile.
            if (++failures > kTries)
                return p.error();
            Progress again = last;
            again.changed = 0; // told already
            if (progress && !progress(again))
                return {};
            QThread::msleep(1000);
            continue;
        }
        failures = 0;
        last = p.value();
        if (progress && !progress(p.value()))
            return {};
        if (p.value().finished)
            return {};
        if (perStep <= 0) {
            const qint64 ms = t.elapsed();
            if (ms > 2 * kStepMs)
                n = qMax(kFewestPerStep, n / 2);
            else if (ms < kStepMs / 2)
                n = qMin(kMostPerStep, n * 2);
        }
        // SQLite queues no one: a save waiting for the lock looks again every
        // 100 ms at most, and would never find it free if the next step
        // began at once (it gave up after 5 s, "the database is busy").
        QThread::msleep(pauseMs);
    }
}

Result<bool> IndexRebuild::tidy(storage::Database &db)
{
    auto segments = indexrows::ftsSegments(db);
    if (!segments)
        return segments.error();
    if (segments.value() <= 1)
        return false;
    if (Status s = db.transaction([&] { return db.execScript(u"INSERT INTO search_fts(search_fts) VALUES ('optimize')"_s); }); !s)
        return s.error();
    return true;
}

} // namespace tamkeen::registry
