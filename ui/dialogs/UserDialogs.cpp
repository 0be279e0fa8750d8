#include "dialogs/UserDialogs.h"

#include "widgets/MessageBanner.h"
#include "widgets/TabOrder.h"
#include "widgets/WindowGeometry.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tamkeen::ui {

namespace {

QLineEdit *passwordEdit(QWidget *parent, const QString &name)
{
    auto *e = new QLineEdit(parent);
    e->setObjectName(name);
    e->setEchoMode(QLineEdit::Password);
    return e;
}

QDialogButtonBox *saveCancel(QDialog *dialog, const QString &saveText)
{
    auto *buttons = new QDialogButtonBox(dialog);
    QPushButton *save = buttons->addButton(saveText, QDialogButtonBox::AcceptRole);
    save->setDefault(true);
    save->setObjectName(u"submit"_s);
    buttons->addButton(QDialogButtonBox::Cancel);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

bool samePasswords(QLineEdit *password, QLineEdit *confirm, MessageBanner *banner)
{
    if (password->text() == confirm->text())
        return true;
    banner->showError(QCoreApplication::translate("NewUserDialog", "The two passwords are not the same. Type them again."));
    confirm->clear();
    confirm->setFocus();
    return false;
}

} // namespace

NewUserDialog::NewUserDialog(Save save, QWidget *parent)
    : QDialog(parent), m_save(std::move(save)), m_banner(new MessageBanner(this)), m_username(new QLineEdit(this)),
      m_fullName(new QLineEdit(this)), m_password(passwordEdit(this, u"password"_s)),
      m_confirm(passwordEdit(this, u"confirm"_s)), m_role(new QComboBox(this))
{
    setWindowTitle(tr("Add a user"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    auto *form = new QFormLayout;
    m_username->setObjectName(u"username"_s);
    m_username->setLayoutDirection(Qt::LeftToRight);
    m_fullName->setObjectName(u"fullName"_s);
    for (security::Role r : security::Roles::all())
        m_role->addItem(security::Roles::displayName(r), int(r));
    form->addRow(tr("User name"), m_username);
    form->addRow(tr("Full name"), m_fullName);
    form->addRow(tr("Role"), m_role);
    form->addRow(tr("Password"), m_password);
    form->addRow(tr("Password again"), m_confirm);
    layout->addLayout(form);
    auto *buttons = saveCancel(this, tr("Add user"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewUserDialog::submit);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    rememberGeometry(this);
    followLayoutOrder(this);
}

void NewUserDialog::submit()
{
    if (!samePasswords(m_password, m_confirm, m_banner))
        return;
    const security::NewUser user{m_username->text(), m_fullName->text(), security::Role(m_role->currentData().toInt()),
                                 m_password->text()};
    setCursor(Qt::WaitCursor);
    const Status s = m_save(user);
    unsetCursor();
    if (!s) {
        m_banner->showError(s.error().message);
        if (auto *field = findChild<QLineEdit *>(s.error().field))
            field->setFocus();
        return;
    }
    accept();
}

ResetPasswordDialog::ResetPasswordDialog(const QString &userName, Save save, QWidget *parent)
    : QDialog(parent), m_save(std::move(save)), m_banner(new MessageBanner(this)),
      m_password(passwordEdit(this, u"password"_s)), m_confirm(passwordEdit(this, u"confirm"_s))
{
    setWindowTitle(tr("Reset password"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("New password for %1. Tell the user in person; they can log in with it at once.").arg(userName),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_banner);
    auto *form = new QFormLayout;
    form->addRow(tr("New password"), m_password);
    form->addRow(tr("Password again"), m_confirm);
    layout->addLayout(form);
    auto *buttons = saveCancel(this, tr("Reset password"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ResetPasswordDialog::submit);
    layout->addWidget(buttons);
    setMinimumWidth(400);
    rememberGeometry(this);
    followLayoutOrder(this);
}

void ResetPasswordDialog::submit()
{
    if (!samePasswords(m_password, m_confirm, m_banner))
        return;
    setCursor(Qt::WaitCursor);
    const Status s = m_save(m_password->text());
    unsetCursor();
    if (!s) {
        m_banner->showError(s.error().message);
        return;
    }
    accept();
}

RenameUserDialog::RenameUserDialog(const security::UserRecord &user, Save save, QWidget *parent)
    : QDialog(parent), m_save(std::move(save)), m_banner(new MessageBanner(this)), m_name(new QLineEdit(this))
{
    setWindowTitle(tr("Rename user"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A new user name for %1 (%2, %3). Tell them in person: they log in with the new name "
                                "and the same password.")
                                 .arg(text::isolate(user.username), user.fullName, security::Roles::displayName(user.role)),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_banner);
    if (user.sameName > 1)
        m_banner->showMessage(MessageBanner::Kind::Warning,
                              security::UserService::sharedNameMessage(user.username, user.sameName));
    auto *form = new QFormLayout;
    m_name->setObjectName(u"username"_s);
    m_name->setLayoutDirection(Qt::LeftToRight);
    form->addRow(tr("New user name"), m_name);
    layout->addLayout(form);
    auto *buttons = saveCancel(this, tr("Rename"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RenameUserDialog::submit);
    layout->addWidget(buttons);
    setMinimumWidth(440);
    rememberGeometry(this);
    followLayoutOrder(this);
}

void RenameUserDialog::submit()
{
    const Status s = m_save(m_name->text());
    if (!s) {
        m_banner->showError(s.error().message);
        m_name->setFocus();
        return;
    }
    accept();
}

} // namespace tamkeen::ui
