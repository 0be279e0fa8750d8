#pragma once
// Tamkeen calls the system SQLite's C API on the connection Qt's QSQLITE
// plugin opened (capture functions, the cipher's file controls, raw reads).
// That is sound only when the plugin uses that very library: Qt's official
// Windows and macOS builds put their own SQLite inside the plugin, and two
// SQLite libraries on one connection are undefined behaviour (issue 18 §5).
// Proof at every open, before any C call on the handle: an auto extension
// registered with our library runs inside every open of our library that
// succeeds (sqlite3_open, _v2, 16) and records the connection it made; a connection the plugin opened with a
// library of its own was never seen, and is refused.
#include <sqlite3.h>

namespace tamkeen::storage::sqliteIdentity {

// Registers the auto extension with our library (once; thread-safe). False
// when SQLite could not register it (then no open can be proved).
bool watch();
// Forgets what this thread's last open made: call just before an open.
void expect();
// Whether our library made `handle` in this thread's last open.
bool openedHere(const sqlite3 *handle);

// Tests: as if the plugin carried its own SQLite (our library sees no open
// until resumed).
void stopWatchingForTests();
void resumeWatchingForTests();

} // namespace tamkeen::storage::sqliteIdentity
