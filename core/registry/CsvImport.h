#pragma once
// Bulk import and export of households and members as CSV (docs/import-format.md):
// one row per member, grouped into households by the household_key column.
// Every row is checked first; with any problem nothing is imported.
#include "common/Result.h"
#include "security/Session.h"

#include <QCoreApplication>
#include <functional>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::registry {

struct ImportIssue {
    int line = 0;
    QString message; // translated
};

struct ImportOptions {
    bool dryRun = false;
    bool allowSimilar = false; // import members that resemble registered ones, recording the decision
};

struct ImportReport {
    int households = 0;
    int members = 0;
    bool imported = false;
    QList<ImportIssue> issues;
};

class CsvImport {
    Q_DECLARE_TR_FUNCTIONS(CsvImport)
public:
    static const QStringList &columns();

    // `progress(done, total)` is called per household while writing; returning
    // false cancels, and then nothing is imported.
    static ImportReport run(storage::Database &db, const security::Session &by, const QByteArray &csv,
                            const ImportOptions &options = {}, const std::function<bool(int, int)> &progress = {});
    // Every household and member that is not archived, UTF-8 with a BOM so that
    // spreadsheet programs show Arabic correctly; household_key is the file number.
    static Result<QByteArray> exportAll(storage::Database &db);
};

} // namespace tamkeen::registry
