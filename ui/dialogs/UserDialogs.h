#pragma once
// Adding a user, resetting a password and renaming an account. The dialog stays open with the error
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

// Renaming is how an administrator resolves a name that two copies made offline.
class RenameUserDialog : public QDialog {
    Q_OBJECT
public:
    using Save = std::function<Status(const QString &newName)>;
    RenameUserDialog(const security::UserRecord &user, Save save, QWidget *parent = nullptr);
    MessageBanner *banner() const { return m_banner; }

private:
    void submit();

    Save m_save;
    MessageBanner *m_banner;
    QLineEdit *m_name;
};

} // namespace tamkeen::ui
