#pragma once
// One exporter for every list: a header of typed columns and a feed of rows,
// written as an XLSX workbook (libxlsxwriter) or as CSV (UTF-8 with a BOM).
// Both are written all or nothing (FileOutput). Text that a spreadsheet would
// run as a formula is neutralised: XLSX cells are always strings (never
// formulas) and such strings carry Excel's quote prefix; CSV cells get an
// apostrophe in front (registry::Csv::guard), which our import removes again.
#include "common/Result.h"

#include <QCoreApplication>
#include <QVariant>
#include <functional>

namespace tamkeen::exporting {

enum class SheetFormat { Xlsx, Csv };

enum class CellKind {
    Text,
    Identifier, // IDs, phone and file numbers: always text, so 14 digits stay 14 digits
    Number,     // written as a number when the value is one, else as text
    Date,       // a QDate: an Excel date shown yyyy-mm-dd; ISO in CSV
    Percent,    // a fraction (0.25) shown as a percentage (25%); Workbook only
};

struct SheetColumn {
    QString header;
    CellKind kind = CellKind::Text;
    int width = 0; // in characters; 0: from the header, at least 10
};

struct SheetLayout {
    QString name; // the worksheet's name (shortened to Excel's 31 characters)
    QList<SheetColumn> columns;
    bool rightToLeft = false;
};

// Calls `row` once per row, stopping early when it returns false.
using RowSink = std::function<bool(const QVariantList &)>;
using RowFeed = std::function<Status(const RowSink &row)>;
// Called every few hundred rows; returning false cancels.
using SheetProgress = std::function<bool(qint64 done)>;

class Sheet {
    Q_DECLARE_TR_FUNCTIONS(Sheet)
public:
    // .csv is CSV; anything else is XLSX.
    static SheetFormat formatFor(const QString &path);
    // Writes the header and every row of `feed` to `path`; on any failure or a
    // cancel, `path` is left as it was. Returns the number of rows written.
    static Result<qint64> write(const QString &path, const SheetLayout &layout, const RowFeed &feed,
                                const SheetProgress &progress = {});
    // The error a cancelled export returns (ErrorCode::Invalid, subject "cancelled").
    static bool isCancel(const Error &error);

private:
    static Result<qint64> writeCsv(const QString &path, const SheetLayout &layout, const RowFeed &feed,
                                   const SheetProgress &progress);
    static Result<qint64> writeXlsx(const QString &path, const SheetLayout &layout, const RowFeed &feed,
                                    const SheetProgress &progress);
};

} // namespace tamkeen::exporting
