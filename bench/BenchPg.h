#pragma once
// The hub benches' PostgreSQL helpers: a connection or the bench stops, a
// step that must succeed.
#include "common/Result.h"
#include "hub/PgConnection.h"

#include <memory>

namespace tamkeen::bench {

std::unique_ptr<hub::PgConnection> pgOrDie(const QString &conninfo);
void pgMust(const Status &s, const char *what);

// Statements both hub benches make their data with: 200 centres in 13
// regions; households' first status (active), one in five exited, their exits.
extern const char *const kBenchCentresSql;
extern const char *const kBenchActiveSql;
extern const char *const kBenchExitedSql;
extern const char *const kBenchExitsSql;

} // namespace tamkeen::bench
