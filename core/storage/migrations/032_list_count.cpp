#include "storage/Database.h"
#include "storage/Migrations.h"

using namespace Qt::StringLiterals;

namespace tamkeen::storage {

Status migration032ListCount(Database &db)
{
    // The whole household list's length, kept by triggers: counting a
    // million rows of household_facts read its smallest index whole (8,211
    // pages, 60-70 ms once it no longer fitted the page cache beside the
    // rest), and every new window of the list counts. Local to this copy.
    return db.execScript(uR"sql(
        CREATE TABLE household_facts_count (n INTEGER NOT NULL);
        INSERT INTO household_facts_count(n) SELECT count(*) FROM household_facts;
        CREATE TRIGGER household_facts_counted_in AFTER INSERT ON household_facts
        BEGIN UPDATE household_facts_count SET n = n + 1; END;
        CREATE TRIGGER household_facts_counted_out AFTER DELETE ON household_facts
        BEGIN UPDATE household_facts_count SET n = n - 1; END;
    )sql"_s);
}

} // namespace tamkeen::storage
