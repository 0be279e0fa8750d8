#include "referrals/ReferralDialogs.h"

#include "format/AppSettings.h"
#include "format/Display.h"
#include "plans/PlanService.h"
#include "registry/ConsentService.h"
#include "registry/Forms.h"
#include "registry/Vocabulary.h"
#include "widgets/DateField.h"
#include "widgets/MessageBanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using tamkeen::referrals::ReferralService;
using tamkeen::registry::Vocabulary;

namespace tamkeen::ui {

namespace {
QPlainTextEdit *shortText(const QString &name, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(80);
    return edit;
}

QLineEdit *lineEdit(const QString &name, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    return edit;
}
} // namespace

// ---------------------------------------------------------------- new referral

ReferralDialog::ReferralDialog(storage::Database &db, const AppSettings &settings, const security::Session &session,
                               QWidget *parent)
    : FormDialog(tr("New referral"), tr("Refer"), parent), m_db(db), m_session(session), m_referrals(db),
      m_households(db), m_search(lineEdit(u"search"_s, this)), m_results(new QListWidget(this)),
      m_family(new QLabel(this)), m_member(new QComboBox(this)), m_partner(new QComboBox(this)),
      m_service(new QComboBox(this)), m_sent(new DateField(settings, this)), m_followUp(new DateField(settings, this)),
      m_consent(nullptr), m_override(nullptr), m_settings(settings), m_debounce(new QTimer(this))
{
    setObjectName(u"referralDialog"_s);
    m_search->setPlaceholderText(tr("Find the family: name, file number, ID or phone"));
    m_search->setClearButtonEnabled(true);
    ignoreChanges(m_search); // looking for a family is not an entry to lose
    m_results->setObjectName(u"results"_s);
    m_results->setMaximumHeight(110);
    m_family->setWordWrap(true);
    m_member->setObjectName(u"member"_s);
    m_partner->setObjectName(u"partner"_s);
    m_service->setObjectName(u"service"_s);
    m_sent->setObjectName(u"sentOn"_s);
    m_followUp->setObjectName(u"followUpOn"_s);
    m_sent->setDate(QDate::currentDate());
    // Two weeks is long enough for a partner to answer, short enough not to lose the family.
    m_followUp->setDate(QDate::currentDate().addDays(14));

    if (auto partners = m_referrals.partners(true)) {
        m_partners = partners.value();
        for (const referrals::Partner &p : std::as_const(m_partners))
            m_partner->addItem(p.name, p.id);
        if (m_partners.isEmpty())
            banner()->showInfo(tr("There are no active partners yet. An administrator adds them under Partners."));
    } else {
        banner()->showError(partners.error().message);
    }
    fillServices();

    m_form->addRow(tr("Family"), m_search);
    m_form->addRow(QString(), m_results);
    m_form->addRow(QString(), m_family);
    m_form->addRow(tr("Family member"), m_member);
    m_form->addRow(tr("Partner"), m_partner);
    m_form->addRow(tr("Service"), m_service);
    m_goal = new QComboBox(this);
    m_goal->setObjectName(u"goal"_s);
    m_form->addRow(tr("For the plan goal"), m_goal);
    connect(m_member, &QComboBox::currentIndexChanged, this, &ReferralDialog::fillGoals);
    fillGoals();
    m_form->addRow(tr("Date sent"), m_sent);
    m_form->addRow(tr("Follow up on"), m_followUp);
    m_consent = new QLabel(this);
    m_consent->setObjectName(u"consent"_s);
    m_consent->setWordWrap(true);
    m_override = lineEdit(u"consentOverride"_s, this);
    m_override->setPlaceholderText(tr("Only if it must go without the member's consent: why"));
    m_form->addRow(tr("Consent to share"), m_consent);
    m_form->addRow(tr("Without consent, because"), m_override);
    connect(m_member, &QComboBox::currentIndexChanged, this, &ReferralDialog::showConsent);
    connect(m_partner, &QComboBox::currentIndexChanged, this, &ReferralDialog::showConsent);
    connect(m_sent, &DateField::dateChanged, this, &ReferralDialog::showConsent);
    showConsent();
    m_fields = {{u"member"_s, m_search},   {u"partner"_s, m_partner},        {u"service"_s, m_service},
                {u"sentOn"_s, m_sent->editor()}, {u"followUpOn"_s, m_followUp->editor()},
                {u"consent"_s, m_override}, {u"consentOverride"_s, m_override}};
    finishLayout();

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &ReferralDialog::runSearch);
    connect(m_results, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_hits.size())
            chooseHousehold(m_hits[row].householdId, m_hits[row].memberId);
    });
    connect(m_partner, &QComboBox::currentIndexChanged, this, &ReferralDialog::fillServices);
    m_search->setFocus();
}

void ReferralDialog::runSearch()
{
    m_debounce->stop();
    const QString query = m_search->text().trimmed();
    m_results->blockSignals(true);
    m_results->clear();
    m_hits.clear();
    if (!query.isEmpty()) {
        auto hits = registry::SearchIndex::search(m_db, query, 30);
        if (hits)
            m_hits = hits.value();
        else
            banner()->showError(hits.error().message);
    }
    for (const registry::SearchHit &h : std::as_const(m_hits)) {
        QString text = u"%1 — %2"_s.arg(Display::ltr(h.fileNumber), h.headName);
        if (!h.memberName.isEmpty() && h.memberName != h.headName)
            text += u" — "_s + tr("found: %1").arg(h.memberName);
        m_results->addItem(text);
    }
    m_results->blockSignals(false);
    if (!query.isEmpty() && m_hits.isEmpty())
        m_family->setText(tr("No family found. Try another spelling, the file number or a phone number."));
}

bool ReferralDialog::chooseHousehold(const QByteArray &householdId, const QByteArray &memberId)
{
    auto household = m_households.household(householdId);
    auto members = m_households.members().members(householdId);
    if (!household || !members) {
        banner()->showError(!household ? household.error().message : members.error().message);
        return false;
    }
    m_member->clear();
    QString head;
    int chosen = -1;
    for (const registry::Member &m : members.value()) {
        if (m.relation == u"head") {
            head = m.fullName();
            if (chosen < 0 && memberId.isEmpty())
                chosen = m_member->count();
        }
        if (m.id == memberId)
            chosen = m_member->count();
        m_member->addItem(u"%1 — %2"_s.arg(m.fullName(), Vocabulary::label(Vocabulary::relations(), m.relation)), m.id);
    }
    m_member->setCurrentIndex(std::max(0, chosen));
    m_family->setText(tr("File %1 — %2").arg(Display::ltr(household.value().fileNumber), head));
    return true;
}

bool ReferralDialog::choosePartner(const QByteArray &partnerId)
{
    const int i = m_partner->findData(partnerId);
    if (i >= 0)
        m_partner->setCurrentIndex(i);
    return i >= 0;
}

void ReferralDialog::fillServices()
{
    m_service->clear();
    const QByteArray id = m_partner->currentData().toByteArray();
    for (const referrals::Partner &p : std::as_const(m_partners))
        if (p.id == id)
            m_service->addItems(p.services);
}

void ReferralDialog::fillGoals()
{
    m_goal->clear();
    m_goal->addItem(tr("None"));
    const QByteArray member = m_member->currentData().toByteArray();
    if (member.isEmpty())
        return;
    plans::PlanService plans(m_db);
    plans::PlanFilter mine;
    mine.memberId = member;
    auto rows = plans.list(mine, QDate::currentDate());
    if (!rows)
        return;
    for (const plans::PlanRow &row : rows.value()) {
        if (row.status != u"draft" && row.status != u"submitted" && row.status != u"active")
            continue;
        auto goals = plans.goals(row.id);
        for (const plans::Goal &g : goals ? goals.value() : QList<plans::Goal>()) {
            if (g.status != u"dropped")
                m_goal->addItem(g.description, QStringList{QString::fromLatin1(row.id.toHex()),
                                                           QString::fromLatin1(g.id.toHex())});
        }
    }
}

Status ReferralDialog::save()
{
    referrals::ReferralData d;
    d.memberId = m_member->currentData().toByteArray();
    d.partnerId = m_partner->currentData().toByteArray();
    d.service = m_service->currentText();
    d.sentOn = m_sent->date();
    d.followUpOn = m_followUp->date();
    const QStringList goal = m_goal->currentData().toStringList(); // plan id, goal id (hex)
    if (goal.size() == 2) {
        d.planId = QByteArray::fromHex(goal[0].toLatin1());
        d.goalId = QByteArray::fromHex(goal[1].toLatin1());
    }
    d.consentOverride = m_override->text();
    auto id = m_referrals.refer(m_session, d);
    if (!id)
        return id.error();
    m_id = id.value();
    return {};
}

void ReferralDialog::showConsent()
{
    const QByteArray member = m_member->currentData().toByteArray();
    const QByteArray partner = m_partner->currentData().toByteArray();
    if (member.isEmpty() || partner.isEmpty()) {
        m_consent->clear();
        return;
    }
    auto consent = registry::ConsentService(m_db).sharingConsent(member, partner, m_sent->date());
    const Display display(m_settings);
    if (consent && consent.value() && consent.value()->method != u"override") {
        m_consent->setText(registry::ConsentService::describe(*consent.value(),
                                                              [&](const QDate &d) { return display.shortDate(d); }));
        m_consent->setStyleSheet(QString());
    } else {
        m_consent->setText(tr("No consent recorded for sharing with this partner. Record it in the household file "
                              "(Consent), or write below why the referral must go without it."));
        m_consent->setStyleSheet(u"color: #b3261e;"_s);
    }
}

// ---------------------------------------------------------------- status

ReferralStatusDialog::ReferralStatusDialog(storage::Database &db, const AppSettings &settings,
                                           const security::Session &session, const referrals::Referral &referral,
                                           QWidget *parent)
    : FormDialog(tr("Change the referral's status"), tr("Save"), parent), m_referrals(db), m_session(session),
      m_id(referral.id), m_status(new QComboBox(this)), m_on(new DateField(settings, this)),
      m_followUp(new DateField(settings, this)), m_note(shortText(u"note"_s, this)),
      m_hasFollowUp(new QCheckBox(tr("Next follow-up on"), this))
{
    setObjectName(u"referralStatusDialog"_s);
    m_status->setObjectName(u"status"_s);
    for (const QString &key : ReferralService::nextStatuses(referral.status))
        m_status->addItem(Vocabulary::label(ReferralService::statuses(), key), key);
    m_on->setObjectName(u"on"_s);
    m_on->setDate(QDate::currentDate());
    m_hasFollowUp->setObjectName(u"hasFollowUp"_s);
    m_followUp->setObjectName(u"followUpOn"_s);
    m_followUp->setDate(QDate::currentDate().addDays(14));
    m_followUp->setEnabled(false);
    connect(m_hasFollowUp, &QCheckBox::toggled, m_followUp, &QWidget::setEnabled);
    connect(m_status, &QComboBox::currentIndexChanged, this, &ReferralStatusDialog::statusChanged);

    auto *about = new QLabel(u"%1 — %2 — %3"_s
                                 .arg(referral.memberName, referral.partnerName, referral.service),
                             this);
    about->setWordWrap(true);
    m_form->addRow(tr("Referral"), about);
    m_form->addRow(tr("Now"), new QLabel(Vocabulary::label(ReferralService::statuses(), referral.status), this));
    m_form->addRow(tr("New status"), m_status);
    m_form->addRow(tr("Date"), m_on);
    m_form->addRow(tr("Note"), m_note);
    m_form->addRow(m_hasFollowUp, m_followUp);
    m_fields = {{u"status"_s, m_status}, {u"on"_s, m_on->editor()}, {u"note"_s, m_note}};
    finishLayout();
    statusChanged();
    m_status->setFocus();
}

bool ReferralStatusDialog::chooseStatus(const QString &key)
{
    const int i = m_status->findData(key);
    if (i >= 0)
        m_status->setCurrentIndex(i);
    return i >= 0;
}

void ReferralStatusDialog::statusChanged()
{
    // A closed referral needs no further follow-up; a rejection needs the partner's reason.
    const QString s = m_status->currentData().toString();
    const bool closed = s == u"completed" || s == u"rejected";
    m_hasFollowUp->setEnabled(!closed);
    m_followUp->setEnabled(!closed && m_hasFollowUp->isChecked());
    m_note->setPlaceholderText(s == u"rejected" ? tr("The partner's reason (required)") : QString());
}

Status ReferralStatusDialog::save()
{
    const QDate next = m_hasFollowUp->isEnabled() && m_hasFollowUp->isChecked() ? m_followUp->date() : QDate();
    return m_referrals.setStatus(m_session, m_id, m_status->currentData().toString(), m_on->date(),
                                 m_note->toPlainText(), next);
}

// ---------------------------------------------------------------- outcome

ReferralOutcomeDialog::ReferralOutcomeDialog(storage::Database &db, const security::Session &session,
                                             const referrals::Referral &referral, QWidget *parent)
    : FormDialog(tr("Outcome of the referral"), tr("Save"), parent), m_referrals(db), m_session(session),
      m_id(referral.id), m_outcome(shortText(u"outcome"_s, this)), m_feedback(shortText(u"feedback"_s, this))
{
    setObjectName(u"referralOutcomeDialog"_s);
    m_outcome->setPlainText(referral.outcome);
    m_feedback->setPlainText(referral.feedback);
    auto *about = new QLabel(u"%1 — %2 — %3"_s.arg(referral.memberName, referral.partnerName, referral.service), this);
    about->setWordWrap(true);
    m_form->addRow(tr("Referral"), about);
    m_form->addRow(tr("Outcome"), m_outcome);
    m_form->addRow(tr("Partner's feedback"), m_feedback);
    m_fields = {{u"outcome"_s, m_outcome}};
    finishLayout();
    m_outcome->setFocus();
}

Status ReferralOutcomeDialog::save()
{
    return m_referrals.recordOutcome(m_session, m_id, m_outcome->toPlainText(), m_feedback->toPlainText());
}

// ---------------------------------------------------------------- partner

PartnerDialog::PartnerDialog(storage::Database &db, const security::Session &session, const referrals::Partner &partner,
                             QWidget *parent)
    : FormDialog(partner.id.isEmpty() ? tr("New partner") : tr("Edit partner"), tr("Save"), parent),
      m_referrals(db), m_session(session), m_id(partner.id), m_name(lineEdit(u"name"_s, this)),
      m_region(lineEdit(u"region"_s, this)), m_contact(lineEdit(u"contact"_s, this)),
      m_phone(lineEdit(u"phone"_s, this)), m_email(lineEdit(u"email"_s, this)),
      m_kind(termCombo(ReferralService::partnerKinds(), true, this)), m_services(shortText(u"services"_s, this)),
      m_active(new QCheckBox(tr("Active: offered in new referrals"), this))
{
    setObjectName(u"partnerDialog"_s);
    m_kind->setObjectName(u"kind"_s);
    m_active->setObjectName(u"active"_s);
    m_services->setMaximumHeight(110);
    m_services->setPlaceholderText(tr("One service per line"));
    // Phone numbers and addresses read left to right in Arabic too.
    m_phone->setLayoutDirection(Qt::LeftToRight);
    m_email->setLayoutDirection(Qt::LeftToRight);
    m_name->setText(partner.name);
    selectTerm(m_kind, partner.kind);
    m_services->setPlainText(partner.services.join(QLatin1Char('\n')));
    m_region->setText(partner.region);
    m_contact->setText(partner.contact);
    m_phone->setText(partner.phone);
    m_email->setText(partner.email);
    m_active->setChecked(partner.active);

    m_form->addRow(tr("Name"), m_name);
    m_form->addRow(tr("Kind"), m_kind);
    m_form->addRow(tr("Services"), m_services);
    m_form->addRow(tr("Region"), m_region);
    m_form->addRow(tr("Contact person"), m_contact);
    m_form->addRow(tr("Phone"), m_phone);
    m_form->addRow(tr("E-mail"), m_email);
    m_form->addRow(QString(), m_active);
    m_fields = {{u"name"_s, m_name},   {u"kind"_s, m_kind},   {u"services"_s, m_services},
                {u"phone"_s, m_phone}, {u"email"_s, m_email}, {u"region"_s, m_region}};
    finishLayout();
    m_name->setFocus();
}

Status PartnerDialog::save()
{
    referrals::Partner p;
    p.id = m_id;
    p.name = m_name->text().trimmed();
    p.kind = m_kind->currentData().toString();
    for (const QString &line : m_services->toPlainText().split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            p.services << line.trimmed();
    p.region = m_region->text().trimmed();
    p.contact = m_contact->text().trimmed();
    p.phone = m_phone->text().trimmed();
    p.email = m_email->text().trimmed();
    p.active = m_active->isChecked();
    if (!m_id.isEmpty())
        return m_referrals.updatePartner(m_session, p);
    auto id = m_referrals.addPartner(m_session, p);
    if (!id)
        return id.error();
    m_id = id.value();
    return {};
}

// ---------------------------------------------------------------- follow-up after exit

ExitFollowUpDialog::ExitFollowUpDialog(storage::Database &db, const AppSettings &settings,
                                       const security::Session &session, const referrals::FollowUpCheck &check,
                                       QWidget *parent)
    : FormDialog(tr("Follow-up after exit"), tr("Save"), parent), m_exits(db), m_session(session),
      m_id(check.id), m_on(new DateField(settings, this)), m_employed(new QCheckBox(tr("Employed"), this)),
      m_income(new QDoubleSpinBox(this)), m_note(lineEdit(u"note"_s, this))
{
    setObjectName(u"exitFollowUpDialog"_s);
    const Display display(settings);
    m_on->setObjectName(u"on"_s);
    m_on->setDate(QDate::currentDate());
    m_employed->setObjectName(u"employed"_s);
    m_income->setObjectName(u"income"_s);
    m_income->setRange(0, 10'000'000);
    m_income->setDecimals(0);
    m_income->setSingleStep(100);
    auto *about = new QLabel(tr("%1 — %2 — %3 after exit (due %4)")
                                 .arg(Display::ltr(check.fileNumber), check.headName,
                                      display.digits(tr("%Ln month(s)", nullptr, check.months)), display.date(check.dueOn)),
                             this);
    about->setWordWrap(true);
    m_form->addRow(tr("Family"), about);
    m_form->addRow(tr("Date"), m_on);
    m_form->addRow(QString(), m_employed);
    m_form->addRow(tr("Monthly income"), m_income);
    m_form->addRow(tr("Note"), m_note);
    m_fields = {{u"on"_s, m_on->editor()}, {u"income"_s, m_income}, {u"note"_s, m_note}};
    finishLayout();
    m_employed->setFocus();
}

Status ExitFollowUpDialog::save()
{
    return m_exits.recordFollowUp(m_session, m_id, m_on->date(), m_employed->isChecked(), m_income->value(),
                                  m_note->text());
}

} // namespace tamkeen::ui
