#pragma once
// The hub benches' PostgreSQL helpers: a connection or the bench stops, a
// step that must succeed.
#include "common/Result.h"
#include "hub/PgConnection.h"

#include <memory>

namespace tamkeen::bench {

std::unique_ptr<hub::PgConnection> pgOrDie(const QString &conninfo);
void pgMust(const Status &s, const char *what);

} // namespace tamkeen::bench
