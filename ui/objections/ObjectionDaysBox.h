#pragma once
// The days to answer an objection and a complaint (Settings, administrators):
// each new one is due that many days after it was received.
#include "security/Session.h"

#include <QGroupBox>

class QSpinBox;

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::ui {

class MessageBanner;

class ObjectionDaysBox : public QGroupBox {
    Q_OBJECT
public:
    ObjectionDaysBox(storage::Database &db, const security::Session &session, MessageBanner *banner,
                     QWidget *parent = nullptr);
    QSpinBox *objectionDays() const { return m_objection; }
    QSpinBox *complaintDays() const { return m_complaint; }
    bool save();

private:
    storage::Database &m_db;
    security::Session m_session;
    MessageBanner *m_banner;
    QSpinBox *m_objection, *m_complaint;
};

} // namespace tamkeen::ui
