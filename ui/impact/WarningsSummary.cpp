#include "impact/WarningsSummary.h"

#include "format/Display.h"
#include "widgets/BackgroundRefresh.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using tamkeen::impact::EarlyWarnings;
using tamkeen::impact::WarningCount;
using tamkeen::impact::WarningRule;

namespace tamkeen::ui {

WarningsSummary::WarningsSummary(storage::Database &db, const AppSettings &settings, const security::Session &session,
                                 QWidget *parent)
    : QGroupBox(tr("Early warnings"), parent), m_settings(settings), m_session(session),
      m_background(new BackgroundRefresh(db, this)), m_status(new QLabel(this))
{
    setObjectName(u"warningsSummary"_s);
    m_status->setObjectName(u"warningsStatus"_s);
    m_status->setVisible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    for (WarningRule rule : EarlyWarnings::rules()) {
        if (!EarlyWarnings::mayRead(session, rule))
            continue;
        auto *line = new QLabel(this);
        line->setObjectName(u"warning_"_s + EarlyWarnings::key(rule));
        line->setTextFormat(Qt::RichText);
        connect(line, &QLabel::linkActivated, this, [this, rule] { emit openRule(rule); });
        layout->addWidget(line);
        m_lines.insert(int(rule), line);
    }
    connect(m_background, &BackgroundRefresh::started, this, [this] {
        m_status->setText(tr("Counting the families on each list…"));
        m_status->setVisible(true);
    });
    connect(m_background, &BackgroundRefresh::failed, m_status, &QLabel::setText);
    connect(m_background, &BackgroundRefresh::finished, this, &WarningsSummary::computed);
}

bool WarningsSummary::computing() const
{
    return m_background->busy();
}

void WarningsSummary::refresh()
{
    // Copied: the worker must not read members that the UI thread may change.
    m_background->request([this, session = m_session, scope = m_scope, today = QDate::currentDate()](
                              storage::Database &db) -> BackgroundRefresh::Deliver {
        QList<WarningCount> counts = impact::countWarnings(db, session, today, scope);
        return [this, counts] { show(counts); };
    });
}

void WarningsSummary::show(const QList<WarningCount> &counts)
{
    m_status->setVisible(false);
    const Display display(m_settings);
    for (const WarningCount &c : counts) {
        QLabel *label = line(c.rule);
        if (!label)
            continue;
        if (!c.error.isEmpty()) {
            label->setText(tr("%1: %2").arg(EarlyWarnings::title(c.rule), c.error).toHtmlEscaped());
            continue;
        }
        const QString text = c.families == 0
                                 ? tr("%1: none").arg(EarlyWarnings::title(c.rule))
                                 : display.digits(tr("%1: %Ln families, %2 not seen yet", nullptr, int(c.families))
                                                      .arg(EarlyWarnings::title(c.rule))
                                                      .arg(c.unseen));
        label->setText(u"<a href=\"%1\">%2</a>"_s.arg(EarlyWarnings::key(c.rule), text.toHtmlEscaped()));
    }
}

} // namespace tamkeen::ui
