#include "casework/AssignmentTab.h"

#include "casework/Assignments.h"
#include "format/Display.h"
#include "widgets/ReadOnlyTable.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using tamkeen::casework::Assignments;

namespace tamkeen::ui {

AssignmentDialog::AssignmentDialog(storage::Database &db, const security::Session &session, Kind kind,
                                   const QList<QByteArray> &households, QWidget *parent)
    : FormDialog(kind == Kind::Reassign ? tr("Reassign to a field worker") : tr("Transfer to another centre"),
                 kind == Kind::Reassign ? tr("Reassign") : tr("Transfer"), parent),
      m_db(db), m_session(session), m_kind(kind), m_households(households), m_choice(new QComboBox(this)),
      m_reason(new QLineEdit(this))
{
    setObjectName(kind == Kind::Reassign ? u"reassignDialog"_s : u"transferDialog"_s);
    m_choice->setObjectName(kind == Kind::Reassign ? u"worker"_s : u"centre"_s);
    auto options = kind == Kind::Reassign ? Assignments(db).workers() : Assignments(db).centres();
    for (const registry::Term &t : options ? options.value() : QList<registry::Term>())
        m_choice->addItem(t.label, QByteArray::fromHex(t.key.toLatin1()));
    m_choice->setCurrentIndex(-1);
    m_choice->setPlaceholderText(kind == Kind::Reassign ? tr("Choose the field worker") : tr("Choose the centre"));
    m_reason->setObjectName(u"reason"_s);
    m_form->addRow(kind == Kind::Reassign ? tr("Field worker") : tr("Centre"), m_choice);
    m_form->addRow(tr("Reason"), m_reason);
    m_fields.insert(kind == Kind::Reassign ? u"worker"_s : u"centre"_s, m_choice);
    m_fields.insert(u"reason"_s, m_reason);
    finishLayout();
}

Status AssignmentDialog::save()
{
    if (m_choice->currentIndex() < 0)
        return makeError(ErrorCode::Invalid,
                         m_kind == Kind::Reassign ? tr("Choose the field worker.") : tr("Choose the centre."),
                         m_kind == Kind::Reassign ? u"worker"_s : u"centre"_s);
    const QByteArray chosen = m_choice->currentData().toByteArray();
    if (m_kind == Kind::Transfer)
        return Assignments(m_db).transfer(m_session, m_households.value(0), chosen, m_reason->text());
    auto changed = Assignments(m_db).reassign(m_session, m_households, chosen, m_reason->text());
    return changed ? Status() : Status(changed.error());
}

AssignmentTab::AssignmentTab(storage::Database &db, const AppSettings &settings, const security::Session &session,
                             QWidget *parent)
    : QWidget(parent), m_db(db), m_settings(settings), m_session(session), m_current(new QLabel(this))
{
    setObjectName(u"assignmentTab"_s);
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    m_current->setObjectName(u"currentAssignment"_s);
    QFont bold = m_current->font();
    bold.setBold(true);
    m_current->setFont(bold);
    row->addWidget(m_current, 1);
    auto *reassignButton = new QPushButton(tr("Reassign…"), this);
    reassignButton->setObjectName(u"reassign"_s);
    auto *transferButton = new QPushButton(tr("Transfer to another centre…"), this);
    transferButton->setObjectName(u"transfer"_s);
    for (QPushButton *b : {reassignButton, transferButton}) {
        b->setVisible(Assignments::mayAssign(session));
        row->addWidget(b);
    }
    connect(reassignButton, &QPushButton::clicked, this, &AssignmentTab::reassign);
    connect(transferButton, &QPushButton::clicked, this, &AssignmentTab::transfer);
    layout->addLayout(row);
    m_table = readOnlyTable({tr("Date"), tr("Change"), tr("Before"), tr("After"), tr("Reason"), tr("By")}, this, 4);
    m_table->setObjectName(u"assignments"_s);
    layout->addWidget(m_table, 1);
}

void AssignmentTab::setHousehold(const QByteArray &householdId)
{
    m_householdId = householdId;
    reload();
}

void AssignmentTab::reload()
{
    auto now = Assignments(m_db).now(m_householdId);
    const auto [workerName, centreName] = now ? now.value() : std::pair<QString, QString>();
    m_current->setText(tr("Social worker: %1. Centre: %2.")
                           .arg(workerName.isEmpty() ? tr("not assigned") : workerName,
                                centreName.isEmpty() ? tr("not recorded") : centreName));
    const Display display(m_settings);
    auto history = Assignments(m_db).history(m_householdId);
    const QList<casework::Assignment> list = history ? history.value() : QList<casework::Assignment>();
    m_table->setRowCount(int(list.size()));
    const auto name = [](const QString &n) { return n.isEmpty() ? tr("none") : n; };
    for (int r = 0; r < list.size(); ++r) {
        const casework::Assignment &a = list[r];
        const bool transfer = a.kind == u"transfer";
        const QStringList cells{display.shortDate(a.on), transfer ? tr("Transferred to another centre") : tr("Reassigned"),
                                transfer ? name(a.fromCentreName) : name(a.fromWorkerName),
                                transfer ? name(a.centreName) : name(a.workerName), display.digits(a.reason), a.byName};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
}

AssignmentDialog *AssignmentTab::reassign()
{
    return open(AssignmentDialog::Kind::Reassign);
}

AssignmentDialog *AssignmentTab::transfer()
{
    return open(AssignmentDialog::Kind::Transfer);
}

AssignmentDialog *AssignmentTab::open(AssignmentDialog::Kind kind)
{
    auto *d = new AssignmentDialog(m_db, m_session, kind, {m_householdId}, window());
    connect(d, &FormDialog::saved, this, &AssignmentTab::changed);
    d->QDialog::open();
    return d;
}

} // namespace tamkeen::ui
