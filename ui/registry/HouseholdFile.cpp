#include "registry/HouseholdFile.h"

#include "casework/AssignmentTab.h"
#include "casework/CareLevelTab.h"
#include "casework/SupportTab.h"
#include "casework/ComplianceTab.h"
#include "documents/DocumentsTab.h"
#include "objections/ObjectionDialogs.h"
#include "visits/VisitsTab.h"
#include "security/AuditLog.h"
#include "registry/ConsentTab.h"

#include "registry/EligibilityText.h"

#include "clinic/MemberClinicDialog.h"
#include "clinic/TimelineView.h"
#include "format/AppSettings.h"
#include "format/Display.h"
#include "impact/SatisfactionDialog.h"
#include "impact/SatisfactionTab.h"
#include "referrals/ExitService.h"
#include "registry/Forms.h"
#include "registry/HouseholdPrinter.h"
#include "registry/HouseholdList.h"
#include "registry/MemberDialogs.h"
#include "registry/SmallDialogs.h"
#include "registry/Vocabulary.h"
#include "storage/Database.h"
#include "widgets/DocumentOutput.h"
#include "widgets/GuardedDialog.h"
#include "widgets/MessageBanner.h"
#include "widgets/WindowGeometry.h"

#include "widgets/ReadOnlyTable.h"
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using tamkeen::registry::Vocabulary;

namespace tamkeen::ui {

namespace {

void fill(QTableWidget *t, const QList<QStringList> &rows)
{
    t->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows[r].size(); ++c)
            t->setItem(r, c, new QTableWidgetItem(rows[r][c]));
}

QPushButton *button(const QString &text, QWidget *parent, QHBoxLayout *row)
{
    auto *b = new QPushButton(text, parent);
    row->addWidget(b);
    return b;
}

} // namespace

HouseholdFile::HouseholdFile(storage::Database &db, const AppSettings &settings, const security::Session &session,
                             const QByteArray &householdId, QWidget *parent)
    : QDialog(parent), m_db(db), m_settings(settings), m_session(session), m_id(householdId), m_households(db),
      m_incomes(db), m_banner(new MessageBanner(this)), m_header(new QLabel(this)), m_tabs(new QTabWidget(this))
{
    setObjectName(u"householdFile"_s);
    auto *layout = new QVBoxLayout(this);
    QFont big = m_header->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_header->setFont(big);
    m_header->setTextFormat(Qt::PlainText);
    layout->addWidget(m_header);
    auto *actions = new QHBoxLayout;
    connect(button(tr("Edit household…"), this, actions), &QPushButton::clicked, this, &HouseholdFile::editHousehold);
    connect(button(tr("Change status…"), this, actions), &QPushButton::clicked, this, &HouseholdFile::changeStatus);
    connect(button(tr("Archive…"), this, actions), &QPushButton::clicked, this, &HouseholdFile::archiveHousehold);
    QPushButton *objection = button(tr("Objection or complaint…"), this, actions);
    objection->setObjectName(u"receiveObjection"_s);
    connect(objection, &QPushButton::clicked, this, &HouseholdFile::receiveObjection);
    QPushButton *print = button(tr("Print the file…"), this, actions);
    print->setObjectName(u"printFile"_s);
    actions->addStretch(1);
    layout->addLayout(actions);
    layout->addWidget(m_banner);
    m_tabs->addTab(buildMembersTab(), tr("Members"));
    QWidget *incomes = buildIncomesTab();
    m_tabs->addTab(incomes, tr("Incomes and eligibility"));
    // Beside the incomes: the move from aid to earned income shows there.
    m_support = new SupportTab(db, settings, session, this);
    m_tabs->addTab(m_support, tr("Support received"));
    connect(m_support, &SupportTab::changed, this, [this] {
        m_banner->showSuccess(tr("The support was saved."));
        emit changed();
    });
    m_compliance = new ComplianceTab(db, settings, session, this);
    m_tabs->addTab(m_compliance, tr("Conditions"));
    connect(m_compliance, &ComplianceTab::changed, this, [this] {
        m_banner->showSuccess(tr("It was recorded."));
        emit changed();
    });
    QWidget *statuses = buildStatusTab();
    m_tabs->addTab(statuses, tr("Status history"));
    m_timeline = new TimelineView(db, settings, session, this);
    m_tabs->addTab(m_timeline, tr("Timeline"));
    m_satisfaction = new SatisfactionTab(db, settings, session, this);
    m_tabs->addTab(m_satisfaction, tr("Satisfaction"));
    connect(m_satisfaction, &SatisfactionTab::recorded, this, [this] { m_banner->showSuccess(tr("The survey was recorded.")); });
    m_assignment = new AssignmentTab(db, settings, session, this);
    m_tabs->addTab(m_assignment, tr("Social worker and centre"));
    connect(m_assignment, &AssignmentTab::changed, this, [this] {
        m_banner->showSuccess(tr("The change was recorded."));
        reload();
        emit changed();
    });
    m_careLevel = new CareLevelTab(db, settings, session, this);
    m_tabs->addTab(m_careLevel, tr("Level of care"));
    connect(m_careLevel, &CareLevelTab::changed, this, [this] {
        m_banner->showSuccess(tr("The level of care was recorded."));
        emit changed();
    });
    m_visits = new VisitsTab(db, settings, session, m_banner, this);
    m_tabs->addTab(m_visits, tr("Home visits"));
    connect(m_visits, &VisitsTab::changed, this, &HouseholdFile::changed);
    // What a visit found changed in the family is entered with the file's own dialogs.
    connect(m_visits, &VisitsTab::addMemberAsked, this, &HouseholdFile::addMember);
    connect(m_visits, &VisitsTab::recordIncomeAsked, this, &HouseholdFile::recordIncome);
    m_documents = new DocumentsTab(db, settings, session, m_banner, this);
    m_tabs->addTab(m_documents, tr("Documents"));
    connect(m_documents, &DocumentsTab::changed, this, &HouseholdFile::changed);
    connect(m_visits, &VisitsTab::attachDocumentAsked, this, [this](const QByteArray &visitId) {
        m_documents->attach({u"home_visits"_s, visitId, {}, {}});
    });
    m_consent = new ConsentTab(db, settings, session, this);
    m_tabs->addTab(m_consent, tr("Consent"));
    connect(m_consent, &ConsentTab::changed, this, [this] { m_banner->showSuccess(tr("The consent was saved.")); });
    connect(m_consent, &ConsentTab::erased, this, [this] {
        reload();
        emit changed();
        m_banner->showSuccess(tr("The data was erased here; every computer erases it when this reaches it by sync."));
    });
    // Registry lines of the timeline open the tab that holds them.
    connect(m_timeline, &TimelineView::showRegistryTab, this, [this, incomes, statuses](clinic::TimelineItem::Kind kind) {
        using K = clinic::TimelineItem::Kind;
        m_tabs->setCurrentIndex(kind == K::Income ? m_tabs->indexOf(incomes) : kind == K::Status ? m_tabs->indexOf(statuses) : 0);
    });
    connect(m_timeline, &TimelineView::changed, this, [this] {
        reload();
        emit changed();
    });
    layout->addWidget(m_tabs, 1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(close);
    // The summary leaves confidential notes and wellbeing scores out for every role.
    m_printOutput = new DocumentOutput(
        print, m_settings, m_banner,
        {{},
         [this] { return tr("file-%1.pdf").arg(m_fileNumber); },
         [this](const QString &path) { return HouseholdPrinter::write(path, m_db, m_settings, m_session, m_id); },
         [this] { return HouseholdPrinter::make(m_db, m_settings, m_session, m_id); },
         [this](const QString &path) {
             security::AuditLog::logged(security::AuditLog(m_db).record(m_session, u"print"_s, m_id, tr("file-%1.pdf").arg(m_fileNumber) + u' ' + path));
         }});
    rememberGeometry(this, QSize(980, 640));
    // What others write (other windows, the clinic, an imported package) shows here too.
    Notifier &notifier = db.notifier();
    for (auto signal : {&Notifier::householdsChanged, &Notifier::clinicChanged, &Notifier::plansChanged,
                        &Notifier::referralsChanged, &Notifier::exitsChanged})
        connect(&notifier, signal, this, &HouseholdFile::reload);
    reload();
    // Who opened which family's file (issue 15 §4).
    security::AuditLog::logged(security::AuditLog(db).record(session, u"open_household"_s, householdId));
}

QWidget *HouseholdFile::buildMembersTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *row = new QHBoxLayout;
    connect(button(tr("Add member…"), page, row), &QPushButton::clicked, this, &HouseholdFile::addMember);
    connect(button(tr("Edit member…"), page, row), &QPushButton::clicked, this,
            [this] { editMember(m_members->currentRow()); });
    connect(button(tr("Make head"), page, row), &QPushButton::clicked, this, [this] {
        const int r = m_members->currentRow();
        if (r < 0 || r >= m_memberList.size())
            return;
        report(m_households.members().makeHead(m_session, m_memberList[r].id, u"other"_s),
             tr("%1 is now the head of household.").arg(m_memberList[r].fullName()));
    });
    QPushButton *clinicPage = button(tr("Clinic page…"), page, row);
    clinicPage->setObjectName(u"clinicPage"_s);
    connect(clinicPage, &QPushButton::clicked, this, [this] { openClinicPage(m_members->currentRow()); });
    connect(button(tr("Archive member…"), page, row), &QPushButton::clicked, this, [this] {
        const int r = m_members->currentRow();
        if (r < 0 || r >= m_memberList.size())
            return;
        const QByteArray id = m_memberList[r].id;
        auto *d = new ReasonDialog(tr("Archive"), tr("Why is %1 leaving the household file?").arg(m_memberList[r].fullName()),
                                   [this, id](const QString &reason) {
                                       const Status s = m_households.members().archive(m_session, id, reason);
                                       if (s)
                                           report(s, tr("The member was archived."));
                                       return s;
                                   },
                                   this);
        d->setAttribute(Qt::WA_DeleteOnClose);
        d->open();
    });
    row->addStretch(1);
    layout->addLayout(row);
    m_members = readOnlyTable({tr("Name"), tr("Relation"), tr("Sex"), tr("Birth date"), tr("Document"), tr("Employment"),
                       tr("Able to work")},
                      page, 0);
    m_members->setObjectName(u"members"_s);
    connect(m_members, &QTableWidget::cellDoubleClicked, this, [this](int r) { editMember(r); });
    layout->addWidget(m_members);
    return page;
}

QWidget *HouseholdFile::buildIncomesTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_eligibility = new QLabel(page);
    m_eligibility->setObjectName(u"eligibility"_s);
    QFont f = m_eligibility->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.2);
    m_eligibility->setFont(f);
    m_explanation = new QLabel(page);
    m_explanation->setWordWrap(true);
    layout->addWidget(m_eligibility);
    layout->addWidget(m_explanation);
    auto *row = new QHBoxLayout;
    connect(button(tr("Record income…"), page, row), &QPushButton::clicked, this, &HouseholdFile::recordIncome);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addWidget(new QLabel(tr("Incomes in force today"), page));
    m_currentIncomes = readOnlyTable({tr("Whose"), tr("Source"), tr("Monthly amount"), tr("Since")}, page, 0);
    layout->addWidget(m_currentIncomes);
    layout->addWidget(new QLabel(tr("History of changes"), page));
    m_incomeHistory = readOnlyTable({tr("Whose"), tr("Source"), tr("Monthly amount"), tr("From"), tr("Note")}, page, 4);
    layout->addWidget(m_incomeHistory);
    return page;
}

QWidget *HouseholdFile::buildStatusTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_status = readOnlyTable({tr("Date"), tr("Status"), tr("Before"), tr("Reason")}, page, 3);
    layout->addWidget(m_status);
    return page;
}

bool HouseholdFile::reload()
{
    auto h = m_households.household(m_id);
    if (!h) {
        m_banner->showError(h.error().message);
        return false;
    }
    const Display display(m_settings);
    auto members = m_households.members().members(m_id);
    m_memberList = members ? members.value() : QList<registry::Member>();
    QString headName;
    QHash<QByteArray, QString> names;
    QList<QStringList> rows;
    for (const registry::Member &m : m_memberList) {
        names.insert(m.id, Display::personName(m.fullName()));
        if (m.relation == u"head")
            headName = Display::personName(m.fullName());
        rows << QStringList{Display::personName(m.fullName()), Vocabulary::label(Vocabulary::relations(), m.relation),
                            Vocabulary::label(Vocabulary::sexes(), m.sex), display.shortDate(m.birthDate),
                            Display::ltr(m.idNumber),
                            Vocabulary::label(Vocabulary::employmentStatuses(), m.employment),
                            m.ableToWork.value_or(false) ? tr("Yes") : QString()};
    }
    fill(m_members, rows);
    m_fileNumber = h.value().fileNumber;
    setWindowTitle(tr("File %1").arg(Display::ltr(h.value().fileNumber)));
    m_header->setText(tr("%1 — %2 — %3")
                          .arg(Display::ltr(h.value().fileNumber), headName,
                               Vocabulary::label(Vocabulary::statuses(), h.value().status)));

    auto eligibility = m_incomes.eligibility(m_id);
    if (eligibility) {
        const registry::Eligibility &e = eligibility.value();
        m_eligibility->setText(e.eligible ? tr("Eligible") : tr("Not eligible"));
        m_eligibility->setStyleSheet(e.eligible ? u"color:#1e6b33;"_s : u"color:#8a1c1c;"_s);
        m_explanation->setText(EligibilityText::explain(display, e));
    }
    auto whose = [&](const QByteArray &member) { return member.isEmpty() ? tr("Household") : names.value(member); };
    QList<QStringList> current, history;
    for (const registry::Income &i : m_incomes.current(m_id).value())
        current << QStringList{whose(i.memberId), Vocabulary::label(Vocabulary::incomeSources(), i.source),
                               display.money(i.amount, i.currency), display.shortDate(i.effectiveDate)};
    for (const registry::Income &i : m_incomes.history(m_id).value())
        history << QStringList{whose(i.memberId), Vocabulary::label(Vocabulary::incomeSources(), i.source),
                               display.money(i.amount, i.currency), display.shortDate(i.effectiveDate), i.note};
    fill(m_currentIncomes, current);
    fill(m_incomeHistory, history);

    QList<QStringList> statusRows;
    for (const registry::StatusChange &c : m_households.statusHistory(m_id).value())
        statusRows << QStringList{display.shortDate(c.date), Vocabulary::label(Vocabulary::statuses(), c.status),
                                  c.previousStatus.isEmpty() ? QString()
                                                             : Vocabulary::label(Vocabulary::statuses(), c.previousStatus),
                                  c.previousStatus.isEmpty() && c.reason.isEmpty() ? tr("Registered") : c.reason};
    fill(m_status, statusRows);
    m_timeline->setHousehold(m_id, h.value().fileNumber, m_memberList);
    m_satisfaction->setHousehold(m_id);
    m_visits->setHousehold(m_id);
    m_careLevel->setHousehold(m_id);
    m_support->setHousehold(m_id);
    m_documents->setHousehold(m_id);
    m_compliance->setHousehold(m_id);
    m_assignment->setHousehold(m_id);
    m_consent->setHousehold(m_id);
    return true;
}

void HouseholdFile::report(const Status &status, const QString &success)
{
    if (!status) {
        m_banner->showError(status.error().message);
        return;
    }
    m_banner->showSuccess(success);
    reload();
    emit changed();
}

QDialog *HouseholdFile::addMember()
{
    auto *d = new MemberDialog(
        m_settings, tr("Add a member"),
        [this](const registry::MemberData &data, const QList<QByteArray> &ack) -> Status {
            auto id = m_households.members().add(m_session, m_id, data, ack);
            if (!id)
                return id.error();
            report({}, tr("%1 was added.").arg(data.fullName()));
            return {};
        },
        m_households.members(), {}, this);
    connect(d, &RegistryDialog::openHousehold, this, &HouseholdFile::openHousehold);
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->open();
    return d;
}

QDialog *HouseholdFile::editMember(int row)
{
    if (row < 0 || row >= m_memberList.size())
        return nullptr;
    const registry::Member member = m_memberList[row];
    auto *d = new MemberDialog(
        m_settings, tr("Edit %1").arg(member.fullName()),
        [this, member](const registry::MemberData &data, const QList<QByteArray> &ack) -> Status {
            const Status s = m_households.members().update(m_session, member.id, data, ack);
            if (s)
                report(s, tr("The changes were saved."));
            return s;
        },
        m_households.members(), member.id, this);
    d->form()->setData(member);
    connect(d, &RegistryDialog::openHousehold, this, &HouseholdFile::openHousehold);
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->open();
    return d;
}

QDialog *HouseholdFile::recordIncome()
{
    auto *d = new IncomeDialog(m_settings, m_memberList, m_id,
                               [this](const registry::Income &in) -> Status {
                                   auto id = m_incomes.record(m_session, in);
                                   if (!id)
                                       return id.error();
                                   report({}, tr("The income was recorded."));
                                   return {};
                               },
                               this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->open();
    return d;
}

QDialog *HouseholdFile::changeStatus()
{
    auto h = m_households.household(m_id);
    if (!h)
        return nullptr;
    auto *d = new StatusDialog(m_settings, h.value().status,
                               [this](const QString &status, const QDate &date, const QString &reason,
                                      const QString &why) {
                                   // Exits and re-entries are events of their own, with
                                   // follow-ups after an exit (referrals/ExitService).
                                   referrals::ExitService exits(m_db);
                                   Status s;
                                   if (status == u"exited") {
                                       auto exit = exits.exitSupport(m_session, m_id, date, why, reason);
                                       s = exit ? Status() : Status(exit.error());
                                       if (exit)
                                           offerExitSurvey(exit.value());
                                   } else if (status == u"reentered") {
                                       s = exits.reenter(m_session, m_id, date, why, reason);
                                   } else {
                                       s = m_households.changeStatus(m_session, m_id, status, date, reason);
                                   }
                                   if (s)
                                       report(s, tr("The status was changed."));
                                   return s;
                               },
                               this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->open();
    return d;
}

SatisfactionDialog *HouseholdFile::lastSurveyOffer() const
{
    return m_surveyOffer.data();
}

void HouseholdFile::offerExitSurvey(const QByteArray &exitId)
{
    if (!impact::SatisfactionService::mayRecord(m_session, impact::Occasion::Exit))
        return;
    // Opened once the status dialog has closed, over the file.
    m_surveyOffer = new SatisfactionDialog(m_db, m_settings, m_session, m_id, impact::Occasion::Exit, exitId, {}, this);
    connect(m_surveyOffer, &FormDialog::saved, this, [this] {
        m_banner->showSuccess(tr("The survey was recorded."));
        reload();
    });
    QMetaObject::invokeMethod(m_surveyOffer, &QDialog::open, Qt::QueuedConnection);
}

QDialog *HouseholdFile::editHousehold()
{
    auto h = m_households.household(m_id);
    if (!h)
        return nullptr;
    auto *d = new GuardedDialog(this);
    d->setWindowTitle(tr("Edit household"));
    auto *layout = new QVBoxLayout(d);
    auto *banner = new MessageBanner(d);
    auto regions = registry::HouseholdList::regions(m_db);
    auto *form = new HouseholdForm(m_settings, regions ? regions.value() : QStringList(), workerChoices(m_db), d);
    form->setData(h.value());
    suggestPlaces(form, m_db);
    layout->addWidget(banner);
    layout->addWidget(form);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, d);
    box->button(QDialogButtonBox::Save)->setObjectName(u"submit"_s);
    d->setSaveButton(box->button(QDialogButtonBox::Save));
    layout->addWidget(box);
    connect(box, &QDialogButtonBox::rejected, d, &QDialog::reject);
    connect(box, &QDialogButtonBox::accepted, d, [this, d, form, banner] {
        const Status s = m_households.update(m_session, m_id, form->data());
        if (!s) {
            banner->showError(s.error().message);
            form->focusField(s.error().field);
            return;
        }
        report(s, tr("The changes were saved."));
        d->accept();
    });
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->open();
    return d;
}

QDialog *HouseholdFile::openClinicPage(int row)
{
    if (row < 0 || row >= m_memberList.size()) {
        m_banner->showInfo(tr("Select a member in the list first, then open their clinic page."));
        return nullptr;
    }
    auto *d = new MemberClinicDialog(m_db, m_settings, m_session, m_memberList[row].id, this);
    connect(d, &MemberClinicDialog::changed, this, [this] {
        reload();
        emit changed();
    });
    d->show();
    return d;
}

QDialog *HouseholdFile::archiveHousehold()
{
    auto *d = new ReasonDialog(tr("Archive"),
                               tr("Archived households are kept but no longer listed or found. Why is this file archived?"),
                               [this](const QString &reason) {
                                   const Status s = m_households.archive(m_session, m_id, reason);
                                   if (s) {
                                       emit changed();
                                       QMetaObject::invokeMethod(this, &QDialog::accept, Qt::QueuedConnection);
                                   }
                                   return s;
                               },
                               this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->open();
    return d;
}

QDialog *HouseholdFile::receiveObjection()
{
    auto *d = new ReceiveObjectionDialog(m_db, m_settings, m_session, m_id, {}, this);
    connect(d, &FormDialog::saved, this, [this] {
        m_banner->showSuccess(tr("It was received: it is in Objections and complaints, due by the days set for it."));
        emit changed();
    });
    d->open();
    return d;
}

} // namespace tamkeen::ui
