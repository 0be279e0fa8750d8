#include "objections/ObjectionsPage.h"

#include "common/Notifier.h"
#include "format/AppSettings.h"
#include "format/Display.h"
#include "objections/ObjectionDialogs.h"
#include "storage/Database.h"
#include "widgets/DayWatch.h"
#include "widgets/Heading.h"
#include "widgets/MessageBanner.h"
#include "widgets/ReadOnlyTable.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using tamkeen::casework::Objections;
using tamkeen::registry::Vocabulary;
using Show = tamkeen::casework::ObjectionFilter::Show;

namespace tamkeen::ui {

ObjectionsPage::ObjectionsPage(storage::Database &db, const AppSettings &settings, const security::Session &session,
                               const QByteArray &centre, QWidget *parent)
    : QWidget(parent), m_db(db), m_settings(settings), m_session(session), m_centre(centre),
      m_banner(new MessageBanner(this)), m_figures(new QLabel(this)), m_show(new QComboBox(this)),
      m_mine(new QCheckBox(tr("Only those assigned to me"), this))
{
    setObjectName(u"objectionsPage"_s);
    m_figures->setObjectName(u"objectionFigures"_s);
    m_figures->setWordWrap(true);
    m_show->setObjectName(u"objectionsShow"_s);
    m_show->addItem(tr("Open"), int(Show::Open));
    m_show->addItem(tr("Late"), int(Show::Overdue));
    m_show->addItem(tr("Answered"), int(Show::Closed));
    m_show->addItem(tr("All"), int(Show::All));
    m_mine->setObjectName(u"objectionsMine"_s);
    m_table = readOnlyTable({tr("Due"), tr("Kind"), tr("About"), tr("File number"), tr("Name"), tr("Received"),
                             tr("Looked into by"), tr("State")},
                            this, 4);
    m_table->setObjectName(u"objections"_s);
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row) { openRow(row); });
    connect(m_show, &QComboBox::currentIndexChanged, this, &ObjectionsPage::refresh);
    connect(m_mine, &QCheckBox::toggled, this, &ObjectionsPage::refresh);
    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Show:"), this));
    filters->addWidget(m_show);
    filters->addWidget(m_mine);
    filters->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading(tr("Objections and complaints"), this));
    layout->addWidget(m_banner);
    layout->addWidget(m_figures);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(new QLabel(tr("Open one with a double click or Enter. A new one is received from the family's "
                                    "file."),
                                 this));
    connect(&db.notifier(), &Notifier::householdsChanged, this, &ObjectionsPage::refresh);
    connect(new DayWatch(this), &DayWatch::dayChanged, this, &ObjectionsPage::refresh);
    connect(&settings, &AppSettings::displayChanged, this, &ObjectionsPage::refresh);
    refresh();
}

void ObjectionsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void ObjectionsPage::refresh()
{
    // Read on the UI thread (a crisis list of 10,000 families takes ~0.1 s):
    // not for a page no one sees at each save elsewhere; showing it reads again.
    if (!isVisible())
        return;
    const Display display(m_settings);
    const QDate today = QDate::currentDate();
    Objections objections(m_db);
    casework::ObjectionFilter filter;
    filter.show = Show(m_show->currentData().toInt());
    filter.centre = m_centre;
    filter.assignedTo = m_mine->isChecked() ? m_session.userId : QByteArray();
    auto list = objections.list(filter, today);
    auto figures = objections.figures(today.addDays(-kFigureDays + 1), today, m_centre, today);
    if (!list || !figures) {
        m_banner->showError(!list ? list.error().message : figures.error().message);
        return;
    }
    const casework::ObjectionFigures &f = figures.value();
    QStringList outcomes;
    for (const auto &[decision, n] : f.outcomes)
        outcomes << tr("%1: %2").arg(Vocabulary::label(Objections::decisions(), decision), display.number(n));
    QString text = tr("Open now: %1, of them late: %2.").arg(display.number(f.openNow), display.number(f.overdueNow));
    text += u' '
            + tr("In the last %1 days: %2 received, %3 answered")
                  .arg(display.number(kFigureDays), display.number(f.received), display.number(f.closed));
    if (f.closed > 0)
        text += tr(", in %1 days at the median (%2)")
                    .arg(display.decimal(f.medianDaysToClose, f.medianDaysToClose == int(f.medianDaysToClose) ? 0 : 1),
                         Display::joined(outcomes));
    m_figures->setText(text + u'.');

    m_list = list.value();
    m_table->setRowCount(int(m_list.size()));
    for (int r = 0; r < m_list.size(); ++r) {
        const casework::Objection &o = m_list[r];
        const bool late = o.overdue(today);
        const QString state = o.closed()            ? tr("Answered")
                              : !o.decision.isEmpty() ? tr("Decided, to answer")
                              : late                  ? tr("Late")
                                                      : tr("Open");
        const QStringList cells{display.shortDate(o.dueOn), Vocabulary::label(Objections::kinds(), o.kind),
                                Vocabulary::label(Objections::subjects(), o.subject), Display::ltr(o.fileNumber),
                                o.headName, display.shortDate(o.receivedOn), o.assignedName, state};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (late && (c == 0 || c == 7)) { // red and in words: not by colour alone
                item->setForeground(QColor(0xb3, 0x26, 0x1e));
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            m_table->setItem(r, c, item);
        }
    }
}

ObjectionDialog *ObjectionsPage::openRow(int row)
{
    if (row < 0 || row >= m_list.size())
        return nullptr;
    return openObjection(m_list[row].id);
}

ObjectionDialog *ObjectionsPage::openObjection(const QByteArray &id)
{
    auto *d = new ObjectionDialog(m_db, m_settings, m_session, id, window());
    connect(d, &ObjectionDialog::changed, this, &ObjectionsPage::refresh);
    d->open();
    return d;
}

} // namespace tamkeen::ui
