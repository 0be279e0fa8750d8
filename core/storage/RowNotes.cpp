#include "storage/RowNotes.h"

#include "storage/Database.h"

#include <sqlite3.h>

#include <cstring>

using namespace Qt::StringLiterals;

namespace tamkeen::storage {

RowNotes::RowNotes(sqlite3 *raw, QSet<QByteArray> syncedTables) : m_raw(raw), m_synced(std::move(syncedTables))
{
    sqlite3_update_hook(m_raw, &RowNotes::written, this);
}

RowNotes::~RowNotes() { sqlite3_update_hook(m_raw, nullptr, nullptr); }

void RowNotes::written(void *self, int op, const char *database, const char *table, long long rowid)
{
    // Synced rows are never deleted (their no_delete triggers); an insert or
    // an update of one in the main database is what PostgreSQL must follow.
    if (op == SQLITE_DELETE || std::strcmp(database, "main") != 0)
        return;
    auto *notes = static_cast<RowNotes *>(self);
    const QByteArray name = QByteArray::fromRawData(table, qsizetype(std::strlen(table)));
    if (!notes->m_synced.contains(name))
        return;
    notes->m_rows[QByteArray(table)].push_back(rowid);
}

Status RowNotes::flush(Database &db)
{
    // Taken first: the inserts below run the hook again (on hub_pending, not
    // synced). Put back when a statement fails: an autocommit write is
    // already committed, and its notes must wait for the next flush.
    auto rows = std::exchange(m_rows, {});
    const auto keep = [&] {
        for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
            std::vector<qint64> &kept = m_rows[it.key()];
            kept.insert(kept.end(), it.value().cbegin(), it.value().cend());
        }
    };
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        const QString table = QString::fromUtf8(it.key());
        // Table names come from sync_tables; the rowids go as JSON arrays, 20,000 a statement.
        const QString sql = u"INSERT OR IGNORE INTO hub_pending (tbl, row_id) SELECT ?1, id FROM \"%1\" "
                            "WHERE rowid IN (SELECT value FROM json_each(?2))"_s.arg(table);
        const std::vector<qint64> &ids = it.value();
        for (size_t from = 0; from < ids.size(); from += 20000) {
            QByteArray json = "[";
            for (size_t i = from; i < std::min(ids.size(), from + 20000); ++i) {
                if (i > from)
                    json += ',';
                json += QByteArray::number(ids[i]);
            }
            json += ']';
            if (Status s = db.write(sql, {table, QString::fromLatin1(json)}); !s) {
                keep();
                return s;
            }
        }
    }
    return {};
}

} // namespace tamkeen::storage
