#include "crisis/CrisisPage.h"

#include "common/Notifier.h"
#include "crisis/CrisisDialogs.h"
#include "format/AppSettings.h"
#include "format/Display.h"
#include "storage/Database.h"
#include "widgets/FileDialogs.h"
#include "widgets/Heading.h"
#include "widgets/ListExport.h"
#include "widgets/MessageBanner.h"
#include "widgets/ReadOnlyTable.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using tamkeen::casework::Crisis;
using tamkeen::registry::Vocabulary;

namespace tamkeen::ui {

CrisisPage::CrisisPage(storage::Database &db, const AppSettings &settings, const security::Session &session,
                       QWidget *parent)
    : QWidget(parent), m_db(db), m_settings(settings), m_session(session), m_banner(new MessageBanner(this)),
      m_title(new QLabel(this))
{
    setObjectName(u"crisisPage"_s);
    m_events = readOnlyTable({tr("Day"), tr("Event"), tr("What happened"), tr("Places")}, this, 1);
    m_events->setObjectName(u"crisisEvents"_s);
    m_events->setMaximumHeight(150);
    m_households = readOnlyTable({tr("File number"), tr("Head of household"), tr("Place"), tr("Members"),
                                  tr("With a disability"),
                                  tr("Aged %1 or more").arg(Display(settings).number(Crisis::kElderlyAge)),
                                  tr("Under %1").arg(Display(settings).number(Crisis::kYoungChildAge)),
                                  tr("Income per person"), tr("Assisted")},
                                 this, 1);
    m_households->setObjectName(u"crisisHouseholds"_s);
    m_title->setObjectName(u"crisisListTitle"_s);
    auto *declare = new QPushButton(tr("Declare an event…"), this);
    declare->setObjectName(u"declareEvent"_s);
    declare->setVisible(session.role == security::Role::Supervisor || session.isAdministrator());
    connect(declare, &QPushButton::clicked, this, &CrisisPage::declareEvent);
    m_assist = new QPushButton(tr("Record assistance…"), this);
    m_assist->setObjectName(u"recordAssistance"_s);
    m_export = new QPushButton(tr("Export the list…"), this);
    m_export->setObjectName(u"exportCrisisList"_s);
    connect(m_assist, &QPushButton::clicked, this, &CrisisPage::recordAssistance);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = files::saveDocument(this, m_settings, tr("Export the crisis list"), tr("crisis-list.xlsx"),
                                          tr("Spreadsheet (*.xlsx);;CSV (*.csv)"));
        if (!path.isEmpty())
            exportTo(path);
    });
    connect(m_events, &QTableWidget::currentCellChanged, this, &CrisisPage::showHouseholds);
    connect(m_households, &QTableWidget::cellActivated, this, [this](int row) {
        if (row >= 0 && row < m_list.size())
            emit openHousehold(m_list[row].id);
    });
    auto *top = new QHBoxLayout;
    top->addWidget(heading(tr("Crisis lists"), this), 1);
    top->addWidget(declare);
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_title, 1);
    listRow->addWidget(m_assist);
    listRow->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addWidget(m_events);
    layout->addLayout(listRow);
    layout->addWidget(m_households, 1);
    connect(&db.notifier(), &Notifier::householdsChanged, this, &CrisisPage::refresh);
    connect(&settings, &AppSettings::displayChanged, this, &CrisisPage::refresh);
    refresh();
}

void CrisisPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

QByteArray CrisisPage::chosenEvent() const
{
    const int r = m_events->currentRow();
    return r >= 0 && r < m_eventList.size() ? m_eventList[r].id : QByteArray();
}

void CrisisPage::refresh()
{
    // Read on the UI thread (a crisis list of 10,000 families takes ~0.1 s):
    // not for a page no one sees at each save elsewhere; showing it reads again.
    if (!isVisible())
        return;
    const QByteArray chosen = chosenEvent();
    auto events = Crisis(m_db).events();
    if (!events) {
        m_banner->showError(events.error().message);
        return;
    }
    const Display display(m_settings);
    m_eventList = events.value();
    const QSignalBlocker quiet(m_events);
    m_events->setRowCount(int(m_eventList.size()));
    int again = m_eventList.isEmpty() ? -1 : 0; // the newest, unless one was chosen
    for (int r = 0; r < m_eventList.size(); ++r) {
        const casework::CrisisEvent &e = m_eventList[r];
        if (e.id == chosen)
            again = r;
        const QStringList cells{display.shortDate(e.declaredOn), e.name, Vocabulary::label(Crisis::eventKinds(), e.kind),
                                display.number(e.places.size())};
        for (int c = 0; c < cells.size(); ++c)
            m_events->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    m_events->setCurrentCell(again, 0);
    showHouseholds();
}

void CrisisPage::showHouseholds()
{
    const Display display(m_settings);
    const QByteArray event = chosenEvent();
    m_list.clear();
    if (!event.isEmpty()) {
        auto list = Crisis(m_db).households(event, QDate::currentDate());
        if (!list)
            m_banner->showError(list.error().message);
        else
            m_list = list.value();
    }
    m_assist->setEnabled(!m_list.isEmpty());
    m_export->setEnabled(!event.isEmpty());
    const int r0 = m_events->currentRow();
    m_title->setText(event.isEmpty() ? tr("No crisis event was declared.")
                                     : tr("%1: %2 households, the most vulnerable first")
                                           .arg(m_eventList[r0].name, display.number(m_list.size())));
    m_households->setRowCount(int(m_list.size()));
    for (int r = 0; r < m_list.size(); ++r) {
        const casework::CrisisHousehold &h = m_list[r];
        const auto count = [&](int n) { return n > 0 ? display.number(n) : QString(); };
        const QStringList cells{Display::ltr(h.fileNumber), h.headName, h.place, display.number(h.members),
                                count(h.disabled), count(h.elderly), count(h.youngChildren),
                                display.decimal(h.incomePerPerson, 0),
                                h.assisted > 0 ? display.number(h.assisted) : QString()};
        for (int c = 0; c < cells.size(); ++c)
            m_households->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
}

DeclareEventDialog *CrisisPage::declareEvent()
{
    auto *d = new DeclareEventDialog(m_db, m_settings, m_session, window());
    connect(d, &FormDialog::saved, this, [this, d] {
        // The new event is shown, wherever its day puts it in the list.
        refresh();
        for (int r = 0; r < m_eventList.size(); ++r)
            if (m_eventList[r].id == d->savedId())
                m_events->setCurrentCell(r, 0);
        m_banner->showSuccess(tr("The event was declared: its list is below."));
    });
    d->open();
    return d;
}

AssistanceDialog *CrisisPage::recordAssistance()
{
    const int r = m_households->currentRow();
    if (r < 0 || r >= m_list.size()) {
        m_banner->showError(tr("Choose the family in the list first."));
        return nullptr;
    }
    auto *d = new AssistanceDialog(m_db, m_settings, m_session, chosenEvent(), m_list[r], window());
    connect(d, &FormDialog::saved, this, [this] {
        showHouseholds();
        m_banner->showSuccess(tr("The assistance was recorded."));
    });
    d->open();
    return d;
}

bool CrisisPage::exportTo(const QString &path)
{
    auto written = Crisis(m_db).exportList(chosenEvent(), path, QDate::currentDate());
    // Names, phones, addresses and disabilities leave the file: who wrote them where is kept.
    const int r = m_events->currentRow();
    ListExport::audit(m_db, m_session, written ? Status() : Status(written.error()), tr("Crisis list"),
                      {r >= 0 && r < m_eventList.size() ? m_eventList[r].name : QString()}, path);
    if (!written) {
        m_banner->showError(written.error().message);
        return false;
    }
    m_banner->showSuccess(tr("%1 households written to %2.").arg(Display(m_settings).number(written.value()),
                                                                Display::ltr(path)));
    return true;
}

} // namespace tamkeen::ui
