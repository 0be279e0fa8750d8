#include "storage/CaptureTriggers.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

using namespace Qt::StringLiterals;

namespace tamkeen::storage {

Status migration003Registry(Database &db)
{
    struct Table {
        QString name;
        QString columns;
    };
    const Table tables[] = {
        // Organisation-wide settings that travel (eligibility rule, category list).
        {u"org_settings"_s, u"key TEXT NOT NULL, value TEXT"_s},
        {u"households"_s,
         u"file_number TEXT NOT NULL, centre_id BLOB, region TEXT, city TEXT, district TEXT, address TEXT, "
         "latitude REAL, longitude REAL, housing_type TEXT, housing_ownership TEXT, monthly_rent REAL, phone TEXT, "
         "registration_date TEXT, assigned_worker BLOB, categories TEXT, status TEXT NOT NULL, status_date TEXT, "
         "archive_reason TEXT"_s},
        // Every status change, dated, with its reason: the history is kept, not overwritten.
        {u"household_status"_s,
         u"household_id BLOB NOT NULL, status TEXT NOT NULL, previous_status TEXT, effective_date TEXT NOT NULL, "
         "reason TEXT"_s},
        {u"members"_s,
         u"household_id BLOB NOT NULL, given_name TEXT NOT NULL, father_name TEXT, grandfather_name TEXT, "
         "family_name TEXT, relation TEXT NOT NULL, id_type TEXT, id_number TEXT, sex TEXT, birth_date TEXT, "
         "nationality TEXT, marital_status TEXT, education TEXT, employment TEXT, occupation TEXT, disability TEXT, "
         "chronic_illness TEXT, able_to_work INTEGER, school_name TEXT, school_grade TEXT, phone TEXT, archive_reason TEXT"_s},
        // Incomes are never edited in place: a new row with its effective date
        // replaces the amount from that date on, so income history is kept.
        {u"incomes"_s,
         u"household_id BLOB NOT NULL, member_id BLOB, source TEXT NOT NULL, amount REAL NOT NULL, "
         "currency TEXT NOT NULL, effective_date TEXT NOT NULL, note TEXT"_s},
        // "Continue anyway" after a possible-duplicate warning, with who decided.
        {u"duplicate_decisions"_s,
         u"member_id BLOB NOT NULL, other_member_id BLOB NOT NULL, decision TEXT NOT NULL, note TEXT"_s},
        {u"household_merges"_s,
         u"source_household_id BLOB NOT NULL, target_household_id BLOB NOT NULL, reason TEXT"_s},
    };
    QStringList script;
    for (const Table &t : tables)
        script << syncedTableSql(t.name, t.columns);
    script << uR"sql(
        CREATE INDEX org_settings_key ON org_settings(key);
        CREATE INDEX households_file_number ON households(file_number);
        CREATE INDEX households_status ON households(status, region);
        CREATE INDEX households_worker ON households(assigned_worker);
        CREATE INDEX household_status_household ON household_status(household_id, effective_date);
        CREATE INDEX members_household ON members(household_id);
        CREATE INDEX members_identity ON members(id_number);
        CREATE INDEX incomes_household ON incomes(household_id, effective_date);
        CREATE INDEX duplicate_decisions_member ON duplicate_decisions(member_id);
        -- Local search index, derived from the synced rows (rebuilt, never synced):
        -- one entry per member (and one per household for its number and phone),
        -- with the normalized name parts duplicate detection compares.
        CREATE TABLE search_entries (
            id INTEGER PRIMARY KEY,
            household_id BLOB NOT NULL,
            member_id BLOB,
            given_key TEXT, father_key TEXT, grandfather_key TEXT, family_key TEXT,
            name_key TEXT, birth_year INTEGER
        );
        CREATE INDEX search_entries_household ON search_entries(household_id);
        CREATE INDEX search_entries_family ON search_entries(family_key, father_key);
        CREATE INDEX search_entries_given ON search_entries(given_key, birth_year);
        CREATE INDEX search_entries_parts ON search_entries(given_key, father_key, family_key);
        CREATE INDEX search_entries_name ON search_entries(name_key);
        -- The household list's own table (local, rebuilt): one row per active
        -- household with everything the list shows, sorts and filters on, so that
        -- a page of 100,000 households is an index walk without joins.
        CREATE TABLE household_facts (
            household_id BLOB PRIMARY KEY NOT NULL,
            file_number TEXT NOT NULL, head_name TEXT, head_key TEXT, region TEXT, city TEXT,
            status TEXT NOT NULL, registered TEXT, worker BLOB, categories TEXT,
            members INTEGER NOT NULL, income REAL NOT NULL, eligible INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX household_facts_file ON household_facts(file_number);
        CREATE INDEX household_facts_head ON household_facts(head_key, file_number);
        CREATE INDEX household_facts_status_file ON household_facts(status, file_number);
        CREATE INDEX household_facts_status_head ON household_facts(status, head_key, file_number);
        CREATE INDEX household_facts_region ON household_facts(region, city, file_number);
        CREATE INDEX household_facts_registered ON household_facts(registered, file_number);
        CREATE INDEX household_facts_members ON household_facts(members, file_number);
        -- Full-text index over the same entries (rowid = search_entries.id).
        CREATE VIRTUAL TABLE search_fts USING fts5(
            text, tokenize = 'unicode61 remove_diacritics 0', prefix = '1 2 3');
    )sql"_s;
    if (Status s = db.execScript(script.join(u";\n"_s)); !s)
        return s;
    for (const Table &t : tables) {
        if (Status s = registerSyncedTable(db, t.name); !s)
            return s;
    }
    return {};
}

} // namespace tamkeen::storage
