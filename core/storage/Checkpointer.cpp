#include "storage/Checkpointer.h"

#include "storage/RawConnection.h"

#include <QLoggingCategory>
#include <chrono>

#include <map>
#include <sqlite3.h>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

namespace tamkeen::storage {

namespace {
std::mutex g_registryMutex;
std::map<QString, std::weak_ptr<Checkpointer>> g_registry;
} // namespace

std::shared_ptr<Checkpointer> Checkpointer::forFile(const QString &path)
{
    std::lock_guard lock(g_registryMutex);
    std::weak_ptr<Checkpointer> &slot = g_registry[path];
    std::shared_ptr<Checkpointer> c = slot.lock();
    if (!c) {
        c.reset(new Checkpointer(path));
        slot = c;
    }
    return c;
}

Checkpointer::Checkpointer(QString path) : m_path(std::move(path)) {}

Checkpointer::~Checkpointer()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
        m_changed.notify_all();
    }
    if (m_thread.joinable())
        m_thread.join();
    std::lock_guard lock(g_registryMutex);
    auto it = g_registry.find(m_path);
    if (it != g_registry.end() && it->second.expired())
        g_registry.erase(it);
}

void Checkpointer::attach(sqlite3 *db) { sqlite3_wal_hook(db, &Checkpointer::onCommit, this); }

void Checkpointer::detach(sqlite3 *db) { sqlite3_wal_hook(db, nullptr, nullptr); }

int Checkpointer::onCommit(void *self, sqlite3 *db, const char *schema, int pages)
{
    auto *c = static_cast<Checkpointer *>(self);
    if (pages < kBackgroundPages)
        return SQLITE_OK;
    // The thread takes it, unless the log grew by kInlinePages more while
    // the thread was busy (it did not keep up), or it cannot. One large
    // commit (an import) with the thread idle is the thread's too, and so
    // are the small ones right after it while the thread copies it. A log past
    // its bound is copied here whatever the thread does, so that it starts again.
    if (!c->behind(pages) && !c->overLimit(pages) && c->request(pages))
        return SQLITE_OK;
    c->waitWhileRunning(5000); // the thread's checkpoint first: it holds the lock this one needs
    sqlite3_wal_checkpoint_v2(db, schema, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    return SQLITE_OK; // a checkpoint that could not run is tried again at a later commit
}

bool Checkpointer::overLimit(int pages)
{
    std::lock_guard lock(m_mutex);
    return pages >= m_maxLogPages;
}

void Checkpointer::setMaxLogPages(int pages)
{
    std::lock_guard lock(m_mutex);
    m_maxLogPages = pages;
}

bool Checkpointer::behind(int pages)
{
    std::lock_guard lock(m_mutex);
    return (m_asked || m_running) && pages - m_pagesAsked >= kInlinePages;
}

void Checkpointer::waitWhileRunning(int milliseconds)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait_for(lock, std::chrono::milliseconds(milliseconds), [this] { return !m_running; });
}

bool Checkpointer::request(int pages)
{
    std::lock_guard lock(m_mutex);
    if (m_stop)
        return false;
    if (m_lastFailed) { // once inline, then the thread again
        m_lastFailed = false;
        return false;
    }
    if (!m_thread.joinable()) {
        try {
            m_thread = std::thread([this] { run(); });
        } catch (...) { // no thread to be had: the commit checkpoints, as SQLite would
            return false;
        }
    }
    if (!m_asked && !m_running) // the log as this round of checkpoints found it
        m_pagesAsked = pages;
    m_asked = true;
    m_changed.notify_all();
    return true;
}

void Checkpointer::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [this] { return m_stop || (m_asked && m_holds == 0); });
        if (m_stop)
            return;
        m_asked = false;
        m_running = true;
        lock.unlock();
        bool done = false;
        {
            // A connection of its own for each checkpoint: between them the
            // file is not held open (a restore takes it whole; Windows removes
            // no open file). An encrypted file's key is already in memory.
            RawConnection c(m_path, SQLITE_OPEN_READWRITE);
            // The pragma reads the schema first, which opens the log.
            done = c.ok() && c.exec("PRAGMA wal_checkpoint(PASSIVE)") == SQLITE_OK;
            if (!done) // a file locked since, its key forgotten, no file handle left
                qCWarning(lcStorage) << "background checkpoint failed:" << c.error();
        }
        lock.lock();
        m_running = false;
        m_lastFailed = !done;
        m_done += done ? 1 : 0;
        m_changed.notify_all();
    }
}

Checkpointer::Hold::Hold(Checkpointer *c) : m_c(c)
{
    if (!m_c)
        return;
    std::unique_lock lock(m_c->m_mutex);
    ++m_c->m_holds;
    m_c->m_changed.wait(lock, [this] { return !m_c->m_running; });
}

Checkpointer::Hold::~Hold()
{
    if (!m_c)
        return;
    std::lock_guard lock(m_c->m_mutex);
    --m_c->m_holds;
    m_c->m_changed.notify_all();
}

void Checkpointer::waitIdle()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_stop || (!m_asked && !m_running) || (m_asked && m_holds > 0 && !m_running); });
}

int Checkpointer::checkpointsDone() const
{
    std::lock_guard lock(m_mutex);
    return m_done;
}

} // namespace tamkeen::storage
