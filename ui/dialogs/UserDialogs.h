#pragma once
// Adding a user and resetting a password. The dialog stays open with the error
// shown until the save succeeds, so nothing typed is lost.
#include "common/Result.h"
#include "security/UserService.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QLineEdit;

namespace tamkeen::ui {

class MessageBanner;

class NewUserDialog : public QDialog {
    Q_OBJECT
public:
    using Save = std::function<Status(const security::NewUser &)>;
    NewUserDialog(Save save, QWidget *parent = nullptr);
    MessageBanner *banner() const { return m_banner; }

private:
    void submit();

    Save m_save;
    MessageBanner *m_banner;
    QLineEdit *m_username, *m_fullName, *m_password, *m_confirm;
    QComboBox *m_role;
};

class ResetPasswordDialog : public QDialog {
    Q_OBJECT
public:
    using Save = std::function<Status(const QString &password)>;
    ResetPasswordDialog(const QString &userName, Save save, QWidget *parent = nullptr);
    MessageBanner *banner() const { return m_banner; }

private:
    void submit();

    Save m_save;
    MessageBanner *m_banner;
    QLineEdit *m_password, *m_confirm;
};

} // namespace tamkeen::ui
