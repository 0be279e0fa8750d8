#pragma once
// The Sync section: export to a folder (a USB stick) with what will go shown
// first, import of files or a whole folder with progress, cancel and a summary
// per file, the history of exports and imports, the conflicts to resolve, and
// for administrators the devices (and enrolling a new laptop there).
#include "security/Session.h"
#include "sync/Exporter.h"
#include "sync/Importer.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTabWidget;
class QTableWidget;

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::ui {

class AppSettings;
class ConflictsView;
class DevicesView;
class MessageBanner;

class SyncPage : public QWidget {
    Q_OBJECT
public:
    SyncPage(storage::Database &db, const AppSettings &settings, const security::Session &session,
             QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    MessageBanner *banner() const { return m_banner; }
    QComboBox *receiverCombo() const { return m_receiver; }
    QLabel *previewLabel() const { return m_preview; }
    QTableWidget *resultsTable() const { return m_results; }
    QTableWidget *historyTable() const { return m_history; }
    ConflictsView *conflicts() const { return m_conflicts; }
    DevicesView *devices() const { return m_devices; } // administrators only, else null

    void refresh();
    // The buttons' work once the folder or files are chosen.
    Result<sync::ExportSummary> exportTo(const QString &folder);
    QList<sync::ImportSummary> importFiles(const QStringList &files);
    // A package Tamkeen was opened with (a double-click on a .tamkeen file):
    // imported as if chosen with "Import files…", or the banner says why not.
    void importPackage(const QString &path);

signals:
    void synced(); // data or conflicts may have changed

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildExchange();
    void fillReceivers();
    void updatePreview();
    void fillHistory();
    sync::ExportOptions options() const;

    storage::Database &m_db;
    const AppSettings &m_settings;
    security::Session m_session;
    MessageBanner *m_banner;
    QTabWidget *m_tabs;
    QComboBox *m_receiver = nullptr;
    QLabel *m_preview = nullptr;
    QTableWidget *m_results = nullptr, *m_history = nullptr;
    ConflictsView *m_conflicts = nullptr;
    DevicesView *m_devices = nullptr;
};

} // namespace tamkeen::ui
