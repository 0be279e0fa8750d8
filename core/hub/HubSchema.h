#pragma once
// The hub's tables in PostgreSQL, derived from the synced tables of its
// ledger (the hub's own Tamkeen copy, migrated by the same code as every
// laptop's): one table a synced table, the same columns, each typed by its
// SQLite declaration. So the PostgreSQL schema follows every migration of
// core without a second schema to keep in step (docs/hub.md).
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::hub {

class PgConnection;

struct HubColumn {
    enum Kind { Integer, Real, Text, Blob };
    QString name;
    Kind kind = Text;
    QString pgType() const;
};

struct HubTable {
    QString name;
    QList<HubColumn> columns; // id first, then the rest in the ledger's order
};

// The ledger's synced tables and their columns.
Result<QList<HubTable>> ledgerTables(storage::Database &ledger);

class HubSchema {
    Q_DECLARE_TR_FUNCTIONS(HubSchema)
public:
    // The schema PostgreSQL holds the data in, and the analysts' one.
    static constexpr const char *kData = "tamkeen";
    static constexpr const char *kReport = "tamkeen_report";
    // Raised when the views change (what they show): a hub made before is
    // given the new views at its next publication.
    static constexpr int kReportViewsVersion = 2;

    // Creates what is missing: the schemas, the bookkeeping tables, each table
    // and each column (added, never dropped). `changed` receives the tables
    // created or given a column: their rows must be published again. A column
    // whose type no longer matches is refused (a migration the hub cannot follow).
    static Status ensure(PgConnection &pg, const QList<HubTable> &tables, QStringList *changed);
    // The reporting views, made again: one a table fit for analysts, without
    // deleted rows or the columns that name a person (storage::personalColumns),
    // with the Arabic titles and column labels of the subject-access report as
    // comments. A value confidential by its row (a WHO-5 score:
    // clinic/ConfidentialFields) is null there. Granted to `readerRole` when it is given.
    static Status reportViews(PgConnection &pg, const QList<HubTable> &tables, const QString &readerRole);
    // Tables kept from analysts whole: credentials, keys, the audit trail.
    static bool keptFromReports(const QString &table);

private:
    static Status makeReportViews(PgConnection &pg, const QList<HubTable> &tables, const QString &readerRole);
};

} // namespace tamkeen::hub
