#include "storage/Database.h"
#include "storage/Migrations.h"

using namespace Qt::StringLiterals;

namespace tamkeen::storage {

Status migration029VerdictIndex(Database &db)
{
    // What a new eligibility rule reads (registry::SearchIndex::
    // refreshEligibility): the verdict's inputs, an eighth of the list's
    // wide rows (which carry names), so that only the rows whose verdict
    // changes are read in full. Local to this copy, like the list.
    return db.execScript(
        u"CREATE INDEX household_facts_verdict ON household_facts(members, income, eligible)"_s);
}

} // namespace tamkeen::storage
