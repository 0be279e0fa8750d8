#pragma once
// A hub's ledger (docs/hub.md) notes the id of every row of a synced table
// written through any of its connections, whoever writes (an import, which
// runs with triggers off; an erasure; a local edit), in the local table
// hub_pending, in the same transaction as the write: what tamkeen-hub
// publishes to PostgreSQL next. SQLite's update hook sees each written
// rowid; they are kept in memory and written out just before the commit.
// Noting more than was written (a rolled-back savepoint) only sends a row
// again; noting less would leave PostgreSQL behind, so nothing is skipped.
#include "common/Result.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <vector>

struct sqlite3;

namespace tamkeen::storage {

class Database;

class RowNotes {
public:
    static constexpr const char *kTable = "hub_pending";

    RowNotes(sqlite3 *raw, QSet<QByteArray> syncedTables);
    ~RowNotes();
    RowNotes(const RowNotes &) = delete;
    RowNotes &operator=(const RowNotes &) = delete;

    bool any() const { return !m_rows.isEmpty(); }
    // Writes the notes into hub_pending (in the transaction open, if any) and forgets them.
    Status flush(Database &db);
    void forget() { m_rows.clear(); }

private:
    static void written(void *self, int op, const char *database, const char *table, long long rowid);

    sqlite3 *m_raw;
    QSet<QByteArray> m_synced;
    QHash<QByteArray, std::vector<qint64>> m_rows; // table -> rowids written
};

} // namespace tamkeen::storage
