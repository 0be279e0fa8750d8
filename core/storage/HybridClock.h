#pragma once
// Hybrid Logical Clock: 48 bits of wall-clock milliseconds and a 16-bit counter in
// one 64-bit number. It never goes backwards: when the wall clock jumps back, or
// a change from another device carries a later time, the counter moves on instead.
#include <QtGlobal>
#include <functional>
#include <mutex>

namespace tamkeen::storage {

class HybridClock {
public:
    using WallClock = std::function<qint64()>; // Unix milliseconds

    explicit HybridClock(WallClock wall = {});

    // The next timestamp: greater than every one this clock issued and than
    // `seen` (this device's last stored time, or a later one seen from others).
    quint64 next(quint64 seen = 0);

    void setWallClock(WallClock wall);

    static quint64 fromMillis(qint64 ms) { return quint64(ms) << 16; }
    static qint64 millis(quint64 hlc) { return qint64(hlc >> 16); }
    static quint32 counter(quint64 hlc) { return quint32(hlc & 0xFFFF); }

private:
    std::mutex m_mutex;
    WallClock m_wall;
    quint64 m_last = 0;
};

} // namespace tamkeen::storage
