#include "pages/UsersModel.h"

#include "format/Display.h"

#include <QApplication>
#include <QColor>
#include <QPalette>
#include <QStyle>

namespace tamkeen::ui {

UsersModel::UsersModel(security::UserService &users, QObject *parent) : QAbstractTableModel(parent), m_users(users)
{
    reload();
}

void UsersModel::reload()
{
    beginResetModel();
    auto list = m_users.list();
    m_rows = list ? list.value() : QList<security::UserRecord>();
    endResetModel();
}

const security::UserRecord *UsersModel::userAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

QString UsersModel::sharedNameExplanation(const security::UserRecord &user)
{
    return security::UserService::sharedNameMessage(user.username, user.sameName) + u' '
           + tr("Two laptops made this name while offline. Select one of the accounts and choose Rename….");
}

int UsersModel::sharedNames() const
{
    int n = 0;
    for (const security::UserRecord &u : m_rows)
        n += u.sameName > 1 ? 1 : 0;
    return n;
}

int UsersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UsersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UsersModel::data(const QModelIndex &index, int role) const
{
    const security::UserRecord *u = userAt(index.row());
    if (!u)
        return {};
    // Two copies made this name offline: marked on every column, explained.
    const bool shared = u->sameName > 1;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case UserName: return Display::ltr(u->username); // a Latin code, kept in order
        case FullName: return u->fullName;
        case Role: return security::Roles::displayName(u->role);
        case State:
            if (shared)
                return tr("Name shared: cannot log in");
            return u->active ? tr("Active") : tr("Deactivated");
        }
    }
    if (role == Qt::DecorationRole && shared && index.column() == UserName)
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    if (role == Qt::ToolTipRole && shared)
        return sharedNameExplanation(*u);
    if (role == Qt::ForegroundRole && shared && index.column() == State)
        return QColor(0x61, 0x1a, 0x15); // the text colour of an error banner
    if (role == Qt::ForegroundRole && !u->active)
        return QPalette().color(QPalette::Disabled, QPalette::Text);
    return {};
}

QVariant UsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UserName: return tr("User name");
    case FullName: return tr("Full name");
    case Role: return tr("Role");
    case State: return tr("State");
    }
    return {};
}

} // namespace tamkeen::ui
