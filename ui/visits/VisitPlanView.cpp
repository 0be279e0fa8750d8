#include "visits/VisitPlanView.h"

#include "format/Display.h"
#include "visits/VisitDialogs.h"
#include "visits/VisitService.h"
#include "widgets/MessageBanner.h"
#include "widgets/ReadOnlyTable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tamkeen::ui {

namespace {

QString joinedParts(QStringList parts)
{
    parts.removeAll(QString());
    return Display::joined(parts);
}

} // namespace

VisitPlanView::VisitPlanView(storage::Database &db, const AppSettings &settings, const security::Session &session,
                             MessageBanner *banner, QWidget *parent)
    : QWidget(parent), m_db(db), m_settings(settings), m_session(session), m_banner(banner)
{
    m_table = readOnlyTable({tr("Day"), tr("File number"), tr("Head of household"), tr("Address"), tr("Phone"),
                             tr("Visit made by")},
                            this, 3);
    m_table->setObjectName(u"plannedVisits"_s);
    // A day's visits readable without scrolling on a home page shared with other boxes.
    m_table->setMinimumHeight(m_table->fontMetrics().height() * 10);
    connect(m_table, &QTableWidget::cellActivated, this, [this] {
        if (const visits::PlannedVisit *v = selected())
            emit openHousehold(v->householdId);
    });
    auto *buttons = new QHBoxLayout;
    auto *record = new QPushButton(tr("Record the visit…"), this);
    record->setObjectName(u"recordPlanned"_s);
    record->setVisible(visits::VisitService::mayVisit(session));
    connect(record, &QPushButton::clicked, this, &VisitPlanView::recordSelected);
    auto *open = new QPushButton(tr("Open the file"), this);
    open->setObjectName(u"openFile"_s);
    connect(open, &QPushButton::clicked, this, [this] {
        if (const visits::PlannedVisit *v = selected())
            emit openHousehold(v->householdId);
        else
            m_banner->showInfo(tr("Choose a visit in the list first."));
    });
    buttons->addWidget(record);
    buttons->addWidget(open);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
}

void VisitPlanView::setRange(const QDate &from, const QDate &to, const QByteArray &worker, bool overdue)
{
    m_from = from;
    m_to = to;
    m_worker = worker;
    m_overdue = overdue;
}

void VisitPlanView::refresh()
{
    // The same visit stays selected when the list is read again (a save, an
    // import): never another family's at the same row.
    const visits::PlannedVisit *was = selected();
    const QByteArray keep = was ? was->id : QByteArray();
    auto planned = visits::VisitService(m_db).planned(m_from, m_to, m_worker, m_overdue);
    if (!planned) {
        m_banner->showError(planned.error().message);
        return;
    }
    m_visits = planned.value();
    const Display display(m_settings);
    const QLocale locale;
    const QDate today = QDate::currentDate();
    m_table->setColumnHidden(5, !m_worker.isEmpty());
    m_table->clearSpans();
    m_rowVisit.clear();
    QList<QStringList> rows;
    QString group;
    for (int i = 0; i < m_visits.size(); ++i) {
        const visits::PlannedVisit &v = m_visits[i];
        // Visits due from before are one group; then each day's, district by district.
        const bool late = v.plannedOn < m_from;
        // The district, else the city: what a route is grouped by.
        const QString district = !v.district.isEmpty() ? v.district : !v.city.isEmpty() ? v.city : tr("District not recorded");
        const QString heading = late ? tr("Still due from an earlier day")
                                     : tr("%1 %2 — %3").arg(locale.dayName(v.plannedOn.dayOfWeek()),
                                                            display.shortDate(v.plannedOn), district);
        const QString key = late ? u"late"_s : v.plannedOn.toString(Qt::ISODate) + district;
        if (key != group) {
            group = key;
            m_rowVisit << -1;
            rows << QStringList{heading};
        }
        m_rowVisit << int(i);
        const QString where = display.digits(joinedParts({v.address, v.district.isEmpty() ? QString() : v.city}));
        rows << QStringList{late ? display.shortDate(v.plannedOn) : QString(), Display::ltr(v.fileNumber), v.headName,
                            late ? joinedParts({district, where}) : where,
                            v.phone.isEmpty() ? QString() : Display::ltr(v.phone), v.workerName};
    }
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        if (m_rowVisit[r] < 0) {
            auto *item = new QTableWidgetItem(display.digits(rows[r].first()));
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
            item->setFlags(Qt::ItemIsEnabled);
            item->setBackground(palette().alternateBase());
            m_table->setItem(r, 0, item);
            for (int c = 1; c < m_table->columnCount(); ++c)
                m_table->setItem(r, c, new QTableWidgetItem);
            m_table->setSpan(r, 0, 1, m_table->columnCount());
            continue;
        }
        for (int c = 0; c < rows[r].size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(rows[r][c]));
        if (m_visits[m_rowVisit[r]].plannedOn < today)
            m_table->item(r, 0)->setForeground(QColor(0xb0, 0x3a, 0x2e)); // overdue
    }
    m_table->clearSelection();
    for (int r = 0; r < m_rowVisit.size(); ++r)
        if (!keep.isEmpty() && m_rowVisit[r] >= 0 && m_visits[m_rowVisit[r]].id == keep)
            m_table->setCurrentCell(r, 1);
    emit countChanged(int(m_visits.size()));
}

const visits::PlannedVisit *VisitPlanView::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const int row = rows.isEmpty() ? -1 : rows.first().row();
    if (row < 0 || row >= m_rowVisit.size() || m_rowVisit[row] < 0)
        return nullptr;
    return &m_visits[m_rowVisit[row]];
}

VisitDialog *VisitPlanView::recordSelected()
{
    const visits::PlannedVisit *v = selected();
    if (!v) {
        m_banner->showInfo(tr("Choose a visit in the list first."));
        return nullptr;
    }
    m_banner->clear();
    auto *d = new VisitDialog(m_db, m_settings, m_session, v->householdId, v->id, window());
    connect(d, &FormDialog::saved, this, [this] {
        m_banner->showSuccess(tr("The visit was recorded."));
        refresh();
        emit recorded();
    });
    d->open();
    return d;
}

} // namespace tamkeen::ui
