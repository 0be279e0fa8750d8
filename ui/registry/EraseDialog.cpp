#include "registry/EraseDialog.h"

#include "registry/Erasure.h"
#include "widgets/MessageBanner.h"
#include "widgets/TabOrder.h"
#include "widgets/WindowGeometry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tamkeen::ui {

EraseDialog::EraseDialog(storage::Database &db, const security::Session &session, const QByteArray &householdId,
                         const QList<registry::Member> &members, QWidget *parent)
    : GuardedDialog(parent), m_db(db), m_session(session), m_household(householdId), m_banner(new MessageBanner(this)),
      m_target(new QComboBox(this)), m_reason(new QLineEdit(this)),
      m_understood(new QCheckBox(tr("I understand that this cannot be undone"), this))
{
    setWindowTitle(tr("Erase data"));
    setObjectName(u"eraseDialog"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    auto *warning = new QLabel(
        tr("On this computer now, and on every computer that receives it by sync, the names, ID numbers, phone "
           "numbers, address and every note of what you choose are erased for good. The counts stay, without a "
           "name, for the indicators. Backups made before keep the data until they are deleted."),
        this);
    warning->setWordWrap(true);
    layout->addWidget(warning);
    auto *form = new QFormLayout;
    m_target->setObjectName(u"target"_s);
    m_target->addItem(tr("The whole household"), QByteArray());
    for (const registry::Member &m : members)
        m_target->addItem(tr("Only %1").arg(m.fullName()), m.id);
    form->addRow(tr("Erase"), m_target);
    m_reason->setObjectName(u"reason"_s);
    m_reason->setPlaceholderText(tr("The request and its date; not the person's name"));
    form->addRow(tr("Reason"), m_reason);
    form->addRow(m_understood);
    layout->addLayout(form);
    auto *box = new QDialogButtonBox(this);
    m_erase = box->addButton(tr("Erase"), QDialogButtonBox::AcceptRole);
    m_erase->setObjectName(u"submit"_s);
    m_erase->setEnabled(false);
    box->addButton(QDialogButtonBox::Cancel);
    connect(m_understood, &QCheckBox::toggled, m_erase, &QPushButton::setEnabled);
    connect(box, &QDialogButtonBox::accepted, this, &EraseDialog::erase);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(box);
    setMinimumWidth(520);
    rememberGeometry(this);
    followLayoutOrder(this);
}

void EraseDialog::erase()
{
    if (!m_understood->isChecked())
        return;
    const QByteArray member = m_target->currentData().toByteArray();
    const auto done = member.isEmpty()
                          ? registry::Erasure::eraseHousehold(m_db, m_session, m_household, m_reason->text())
                          : registry::Erasure::eraseMember(m_db, m_session, member, m_reason->text());
    if (!done) {
        m_banner->showError(done.error().message);
        if (done.error().field == u"reason")
            m_reason->setFocus();
        return;
    }
    markClean();
    emit erased();
    accept();
}

} // namespace tamkeen::ui
