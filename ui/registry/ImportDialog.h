#pragma once
// File → Import: preview a CSV file, check every row, then import it on a worker
// thread with a progress bar and a Cancel button (cancelling imports nothing).
#include "registry/CsvImport.h"
#include "security/Session.h"

#include <QDialog>
#include <QPointer>
#include <atomic>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QThread;

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::ui {

class AppSettings;
class MessageBanner;

class ImportDialog : public QDialog {
    Q_OBJECT
public:
    ImportDialog(storage::Database &db, const AppSettings &settings, const security::Session &session,
                 QWidget *parent = nullptr);
    ~ImportDialog() override;

    bool loadFile(const QString &path); // shows the preview and the check's result
    void startImport();
    bool isRunning() const;
    QListWidget *problems() const { return m_problems; }
    QTableWidget *preview() const { return m_preview; }
    MessageBanner *banner() const { return m_banner; }
    QPushButton *importButton() const { return m_import; }

signals:
    void imported(); // households were added

private:
    void check();
    void finished(bool ok, int households, int members, const QList<registry::ImportIssue> &issues);

    // "Line 3: …" for a problem on the file's line 3 (the numbers the preview shows).
    QString problemText(int line, const QString &message) const;

    storage::Database &m_db;
    const AppSettings &m_settings;
    security::Session m_session;
    QString m_path;
    QByteArray m_csv;
    MessageBanner *m_banner;
    QLabel *m_file;
    QTableWidget *m_preview;
    QListWidget *m_problems;
    QProgressBar *m_progress;
    QPushButton *m_import, *m_cancel;
    QPointer<QThread> m_worker;
    std::atomic_bool m_cancelled{false};
};

} // namespace tamkeen::ui
