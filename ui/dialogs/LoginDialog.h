#pragma once
#include "security/Session.h"
#include "text/Digits.h"

#include <QDialog>

class QLineEdit;
class QPushButton;
class QTimer;

namespace tamkeen::security {
class UserService;
}

namespace tamkeen::ui {

class MessageBanner;

class LoginDialog : public QDialog {
    Q_OBJECT
public:
    LoginDialog(security::UserService &users, const QString &centreName, text::DigitStyle digits,
                QWidget *parent = nullptr);

    MessageBanner *banner() const { return m_banner; }
    QPushButton *loginButton() const { return m_login; }

signals:
    void loggedIn(const tamkeen::security::Session &session);

private:
    void submit();
    void updateLockout();

    security::UserService &m_users;
    MessageBanner *m_banner;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QPushButton *m_login;
    QTimer *m_lockoutTimer;
    text::DigitStyle m_digits;
};

} // namespace tamkeen::ui
