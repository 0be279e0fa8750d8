#include "dialogs/ChangePasswordDialog.h"

#include "security/PasswordRules.h"
#include "security/UserService.h"
#include "widgets/MessageBanner.h"
#include "widgets/TabOrder.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tamkeen::ui {

ChangePasswordDialog::ChangePasswordDialog(security::UserService &users, const security::Session &self, QWidget *parent)
    : QDialog(parent), m_users(users), m_self(self), m_banner(new MessageBanner(this)), m_current(new QLineEdit(this)),
      m_new(new QLineEdit(this)), m_repeat(new QLineEdit(this))
{
    setWindowTitle(tr("Change my password"));
    setObjectName(u"changePasswordDialog"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    auto *rules = new QLabel(tr("At least %1 characters. Not a common password, not one character repeated. A "
                                "sentence of a few words is easy to remember and hard to guess.")
                                 .arg(security::PasswordRules::kMinLength),
                             this);
    rules->setWordWrap(true);
    layout->addWidget(rules);
    auto *form = new QFormLayout;
    for (QLineEdit *e : {m_current, m_new, m_repeat})
        e->setEchoMode(QLineEdit::Password);
    m_current->setObjectName(u"current"_s);
    m_new->setObjectName(u"password"_s);
    m_repeat->setObjectName(u"repeat"_s);
    form->addRow(tr("Current password"), m_current);
    form->addRow(tr("New password"), m_new);
    form->addRow(tr("New password again"), m_repeat);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(this);
    auto *change = buttons->addButton(tr("Change the password"), QDialogButtonBox::AcceptRole);
    change->setDefault(true);
    change->setObjectName(u"submit"_s);
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(440);
    followLayoutOrder(this);
}

bool ChangePasswordDialog::submit()
{
    if (m_new->text() != m_repeat->text()) {
        m_banner->showError(tr("The two new passwords are not the same."));
        m_repeat->clear();
        m_repeat->setFocus();
        return false;
    }
    setCursor(Qt::WaitCursor);
    auto renewed = m_users.changeOwnPassword(m_self, m_current->text(), m_new->text());
    unsetCursor();
    if (!renewed) {
        m_banner->showError(renewed.error().message);
        QLineEdit *field = renewed.error().field == u"current" ? m_current : m_new;
        field->clear();
        field->setFocus();
        return false;
    }
    accept();
    return true;
}

} // namespace tamkeen::ui
