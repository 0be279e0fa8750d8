#pragma once
#include "security/UserService.h"

#include <QAbstractTableModel>

namespace tamkeen::ui {

// The users of the organisation (a few dozen at most, so loaded whole).
class UsersModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { UserName, FullName, Role, State, ColumnCount };

    explicit UsersModel(security::UserService &users, QObject *parent = nullptr);

    void reload();
    const security::UserRecord *userAt(int row) const;
    // Accounts whose name another account shares (none of them can log in).
    int sharedNames() const;
    static QString sharedNameExplanation(const security::UserRecord &user);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    security::UserService &m_users;
    QList<security::UserRecord> m_rows;
};

} // namespace tamkeen::ui
