#include "visits/VisitDialogs.h"

#include "common/Notifier.h"
#include "format/Display.h"
#include "storage/Database.h"
#include "registry/HouseholdService.h"
#include "registry/MemberService.h"
#include "visits/VisitChecklist.h"
#include "widgets/DateField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

#include <algorithm>

using namespace Qt::StringLiterals;
using tamkeen::visits::ChecklistItem;
using tamkeen::visits::ItemKind;
using tamkeen::visits::VisitChecklist;
using tamkeen::visits::VisitService;

namespace tamkeen::ui {

PlanVisitDialog::PlanVisitDialog(storage::Database &db, const AppSettings &settings, const security::Session &session,
                                 const QByteArray &householdId, QWidget *parent)
    : FormDialog(tr("Plan a home visit"), tr("Plan"), parent), m_service(db), m_session(session),
      m_householdId(householdId), m_on(new DateField(settings, this)), m_worker(new QComboBox(this)),
      m_note(new QLineEdit(this))
{
    setObjectName(u"planVisitDialog"_s);
    m_on->setObjectName(u"plannedOn"_s);
    m_on->allowEmpty(QDate::currentDate());
    m_worker->setObjectName(u"worker"_s);
    // A field worker plans their own visits; a supervisor chooses who goes.
    if (session.role == security::Role::Supervisor) {
        auto visitors = m_service.visitors();
        for (const registry::Term &t : visitors ? visitors.value() : QList<registry::Term>())
            m_worker->addItem(t.label, QByteArray::fromHex(t.key.toLatin1()));
        m_worker->setCurrentIndex(-1);
    } else {
        m_worker->addItem(session.fullName.isEmpty() ? session.username : session.fullName, session.userId);
        m_worker->setEnabled(false);
    }
    m_note->setObjectName(u"note"_s);
    m_note->setPlaceholderText(tr("What the visit is for, if it helps"));
    m_form->addRow(tr("Day of the visit"), m_on);
    m_form->addRow(tr("Visit made by"), m_worker);
    m_form->addRow(tr("Note"), m_note);
    m_fields.insert(u"plannedOn"_s, m_on->editor());
    m_fields.insert(u"worker"_s, m_worker);
    m_fields.insert(u"note"_s, m_note);
    finishLayout();
}

Status PlanVisitDialog::save()
{
    if (m_worker->currentIndex() < 0)
        return makeError(ErrorCode::Invalid, tr("Choose who makes the visit."), u"worker"_s);
    auto id = m_service.plan(m_session, m_householdId, m_on->date(), m_worker->currentData().toByteArray(),
                             m_note->text());
    return id ? Status() : Status(id.error());
}

VisitDialog::VisitDialog(storage::Database &db, const AppSettings &settings, const security::Session &session,
                         const QByteArray &householdId, const QByteArray &plannedId, QWidget *parent)
    : FormDialog(tr("Record a home visit"), tr("Save the visit"), parent), m_service(db), m_session(session),
      m_householdId(householdId), m_plannedId(plannedId), m_db(db), m_on(new DateField(settings, this)),
      m_others(new QLineEdit(this)), m_observations(new QPlainTextEdit(this)), m_place(new QLineEdit(this)),
      m_outcome(new QComboBox(this)), m_next(new DateField(settings, this))
{
    setObjectName(u"visitDialog"_s);
    const Display display(settings);
    m_on->setObjectName(u"visitedOn"_s);
    m_on->setDate(QDate::currentDate());
    m_outcome->setObjectName(u"outcome"_s);
    for (const registry::Term &t : VisitService::outcomes())
        m_outcome->addItem(t.label, t.key);
    m_outcome->setCurrentIndex(-1);
    m_outcome->setPlaceholderText(tr("Choose the outcome"));
    m_others->setObjectName(u"presentOthers"_s);
    m_others->setPlaceholderText(tr("Neighbours, relatives who are not registered …"));
    m_place->setObjectName(u"coordinates"_s);
    m_place->setPlaceholderText(display.digits(tr("Latitude, longitude: 24.7136, 46.6753, or a map link")));
    m_observations->setObjectName(u"observations"_s);
    m_observations->setTabChangesFocus(true);
    m_observations->setPlaceholderText(tr("What you saw and heard: the housing, the family's needs, changes since the last visit"));
    m_next->setObjectName(u"nextVisitOn"_s);
    m_next->allowEmpty(QDate::currentDate().addDays(14));

    // Which family: the file number and the head, as the lists show them.
    auto family = registry::HouseholdService(db).household(householdId);
    auto members = registry::MemberService(db).members(householdId);
    QString head;
    for (const registry::Member &m : members ? members.value() : QList<registry::Member>())
        if (m.relation == u"head")
            head = m.fullName();
    auto *who = new QLabel(family ? Display::joined({Display::ltr(family.value().fileNumber), head}) : QString(), this);
    who->setObjectName(u"family"_s);
    QFont bold = who->font();
    bold.setBold(true);
    who->setFont(bold);
    m_form->addRow(who);
    auto *visit = new QFormLayout;
    visit->setRowWrapPolicy(QFormLayout::WrapLongRows);
    visit->addRow(tr("Date of the visit"), m_on);
    visit->addRow(tr("Outcome"), m_outcome);
    visit->addRow(buildPresent());
    visit->addRow(tr("Others present"), m_others);
    visit->addRow(tr("Place"), m_place);
    visit->addRow(tr("Next visit"), m_next);
    auto *seen = new QVBoxLayout;
    seen->addWidget(buildChecklist(db));
    seen->addWidget(new QLabel(tr("Observations"), this));
    seen->addWidget(m_observations, 1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(visit, 1);
    columns->addLayout(seen, 1);
    auto *body = new QWidget(this);
    body->setLayout(columns);
    columns->setContentsMargins(0, 0, 0, 0);
    m_form->addRow(body);

    // Changes found during the visit, entered where the file keeps them.
    m_changes = new QWidget(this);
    auto *changes = new QHBoxLayout(m_changes);
    changes->setContentsMargins(0, 0, 0, 0);
    auto *member = new QPushButton(tr("Add a member found at the visit…"), this);
    member->setObjectName(u"addMember"_s);
    auto *income = new QPushButton(tr("Record an income found at the visit…"), this);
    income->setObjectName(u"recordIncome"_s);
    connect(member, &QPushButton::clicked, this, &VisitDialog::addMemberAsked);
    connect(income, &QPushButton::clicked, this, &VisitDialog::recordIncomeAsked);
    changes->addWidget(member);
    changes->addWidget(income);
    changes->addStretch(1);
    m_form->addRow(m_changes);
    m_changes->setVisible(false);
    // A member added at the visit can be ticked as present.
    connect(&db.notifier(), &Notifier::householdsChanged, this, &VisitDialog::addNewMembers);

    m_fields.insert(u"visitedOn"_s, m_on->editor());
    m_fields.insert(u"outcome"_s, m_outcome);
    m_fields.insert(u"presentOthers"_s, m_others);
    m_fields.insert(u"coordinates"_s, m_place);
    m_fields.insert(u"observations"_s, m_observations);
    m_fields.insert(u"nextVisitOn"_s, m_next->editor());
    if (!m_present.isEmpty())
        m_fields.insert(u"presentMembers"_s, m_present.first());
    for (auto it = m_answers.cbegin(); it != m_answers.cend(); ++it)
        m_fields.insert(u"check:"_s + it.key(), it.value());
    finishLayout();
    setMinimumWidth(980);
}

QWidget *VisitDialog::buildPresent()
{
    auto *box = new QGroupBox(tr("Who was present"), this);
    box->setObjectName(u"present"_s);
    m_presentGrid = new QGridLayout(box);
    addNewMembers();
    return box;
}

void VisitDialog::addNewMembers()
{
    auto found = registry::MemberService(m_db).members(m_householdId);
    for (const registry::Member &m : found ? found.value() : QList<registry::Member>()) {
        const bool listed = std::any_of(m_present.cbegin(), m_present.cend(),
                                        [&](QCheckBox *c) { return c->property("memberId").toByteArray() == m.id; });
        if (listed)
            continue;
        auto *check = new QCheckBox(m.fullName(), m_presentGrid->parentWidget());
        check->setProperty("memberId", m.id);
        const int i = int(m_present.size());
        m_present << check;
        m_presentGrid->addWidget(check, i / 2, i % 2);
    }
}

void VisitDialog::offerHouseholdChanges(bool offer)
{
    m_changes->setVisible(offer);
}

QWidget *VisitDialog::buildChecklist(storage::Database &db)
{
    auto *box = new QGroupBox(tr("Checklist"), this);
    box->setObjectName(u"checklist"_s);
    auto *form = new QFormLayout(box);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto items = VisitChecklist(db).items();
    m_items = items ? items.value() : QList<ChecklistItem>();
    for (const ChecklistItem &item : m_items) {
        QWidget *editor = nullptr;
        if (item.kind == ItemKind::Text) {
            auto *line = new QLineEdit(box);
            editor = line;
        } else {
            auto *choice = new QComboBox(box);
            choice->addItem(tr("Not checked"), QString());
            for (const QString &answer : VisitChecklist::answers(item.kind))
                choice->addItem(VisitChecklist::answerLabel(answer), answer);
            editor = choice;
        }
        editor->setObjectName(u"check:"_s + item.key);
        m_answers.insert(item.key, editor);
        form->addRow(item.label, editor);
    }
    return box;
}

Status VisitDialog::save()
{
    visits::VisitReport r;
    r.plannedId = m_plannedId;
    r.householdId = m_householdId;
    r.visitedOn = m_on->date();
    for (QCheckBox *check : m_present)
        if (check->isChecked())
            r.presentMembers << check->property("memberId").toByteArray();
    r.presentOthers = m_others->text();
    for (const ChecklistItem &item : m_items) {
        QWidget *editor = m_answers.value(item.key);
        QString answer;
        if (auto *line = qobject_cast<QLineEdit *>(editor))
            answer = line->text().trimmed();
        else if (auto *choice = qobject_cast<QComboBox *>(editor))
            answer = choice->currentData().toString();
        if (!answer.isEmpty())
            r.answers.insert(item.key, answer);
    }
    r.observations = m_observations->toPlainText();
    r.coordinates = m_place->text();
    r.outcome = m_outcome->currentData().toString();
    r.nextVisitOn = m_next->date();
    auto id = m_service.record(m_session, r);
    if (!id)
        return id.error();
    m_visitId = id.value();
    return {};
}

CancelVisitDialog::CancelVisitDialog(storage::Database &db, const security::Session &session, const QByteArray &visitId,
                                     const QString &what, QWidget *parent)
    : FormDialog(tr("Cancel a planned visit"), tr("Cancel the visit"), parent), m_service(db), m_session(session),
      m_visitId(visitId), m_reason(new QLineEdit(this))
{
    setObjectName(u"cancelVisitDialog"_s);
    m_reason->setObjectName(u"reason"_s);
    auto *visit = new QLabel(what, this);
    visit->setObjectName(u"visit"_s);
    visit->setWordWrap(true);
    m_form->addRow(tr("Visit"), visit);
    m_form->addRow(tr("Reason"), m_reason);
    m_fields.insert(u"reason"_s, m_reason);
    finishLayout();
}

Status CancelVisitDialog::save()
{
    return m_service.cancel(m_session, m_visitId, m_reason->text());
}

} // namespace tamkeen::ui
