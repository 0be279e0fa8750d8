#pragma once

namespace tamkeen::security {
// Initialises libsodium once per process; safe to call from any thread.
void ensureSodium();
} // namespace tamkeen::security
