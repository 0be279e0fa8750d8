#include "impact/WarningsSummary.h"

#include "format/Display.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using tamkeen::impact::EarlyWarnings;
using tamkeen::impact::WarningRule;

namespace tamkeen::ui {

WarningsSummary::WarningsSummary(storage::Database &db, const AppSettings &settings, const security::Session &session,
                                 QWidget *parent)
    : QGroupBox(tr("Early warnings"), parent), m_db(db), m_settings(settings), m_session(session)
{
    setObjectName(u"warningsSummary"_s);
    auto *layout = new QVBoxLayout(this);
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
}

bool WarningsSummary::refresh()
{
    EarlyWarnings warnings(m_db);
    const Display display(m_settings);
    bool ok = true;
    for (auto it = m_lines.begin(); it != m_lines.end(); ++it) {
        const auto rule = WarningRule(it.key());
        auto items = warnings.list(m_session, rule, QDate::currentDate(), m_scope);
        if (!items) {
            it.value()->setText(tr("%1: %2").arg(EarlyWarnings::title(rule), items.error().message).toHtmlEscaped());
            ok = false;
            continue;
        }
        qsizetype unseen = 0;
        for (const impact::WarningItem &i : items.value())
            unseen += i.seen ? 0 : 1;
        const QString text = items.value().isEmpty()
                                 ? tr("%1: none").arg(EarlyWarnings::title(rule))
                                 : display.digits(tr("%1: %Ln families, %2 not seen yet", nullptr,
                                                     int(items.value().size()))
                                                      .arg(EarlyWarnings::title(rule))
                                                      .arg(unseen));
        it.value()->setText(u"<a href=\"%1\">%2</a>"_s.arg(EarlyWarnings::key(rule), text.toHtmlEscaped()));
    }
    return ok;
}

} // namespace tamkeen::ui
