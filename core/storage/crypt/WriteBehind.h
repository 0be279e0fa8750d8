#pragma once
// A new file's pages sealed and written on a second thread while SQLite goes on
// copying into it (a backup: docs/backups.md), so that opening the source's
// pages and sealing the copy's run on two cores. Only for a file that nothing
// else reads or writes until it is closed: the VFS lets every call on it but a
// write wait until the queue is empty (CryptVfs.cpp).
#include "storage/crypt/Sealing.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>
#include <sqlite3.h>

namespace tamkeen::storage::crypt::detail {

class WriteBehind {
public:
    WriteBehind(KeysPtr keys, sqlite3_file *real, qint64 prefix);
    ~WriteBehind(); // writes what is queued, then stops
    WriteBehind(const WriteBehind &) = delete;
    WriteBehind &operator=(const WriteBehind &) = delete;

    // Queues a copy of one whole page of SQLite's file at `off`. Once a write
    // has failed, every later one returns that failure and is not queued.
    int write(const unsigned char *page, sqlite3_int64 off);
    // Queues SQLite's size hint in its place between the writes.
    void sizeHint(sqlite3_int64 size);
    // Waits until everything queued is done: the first failure, if any (at every call).
    int settle();

private:
    struct Job {
        sqlite3_int64 offset = 0;
        std::vector<unsigned char> page; // empty: a size hint of `offset` bytes
    };
    void run();
    void push(Job job);

    KeysPtr m_keys;
    sqlite3_file *m_real;
    qint64 m_prefix;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Job> m_jobs;
    std::vector<std::vector<unsigned char>> m_spare; // pages written, for reuse
    bool m_busy = false;  // the worker holds a job
    bool m_stop = false;
    int m_failure = SQLITE_OK;
    std::thread m_worker; // last: starts once the rest is ready
};

} // namespace tamkeen::storage::crypt::detail
