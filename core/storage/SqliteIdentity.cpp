#include "storage/SqliteIdentity.h"

#include <mutex>

namespace tamkeen::storage::sqliteIdentity {

namespace {

thread_local const sqlite3 *lastOpened = nullptr;
std::mutex registration;
bool registered = false;
bool suppressed = false; // tests only

// Runs inside every successful open of the library Tamkeen links, on the opening thread.
extern "C" int onOpen(sqlite3 *db, char **, const sqlite3_api_routines *)
{
    lastOpened = db;
    return SQLITE_OK;
}

void (*entryPoint())(void)
{
    // SQLite takes the entry point as a plain function pointer (its documented cast).
    return reinterpret_cast<void (*)(void)>(&onOpen);
}

} // namespace

bool watch()
{
    const std::lock_guard lock(registration);
    if (registered || suppressed)
        return registered || suppressed;
    registered = sqlite3_auto_extension(entryPoint()) == SQLITE_OK;
    return registered;
}

void expect()
{
    lastOpened = nullptr;
}

bool openedHere(const sqlite3 *handle)
{
    return handle && handle == lastOpened;
}

void stopWatchingForTests()
{
    const std::lock_guard lock(registration);
    sqlite3_cancel_auto_extension(entryPoint());
    registered = false;
    suppressed = true;
}

void resumeWatchingForTests()
{
    {
        const std::lock_guard lock(registration);
        suppressed = false;
    }
    (void)watch();
}

} // namespace tamkeen::storage::sqliteIdentity
