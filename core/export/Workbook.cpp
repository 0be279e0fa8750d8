#include "export/Workbook.h"

#include "export/FileOutput.h"
#include "registry/Csv.h"

#include <QDate>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <xlsxwriter.h>

using namespace Qt::StringLiterals;

namespace tamkeen::exporting {

namespace {

constexpr int kMaxCellText = 32767;

Error libraryError(lxw_error e)
{
    return makeError(ErrorCode::Io, Workbook::tr("The workbook could not be made (%1). Try again, or export CSV instead.")
                                        .arg(QString::fromUtf8(lxw_strerror(e))));
}

struct Formats {
    lxw_format *title, *header, *text, *date, *percent, *number;
};

lxw_error writeCell(lxw_worksheet *sheet, lxw_row_t r, lxw_col_t c, const WorkbookCell &cell, const Formats &f)
{
    const QVariant &v = cell.value;
    if (v.isNull())
        return LXW_NO_ERROR;
    const bool numeric = v.typeId() == QMetaType::Double || v.typeId() == QMetaType::Int
                         || v.typeId() == QMetaType::LongLong;
    if (cell.kind == CellKind::Date && v.typeId() == QMetaType::QDate && v.toDate().isValid()) {
        const QDate d = v.toDate();
        lxw_datetime dt{d.year(), d.month(), d.day(), 0, 0, 0.0};
        return worksheet_write_datetime(sheet, r, c, &dt, f.date);
    }
    if ((cell.kind == CellKind::Number || cell.kind == CellKind::Percent) && numeric)
        return worksheet_write_number(sheet, r, c, v.toDouble(), cell.kind == CellKind::Percent ? f.percent : f.number);
    // Always a string cell, never a formula; identifiers and formula-like text in the Text format.
    const QString s = v.toString().left(kMaxCellText);
    const bool asText = cell.kind == CellKind::Identifier || registry::Csv::looksLikeFormula(s);
    return worksheet_write_string(sheet, r, c, s.toUtf8().constData(), asText ? f.text : nullptr);
}

} // namespace

QString Workbook::sheetName(const QString &wanted)
{
    QString name = wanted;
    for (QChar bad : {u'[', u']', u':', u'*', u'?', u'/', u'\\'})
        name.replace(bad, u' ');
    name = name.trimmed().left(31);
    return name.isEmpty() ? u"Sheet"_s : name;
}

Status Workbook::write(const QString &path, const QList<WorkbookSheet> &sheets)
{
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return FileOutput::writeError(scratch.path(), scratch.errorString(), 0);
    const QByteArray tmpDir = QFile::encodeName(scratch.path());
    const QByteArray file = QFile::encodeName(scratch.filePath(u"report.xlsx"_s));
    lxw_workbook_options options{};
    options.tmpdir = const_cast<char *>(tmpDir.constData());
    lxw_workbook *book = workbook_new_opt(file.constData(), &options);
    if (!book)
        return libraryError(LXW_ERROR_MEMORY_MALLOC_FAILED);
    Formats f{};
    f.title = workbook_add_format(book);
    format_set_bold(f.title);
    format_set_font_size(f.title, 14);
    f.header = workbook_add_format(book);
    format_set_bold(f.header);
    format_set_bg_color(f.header, 0xE8EEF4);
    format_set_bottom(f.header, LXW_BORDER_THIN);
    f.text = workbook_add_format(book);
    format_set_num_format_index(f.text, 49); // "@": an identifier stays text when edited
    f.date = workbook_add_format(book);
    format_set_num_format(f.date, "yyyy-mm-dd");
    f.percent = workbook_add_format(book);
    format_set_num_format(f.percent, "0%");
    f.number = workbook_add_format(book);
    format_set_num_format(f.number, "#,##0.##");

    lxw_error failed = LXW_NO_ERROR;
    auto check = [&](lxw_error e) {
        if (e != LXW_NO_ERROR && failed == LXW_NO_ERROR)
            failed = e;
    };
    QSet<QString> used;
    for (const WorkbookSheet &s : sheets) {
        // Two tables with the same first 31 characters get "(2)", "(3)" at the end.
        QString name = sheetName(s.name);
        for (int n = 2; used.contains(name.toLower()); ++n)
            name = sheetName(s.name).left(26) + u" (%1)"_s.arg(n);
        used.insert(name.toLower());
        lxw_worksheet *sheet = workbook_add_worksheet(book, name.toUtf8().constData());
        if (!sheet) {
            failed = LXW_ERROR_SHEETNAME_ALREADY_USED;
            break;
        }
        if (s.rightToLeft)
            worksheet_right_to_left(sheet);
        lxw_row_t r = 0;
        for (const QString &line : s.titleBlock) {
            check(worksheet_write_string(sheet, r, 0, line.toUtf8().constData(), r == 0 ? f.title : nullptr));
            ++r;
        }
        if (!s.titleBlock.isEmpty())
            ++r; // a blank row before the table
        for (int c = 0; c < s.headers.size(); ++c) {
            int width = std::max(12, int(s.headers[c].size()) + 4);
            for (const QList<WorkbookCell> &row : s.rows)
                if (c < row.size())
                    width = std::max(width, std::min(60, int(row[c].value.toString().size()) + 2));
            worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), width, nullptr);
            check(worksheet_write_string(sheet, r, lxw_col_t(c), s.headers[c].toUtf8().constData(), f.header));
        }
        worksheet_freeze_panes(sheet, r + 1, 0);
        ++r;
        for (const QList<WorkbookCell> &row : s.rows) {
            for (int c = 0; c < row.size(); ++c)
                check(writeCell(sheet, r, lxw_col_t(c), row[c], f));
            ++r;
        }
    }
    const lxw_error closed = workbook_close(book);
    if (failed != LXW_NO_ERROR)
        return libraryError(failed);
    if (closed != LXW_NO_ERROR)
        return libraryError(closed);
    QFile made(QFile::decodeName(file));
    if (!made.open(QIODevice::ReadOnly))
        return FileOutput::writeError(made.fileName(), made.errorString(), errno);
    return FileOutput::write(path, made.readAll());
}

} // namespace tamkeen::exporting
