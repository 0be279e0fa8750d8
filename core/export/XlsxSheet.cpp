// The XLSX side of Sheet: libxlsxwriter in constant-memory mode (rows go to a
// temporary file as they come, so 100,000 households need no more memory than
// ten), into a private temporary folder; the finished workbook is then copied
// to the chosen path through FileOutput, all or nothing.
#include "export/FileOutput.h"
#include "export/Sheet.h"
#include "registry/Csv.h"

#include <QDate>
#include <QFile>
#include <QTemporaryDir>
#include <xlsxwriter.h>

using namespace Qt::StringLiterals;

namespace tamkeen::exporting {

namespace {

constexpr qint64 kProgressEvery = 250;
constexpr int kMaxCellText = 32767; // Excel's limit for one cell

QString sheetName(const QString &wanted)
{
    QString name = wanted;
    for (QChar bad : {u'[', u']', u':', u'*', u'?', u'/', u'\\'})
        name.replace(bad, u' ');
    name = name.trimmed().left(31);
    return name.isEmpty() ? u"Sheet1"_s : name;
}

Error libraryError(lxw_error e)
{
    return makeError(ErrorCode::Io, Sheet::tr("The workbook could not be made (%1). Try again, or export CSV instead.")
                                        .arg(QString::fromUtf8(lxw_strerror(e))));
}

} // namespace

Result<qint64> Sheet::writeXlsx(const QString &path, const SheetLayout &layout, const RowFeed &feed,
                                const SheetProgress &progress)
{
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return FileOutput::writeError(scratch.path(), scratch.errorString(), 0);
    const QByteArray tmpDir = QFile::encodeName(scratch.path());
    const QByteArray file = QFile::encodeName(scratch.filePath(u"sheet.xlsx"_s));
    lxw_workbook_options options{};
    options.constant_memory = 1;
    options.tmpdir = const_cast<char *>(tmpDir.constData());
    lxw_workbook *book = workbook_new_opt(file.constData(), &options);
    if (!book)
        return libraryError(LXW_ERROR_MEMORY_MALLOC_FAILED);
    lxw_worksheet *sheet = workbook_add_worksheet(book, sheetName(layout.name).toUtf8().constData());
    if (!sheet)
        sheet = workbook_add_worksheet(book, nullptr);
    lxw_format *header = workbook_add_format(book);
    format_set_bold(header);
    format_set_bg_color(header, 0xE8EEF4);
    format_set_bottom(header, LXW_BORDER_THIN);
    // "@" is Excel's Text format: the cell stays text when someone edits it, so
    // an identifier keeps its leading zeros and a "=…" stays words.
    lxw_format *text = workbook_add_format(book);
    format_set_num_format_index(text, 49); // built-in 49 is "@"
    lxw_format *date = workbook_add_format(book);
    format_set_num_format(date, "yyyy-mm-dd");
    if (layout.rightToLeft)
        worksheet_right_to_left(sheet);
    worksheet_freeze_panes(sheet, 1, 0);
    for (int c = 0; c < layout.columns.size(); ++c) {
        const SheetColumn &col = layout.columns[c];
        const int width = std::max({10, int(col.header.size()) + 4, col.width});
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), width,
                             col.kind == CellKind::Identifier ? text : nullptr);
        worksheet_write_string(sheet, 0, lxw_col_t(c), col.header.toUtf8().constData(), header);
    }

    qint64 rows = 0;
    lxw_error failed = LXW_NO_ERROR;
    bool stopped = false;
    bool tooMany = false;
    const Status fed = feed([&](const QVariantList &values) {
        if (rows + 1 >= LXW_ROW_MAX) {
            tooMany = true;
            return false;
        }
        const lxw_row_t r = lxw_row_t(rows + 1);
        for (int c = 0; c < layout.columns.size(); ++c) {
            const QVariant v = values.value(c);
            if (v.isNull())
                continue;
            const CellKind kind = layout.columns[c].kind;
            lxw_error e = LXW_NO_ERROR;
            if (kind == CellKind::Date && v.toDate().isValid()) {
                const QDate d = v.toDate();
                lxw_datetime dt{d.year(), d.month(), d.day(), 0, 0, 0.0};
                e = worksheet_write_datetime(sheet, r, lxw_col_t(c), &dt, date);
            } else if (kind == CellKind::Number && (v.typeId() == QMetaType::Double || v.typeId() == QMetaType::Int
                                                    || v.typeId() == QMetaType::LongLong)) {
                e = worksheet_write_number(sheet, r, lxw_col_t(c), v.toDouble(), nullptr);
            } else {
                // Always a string cell, never worksheet_write_formula.
                const QString s = v.toString().left(kMaxCellText);
                const bool asText = kind == CellKind::Identifier || registry::Csv::looksLikeFormula(s);
                e = worksheet_write_string(sheet, r, lxw_col_t(c), s.toUtf8().constData(), asText ? text : nullptr);
            }
            if (e != LXW_NO_ERROR) {
                failed = e;
                return false;
            }
        }
        ++rows;
        if (progress && rows % kProgressEvery == 0 && !progress(rows)) {
            stopped = true;
            return false;
        }
        return true;
    });
    // Closing writes the workbook into the scratch folder; on any failure the
    // folder and its file are removed with `scratch`.
    const lxw_error closed = workbook_close(book);
    if (!fed)
        return fed.error();
    if (stopped) {
        Error e = makeError(ErrorCode::Invalid, tr("The export was cancelled; no file was written."));
        e.subject = "cancelled";
        return e;
    }
    if (tooMany)
        return makeError(ErrorCode::Invalid, tr("The list has more rows than one worksheet can hold (about a "
                                                "million). Narrow the list with the filters, or export CSV."));
    if (failed != LXW_NO_ERROR)
        return libraryError(failed);
    if (closed != LXW_NO_ERROR)
        return libraryError(closed);
    QFile made(QFile::decodeName(file));
    if (!made.open(QIODevice::ReadOnly))
        return FileOutput::writeError(made.fileName(), made.errorString(), errno);
    const Status copied = FileOutput::write(path, [&](QIODevice &out) -> Status {
        while (!made.atEnd()) {
            const QByteArray chunk = made.read(1 << 20);
            if (chunk.isEmpty() && made.error() != QFileDevice::NoError)
                return FileOutput::writeError(made.fileName(), made.errorString(), errno);
            if (out.write(chunk) != chunk.size())
                return FileOutput::writeError(path, out.errorString(), errno);
        }
        return {};
    });
    if (!copied)
        return copied.error();
    if (progress)
        progress(rows);
    return rows;
}

} // namespace tamkeen::exporting
