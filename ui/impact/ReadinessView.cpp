#include "impact/ReadinessView.h"

#include "format/Display.h"
#include "impact/GraduationDialogs.h"
#include "impact/GraduationViews.h"
#include "widgets/MessageBanner.h"
#include "widgets/ReadOnlyTable.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using tamkeen::impact::ExitReadiness;

namespace tamkeen::ui {

ReadinessView::ReadinessView(storage::Database &db, const AppSettings &settings, const security::Session &session,
                             MessageBanner *banner, QWidget *parent)
    : QWidget(parent), m_db(db), m_settings(settings), m_session(session), m_banner(banner),
      m_onlyReady(new QCheckBox(tr("Only the families ready for a voluntary exit plan"), this)),
      m_tabs(new QTabWidget(this)), m_requests(new GraduationRequestsView(db, settings, session, banner, this)),
      m_monitor(new GraduationMonitorView(db, settings, session, banner, this))
{
    m_onlyReady->setObjectName(u"onlyReady"_s);
    connect(m_onlyReady, &QCheckBox::toggled, this, &ReadinessView::refreshScores);
    m_table = readOnlyTable({tr("File number"), tr("Head of household"), tr("Score"), tr("Ready"), tr("Pathway"),
                             tr("Criteria met"), tr("Graduation")},
                            this, 5);
    m_table->setObjectName(u"readiness"_s);
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row) {
        if (row >= 0 && row < m_rows.size())
            emit openHousehold(m_rows[row].householdId);
    });
    auto *about = new QLabel(Display(settings).digits(tr("Households with an active plan, scored out of 100 on their "
                                                         "graduation pathway (the one for their plan's track, else the "
                                                         "general one); ready when every required criterion is met and "
                                                         "the score reaches the pathway's pass mark.")),
                             this);
    about->setWordWrap(true);
    auto *scores = new QWidget(this);
    auto *layout = new QVBoxLayout(scores);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(about);
    layout->addWidget(m_onlyReady);
    layout->addWidget(m_table, 1);
    if (impact::GraduationService::mayPropose(session)) {
        auto *propose = new QPushButton(tr("Propose graduation…"), scores);
        propose->setObjectName(u"proposeGraduation"_s);
        connect(propose, &QPushButton::clicked, this, [this] { proposeSelected(); });
        auto *buttons = new QHBoxLayout;
        buttons->addWidget(propose);
        buttons->addStretch(1);
        layout->addLayout(buttons);
    }
    m_tabs->setObjectName(u"readinessTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(scores, tr("Scores"));
    m_tabs->addTab(m_requests, tr("Awaiting approval"));
    m_tabs->addTab(m_monitor, tr("After graduation"));
    connect(m_requests, &GraduationRequestsView::countChanged, this, [this](int n) {
        m_tabs->setTabText(1, n > 0 ? tr("Awaiting approval (%1)").arg(Display(m_settings).number(n)) : tr("Awaiting approval"));
    });
    connect(m_requests, &GraduationRequestsView::decided, this, &ReadinessView::refresh);
    connect(m_requests, &GraduationRequestsView::openHousehold, this, &ReadinessView::openHousehold);
    connect(m_monitor, &GraduationMonitorView::openHousehold, this, &ReadinessView::openHousehold);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_tabs);
}

void ReadinessView::showRequest(const QByteArray &requestId)
{
    m_tabs->setCurrentWidget(m_requests);
    m_requests->select(requestId);
}

void ReadinessView::setWorker(const QByteArray &worker)
{
    m_scope.workerId = worker;
    m_monitor->setWorker(worker);
}

void ReadinessView::refresh()
{
    refreshScores();
    m_requests->refresh();
    m_monitor->refresh();
}

QString ReadinessView::graduationText(const impact::GraduationRequest &r) const
{
    const Display display(m_settings);
    switch (r.decision) {
    case impact::GraduationDecision::Pending:
        return tr("Proposed on %1").arg(display.shortDate(r.proposedOn));
    case impact::GraduationDecision::Approved:
        return tr("Approved on %1").arg(display.shortDate(r.decidedOn));
    case impact::GraduationDecision::Rejected:
        return tr("Not approved: %1").arg(r.decisionNote);
    }
    return {};
}

void ReadinessView::refreshScores()
{
    ExitReadiness readiness(m_db);
    auto rows = m_onlyReady->isChecked() ? readiness.ready(m_session, QDate::currentDate(), m_scope)
                                         : readiness.scores(m_session, QDate::currentDate(), m_scope);
    auto latest = impact::GraduationService(m_db).latest();
    if (!rows || !latest) {
        m_banner->showError(!rows ? rows.error().message : latest.error().message);
        return;
    }
    const Display display(m_settings);
    m_rows = rows.value();
    m_table->setRowCount(int(m_rows.size()));
    for (int r = 0; r < m_rows.size(); ++r) {
        const impact::HouseholdReadiness &h = m_rows[r];
        QStringList met;
        for (const impact::CriterionResult &c : h.results)
            if (c.met && !c.withheld)
                met << ExitReadiness::title(c.criterion);
        const auto request = latest.value().constFind(h.householdId);
        const QStringList cells = {Display::ltr(h.fileNumber), h.headName, display.number(h.score),
                                   h.ready ? tr("Ready") : tr("Not yet"), h.pathwayName, met.join(tr(", ")),
                                   request != latest.value().constEnd() ? graduationText(*request) : QString()};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells[c]));
        m_table->item(r, 6)->setToolTip(cells[6]);
        m_table->item(r, 4)->setToolTip(h.pathwayByTrack ? tr("The pathway for the plan's track")
                                                         : tr("No pathway is for the plan's track: the best of the general ones"));
    }
}

ProposeGraduationDialog *ReadinessView::proposeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_rows.size()) {
        m_banner->showInfo(tr("Choose a family in the list first."));
        return nullptr;
    }
    m_banner->clear();
    auto *dialog = new ProposeGraduationDialog(m_db, m_settings, m_session, m_rows[row], this);
    connect(dialog, &FormDialog::saved, this, [this] {
        m_banner->showSuccess(tr("The graduation is proposed; a supervisor approves it."));
        refresh();
    });
    dialog->open();
    return dialog;
}

} // namespace tamkeen::ui
