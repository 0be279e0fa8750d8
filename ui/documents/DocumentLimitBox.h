#pragma once
// The largest document one may attach (Settings, administrators): scans and
// photos travel in every package, so a ministry keeps them small.
#include "security/Session.h"

#include <QGroupBox>

class QSpinBox;

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::ui {

class MessageBanner;

class DocumentLimitBox : public QGroupBox {
    Q_OBJECT
public:
    DocumentLimitBox(storage::Database &db, const security::Session &session, MessageBanner *banner,
                     QWidget *parent = nullptr);
    QSpinBox *megabytes() const { return m_megabytes; }
    bool save();

private:
    storage::Database &m_db;
    security::Session m_session;
    MessageBanner *m_banner;
    QSpinBox *m_megabytes;
};

} // namespace tamkeen::ui
