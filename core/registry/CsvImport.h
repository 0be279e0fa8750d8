#pragma once
// Bulk import and export of households and members as CSV (docs/import-format.md):
// one row per member, grouped into households by the household_key column.
// Headers and coded values may be English keys or Arabic words (CsvColumns).
// Every row is checked first; with any problem nothing is imported.
#include "common/Result.h"
#include "registry/CsvColumns.h"
#include "security/Session.h"

#include <QCoreApplication>
#include <functional>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::registry {

struct ImportIssue {
    int line = 0; // the file's line number (1 is the header); 0: about the whole file
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

    // The dry run does everything the import does, in a transaction that is then
    // rolled back, so it finds every problem the import would (people who
    // resemble each other within the file too).
    // `progress(done, total)` is called per household while writing; returning
    // false cancels, and then nothing is imported.
    static ImportReport run(storage::Database &db, const security::Session &by, const QByteArray &csv,
                            const ImportOptions &options = {}, const std::function<bool(int, int)> &progress = {});
    // Every household and member that is not archived, UTF-8 with a BOM so that
    // spreadsheet programs show Arabic correctly; household_key is the file number.
    // Written all or nothing to `path`; a full disk is said so.
    // `progress(rows)` is called every few hundred rows; returning false cancels
    // (exporting::Sheet::isCancel) and leaves no file.
    static Status exportTo(storage::Database &db, const QString &path, CsvLanguage language = CsvLanguage::English,
                           const std::function<bool(qint64)> &progress = {});
};

} // namespace tamkeen::registry
