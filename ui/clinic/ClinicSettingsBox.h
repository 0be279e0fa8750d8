#pragma once
// Settings of the clinic and plans that travel with sync (supervisors and
// administrators): the follow-up period of the counsellor's home page, the
// consultation types and the empowerment tracks.
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
    bool addTrack(const QString &name);
    QListWidget *typesList() const { return m_types; }
    QListWidget *tracksList() const { return m_tracks; }

private:
    void reloadTypes();
    void reloadTracks();

    storage::Database &m_db;
    security::Session m_session;
    MessageBanner *m_banner;
    QSpinBox *m_days;
    QListWidget *m_types;
    QListWidget *m_tracks;
};

} // namespace tamkeen::ui
