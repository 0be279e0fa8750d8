#include "sync/SyncPage.h"

#include "format/AppSettings.h"
#include "format/Display.h"
#include "org/DeviceInfo.h"
#include "storage/Database.h"
#include "sync/ConflictsView.h"
#include "sync/DevicesView.h"
#include "sync/OffUiThread.h"
#include "sync/SyncDevices.h"
#include "sync/SyncText.h"
#include "widgets/Heading.h"
#include "widgets/MessageBanner.h"
#include "widgets/ReadOnlyTable.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTimer>
#include <QTableWidget>
#include <QVBoxLayout>
#include <atomic>

using namespace Qt::StringLiterals;

namespace tamkeen::ui {

SyncPage::SyncPage(storage::Database &db, const AppSettings &settings, const security::Session &session, QWidget *parent)
    : QWidget(parent), m_db(db), m_settings(settings), m_session(session), m_banner(new MessageBanner(this)),
      m_tabs(new QTabWidget(this))
{
    setObjectName(u"syncPage"_s);
    m_tabs->addTab(buildExchange(), tr("Export and import"));
    m_conflicts = new ConflictsView(db, settings, session, m_banner, this);
    m_tabs->addTab(m_conflicts, tr("Conflicts"));
    connect(m_conflicts, &ConflictsView::countChanged, this, [this](qint64 open) {
        m_tabs->setTabText(1, open == 0 ? tr("Conflicts")
                                        : tr("Conflicts (%1)").arg(Display(m_settings).number(open)));
    });
    connect(m_conflicts, &ConflictsView::countChanged, this, &SyncPage::synced);
    if (session.isAdministrator()) {
        m_devices = new DevicesView(db, settings, session, m_banner, this);
        m_tabs->addTab(m_devices, tr("Devices"));
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading(tr("Sync between computers"), this));
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    connect(&settings, &AppSettings::displayChanged, this, &SyncPage::refresh);
    // History, conflicts and devices change through imports and resolutions.
    connect(&db.notifier(), &Notifier::syncChanged, this, &SyncPage::refresh);
}

QWidget *SyncPage::buildExchange()
{
    auto *tab = new QWidget(this);
    m_receiver = new QComboBox(tab);
    m_receiver->setObjectName(u"receiver"_s);
    m_preview = new QLabel(tab);
    m_preview->setObjectName(u"preview"_s);
    m_preview->setWordWrap(true);
    auto *exportButton = new QPushButton(tr("Export to a folder or USB stick…"), tab);
    exportButton->setObjectName(u"exportButton"_s);
    connect(m_receiver, &QComboBox::currentIndexChanged, this, &SyncPage::updatePreview);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(
            this, tr("Where should the package go?"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
        if (!folder.isEmpty())
            (void)exportTo(folder); // the banner shows the outcome
    });
    auto *exportBox = new QGroupBox(tr("Export"), tab);
    auto *exportLayout = new QVBoxLayout(exportBox);
    auto *receiverRow = new QHBoxLayout;
    receiverRow->addWidget(new QLabel(tr("For:"), exportBox));
    receiverRow->addWidget(m_receiver, 1);
    exportLayout->addLayout(receiverRow);
    exportLayout->addWidget(m_preview);
    auto *exportRow = new QHBoxLayout;
    exportRow->addWidget(exportButton);
    exportRow->addStretch(1);
    exportLayout->addLayout(exportRow);

    auto *importFilesButton = new QPushButton(tr("Import files…"), tab);
    importFilesButton->setObjectName(u"importFiles"_s);
    auto *importFolderButton = new QPushButton(tr("Import a whole folder…"), tab);
    importFolderButton->setObjectName(u"importFolder"_s);
    connect(importFilesButton, &QPushButton::clicked, this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(
            this, tr("Packages to import"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
            tr("Tamkeen packages and snapshots (*.tamkeen *.tamkeen-snapshot)"));
        if (!files.isEmpty())
            importFiles(files);
    });
    connect(importFolderButton, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(
            this, tr("Folder of packages"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
        if (folder.isEmpty())
            return;
        const QStringList files = sync::Importer::packagesIn(folder);
        if (files.isEmpty()) {
            m_banner->showInfo(tr("There are no Tamkeen packages (.tamkeen) in that folder."));
            return;
        }
        importFiles(files);
    });
    m_results = readOnlyTable({tr("File"), tr("New"), tr("Updated"), tr("Unchanged"), tr("Conflicts"), tr("Result")}, tab, 5);
    m_results->setObjectName(u"importResults"_s);
    m_results->setMaximumHeight(120);
    auto *importBox = new QGroupBox(tr("Import"), tab);
    auto *importLayout = new QVBoxLayout(importBox);
    auto *importRow = new QHBoxLayout;
    importRow->addWidget(importFilesButton);
    importRow->addWidget(importFolderButton);
    importRow->addStretch(1);
    importLayout->addLayout(importRow);
    importLayout->addWidget(m_results);

    m_history = readOnlyTable({tr("When"), tr("What"), tr("File"), tr("Other computer"), tr("Result")}, tab, 4);
    m_history->setObjectName(u"history"_s);
    auto *historyBox = new QGroupBox(tr("History"), tab);
    auto *historyLayout = new QVBoxLayout(historyBox);
    historyLayout->addWidget(m_history);

    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(exportBox);
    layout->addWidget(importBox);
    layout->addWidget(historyBox, 1);
    return tab;
}

void SyncPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void SyncPage::refresh()
{
    fillReceivers();
    updatePreview();
    fillHistory();
    m_conflicts->refresh();
    if (m_devices)
        m_devices->refresh();
}

void SyncPage::fillReceivers()
{
    const QVariant current = m_receiver->currentData();
    const QSignalBlocker quiet(m_receiver);
    m_receiver->clear();
    m_receiver->addItem(tr("Any computer (what any of them may lack)"), QString());
    auto devices = sync::SyncDevices(m_db).list();
    if (devices) {
        for (const sync::SyncDevice &d : devices.value())
            if (!d.thisDevice && !d.revoked)
                m_receiver->addItem(tr("Only what %1 (%2) lacks").arg(d.name, d.centre), d.id);
    }
    m_receiver->addItem(tr("Everything on this computer"), u"all"_s);
    const int index = m_receiver->findData(current);
    m_receiver->setCurrentIndex(index >= 0 ? index : 0);
}

sync::ExportOptions SyncPage::options() const
{
    sync::ExportOptions o;
    const QVariant data = m_receiver->currentData();
    if (data.typeId() == QMetaType::QByteArray)
        o.forDevice = data.toByteArray();
    else
        o.all = data.toString() == u"all";
    return o;
}

void SyncPage::updatePreview()
{
    auto preview = sync::Exporter(m_db).preview(options());
    if (!preview) {
        m_preview->setText(preview.error().message);
        return;
    }
    const Display display(m_settings);
    const sync::ExportSummary &s = preview.value();
    if (s.entries == 0) {
        m_preview->setText(tr("Nothing new to send: the package will only tell the others what this computer holds."));
        return;
    }
    QStringList parts;
    for (auto it = s.perTable.begin(); it != s.perTable.end(); ++it)
        parts << tr("%1: %2").arg(SyncText::table(it.key()), display.number(it.value()));
    m_preview->setText(tr("%1 will go (%2).")
                           .arg(display.digits(tr("%Ln change(s)", nullptr, int(s.entries))), Display::joined(parts)));
}

void SyncPage::fillHistory()
{
    auto history = sync::SyncDevices(m_db).history();
    if (!history) {
        m_banner->showError(history.error().message);
        return;
    }
    const Display display(m_settings);
    const QList<sync::SyncEvent> &rows = history.value();
    m_history->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const sync::SyncEvent &e = rows[r];
        QString result;
        if (!e.refused.isEmpty())
            result = tr("Refused: %1").arg(e.refused);
        else if (e.direction == u"export")
            result = display.digits(tr("%Ln change(s) sent", nullptr, int(e.entries)));
        else
            result = Display::joined({tr("new: %1").arg(display.number(e.newRows)),
                                      tr("updated: %1").arg(display.number(e.updated)),
                                      tr("unchanged: %1").arg(display.number(e.unchanged)),
                                      tr("conflicts: %1").arg(display.number(e.conflicts))});
        QStringList names;
        for (const QString &file : e.file.split(u", "_s))
            names << QFileInfo(file).fileName();
        const QStringList cells = {display.moment(e.at), e.direction == u"export" ? tr("Export") : tr("Import"),
                                   Display::ltr(names.join(u", "_s)), e.peerName, result};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setToolTip(c == 2 ? QDir::toNativeSeparators(e.file) : cells[c]);
            if (!e.refused.isEmpty())
                item->setForeground(QColor(0x8a, 0x1c, 0x1c));
            m_history->setItem(r, c, item);
        }
    }
}

Result<sync::ExportSummary> SyncPage::exportTo(const QString &folder)
{
    auto device = org::Devices::thisDevice(m_db);
    const QString name = u"tamkeen-%1-%2-%3.tamkeen"_s.arg(device ? device.value().centreCode : u"X"_s)
                             .arg(device ? device.value().number : 0, 2, 10, QLatin1Char('0'))
                             .arg(QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s));
    const QString path = QDir(folder).filePath(name);
    const sync::ExportOptions chosen = options();
    Result<sync::ExportSummary> written = makeError(ErrorCode::Invalid, QString());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status opened = runOffUiThread(
        m_db, [&](storage::Database &db) { written = sync::Exporter(db).write(path, chosen); },
        QEventLoop::ExcludeUserInputEvents);
    QApplication::restoreOverrideCursor();
    if (!opened)
        written = opened.error();
    if (!written) {
        m_banner->showError(written.error().message);
        return written;
    }
    m_banner->showSuccess(tr("Exported %1 to %2.")
                              .arg(Display(m_settings).digits(tr("%Ln change(s)", nullptr, int(written.value().entries))),
                                   Display::ltr(QDir::toNativeSeparators(written.value().files.join(u", "_s)))));
    refresh();
    emit synced();
    return written;
}

void SyncPage::importPackage(const QString &path)
{
    const QFileInfo file(path);
    const QString shown = Display::ltr(QDir::toNativeSeparators(file.absoluteFilePath()));
    if (!file.exists())
        m_banner->showError(tr("There is no file %1 to import: it may have been moved or renamed.").arg(shown));
    else if (!file.isFile() || file.suffix().compare(u"tamkeen"_s, Qt::CaseInsensitive) != 0)
        m_banner->showError(tr("%1 is not a Tamkeen package (.tamkeen); nothing was imported.").arg(shown));
    else
        importFiles({file.absoluteFilePath()});
}

QList<sync::ImportSummary> SyncPage::importFiles(const QStringList &files)
{
    if (files.isEmpty())
        return {};
    const Display display(m_settings);
    QProgressDialog progress(tr("Importing…"), tr("Cancel"), 0, 1000, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    // The import runs on a worker thread; it reports here through two atomics,
    // read by a timer, and stops at the next part of the file when cancelled.
    std::atomic<int> permille{0}, fileIndex{0};
    std::atomic<bool> cancelled{false};
    connect(&progress, &QProgressDialog::canceled, this, [&] { cancelled = true; });
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&] {
        const int at = std::min(int(files.size()) - 1, fileIndex.load());
        progress.setLabelText(tr("Importing %1…").arg(QFileInfo(files[std::max(0, at)]).fileName()));
        progress.setValue(permille);
    });
    ticker.start(100);
    sync::ImportOptions options;
    options.progress = [&](qint64 done, qint64 total) {
        const double part = total > 0 ? double(done) / double(total) : 0;
        permille = int(1000 * (fileIndex + part) / double(files.size()));
        return !cancelled;
    };
    QList<sync::ImportSummary> summaries;
    const Status opened = runOffUiThread(m_db, [&](storage::Database &db) {
        sync::Importer importer(db, options);
        for (; fileIndex < files.size() && !cancelled; ++fileIndex)
            summaries << importer.importFile(files[fileIndex]);
    });
    ticker.stop();
    progress.setValue(1000);
    (void)m_db.reloadClockState(); // the import raised the floor through its own connection
    // The worker's connection announced on its own notifier, heard by nobody:
    // the open lists and files learn of the imported changes here, on the UI thread.
    Notifier::Areas changed = Notifier::Sync;
    for (const sync::ImportSummary &s : std::as_const(summaries))
        changed |= Notifier::areasOf(s.tables);
    if (!opened) {
        m_banner->showError(opened.error().message);
        return summaries;
    }
    m_results->setRowCount(int(summaries.size()));
    int refused = 0;
    for (int r = 0; r < summaries.size(); ++r) {
        const sync::ImportSummary &s = summaries[r];
        refused += s.ok() ? 0 : 1;
        const QString result = !s.ok()              ? s.refused
                               : s.snapshot        ? tr("Started from this snapshot; the search index is being built")
                               : s.alreadyImported ? tr("Imported before: nothing changed")
                               : s.waiting > 0     ? tr("Imported; %1 wait for records not here yet")
                                                     .arg(display.digits(tr("%Ln change(s)", nullptr, int(s.waiting))))
                               : s.documents > 0   ? display.digits(tr("Imported, with %Ln document(s)", nullptr,
                                                                       int(s.documents)))
                                                   : tr("Imported");
        const QStringList cells = {Display::ltr(QFileInfo(s.file).fileName()), display.number(s.newRows),
                                   display.number(s.updated), display.number(s.unchanged), display.number(s.conflicts),
                                   result};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (!s.ok())
                item->setForeground(QColor(0x8a, 0x1c, 0x1c));
            item->setToolTip(cells[c]);
            m_results->setItem(r, c, item);
        }
    }
    // A restored or copied laptop went on under a new identity (in the
    // worker's connection): this connection writes under it too, and says so.
    QString identityNote;
    for (const sync::ImportSummary &s : std::as_const(summaries)) {
        if (!s.newDeviceId.isEmpty()) {
            m_db.setDeviceId(s.newDeviceId);
            identityNote = s.identityNote;
        }
    }
    if (!identityNote.isEmpty())
        m_banner->showInfo(identityNote);
    else if (refused > 0)
        m_banner->showError(tr("%1 of %2 were not imported; see why in the list.")
                                .arg(display.number(refused),
                                     display.digits(tr("%Ln file(s)", nullptr, int(summaries.size())))));
    else
        m_banner->showSuccess(display.digits(tr("%Ln file(s) imported.", nullptr, int(summaries.size()))));
    m_db.notifier().announce(changed); // this page refreshes through syncChanged
    emit synced();
    return summaries;
}

} // namespace tamkeen::ui
