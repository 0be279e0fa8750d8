#include "visits/VisitsTab.h"

#include "format/Display.h"
#include "registry/MemberService.h"
#include "visits/Coordinates.h"
#include "visits/VisitChecklist.h"
#include "visits/VisitDialogs.h"
#include "visits/VisitService.h"
#include "widgets/MessageBanner.h"
#include "widgets/ReadOnlyTable.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using tamkeen::visits::VisitService;
using tamkeen::visits::VisitStatus;

namespace tamkeen::ui {

VisitsTab::VisitsTab(storage::Database &db, const AppSettings &settings, const security::Session &session,
                     MessageBanner *banner, QWidget *parent)
    : QWidget(parent), m_db(db), m_settings(settings), m_session(session), m_banner(banner)
{
    setObjectName(u"visitsTab"_s);
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    auto *plan = new QPushButton(tr("Plan a visit…"), this);
    plan->setObjectName(u"planVisit"_s);
    auto *record = new QPushButton(tr("Record a visit…"), this);
    record->setObjectName(u"recordVisit"_s);
    record->setToolTip(tr("Records the planned visit selected, or a visit that was not planned"));
    auto *cancel = new QPushButton(tr("Cancel the planned visit…"), this);
    cancel->setObjectName(u"cancelVisit"_s);
    for (QPushButton *b : {plan, record, cancel}) {
        b->setVisible(VisitService::mayVisit(session));
        row->addWidget(b);
    }
    // A photo taken or a paper seen on the visit, attached to it (the Documents tab lists it).
    m_attach = new QPushButton(tr("Attach a document to the visit…"), this);
    m_attach->setObjectName(u"attachToVisit"_s);
    m_attach->setEnabled(false);
    row->addWidget(m_attach);
    connect(m_attach, &QPushButton::clicked, this, [this] {
        if (const visits::Visit *v = selected())
            emit attachDocumentAsked(v->id);
    });
    row->addStretch(1);
    connect(plan, &QPushButton::clicked, this, &VisitsTab::planVisit);
    connect(record, &QPushButton::clicked, this, &VisitsTab::recordVisit);
    connect(cancel, &QPushButton::clicked, this, &VisitsTab::cancelSelected);
    layout->addLayout(row);
    m_table = readOnlyTable({tr("Date"), tr("Status"), tr("Visit made by"), tr("Outcome"), tr("Observations or note")},
                            this, 4);
    m_table->setObjectName(u"visits"_s);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &VisitsTab::showDetails);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] { m_attach->setEnabled(selected() != nullptr); });
    layout->addWidget(m_table, 2);
    m_details = new QLabel(this);
    m_details->setObjectName(u"visitDetails"_s);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeading);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_details, 1);
}

void VisitsTab::setHousehold(const QByteArray &householdId)
{
    m_householdId = householdId;
    reload();
}

void VisitsTab::reload()
{
    // The same visit stays selected when the list is read again (another
    // window saved): never another visit at the same row.
    const visits::Visit *was = selected();
    const QByteArray keep = was ? was->id : QByteArray();
    const Display display(m_settings);
    auto visits = VisitService(m_db).ofHousehold(m_householdId);
    if (!visits)
        m_banner->showError(visits.error().message);
    m_visits = visits ? visits.value() : QList<visits::Visit>();
    m_table->setRowCount(int(m_visits.size()));
    for (int r = 0; r < m_visits.size(); ++r) {
        const visits::Visit &v = m_visits[r];
        const bool made = v.status == VisitStatus::Done;
        QString status = VisitService::statusLabel(v.status);
        if (v.status == VisitStatus::Planned && v.plannedOn < QDate::currentDate())
            status = tr("Planned, overdue");
        const QStringList cells{display.shortDate(made ? v.visitedOn : v.plannedOn), status, v.workerName,
                                made ? registry::Vocabulary::label(VisitService::outcomes(), v.outcome) : QString(),
                                made ? v.observations.simplified()
                                     : v.status == VisitStatus::Cancelled ? v.cancelReason : v.planNote};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(display.digits(cells[c])));
    }
    m_table->clearSelection();
    for (int r = 0; r < m_visits.size(); ++r)
        if (!keep.isEmpty() && m_visits[r].id == keep)
            m_table->setCurrentCell(r, 0);
    showDetails();
}

const visits::Visit *VisitsTab::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const int row = rows.isEmpty() ? -1 : rows.first().row();
    return row >= 0 && row < m_visits.size() ? &m_visits[row] : nullptr;
}

void VisitsTab::showDetails()
{
    const visits::Visit *v = selected();
    if (!v || v->status != VisitStatus::Done) {
        m_details->clear();
        return;
    }
    const Display display(m_settings);
    QStringList lines;
    QStringList present;
    auto members = registry::MemberService(m_db).members(m_householdId);
    for (const registry::Member &m : members ? members.value() : QList<registry::Member>())
        if (v->presentMembers.contains(m.id))
            present << m.fullName();
    if (!v->presentOthers.isEmpty())
        present << v->presentOthers;
    if (!present.isEmpty())
        lines << tr("Present: %1").arg(present.join(tr(", ")));
    auto items = visits::VisitChecklist(m_db).items(true);
    for (const visits::ChecklistItem &item : items ? items.value() : QList<visits::ChecklistItem>())
        if (v->answers.contains(item.key))
            lines << tr("%1: %2").arg(item.label, visits::VisitChecklist::shown(item, v->answers.value(item.key)));
    if (v->coordinates)
        lines << tr("Place: %1").arg(Display::ltr(visits::CoordinateText::format(*v->coordinates)));
    if (v->nextVisitOn.isValid())
        lines << tr("Next visit: %1").arg(display.shortDate(v->nextVisitOn));
    if (!v->observations.isEmpty())
        lines << v->observations;
    m_details->setText(display.digits(lines.join(u'\n')));
}

FormDialog *VisitsTab::planVisit()
{
    auto *d = new PlanVisitDialog(m_db, m_settings, m_session, m_householdId, window());
    connect(d, &FormDialog::saved, this, [this] {
        m_banner->showSuccess(tr("The visit is planned."));
        reload();
        emit changed();
    });
    d->open();
    return d;
}

VisitDialog *VisitsTab::recordVisit()
{
    const visits::Visit *v = selected();
    const QByteArray planned = v && v->status == VisitStatus::Planned ? v->id : QByteArray();
    auto *d = new VisitDialog(m_db, m_settings, m_session, m_householdId, planned, window());
    d->offerHouseholdChanges(true);
    connect(d, &VisitDialog::addMemberAsked, this, &VisitsTab::addMemberAsked);
    connect(d, &VisitDialog::recordIncomeAsked, this, &VisitsTab::recordIncomeAsked);
    connect(d, &FormDialog::saved, this, [this] {
        m_banner->showSuccess(tr("The visit was recorded."));
        reload();
        emit changed();
    });
    d->open();
    return d;
}

FormDialog *VisitsTab::cancelSelected()
{
    const visits::Visit *v = selected();
    if (!v || v->status != VisitStatus::Planned) {
        m_banner->showInfo(tr("Choose a planned visit in the list first."));
        return nullptr;
    }
    const Display display(m_settings);
    QStringList what{display.shortDate(v->plannedOn), v->workerName, v->planNote};
    what.removeAll(QString());
    auto *d = new CancelVisitDialog(m_db, m_session, v->id, Display::joined(what), window());
    connect(d, &FormDialog::saved, this, [this] {
        m_banner->showSuccess(tr("The visit was cancelled."));
        reload();
        emit changed();
    });
    d->open();
    return d;
}

} // namespace tamkeen::ui
