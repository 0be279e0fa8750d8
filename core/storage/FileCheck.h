#pragma once
// Looks at an existing file before Tamkeen opens it for writing, reading only, so
// that a file we refuse is left exactly as it was.
#include "common/Result.h"

namespace tamkeen::storage {

enum class FileState {
    Missing,  // will be created
    Blank,    // an SQLite file with nothing in it yet (e.g. an interrupted first start)
    Tamkeen,  // ours, intact, not newer than this version
};

Result<FileState> checkExistingFile(const QString &path, int latestSchemaVersion);

} // namespace tamkeen::storage
