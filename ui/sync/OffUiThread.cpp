#include "sync/OffUiThread.h"

#include "storage/Database.h"

#include <QThread>
#include <memory>

namespace tamkeen::ui {

Status runOffUiThread(const storage::Database &from, const std::function<void(storage::Database &)> &work,
                      QEventLoop::ProcessEventsFlags flags)
{
    Status opened;
    const QString databasePath = from.path();
    const QByteArray vaultKey = from.vaultKey();
    std::unique_ptr<QThread> thread(QThread::create([&] {
        auto db = storage::Database::openAnother(databasePath);
        if (!db) {
            opened = db.error();
            return;
        }
        db.value()->setVaultKey(vaultKey);
        work(*db.value());
    }));
    QEventLoop loop;
    // Queued to this thread: a worker that ends before exec() still ends the loop.
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec(flags);
    thread->wait();
    return opened;
}

} // namespace tamkeen::ui
