#pragma once
// Rebuilds the search index and the household list on a worker thread with a
// connection of its own, when this build indexes names differently from the
// one that built them (registry::IndexRebuild::due) or a rebuild was left
// half-done. The window goes on meanwhile: each step holds the file for a
// fraction of a second, and every family stays findable under its old rows
// until its step.
#include <QObject>

#include <atomic>

class QThread;

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::ui {

class IndexRebuildRunner : public QObject {
    Q_OBJECT
public:
    IndexRebuildRunner(storage::Database &db, QObject *parent = nullptr);
    ~IndexRebuildRunner() override; // stops after the step under way; the next login goes on from there

    // Starts the rebuild when one is due; nothing otherwise, or when one is under way.
    void startIfDue();
    bool isRunning() const { return m_thread != nullptr; }

signals:
    void progress(qint64 done, qint64 total);
    // The rebuild ended: finished, or failed with `error` (in the user's
    // language; the next login tries again from where it stopped).
    void ended(const QString &error);

private:
    void rebuilt(const QString &error); // on this thread, when the worker's rebuild ended

    storage::Database &m_db;
    QThread *m_thread = nullptr;
    std::atomic_bool m_stop{false};
};

} // namespace tamkeen::ui
