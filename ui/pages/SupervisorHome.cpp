#include "pages/SupervisorHome.h"

#include "casework/CareLevels.h"
#include "casework/ReassignManyDialog.h"
#include "registry/Vocabulary.h"

#include "format/Display.h"
#include "impact/DrillDownDialog.h"
#include "widgets/BackgroundRefresh.h"
#include "widgets/MessageBanner.h"
#include "widgets/ReadOnlyTable.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using tamkeen::impact::ApprovalItem;
using tamkeen::impact::HomeQueues;

namespace tamkeen::ui {

SupervisorHome::SupervisorHome(storage::Database &db, const AppSettings &settings, const security::Session &session,
                               const QByteArray &centre, MessageBanner *banner, QWidget *parent)
    : QWidget(parent), m_db(db), m_settings(settings), m_centre(centre), m_session(session),
      m_decides(session.role == security::Role::Supervisor), m_banner(banner),
      m_background(new BackgroundRefresh(db, this)), m_queueBox(new QGroupBox(this)),
      m_caseloadBox(new QGroupBox(tr("Caseload per worker"), this)), m_status(new QLabel(this))
{
    setObjectName(u"supervisorHome"_s);
    m_queueBox->setObjectName(u"approvalQueueBox"_s);
    m_caseloadBox->setObjectName(u"caseloadBox"_s);
    m_status->setObjectName(u"supervisorHomeStatus"_s);
    m_status->setVisible(false);
    m_queue = readOnlyTable({tr("Waiting for"), tr("File number"), tr("Name"), tr("Since"), tr("By")}, m_queueBox, 2);
    m_queue->setObjectName(u"homeApprovalQueue"_s);
    m_caseload = readOnlyTable({tr("Worker"), tr("Supported"), tr("Other households"), tr("Overdue"),
                                tr("By level of care")},
                               m_caseloadBox, 4);
    m_caseload->setObjectName(u"caseloadPerWorker"_s);
    connect(m_queue, &QTableWidget::cellActivated, this, &SupervisorHome::openQueued);
    connect(m_caseload, &QTableWidget::cellActivated, this, [this](int row) { openWorker(row); });
    auto *hint = new QLabel(tr("Open a row with a double click or Enter."), m_queueBox);
    auto *queueLayout = new QVBoxLayout(m_queueBox);
    queueLayout->addWidget(m_queue, 1);
    queueLayout->addWidget(hint);
    auto *caseloadLayout = new QVBoxLayout(m_caseloadBox);
    caseloadLayout->addWidget(m_caseload, 1);
    m_levels = new QLabel(m_caseloadBox);
    m_levels->setObjectName(u"levelsOfCare"_s);
    m_levels->setWordWrap(true);
    caseloadLayout->addWidget(m_levels);
    m_reassign = new QPushButton(tr("Reassign families…"), m_caseloadBox);
    m_reassign->setObjectName(u"reassignFamilies"_s);
    m_reassign->setEnabled(false);
    connect(m_reassign, &QPushButton::clicked, this, &SupervisorHome::reassignFamilies);
    connect(m_caseload, &QTableWidget::currentCellChanged, this,
            [this](int row) { m_reassign->setEnabled(row >= 0 && row < m_data.caseload.size()); });
    auto *caseloadButtons = new QHBoxLayout;
    caseloadButtons->addWidget(new QLabel(tr("Open a worker's families with a double click."), m_caseloadBox), 1);
    caseloadButtons->addWidget(m_reassign);
    caseloadLayout->addLayout(caseloadButtons);
    // One above the other: the caseload's five columns (worker, supported,
    // the others by status, overdue, levels) need the page's whole width.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addWidget(m_queueBox, 2);
    layout->addWidget(m_caseloadBox, 3);
    // Both under the warnings on a 1366×768 screen: the word-wrapped label
    // makes the scroll area size the page by its preferred height, so the
    // tables' own preference (192 pixels each) is ignored; they take the rest.
    m_queue->setMinimumHeight(80);
    m_caseload->setMinimumHeight(100);
    for (QTableWidget *t : {m_queue, m_caseload})
        t->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    m_queueBox->setTitle(m_decides ? tr("Waiting for your decision") : tr("Waiting for a supervisor's decision"));

    connect(m_background, &BackgroundRefresh::started, this, [this] {
        m_status->setText(tr("Reading the approval queue and the caseloads…"));
        m_status->setVisible(true);
    });
    connect(m_background, &BackgroundRefresh::failed, this, [this](const QString &message) {
        m_status->setVisible(false);
        m_banner->showError(message);
    });
    connect(m_background, &BackgroundRefresh::finished, this, &SupervisorHome::computed);
}

bool SupervisorHome::computing() const
{
    return m_background->busy();
}

void SupervisorHome::refresh()
{
    m_background->request([this, centre = m_centre](storage::Database &db) -> BackgroundRefresh::Deliver {
        auto home = HomeQueues::supervisorHome(db, centre);
        return [this, home] {
            m_status->setVisible(false);
            if (!home) {
                m_banner->showError(home.error().message);
                return;
            }
            show(home.value());
        };
    });
}

QString SupervisorHome::workerName(const impact::WorkerCaseload &w) const
{
    if (w.workerId.isEmpty())
        return tr("Not assigned to a worker");
    return w.workerName.isEmpty() ? tr("A worker not known on this device") : w.workerName;
}

void SupervisorHome::show(const impact::SupervisorHome &data)
{
    // The worker chosen stays chosen when the rows come back in another order.
    const int chosen = m_caseload->currentRow();
    const QByteArray chosenWorker = chosen >= 0 && chosen < m_data.caseload.size() ? m_data.caseload[chosen].workerId
                                                                                   : QByteArray();
    const bool anyChosen = chosen >= 0 && chosen < m_data.caseload.size();
    m_data = data;
    const Display display(m_settings);
    m_queueBox->setTitle(queueTitle());
    m_queue->setRowCount(int(data.queue.size()));
    for (int r = 0; r < data.queue.size(); ++r) {
        const ApprovalItem &i = data.queue[r];
        const QString what = i.kind == ApprovalItem::Kind::Plan ? tr("Plan approval")
                                                                : tr("Graduation: %1").arg(i.pathway);
        const QStringList cells{what, Display::ltr(i.fileNumber), i.name, display.shortDate(i.since), i.byName};
        for (int c = 0; c < cells.size(); ++c)
            m_queue->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    m_caseload->setRowCount(int(data.caseload.size()));
    qint64 total = 0;
    for (int r = 0; r < data.caseload.size(); ++r) {
        const impact::WorkerCaseload &w = data.caseload[r];
        total += w.households;
        m_caseload->setItem(r, 0, new QTableWidgetItem(workerName(w)));
        auto *n = new QTableWidgetItem(display.number(w.households));
        n->setTextAlignment(Qt::AlignCenter);
        m_caseload->setItem(r, 1, n);
        QStringList others; // not supported now: applicants, suspended, exited
        for (const auto &[status, count] : w.statuses)
            if (status != u"active" && status != u"reentered")
                others << tr("%1: %2").arg(registry::Vocabulary::label(registry::Vocabulary::statuses(), status),
                                           display.number(count));
        m_caseload->setItem(r, 2, new QTableWidgetItem(Display::joined(others)));
        QStringList late;
        if (w.overdueVisits > 0)
            late << tr("visits: %1").arg(display.number(w.overdueVisits));
        if (w.overdueFollowUps > 0)
            late << tr("follow-ups: %1").arg(display.number(w.overdueFollowUps));
        m_caseload->setItem(r, 3, new QTableWidgetItem(Display::joined(late)));
        QStringList levels;
        for (const auto &[level, count] : w.levels)
            levels << tr("%1: %2").arg(registry::Vocabulary::label(casework::CareLevels::levels(), level),
                                       display.number(count));
        m_caseload->setItem(r, 4, new QTableWidgetItem(Display::joined(levels)));
    }
    QStringList levels;
    for (const auto &[level, households] : data.levels)
        if (households > 0)
            levels << tr("%1: %2").arg(level.isEmpty() ? tr("not assessed")
                                                       : registry::Vocabulary::label(casework::CareLevels::levels(), level),
                                       display.number(households));
    m_levels->setText(tr("Families by level of care: %1").arg(Display::joined(levels)));
    m_caseload->setCurrentCell(-1, -1);
    for (int r = 0; anyChosen && r < data.caseload.size(); ++r)
        if (data.caseload[r].workerId == chosenWorker)
            m_caseload->setCurrentCell(r, 0);
    m_reassign->setEnabled(m_caseload->currentRow() >= 0);
    m_caseloadBox->setTitle(total == 0
                                ? tr("Caseload per worker: no family supported")
                                : tr("Caseload per worker: %1 families supported").arg(display.number(total)));
}

QString SupervisorHome::queueTitle() const
{
    const QString n = Display(m_settings).number(m_data.queue.size());
    if (m_decides)
        return m_data.queue.isEmpty() ? tr("Waiting for your decision: nothing")
                                      : tr("Waiting for your decision: %1").arg(n);
    return m_data.queue.isEmpty() ? tr("Waiting for a supervisor's decision: nothing")
                                  : tr("Waiting for a supervisor's decision: %1").arg(n);
}

void SupervisorHome::openQueued(int row)
{
    if (row < 0 || row >= m_data.queue.size())
        return;
    const ApprovalItem &i = m_data.queue[row];
    if (i.kind == ApprovalItem::Kind::Plan)
        emit openPlan(i.id);
    else // where the supervisor decides it
        emit openGraduation(i.id);
}

ReassignManyDialog *SupervisorHome::reassignFamilies()
{
    const int row = m_caseload->currentRow();
    if (row < 0 || row >= m_data.caseload.size())
        return nullptr;
    const impact::WorkerCaseload &w = m_data.caseload[row];
    auto *dialog = new ReassignManyDialog(m_db, m_settings, m_session, w.workerId, workerName(w), m_centre, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FormDialog::saved, this, &SupervisorHome::refresh);
    dialog->open();
    return dialog;
}

DrillDownDialog *SupervisorHome::openWorker(int row)
{
    if (row < 0 || row >= m_data.caseload.size())
        return nullptr;
    const impact::WorkerCaseload &w = m_data.caseload[row];
    auto ids = HomeQueues::supportedOf(m_db, m_centre, w.workerId);
    if (!ids) {
        m_banner->showError(ids.error().message);
        return nullptr;
    }
    auto *dialog = new DrillDownDialog(m_db, m_settings, tr("Families supported: %1").arg(workerName(w)),
                                       impact::Figure::of(u"worker"_s, ids.value()), this);
    connect(dialog, &DrillDownDialog::openHousehold, this, &SupervisorHome::openHousehold);
    dialog->open();
    return dialog;
}

} // namespace tamkeen::ui
