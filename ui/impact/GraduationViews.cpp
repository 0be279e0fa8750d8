#include "impact/GraduationViews.h"

#include "format/Display.h"
#include "impact/GraduationDialogs.h"
#include "widgets/MessageBanner.h"
#include "widgets/ReadOnlyTable.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace tamkeen::impact;

namespace tamkeen::ui {

namespace {

void fill(QTableWidget *table, int row, const QStringList &cells)
{
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells[c]);
        item->setToolTip(cells[c]); // a long cell is cut at 1366 pixels
        table->setItem(row, c, item);
    }
}

QLabel *about(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setWordWrap(true);
    return l;
}

} // namespace

GraduationRequestsView::GraduationRequestsView(storage::Database &db, const AppSettings &settings,
                                               const security::Session &session, MessageBanner *banner, QWidget *parent)
    : QWidget(parent), m_db(db), m_settings(settings), m_session(session), m_banner(banner)
{
    m_table = readOnlyTable({tr("File number"), tr("Head of household"), tr("Pathway"), tr("Score then"),
                             tr("Proposed by"), tr("Proposed on"), tr("Why now")},
                            this, 6);
    m_table->setObjectName(u"graduationRequests"_s);
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row) {
        if (row >= 0 && row < m_rows.size())
            emit openHousehold(m_rows[row].householdId);
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const bool decides = GraduationService::mayDecide(session);
    layout->addWidget(about(decides ? tr("Families proposed for graduation, oldest first. Approving records the exit "
                                         "with the pathway's reason and closes the plan; not approving keeps the "
                                         "family supported, with your reason for the caseworker.")
                                    : tr("Families proposed for graduation, waiting for a supervisor's decision."),
                            this));
    layout->addWidget(m_table, 1);
    if (decides) {
        auto *approve = new QPushButton(tr("Approve…"), this);
        approve->setObjectName(u"approveGraduation"_s);
        auto *reject = new QPushButton(tr("Do not approve…"), this);
        reject->setObjectName(u"rejectGraduation"_s);
        connect(approve, &QPushButton::clicked, this, [this] { decideSelected(true); });
        connect(reject, &QPushButton::clicked, this, [this] { decideSelected(false); });
        auto *buttons = new QHBoxLayout;
        buttons->addWidget(approve);
        buttons->addWidget(reject);
        buttons->addStretch(1);
        layout->addLayout(buttons);
    }
}

void GraduationRequestsView::refresh()
{
    auto rows = GraduationService::pending(m_db);
    if (!rows) {
        m_banner->showError(rows.error().message);
        return;
    }
    const Display display(m_settings);
    m_rows = rows.value();
    m_table->setRowCount(int(m_rows.size()));
    for (int r = 0; r < m_rows.size(); ++r) {
        const GraduationRequest &g = m_rows[r];
        fill(m_table, r, {Display::ltr(g.fileNumber), g.headName, g.pathwayName,
                          display.digits(tr("%1 of 100").arg(display.number(g.score))), g.proposedByName, display.shortDate(g.proposedOn),
                          g.note});
    }
    emit countChanged(int(m_rows.size()));
}

bool GraduationRequestsView::select(const QByteArray &requestId)
{
    refresh();
    for (int r = 0; r < m_rows.size(); ++r)
        if (m_rows[r].id == requestId) {
            m_table->setCurrentCell(r, 0);
            m_table->scrollToItem(m_table->item(r, 0));
            return true;
        }
    m_banner->showInfo(tr("This graduation proposal has been decided already."));
    return false;
}

DecideGraduationDialog *GraduationRequestsView::decideSelected(bool approve)
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_rows.size()) {
        m_banner->showInfo(tr("Choose a family in the list first."));
        return nullptr;
    }
    m_banner->clear();
    auto *dialog = new DecideGraduationDialog(
        m_db, m_settings, m_session, m_rows[row],
        approve ? DecideGraduationDialog::Decision::Approve : DecideGraduationDialog::Decision::Reject, this);
    connect(dialog, &FormDialog::saved, this, [this, approve] {
        m_banner->showSuccess(approve ? tr("The graduation is approved: the family left support today.")
                                      : tr("The graduation is not approved; the family stays supported."));
        refresh();
        emit decided();
    });
    dialog->open();
    return dialog;
}

GraduationMonitorView::GraduationMonitorView(storage::Database &db, const AppSettings &settings,
                                             const security::Session &session, MessageBanner *banner, QWidget *parent)
    : QWidget(parent), m_db(db), m_settings(settings), m_session(session), m_banner(banner)
{
    const Display display(settings);
    m_table = readOnlyTable({tr("File number"), tr("Head of household"), tr("Pathway"), tr("Left support"),
                             display.digits(tr("After 3 months")), display.digits(tr("After 6 months")),
                             display.digits(tr("After 12 months")), tr("Income per person"), tr("No longer met"),
                             tr("Situation")},
                            this, 8);
    m_table->setObjectName(u"graduated"_s);
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row) {
        if (row >= 0 && row < m_rows.size())
            emit openHousehold(m_rows[row].householdId);
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(about(tr("Families whose graduation was approved: their follow-ups, their income per person when they "
                               "left and at the latest follow-up, and whether their pathway still holds today. Families "
                               "at risk first. The early warnings list overdue follow-ups and incomes that fell after exit."),
                            this));
    layout->addWidget(m_table, 1);
}

void GraduationMonitorView::refresh()
{
    auto rows = GraduationMonitoring(m_db).graduated(m_session, QDate::currentDate(), m_scope);
    if (!rows) {
        m_banner->showError(rows.error().message);
        return;
    }
    const Display display(m_settings);
    m_rows = rows.value();
    m_table->setRowCount(int(m_rows.size()));
    for (int r = 0; r < m_rows.size(); ++r) {
        const GraduatedHousehold &g = m_rows[r];
        QStringList followUps;
        for (int months : {3, 6, 12}) {
            QString cell;
            for (const MonitoredFollowUp &f : g.followUps)
                if (f.months == months)
                    cell = tr("%1, %2").arg(GraduationMonitoring::stateText(f.state),
                                           display.shortDate(f.state == FollowUpState::Done ? f.doneOn : f.dueOn));
            followUps << cell;
        }
        const QString then = display.decimal(g.incomePerPersonAtExit, 0);
        const QString income = g.incomePerPersonLatest ? tr("%1 then, %2 at the latest follow-up")
                                                             .arg(then, display.decimal(*g.incomePerPersonLatest, 0))
                                                       : tr("%1 then").arg(then);
        QStringList unmet;
        for (Criterion c : g.noLongerMet)
            unmet << ExitReadiness::title(c);
        QString situation = g.returned ? tr("Back in support since %1").arg(display.shortDate(g.returnedOn))
                            : g.atRisk ? tr("At risk")
                                       : tr("Holding");
        fill(m_table, r, {Display::ltr(g.fileNumber), g.headName, g.pathwayName, display.shortDate(g.graduatedOn),
                          followUps[0], followUps[1], followUps[2], income, unmet.join(tr(", ")), situation});
    }
}

} // namespace tamkeen::ui
