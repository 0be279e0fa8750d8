#pragma once
// A workbook of several small sheets (the Reports section's tables): each
// sheet a title block (the report's title, period and filters, one line a
// row), then a header row and typed cells, right to left when asked. Written
// with libxlsxwriter into a private temporary folder, then to the chosen path
// through FileOutput, all or nothing. Sheet stays the writer of long lists.
#include "export/Sheet.h"

namespace tamkeen::exporting {

struct WorkbookCell {
    QVariant value;
    CellKind kind = CellKind::Text;
};

struct WorkbookSheet {
    QString name;           // shortened to Excel's 31 characters, made unique
    QStringList titleBlock; // the first line bold
    QStringList headers;
    QList<QList<WorkbookCell>> rows;
    bool rightToLeft = false;
};

class Workbook {
    Q_DECLARE_TR_FUNCTIONS(Workbook)
public:
    static Status write(const QString &path, const QList<WorkbookSheet> &sheets);
    // The worksheet name Excel accepts: no []:*?/\, at most 31 characters.
    static QString sheetName(const QString &wanted);
};

} // namespace tamkeen::exporting
