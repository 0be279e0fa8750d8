#pragma once
// First run: a new organisation (the centre, this device and the first
// administrator), or a laptop joining one with the enrolment file an
// administrator made for it.
#include "security/PasswordHasher.h"
#include "security/Session.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QGroupBox;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class QPushButton;

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::ui {

class AppSettings;
class MessageBanner;
class RecoveryKeyDialog;

class SetupDialog : public QDialog {
    Q_OBJECT
public:
    SetupDialog(storage::Database &db, const AppSettings &settings, security::HashCost cost, QWidget *parent = nullptr);

    MessageBanner *banner() const { return m_banner; }
    QRadioButton *joinChoice() const { return m_joinChoice; }
    // Shown once setup has run, until the administrator has kept the key.
    RecoveryKeyDialog *recoveryDialog() const { return m_recovery; }

signals:
    void completed(const tamkeen::security::Session &session); // a new organisation, its administrator logged in
    void joined(); // started from an enrolment file: people log in with their accounts

private:
    void submit();
    void submitJoin();
    void showChoice();
    void showRecoveryKey(const security::Session &session);
    QLineEdit *addLine(const QString &name);

    storage::Database &m_db;
    const AppSettings &m_settings;
    security::HashCost m_cost;
    QRadioButton *m_newChoice, *m_joinChoice;
    QList<QWidget *> m_newParts; // shown for a new organisation
    QGroupBox *m_joinBox;
    QLineEdit *m_enrolmentFile, *m_passphrase;
    MessageBanner *m_banner;
    QHash<QString, QWidget *> m_fields; // by the field names core errors use
    QLineEdit *m_centreCode, *m_centreName, *m_region, *m_deviceName;
    QSpinBox *m_deviceNumber;
    QLineEdit *m_username, *m_fullName, *m_password, *m_confirm;
    QPushButton *m_submit;
    QCheckBox *m_demo;
    RecoveryKeyDialog *m_recovery = nullptr;
};

} // namespace tamkeen::ui
