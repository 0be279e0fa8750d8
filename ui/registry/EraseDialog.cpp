#include "registry/EraseDialog.h"

#include "registry/Erasure.h"
#include "storage/Database.h"
#include "widgets/MessageBanner.h"
#include "widgets/TabOrder.h"
#include "widgets/WindowGeometry.h"

#include <QCheckBox>
#include <QThread>
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

EraseDialog::~EraseDialog()
{
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
}

void EraseDialog::reject()
{
    if (!m_worker)
        GuardedDialog::reject();
}

// The erasure rebuilds the search index and rewrites the stored batches
// (seconds on a large database): on a worker thread, with a connection of its
// own that signs with the administrator's key, so the window keeps drawing.
void EraseDialog::erase()
{
    if (!m_understood->isChecked() || m_worker)
        return;
    const QByteArray member = m_target->currentData().toByteArray();
    const QString path = m_db.path(), reason = m_reason->text();
    const security::Session by = m_session;
    const QByteArray household = m_household;
    auto result = std::make_shared<Result<QByteArray>>(QByteArray());
    m_worker = QThread::create([=] {
        auto db = storage::Database::openAnother(path);
        if (!db) {
            *result = db.error();
            return;
        }
        db.value()->setSigningKey(by.userId, by.signingKey);
        *result = member.isEmpty() ? registry::Erasure::eraseHousehold(*db.value(), by, household, reason)
                                   : registry::Erasure::eraseMember(*db.value(), by, member, reason);
    });
    for (QWidget *w : {static_cast<QWidget *>(m_target), static_cast<QWidget *>(m_reason),
                       static_cast<QWidget *>(m_understood), static_cast<QWidget *>(m_erase)})
        w->setEnabled(false);
    m_banner->showInfo(tr("Erasing… On a large database this takes a moment."));
    connect(m_worker, &QThread::finished, this, [this, result] {
        m_worker->deleteLater();
        m_worker = nullptr;
        for (QWidget *w : {static_cast<QWidget *>(m_target), static_cast<QWidget *>(m_reason),
                           static_cast<QWidget *>(m_understood)})
            w->setEnabled(true);
        m_erase->setEnabled(m_understood->isChecked());
        finish(*result);
    });
    m_worker->start();
}

void EraseDialog::finish(const Result<QByteArray> &done)
{
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
