#pragma once
// A user changes their own password (issue 15 §3): the current one, the new
// one twice. core checks the rules again (security::PasswordRules) and re-keys
// the account; the user then logs in again with the new password.
#include "security/Session.h"

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace tamkeen::security {
class UserService;
}

namespace tamkeen::ui {

class MessageBanner;

class ChangePasswordDialog : public QDialog {
    Q_OBJECT
public:
    ChangePasswordDialog(security::UserService &users, const security::Session &self, QWidget *parent = nullptr);

    QLineEdit *currentField() const { return m_current; }
    QLineEdit *newField() const { return m_new; }
    QLineEdit *repeatField() const { return m_repeat; }
    MessageBanner *banner() const { return m_banner; }
    bool submit();

private:
    security::UserService &m_users;
    security::Session m_self;
    MessageBanner *m_banner;
    QLineEdit *m_current, *m_new, *m_repeat;
};

} // namespace tamkeen::ui
