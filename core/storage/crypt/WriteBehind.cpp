#include "storage/crypt/WriteBehind.h"

#include <cstring>

namespace tamkeen::storage::crypt::detail {

namespace {
// Enough to keep the sealing thread busy, little enough to bound the memory
// (pages wait here in clear).
constexpr size_t kQueuedPages = 64;
} // namespace

WriteBehind::WriteBehind(KeysPtr keys, sqlite3_file *real, qint64 prefix)
    : m_keys(std::move(keys)), m_real(real), m_prefix(prefix), m_worker([this] { run(); })
{
}

WriteBehind::~WriteBehind()
{
    {
        std::unique_lock lock(m_mutex);
        m_stop = true;
        m_changed.notify_all();
    }
    m_worker.join();
    for (Job &job : m_jobs) // left by a failure: still in clear
        sodium_memzero(job.page.data(), job.page.size());
}

void WriteBehind::push(Job job)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_jobs.size() < kQueuedPages; });
    m_jobs.push_back(std::move(job));
    m_changed.notify_all();
}

int WriteBehind::write(const unsigned char *page, sqlite3_int64 off)
{
    Job job;
    job.offset = off;
    {
        std::lock_guard lock(m_mutex);
        if (m_failure != SQLITE_OK)
            return m_failure;
        if (!m_spare.empty()) {
            job.page = std::move(m_spare.back());
            m_spare.pop_back();
        }
    }
    job.page.assign(page, page + kPageSize);
    push(std::move(job));
    return SQLITE_OK;
}

void WriteBehind::sizeHint(sqlite3_int64 size)
{
    Job job;
    job.offset = size;
    push(std::move(job));
}

int WriteBehind::settle()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_jobs.empty() && !m_busy; });
    return m_failure;
}

void WriteBehind::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [this] { return !m_jobs.empty() || m_stop; });
        if (m_jobs.empty())
            return; // stopped, nothing left
        Job job = std::move(m_jobs.front());
        m_jobs.pop_front();
        const bool skip = m_failure != SQLITE_OK;
        m_busy = true;
        m_changed.notify_all(); // room in the queue
        lock.unlock();
        int rc = SQLITE_OK;
        if (job.page.empty()) {
            sqlite3_int64 hint = job.offset + m_prefix;
            m_real->pMethods->xFileControl(m_real, SQLITE_FCNTL_SIZE_HINT, &hint); // only a hint: no failure
        } else if (skip) {
            sodium_memzero(job.page.data(), job.page.size());
        } else {
            sealPage(*m_keys, job.page.data(), kPageSize, 'D', quint64(job.offset / kPageSize) + 1);
            rc = m_real->pMethods->xWrite(m_real, job.page.data(), kPageSize, m_prefix + job.offset);
        }
        lock.lock();
        if (rc != SQLITE_OK && m_failure == SQLITE_OK)
            m_failure = rc;
        if (!job.page.empty())
            m_spare.push_back(std::move(job.page));
        m_busy = false;
        m_changed.notify_all();
    }
}

} // namespace tamkeen::storage::crypt::detail
