#pragma once
// Small RAII wrappers over the sqlite3 C API for the raw-SQLite baselines.
#include <QByteArray>
#include <QFile>
#include <QTextStream>
#include <cstdlib>
#include <sqlite3.h>

namespace tamkeen::bench {

inline void must(bool ok, const char *what)
{
    if (!ok) {
        QTextStream(stderr) << "tamkeen-bench: " << what << " failed\n";
        std::exit(1);
    }
}

// PRAGMA cache_size of every raw connection: set to Tamkeen's own before use, so
// that both sides run with the same page cache.
inline int rawCacheSize = -2000; // SQLite's default, 2 MiB

struct RawDb {
    sqlite3 *db = nullptr;
    RawDb(const QString &path, int flags)
    {
        must(sqlite3_open_v2(QFile::encodeName(path).constData(), &db, flags, nullptr) == SQLITE_OK, "raw open");
        exec(QByteArray("PRAGMA cache_size = " + QByteArray::number(rawCacheSize)).constData());
    }
    ~RawDb() { sqlite3_close_v2(db); }
    RawDb(const RawDb &) = delete;
    RawDb &operator=(const RawDb &) = delete;
    void exec(const char *sql) { must(sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK, sql); }
    operator sqlite3 *() const { return db; }
};

struct RawStmt {
    sqlite3_stmt *stmt = nullptr;
    RawStmt(sqlite3 *db, const QByteArray &sql)
    {
        must(sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &stmt, nullptr) == SQLITE_OK, sql.constData());
    }
    ~RawStmt() { sqlite3_finalize(stmt); }
    RawStmt(const RawStmt &) = delete;
    RawStmt &operator=(const RawStmt &) = delete;
    operator sqlite3_stmt *() const { return stmt; }
};

// Reads every column of the current row, as a client showing it would.
inline void readRow(sqlite3_stmt *s)
{
    for (int c = 0, n = sqlite3_column_count(s); c < n; ++c) {
        switch (sqlite3_column_type(s, c)) {
        case SQLITE_INTEGER: sqlite3_column_int64(s, c); break;
        case SQLITE_FLOAT: sqlite3_column_double(s, c); break;
        case SQLITE_BLOB: sqlite3_column_blob(s, c); break;
        default: sqlite3_column_text(s, c);
        }
    }
}

} // namespace tamkeen::bench
