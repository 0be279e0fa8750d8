// Entries whose words an erasure cut out (docs/sync-format.md, record 4;
// registry/Erasure): believed only for rows an erasure here covers, applied
// without the privileged fields their lost signature vouched for.
#include "sync/ImportRun.h"

#include "registry/Erasure.h"
#include "security/Privileges.h"

#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace tamkeen::sync {

// Whether a batch has an entry whose words an erasure cut out for a row no
// erasure here covers (a row is covered when it, or a row it names, is in
// erased_rows; an erased insert covers its row for the entries after it).
Result<bool> ImportRun::erasedWithoutErasure(const QList<batches::Item> &items)
{
    QSet<QByteArray> covered; // rows made by erased inserts earlier in the batch
    for (const batches::Item &item : items) {
        if (!item.erased())
            continue;
        Entry e;
        if (!batches::entryOf(item, e))
            return false; // damage: refused before this (checkItems)
        if (covered.contains(e.rowId))
            continue;
        auto found = registry::Erasure::covers(m_db, e);
        if (!found)
            return found.error();
        if (!found.value())
            return true;
        if (e.op == u"I")
            covered.insert(e.rowId);
    }
    return false;
}

// An entry whose words were cut out: applied as the blanks it holds. Its
// author's signature went with the words, so the privileged fields it set
// are left out: they stay as they are here (docs/sync-format.md, record 4).
Status ImportRun::takeErased(Entry &e)
{
    e.carried.removeIf([&](const Entry::Field &f) {
        return security::Privileges::needsSignature(e.table, {f.column}, {{f.column, f.value}});
    });
    if (e.op == u"U")
        e.fieldNames.removeIf([&](const QString &c) {
            return std::none_of(e.carried.begin(), e.carried.end(), [&](const Entry::Field &f) { return f.column == c; });
        });
    return {};
}

} // namespace tamkeen::sync
