#include "impact/WarningsView.h"

#include "format/Display.h"
#include "widgets/MessageBanner.h"
#include "widgets/ReadOnlyTable.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using tamkeen::impact::EarlyWarnings;
using tamkeen::impact::WarningItem;
using tamkeen::impact::WarningRule;

namespace tamkeen::ui {

WarningsView::WarningsView(storage::Database &db, const AppSettings &settings, const security::Session &session,
                           MessageBanner *banner, QWidget *parent)
    : QWidget(parent), m_db(db), m_settings(settings), m_session(session), m_banner(banner),
      m_rules(new QComboBox(this)), m_rule(new QLabel(this))
{
    m_rules->setObjectName(u"warningRules"_s);
    for (WarningRule rule : EarlyWarnings::rules())
        if (EarlyWarnings::mayRead(session, rule))
            m_rules->addItem(EarlyWarnings::title(rule), int(rule));
    connect(m_rules, &QComboBox::currentIndexChanged, this, &WarningsView::refresh);
    m_rule->setObjectName(u"warningRule"_s);
    m_rule->setWordWrap(true);
    m_table = readOnlyTable({tr("File number"), tr("Head of household"), tr("Since"), tr("Before"), tr("Now"),
                             tr("Seen")},
                            this, 5);
    m_table->setObjectName(u"warnings"_s);
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row) {
        if (row >= 0 && row < m_items.size())
            emit openHousehold(m_items[row].householdId);
    });
    auto *seen = new QPushButton(tr("Mark as seen…"), this);
    seen->setObjectName(u"markSeen"_s);
    connect(seen, &QPushButton::clicked, this, &WarningsView::askAndMarkSeen);
    auto *open = new QPushButton(tr("Open file"), this);
    open->setObjectName(u"openWarningFile"_s);
    connect(open, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0 && row < m_items.size())
            emit openHousehold(m_items[row].householdId);
        else
            m_banner->showInfo(tr("Choose a family in the list first."));
    });
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Warning:"), this));
    top->addWidget(m_rules, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(open);
    buttons->addWidget(seen);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_rule);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
}

void WarningsView::setWorker(const QByteArray &worker)
{
    m_scope.workerId = worker;
}

void WarningsView::setCounsellor(const QByteArray &counsellor)
{
    m_scope.counsellorId = counsellor;
}

QStringList WarningsView::cells(const WarningItem &item) const
{
    const Display display(m_settings);
    QString before, now;
    switch (item.rule) {
    case WarningRule::IncomeDrop:
    case WarningRule::ExitIncomeFell:
        before = display.decimal(item.before, 0);
        now = display.decimal(item.after, 0);
        break;
    case WarningRule::LowWellbeing:
        before = display.number(qint64(item.before));
        now = display.number(qint64(item.after));
        break;
    case WarningRule::PlanIdle:
    case WarningRule::FollowUpOverdue:
        now = display.digits(tr("%Ln day(s)", nullptr, int(item.after)));
        break;
    case WarningRule::MissedAppointments:
        now = display.digits(tr("%Ln missed", nullptr, int(item.after)));
        break;
    }
    const QString seen = item.seen ? tr("%1: %2").arg(display.shortDate(item.seenOn), item.seenNote) : QString();
    return {Display::ltr(item.fileNumber), item.headName, display.shortDate(item.since), before, now, seen};
}

void WarningsView::refresh()
{
    if (m_rules->count() == 0)
        return;
    const auto rule = WarningRule(m_rules->currentData().toInt());
    EarlyWarnings warnings(m_db);
    auto thresholds = warnings.thresholds();
    auto items = thresholds ? warnings.list(m_session, rule, QDate::currentDate(), m_scope)
                            : Result<QList<WarningItem>>(thresholds.error());
    if (!items) {
        m_banner->showError(items.error().message);
        return;
    }
    m_rule->setText(Display(m_settings).digits(EarlyWarnings::explain(rule, thresholds.value())));
    m_items = items.value();
    m_table->setRowCount(int(m_items.size()));
    for (int r = 0; r < m_items.size(); ++r) {
        const QStringList row = cells(m_items[r]);
        for (int c = 0; c < row.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(row[c]));
    }
}

void WarningsView::showRule(WarningRule rule)
{
    if (const int at = m_rules->findData(int(rule)); at >= 0)
        m_rules->setCurrentIndex(at);
}

bool WarningsView::markSelectedSeen(const QString &note)
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_items.size()) {
        m_banner->showInfo(tr("Choose a family in the list first."));
        return false;
    }
    if (Status s = EarlyWarnings(m_db).markSeen(m_session, m_items[row], note); !s) {
        m_banner->showError(s.error().message);
        return false;
    }
    m_banner->showSuccess(tr("Marked as seen."));
    refresh();
    return true;
}

void WarningsView::askAndMarkSeen()
{
    if (m_table->currentRow() < 0) {
        m_banner->showInfo(tr("Choose a family in the list first."));
        return;
    }
    bool ok = false;
    const QString note = QInputDialog::getText(this, tr("Mark as seen"), tr("What was done (for the next person):"),
                                               QLineEdit::Normal, {}, &ok);
    if (ok)
        markSelectedSeen(note);
}

} // namespace tamkeen::ui
