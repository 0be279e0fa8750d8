#pragma once
#include "common/Result.h"
#include "security/Session.h"
#include "text/Digits.h"

#include <QDialog>
#include <functional>

class QDialogButtonBox;
class QLabel;
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

    // The screen was locked (ScreenLock): only `username` may go on, with their
    // password; the dialog cannot be dismissed, and «Switch user» logs them out.
    void lockFor(const QString &username, const QString &fullName);
    bool isLockMode() const { return m_switchUser != nullptr; }
    QPushButton *switchUserButton() const { return m_switchUser; }
    QLineEdit *passwordField() const { return m_password; }

    MessageBanner *banner() const { return m_banner; }
    QPushButton *loginButton() const { return m_login; }

signals:
    void loggedIn(const tamkeen::security::Session &session);
    void switchUserRequested();

public slots:
    void reject() override;

private:
    void submit();
    void updateLockout();

    LoginActions m_actions;
    MessageBanner *m_banner;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QPushButton *m_login;
    QPushButton *m_switchUser = nullptr;
    QPushButton *m_cancel;
    QDialogButtonBox *m_buttons;
    QLabel *m_title;
    QTimer *m_lockoutTimer;
    text::DigitStyle m_digits;
};

} // namespace tamkeen::ui
