#include "clinic/ClinicPage.h"

#include "security/AuditLog.h"
#include "clinic/AppointmentActions.h"
#include "clinic/AppointmentModel.h"
#include "clinic/BookAppointmentDialog.h"
#include "clinic/ClinicVocabulary.h"
#include "clinic/CounsellorHome.h"
#include "clinic/DayListPrinter.h"
#include "clinic/QueueView.h"
#include "clinic/WeekView.h"
#include "format/AppSettings.h"
#include "format/Display.h"
#include "org/DeviceInfo.h"
#include "storage/Database.h"
#include "widgets/DateField.h"
#include "widgets/DocumentOutput.h"
#include "widgets/DayWatch.h"
#include "widgets/MessageBanner.h"

#include "widgets/ListExport.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tamkeen::ui {

ClinicPage::ClinicPage(storage::Database &db, const AppSettings &settings, const security::Session &session,
                       QWidget *parent)
    : QWidget(parent), m_db(db), m_settings(settings), m_session(session), m_service(db),
      m_banner(new MessageBanner(this)), m_tabs(new QTabWidget(this)), m_model(new AppointmentModel(db, settings, this)),
      m_proxy(new AppointmentFilter(this))
{
    setObjectName(u"clinicPage"_s);
    m_proxy->setSourceModel(m_model);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    m_tabs->setDocumentMode(true);
    if (clinic::mayCounsel(session)) {
        m_home = new CounsellorHome(db, settings, session, this);
        m_tabs->addTab(m_home, tr("My day"));
        connect(m_home, &CounsellorHome::openAppointment, this,
                [this](const QByteArray &id) { showAppointment(id); });
        connect(m_home, &CounsellorHome::bookFor, this, [this](const QByteArray &member) { bookAppointment(member); });
        connect(m_home, &CounsellorHome::openHousehold, this, &ClinicPage::openHousehold);
    }
    m_appointmentsTab = buildAppointmentsTab();
    m_tabs->addTab(m_appointmentsTab, tr("Appointments"));
    m_queueTab = buildQueueTab();
    m_tabs->addTab(m_queueTab, tr("Today's queue"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { m_banner->clear(); });

    connect(new QShortcut(QKeySequence::New, this), &QShortcut::activated, this, [this] { bookAppointment(); });
    connect(new QShortcut(QKeySequence::Find, this), &QShortcut::activated, this, [this] {
        m_tabs->setCurrentWidget(m_appointmentsTab);
        setWeekMode(false);
        m_filter->setFocus();
        m_filter->selectAll();
    });
    connect(&settings, &AppSettings::displayChanged, this, &ClinicPage::refresh);
    // Other screens and imported packages change appointments, names and counsellors.
    Notifier &notifier = db.notifier();
    connect(&notifier, &Notifier::usersChanged, this, [this] {
        loadCounsellors();
        refresh();
    });
    connect(&notifier, &Notifier::clinicChanged, this, &ClinicPage::refresh);
    connect(&notifier, &Notifier::householdsChanged, this, &ClinicPage::refresh);
    // Today's queue moves on at midnight with no write to announce it.
    connect(new DayWatch(this), &DayWatch::dayChanged, this, &ClinicPage::refresh);
    loadCounsellors();
    refresh();
}

QWidget *ClinicPage::buildAppointmentsTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);

    // Reading order: whose appointments, which day, then how to show them.
    auto *navigation = new QHBoxLayout;
    m_counsellor = new QComboBox(tab);
    m_counsellor->setObjectName(u"counsellorFilter"_s);
    m_counsellor->setMinimumContentsLength(14);
    navigation->addWidget(new QLabel(tr("Counsellor"), tab));
    navigation->addWidget(m_counsellor);
    navigation->addSpacing(12);
    auto *previous = new QPushButton(tr("Previous"), tab);
    previous->setObjectName(u"previous"_s);
    auto *today = new QPushButton(tr("Today"), tab);
    today->setObjectName(u"today"_s);
    auto *following = new QPushButton(tr("Next"), tab);
    following->setObjectName(u"next"_s);
    for (QPushButton *b : {previous, today, following})
        navigation->addWidget(b);
    m_date = new DateField(m_settings, tab);
    m_date->setObjectName(u"date"_s);
    navigation->addWidget(m_date, 1);
    m_dayMode = new QToolButton(tab);
    m_dayMode->setObjectName(u"dayMode"_s);
    m_dayMode->setText(tr("Day"));
    m_weekMode = new QToolButton(tab);
    m_weekMode->setObjectName(u"weekMode"_s);
    m_weekMode->setText(tr("Week"));
    auto *modes = new QButtonGroup(tab);
    for (QToolButton *b : {m_dayMode, m_weekMode}) {
        b->setCheckable(true);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        modes->addButton(b);
        navigation->addWidget(b);
    }
    m_dayMode->setChecked(true);
    layout->addLayout(navigation);

    auto *tools = new QHBoxLayout;
    m_filter = new QLineEdit(tab);
    m_filter->setObjectName(u"filter"_s);
    m_filter->setPlaceholderText(tr("Find in this day: name, file number or phone"));
    m_filter->setClearButtonEnabled(true);
    tools->addWidget(m_filter, 1);
    m_count = new QLabel(tab);
    m_count->setObjectName(u"count"_s);
    tools->addWidget(m_count);
    auto *book = new QPushButton(tr("Book an appointment…"), tab);
    book->setObjectName(u"book"_s);
    book->setToolTip(tr("Ctrl+N"));
    auto *print = new QPushButton(tr("Print day list…"), tab);
    print->setObjectName(u"printDayList"_s);
    auto *exportButton = new QPushButton(tr("Export…"), tab);
    exportButton->setObjectName(u"export"_s);
    exportButton->setToolTip(tr("Save the appointments of the day or week shown as an Excel workbook or a CSV file"));
    connect(exportButton, &QPushButton::clicked, this, &ClinicPage::exportList);
    tools->addWidget(book);
    tools->addWidget(print);
    tools->addWidget(exportButton);
    layout->addLayout(tools);

    m_views = new QStackedWidget(tab);
    m_dayView = new QTableView(tab);
    m_dayView->setObjectName(u"dayView"_s);
    m_dayView->setModel(m_proxy);
    m_dayView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_dayView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_dayView->setAlternatingRowColors(true);
    m_dayView->setWordWrap(false);
    m_dayView->verticalHeader()->hide();
    m_dayView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_dayView->horizontalHeader()->setSectionResizeMode(AppointmentModel::Member, QHeaderView::Stretch);
    m_dayView->setStyleSheet(u"QTableView::item { padding: 0 5px; }"_s); // air between the columns
    m_week = new WeekView(m_settings, tab);
    m_views->addWidget(m_dayView);
    m_views->addWidget(m_week);
    layout->addWidget(m_views, 1);

    m_actions = new AppointmentActions(m_db, m_settings, m_session, m_banner, tab);
    layout->addWidget(m_actions);

    connect(m_counsellor, &QComboBox::currentIndexChanged, this, &ClinicPage::refresh);
    connect(m_date, &DateField::dateChanged, this, &ClinicPage::refresh);
    connect(previous, &QPushButton::clicked, this, &ClinicPage::previous);
    connect(today, &QPushButton::clicked, this, &ClinicPage::goToday);
    connect(following, &QPushButton::clicked, this, &ClinicPage::next);
    connect(m_weekMode, &QToolButton::toggled, this, [this](bool week) {
        m_views->setCurrentWidget(week ? static_cast<QWidget *>(m_week) : m_dayView);
        m_filter->setEnabled(!week);
        refresh();
    });
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &AppointmentFilter::setText);
    connect(book, &QPushButton::clicked, this, [this] { bookAppointment(); });
    m_dayListOutput = new DocumentOutput(print, m_settings, m_banner,
                                         {{},
                                          [this] { return u"appointments-%1.pdf"_s.arg(date().toString(Qt::ISODate)); },
                                          [this](const QString &path) { return writeDayList(path); },
                                          [this] { return makeDayList(); },
                                          [this](const QString &path) {
                                              security::AuditLog::logged(security::AuditLog(m_db).record(
                                                  m_session, u"print"_s, {},
                                                  u"appointments-%1.pdf %2"_s.arg(date().toString(Qt::ISODate), path)));
                                          }});
    connect(m_dayView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ClinicPage::daySelectionChanged);
    connect(m_week, &WeekView::appointmentSelected, m_actions, &AppointmentActions::setAppointment);
    connect(m_week, &WeekView::dayChosen, this, [this](const QDate &day) {
        setDate(day);
        setWeekMode(false);
    });
    connect(m_actions, &AppointmentActions::changed, this, &ClinicPage::changed);
    connect(m_actions, &AppointmentActions::openHousehold, this, &ClinicPage::openHousehold);
    return tab;
}

QWidget *ClinicPage::buildQueueTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    auto *hint = new QLabel(tr("Today's booked appointments of the counsellor chosen under Appointments. Mark who has "
                               "arrived, then call them in."),
                            tab);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_queue = new QueueView(m_settings, tab);
    layout->addWidget(m_queue, 1);
    m_queueActions = new AppointmentActions(m_db, m_settings, m_session, m_banner, tab);
    layout->addWidget(m_queueActions);
    connect(m_queue, &QueueView::appointmentSelected, m_queueActions, &AppointmentActions::setAppointment);
    connect(m_queueActions, &AppointmentActions::changed, this, &ClinicPage::changed);
    connect(m_queueActions, &AppointmentActions::openHousehold, this, &ClinicPage::openHousehold);
    return tab;
}

void ClinicPage::loadCounsellors()
{
    const QByteArray keep = m_counsellor->count() ? counsellor() : QByteArray(clinic::mayCounsel(m_session) ? m_session.userId : QByteArray());
    m_counsellor->blockSignals(true);
    m_counsellor->clear();
    m_counsellor->addItem(tr("Whole centre"), QByteArray());
    auto list = m_service.counsellors();
    if (list)
        for (const auto &c : list.value())
            m_counsellor->addItem(c.name, c.id);
    else
        m_banner->showError(list.error().message);
    m_counsellor->setCurrentIndex(std::max(0, m_counsellor->findData(keep)));
    m_counsellor->blockSignals(false);
}

QDate ClinicPage::date() const { return m_date->date(); }
QByteArray ClinicPage::counsellor() const { return m_counsellor->currentData().toByteArray(); }
bool ClinicPage::isWeekMode() const { return m_weekMode->isChecked(); }

void ClinicPage::setDate(const QDate &date)
{
    m_date->setDate(date); // refreshes through dateChanged when it differs
}

void ClinicPage::setCounsellor(const QByteArray &counsellorId)
{
    m_counsellor->setCurrentIndex(std::max(0, m_counsellor->findData(counsellorId)));
}

void ClinicPage::setWeekMode(bool week)
{
    (week ? m_weekMode : m_dayMode)->setChecked(true);
}

void ClinicPage::previous() { setDate(date().addDays(isWeekMode() ? -7 : -1)); }
void ClinicPage::goToday() { setDate(QDate::currentDate()); }
void ClinicPage::next() { setDate(date().addDays(isWeekMode() ? 7 : 1)); }

void ClinicPage::refresh()
{
    if (m_refreshing)
        return;
    m_refreshing = true;
    const QByteArray selected = m_actions->appointmentId();
    const QByteArray who = counsellor();
    const QDate day = date();
    // One counsellor's day needs no counsellor column: the room goes to the names.
    m_dayView->setColumnHidden(AppointmentModel::Counsellor, !who.isEmpty());
    if (Status s = m_model->load(day, day, who); !s)
        m_banner->showError(s.error().message);
    const QDate first = WeekView::weekStart(day);
    auto week = m_service.between(first, first.addDays(6), who);
    m_week->setWeek(day, week ? week.value() : QList<clinic::Appointment>());
    const Display display(m_settings);
    const int shown = isWeekMode() ? (week ? int(week.value().size()) : 0) : m_model->rowCount();
    m_count->setText(shown == 0 ? (isWeekMode() ? tr("No appointments this week") : tr("No appointments this day"))
                                : display.digits(tr("%Ln appointment(s)", nullptr, shown)));
    auto today = m_service.day(QDate::currentDate(), who);
    m_queue->setAppointments(today ? today.value() : QList<clinic::Appointment>());
    m_queue->select(m_queueActions->appointmentId());
    m_queueActions->setAppointment(m_queueActions->appointmentId());
    if (m_home)
        m_home->refresh();
    m_refreshing = false;
    // Keeps the selection across a reload; the details bar keeps it even when it is on another day.
    if (!selectInDayView(selected))
        m_actions->setAppointment(selected);
    m_week->select(selected);
}

bool ClinicPage::selectInDayView(const QByteArray &id)
{
    const int row = id.isEmpty() ? -1 : m_model->rowOf(id);
    const QModelIndex index = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    // Through the selection model: selectRow() does nothing while the view is hidden (another tab).
    m_dayView->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_dayView->scrollTo(index);
    return true;
}

void ClinicPage::daySelectionChanged()
{
    const QModelIndexList rows = m_dayView->selectionModel()->selectedRows();
    m_actions->setAppointment(rows.isEmpty() ? QByteArray() : rows.first().data(AppointmentModel::IdRole).toByteArray());
}

void ClinicPage::showAppointment(const QByteArray &id)
{
    auto a = m_service.appointment(id);
    if (!a) {
        m_banner->showError(a.error().message);
        return;
    }
    m_tabs->setCurrentWidget(m_appointmentsTab);
    setWeekMode(false);
    m_filter->clear();
    if (!counsellor().isEmpty() && counsellor() != a.value().counsellorId)
        setCounsellor(a.value().counsellorId);
    setDate(a.value().startsAt.date());
    refresh();
    selectInDayView(id);
    m_actions->setAppointment(id);
}

void ClinicPage::changed(const QByteArray &id)
{
    m_actions->setAppointment(id);
    refresh();
}

BookAppointmentDialog *ClinicPage::bookAppointment(const QByteArray &memberId)
{
    auto *d = new BookAppointmentDialog(m_db, m_settings, m_session, memberId, this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    if (!counsellor().isEmpty())
        d->setCounsellor(counsellor());
    if (date() != QDate::currentDate())
        d->setStart(QDateTime(date(), QTime(9, 0)));
    connect(d, &BookAppointmentDialog::booked, this, [this](const QByteArray &id) {
        loadCounsellors();
        showAppointment(id);
        m_banner->showSuccess(tr("The appointment is booked."));
    });
    d->open();
    return d;
}

Result<DayList> ClinicPage::dayList()
{
    DayList list;
    auto device = org::Devices::thisDevice(m_db);
    if (device)
        list.centre = device.value();
    list.date = date();
    list.printedBy = m_session.fullName.isEmpty() ? m_session.username : m_session.fullName;
    if (!counsellor().isEmpty())
        list.counsellorName = m_counsellor->currentText();
    auto day = m_service.day(list.date, counsellor());
    if (!day)
        return day.error();
    list.appointments = day.value();
    return list;
}

Result<PrintedDocument> ClinicPage::makeDayList()
{
    auto list = dayList();
    if (!list)
        return list.error();
    return DayListPrinter::printed(m_settings, list.value());
}

Status ClinicPage::writeDayList(const QString &path)
{
    auto list = dayList();
    if (!list)
        return list.error();
    return DayListPrinter::write(path, m_settings, list.value());
}

Status ClinicPage::exportTo(const QString &path)
{
    const Status s = writeList(path);
    QStringList filters = ListExport::shownFilters({m_counsellor});
    filters.prepend((isWeekMode() ? tr("the week of %1") : tr("the day %1")).arg(date().toString(Qt::ISODate)));
    ListExport::audit(m_db, m_session, s, tr("Appointments"), filters, path);
    return s;
}

Status ClinicPage::writeList(const QString &path)
{
    const QList<int> identifiers = {AppointmentModel::FileNumber, AppointmentModel::Phone};
    if (!isWeekMode())
        return ListExport::fromView(this, m_dayView, path, tr("Appointments"), identifiers);
    // The week view draws a calendar; its appointments are listed like a day's.
    const QDate first = WeekView::weekStart(date());
    AppointmentModel week(m_db, m_settings);
    week.setShowDay(true);
    if (Status s = week.load(first, first.addDays(6), counsellor()); !s)
        return s;
    QTableView table;
    table.setModel(&week);
    return ListExport::fromView(this, &table, path, tr("Appointments"), identifiers);
}

void ClinicPage::exportList()
{
    const QString path = ListExport::askPath(this, m_settings, isWeekMode() ? tr("appointments-week") : tr("appointments"));
    if (!path.isEmpty())
        ListExport::report(this, exportTo(path));
}

} // namespace tamkeen::ui
