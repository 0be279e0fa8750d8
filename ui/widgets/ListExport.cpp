#include "widgets/ListExport.h"

#include "format/AppSettings.h"
#include "security/AuditLog.h"
#include "storage/Database.h"
#include "text/Digits.h"
#include "widgets/FileDialogs.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QEventLoop>
#include <QFileInfo>
#include <QHeaderView>
#include <QMessageBox>
#include <QProgressDialog>
#include <QTableView>
#include <QThread>
#include <atomic>
#include <memory>

using namespace Qt::StringLiterals;

namespace tamkeen::ui {

namespace {

// Display text carries isolates and marks around identifiers (Display::ltr)
// and the user's digits; a spreadsheet wants the plain characters.
QString plain(QString text)
{
    static const QList<char16_t> marks = {0x200E, 0x200F, 0x061C, 0x202A, 0x202B, 0x202C,
                                          0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069};
    for (char16_t m : marks)
        text.remove(QChar(m));
    return text::toAsciiDigits(text).trimmed();
}

// Runs `write` on a worker thread (opening `databasePath` there when given)
// while a window-modal progress dialog shows and offers Cancel.
Status runWithProgress(QWidget *parent, const QString &databasePath, qint64 total,
                       const std::function<Status(storage::Database *, const exporting::SheetProgress &)> &write)
{
    QProgressDialog progress(ListExport::tr("Exporting the list…"), ListExport::tr("Cancel"), 0,
                             int(std::min<qint64>(total, INT_MAX)), parent);
    progress.setWindowTitle(ListExport::tr("Export"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    progress.setAutoReset(false);
    progress.setValue(0);
    std::atomic<bool> cancelled = false;
    QObject::connect(&progress, &QProgressDialog::canceled, [&cancelled] { cancelled = true; });
    const exporting::SheetProgress report = [&](qint64 done) {
        QMetaObject::invokeMethod(&progress, [&progress, done] { progress.setValue(int(std::min<qint64>(done, INT_MAX))); },
                                  Qt::QueuedConnection);
        return !cancelled.load();
    };
    Status result;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        if (databasePath.isEmpty()) {
            result = write(nullptr, report);
            return;
        }
        auto db = storage::Database::openAnother(databasePath);
        if (!db) {
            result = db.error();
            return;
        }
        result = write(db.value().get(), report);
    }));
    QEventLoop loop;
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec();
    thread->wait();
    return result;
}

} // namespace

QString ListExport::askPath(QWidget *parent, const AppSettings &settings, const QString &suggestedName)
{
    QString path = files::saveDocument(parent, settings, tr("Export the list"), suggestedName + u".xlsx"_s,
                                       tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"));
    if (path.isEmpty())
        return path;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != u"xlsx" && suffix != u"csv")
        path += u".xlsx"_s;
    return path;
}

bool ListExport::rightToLeft()
{
    return QApplication::layoutDirection() == Qt::RightToLeft;
}

Status ListExport::fromDatabase(QWidget *parent, const QString &databasePath, const QString &path,
                                const exporting::SheetLayout &layout,
                                const std::function<exporting::RowFeed(storage::Database &)> &feedFor, qint64 total)
{
    return runWithProgress(parent, databasePath, total,
                           [&](storage::Database *db, const exporting::SheetProgress &progress) -> Status {
                               auto written = exporting::Sheet::write(path, layout, feedFor(*db), progress);
                               if (!written)
                                   return written.error();
                               return {};
                           });
}

Status ListExport::fromView(QWidget *parent, const QTableView *view, const QString &path, const QString &sheetName,
                            const QList<int> &identifiers)
{
    const QAbstractItemModel *model = view->model();
    exporting::SheetLayout layout;
    layout.name = sheetName;
    layout.rightToLeft = rightToLeft();
    QList<int> columns;
    for (int visual = 0; visual < view->horizontalHeader()->count(); ++visual) {
        const int c = view->horizontalHeader()->logicalIndex(visual);
        if (c < 0 || view->isColumnHidden(c))
            continue;
        columns << c;
        const QString header = plain(model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
        layout.columns.append({header, identifiers.contains(c) ? exporting::CellKind::Identifier
                                                               : exporting::CellKind::Text,
                               std::max(12, int(view->columnWidth(c) / 8))});
    }
    // The rows as shown, read here on the UI thread (a model belongs to it);
    // only the writing goes to the worker.
    QList<QVariantList> rows;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (view->isRowHidden(r))
            continue;
        QVariantList row;
        for (int c : columns)
            row << plain(model->index(r, c).data(Qt::DisplayRole).toString());
        rows << row;
    }
    return runWithProgress(parent, QString(), rows.size(),
                           [&](storage::Database *, const exporting::SheetProgress &progress) -> Status {
                               auto written = exporting::Sheet::write(
                                   path, layout,
                                   [&rows](const exporting::RowSink &sink) -> Status {
                                       for (const QVariantList &row : rows)
                                           if (!sink(row))
                                               break;
                                       return {};
                                   },
                                   progress);
                               if (!written)
                                   return written.error();
                               return {};
                           });
}

Status ListExport::inBackground(QWidget *parent, const QString &databasePath, qint64 total,
                                const std::function<Status(storage::Database &, const exporting::SheetProgress &)> &work)
{
    return runWithProgress(parent, databasePath, total,
                           [&](storage::Database *db, const exporting::SheetProgress &progress) {
                               return work(*db, progress);
                           });
}

QStringList ListExport::shownFilters(const QList<const QWidget *> &widgets)
{
    QStringList out;
    for (const QWidget *w : widgets) {
        if (!w || !w->isVisibleTo(w->window()))
            continue;
        if (const auto *combo = qobject_cast<const QComboBox *>(w))
            out << combo->currentText();
        else if (const auto *box = qobject_cast<const QCheckBox *>(w); box && box->isChecked())
            out << box->text().remove(QLatin1Char('&'));
        else if (const auto *edit = qobject_cast<const QLineEdit *>(w); edit && !edit->text().isEmpty())
            out << tr("a typed search"); // never its text: a name or an ID would stay in the synced trail
    }
    return out;
}

void ListExport::audit(storage::Database &db, const security::Session &who, const Status &status, const QString &list,
                       const QStringList &filters, const QString &path)
{
    if (!status)
        return; // nothing was written
    QStringList parts{list};
    parts += filters;
    parts << path;
    security::AuditLog::logged(security::AuditLog(db).record(who, QStringLiteral("export"), {}, parts.join(QStringLiteral(" — "))));
}

void ListExport::report(QWidget *parent, const Status &status)
{
    if (status || exporting::Sheet::isCancel(status.error()))
        return;
    QMessageBox::warning(parent, tr("Export"), status.error().message);
}

} // namespace tamkeen::ui
