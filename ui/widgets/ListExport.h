#pragma once
// The one way a list page exports what it shows: ask where (XLSX or CSV, through
// files::saveDocument), then write with core's exporting::Sheet on a worker
// thread, on its own database connection when rows come from the database,
// with a progress dialog whose Cancel stops it. A cancelled or failed export
// leaves no file behind (the writer works all or nothing).
#include "common/Result.h"
#include "export/Sheet.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <functional>

class QTableView;
class QWidget;

namespace tamkeen::storage {
class Database;
}
namespace tamkeen::security {
struct Session;
}

namespace tamkeen::ui {

class AppSettings;

class ListExport {
    Q_DECLARE_TR_FUNCTIONS(ListExport)
public:
    // The chosen path (with .xlsx or .csv), or empty when the user cancelled.
    static QString askPath(QWidget *parent, const AppSettings &settings, const QString &suggestedName);
    // Right to left when the interface is (Arabic).
    static bool rightToLeft();

    // Rows from the database: `feedFor` gets the worker's own connection.
    static Status fromDatabase(QWidget *parent, const QString &databasePath, const QString &path,
                               const exporting::SheetLayout &layout,
                               const std::function<exporting::RowFeed(storage::Database &)> &feedFor, qint64 total);
    // The rows a table shows, in its order and visible columns: digits made
    // Latin and direction marks removed, so identifiers are plain text.
    // `identifiers` are the model columns written as text identifiers.
    static Status fromView(QWidget *parent, const QTableView *view, const QString &path, const QString &sheetName,
                           const QList<int> &identifiers = {});

    // Any export work on a worker thread with its own connection to
    // `databasePath`, the same progress window and Cancel.
    static Status inBackground(QWidget *parent, const QString &databasePath, qint64 total,
                               const std::function<Status(storage::Database &, const exporting::SheetProgress &)> &work);

    // Says why an export failed (nothing for a cancel) in a message box.
    static void report(QWidget *parent, const Status &status);
    // Writes a finished export in the audit trail (docs/audit.md): the list,
    // its filters as the user saw them ("label: value"), and the file.
    // The filters as shown: a combo's choice, a ticked box's label, and that a
    // text was typed (not the text: it may be a name or a national ID).
    static QStringList shownFilters(const QList<const QWidget *> &widgets);
    static void audit(storage::Database &db, const security::Session &who, const Status &status, const QString &list,
                      const QStringList &filters, const QString &path);
};

} // namespace tamkeen::ui
