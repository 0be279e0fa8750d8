#pragma once
// The national dashboard's facts (docs/hub.md, "The national dashboard"):
// each household's packed HouseholdFacts, kept in schema tamkeen_dashboard
// (the hub's own role's alone, apart from the published tables) by the
// publication in the same PostgreSQL transaction as the rows they are made
// from, and joined into one blob per centre, which is what a dashboard reads.
//   dash_households (id, centre, bucket, facts)   one a live household
//   dash_centres (centre, bucket, households, facts)   a sixteenth of a centre's records joined
//   dash_words (number, kind, word)     every text a record names, by its number
// A dashboard finds the words its filter keeps with the filter's own SQL
// (equality; LIKE for a category; strpos for a track) and compares numbers.
#include "common/Result.h"

#include <QString>

namespace tamkeen::hub {

class PgConnection;

class DashboardFacts {
public:
    // Raised when what a record holds changes: every household's is made again.
    static constexpr int kVersion = 2;
    static constexpr const char *kSchema = "tamkeen_dashboard";
    enum WordKind {
        StatusWord = 1, ReasonWord, CounsellorWord, TrackWord, SexWord, // as their columns, ids in hex
        RegionWord, CityWord, DistrictWord, WorkerWord, CategoriesWord, CareLevelWord
    };

    // The publisher's calls, inside its transaction: begin() before any
    // table is written; noted(table) for the rows of a table staged in
    // pg_temp.hub_stage before they are written (direct: written straight,
    // every row of the table new); removing(table) before the rows the stage
    // lacks are deleted (a table sent whole); update() once they are all
    // written, with the generation PostgreSQL had before this publication
    // (the facts are made whole unless they were kept by that one).
    static Status begin(PgConnection &pg);
    static Status noted(PgConnection &pg, const QString &table, bool direct);
    static Status removing(PgConnection &pg, const QString &table);
    static Status update(PgConnection &pg, bool all, const QString &previousGeneration);

    // A table's qualified name: the dashboard's (dash_…) in kSchema, the rest in the data's.
    static QString table(const char *name);

    // Whether the tables hold facts of this version kept by the last
    // publication (a dashboard refuses otherwise).
    static Result<bool> current(PgConnection &pg);
};

} // namespace tamkeen::hub
