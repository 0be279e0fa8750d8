#pragma once
// The SQL functions that the change-capture triggers call. They exist only on
// connections opened by Database, so any other connection that writes to a
// synced table fails with "no such function" instead of writing untracked data.
#include "common/Result.h"
#include "storage/HybridClock.h"

#include <QByteArray>
#include <QSqlDatabase>

namespace tamkeen::storage {

struct CaptureState {
    HybridClock clock;
    QByteArray deviceId; // 16 bytes once setup has run
    QByteArray userId;   // author of the changes; may be empty (system)
    quint64 hlcFloor = 0; // highest time seen from other devices (raised by imports); with
                          // the cap days, the clock's ceiling (Database::setClockCapDays)
    bool enabled = true;
};

// tamkeen_capture_on(), tamkeen_hlc(seen), tamkeen_device(), tamkeen_user()
Status registerCaptureFunctions(const QSqlDatabase &db, CaptureState *state);

} // namespace tamkeen::storage
