#pragma once
// First run: the centre, this device and the first administrator.
#include "security/PasswordHasher.h"
#include "security/Session.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QLineEdit;
class QSpinBox;
class QPushButton;

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::ui {

class MessageBanner;

class SetupDialog : public QDialog {
    Q_OBJECT
public:
    SetupDialog(storage::Database &db, security::HashCost cost, QWidget *parent = nullptr);

    MessageBanner *banner() const { return m_banner; }

signals:
    void completed(const tamkeen::security::Session &session);

private:
    void submit();
    QLineEdit *addLine(const QString &name);

    storage::Database &m_db;
    security::HashCost m_cost;
    MessageBanner *m_banner;
    QHash<QString, QWidget *> m_fields; // by the field names core errors use
    QLineEdit *m_centreCode, *m_centreName, *m_region, *m_deviceName;
    QSpinBox *m_deviceNumber;
    QLineEdit *m_username, *m_fullName, *m_password, *m_confirm;
    QPushButton *m_submit;
    QCheckBox *m_demo;
};

} // namespace tamkeen::ui
