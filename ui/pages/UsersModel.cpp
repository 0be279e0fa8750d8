#include "pages/UsersModel.h"

#include "format/Display.h"

#include <QColor>
#include <QPalette>

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
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case UserName: return Display::ltr(u->username); // a Latin code, kept in order
        case FullName: return u->fullName;
        case Role: return security::Roles::displayName(u->role);
        case State: return u->active ? tr("Active") : tr("Deactivated");
        }
    }
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
