#pragma once
// «Enrol a laptop…» on the Devices screen: its name, centre and number (the
// next free one unless chosen), the passphrase twice and where to save the
// enrolment file, and whether a snapshot of this computer's data goes beside
// it (sync::Snapshot: the laptop starts from it instead of the whole
// history). Saving reserves the number (sync::Enrolment).
#include "security/Session.h"
#include "sync/Enrolment.h"
#include "widgets/FormDialog.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::ui {

class AppSettings;

class EnrolDialog : public FormDialog {
    Q_OBJECT
public:
    EnrolDialog(storage::Database &db, const AppSettings &settings, const security::Session &session,
                QWidget *parent = nullptr);

    // Tests stretch the passphrase cheaply.
    void setKdfCost(sync::KdfCost cost) { m_cost = cost; }
    const sync::EnrolledDevice &enrolled() const { return m_enrolled; }
    // Where the snapshot was saved (empty: none was asked for, or it failed:
    // then why, in snapshotError).
    const QString &snapshotPath() const { return m_snapshotPath; }
    const QString &snapshotError() const { return m_snapshotError; }

protected:
    Status save() override;

private:
    storage::Database &m_db;
    const AppSettings &m_settings;
    security::Session m_session;
    sync::KdfCost m_cost = sync::KdfCost::Standard;
    sync::EnrolledDevice m_enrolled;
    QString m_snapshotPath, m_snapshotError;
    QLineEdit *m_name, *m_passphrase, *m_confirm, *m_file;
    QCheckBox *m_snapshot;
    QComboBox *m_centre, *m_scope;
    QSpinBox *m_number;
};

} // namespace tamkeen::ui
