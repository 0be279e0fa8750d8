// Every window and dialog on a field laptop's 1366×768 screen with a taskbar:
// each must fit, and no button or label may show less than its whole text.
// Each is saved as tests/screenshots/fit-*.png. Run under Xvfb (scripts/test)
// the buttons carry the platform's icons, which the offscreen platform omits.
#include "clinic/AppointmentActions.h"
#include "clinic/AppointmentModel.h"
#include "clinic/BookAppointmentDialog.h"
#include "clinic/RescheduleDialog.h"
#include "clinic/ClinicDemo.h"
#include "clinic/ClinicPage.h"
#include "clinic/MemberClinicDialog.h"
#include "format/Translations.h"
#include "pages/UsersPage.h"
#include "plans/PlanDemo.h"
#include "plans/ExitTermsDialog.h"
#include "plans/PlanDialog.h"
#include "plans/PlanStepDialog.h"
#include "plans/PlansPage.h"
#include "referrals/ExitFollowUpsView.h"
#include "referrals/ReferralDialogs.h"
#include "referrals/ReferralsPage.h"
#include "registry/DemoGenerator.h"
#include "impact/SatisfactionDialog.h"
#include "casework/ConditionsPage.h"
#include "documents/DocumentDialogs.h"
#include "documents/DocumentsTab.h"
#include "impact/SatisfactionTab.h"
#include "registry/HouseholdFile.h"
#include "casework/AssignmentTab.h"
#include "casework/CareLevelTab.h"
#include "visits/VisitDialogs.h"
#include "visits/VisitsTab.h"
#include "registry/HouseholdsPage.h"
#include "security/UserService.h"
#include "shell/MainWindow.h"
#include "storage/Database.h"
#include "support/Gui.h"
#include "support/Shell.h"
#include "support/catch.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QDialog>
#include <QIcon>
#include <QImage>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPainter>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <cstdlib>

using namespace tamkeen;
using namespace tamkeen::ui;
using namespace Qt::StringLiterals;
using Section = MainWindow::Section;

namespace {

// 1366×768 minus a taskbar; a window without a frame yet is given a title bar.
constexpr int kScreenWidth = 1366;
constexpr int kScreenHeight = 728;
constexpr int kTitleBar = 30;

const QString kPassword = QStringLiteral("long-enough-1");

QString describe(const QWidget *w)
{
    QString text;
    if (auto *b = qobject_cast<const QAbstractButton *>(w))
        text = b->text();
    else if (auto *l = qobject_cast<const QLabel *>(w))
        text = l->text();
    return QStringLiteral("%1 %2 «%3»").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(), text.left(60));
}

// False when something between the widget and its window (or the scrolled
// contents it sits in) hides part of it.
bool wholeInContainers(const QWidget *w)
{
    QRect rect = w->rect();
    const QWidget *child = w;
    for (const QWidget *p = w->parentWidget(); p; child = p, p = p->parentWidget()) {
        rect.translate(child->pos());
        if (qobject_cast<const QAbstractScrollArea *>(p) && child == static_cast<const QAbstractScrollArea *>(p)->viewport())
            return true; // scrolled: the user reaches the rest
        if (p->parentWidget() && qobject_cast<const QAbstractScrollArea *>(p->parentWidget())
            && p == static_cast<const QAbstractScrollArea *>(p->parentWidget())->viewport())
            return true;
        if (!p->rect().adjusted(-1, -1, 1, 1).contains(rect)) // a splitter may round by a pixel
            return false;
        if (p->isWindow())
            break;
    }
    return true;
}

// The width a push button needs for its whole text and icon inside its frame.
int neededContentWidth(const QPushButton *b)
{
    QString text = b->text();
    text.remove(QLatin1Char('&'));
    int width = b->fontMetrics().horizontalAdvance(text);
    if (!b->icon().isNull())
        width += b->iconSize().width() + 4;
    return width;
}

// Where a push button shows its label (icon and text): the pixels in which the
// button differs from its bare bevel, painted as the style paints the button.
QRect labelInk(QPushButton *b, QStyleOptionButton option)
{
    const QImage shown = b->grab().toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied);
    QImage bare(shown.size(), QImage::Format_ARGB32_Premultiplied);
    bare.setDevicePixelRatio(shown.devicePixelRatio());
    bare.fill(b->palette().color(b->backgroundRole()));
    QPainter painter(&bare);
    painter.setLayoutDirection(b->layoutDirection());
    option.text.clear();
    option.icon = QIcon();
    b->style()->drawControl(QStyle::CE_PushButton, &option, &painter, b);
    painter.end();
    QRect ink;
    for (int y = 0; y < shown.height(); ++y)
        for (int x = 0; x < shown.width(); ++x)
            if (shown.pixel(x, y) != bare.pixel(x, y))
                ink |= QRect(x, y, 1, 1);
    return ink;
}

// False when the label is pushed against one side of the button instead of centred.
bool labelCentred(const QRect &ink, const QRect &contents)
{
    if (ink.isEmpty())
        return true;
    const int before = ink.left() - contents.left(), after = contents.right() - ink.right();
    return contents.contains(ink) && std::abs(before - after) <= 8;
}

QStringList cutTexts(QWidget *window)
{
    QStringList out;
    for (QAbstractButton *b : window->findChildren<QAbstractButton *>()) {
        if (!b->isVisible() || b->text().isEmpty() || b->window() != window)
            continue;
        if (b->width() < b->minimumSizeHint().width() || b->height() < b->minimumSizeHint().height())
            out << u"narrower than its text: "_s + describe(b);
        if (auto *push = qobject_cast<QPushButton *>(b)) {
            QStyleOptionButton option;
            option.initFrom(push);
            option.text = push->text();
            option.icon = push->icon();
            option.iconSize = push->iconSize();
            option.features = push->isFlat() ? QStyleOptionButton::Flat : QStyleOptionButton::None;
            if (push->isDefault())
                option.features |= QStyleOptionButton::DefaultButton;
            if (push->autoDefault())
                option.features |= QStyleOptionButton::AutoDefaultButton;
            option.state |= push->isDown() ? QStyle::State_Sunken : QStyle::State_Raised;
            if (push->isChecked())
                option.state |= QStyle::State_On;
            const QRect contents = push->style()->subElementRect(QStyle::SE_PushButtonContents, &option, push);
            if (neededContentWidth(push) > contents.width())
                out << u"text and icon wider than the button: "_s + describe(b);
            else if (!labelCentred(labelInk(push, option), contents))
                out << u"label pushed against the frame, not centred: "_s + describe(b);
        }
        if (!wholeInContainers(b))
            out << u"partly hidden: "_s + describe(b);
    }
    for (QLabel *l : window->findChildren<QLabel *>()) {
        if (!l->isVisible() || l->text().isEmpty() || l->window() != window)
            continue;
        if (l->wordWrap()) {
            if (l->height() < l->heightForWidth(l->width()))
                out << u"wrapped text taller than the label: "_s + describe(l);
        } else if (l->width() < l->minimumSizeHint().width() || l->height() < l->minimumSizeHint().height()) {
            out << u"text wider than the label: "_s + describe(l);
        }
        if (l->text().contains(QChar(0x2026)) && !l->text().endsWith(QChar(0x2026)))
            out << u"elided: "_s + describe(l);
        if (!wholeInContainers(l))
            out << u"partly hidden: "_s + describe(l);
    }
    return out;
}

struct Fit {
    test::App app;
    QStringList problems;
    int checked = 0;
    QString prefix = u"fit-"_s;

    Fit()
    {
        test::setUp(app);
        auto opened = storage::Database::open(app.dbPath());
        REQUIRE(opened.ok());
        std::unique_ptr<storage::Database> db = std::move(opened).value();
        security::UserService users(*db, security::HashCost::minimal());
        const security::Session admin = users.login(QStringLiteral("noura"), QStringLiteral("kalimat-sir-1")).value();
        // Demonstration households first: demo fills only a copy with no real
        // data, and then keeps filling the copy it filled.
        registry::DemoOptions households;
        households.households = 25;
        REQUIRE(registry::DemoGenerator::generate(*db, admin, households).ok());
        for (const auto &[name, full, role] : {std::tuple{"huda", "هدى الحربي", security::Role::Counsellor},
                                               std::tuple{"salma", "سلمى العتيبي", security::Role::Supervisor},
                                               std::tuple{"omar", "عمر السبيعي", security::Role::FieldWorker}})
            REQUIRE(users.add(admin, {QString::fromLatin1(name), QString::fromUtf8(full), role, kPassword}).ok());
        clinic::ClinicDemoOptions clinic;
        clinic.appointments = 60;
        clinic.sessions = 30;
        clinic.counsellorPassword = kPassword;
        REQUIRE(clinic::ClinicDemo::generate(*db, admin, clinic).ok());
        plans::PlanDemoOptions plans;
        plans.plans = 12;
        REQUIRE(plans::PlanDemo::generate(*db, admin, plans).ok());
    }

    MainWindow *main() const { return app.controller->mainWindow(); }

    void logInAs(const QString &user)
    {
        app.controller->logout();
        test::settle();
        test::login(app, user, kPassword);
        REQUIRE(main());
        test::settle();
    }

    // Checks the window `w` is in and saves its picture as fit-NAME.
    void check(QWidget *w, const QString &name)
    {
        if (!w) {
            problems << name + u": did not open"_s;
            return;
        }
        test::settle();
        QWidget *window = w->window();
        ++checked;
        test::screenshot(window, prefix + name);
        const QSize frame = window->frameGeometry().size();
        const int title = frame.height() > window->height() ? 0 : kTitleBar;
        if (frame.width() > kScreenWidth || frame.height() + title > kScreenHeight)
            problems << u"%1: %2×%3 does not fit %4×%5"_s.arg(name).arg(frame.width()).arg(frame.height() + title)
                            .arg(kScreenWidth).arg(kScreenHeight);
        const QSize least = window->minimumSizeHint();
        if (least.width() > kScreenWidth || least.height() + kTitleBar > kScreenHeight)
            problems << u"%1: cannot shrink below %2×%3"_s.arg(name).arg(least.width()).arg(least.height());
        for (const QString &cut : cutTexts(window))
            problems << name + u": "_s + cut;
    }

    // A dialog: checked, then closed without asking anything.
    void checkDialog(QWidget *dialog, const QString &name)
    {
        QPointer<QWidget> open = dialog;
        check(dialog, name);
        if (open)
            delete open.data();
        test::settle();
    }

    // Every section of the main window and every tab in it.
    void checkMainWindow(const QString &role)
    {
        for (Section section : main()->sections()) {
            main()->showSection(section);
            test::settle();
            QWidget *page = main()->page(section);
            const QString name = u"%1-%2"_s.arg(role).arg(int(section));
            check(page, name);
            for (QTabWidget *tabs : page->findChildren<QTabWidget *>()) {
                if (!tabs->isVisible())
                    continue;
                for (int i = 1; i < tabs->count(); ++i) {
                    if (!tabs->isTabEnabled(i) || !tabs->isTabVisible(i))
                        continue;
                    tabs->setCurrentIndex(i);
                    check(tabs, u"%1-tab%2"_s.arg(name).arg(i));
                }
                tabs->setCurrentIndex(0);
            }
        }
    }

    template <class Page> Page *page(Section section)
    {
        main()->showSection(section);
        test::settle();
        auto *p = qobject_cast<Page *>(main()->page(section));
        REQUIRE(p);
        return p;
    }
};

} // namespace

// Opens everything in the language installed now; `prefix` names the screenshots.
static void checkEverything(const QString &prefix)
{
    const QRect screen = QGuiApplication::primaryScreen()->geometry();
    INFO("platform " << QGuiApplication::platformName().toStdString() << ", screen " << screen.width() << "x"
                     << screen.height());
    REQUIRE(screen.width() >= kScreenWidth);

    QSettings().remove(u"windows"_s); // as on a laptop's first run, not as earlier tests left them
    Fit fit;
    fit.prefix = prefix;
    {
        // First run and login, before anyone is set up in this database.
        test::App fresh;
        fresh.start();
        fit.check(fresh.controller->setupDialog(), u"setup"_s);
    }
    fit.app.controller->logout();
    test::settle();
    fit.check(fit.app.controller->loginDialog(), u"login"_s);
    test::login(fit.app, QStringLiteral("noura"), QStringLiteral("kalimat-sir-1"));
    REQUIRE(fit.main());

    // The administrator: every section, users, households, the file and its dialogs, sync.
    fit.checkMainWindow(u"admin"_s);
    fit.main()->showAbout();
    fit.checkDialog(fit.main()->findChild<QDialog *>(QStringLiteral("aboutDialog")), u"about"_s);
    auto *users = fit.page<UsersPage>(Section::Users);
    fit.checkDialog(users->openAddDialog(), u"user-add"_s);
    users->table()->selectionModel()->select(users->table()->model()->index(1, 0), // not the administrator herself
                                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    fit.checkDialog(users->openResetDialog(), u"user-reset"_s);

    auto *households = fit.page<HouseholdsPage>(Section::Households);
    fit.checkDialog(households->newHousehold(), u"household-new"_s);
    fit.checkDialog(households->importFile(), u"household-import"_s);
    fit.checkDialog(households->reviewDuplicates(), u"household-duplicates"_s);
    HouseholdFile *file = households->openRow(0);
    fit.check(file, u"household-file"_s);
    if (file) {
        fit.checkDialog(file->addMember(), u"member-add"_s);
        fit.checkDialog(file->editMember(0), u"member-edit"_s);
        fit.checkDialog(file->recordIncome(), u"income"_s);
        fit.checkDialog(file->changeStatus(), u"household-status"_s);
        fit.checkDialog(file->editHousehold(), u"household-edit"_s);
        fit.checkDialog(file->archiveHousehold(), u"household-archive"_s);
        delete file;
    }
    auto *referrals = fit.page<ReferralsPage>(Section::Referrals);
    fit.checkDialog(referrals->addPartner(), u"partner"_s);
    fit.checkDialog(referrals->newReferral(), u"referral-new"_s);

    // The counsellor: the clinic, a member's page, a session, assessments, a plan.
    fit.logInAs(u"huda"_s);
    fit.checkMainWindow(u"counsellor"_s);
    auto *clinic = fit.page<ClinicPage>(Section::Clinic);
    // Booking with the families found for a search.
    QPointer<BookAppointmentDialog> booking = clinic->bookAppointment();
    REQUIRE(booking);
    test::type(booking, "search", u"RUH"_s);
    booking->runSearch();
    fit.checkDialog(booking, u"booking"_s);
    clinic->setCounsellor({});
    for (int day = 0; day < 14 && clinic->model()->rowCount() == 0; ++day)
        clinic->next();
    if (clinic->model()->rowCount() == 0)
        clinic->goToday();
    for (int day = 0; day < 90 && clinic->model()->rowCount() == 0; ++day)
        clinic->previous();
    if (clinic->model()->rowCount() > 0) {
        REQUIRE(clinic->selectInDayView(clinic->model()->appointmentAt(0)->id));
        test::settle();
        fit.checkDialog(clinic->actions()->reschedule(), u"reschedule"_s);
        fit.checkDialog(clinic->actions()->cancelAppointment(), u"appointment-cancel"_s);
        fit.checkDialog(clinic->actions()->recordSession(), u"session-from-appointment"_s);
    } else {
        fit.problems << u"no appointment in the next two weeks to act on"_s;
    }
    households = fit.page<HouseholdsPage>(Section::Households);
    file = households->openRow(0);
    REQUIRE(file);
    QPointer<QWidget> memberPage = file->openClinicPage(0);
    auto *member = qobject_cast<MemberClinicDialog *>(memberPage.data());
    fit.check(member, u"member-clinic"_s);
    if (member) {
        // The session with an agreed action being typed, its due date in the table.
        QPointer<QWidget> session = member->recordSession();
        REQUIRE(session);
        QTest::mouseClick(session->findChild<QPushButton *>(u"addAction"_s), Qt::LeftButton);
        fit.checkDialog(session, u"session"_s);
        fit.checkDialog(member->addAssessment(QStringLiteral("wellbeing")), u"assessment-who5"_s);
        fit.checkDialog(member->addAssessment(QStringLiteral("work_readiness")), u"assessment-readiness"_s);
        fit.checkDialog(member->bookAppointment(), u"booking-member"_s);
        fit.checkDialog(member->startPlan(), u"plan-new"_s);
        delete memberPage.data();
    }
    fit.checkDialog(file->satisfaction()->recordSurvey(), u"satisfaction"_s);
    delete file;
    auto *plans = fit.page<PlansPage>(Section::Plans);
    if (plans->myPlans()->rowCount() > 0) {
        PlanDialog *plan = plans->openMyPlan(0);
        fit.check(plan, u"plan"_s);
        if (plan) {
            fit.checkDialog(plan->recordReview(), u"plan-review"_s);
            fit.checkDialog(plan->editExitTerms(), u"plan-exit-terms"_s);
            delete plan;
        }
    } else {
        fit.problems << u"the counsellor has no plan to open"_s;
    }

    // The supervisor and the field worker: their sections and the approval queue.
    fit.logInAs(u"salma"_s);
    fit.checkMainWindow(u"supervisor"_s);
    households = fit.page<HouseholdsPage>(Section::Households);
    file = households->openRow(0);
    REQUIRE(file);
    fit.checkDialog(file->assignment()->reassign(), u"caseload-reassign"_s);
    fit.checkDialog(file->assignment()->transfer(), u"caseload-transfer"_s);
    delete file;
    fit.checkDialog(fit.page<ConditionsPage>(Section::Conditions)->addCondition(), u"condition-add"_s);
    plans = fit.page<PlansPage>(Section::Plans);
    if (plans->queue() && plans->queue()->rowCount() > 0) {
        plans->queue()->setCurrentCell(0, 0);
        fit.checkDialog(plans->returnSelected(), u"plan-return"_s);
        PlanDialog *queued = plans->openQueued(0);
        fit.checkDialog(queued, u"plan-queued"_s);
    }
    referrals = fit.page<ReferralsPage>(Section::Referrals);
    for (int row = 0; row < referrals->referralsTable()->rowCount(); ++row) {
        referrals->referralsTable()->setCurrentCell(row, 0);
        if (QPointer<QWidget> d = referrals->changeStatus()) {
            fit.checkDialog(d, u"referral-status"_s);
            break;
        }
    }
    for (int row = 0; row < referrals->referralsTable()->rowCount(); ++row) {
        referrals->referralsTable()->setCurrentCell(row, 0);
        if (QPointer<QWidget> d = referrals->recordOutcome()) {
            fit.checkDialog(d, u"referral-outcome"_s);
            break;
        }
    }
    fit.logInAs(u"omar"_s);
    fit.checkMainWindow(u"fieldworker"_s);
    // The field worker's home visits: planned and recorded from the household file.
    households = fit.page<HouseholdsPage>(Section::Households);
    file = households->openRow(0);
    REQUIRE(file);
    fit.checkDialog(file->visits()->planVisit(), u"visit-plan"_s);
    fit.checkDialog(file->visits()->recordVisit(), u"visit-record"_s);
    fit.checkDialog(file->careLevel()->assess(), u"care-level"_s);
    fit.checkDialog(file->documents()->attach(), u"document-attach"_s);
    delete file;

    INFO(fit.problems.join(u'\n').toStdString());
    CHECK(fit.checked > 40);
    CHECK(fit.problems.isEmpty());
}

TEST_CASE("Every window and dialog fits a 1366x768 screen and shows its whole text", "[ui][fit]")
{
    checkEverything(u"fit-"_s);
}

TEST_CASE("In English too, every window and dialog fits and shows its whole text", "[ui][fit]")
{
    REQUIRE(installTranslations(u"en"_s));
    checkEverything(u"fit-en-"_s);
    REQUIRE(installTranslations(u"ar"_s));
}
