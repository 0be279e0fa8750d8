#pragma once
// Keeps the hub's PostgreSQL equal to its ledger. The ledger notes every row
// written in it (storage/RowNotes.h: the local table hub_pending, whoever
// writes: an import, an erasure, a local edit); publishing sends those rows
// to PostgreSQL by COPY into a staging table and one upsert a table, in one
// PostgreSQL transaction, while the ledger's write lock keeps new writes out.
// A crash between the two commits leaves the notes: the next publish sends
// the same rows again, which changes nothing.
#include "common/Result.h"
#include "hub/HubSchema.h"

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::hub {

class PgConnection;

struct PublishSummary {
    qint64 rows = 0;     // rows sent (new or changed)
    qint64 removed = 0;  // rows PostgreSQL held that the ledger does not
    qint64 misfits = 0;  // values of a storage class their column's type cannot hold
    QStringList tables;  // tables published
};

class HubPublisher {
public:
    HubPublisher(storage::Database &ledger, PgConnection &pg) : m_ledger(ledger), m_pg(pg) {}

    // Makes the ledger note the rows written in it (Database::noteWrittenRows).
    static Status watchLedger(storage::Database &ledger);
    // Rows noted and not yet published.
    static Result<qint64> pending(storage::Database &ledger);

    // Ties the PostgreSQL database to this ledger (its device id) on first
    // use and refuses any other ledger after: two hubs writing one database
    // would each overwrite the other's rows with their own.
    Status bind();
    // Makes the schema follow the ledger, then publishes what is noted;
    // `all`: every row of every table (a new or repaired database), as when
    // the generation the ledger and PostgreSQL each keep of the last
    // publication differ (one of them restored from a backup). `rebind`: the
    // database becomes this ledger's whatever device it was bound to, and
    // everything is sent (a ledger that took a new device id after a restore).
    Result<PublishSummary> publish(bool all, bool rebind = false);

private:
    Status publishTable(const HubTable &table, bool all, PublishSummary &summary);

    storage::Database &m_ledger;
    PgConnection &m_pg;
    bool m_everything = false; // this publication sends every row
};

} // namespace tamkeen::hub
