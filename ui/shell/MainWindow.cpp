#include "shell/MainWindow.h"

#include "casework/SupportTypesBox.h"
#include "casework/ConditionsPage.h"
#include "crisis/CrisisDialogs.h"
#include "crisis/CrisisPage.h"
#include "objections/ObjectionDaysBox.h"
#include "documents/DocumentLimitBox.h"
#include "objections/ObjectionsPage.h"
#include "casework/TaskInboxPage.h"
#include "visits/ChecklistBox.h"
#include "visits/VisitsPage.h"

#include "clinic/ClinicPage.h"
#include "clinic/ClinicSettingsBox.h"
#include "dialogs/AboutDialog.h"
#include "format/AppSettings.h"
#include "format/Display.h"
#include "impact/ImpactSettingsBox.h"
#include "impact/ReportsPage.h"
#include "pages/HomePage.h"
#include "dialogs/ChangePasswordDialog.h"
#include "pages/AuditPage.h"
#include "pages/BackupSettingsBox.h"
#include "pages/RetentionBox.h"
#include "pages/SettingsPage.h"
#include "shell/BackupRunner.h"
#include "shell/FileCheckRunner.h"
#include "shell/IndexRebuildRunner.h"
#include "pages/UsersPage.h"
#include "plans/PlansPage.h"
#include "referrals/ReferralsPage.h"
#include "registry/HouseholdsPage.h"
#include "storage/Database.h"
#include "sync/Conflicts.h"
#include "sync/SyncDevices.h"
#include "sync/SyncPage.h"
#include "widgets/WindowGeometry.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QMenuBar>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace tamkeen::ui {

MainWindow::MainWindow(storage::Database &db, security::UserService &users, AppSettings &settings,
                       const security::Session &session, const org::DeviceInfo &device, QWidget *parent)
    : QMainWindow(parent), m_db(db), m_users(users), m_settings(settings), m_session(session), m_device(device), m_databasePath(db.path()),
      m_nav(new QListWidget(this)), m_pages(new QStackedWidget(this))
{
    setWindowTitle(tr("Tamkeen — %1").arg(device.centreName));
    setObjectName(u"mainWindow"_s);
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    // First in a horizontal layout is on the reading side: right in Arabic.
    layout->addWidget(m_nav);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_nav->setObjectName(u"navigation"_s);
    m_nav->setFixedWidth(210);
    m_nav->setFrameShape(QFrame::NoFrame);
    // Style sheets do not mirror: the separator goes on the edge facing the pages.
    const QString innerEdge = layoutDirection() == Qt::RightToLeft ? u"left"_s : u"right"_s;
    m_nav->setStyleSheet(u"QListWidget#navigation { background: palette(window); border: none; border-%1: 1px solid "
                         "palette(mid); padding-top: 8px; }"
                         "QListWidget#navigation { outline: 0; }"
                         "QListWidget#navigation::item { padding: 9px 14px; border: none; color: palette(text); }"
                         "QListWidget#navigation::item:selected { background: #0f6e66; color: white; }"_s.arg(innerEdge));
    QFont navFont = m_nav->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.15);
    m_nav->setFont(navFont);

    auto *home = new HomePage(db, settings, session, device.centreId, this);
    addSection(Section::Home, tr("Home"), home);
    // Each user's tasks, from every section (the count in the navigation).
    auto *tasks = new TaskInboxPage(db, settings, session, device.centreId, this);
    addSection(Section::Tasks, tr("My tasks"), tasks);
    auto *households = new HouseholdsPage(db, settings, session, this);
    addSection(Section::Households, tr("Households"), households);
    auto *clinic = new ClinicPage(db, settings, session, this);
    addSection(Section::Clinic, tr("Empowerment clinic"), clinic);
    // The clinic opens a family's file where files live: in the Households section.
    connect(clinic, &ClinicPage::openHousehold, this, [this, households](const QByteArray &id) {
        showSection(Section::Households);
        households->openHousehold(id);
    });
    auto *plans = new PlansPage(db, settings, session, this);
    addSection(Section::Plans, tr("Empowerment plans"), plans);
    // The home page's queues open a plan where plans live, a family where files live.
    connect(home, &HomePage::openPlan, this, [this, plans](const QByteArray &id) {
        showSection(Section::Plans);
        plans->openPlan(id);
    });
    connect(home, &HomePage::openHousehold, this, [this, households](const QByteArray &id) {
        showSection(Section::Households);
        households->openHousehold(id);
    });
    // The count only: the navigation is narrow; the page says how many are late.
    connect(tasks, &TaskInboxPage::countChanged, this, [this](int due) {
        const QString title = due == 0 ? tr("My tasks") : tr("My tasks (%1)").arg(Display(m_settings).number(due));
        if (QListWidgetItem *item = m_nav->item(int(m_sections.indexOf(Section::Tasks))))
            item->setText(title);
    });
    connect(tasks, &TaskInboxPage::openPlan, this, [this, plans](const QByteArray &id) {
        showSection(Section::Plans);
        plans->openPlan(id);
    });
    connect(tasks, &TaskInboxPage::openHousehold, this, [this, households](const QByteArray &id) {
        showSection(Section::Households);
        households->openHousehold(id);
    });
    // Home visits: the field workers' own week, and their supervisors' (who plan for them).
    if (session.role != security::Role::Counsellor) {
        auto *visitsPage = new VisitsPage(db, settings, session, this);
        addSection(Section::Visits, tr("Home visits"), visitsPage);
        connect(visitsPage, &VisitsPage::openHousehold, this, [this, households](const QByteArray &id) {
            showSection(Section::Households);
            households->openHousehold(id);
        });
    }
    addSection(Section::Referrals, tr("Referrals"), new ReferralsPage(db, settings, session, this));
    auto *objections = new ObjectionsPage(db, settings, session, device.centreId, this);
    addSection(Section::Objections, tr("Objections and complaints"), objections);
    auto *crisis = new CrisisPage(db, settings, session, this);
    addSection(Section::Crisis, tr("Crisis lists"), crisis);
    connect(crisis, &CrisisPage::openHousehold, this, [this, households](const QByteArray &id) {
        showSection(Section::Households);
        households->openHousehold(id);
    });
    // Conditional support: the programmes' conditions and the compliance rates, the supervisors'.
    if (casework::Conditions::mayDecide(session))
        addSection(Section::Conditions, tr("Conditional support"), new ConditionsPage(db, settings, session, this));
    connect(tasks, &TaskInboxPage::openObjection, this, [this, objections](const QByteArray &id) {
        showSection(Section::Objections);
        objections->openObjection(id);
    });
    auto *syncPage = new SyncPage(db, settings, session, this);
    addSection(Section::Sync, tr("Sync"), syncPage);
    connect(syncPage, &SyncPage::synced, this, &MainWindow::refreshStatus);
    auto *reports = new ReportsPage(db, settings, session, this);
    addSection(Section::Reports, tr("Reports"), reports);
    connect(reports, &ReportsPage::openHousehold, this, [this, households](const QByteArray &id) {
        showSection(Section::Households);
        households->openHousehold(id);
    });
    connect(home, &HomePage::openGraduation, this, [this, reports](const QByteArray &id) {
        showSection(Section::Reports);
        reports->showGraduationRequest(id);
    });
    connect(tasks, &TaskInboxPage::openGraduation, this, [this, reports](const QByteArray &id) {
        showSection(Section::Reports);
        reports->showGraduationRequest(id);
    });
    connect(home, &HomePage::openWarnings, this, [this, reports](impact::WarningRule rule) {
        showSection(Section::Reports);
        reports->showWarnings(rule);
    });
    if (session.isAdministrator())
        addSection(Section::Users, tr("Users"), new UsersPage(users, session, this));
    if (security::AuditLog::mayRead(session))
        addSection(Section::Audit, tr("Audit trail"), new AuditPage(db, settings, session, this));
    m_incomes = std::make_unique<registry::IncomeService>(db);
    auto *settingsPage = new SettingsPage(settings, m_databasePath, m_incomes.get(), &m_session, this);
    if (m_session.isAdministrator() || m_session.role == security::Role::Supervisor)
        settingsPage->addBox(new ClinicSettingsBox(db, m_session, settingsPage->banner(), settingsPage));
    if (m_session.isAdministrator()) {
        settingsPage->addBox(new ImpactSettingsBox(db, m_session, settingsPage->banner(), settingsPage));
        settingsPage->addBox(new ChecklistBox(db, m_session, settingsPage->banner(), settingsPage));
        settingsPage->addBox(new SupportTypesBox(db, m_session, settingsPage->banner(), settingsPage));
        settingsPage->addBox(new ObjectionDaysBox(db, m_session, settingsPage->banner(), settingsPage));
        settingsPage->addBox(new DocumentLimitBox(db, m_session, settingsPage->banner(), settingsPage));
        settingsPage->addBox(new PlacesBox(db, m_session, settingsPage->banner(), settingsPage));
        settingsPage->addBox(new RetentionBox(db, settings, m_session, settingsPage->banner(), settingsPage));
    }
    // Every role's laptop keeps backups of its own database.
    m_backups = new BackupRunner(db, settings, this);
    settingsPage->addBox(new BackupSettingsBox(settings, *m_backups, settingsPage->banner(), settingsPage));
    addSection(Section::Settings, tr("Settings"), settingsPage);

    connect(m_nav, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_nav->setCurrentRow(0);

    buildMenus();
    m_user = new QLabel(this);
    m_centre = new QLabel(this);
    m_deviceLabel = new QLabel(this);
    m_sync = new QLabel(this);
    m_clock = new QLabel(this);
    m_clock->setObjectName(u"clockAheadLabel"_s);
    m_clock->setStyleSheet(u"color: #b3261e; font-weight: bold;"_s);
    m_today = new QLabel(this);
    m_backupFailed = new QLabel(this);
    m_backupFailed->setObjectName(u"backupFailedLabel"_s);
    m_backupFailed->setStyleSheet(u"color: #b3261e; font-weight: bold;"_s);
    m_backupFailed->hide();
    connect(m_backups, &BackupRunner::finished, this, [this](const QString &, const QString &error) {
        m_backupFailed->setVisible(!error.isEmpty());
        m_backupFailed->setText(tr("No backup was made"));
        m_backupFailed->setToolTip(error);
    });
    // Opening read only what it needed: the rest of the file is read here, half a minute in.
    auto *damaged = new QLabel(this);
    damaged->setObjectName(u"fileDamagedLabel"_s);
    damaged->setStyleSheet(u"color: #b3261e; font-weight: bold;"_s);
    damaged->hide();
    m_fileCheck = new FileCheckRunner(m_databasePath, 30 * 1000, this);
    connect(m_fileCheck, &FileCheckRunner::damaged, this, [this, damaged](const QString &message) {
        // Nothing more is written to a damaged file: reads go on, saves are
        // refused with SQLite's "read-only" answer until it is restored.
        m_db.setQueryOnly(true);
        m_backups->stopDaily();
        damaged->setText(tr("The database file is damaged"));
        damaged->setToolTip(message);
        damaged->show();
        auto *box = new QMessageBox(QMessageBox::Warning, tr("The database file is damaged"), message, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open(); // not exec(): the window goes on repainting behind it
    });
    auto *reindexing = indexRebuildLabel();
    // A new laptop started from a snapshot on the Sync screen: its index is built now.
    connect(syncPage, &SyncPage::synced, m_indexRebuild, &IndexRebuildRunner::startIfDue);
    for (QLabel *l : {m_user, m_centre, m_deviceLabel, m_sync, m_clock, m_backupFailed, damaged, reindexing}) {
        l->setContentsMargins(4, 0, 8, 0);
        statusBar()->addWidget(l);
    }
    statusBar()->addPermanentWidget(m_today);
    connect(&settings, &AppSettings::displayChanged, this, &MainWindow::refreshStatus);
    // The date and the clock check move on while the window stays open.
    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, &MainWindow::refreshStatus);
    timer->start(10 * 60 * 1000);
    refreshStatus();
    rememberGeometry(this, QSize(1200, 660));
}

// The search index rebuilt on a worker after an update (IndexRebuildRunner),
// its progress in the status bar.
QLabel *MainWindow::indexRebuildLabel()
{
    auto *label = new QLabel(this);
    label->setObjectName(u"indexRebuildLabel"_s);
    label->hide();
    m_indexRebuild = new IndexRebuildRunner(m_db, this);
    connect(m_indexRebuild, &IndexRebuildRunner::progress, this, [this, label](qint64 done, qint64 total) {
        if (total <= 0)
            return; // asked again after a failed step, before any went through
        const Display display(m_settings);
        const qint64 percent = total > 0 ? qMin<qint64>(100, 100 * done / total) : 100;
        label->setText(tr("Updating the search index: %1%").arg(display.number(percent)));
        label->setToolTip(tr("Tamkeen is updating its search index after an upgrade or a start from a snapshot: %1 "
                             "of %2 families so far. "
                             "You can go on working; until it is done, a search may miss some spellings of a name.")
                              .arg(display.number(done), display.number(total)));
        label->show();
    });
    connect(m_indexRebuild, &IndexRebuildRunner::ended, this, [label](const QString &error) {
        if (error.isEmpty()) {
            label->hide();
            return;
        }
        label->setText(tr("The search index was not fully updated"));
        label->setToolTip(tr("%1 The update goes on from where it stopped at the next login.").arg(error));
        label->show();
    });
    QTimer::singleShot(0, m_indexRebuild, &IndexRebuildRunner::startIfDue);
    return label;
}

void MainWindow::addSection(Section section, const QString &title, QWidget *page)
{
    m_sections << section;
    m_nav->addItem(title);
    // A page taller than a small screen scrolls (the Settings form with the
    // clinic's settings, in English) instead of making the window taller.
    auto *scroll = new QScrollArea(m_pages);
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_pages->addWidget(scroll);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Import households…"), this, [this] {
        showSection(Section::Households);
        if (auto *page = qobject_cast<HouseholdsPage *>(this->page(Section::Households)))
            page->importFile();
    });
    file->addAction(tr("&Lock now"), QKeySequence(Qt::CTRL | Qt::Key_L), this, &MainWindow::lockRequested);
    file->addAction(tr("&Switch user (log out)"), this, &MainWindow::logoutRequested);
    file->addAction(tr("&Change my password…"), this, &MainWindow::changePassword);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Tamkeen"), this, &MainWindow::showAbout);
}

void MainWindow::changePassword()
{
    ChangePasswordDialog dialog(m_users, m_session, this);
    if (dialog.exec() == QDialog::Accepted)
        emit passwordChanged();
}

void MainWindow::showAbout()
{
    auto *about = new AboutDialog(m_databasePath, m_settings.digitStyle(), this);
    about->setAttribute(Qt::WA_DeleteOnClose);
    about->open();
}

void MainWindow::refreshStatus()
{
    const Display display(m_settings);
    m_user->setText(tr("User: %1 (%2)").arg(m_session.fullName, security::Roles::displayName(m_session.role)));
    m_centre->setText(tr("Centre: %1 %2").arg(m_device.centreName, Display::ltr(m_device.centreCode)));
    m_deviceLabel->setText(tr("Device: %1 (no. %2)").arg(m_device.name, display.number(m_device.number)));
    // The last exchange in the status bar; open conflicts counted in the navigation.
    auto last = sync::SyncDevices(m_db).lastSync();
    m_sync->setText(last && last.value().isValid() ? tr("Last sync: %1").arg(display.moment(last.value()))
                                                   : tr("Last sync: never"));
    if (const int row = int(m_sections.indexOf(Section::Sync)); row >= 0) {
        auto open = sync::Conflicts(m_db).openCount();
        const qint64 n = open ? open.value() : 0;
        m_nav->item(row)->setText(n == 0 ? tr("Sync") : tr("Sync (%1 conflicts)").arg(display.number(n)));
    }
    // A clock far ahead of what this copy has received: changes are stamped at
    // the cap (docs/sync-format.md, rule 3) until the date is set right.
    const bool ahead = m_db.clock().aheadOfCeiling();
    m_clock->setVisible(ahead);
    m_clock->setText(ahead ? tr("Check this computer's date") : QString());
    m_clock->setToolTip(ahead ? display.digits(tr("It is more than %Ln day(s) ahead of the latest change received from other devices.",
                                   "", m_db.clockCapDays()))
                                    + u' '
                                    + tr("Changes made here are recorded at the latest time received from other devices "
                                         "plus the allowed days, so a wrong date cannot win every conflict. Correct the "
                                         "date, or import a recent package if this computer has not synced for a long time.")
                              : QString());
    m_today->setText(display.date(QDate::currentDate()));
}

void MainWindow::showSection(Section section)
{
    const int index = int(m_sections.indexOf(section));
    if (index >= 0)
        m_nav->setCurrentRow(index);
}

void MainWindow::importPackage(const QString &path)
{
    showSection(Section::Sync);
    if (auto *sync = qobject_cast<SyncPage *>(page(Section::Sync)))
        sync->importPackage(path);
}

MainWindow::Section MainWindow::currentSection() const
{
    const int row = m_nav->currentRow();
    return row >= 0 && row < m_sections.size() ? m_sections[row] : Section::Home;
}

bool MainWindow::hasSection(Section section) const
{
    return m_sections.contains(section);
}

QWidget *MainWindow::page(Section section) const
{
    const int index = int(m_sections.indexOf(section));
    return index >= 0 ? static_cast<QScrollArea *>(m_pages->widget(index))->widget() : nullptr;
}

QStatusBar *MainWindow::statusBarWidget() const
{
    return statusBar();
}

QString MainWindow::statusText() const
{
    return QStringList{m_user->text(), m_centre->text(), m_deviceLabel->text(), m_sync->text(), m_clock->text(),
                       m_today->text()}
        .join(u" | "_s);
}

} // namespace tamkeen::ui
