#include "storage/Database.h"
#include "storage/Migrations.h"

using namespace Qt::StringLiterals;

namespace tamkeen::storage {

Status migration030ListKeys(Database &db)
{
    // The household list is paged by key (registry::HouseholdList::pageAfter):
    // its sort columns hold '' where they held NULL, which compares to
    // nothing. '' sorts where NULL did (first). Local to this copy.
    return db.execScript(uR"sql(
        UPDATE household_facts SET head_key = coalesce(head_key, ''), region = coalesce(region, ''),
            city = coalesce(city, ''), registered = coalesce(registered, '')
        WHERE head_key IS NULL OR region IS NULL OR city IS NULL OR registered IS NULL
    )sql"_s);
}

} // namespace tamkeen::storage
