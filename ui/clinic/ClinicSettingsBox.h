#pragma once
// Settings of the clinic that travel with sync (supervisors and administrators):
// the follow-up period of the counsellor's home page and the consultation types.
#include "security/Session.h"

#include <QGroupBox>

class QListWidget;
class QSpinBox;

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::ui {

class MessageBanner;

class ClinicSettingsBox : public QGroupBox {
    Q_OBJECT
public:
    ClinicSettingsBox(storage::Database &db, const security::Session &session, MessageBanner *banner,
                      QWidget *parent = nullptr);

    bool saveFollowUpDays(int days);
    bool addType(const QString &name, bool confidential);
    QListWidget *typesList() const { return m_types; }

private:
    void reloadTypes();

    storage::Database &m_db;
    security::Session m_session;
    MessageBanner *m_banner;
    QSpinBox *m_days;
    QListWidget *m_types;
};

} // namespace tamkeen::ui
