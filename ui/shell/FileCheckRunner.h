#pragma once
// Reads the whole database once on a worker thread, a little after login, so
// that a page damaged on the disk is reported now rather than when someone
// happens to open that family (opening the file reads only what it needs:
// storage::checkExistingFile).
#include <QObject>

#include <atomic>

class QThread;

namespace tamkeen::ui {

class FileCheckRunner : public QObject {
    Q_OBJECT
public:
    explicit FileCheckRunner(const QString &path, int delayMs, QObject *parent = nullptr);
    ~FileCheckRunner() override; // stops a check under way and waits for it

    // Starts the check now (once the delay has passed, it starts by itself);
    // nothing when one is under way.
    void checkNow();
    bool isRunning() const { return m_thread != nullptr; }

signals:
    // The file is damaged: the message in the user's language.
    void damaged(const QString &message);

private:
    QString m_path;
    QThread *m_thread = nullptr;
    std::atomic_bool m_stop{false};
};

} // namespace tamkeen::ui
