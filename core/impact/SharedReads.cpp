#include "impact/SharedReads.h"

namespace tamkeen::impact {

Status SharedReads::getErased(const QString &key, const std::function<Status()> &load,
                              const std::function<bool()> &keep, std::shared_ptr<const void> &value)
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        if (auto it = m_values.constFind(key); it != m_values.constEnd()) {
            value = *it;
            return {};
        }
        if (!m_loading.contains(key))
            break;
        // Read by the other thread: waiting costs no more than reading it too.
        // Should it fail or not be kept, this one reads it after all.
        m_done.wait(lock);
    }
    m_loading.insert(key);
    const quint64 epoch = m_epoch;
    lock.unlock();
    Status s;
    try {
        s = load();
    } catch (...) {
        lock.lock();
        m_loading.remove(key);
        m_done.notify_all();
        throw;
    }
    // keep() asks the reader's connection: outside the lock.
    const bool kept = s && keep();
    lock.lock();
    m_loading.remove(key);
    if (kept && epoch == m_epoch)
        m_values.insert(key, value);
    m_done.notify_all();
    return s;
}

void SharedReads::keepScopes(const QStringList &scopes)
{
    std::lock_guard lock(m_mutex);
    for (auto it = m_values.begin(); it != m_values.end();) {
        const qsizetype mark = it.key().indexOf(u'\x1d');
        if (mark >= 0 && !scopes.contains(it.key().mid(mark + 1)))
            it = m_values.erase(it);
        else
            ++it;
    }
}

void SharedReads::changed()
{
    std::lock_guard lock(m_mutex);
    ++m_epoch;
    m_values.clear();
}

} // namespace tamkeen::impact
