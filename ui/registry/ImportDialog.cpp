#include "registry/ImportDialog.h"

#include "format/Display.h"
#include "registry/Csv.h"
#include "registry/CsvImport.h"
#include "storage/Database.h"
#include "sync/OffUiThread.h"
#include "widgets/FileDialogs.h"
#include "widgets/MessageBanner.h"
#include "widgets/TabOrder.h"
#include "widgets/WindowGeometry.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tamkeen::ui {

ImportDialog::ImportDialog(storage::Database &db, const AppSettings &settings, const security::Session &session,
                           QWidget *parent)
    : QDialog(parent), m_db(db), m_settings(settings), m_session(session), m_banner(new MessageBanner(this)), m_file(new QLabel(this)),
      m_preview(new QTableWidget(this)), m_problems(new QListWidget(this)), m_progress(new QProgressBar(this))
{
    setWindowTitle(tr("Import households from a CSV file"));
    setObjectName(u"importDialog"_s);
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    auto *choose = new QPushButton(tr("Choose a file…"), this);
    row->addWidget(choose);
    row->addWidget(m_file, 1);
    layout->addLayout(row);
    layout->addWidget(m_banner);
    layout->addWidget(new QLabel(tr("The first rows of the file, numbered by their line in the file"), this));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->setDefaultSectionSize(22);
    layout->addWidget(m_preview, 2);
    layout->addWidget(new QLabel(tr("Problems found (nothing is imported while there are any)"), this));
    layout->addWidget(m_problems, 1);
    m_progress->setVisible(false);
    layout->addWidget(m_progress);
    auto *box = new QDialogButtonBox(this);
    m_import = box->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(u"submit"_s);
    m_import->setEnabled(false);
    m_cancel = box->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(box);
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString path = files::openDocument(this, m_settings, tr("Import households"),
                                                 tr("CSV or Unicode text files (*.csv *.txt)"));
        if (!path.isEmpty())
            loadFile(path);
    });
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (isRunning())
            m_cancelled = true;
        else
            reject();
    });
    rememberGeometry(this, QSize(900, 620));
    followLayoutOrder(this);
}

ImportDialog::~ImportDialog()
{
    if (m_worker) {
        m_cancelled = true;
        m_worker->wait();
    }
}

bool ImportDialog::isRunning() const
{
    return m_worker && m_worker->isRunning();
}

bool ImportDialog::loadFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        m_banner->showError(tr("%1 cannot be read: %2").arg(path, f.errorString()));
        return false;
    }
    m_path = path;
    m_csv = f.readAll();
    m_file->setText(path);
    auto parsed = registry::Csv::parse(m_csv);
    const QList<registry::CsvRow> rows = parsed ? parsed.value() : QList<registry::CsvRow>();
    m_preview->clear();
    m_preview->setRowCount(0);
    if (!rows.isEmpty()) {
        m_preview->setColumnCount(int(rows[0].fields.size()));
        m_preview->setHorizontalHeaderLabels(rows[0].fields);
        const int shown = std::min<int>(int(rows.size()) - 1, 20);
        m_preview->setRowCount(shown);
        // Rows are numbered by their line in the file, as the problems are
        // (the header is line 1; a quoted line break makes a row span two).
        QStringList lines;
        const Display display(m_settings);
        for (int r = 0; r < shown; ++r) {
            lines << display.number(rows[r + 1].line);
            for (int c = 0; c < rows[r + 1].fields.size() && c < m_preview->columnCount(); ++c)
                m_preview->setItem(r, c, new QTableWidgetItem(rows[r + 1].fields[c]));
        }
        m_preview->setVerticalHeaderLabels(lines);
    }
    check();
    return true;
}

void ImportDialog::check()
{
    registry::ImportOptions dry;
    dry.dryRun = true;
    // The check is the import rolled back (every row written, then undone): on a
    // worker thread with its own connection, so a long file does not freeze the window.
    m_import->setEnabled(false);
    registry::ImportReport report;
    const Status opened = runOffUiThread(m_db, [&](storage::Database &db) {
        report = registry::CsvImport::run(db, m_session, m_csv, dry);
    }, QEventLoop::ExcludeUserInputEvents);
    if (!opened)
        report.issues.append({0, opened.error().message});
    m_problems->clear();
    for (const registry::ImportIssue &i : report.issues)
        m_problems->addItem(problemText(i.line, i.message));
    m_import->setEnabled(report.issues.isEmpty() && report.households > 0);
    if (report.issues.isEmpty())
        m_banner->showInfo(tr("Ready to import %1 households with %2 members.")
                                 .arg(Display(m_settings).number(report.households), Display(m_settings).number(report.members)));
    else
        m_banner->showError(tr("%1 problems found. Correct the file and choose it again.")
                                .arg(Display(m_settings).number(int(report.issues.size()))));
}

// The import runs on its own connection in a worker thread (DESIGN.md §3).
void ImportDialog::startImport()
{
    if (isRunning() || m_csv.isEmpty())
        return;
    m_cancelled = false;
    m_import->setEnabled(false);
    m_progress->setVisible(true);
    m_progress->setValue(0);
    const QString path = m_db.path();
    const QByteArray csv = m_csv;
    const security::Session session = m_session;
    m_worker = QThread::create([this, path, csv, session] {
        QList<registry::ImportIssue> problems;
        bool imported = false;
        int households = 0, members = 0;
        auto db = storage::Database::openAnother(path);
        if (!db) {
            problems.append({0, db.error().message});
        } else {
            const registry::ImportReport r = registry::CsvImport::run(
                *db.value(), session, csv, {}, [this](int done, int total) {
                    QMetaObject::invokeMethod(this, [this, done, total] {
                        m_progress->setMaximum(total);
                        m_progress->setValue(done);
                    });
                    return !m_cancelled.load();
                });
            imported = r.imported;
            households = r.households;
            members = r.members;
            problems = r.issues;
        }
        QMetaObject::invokeMethod(this, [=, this] { finished(imported, households, members, problems); });
    });
    connect(m_worker, &QThread::finished, m_worker, &QObject::deleteLater);
    m_worker->start();
}

QString ImportDialog::problemText(int line, const QString &message) const
{
    return line > 0 ? tr("Line %1: %2").arg(Display(m_settings).number(line), message) : message;
}

void ImportDialog::finished(bool ok, int households, int members, const QList<registry::ImportIssue> &issues)
{
    m_progress->setVisible(false);
    m_problems->clear();
    QStringList problems;
    for (const registry::ImportIssue &i : issues)
        problems << problemText(i.line, i.message);
    m_problems->addItems(problems);
    if (ok) {
        m_banner->showSuccess(tr("Imported %1 households with %2 members.")
                                    .arg(Display(m_settings).number(households), Display(m_settings).number(members)));
        // Written through the worker's own connection: the open lists learn of it here.
        m_db.notifier().announce(Notifier::Households);
        emit imported();
    } else {
        m_banner->showError(problems.value(0, tr("Nothing was imported.")));
        m_import->setEnabled(true);
    }
}

} // namespace tamkeen::ui
