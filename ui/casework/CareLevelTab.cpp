#include "casework/CareLevelTab.h"

#include "casework/CareLevels.h"
#include "format/Display.h"
#include "widgets/DateField.h"
#include "widgets/ReadOnlyTable.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using tamkeen::casework::CareLevels;

namespace tamkeen::ui {

CareLevelDialog::CareLevelDialog(storage::Database &db, const AppSettings &settings, const security::Session &session,
                                 const QByteArray &householdId, QWidget *parent)
    : FormDialog(tr("Assess the level of care"), tr("Save"), parent), m_db(db), m_session(session),
      m_householdId(householdId), m_level(new QComboBox(this)), m_on(new DateField(settings, this)),
      m_reason(new QPlainTextEdit(this))
{
    setObjectName(u"careLevelDialog"_s);
    m_level->setObjectName(u"level"_s);
    for (const registry::Term &t : CareLevels::levels())
        m_level->addItem(t.label, t.key);
    m_level->setCurrentIndex(-1);
    m_level->setPlaceholderText(tr("Choose the level"));
    m_on->setObjectName(u"assessedOn"_s);
    m_on->setDate(QDate::currentDate());
    m_reason->setObjectName(u"reason"_s);
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("What in the family's situation calls for this level"));
    m_reason->setMinimumHeight(m_reason->fontMetrics().lineSpacing() * 4 + 12);
    m_form->addRow(tr("Level of care"), m_level);
    m_form->addRow(tr("Assessed on"), m_on);
    m_form->addRow(tr("Reason"), m_reason);
    m_fields.insert(u"level"_s, m_level);
    m_fields.insert(u"assessedOn"_s, m_on->editor());
    m_fields.insert(u"reason"_s, m_reason);
    finishLayout();
}

Status CareLevelDialog::save()
{
    auto id = CareLevels(m_db).assess(m_session, m_householdId, m_level->currentData().toString(), m_on->date(),
                                      m_reason->toPlainText());
    return id ? Status() : Status(id.error());
}

CareLevelTab::CareLevelTab(storage::Database &db, const AppSettings &settings, const security::Session &session,
                           QWidget *parent)
    : QWidget(parent), m_db(db), m_settings(settings), m_session(session), m_current(new QLabel(this))
{
    setObjectName(u"careLevelTab"_s);
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    m_current->setObjectName(u"currentLevel"_s);
    QFont bold = m_current->font();
    bold.setBold(true);
    m_current->setFont(bold);
    auto *assessButton = new QPushButton(tr("Assess the level of care…"), this);
    assessButton->setObjectName(u"assessLevel"_s);
    assessButton->setVisible(CareLevels::mayAssess(session));
    connect(assessButton, &QPushButton::clicked, this, &CareLevelTab::assess);
    row->addWidget(m_current, 1);
    row->addWidget(assessButton);
    layout->addLayout(row);
    m_table = readOnlyTable({tr("Assessed on"), tr("Level of care"), tr("Reason"), tr("Assessed by")}, this, 2);
    m_table->setObjectName(u"careLevels"_s);
    layout->addWidget(m_table, 1);
}

void CareLevelTab::setHousehold(const QByteArray &householdId)
{
    m_householdId = householdId;
    reload();
}

void CareLevelTab::reload()
{
    const Display display(m_settings);
    auto history = CareLevels(m_db).history(m_householdId);
    if (!history) { // never "not assessed" for a family whose assessments could not be read
        m_current->setText(history.error().message);
        m_table->setRowCount(0);
        return;
    }
    const QList<casework::CareLevel> list = history.value();
    m_current->setText(list.isEmpty()
                           ? tr("Level of care: not assessed yet")
                           : display.digits(tr("Level of care: %1 (assessed on %2)")
                                                .arg(registry::Vocabulary::label(CareLevels::levels(), list.first().level),
                                                     display.shortDate(list.first().assessedOn))));
    m_table->setRowCount(int(list.size()));
    for (int r = 0; r < list.size(); ++r) {
        const casework::CareLevel &c = list[r];
        const QStringList cells{display.shortDate(c.assessedOn), registry::Vocabulary::label(CareLevels::levels(), c.level),
                                display.digits(c.reason.simplified()), c.assessedByName};
        for (int col = 0; col < cells.size(); ++col)
            m_table->setItem(r, col, new QTableWidgetItem(cells[col]));
    }
}

CareLevelDialog *CareLevelTab::assess()
{
    auto *d = new CareLevelDialog(m_db, m_settings, m_session, m_householdId, window());
    connect(d, &FormDialog::saved, this, [this] {
        reload();
        emit changed();
    });
    d->open();
    return d;
}

} // namespace tamkeen::ui
