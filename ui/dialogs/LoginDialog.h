#pragma once
#include "common/Result.h"
#include "security/Session.h"
#include "text/Digits.h"

#include <QDialog>
#include <functional>

class QLineEdit;
class QPushButton;
class QTimer;

namespace tamkeen::ui {

class MessageBanner;

// What the dialog asks of whoever opened it: an encrypted file is opened by
// the same login (AppController), so the dialog does not hold the users itself.
struct LoginActions {
    std::function<Result<security::Session>(const QString &user, const QString &password)> login;
    std::function<qint64(const QString &user)> lockoutRemaining; // milliseconds
};

class LoginDialog : public QDialog {
    Q_OBJECT
public:
    LoginDialog(LoginActions actions, const QString &centreName, text::DigitStyle digits,
                QWidget *parent = nullptr);

    MessageBanner *banner() const { return m_banner; }
    QPushButton *loginButton() const { return m_login; }

signals:
    void loggedIn(const tamkeen::security::Session &session);

private:
    void submit();
    void updateLockout();

    LoginActions m_actions;
    MessageBanner *m_banner;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QPushButton *m_login;
    QTimer *m_lockoutTimer;
    text::DigitStyle m_digits;
};

} // namespace tamkeen::ui
