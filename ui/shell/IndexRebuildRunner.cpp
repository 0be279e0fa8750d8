#include "shell/IndexRebuildRunner.h"

#include "registry/IndexRebuild.h"
#include "storage/Database.h"

#include <QThread>


namespace tamkeen::ui {

IndexRebuildRunner::IndexRebuildRunner(storage::Database &db, QObject *parent) : QObject(parent), m_db(db) {}

IndexRebuildRunner::~IndexRebuildRunner()
{
    m_stop = true;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void IndexRebuildRunner::startIfDue()
{
    if (m_thread)
        return;
    auto due = registry::IndexRebuild::due(m_db);
    if (!due || !due.value())
        return; // a failed read here is a failed read everywhere: the window says so where it matters
    m_thread = QThread::create([this, path = m_db.path()] {
        // Queued to this object: dropped if it is gone (it waits for the thread first anyway).
        auto db = storage::Database::openAnother(path);
        if (!db) {
            QMetaObject::invokeMethod(this, [this, e = db.error().message] { rebuilt(e); }, Qt::QueuedConnection);
            return;
        }
        Status s = registry::IndexRebuild::run(*db.value(), [this](const registry::IndexRebuild::Progress &p) {
            QMetaObject::invokeMethod(this, [this, p] { emit progress(p.done, p.total); }, Qt::QueuedConnection);
            return !m_stop.load();
        });
        if (m_stop)
            return;
        QMetaObject::invokeMethod(this, [this, e = s ? QString() : s.error().message] { rebuilt(e); },
                                  Qt::QueuedConnection);
    });
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->deleteLater();
        m_thread = nullptr;
    });
    m_thread->start(QThread::LowPriority);
}

void IndexRebuildRunner::rebuilt(const QString &error)
{
    // The list's rows were written on the worker's connection: this one's views read them again.
    m_db.notifier().announce(Notifier::Households);
    emit ended(error);
}

} // namespace tamkeen::ui
