#include "widgets/BackgroundRefresh.h"

#include "storage/Database.h"

#include <QThread>

namespace tamkeen::ui {

BackgroundRefresh::BackgroundRefresh(const storage::Database &db, QObject *parent, int pauseMs)
    : QObject(parent), m_path(db.path()), m_vaultKey(db.vaultKey())
{
    m_pause.setSingleShot(true);
    m_pause.setInterval(pauseMs);
    connect(&m_pause, &QTimer::timeout, this, &BackgroundRefresh::run);
}

// A worker posts its result to this object, which must outlive it.
BackgroundRefresh::~BackgroundRefresh()
{
    for (QThread *t : std::as_const(m_threads))
        t->wait();
    qDeleteAll(m_threads);
}

void BackgroundRefresh::request(Work work)
{
    m_pending = std::move(work);
    ++m_request; // whatever is running now is stale
    if (!m_busy) {
        m_busy = true;
        emit started();
    }
    m_pause.start(); // restarts: a burst becomes one run
}

void BackgroundRefresh::run()
{
    const quint64 request = m_request;
    Work work = std::move(m_pending);
    m_pending = nullptr;
    if (!work)
        return;
    QThread *thread = QThread::create([this, request, work, path = m_path, key = m_vaultKey] {
        Deliver deliver;
        QString failure;
        if (auto db = storage::Database::openAnother(path)) {
            db.value()->setVaultKey(key);
            deliver = work(*db.value());
        } else {
            failure = db.error().message;
        }
        QMetaObject::invokeMethod(
            this,
            [this, request, deliver, failure] {
                if (request != m_request)
                    return; // superseded: a newer run will deliver
                m_busy = false;
                if (deliver)
                    deliver();
                else
                    emit failed(failure);
                emit finished();
            },
            Qt::QueuedConnection);
    });
    m_threads << thread;
    connect(thread, &QThread::finished, this, [this, thread] {
        m_threads.removeOne(thread);
        thread->deleteLater();
    });
    thread->start(QThread::LowPriority);
}

} // namespace tamkeen::ui
