#pragma once
// Looks at an existing file before Tamkeen opens it for writing, reading only, so
// that a file we refuse is left exactly as it was.
#include "common/Result.h"

#include <atomic>

namespace tamkeen::storage {

enum class FileState {
    Missing,  // will be created
    Blank,    // an SQLite file with nothing in it yet (e.g. an interrupted first start)
    Tamkeen,  // ours, intact, not newer than this version
};

Result<FileState> checkExistingFile(const QString &path, int latestSchemaVersion);

// Reads every page of an existing database (PRAGMA quick_check) on a read-only
// connection of its own: run on a worker thread, as it takes seconds on a large
// file. Corrupt when a page does not open or a b-tree does not hold; stopped
// (a Database error) as soon as `cancel` turns true.
Status checkWholeFile(const QString &path, const std::atomic_bool *cancel = nullptr);

} // namespace tamkeen::storage
