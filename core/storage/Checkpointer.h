#pragma once
// A database's write-ahead log copied back into the file on a thread of its
// own (docs/architecture.md, "Checkpoints"). SQLite checkpoints in the
// connection whose commit takes the log past 1,000 pages: that commit then
// waits for every page to be read from the log and written again (and, in an
// encrypted file, opened and sealed again). Here such a commit asks this
// thread instead and returns, however large it was. A log that grew by
// kInlinePages while the thread was busy (it did not keep up) is
// checkpointed by the committing connection (after the thread's checkpoint
// under way), and so is the next commit's after the thread's checkpoint
// failed. A log can only start again from its beginning when a write begins
// with every frame copied; a writer that never pauses (a generation, a long
// replay) begins its next write while the thread still copies, so the log
// never starts again: once it holds kMaxLogPages the committing connection
// copies it itself (after the thread's checkpoint under way) and the next
// write starts it again. Closing the last connection of a file waits for a
// checkpoint under way.
#include <QString>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

struct sqlite3;

namespace tamkeen::storage {

class Checkpointer {
public:
    static constexpr int kBackgroundPages = 1000; // SQLite's own threshold
    static constexpr int kInlinePages = 16000;    // 64 MiB of log
    static constexpr int kMaxLogPages = 65536;    // 256 MiB: past it, whatever the thread does

    // The one for the file at `path` (an absolute path), shared by every
    // connection of this process to it.
    static std::shared_ptr<Checkpointer> forFile(const QString &path);
    ~Checkpointer(); // waits for a checkpoint under way
    Checkpointer(const Checkpointer &) = delete;
    Checkpointer &operator=(const Checkpointer &) = delete;

    // Hands the commits of `db` over to this; detach before `db` closes.
    void attach(sqlite3 *db);
    static void detach(sqlite3 *db);

    // While one is held, no background checkpoint runs: one under way is
    // waited for first. For checkpoints that must empty the log (TRUNCATE),
    // which a background one would make fail as busy.
    class Hold {
    public:
        explicit Hold(Checkpointer *c);
        ~Hold();
        Hold(const Hold &) = delete;
        Hold &operator=(const Hold &) = delete;

    private:
        Checkpointer *m_c;
    };
    // Tests: returns once no checkpoint is asked for or under way; how many ran.
    void waitIdle();
    int checkpointsDone() const;
    // Tests: the log's bound (kMaxLogPages) made smaller.
    void setMaxLogPages(int pages);

private:
    explicit Checkpointer(QString path);
    static int onCommit(void *self, sqlite3 *db, const char *schema, int pages);
    bool request(int pages); // false: the committing connection checkpoints (no thread, or its last one failed)
    bool behind(int pages);  // busy while the log grew by kInlinePages since it was asked
    bool overLimit(int pages); // the log holds m_maxLogPages
    void waitWhileRunning(int milliseconds);
    void run();

    const QString m_path;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_asked = false;
    int m_pagesAsked = 0; // the log's pages when the thread was asked while idle
    int m_maxLogPages = kMaxLogPages;
    bool m_running = false;
    bool m_stop = false;
    int m_holds = 0;
    int m_done = 0;           // checkpoints that ran (tests)
    bool m_lastFailed = false; // the next commit checkpoints itself
    std::thread m_thread; // started at the first request
};

} // namespace tamkeen::storage
