#include "registry/ConsentTab.h"

#include "format/Display.h"
#include "referrals/ReferralService.h"
#include "export/FileOutput.h"
#include "registry/MemberService.h"
#include "registry/SubjectAccess.h"
#include "registry/EraseDialog.h"
#include "registry/Erasure.h"
#include "registry/SubjectAccessPrinter.h"
#include "widgets/FileDialogs.h"
#include "widgets/MessageBanner.h"
#include "widgets/DateField.h"
#include "widgets/ReadOnlyTable.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using tamkeen::registry::Consent;
using tamkeen::registry::ConsentService;
using tamkeen::registry::Vocabulary;

namespace tamkeen::ui {

namespace {

QLineEdit *named(const QString &name, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    return edit;
}

} // namespace

// ---------------------------------------------------------------- record

ConsentDialog::ConsentDialog(storage::Database &db, const AppSettings &settings, const security::Session &session,
                             const QByteArray &householdId, QWidget *parent)
    : FormDialog(tr("Record a consent"), tr("Record"), parent), m_consents(db), m_session(session),
      m_member(new QComboBox(this)), m_purpose(new QComboBox(this)), m_partner(new QComboBox(this)),
      m_method(new QComboBox(this)), m_given(new DateField(settings, this)), m_witness(named(u"witness"_s, this)),
      m_note(named(u"note"_s, this))
{
    setObjectName(u"consentDialog"_s);
    m_member->setObjectName(u"member"_s);
    m_purpose->setObjectName(u"purpose"_s);
    m_partner->setObjectName(u"partner"_s);
    m_method->setObjectName(u"method"_s);
    m_given->setObjectName(u"givenOn"_s);
    m_given->setDate(QDate::currentDate());
    if (auto members = registry::MemberService(db).members(householdId))
        for (const registry::Member &m : members.value())
            m_member->addItem(m.fullName(), m.id);
    for (const registry::Term &t : ConsentService::purposes())
        m_purpose->addItem(t.label, t.key);
    if (auto partners = referrals::ReferralService(db).partners(true))
        for (const referrals::Partner &p : partners.value())
            m_partner->addItem(p.name, p.id);
    for (const registry::Term &t : ConsentService::methods())
        m_method->addItem(t.label, t.key);
    m_form->addRow(tr("Family member"), m_member);
    m_form->addRow(tr("Consent to"), m_purpose);
    m_form->addRow(tr("Partner named on the form"), m_partner);
    m_form->addRow(tr("Date given"), m_given);
    m_form->addRow(tr("How it was given"), m_method);
    m_form->addRow(tr("Witness"), m_witness);
    m_form->addRow(tr("Note"), m_note);
    m_fields = {{u"member"_s, m_member},   {u"purpose"_s, m_purpose}, {u"partner"_s, m_partner},
                {u"givenOn"_s, m_given->editor()}, {u"method"_s, m_method},   {u"witness"_s, m_witness}};
    // The partner only for sharing, the witness only for a verbal consent.
    const auto follow = [this] {
        m_partner->setEnabled(m_purpose->currentData().toString() == u"sharing");
        m_witness->setEnabled(m_method->currentData().toString() == u"verbal_witnessed");
    };
    connect(m_purpose, &QComboBox::currentIndexChanged, this, follow);
    connect(m_method, &QComboBox::currentIndexChanged, this, follow);
    follow();
    finishLayout();
}

Status ConsentDialog::save()
{
    registry::ConsentData d;
    d.memberId = m_member->currentData().toByteArray();
    d.purpose = m_purpose->currentData().toString();
    d.partnerId = m_partner->currentData().toByteArray();
    d.givenOn = m_given->date();
    d.method = m_method->currentData().toString();
    d.witness = m_witness->text();
    d.note = m_note->text();
    auto id = m_consents.record(m_session, d);
    return id ? Status{} : Status(id.error());
}

// ---------------------------------------------------------------- withdraw

WithdrawConsentDialog::WithdrawConsentDialog(storage::Database &db, const AppSettings &settings,
                                             const security::Session &session, const Consent &consent, QWidget *parent)
    : FormDialog(tr("Withdraw a consent"), tr("Withdraw"), parent), m_consents(db), m_session(session),
      m_id(consent.id), m_on(new DateField(settings, this)), m_note(named(u"note"_s, this))
{
    setObjectName(u"withdrawConsentDialog"_s);
    m_on->setDate(QDate::currentDate());
    const Display display(settings);
    m_form->addRow(tr("Consent"), new QLabel(ConsentService::describe(consent, [&](const QDate &d) {
                                                 return display.shortDate(d);
                                             }),
                                             this));
    m_form->addRow(tr("Withdrawn on"), m_on);
    m_form->addRow(tr("Note"), m_note);
    m_fields = {{u"withdrawnOn"_s, m_on->editor()}};
    finishLayout();
}

Status WithdrawConsentDialog::save() { return m_consents.withdraw(m_session, m_id, m_on->date(), m_note->text()); }

// ---------------------------------------------------------------- tab

ConsentTab::ConsentTab(storage::Database &db, const AppSettings &settings, const security::Session &session,
                       QWidget *parent)
    : QWidget(parent), m_db(db), m_settings(settings), m_session(session),
      m_withdraw(new QPushButton(tr("Withdraw the selected consent…"), this)),
      m_access(new QPushButton(tr("Data held about a member…"), this))
{
    setObjectName(u"consentTab"_s);
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    auto *record = new QPushButton(tr("Record a consent…"), this);
    record->setObjectName(u"recordConsent"_s);
    m_withdraw->setObjectName(u"withdrawConsent"_s);
    connect(record, &QPushButton::clicked, this, &ConsentTab::recordConsent);
    connect(m_withdraw, &QPushButton::clicked, this, &ConsentTab::withdrawSelected);
    row->addWidget(record);
    row->addWidget(m_withdraw);
    m_access->setObjectName(u"memberData"_s);
    m_access->setToolTip(tr("Everything this computer holds about a member, as a PDF or a JSON file to give them on request"));
    m_access->setVisible(registry::SubjectAccess::mayRequest(session));
    connect(m_access, &QPushButton::clicked, this, &ConsentTab::askAndExport);
    row->addWidget(m_access);
    m_erase = new QPushButton(tr("Erase data…"), this);
    m_erase->setObjectName(u"eraseData"_s);
    m_erase->setToolTip(tr("Erase a member's or the household's personal data on every computer, on request or "
                           "when the retention period is over"));
    m_erase->setVisible(registry::Erasure::mayErase(session));
    connect(m_erase, &QPushButton::clicked, this, &ConsentTab::askToErase);
    row->addWidget(m_erase);
    row->addStretch(1);
    layout->addLayout(row);
    m_table = readOnlyTable({tr("Family member"), tr("Consent to"), tr("Date"), tr("How"), tr("Recorded by"),
                             tr("In force")},
                            this, 5);
    m_table->setObjectName(u"consents"_s);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_table);
}

void ConsentTab::setHousehold(const QByteArray &householdId)
{
    m_householdId = householdId;
    reload();
}

void ConsentTab::reload()
{
    const Display display(m_settings);
    auto consents = ConsentService(m_db).ofHousehold(m_householdId);
    m_list = consents ? consents.value() : QList<Consent>();
    m_table->setRowCount(int(m_list.size()));
    const QDate today = QDate::currentDate();
    for (int r = 0; r < m_list.size(); ++r) {
        const Consent &c = m_list[r];
        QString purpose = Vocabulary::label(ConsentService::purposes(), c.purpose);
        if (c.purpose == u"sharing")
            purpose = tr("Sharing with %1").arg(c.partnerName);
        const bool override = c.method == u"override";
        QString how = override ? tr("Without consent: %1").arg(c.note) : Vocabulary::label(ConsentService::methods(), c.method);
        if (c.method == u"verbal_witnessed")
            how = tr("Verbal, witnessed by %1").arg(c.witness);
        const QString state = override ? tr("No consent")
                              : c.withdrawnOn.isValid() ? tr("Withdrawn on %1").arg(display.shortDate(c.withdrawnOn))
                              : c.inForceOn(today)      ? tr("Yes")
                                                        : tr("From %1").arg(display.shortDate(c.givenOn));
        const QStringList cells{c.memberName, purpose, display.shortDate(c.givenOn), how, c.recordedByName, state};
        for (int col = 0; col < cells.size(); ++col)
            m_table->setItem(r, col, new QTableWidgetItem(cells[col]));
    }
}

Status ConsentTab::exportMemberData(const QByteArray &memberId, const QString &path)
{
    if (!path.endsWith(u".json"_s, Qt::CaseInsensitive))
        return SubjectAccessPrinter::write(path, m_db, m_settings, m_session, memberId);
    auto held = registry::SubjectAccess::member(m_db, m_session, memberId);
    if (!held)
        return held.error();
    return exporting::FileOutput::write(path, QJsonDocument(held.value()).toJson(QJsonDocument::Indented));
}

void ConsentTab::askAndExport()
{
    auto members = registry::MemberService(m_db).members(m_householdId);
    if (!members || members.value().isEmpty())
        return;
    QStringList names;
    for (const registry::Member &m : members.value())
        names << m.fullName();
    bool chosen = false;
    const QString name = QInputDialog::getItem(this, tr("Data held about a member"), tr("Family member"), names, 0,
                                               false, &chosen);
    if (!chosen)
        return;
    const registry::Member &member = members.value().at(names.indexOf(name));
    QString path = files::saveDocument(this, m_settings, tr("Data held about a member"),
                                             tr("member-data-%1.pdf").arg(member.givenName),
                                             tr("PDF documents (*.pdf);;JSON files (*.json)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".pdf"_s;
    const Status s = exportMemberData(member.id, path);
    auto *banner = window()->findChild<MessageBanner *>();
    if (!banner)
        return;
    if (s)
        banner->showSuccess(tr("Saved in %1.").arg(Display::ltr(QDir::toNativeSeparators(path))));
    else
        banner->showError(s.error().message);
}

EraseDialog *ConsentTab::askToErase()
{
    auto members = registry::MemberService(m_db).members(m_householdId);
    auto *d = new EraseDialog(m_db, m_session, m_householdId, members ? members.value() : QList<registry::Member>{},
                              window());
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d, &EraseDialog::erased, this, [this] {
        reload();
        emit erased();
    });
    d->open();
    return d;
}

ConsentDialog *ConsentTab::recordConsent()
{
    auto *d = new ConsentDialog(m_db, m_settings, m_session, m_householdId, window());
    connect(d, &FormDialog::saved, this, [this] {
        reload();
        emit changed();
    });
    d->open();
    return d;
}

WithdrawConsentDialog *ConsentTab::withdrawSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_list.size() || m_list[row].method == u"override" || m_list[row].withdrawnOn.isValid())
        return nullptr;
    auto *d = new WithdrawConsentDialog(m_db, m_settings, m_session, m_list[row], window());
    connect(d, &FormDialog::saved, this, [this] {
        reload();
        emit changed();
    });
    d->open();
    return d;
}

} // namespace tamkeen::ui
