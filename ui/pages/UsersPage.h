#pragma once
#include "security/Session.h"

#include <QWidget>

class QPushButton;
class QTableView;

namespace tamkeen::security {
class UserService;
struct UserRecord;
}

namespace tamkeen::ui {

class MessageBanner;
class UsersModel;

// Administrators add, deactivate, reactivate users and reset passwords, and
// rename one of two accounts that share a name (made on two copies offline).
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
    QDialog *openRenameDialog();
    void toggleActive();
    // Selects the (first) row of `username`; false when there is none.
    bool selectUser(const QString &username);
    bool selectUserId(const QByteArray &id);
    MessageBanner *sharedNote() const { return m_sharedNote; }

private:
    void updateButtons();
    void reload();
    const security::UserRecord *selected() const;
    bool selectRow(int row);

    security::UserService &m_users;
    security::Session m_session;
    MessageBanner *m_banner;
    MessageBanner *m_sharedNote;
    UsersModel *m_model;
    QTableView *m_table;
    QPushButton *m_add, *m_reset, *m_rename, *m_toggle;
};

} // namespace tamkeen::ui
