#pragma once
// Hybrid Logical Clock: 48 bits of wall-clock milliseconds and a 16-bit counter in
// one 64-bit number. It never goes backwards: when the wall clock jumps back, or
// a change from another device carries a later time, the counter moves on instead.
// A ceiling, when set, stands in for a wall clock that reads later than it, so a
// laptop whose clock is far ahead does not stamp its changes with that time
// (docs/sync-format.md, merge rule 3).
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
    // It reads min(wall clock, ceiling) when a ceiling is set.
    quint64 next(quint64 seen = 0);

    void setWallClock(WallClock wall);
    // The wall clock itself, uncapped (what a package says of its sender's clock).
    qint64 wallMillis() const;

    // An HLC time that the wall clock's reading may not pass; 0: none.
    void setCeiling(quint64 ceiling);
    quint64 ceiling() const;
    // Whether the wall clock read later than the ceiling at the last next().
    bool capped() const;
    // Whether it reads later than the ceiling now (the next change would be capped).
    bool aheadOfCeiling() const;

    static quint64 fromMillis(qint64 ms) { return quint64(ms) << 16; }
    static qint64 millis(quint64 hlc) { return qint64(hlc >> 16); }
    static quint32 counter(quint64 hlc) { return quint32(hlc & 0xFFFF); }

private:
    mutable std::mutex m_mutex;
    WallClock m_wall;
    quint64 m_last = 0;
    quint64 m_ceiling = 0;
    bool m_capped = false;
};

} // namespace tamkeen::storage
