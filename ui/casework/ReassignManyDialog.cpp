#include "casework/ReassignManyDialog.h"

#include "format/Display.h"
#include "registry/Vocabulary.h"
#include "widgets/MessageBanner.h"
#include "widgets/ReadOnlyTable.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

using namespace Qt::StringLiterals;
using tamkeen::casework::Assignments;

namespace tamkeen::ui {

ReassignManyDialog::ReassignManyDialog(storage::Database &db, const AppSettings &settings,
                                       const security::Session &session, const QByteArray &fromWorker,
                                       const QString &fromName, const QByteArray &centre, QWidget *parent)
    : FormDialog(tr("Reassign families"), tr("Reassign"), parent), m_db(db), m_settings(settings), m_session(session),
      m_count(new QLabel(this)), m_worker(new QComboBox(this)), m_reason(new QLineEdit(this))
{
    setObjectName(u"reassignManyDialog"_s);
    const Display display(settings);
    auto listed = Assignments(db).householdsOf(fromWorker, centre, kMaxListed + 1);
    if (listed)
        m_households = listed.value();
    else
        banner()->showError(listed.error().message);
    const bool more = m_households.size() > kMaxListed;
    if (more)
        m_households.removeLast();

    m_table = readOnlyTable({tr("File number"), tr("Head of household"), tr("District"), tr("Status")}, this, 1);
    m_table->setObjectName(u"families"_s);
    m_table->setRowCount(int(m_households.size()));
    for (int r = 0; r < m_households.size(); ++r) {
        const casework::AssignedHousehold &h = m_households[r];
        auto *file = new QTableWidgetItem(Display::ltr(h.fileNumber));
        file->setFlags(file->flags() | Qt::ItemIsUserCheckable);
        file->setCheckState(Qt::Unchecked);
        m_table->setItem(r, 0, file);
        m_table->setItem(r, 1, new QTableWidgetItem(h.headName));
        m_table->setItem(r, 2, new QTableWidgetItem(h.place));
        m_table->setItem(r, 3, new QTableWidgetItem(registry::Vocabulary::label(registry::Vocabulary::statuses(), h.status)));
    }
    // A click anywhere on a row ticks it, not only on the small box.
    connect(m_table, &QTableWidget::cellClicked, this, [this](int row, int column) {
        if (column == 0)
            return; // the box itself toggles
        QTableWidgetItem *item = m_table->item(row, 0);
        item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    });
    connect(m_table, &QTableWidget::itemChanged, this, &ReassignManyDialog::showCount);

    auto *all = new QPushButton(tr("Tick all"), this);
    all->setObjectName(u"tickAll"_s);
    auto *none = new QPushButton(tr("Tick none"), this);
    none->setObjectName(u"tickNone"_s);
    connect(all, &QPushButton::clicked, this, [this] { setAllChecked(true); });
    connect(none, &QPushButton::clicked, this, [this] { setAllChecked(false); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_count, 1);
    buttons->addWidget(all);
    buttons->addWidget(none);

    auto workers = Assignments(db).workers();
    for (const registry::Term &t : workers ? workers.value() : QList<registry::Term>()) {
        const QByteArray id = QByteArray::fromHex(t.key.toLatin1());
        if (id != fromWorker)
            m_worker->addItem(t.label, id);
    }
    m_worker->setObjectName(u"worker"_s);
    m_worker->setCurrentIndex(-1);
    m_worker->setPlaceholderText(tr("Choose the field worker"));
    m_reason->setObjectName(u"reason"_s);

    const QString whose = fromWorker.isEmpty() ? tr("Families assigned to no one") : tr("Families of %1").arg(fromName);
    m_form->addRow(new QLabel(more ? tr("%1: the first %2 by file number").arg(whose, display.number(kMaxListed)) : whose,
                              this));
    m_form->addRow(m_table);
    m_form->addRow(buttons);
    m_form->addRow(tr("To the field worker"), m_worker);
    m_form->addRow(tr("Reason"), m_reason);
    m_fields.insert(u"worker"_s, m_worker);
    m_fields.insert(u"reason"_s, m_reason);
    m_fields.insert(u"households"_s, m_table);
    finishLayout();
    showCount();
    resize(760, 560);
}

void ReassignManyDialog::setAllChecked(bool checked)
{
    const QSignalBlocker quiet(m_table); // one count at the end, not one a row
    for (int r = 0; r < m_table->rowCount(); ++r)
        m_table->item(r, 0)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    showCount();
}

QList<QByteArray> ReassignManyDialog::checkedHouseholds() const
{
    QList<QByteArray> ids;
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (m_table->item(r, 0)->checkState() == Qt::Checked)
            ids << m_households[r].id;
    return ids;
}

void ReassignManyDialog::showCount()
{
    const Display display(m_settings);
    m_count->setText(tr("%1 of %2 families ticked")
                         .arg(display.number(checkedHouseholds().size()), display.number(m_households.size())));
}

Status ReassignManyDialog::save()
{
    const QList<QByteArray> ids = checkedHouseholds();
    if (ids.isEmpty())
        return makeError(ErrorCode::Invalid, tr("Tick the families to reassign."), u"households"_s);
    if (m_worker->currentIndex() < 0)
        return makeError(ErrorCode::Invalid, tr("Choose the field worker."), u"worker"_s);
    auto changed = Assignments(m_db).reassign(m_session, ids, m_worker->currentData().toByteArray(), m_reason->text());
    return changed ? Status() : Status(changed.error());
}

} // namespace tamkeen::ui
