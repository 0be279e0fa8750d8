#pragma once
// Long sync work (an import, an export) away from the UI thread, so the window
// keeps painting: a worker thread opens its own connection to the database file
// (a SQLite connection belongs to the thread that opened it), runs the work and
// closes it, while a local event loop waits. The caller sees a plain call.
#include "common/Result.h"

#include <QEventLoop>
#include <functional>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::ui {

// The worker's connection is to `from`'s file and holds the keys the login
// opened on `from` (its vault key: an export or import needs it).
// Returns why the file could not be opened; `work` did not run then.
Status runOffUiThread(const storage::Database &from, const std::function<void(storage::Database &)> &work,
                      QEventLoop::ProcessEventsFlags flags = QEventLoop::AllEvents);

} // namespace tamkeen::ui
