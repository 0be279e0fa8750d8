#include "pages/UsersPage.h"

#include "dialogs/UserDialogs.h"
#include "format/Display.h"
#include "pages/UsersModel.h"
#include "widgets/Heading.h"
#include "widgets/MessageBanner.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tamkeen::ui {

UsersPage::UsersPage(security::UserService &users, const security::Session &session, QWidget *parent)
    : QWidget(parent), m_users(users), m_session(session), m_banner(new MessageBanner(this)),
      m_sharedNote(new MessageBanner(this)), m_model(new UsersModel(users, this)), m_table(new QTableView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading(tr("Users"), this));
    layout->addWidget(m_sharedNote);
    layout->addWidget(m_banner);

    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("Add user…"), this);
    m_reset = new QPushButton(tr("Reset password…"), this);
    m_rename = new QPushButton(tr("Rename…"), this);
    m_toggle = new QPushButton(tr("Deactivate"), this);
    buttons->addWidget(m_add);
    buttons->addWidget(m_reset);
    buttons->addWidget(m_rename);
    buttons->addWidget(m_toggle);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setAlternatingRowColors(true);
    layout->addWidget(m_table, 1);

    connect(m_add, &QPushButton::clicked, this, &UsersPage::openAddDialog);
    connect(m_reset, &QPushButton::clicked, this, &UsersPage::openResetDialog);
    connect(m_rename, &QPushButton::clicked, this, &UsersPage::openRenameDialog);
    connect(m_toggle, &QPushButton::clicked, this, &UsersPage::toggleActive);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UsersPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UsersPage::updateButtons);
    reload();
}

// The model, and the note over it while any name is shared.
void UsersPage::reload()
{
    m_model->reload();
    const int shared = m_model->sharedNames();
    if (shared == 0) {
        m_sharedNote->clear();
        return;
    }
    m_sharedNote->showMessage(MessageBanner::Kind::Warning,
                              tr("%n account(s) share a name with another account, because two laptops made the same "
                                 "name while offline. None of them can log in until an administrator renames all but "
                                 "one: select an account marked below and choose Rename….",
                                 nullptr, shared));
}

bool UsersPage::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return false;
    m_table->selectionModel()->select(m_model->index(row, 0),
                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

bool UsersPage::selectUser(const QString &username)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->userAt(row)->username == username)
            return selectRow(row);
    }
    return false;
}

bool UsersPage::selectUserId(const QByteArray &id)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->userAt(row)->id == id)
            return selectRow(row);
    }
    return false;
}

const security::UserRecord *UsersPage::selected() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->userAt(rows.first().row());
}

void UsersPage::updateButtons()
{
    const security::UserRecord *u = selected();
    m_reset->setEnabled(u != nullptr);
    m_rename->setEnabled(u != nullptr && m_session.isAdministrator());
    m_toggle->setEnabled(u != nullptr && u->id != m_session.userId);
    m_toggle->setText(u && !u->active ? tr("Reactivate") : tr("Deactivate"));
}

QDialog *UsersPage::openAddDialog()
{
    auto *dialog = new NewUserDialog(
        [this](const security::NewUser &user) -> Status {
            auto added = m_users.add(m_session, user);
            if (!added)
                return added.error();
            reload();
            m_banner->showSuccess(tr("The user %1 was added.").arg(security::UserService::normalizeUsername(user.username)));
            return {};
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

QDialog *UsersPage::openResetDialog()
{
    const security::UserRecord *u = selected();
    if (!u)
        return nullptr;
    const QByteArray id = u->id;
    const QString name = u->username;
    auto *dialog = new ResetPasswordDialog(
        name,
        [this, id, name](const QString &password) -> Status {
            if (Status s = m_users.resetPassword(m_session, id, password); !s)
                return s;
            m_banner->showSuccess(tr("The password of %1 was reset.").arg(name));
            return {};
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

QDialog *UsersPage::openRenameDialog()
{
    const security::UserRecord *u = selected();
    if (!u)
        return nullptr;
    const QByteArray id = u->id;
    const QString oldName = u->username;
    auto *dialog = new RenameUserDialog(
        *u,
        [this, id, oldName](const QString &newName) -> Status {
            if (Status s = m_users.rename(m_session, id, newName); !s)
                return s;
            reload();
            selectUserId(id);
            m_banner->showSuccess(tr("%1 is now named %2. The change reaches the other laptops with the next sync.")
                                      .arg(Display::ltr(oldName),
                                           Display::ltr(security::UserService::normalizeUsername(newName))));
            return {};
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void UsersPage::toggleActive()
{
    const security::UserRecord *u = selected();
    if (!u)
        return;
    const bool activate = !u->active;
    const QString name = u->username;
    const QByteArray id = u->id;
    if (Status s = m_users.setActive(m_session, id, activate); !s) {
        m_banner->showError(s.error().message);
        return;
    }
    reload();
    selectUserId(id);
    m_banner->showSuccess(activate ? tr("%1 can log in again.").arg(name) : tr("%1 can no longer log in.").arg(name));
}

} // namespace tamkeen::ui
