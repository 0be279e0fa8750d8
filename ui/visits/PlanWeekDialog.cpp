#include "visits/PlanWeekDialog.h"

#include "format/Display.h"
#include "widgets/DateField.h"
#include "widgets/MessageBanner.h"
#include "widgets/ReadOnlyTable.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>

using namespace Qt::StringLiterals;

namespace tamkeen::ui {

namespace {

QString areaOf(const visits::CaseloadHousehold &h)
{
    return !h.district.isEmpty() ? h.district : h.city;
}

} // namespace

PlanWeekDialog::PlanWeekDialog(storage::Database &db, const AppSettings &settings, const security::Session &session,
                               const QByteArray &worker, QWidget *parent)
    : FormDialog(tr("Plan home visits"), tr("Plan the visits ticked"), parent), m_service(db), m_session(session),
      m_worker(worker), m_on(new DateField(settings, this)), m_district(new QComboBox(this))
{
    setObjectName(u"planWeekDialog"_s);
    const Display display(settings);
    m_on->setObjectName(u"plannedOn"_s);
    m_on->allowEmpty(QDate::currentDate());
    m_district->setObjectName(u"district"_s);
    m_table = readOnlyTable({tr("Visit"), tr("District"), tr("File number"), tr("Head of household"), tr("Address"),
                             tr("Last visit"), tr("Next visit planned")},
                            this, 4);
    m_table->setObjectName(u"caseload"_s);
    m_table->setMinimumHeight(m_table->fontMetrics().height() * 16);
    auto found = m_service.assignedTo(worker);
    if (!found)
        banner()->showError(found.error().message);
    m_households = found ? found.value() : QList<visits::CaseloadHousehold>();
    QStringList areas;
    m_table->setRowCount(int(m_households.size()));
    for (int r = 0; r < m_households.size(); ++r) {
        const visits::CaseloadHousehold &h = m_households[r];
        auto *check = new QTableWidgetItem;
        check->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        check->setCheckState(Qt::Unchecked);
        m_table->setItem(r, 0, check);
        const QStringList cells{areaOf(h), Display::ltr(h.fileNumber), h.headName, display.digits(h.address),
                                h.lastVisit.isValid() ? display.shortDate(h.lastVisit) : tr("Never"),
                                h.nextPlanned.isValid() ? display.shortDate(h.nextPlanned) : QString()};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c + 1, new QTableWidgetItem(cells[c]));
        if (!areas.contains(areaOf(h)))
            areas << areaOf(h);
    }
    m_district->addItem(tr("Every district"), QString());
    for (const QString &area : areas)
        m_district->addItem(area.isEmpty() ? tr("District not recorded") : area, area);
    connect(m_district, &QComboBox::currentIndexChanged, this, &PlanWeekDialog::showDistrict);
    // A click anywhere on a row ticks it.
    connect(m_table, &QTableWidget::cellClicked, this, [this](int row, int column) {
        if (column != 0)
            tick(row, m_table->item(row, 0)->checkState() != Qt::Checked);
    });
    auto *about = new QLabel(m_households.isEmpty() ? tr("No family is assigned to this worker.")
                                                    : tr("Tick the families to visit on the day chosen."),
                             this);
    about->setWordWrap(true);
    m_form->addRow(tr("Day of the visits"), m_on);
    m_form->addRow(tr("District"), m_district);
    m_form->addRow(about);
    m_form->addRow(m_table);
    m_fields.insert(u"plannedOn"_s, m_on->editor());
    m_fields.insert(u"households"_s, m_table);
    finishLayout();
    setMinimumWidth(900);
}

void PlanWeekDialog::tick(int row, bool on)
{
    if (QTableWidgetItem *item = m_table->item(row, 0))
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
}

void PlanWeekDialog::showDistrict()
{
    const QString area = m_district->currentData().toString();
    const bool every = m_district->currentIndex() <= 0;
    for (int r = 0; r < m_households.size(); ++r)
        m_table->setRowHidden(r, !every && areaOf(m_households[r]) != area);
}

Status PlanWeekDialog::save()
{
    QList<QByteArray> ticked;
    for (int r = 0; r < m_households.size(); ++r)
        if (!m_table->isRowHidden(r) && m_table->item(r, 0)->checkState() == Qt::Checked)
            ticked << m_households[r].id;
    auto planned = m_service.planMany(m_session, ticked, m_on->date(), m_worker);
    if (!planned)
        return planned.error();
    m_planned = planned.value();
    return {};
}

} // namespace tamkeen::ui
