#pragma once
// Rebuilding the search index and the household list's table from the
// registry, a few hundred households per transaction, in key order, writing
// only the rows that differ from what they should be: between
// steps the database is free for everyone else (a rebuild in one transaction
// held the write lock for 27-30 s at 100,000 households, minutes at a
// million). Each step replaces the rows of a range of households at once, so
// every household stays findable and listed throughout, under its old rows
// until its step. Where it got to is kept in the file: a rebuild cut short
// (the laptop shut, the user logged out) goes on from there next time.
#include "common/Result.h"
#include "text/ArabicNormalizer.h"

#include <functional>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::registry {

class IndexRebuild {
public:
    // How this build folds names (text::kNormalizerVersion) and lays out the
    // index rows (kLayoutChanges, raised when IndexRows writes other rows):
    // when either is raised, every copy rebuilds its index once, at its next
    // login. A file that names no version was indexed by version 1.
    static constexpr int kLayoutChanges = 0;
    static constexpr int kVersion = text::kNormalizerVersion + kLayoutChanges;
    // Households run() rebuilds in its first step; then as many as hold the
    // write lock about kStepMs (docs/benchmarks.md, "rebuild").
    static constexpr int kPerStep = 500;
    static constexpr int kStepMs = 150;
    static constexpr int kFewestPerStep = 50;
    // A step of rows that all changed costs 1-1.5 ms a household: a stretch
    // of rows in order cannot grow a step past the 5 s a save waits.
    static constexpr int kMostPerStep = 1000;
    // Between steps, for saves waiting on other connections (run()).
    static constexpr int kPauseMs = 120;
    static constexpr int kTries = 5; // a step that fails is tried again a second later, so many times

    struct Progress {
        qint64 done = 0;   // households rebuilt so far
        qint64 total = 0;  // households when the rebuild began
        qint64 changed = 0; // households whose rows this step rewrote (the rest were as they should be)
        bool finished = false;
    };

    // A rebuild is due: the file's index is of another version, or one was
    // left half-done.
    static Result<bool> due(storage::Database &db);
    // Starts again from the first household (any rebuild in progress is dropped).
    static Status begin(storage::Database &db);
    // The next `households` households, in one transaction; after the last
    // of them, full-text rows left without their entry. Finished (and nothing
    // written) when no rebuild is in progress.
    static Result<Progress> step(storage::Database &db, int households = kPerStep);
    // Goes on with the rebuild in progress (begun again if an earlier build
    // began it), or begins one, until it finishes or `progress` (told after
    // each step, the last one too) returns false: stopped, it is left to
    // resume. `perStep` fixes the households per step (tests); 0 sizes the
    // steps by time. `pauseMs` between steps leaves the file to others.
    static Status run(storage::Database &db, const std::function<bool(const Progress &)> &progress = {},
                      int perStep = 0, int pauseMs = kPauseMs);

    // The full-text index folded into one segment (FTS5's 'optimize'), in one
    // transaction: the write lock for about 3 s per 100,000 households (24 s
    // at a million), longer than a save waits (5 s), so for tamkeen-cli
    // reindex when no one is using the file, not behind the window. Written row by row, the
    // index of 100,000 households stood in 15 segments and 2.7 times the
    // pages of one, and a search for a word no one has looked in each (16-28
    // ms at a million, 0.02 ms once folded). Folding by steps (FTS5's 'merge'
    // with a negative amount) was tried: in one of two runs at a million it
    // never finished and left the index 4.5 times larger (docs/benchmarks.md).
    // Returns whether there was more than one segment to fold.
    static Result<bool> tidy(storage::Database &db);
};

} // namespace tamkeen::registry
