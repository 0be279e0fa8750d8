#include "clinic/SessionDialog.h"

#include "clinic/AppointmentService.h"
#include "clinic/ClinicVocabulary.h"
#include "clinic/SessionService.h"
#include "clinic/ClinicText.h"
#include "format/AppSettings.h"
#include "format/Display.h"
#include "impact/SatisfactionDialog.h"
#include "registry/Forms.h"
#include "registry/HouseholdService.h"
#include "widgets/DateField.h"
#include "widgets/MessageBanner.h"
#include "widgets/TabOrder.h"
#include "widgets/WindowGeometry.h"
#include "widgets/TimeTyping.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using tamkeen::clinic::ClinicVocabulary;
using tamkeen::registry::Vocabulary;

namespace tamkeen::ui {

namespace {

QTextEdit *notes(const QString &name, QWidget *parent)
{
    auto *e = new QTextEdit(parent);
    e->setObjectName(name);
    e->setAcceptRichText(false);
    e->setTabChangesFocus(true);
    e->setMinimumHeight(56);
    e->setMaximumHeight(80);
    return e;
}

QTableWidget *plainTable(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

} // namespace

QString SessionDialog::dateTimeText(const AppSettings &settings, const QDateTime &at)
{
    if (!at.isValid())
        return {};
    const Display display(settings);
    return display.shortMoment(at);
}

QString SessionDialog::typeLabels(const QList<clinic::SessionType> &types, const QStringList &codes)
{
    QStringList labels;
    for (const QString &code : codes) {
        auto it = std::find_if(types.cbegin(), types.cend(), [&](const clinic::SessionType &t) { return t.code == code; });
        labels << (it == types.cend() ? code : it->label);
    }
    return labels.join(SessionDialog::tr(", "));
}

void SessionDialog::useDigitStyle(QAbstractSpinBox *box, const AppSettings &settings)
{
    const bool arabic = settings.digitStyle() == text::DigitStyle::ArabicIndic;
    box->setLocale(arabic ? QLocale(QLocale::Arabic, QLocale::SaudiArabia) : QLocale(QLocale::English));
}

SessionDialog::SessionDialog(storage::Database &db, const AppSettings &settings, const security::Session &session,
                             const QByteArray &memberId, const clinic::Appointment *fromAppointment, QWidget *parent)
    : GuardedDialog(parent), m_db(db), m_settings(settings), m_session(session), m_memberId(memberId),
      m_banner(new MessageBanner(this))
{
    build();
    fillDefaults(fromAppointment);
    setEditable(true, false);
    if (!clinic::mayCounsel(m_session)) {
        m_banner->showInfo(tr("Only counsellors and supervisors record counselling sessions. Ask one of them to "
                              "record this session."));
        m_save->setEnabled(false);
    }
}

SessionDialog::SessionDialog(storage::Database &db, const AppSettings &settings, const security::Session &session,
                             const QByteArray &sessionId, Existing, QWidget *parent)
    : GuardedDialog(parent), m_db(db), m_settings(settings), m_session(session), m_sessionId(sessionId),
      m_readOnly(true), m_banner(new MessageBanner(this))
{
    build();
    load();
    setEditable(false, false);
}

SessionDialog *SessionDialog::openExisting(storage::Database &db, const AppSettings &settings,
                                           const security::Session &session, const QByteArray &sessionId, QWidget *parent)
{
    auto *d = new SessionDialog(db, settings, session, sessionId, Existing{}, parent);
    d->show();
    return d;
}

void SessionDialog::build()
{
    setObjectName(u"sessionDialog"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    auto types = ClinicVocabulary::sessionTypes(m_db);
    m_types = types ? types.value() : ClinicVocabulary::builtInSessionTypes();

    m_member = new QLabel(this);
    m_member->setTextFormat(Qt::PlainText);
    m_counsellor = new QComboBox(this);
    if (auto list = clinic::AppointmentService(m_db).counsellors())
        for (const auto &c : list.value())
            m_counsellor->addItem(c.name, c.id);
    m_date = new DateField(m_settings, this);
    m_time = new QTimeEdit(this);
    // A time reads left to right in Arabic too; set before the format, which a
    // right-to-left editor would reverse (as in BookAppointmentDialog).
    m_time->setLayoutDirection(Qt::LeftToRight);
    m_time->setDisplayFormat(u"HH:mm"_s);
    useDigitStyle(m_time, m_settings);
    TimeTyping::install(m_time);
    m_duration = new QSpinBox(this);
    m_duration->setRange(5, 480);
    m_duration->setSingleStep(5);
    m_duration->setSuffix(tr(" min"));
    useDigitStyle(m_duration, m_settings);
    m_mode = termCombo(ClinicVocabulary::places(), true, this); // from the appointment, else chosen
    m_typeList = new QListWidget(this);
    for (const clinic::SessionType &t : std::as_const(m_types)) {
        auto *item = new QListWidgetItem(t.label, m_typeList);
        item->setData(Qt::UserRole, t.code);
        item->setCheckState(Qt::Unchecked);
    }
    m_typeList->setMaximumHeight(m_typeList->sizeHintForRow(0) * int(m_types.size()) + 8);
    auto *confidentialHint = new QLabel(tr("A psychological session is confidential: its notes are visible to "
                                           "counsellors and supervisors only."),
                                        this);
    confidentialHint->setWordWrap(true);
    confidentialHint->setStyleSheet(u"color:#663c00;"_s);
    confidentialHint->hide();
    connect(m_typeList, &QListWidget::itemChanged, this, [this, confidentialHint] {
        bool secret = false;
        for (int i = 0; i < m_typeList->count(); ++i)
            secret |= m_typeList->item(i)->checkState() == Qt::Checked && m_types.value(i).confidential;
        confidentialHint->setVisible(secret);
    });
    m_needs = notes(u"needs"_s, this);
    m_observations = notes(u"observations"_s, this);
    m_recommendations = notes(u"recommendations"_s, this);
    m_psych = notes(u"psychNotes"_s, this);
    m_notice = new QLabel(tr("Confidential: visible to counsellors and supervisors only"), this);
    m_notice->setObjectName(u"confidentialNotice"_s);
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(u"background:#fff4e5; color:#663c00; border:1px solid #ffd599; border-radius:4px; "
                            "padding:4px;"_s);
    m_notice->hide();

    const QList<QPair<QString, QWidget *>> named = {
        {u"counsellor"_s, m_counsellor},     {u"heldAt"_s, m_date->editor()}, {u"heldTime"_s, m_time},
        {u"duration"_s, m_duration},         {u"mode"_s, m_mode},             {u"types"_s, m_typeList},
        {u"needs"_s, m_needs},               {u"observations"_s, m_observations},
        {u"recommendations"_s, m_recommendations}, {u"psych_notes"_s, m_psych}};
    for (const auto &[name, w] : named) {
        if (w->objectName().isEmpty())
            w->setObjectName(name);
        m_fields.insert(name, w);
    }

    // Rows keep their height; the space left over goes below them.
    auto *sessionBox = new QGroupBox(tr("The session"), this);
    auto *left = new QFormLayout;
    auto *leftColumn = new QVBoxLayout(sessionBox);
    leftColumn->addLayout(left);
    leftColumn->addStretch(1);
    left->addRow(tr("Family member"), m_member);
    left->addRow(tr("Counsellor"), m_counsellor);
    left->addRow(tr("Date"), m_date);
    left->addRow(tr("Time"), m_time);
    left->addRow(tr("Duration"), m_duration);
    left->addRow(tr("How it was held"), m_mode);
    left->addRow(tr("Consultation types"), m_typeList);
    left->addRow(confidentialHint);

    auto *notesBox = new QGroupBox(tr("Notes"), this);
    auto *right = new QFormLayout;
    auto *rightColumn = new QVBoxLayout(notesBox);
    rightColumn->addLayout(right);
    rightColumn->addStretch(1);
    right->addRow(m_notice);
    right->addRow(tr("Presenting needs"), m_needs);
    right->addRow(tr("Observations"), m_observations);
    right->addRow(tr("Recommendations"), m_recommendations);
    // Psychological notes are offered only to those who may read them.
    if (clinic::mayReadConfidential(m_session))
        right->addRow(tr("Psychological notes"), m_psych);
    else
        m_psych->hide();

    auto *columns = new QHBoxLayout;
    columns->addWidget(sessionBox, 1);
    columns->addWidget(notesBox, 1);

    m_next = new QCheckBox(tr("Book the next appointment"), this);
    m_next->setObjectName(u"bookNext"_s);
    m_nextDate = new DateField(m_settings, this);
    m_nextTime = new QTimeEdit(this);
    m_nextTime->setLayoutDirection(Qt::LeftToRight);
    m_nextTime->setDisplayFormat(u"HH:mm"_s);
    useDigitStyle(m_nextTime, m_settings);
    TimeTyping::install(m_nextTime);
    m_fields.insert(u"startsAt"_s, m_nextTime);
    m_nextBox = new QWidget(this);
    auto *nextRow = new QHBoxLayout(m_nextBox);
    nextRow->setContentsMargins(0, 0, 0, 0);
    nextRow->addWidget(m_next);
    nextRow->addWidget(m_nextDate);
    nextRow->addWidget(m_nextTime);
    nextRow->addStretch(1);
    connect(m_next, &QCheckBox::toggled, this, [this](bool on) {
        m_nextDate->setEnabled(on);
        m_nextTime->setEnabled(on);
    });
    m_nextDate->setEnabled(false);
    m_nextTime->setEnabled(false);

    // Optional: most sessions end without the questionnaire.
    m_survey = new QCheckBox(tr("Ask the beneficiary's satisfaction survey after saving"), this);
    m_survey->setObjectName(u"askSurvey"_s);
    m_survey->setVisible(!m_readOnly);

    m_reason = new QLineEdit(this);
    m_reason->setObjectName(u"reason"_s);
    m_fields.insert(u"reason"_s, m_reason);
    m_amendBox = new QWidget(this);
    auto *reasonRow = new QFormLayout(m_amendBox);
    reasonRow->setContentsMargins(0, 0, 0, 0);
    reasonRow->addRow(tr("Why is the session corrected?"), m_reason);
    m_amendBox->hide();

    auto *inner = new QWidget(this);
    auto *innerLayout = new QVBoxLayout(inner);
    innerLayout->addLayout(columns);
    innerLayout->addWidget(buildActions());
    innerLayout->addWidget(m_nextBox);
    innerLayout->addWidget(m_survey);
    if (m_readOnly)
        innerLayout->addWidget(buildAmendments());
    innerLayout->addWidget(m_amendBox);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(inner);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(m_readOnly ? tr("Save the correction") : tr("Save the session"),
                                QDialogButtonBox::AcceptRole);
    m_save->setObjectName(u"submit"_s);
    setSaveButton(m_save);
    if (m_readOnly) {
        m_amend = buttons->addButton(tr("Amend…"), QDialogButtonBox::ActionRole);
        m_amend->setObjectName(u"amend"_s);
        m_amend->setVisible(clinic::mayCounsel(m_session));
        connect(m_amend, &QPushButton::clicked, this, &SessionDialog::startAmending);
        // Reading, not typing: focus starts on the buttons, not in a read-only field.
        buttons->addButton(QDialogButtonBox::Close)->setFocus();
    } else {
        buttons->addButton(QDialogButtonBox::Cancel);
    }
    connect(m_save, &QPushButton::clicked, this, &SessionDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    rememberGeometry(this, QSize(980, 660));
    followLayoutOrder(this);
}

QWidget *SessionDialog::buildActions()
{
    auto *box = new QGroupBox(tr("Agreed actions"), this);
    auto *layout = new QVBoxLayout(box);
    QStringList headers = {tr("What will be done"), tr("Who does it"), tr("Due")};
    if (m_readOnly)
        headers << tr("Done");
    m_actions = plainTable(headers, box);
    m_actions->setObjectName(u"actions"_s);
    m_actions->setMinimumHeight(110);
    m_actions->setMaximumHeight(150);
    m_actions->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_actions->horizontalHeader()->setStretchLastSection(false);
    m_fields.insert(u"description"_s, m_actions);
    layout->addWidget(m_actions);
    if (m_readOnly) {
        m_actions->setEditTriggers(QAbstractItemView::NoEditTriggers);
        return box;
    }
    auto *row = new QHBoxLayout;
    m_addAction = new QPushButton(tr("Add an action"), box);
    m_addAction->setObjectName(u"addAction"_s);
    m_removeAction = new QPushButton(tr("Remove the selected action"), box);
    connect(m_addAction, &QPushButton::clicked, this, [this] {
        const int r = addActionRow();
        m_actions->setCurrentCell(r, 0);
        m_actions->editItem(m_actions->item(r, 0));
    });
    connect(m_removeAction, &QPushButton::clicked, this, [this] {
        if (m_actions->currentRow() >= 0)
            m_actions->removeRow(m_actions->currentRow());
    });
    row->addWidget(m_addAction);
    row->addWidget(m_removeAction);
    row->addStretch(1);
    layout->addLayout(row);
    return box;
}

int SessionDialog::addActionRow()
{
    const int r = m_actions->rowCount();
    m_actions->insertRow(r);
    m_actions->setItem(r, 0, new QTableWidgetItem);
    // Who does it and by when are chosen, never filled in silently.
    m_actions->setCellWidget(r, 1, termCombo(ClinicVocabulary::responsibles(), true, m_actions));
    auto *due = new DateField(m_settings, m_actions);
    due->allowEmpty(QDate::currentDate().addDays(14));
    due->setCompact(true); // the editor alone: the spelled-out date would be cut
    m_actions->setCellWidget(r, 2, due);
    m_actions->resizeColumnToContents(1);
    // The whole date editor, with room for the grid line.
    m_actions->setColumnWidth(2, std::max(m_actions->columnWidth(2), due->sizeHint().width() + 12));
    m_actions->setRowHeight(r, std::max(m_actions->rowHeight(r), due->sizeHint().height() + 4));
    return r;
}

QWidget *SessionDialog::buildAmendments()
{
    auto *box = new QGroupBox(tr("Corrections"), this);
    auto *layout = new QVBoxLayout(box);
    m_amendments = plainTable({tr("When"), tr("By"), tr("What"), tr("Before"), tr("After"), tr("Reason")}, box);
    m_amendments->setObjectName(u"amendments"_s);
    m_amendments->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_amendments->setMinimumHeight(100);
    layout->addWidget(m_amendments);
    return box;
}

void SessionDialog::showMember()
{
    registry::HouseholdService households(m_db);
    auto member = households.members().member(m_memberId);
    if (!member) {
        m_banner->showError(member.error().message);
        return;
    }
    const QString name = member.value().fullName();
    auto household = households.household(member.value().householdId);
    m_member->setText(household ? tr("%1 — file %2").arg(name, Display::ltr(household.value().fileNumber)) : name);
    setWindowTitle(tr("Counselling session — %1").arg(name));
}

void SessionDialog::fillDefaults(const clinic::Appointment *from)
{
    showMember();
    int me = m_counsellor->findData(m_session.userId);
    if (me < 0 && from)
        me = m_counsellor->findData(from->counsellorId);
    m_counsellor->setCurrentIndex(std::max(0, me));
    // A session is never in the future: one recorded before its appointment's
    // time starts now.
    const QDateTime now = QDateTime::currentDateTime();
    const QDateTime when = from ? std::min(from->startsAt, now) : now;
    m_date->setDate(when.date());
    m_time->setTime(QTime(when.time().hour(), when.time().minute()));
    m_duration->setValue(from ? from->durationMin : 45);
    if (from) {
        m_appointmentId = from->id;
        selectTerm(m_mode, from->place);
        for (int i = 0; i < m_typeList->count(); ++i) {
            if (from->types.contains(m_typeList->item(i)->data(Qt::UserRole).toString()))
                m_typeList->item(i)->setCheckState(Qt::Checked);
        }
    }
    // The next appointment: two weeks on, at the same hour.
    m_nextDate->setDate(when.date().addDays(14));
    m_nextTime->setTime(m_time->time());
}

void SessionDialog::load()
{
    clinic::SessionService sessions(m_db);
    auto s = sessions.session(m_session, m_sessionId);
    if (!s) {
        m_banner->showError(s.error().message);
        return;
    }
    m_loaded = true;
    const clinic::CounsellingSession &cs = s.value();
    m_memberId = cs.memberId;
    m_appointmentId = cs.appointmentId;
    showMember();
    if (m_counsellor->findData(cs.counsellorId) < 0)
        m_counsellor->addItem(cs.counsellorName, cs.counsellorId); // no longer active
    m_counsellor->setCurrentIndex(m_counsellor->findData(cs.counsellorId));
    m_date->setDate(cs.heldAt.date());
    m_time->setTime(cs.heldAt.time());
    m_duration->setValue(cs.durationMin);
    selectTerm(m_mode, cs.mode);
    for (int i = 0; i < m_typeList->count(); ++i)
        m_typeList->item(i)->setCheckState(cs.types.contains(m_typeList->item(i)->data(Qt::UserRole).toString())
                                               ? Qt::Checked
                                               : Qt::Unchecked);
    m_needs->setPlainText(cs.needs);
    m_observations->setPlainText(cs.observations);
    m_recommendations->setPlainText(cs.recommendations);
    m_psych->setPlainText(cs.psychNotes);
    // What core withheld is said so in place, never shown as "nothing written".
    const QString confidential = tr("Confidential: visible to counsellors and supervisors only");
    // A counsellor may read them but does not hold the clinic's key here yet.
    m_notice->setText(clinic::mayReadConfidential(m_session)
                          ? tr("The confidential notes of this session are sealed, and the key that opens them has not "
                               "reached you on this computer yet. It comes when a counsellor or supervisor who holds "
                               "it logs in after your account arrived, then syncs; log in again after that.")
                          : confidential);
    m_notice->setVisible(cs.withheld);
    for (QTextEdit *e : {m_needs, m_observations, m_recommendations})
        e->setPlaceholderText(cs.withheld && cs.confidential ? confidential : QString());

    const Display display(m_settings);
    auto actions = sessions.actions(m_session, m_sessionId);
    const QList<clinic::AgreedAction> actionList = actions ? actions.value() : QList<clinic::AgreedAction>();
    m_actions->setRowCount(int(actionList.size()));
    for (int r = 0; r < actionList.size(); ++r) {
        const clinic::AgreedAction &a = actionList[r];
        const QStringList cells = {a.withheld ? confidential : a.description, Vocabulary::label(ClinicVocabulary::responsibles(), a.responsible),
                                   display.shortDate(a.dueDate), display.shortDate(a.doneOn)};
        for (int c = 0; c < cells.size(); ++c)
            m_actions->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    // Modes, not resizeColumnsToContents(): a reload after showing keeps the stretch.
    m_actions->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_actions->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);

    auto amendments = sessions.amendments(m_session, m_sessionId);
    const QList<clinic::Amendment> list = amendments ? amendments.value() : QList<clinic::Amendment>();
    m_amendments->setRowCount(int(list.size()));
    for (int r = 0; r < list.size(); ++r) {
        const clinic::Amendment &a = list[r];
        const QStringList cells = {dateTimeText(m_settings, a.at), a.byName, fieldLabel(a.field),
                                   a.withheld ? confidential : valueText(a.field, a.oldValue),
                                   a.withheld ? confidential : valueText(a.field, a.newValue), a.reason};
        for (int c = 0; c < cells.size(); ++c)
            m_amendments->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    m_amendments->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_amendments->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch); // before
    m_amendments->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch); // after
}

QString SessionDialog::fieldLabel(const QString &field) const
{
    if (field == u"needs")
        return tr("Presenting needs");
    if (field == u"observations")
        return tr("Observations");
    if (field == u"recommendations")
        return tr("Recommendations");
    if (field == u"psych_notes")
        return tr("Psychological notes");
    if (field == u"types")
        return tr("Consultation types");
    if (field == u"duration_min")
        return tr("Duration");
    if (field == u"mode")
        return tr("How it was held");
    return field;
}

QString SessionDialog::valueText(const QString &field, const QString &value) const
{
    if (field == u"types")
        return typeLabels(m_types, value.split(u',', Qt::SkipEmptyParts));
    if (field == u"mode")
        return Vocabulary::label(ClinicVocabulary::places(), value);
    if (field == u"duration_min")
        return ClinicText::minutes(Display(m_settings), value.toInt());
    return value;
}

void SessionDialog::setEditable(bool fields, bool amending)
{
    m_amending = amending;
    const bool correctable = fields || amending;
    // Who, when and with whom stay as recorded; corrections touch the rest.
    m_counsellor->setEnabled(fields);
    m_date->editor()->setReadOnly(!fields);
    m_time->setReadOnly(!fields);
    m_duration->setReadOnly(!correctable);
    m_mode->setEnabled(correctable);
    for (int i = 0; i < m_typeList->count(); ++i) {
        QListWidgetItem *item = m_typeList->item(i);
        item->setFlags(correctable ? item->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsEnabled
                                   : item->flags() & ~Qt::ItemIsUserCheckable);
    }
    for (QTextEdit *e : {m_needs, m_observations, m_recommendations, m_psych})
        e->setReadOnly(!correctable);
    m_nextBox->setVisible(!m_readOnly);
    m_amendBox->setVisible(amending);
    m_save->setVisible(!m_readOnly || amending);
    if (m_amend)
        m_amend->setVisible(m_loaded && !amending && clinic::mayCounsel(m_session));
}

void SessionDialog::startAmending()
{
    if (!m_readOnly || !clinic::mayCounsel(m_session))
        return;
    m_banner->showInfo(tr("Correct what was recorded wrongly and say why. The original stays in the corrections list."));
    setEditable(false, true);
    m_needs->setFocus();
}

clinic::SessionData SessionDialog::data() const
{
    clinic::SessionData d;
    d.memberId = m_memberId;
    d.counsellorId = m_counsellor->currentData().toByteArray();
    d.heldAt = QDateTime(m_date->date(), QTime(m_time->time().hour(), m_time->time().minute()));
    d.durationMin = m_duration->value();
    for (int i = 0; i < m_typeList->count(); ++i) {
        if (m_typeList->item(i)->checkState() == Qt::Checked)
            d.types << m_typeList->item(i)->data(Qt::UserRole).toString();
    }
    d.mode = m_mode->currentData().toString();
    d.needs = m_needs->toPlainText();
    d.observations = m_observations->toPlainText();
    d.recommendations = m_recommendations->toPlainText();
    d.psychNotes = m_psych->toPlainText();
    return d;
}

QList<clinic::NewAction> SessionDialog::actions() const
{
    QList<clinic::NewAction> list;
    for (int r = 0; r < m_actions->rowCount(); ++r) {
        clinic::NewAction a;
        a.description = m_actions->item(r, 0) ? m_actions->item(r, 0)->text() : QString();
        if (auto *who = qobject_cast<QComboBox *>(m_actions->cellWidget(r, 1)))
            a.responsible = who->currentData().toString();
        if (auto *due = qobject_cast<DateField *>(m_actions->cellWidget(r, 2)))
            a.dueDate = due->date();
        list << a;
    }
    return list;
}

void SessionDialog::focusField(const QString &field)
{
    if (field == u"description" || field == u"responsible" || field == u"dueDate") {
        // The first action that breaks the rule core named.
        for (int r = 0; r < m_actions->rowCount(); ++r) {
            const clinic::NewAction a = actions().at(r);
            if (field == u"description" && a.description.trimmed().isEmpty()) {
                m_actions->setFocus();
                m_actions->setCurrentCell(r, 0);
                m_actions->editItem(m_actions->item(r, 0));
                return;
            }
            const bool missing = field == u"responsible" ? a.responsible.isEmpty() : !a.dueDate.isValid();
            if (field != u"description" && missing) {
                QWidget *cell = m_actions->cellWidget(r, field == u"responsible" ? 1 : 2);
                if (auto *date = qobject_cast<DateField *>(cell))
                    cell = date->editor();
                cell->setFocus();
                return;
            }
        }
        return;
    }
    if (QWidget *w = m_fields.value(field))
        w->setFocus();
}

void SessionDialog::save()
{
    if (m_readOnly && m_amending)
        saveAmendment();
    else if (!m_readOnly)
        saveNew();
}

void SessionDialog::saveNew()
{
    std::optional<QDateTime> next;
    if (m_next->isChecked())
        next = QDateTime(m_nextDate->date(), QTime(m_nextTime->time().hour(), m_nextTime->time().minute()));
    setCursor(Qt::WaitCursor);
    auto id = clinic::SessionService(m_db).record(m_session, data(), actions(), m_appointmentId, next);
    unsetCursor();
    if (!id) {
        m_banner->showError(id.error().message);
        focusField(id.error().field);
        return;
    }
    m_sessionId = id.value();
    emit saved(m_sessionId);
    if (m_survey->isChecked())
        SatisfactionDialog::afterSession(m_db, m_settings, m_session, m_memberId, m_sessionId, parentWidget());
    accept();
}

void SessionDialog::saveAmendment()
{
    const Status s = clinic::SessionService(m_db).amend(m_session, m_sessionId, data(), m_reason->text());
    if (!s) {
        m_banner->showError(s.error().message);
        focusField(s.error().field);
        return;
    }
    m_reason->clear();
    m_banner->clear();
    load();
    setEditable(false, false);
    markClean();
    m_banner->showSuccess(tr("The correction was saved; the earlier text is kept in the corrections list."));
    emit saved(m_sessionId);
}

} // namespace tamkeen::ui
