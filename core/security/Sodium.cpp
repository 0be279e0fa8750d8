#include "security/Sodium.h"

#include <cstdlib>
#include <mutex>
#include <sodium.h>

namespace tamkeen::security {

void ensureSodium()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // sodium_init() fails only when the system has no usable randomness:
        // continuing would make keys and password salts predictable.
        if (sodium_init() < 0)
            std::abort();
    });
}

} // namespace tamkeen::security
