#pragma once
// One object per database through which core announces what changed; UI models
// listen and refresh, so core never knows about item models.
#include <QByteArray>
#include <QObject>

namespace tamkeen {

class Notifier : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

signals:
    void usersChanged();
};

} // namespace tamkeen
