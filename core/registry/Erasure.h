#pragma once
// Erasure (issue 15 §6): an administrator erases a family member or a whole
// household, with a reason. The erasure is a privileged synced row
// (`erasures`, signed, refused on import from anyone but an administrator);
// every copy that holds it carries it out the same way:
//  - the rows it covers (the member's or household's own, every row naming
//    them, the rows belonging to those: a plan's goals, a referral's history)
//    are listed in `erased_rows`;
//  - their personal columns (storage::PersonalColumns) are blanked in place,
//    without a change of their own: each copy does it from the erasure, so
//    nothing with the words travels again; codes, amounts and dates stay, the
//    anonymous skeleton the indicators count;
//  - the values kept in conflicts are blanked, the search index rebuilt;
//  - the sealed batches that carried the words are redacted (format 2: the
//    personal part cut out, the signature still holds) or, sealed by an older
//    version (format 1), kept without their body;
//  - with secure_delete on (freed cells and pages zeroed) and a checkpoint,
//    the words are in no page of the file or its WAL.
// Values that arrive later for a covered row (a laptop that had not seen the
// erasure) are blanked again at the end of the import.
#include "common/Result.h"
#include "security/Session.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace tamkeen::storage {
class Database;
}
namespace tamkeen::sync {
struct Entry;
}

namespace tamkeen::registry {

struct DueForErasure {
    QByteArray householdId;
    QString fileNumber;
    QDate exitedOn;
};

class Erasure {
    Q_DECLARE_TR_FUNCTIONS(Erasure)
public:
    static bool mayErase(const security::Session &who); // administrators

    // Writes the erasure and carries it out here, in one transaction, then
    // compacts the file. The reason: at least ten characters.
    static Result<QByteArray> eraseMember(storage::Database &db, const security::Session &by, const QByteArray &memberId,
                                          const QString &reason);
    static Result<QByteArray> eraseHousehold(storage::Database &db, const security::Session &by,
                                             const QByteArray &householdId, const QString &reason);

    // Carries out the erasures this copy holds and has not carried out yet,
    // and blanks what arrived since for the rows they cover; redacts the
    // batches holding their words. In the caller's transaction (the import's).
    // `changed`: whether anything was blanked or redacted (then compact).
    static Status carryOut(storage::Database &db, bool *changed = nullptr);
    // Whether an entry whose words were cut out is for a row an erasure held
    // here covers: the row itself is listed in erased_rows (as the erasure
    // names it, or as it found it), or, for an insert of a row not here yet,
    // the row it belongs to is (its member, its household when the household
    // is erased, its plan, referral, appointment or session). A member's or
    // household's own row counts only by its id.
    static Result<bool> covers(storage::Database &db, const sync::Entry &e);
    // secure_delete was on for the writes; a checkpoint puts the zeroed pages
    // over the old ones in the file and empties the WAL.
    static Status compact(storage::Database &db);
    // An erasure's writes not compacted yet (the compaction failed): the next
    // import compacts.
    static Result<bool> compactPending(storage::Database &db);

    // Retention: households that left support more than `years` ago and are
    // not erased yet, oldest first.
    static Result<QList<DueForErasure>> due(storage::Database &db, int years, const QDate &today);
    // The organisation's retention (years after exit; 0: none set).
    static Result<int> retentionYears(storage::Database &db);
    static Status setRetentionYears(storage::Database &db, const security::Session &by, int years);
};

} // namespace tamkeen::registry
