#pragma once
// A read that may take long (counting early warnings, a queue at a big hub)
// run on a worker thread so that the page keeps painting. A burst of
// requests (several writes notified at once) is coalesced into one run after
// a short pause; a newer request supersedes an older one, whose result is
// dropped. The worker opens its own connection to the database file: a
// SQLite connection belongs to the thread that opened it.
#include <QObject>
#include <QTimer>
#include <functional>

class QThread;

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::ui {

class BackgroundRefresh : public QObject {
    Q_OBJECT
public:
    // Runs on the UI thread with what the worker read; only for the newest request.
    using Deliver = std::function<void()>;
    // Runs on the worker thread with its own connection; returns what to show.
    using Work = std::function<Deliver(storage::Database &)>;

    BackgroundRefresh(const storage::Database &db, QObject *parent, int pauseMs = 150);
    ~BackgroundRefresh() override; // waits for a worker still reading

    // Asks for `work` to run after the pause; replaces a request not started yet
    // and makes the result of one already running stale.
    void request(Work work);
    // True from a request until its result (or failure) is delivered.
    bool busy() const { return m_busy; }

signals:
    void started();                        // show "computing…"
    void failed(const QString &message);   // the file could not be opened
    void finished();                       // after the newest result was delivered

private:
    void run();

    QString m_path;
    QByteArray m_vaultKey;
    QTimer m_pause;
    Work m_pending;
    quint64 m_request = 0;
    bool m_busy = false;
    QList<QThread *> m_threads;
};

} // namespace tamkeen::ui
