#pragma once
#include "security/Session.h"

#include <QWidget>

class QPushButton;
class QTableView;

namespace tamkeen::security {
class UserService;
}

namespace tamkeen::ui {

class MessageBanner;
class UsersModel;

// Administrators add, deactivate, reactivate users and reset passwords.
class UsersPage : public QWidget {
    Q_OBJECT
public:
    UsersPage(security::UserService &users, const security::Session &session, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    MessageBanner *banner() const { return m_banner; }
    UsersModel *model() const { return m_model; }
    // Opens the dialogs (non-modal for tests; modal to the user).
    QDialog *openAddDialog();
    QDialog *openResetDialog();
    void toggleActive();
    // Selects the row of `username`; false when there is none.
    bool selectUser(const QString &username);

private:
    void updateButtons();

    security::UserService &m_users;
    security::Session m_session;
    MessageBanner *m_banner;
    UsersModel *m_model;
    QTableView *m_table;
    QPushButton *m_add, *m_reset, *m_toggle;
};

} // namespace tamkeen::ui
