#include "registry/SmallDialogs.h"

#include "referrals/ExitService.h"
#include "registry/Forms.h"
#include "registry/HouseholdService.h"
#include "registry/Vocabulary.h"
#include "widgets/DateField.h"
#include "widgets/MessageBanner.h"
#include "widgets/TabOrder.h"
#include "widgets/WindowGeometry.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tamkeen::ui {

namespace {

// Banner, form and Save/Cancel; `submit` runs on Save.
QFormLayout *frame(GuardedDialog *d, MessageBanner *banner, const QString &saveText, const std::function<void()> &submit)
{
    auto *layout = new QVBoxLayout(d);
    layout->addWidget(banner);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    auto *box = new QDialogButtonBox(d);
    QPushButton *save = box->addButton(saveText, QDialogButtonBox::AcceptRole);
    save->setObjectName(u"submit"_s);
    d->setSaveButton(save);
    box->addButton(QDialogButtonBox::Cancel);
    QObject::connect(box, &QDialogButtonBox::accepted, d, submit);
    QObject::connect(box, &QDialogButtonBox::rejected, d, &QDialog::reject);
    layout->addWidget(box);
    d->setMinimumWidth(460);
    return form;
}

} // namespace

IncomeDialog::IncomeDialog(const AppSettings &settings, const QList<registry::Member> &members,
                           const QByteArray &householdId, Save save, QWidget *parent)
    : GuardedDialog(parent), m_save(std::move(save)), m_household(householdId), m_banner(new MessageBanner(this))
{
    setWindowTitle(tr("Record an income"));
    setObjectName(u"incomeDialog"_s);
    m_member = new QComboBox(this);
    m_member->addItem(tr("The household as a whole"), QByteArray());
    for (const registry::Member &m : members)
        m_member->addItem(m.fullName(), m.id);
    m_source = termCombo(registry::Vocabulary::incomeSources(), true, this); // chosen, never assumed
    m_source->setObjectName(u"source"_s);
    m_amount = new QDoubleSpinBox(this);
    m_amount->setObjectName(u"amount"_s);
    m_amount->setRange(0, 1e9);
    m_amount->setDecimals(2);
    m_date = new DateField(settings, this);
    m_note = new QLineEdit(this);
    QFormLayout *form = frame(this, m_banner, tr("Record"), [this] {
        registry::Income in;
        in.householdId = m_household;
        in.memberId = m_member->currentData().toByteArray();
        in.source = m_source->currentData().toString();
        in.amount = m_amount->value();
        in.effectiveDate = m_date->date();
        in.note = m_note->text();
        const Status s = m_save(in);
        if (s) {
            accept();
            return;
        }
        m_banner->showError(s.error().message);
        if (QWidget *w = findChild<QWidget *>(s.error().field))
            w->setFocus();
    });
    form->addRow(tr("Whose income"), m_member);
    form->addRow(tr("Source"), m_source);
    form->addRow(tr("Monthly amount"), m_amount);
    form->addRow(tr("From"), m_date);
    form->addRow(tr("Note"), m_note);
    auto *hint = new QLabel(tr("A new amount replaces the earlier one from its date on; 0 ends the income. "
                               "Earlier amounts stay in the history."),
                            this);
    hint->setWordWrap(true);
    form->addRow(hint);
    rememberGeometry(this);
    followLayoutOrder(this);
}

StatusDialog::StatusDialog(const AppSettings &settings, const QString &current, Save save, QWidget *parent)
    : GuardedDialog(parent), m_save(std::move(save)), m_banner(new MessageBanner(this))
{
    setWindowTitle(tr("Change the status"));
    setObjectName(u"statusDialog"_s);
    m_status = new QComboBox(this);
    m_status->setObjectName(u"status"_s);
    for (const QString &next : registry::HouseholdService::nextStatuses(current))
        m_status->addItem(registry::Vocabulary::label(registry::Vocabulary::statuses(), next), next);
    m_date = new DateField(settings, this);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(u"reason"_s);
    m_why = new QComboBox(this);
    m_why->setObjectName(u"why"_s);
    QFormLayout *form = frame(this, m_banner, tr("Change"), [this] {
        const Status s = m_save(m_status->currentData().toString(), m_date->date(), m_reason->text(),
                                m_why->isVisible() ? m_why->currentData().toString() : QString());
        if (s)
            accept();
        else
            m_banner->showError(s.error().message);
    });
    form->addRow(tr("Now"), new QLabel(registry::Vocabulary::label(registry::Vocabulary::statuses(), current), this));
    form->addRow(tr("New status"), m_status);
    form->addRow(tr("From"), m_date);
    auto *whyLabel = new QLabel(tr("Why"), this);
    form->addRow(whyLabel, m_why);
    form->addRow(tr("Reason"), m_reason);
    // Leaving support and coming back are counted by their reason (impact
    // indicators): the reason is chosen from a list, the text adds detail.
    const auto fillWhy = [this, whyLabel] {
        const QString status = m_status->currentData().toString();
        m_why->clear();
        const bool exit = status == u"exited", back = status == u"reentered";
        for (const registry::Term &t : exit ? referrals::ExitService::exitReasons()
                                   : back ? referrals::ExitService::reentryReasons() : QList<registry::Term>())
            m_why->addItem(t.label, t.key);
        m_why->setVisible(exit || back);
        whyLabel->setVisible(exit || back);
    };
    connect(m_status, &QComboBox::currentIndexChanged, this, fillWhy);
    fillWhy();
    rememberGeometry(this);
    followLayoutOrder(this);
}

ReasonDialog::ReasonDialog(const QString &title, const QString &question, Save save, QWidget *parent)
    : GuardedDialog(parent), m_save(std::move(save)), m_banner(new MessageBanner(this)), m_reason(new QLineEdit(this))
{
    setWindowTitle(title);
    setObjectName(u"reasonDialog"_s);
    m_reason->setObjectName(u"reason"_s);
    QFormLayout *form = frame(this, m_banner, title, [this] {
        const Status s = m_save(m_reason->text());
        if (s)
            accept();
        else
            m_banner->showError(s.error().message);
    });
    auto *label = new QLabel(question, this);
    label->setWordWrap(true);
    form->addRow(label);
    form->addRow(tr("Reason"), m_reason);
    rememberGeometry(this);
    followLayoutOrder(this);
}

} // namespace tamkeen::ui
