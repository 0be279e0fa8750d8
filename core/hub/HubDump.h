#pragma once
// `tamkeen-hub dump --canonical`: the hub's PostgreSQL data written exactly as
// `tamkeen-cli dump --canonical` writes a SQLite copy's (sync::writeCanonicalDump),
// so that the two compare with diff. Read from PostgreSQL alone, by COPY TO
// (streamed: millions of rows in little memory).
#include "common/Result.h"

class QIODevice;

namespace tamkeen::hub {

class PgConnection;

Status writeHubCanonicalDump(PgConnection &pg, QIODevice &out);

} // namespace tamkeen::hub
