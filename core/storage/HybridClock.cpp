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

qint64 HybridClock::wallMillis() const
{
    std::lock_guard lock(m_mutex);
    return m_wall();
}

void HybridClock::setCeiling(quint64 ceiling)
{
    std::lock_guard lock(m_mutex);
    m_ceiling = ceiling;
}

quint64 HybridClock::ceiling() const
{
    std::lock_guard lock(m_mutex);
    return m_ceiling;
}

bool HybridClock::aheadOfCeiling() const
{
    std::lock_guard lock(m_mutex);
    return m_ceiling != 0 && fromMillis(std::max<qint64>(0, m_wall())) > m_ceiling;
}

bool HybridClock::capped() const
{
    std::lock_guard lock(m_mutex);
    return m_capped;
}

quint64 HybridClock::next(quint64 seen)
{
    std::lock_guard lock(m_mutex);
    quint64 wall = fromMillis(std::max<qint64>(0, m_wall()));
    m_capped = m_ceiling != 0 && wall > m_ceiling;
    if (m_capped)
        wall = m_ceiling;
    m_last = std::max({wall, m_last + 1, seen + 1});
    return m_last;
}

} // namespace tamkeen::storage
