#include "export/Sheet.h"

#include "export/FileOutput.h"
#include "registry/Csv.h"

#include <QDate>
#include <QFileInfo>
#include <QIODevice>

using namespace Qt::StringLiterals;

namespace tamkeen::exporting {

namespace {

constexpr qint64 kProgressEvery = 250;

Error cancelled()
{
    Error e = makeError(ErrorCode::Invalid, Sheet::tr("The export was cancelled; no file was written."));
    e.subject = "cancelled";
    return e;
}

QString csvCell(const QVariant &value, CellKind kind)
{
    if (value.isNull())
        return {};
    if (kind == CellKind::Date)
        return value.toDate().toString(Qt::ISODate);
    if (kind == CellKind::Number && (value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Int
                                     || value.typeId() == QMetaType::LongLong)) {
        return QString::number(value.toDouble(), 'g', 15);
    }
    return value.toString();
}

} // namespace

SheetFormat Sheet::formatFor(const QString &path)
{
    return QFileInfo(path).suffix().compare(u"csv"_s, Qt::CaseInsensitive) == 0 ? SheetFormat::Csv : SheetFormat::Xlsx;
}

bool Sheet::isCancel(const Error &error)
{
    return error.subject == "cancelled";
}

Result<qint64> Sheet::write(const QString &path, const SheetLayout &layout, const RowFeed &feed,
                            const SheetProgress &progress)
{
    if (formatFor(path) == SheetFormat::Csv)
        return writeCsv(path, layout, feed, progress);
    return writeXlsx(path, layout, feed, progress);
}

Result<qint64> Sheet::writeCsv(const QString &path, const SheetLayout &layout, const RowFeed &feed,
                               const SheetProgress &progress)
{
    qint64 rows = 0;
    const Status written = FileOutput::write(path, [&](QIODevice &out) -> Status {
        QStringList header;
        for (const SheetColumn &c : layout.columns)
            header << c.header;
        QByteArray buffer = "\xEF\xBB\xBF" + registry::csvLine(header);
        bool stopped = false;
        Status failed;
        const Status fed = feed([&](const QVariantList &values) {
            QStringList fields;
            for (qsizetype i = 0; i < layout.columns.size(); ++i)
                fields << csvCell(values.value(i), layout.columns[i].kind);
            buffer += registry::csvLine(fields);
            ++rows;
            if (buffer.size() > (1 << 16)) {
                if (out.write(buffer) != buffer.size()) {
                    failed = FileOutput::writeError(path, out.errorString(), errno);
                    return false;
                }
                buffer.clear();
            }
            if (progress && rows % kProgressEvery == 0 && !progress(rows)) {
                stopped = true;
                return false;
            }
            return true;
        });
        if (!failed)
            return failed;
        if (!fed)
            return fed;
        if (stopped)
            return cancelled();
        if (out.write(buffer) != buffer.size())
            return FileOutput::writeError(path, out.errorString(), errno);
        return {};
    });
    if (!written)
        return written.error();
    if (progress)
        progress(rows);
    return rows;
}

} // namespace tamkeen::exporting
