#pragma once
// The organisation's devices for administrators: the last package from each,
// flags (clock ahead, changes missing, revoked, a number two devices share,
// changes refused and why),
// enrolling a new laptop and revocation.
#include "security/Session.h"
#include "sync/SyncDevices.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::ui {

class AppSettings;
class EnrolDialog;
class MessageBanner;

class DevicesView : public QWidget {
    Q_OBJECT
public:
    DevicesView(storage::Database &db, const AppSettings &settings, const security::Session &session,
                MessageBanner *banner, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    const QList<sync::SyncDevice> &devices() const { return m_rows; }
    void refresh();
    bool revokeSelected(const QString &reason); // the button asks for the reason first
    EnrolDialog *openEnrolDialog(); // «Enrol a laptop…»: shown, deletes itself when closed
    QLabel *duplicateWarning() const { return m_duplicates; }
    QLabel *refusalDetail() const { return m_refusals; } // why each flagged device's changes were refused

private:
    storage::Database &m_db;
    const AppSettings &m_settings;
    security::Session m_session;
    MessageBanner *m_banner;
    QList<sync::SyncDevice> m_rows;
    QTableWidget *m_table;
    QLabel *m_duplicates;
    QLabel *m_refusals;
};

} // namespace tamkeen::ui
