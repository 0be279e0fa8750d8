#include "impact/ReadinessView.h"

#include "format/Display.h"
#include "widgets/MessageBanner.h"
#include "widgets/ReadOnlyTable.h"

#include <QCheckBox>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using tamkeen::impact::ExitReadiness;

namespace tamkeen::ui {

ReadinessView::ReadinessView(storage::Database &db, const AppSettings &settings, const security::Session &session,
                             MessageBanner *banner, QWidget *parent)
    : QWidget(parent), m_db(db), m_settings(settings), m_session(session), m_banner(banner),
      m_onlyReady(new QCheckBox(tr("Only the families ready for a voluntary exit plan"), this))
{
    m_onlyReady->setObjectName(u"onlyReady"_s);
    connect(m_onlyReady, &QCheckBox::toggled, this, &ReadinessView::refresh);
    m_table = readOnlyTable({tr("File number"), tr("Head of household"), tr("Score"), tr("Ready"), tr("Criteria met")},
                            this, 4);
    m_table->setObjectName(u"readiness"_s);
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row) {
        if (row >= 0 && row < m_rows.size())
            emit openHousehold(m_rows[row].householdId);
    });
    auto *about = new QLabel(Display(settings).digits(tr("Households with an active plan, scored out of 100 on the criteria the administrators "
                                "set; ready when every required criterion is met and the score reaches the pass mark.")),
                             this);
    about->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(about);
    layout->addWidget(m_onlyReady);
    layout->addWidget(m_table, 1);
}

void ReadinessView::setWorker(const QByteArray &worker)
{
    m_scope.workerId = worker;
}

void ReadinessView::refresh()
{
    ExitReadiness readiness(m_db);
    auto rows = m_onlyReady->isChecked() ? readiness.ready(m_session, QDate::currentDate(), m_scope)
                                         : readiness.scores(m_session, QDate::currentDate(), m_scope);
    if (!rows) {
        m_banner->showError(rows.error().message);
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
        const QStringList cells = {Display::ltr(h.fileNumber), h.headName, display.number(h.score),
                                   h.ready ? tr("Ready") : tr("Not yet"), met.join(tr(", "))};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
}

} // namespace tamkeen::ui
