#include "dialogs/LoginDialog.h"

#include "security/UserService.h"
#include "widgets/MessageBanner.h"
#include "widgets/TabOrder.h"
#include "widgets/WindowGeometry.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tamkeen::ui {

LoginDialog::LoginDialog(LoginActions actions, const QString &centreName, text::DigitStyle digits,
                         QWidget *parent)
    : QDialog(parent), m_actions(std::move(actions)), m_banner(new MessageBanner(this)), m_username(new QLineEdit(this)),
      m_password(new QLineEdit(this)), m_lockoutTimer(new QTimer(this)), m_digits(digits)
{
    setWindowTitle(tr("Log in to Tamkeen"));
    setObjectName(u"loginDialog"_s);
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(centreName.isEmpty() ? tr("Tamkeen") : tr("Tamkeen — %1").arg(centreName), this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addWidget(m_banner);

    auto *form = new QFormLayout;
    m_username->setObjectName(u"username"_s);
    m_username->setLayoutDirection(Qt::LeftToRight);
    m_password->setObjectName(u"password"_s);
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("User name"), m_username);
    form->addRow(tr("Password"), m_password);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(this);
    m_login = buttons->addButton(tr("Log in"), QDialogButtonBox::AcceptRole);
    m_login->setDefault(true);
    m_login->setObjectName(u"submit"_s);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_buttons = buttons;
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_lockoutTimer->setInterval(1000);
    connect(m_lockoutTimer, &QTimer::timeout, this, &LoginDialog::updateLockout);
    setMinimumWidth(400);
    rememberGeometry(this);
    followLayoutOrder(this);
}

void LoginDialog::lockFor(const QString &username, const QString &fullName)
{
    setWindowTitle(tr("Tamkeen is locked"));
    m_title->setText(tr("Tamkeen is locked. %1, enter your password to go on where you left off.").arg(fullName));
    m_username->setText(username);
    m_username->setReadOnly(true);
    m_switchUser = m_buttons->addButton(tr("Switch user"), QDialogButtonBox::ResetRole);
    // Removed, not hidden: the box shows its buttons again when one is added.
    m_buttons->removeButton(m_cancel);
    m_cancel->hide();
    m_switchUser->setObjectName(u"switchUser"_s);
    m_switchUser->setToolTip(tr("Logs %1 out: what they had not saved is lost.").arg(fullName));
    connect(m_switchUser, &QPushButton::clicked, this, &LoginDialog::switchUserRequested);
    m_password->setFocus();
}

void LoginDialog::reject()
{
    if (isLockMode())
        return; // Escape or the window's close button must not unlock anything
    QDialog::reject();
}

void LoginDialog::submit()
{
    setCursor(Qt::WaitCursor);
    auto session = m_actions.login(m_username->text(), m_password->text());
    unsetCursor();
    if (session) {
        m_password->clear();
        m_banner->clear();
        emit loggedIn(session.value());
        accept();
        return;
    }
    m_banner->showError(text::toDigitStyle(session.error().message, m_digits));
    m_password->clear();
    (session.error().field == u"username" ? m_username : m_password)->setFocus();
    updateLockout();
}

// While the name is locked out, the button waits and the message counts down.
void LoginDialog::updateLockout()
{
    const qint64 wait = m_actions.lockoutRemaining(m_username->text());
    m_login->setEnabled(wait == 0);
    if (wait == 0) {
        if (m_lockoutTimer->isActive()) {
            m_lockoutTimer->stop();
            m_banner->showInfo(tr("You can try again now."));
        }
        return;
    }
    const int seconds = int((wait + 999) / 1000);
    m_banner->showError(
        text::toDigitStyle(tr("Too many failed attempts. Wait %n second(s) and try again.", nullptr, seconds), m_digits));
    if (!m_lockoutTimer->isActive())
        m_lockoutTimer->start();
}

} // namespace tamkeen::ui
