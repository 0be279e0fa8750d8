#include "objections/ObjectionDialogs.h"

#include "format/AppSettings.h"
#include "format/Display.h"
#include "registry/Forms.h"
#include "objections/ObjectionLetterPrinter.h"
#include "org/DeviceInfo.h"
#include "registry/MemberService.h"
#include "security/AuditLog.h"
#include "widgets/DateField.h"
#include "widgets/DocumentOutput.h"
#include "widgets/MessageBanner.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using tamkeen::casework::Objections;
using tamkeen::registry::Vocabulary;

namespace tamkeen::ui {

namespace {

QPlainTextEdit *textBox(const QString &name, const QString &placeholder, int lines, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setTabChangesFocus(true);
    edit->setPlaceholderText(placeholder);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12); // the dialog's sections all in view
    return edit;
}

} // namespace

ReceiveObjectionDialog::ReceiveObjectionDialog(storage::Database &db, const AppSettings &settings,
                                               const security::Session &session, const QByteArray &householdId,
                                               const QByteArray &appealOf, QWidget *parent)
    : FormDialog(appealOf.isEmpty() ? tr("Receive an objection or a complaint") : tr("Receive an appeal"), tr("Save"), parent),
      m_db(db), m_session(session), m_householdId(householdId), m_appealOf(appealOf),
      m_channel(choiceCombo(Objections::channels(), u"channel"_s, tr("Choose how it was received"), this)),
      m_received(new DateField(settings, this)),
      m_summary(textBox(u"summary"_s, tr("What the person objects to or complains of, in their words"), 4, this))
{
    setObjectName(u"receiveObjectionDialog"_s);
    m_received->setObjectName(u"receivedOn"_s);
    m_received->setDate(QDate::currentDate());
    if (appealOf.isEmpty()) {
        m_kind = choiceCombo(Objections::kinds(), u"kind"_s, tr("Choose objection or complaint"), this);
        m_subject = new QComboBox(this);
        m_subject->setObjectName(u"subject"_s);
        m_subject->setPlaceholderText(tr("Choose what it is about"));
        connect(m_kind, &QComboBox::currentIndexChanged, this, &ReceiveObjectionDialog::fillSubjects);
        m_member = new QComboBox(this);
        m_member->setObjectName(u"member"_s);
        m_member->addItem(tr("The family"), QByteArray());
        if (auto members = registry::MemberService(db).members(householdId))
            for (const registry::Member &m : members.value())
                m_member->addItem(Display::personName(m.fullName()), m.id);
        m_form->addRow(tr("Kind"), m_kind);
        m_form->addRow(tr("About"), m_subject);
        m_form->addRow(tr("Raised by"), m_member);
        m_fields.insert(u"kind"_s, m_kind);
        m_fields.insert(u"subject"_s, m_subject);
        m_fields.insert(u"member"_s, m_member);
    }
    m_form->addRow(tr("Received on"), m_received);
    m_form->addRow(tr("Received"), m_channel);
    m_form->addRow(tr("What the person says"), m_summary);
    m_fields.insert(u"receivedOn"_s, m_received->editor());
    m_fields.insert(u"channel"_s, m_channel);
    m_fields.insert(u"summary"_s, m_summary);
    finishLayout();
}

void ReceiveObjectionDialog::fillSubjects()
{
    const bool complaint = m_kind->currentData().toString() == u"complaint";
    m_subject->clear();
    for (const registry::Term &t : Objections::subjects())
        if (t.key != u"appeal" && (t.key == u"service") == complaint)
            m_subject->addItem(t.label, t.key);
    m_subject->setCurrentIndex(complaint ? 0 : -1); // a complaint is about a service
}

Status ReceiveObjectionDialog::save()
{
    Objections objections(m_db);
    if (!m_appealOf.isEmpty()) {
        auto id = objections.appeal(m_session, m_appealOf, m_received->date(), m_channel->currentData().toString(),
                                    m_summary->toPlainText());
        if (id)
            m_saved = id.value();
        return id ? Status() : Status(id.error());
    }
    casework::ObjectionData d{m_kind->currentData().toString(), m_subject->currentData().toString(),
                              m_member->currentData().toByteArray(), m_received->date(),
                              m_channel->currentData().toString(), m_summary->toPlainText()};
    auto id = objections.receive(m_session, m_householdId, d);
    if (id)
        m_saved = id.value();
    return id ? Status() : Status(id.error());
}

ObjectionDialog::ObjectionDialog(storage::Database &db, const AppSettings &settings, const security::Session &session,
                                 const QByteArray &id, QWidget *parent)
    : QDialog(parent), m_db(db), m_settings(settings), m_session(session), m_id(id), m_banner(new MessageBanner(this)),
      m_facts(new QLabel(this))
{
    setObjectName(u"objectionDialog"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    m_facts->setObjectName(u"objectionFacts"_s);
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const bool decides = Objections::mayDecide(session);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_facts);

    auto *notesBox = new QGroupBox(tr("Investigation"), content);
    auto *notesLayout = new QVBoxLayout(notesBox);
    m_notes = new QPlainTextEdit(notesBox);
    m_notes->setObjectName(u"notes"_s);
    m_notes->setReadOnly(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 5 + 12); // it scrolls beyond
    m_note = textBox(u"note"_s, tr("What was looked into, and what was found"), 2, notesBox);
    m_addNote = new QPushButton(tr("Add the note"), notesBox);
    m_addNote->setObjectName(u"addNote"_s);
    connect(m_addNote, &QPushButton::clicked, this, &ObjectionDialog::addNote);
    auto *noteRow = new QHBoxLayout;
    noteRow->addWidget(m_note, 1);
    noteRow->addWidget(m_addNote, 0, Qt::AlignBottom);
    notesLayout->addWidget(m_notes);
    notesLayout->addLayout(noteRow);
    layout->addWidget(notesBox);

    auto *decideBox = new QGroupBox(tr("Assignment and decision (supervisors)"), content);
    auto *decideForm = new QFormLayout(decideBox);
    m_assignee = new QComboBox(decideBox);
    m_assignee->setObjectName(u"assignee"_s);
    if (auto people = Objections(db).assignees())
        for (const registry::Term &t : people.value())
            m_assignee->addItem(t.label, QByteArray::fromHex(t.key.toLatin1()));
    m_assignee->setCurrentIndex(-1);
    m_assignee->setPlaceholderText(tr("Choose who looks into it"));
    m_assign = new QPushButton(tr("Assign"), decideBox);
    m_assign->setObjectName(u"assign"_s);
    connect(m_assign, &QPushButton::clicked, this, &ObjectionDialog::assign);
    auto *assignRow = new QHBoxLayout;
    assignRow->addWidget(m_assignee, 1);
    assignRow->addWidget(m_assign);
    decideForm->addRow(tr("Looked into by"), assignRow);
    m_decision = choiceCombo(Objections::decisions(), u"decision"_s, tr("Choose the decision"), decideBox);
    m_reason = textBox(u"reason"_s, tr("Why it was decided so"), 2, decideBox);
    m_decide = new QPushButton(tr("Decide"), decideBox);
    m_decide->setObjectName(u"decide"_s);
    connect(m_decide, &QPushButton::clicked, this, &ObjectionDialog::decide);
    decideForm->addRow(tr("Decision"), m_decision);
    decideForm->addRow(tr("Reason"), m_reason);
    decideForm->addRow(QString(), m_decide);
    decideBox->setVisible(decides);
    layout->addWidget(decideBox);

    auto *replyBox = new QGroupBox(tr("Reply to the person"), content);
    auto *replyForm = new QFormLayout(replyBox);
    m_reply = textBox(u"reply"_s, tr("What the letter tells the person"), 3, replyBox);
    m_repliedOn = new DateField(settings, replyBox);
    m_repliedOn->setObjectName(u"repliedOn"_s);
    m_repliedOn->setDate(QDate::currentDate());
    m_answer = new QPushButton(tr("Answer"), replyBox);
    m_answer->setObjectName(u"answer"_s);
    connect(m_answer, &QPushButton::clicked, this, &ObjectionDialog::answer);
    m_print = new QPushButton(tr("Print the letter…"), replyBox);
    m_print->setObjectName(u"printLetter"_s);
    m_appeal = new QPushButton(tr("Receive an appeal…"), replyBox);
    m_appeal->setObjectName(u"receiveAppeal"_s);
    connect(m_appeal, &QPushButton::clicked, this, &ObjectionDialog::receiveAppeal);
    auto *replyButtons = new QHBoxLayout;
    replyButtons->addWidget(m_answer);
    replyButtons->addWidget(m_print);
    replyButtons->addStretch(1);
    replyButtons->addWidget(m_appeal);
    replyForm->addRow(tr("Reply"), m_reply);
    replyForm->addRow(tr("Dated"), m_repliedOn);
    replyForm->addRow(replyButtons);
    layout->addWidget(replyBox);
    layout->addStretch(1);

    // The letter names the family and what they said: who printed it is kept.
    m_letter = new DocumentOutput(
        m_print, settings, m_banner,
        {{},
         [this] { return tr("reply-%1.pdf").arg(m_objection.fileNumber); },
         [this](const QString &path) -> Status {
             auto centre = org::Devices::thisDevice(m_db);
             if (!centre)
                 return centre.error();
             return ObjectionLetterPrinter::write(path, m_settings, {centre.value(), m_objection, m_session.fullName});
         },
         [this]() -> Result<PrintedDocument> {
             auto centre = org::Devices::thisDevice(m_db);
             if (!centre)
                 return centre.error();
             return ObjectionLetterPrinter::printed(m_settings, {centre.value(), m_objection, m_session.fullName});
         },
         [this](const QString &path) {
             security::AuditLog::logged(security::AuditLog(m_db).record(m_session, u"print"_s, m_objection.householdId,
                                                                        u"objection-reply %1"_s.arg(path)));
         }});

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *outer = new QVBoxLayout(this);
    outer->addWidget(m_banner);
    outer->addWidget(scroll, 1);
    outer->addWidget(close);
    resize(760, 680);
    reload();
}

void ObjectionDialog::reload()
{
    auto found = Objections(m_db).find(m_id);
    if (!found) {
        m_banner->showError(found.error().message);
        return;
    }
    m_objection = found.value();
    const casework::Objection &o = m_objection;
    const Display display(m_settings);
    setWindowTitle(tr("%1 of file %2").arg(Vocabulary::label(Objections::kinds(), o.kind), Display::ltr(o.fileNumber)));
    QString state = o.closed()          ? tr("answered on %1").arg(display.date(o.repliedOn))
                    : o.overdue(QDate::currentDate()) ? tr("late: due on %1").arg(display.date(o.dueOn))
                                                      : tr("open: due on %1").arg(display.date(o.dueOn));
    const QList<std::pair<QString, QString>> facts{
        {tr("Family"), tr("%1 (file %2)").arg(o.headName, Display::ltr(o.fileNumber))},
        {tr("About"), Vocabulary::label(Objections::subjects(), o.subject)},
        {tr("Received"), tr("%1, %2, by %3")
                             .arg(display.date(o.receivedOn), Vocabulary::label(Objections::channels(), o.channel),
                                  o.receivedByName)},
        {tr("State"), state},
        {tr("Looked into by"), o.assignedName.isEmpty() ? tr("no one yet") : o.assignedName},
        {tr("Decision"), o.decision.isEmpty() ? tr("not decided yet")
                                              : tr("%1, on %2 by %3: %4")
                                                    .arg(Vocabulary::label(Objections::decisions(), o.decision),
                                                         display.date(o.decidedOn), o.decidedByName, o.decisionReason)}};
    QString html = u"<p><b>%1</b></p>"_s.arg(display.digits(o.summary).toHtmlEscaped());
    for (const auto &[label, value] : facts)
        html += u"<div><b>%1:</b> %2</div>"_s.arg(label.toHtmlEscaped(), display.digits(value).toHtmlEscaped());
    if (o.appealed)
        html += u"<div>%1</div>"_s.arg(tr("This decision was appealed.").toHtmlEscaped());
    m_facts->setText(html);
    m_notes->setPlainText(display.digits(o.notes));
    const bool open = !o.closed();
    const bool decides = Objections::mayDecide(m_session);
    m_note->setEnabled(open);
    m_addNote->setEnabled(open);
    m_assign->setEnabled(open && decides);
    m_assignee->setCurrentIndex(m_assignee->findData(o.assignedTo));
    m_decide->setEnabled(open && decides);
    if (!o.decision.isEmpty())
        m_decision->setCurrentIndex(m_decision->findData(o.decision));
    if (m_reason->toPlainText().isEmpty())
        m_reason->setPlainText(o.decisionReason);
    m_answer->setEnabled(open && decides && !o.decision.isEmpty());
    m_reply->setReadOnly(!open);
    m_assignee->setEnabled(open && decides);
    m_decision->setEnabled(open && decides);
    m_reason->setReadOnly(!open || !decides);
    m_repliedOn->setEnabled(open);
    if (o.closed()) {
        m_reply->setPlainText(o.reply);
        m_repliedOn->setDate(o.repliedOn);
    }
    m_print->setEnabled(o.closed());
    m_appeal->setEnabled(o.closed() && !o.appealed);
}

bool ObjectionDialog::done(const Status &status, const QString &success)
{
    if (!status) {
        m_banner->showError(status.error().message);
        if (QWidget *w = findChild<QWidget *>(status.error().field))
            w->setFocus();
        return false;
    }
    m_banner->showSuccess(success);
    reload();
    emit changed();
    return true;
}

bool ObjectionDialog::addNote()
{
    if (!done(Objections(m_db).addNote(m_session, m_id, m_note->toPlainText()), tr("The note was added.")))
        return false;
    m_note->clear();
    return true;
}

bool ObjectionDialog::assign()
{
    return done(Objections(m_db).assign(m_session, m_id, m_assignee->currentData().toByteArray()),
                tr("It was assigned."));
}

bool ObjectionDialog::decide()
{
    return done(Objections(m_db).decide(m_session, m_id, m_decision->currentData().toString(), m_reason->toPlainText()),
                tr("The decision was saved. Now answer the person."));
}

bool ObjectionDialog::answer()
{
    return done(Objections(m_db).answer(m_session, m_id, m_reply->toPlainText(), m_repliedOn->date()),
                tr("The reply was saved: print the letter for the person."));
}

ReceiveObjectionDialog *ObjectionDialog::receiveAppeal()
{
    auto *d = new ReceiveObjectionDialog(m_db, m_settings, m_session, m_objection.householdId, m_id, this);
    connect(d, &FormDialog::saved, this, [this] {
        reload();
        emit changed();
        m_banner->showSuccess(tr("The appeal was received: it is in the list of open objections."));
    });
    d->open();
    return d;
}

} // namespace tamkeen::ui
