#include "storage/HybridClock.h"

#include <QDateTime>
#include <algorithm>

namespace tamkeen::storage {

HybridClock::HybridClock(WallClock wall)
{
    setWallClock(std::move(wall));
}

void HybridClock::setWallClock(WallClock wall)
{
    std::lock_guard lock(m_mutex);
    m_wall = wall ? std::move(wall) : WallClock([] { return QDateTime::currentMSecsSinceEpoch(); });
}

quint64 HybridClock::next(quint64 seen)
{
    std::lock_guard lock(m_mutex);
    const quint64 wall = fromMillis(std::max<qint64>(0, m_wall()));
    m_last = std::max({wall, m_last + 1, seen + 1});
    return m_last;
}

} // namespace tamkeen::storage
