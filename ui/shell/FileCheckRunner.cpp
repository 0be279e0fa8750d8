#include "shell/FileCheckRunner.h"

#include "storage/FileCheck.h"

#include <QThread>
#include <QTimer>

#include <memory>

namespace tamkeen::ui {

FileCheckRunner::FileCheckRunner(const QString &path, int delayMs, QObject *parent) : QObject(parent), m_path(path)
{
    QTimer::singleShot(delayMs, this, &FileCheckRunner::checkNow);
}

FileCheckRunner::~FileCheckRunner()
{
    m_stop = true;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void FileCheckRunner::checkNow()
{
    if (m_thread)
        return;
    auto result = std::make_shared<Error>();
    auto found = std::make_shared<bool>(false);
    m_thread = QThread::create([this, result, found] {
        Status s = storage::checkWholeFile(m_path, &m_stop);
        if (!s && s.error().code == ErrorCode::Corrupt) {
            *result = s.error();
            *found = true;
        }
    });
    connect(m_thread, &QThread::finished, this, [this, result, found] {
        m_thread->deleteLater();
        m_thread = nullptr;
        if (*found)
            emit damaged(result->message);
    });
    m_thread->start(QThread::LowestPriority);
}

} // namespace tamkeen::ui
