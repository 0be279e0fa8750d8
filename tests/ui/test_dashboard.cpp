// The supervisors' dashboard (issue 14 §2) on the demonstration data with a
// few exits added on past dates: a tile's number is what core computes, the
// families behind it open in a list and each opens its file, the charts'
// values read as a table, the period is remembered per user, and reversed
// custom dates are refused in words.
#include "format/Display.h"
#include "impact/ChartPanel.h"
#include "impact/DashboardCharts.h"
#include "impact/DashboardFilters.h"
#include "impact/DashboardTile.h"
#include "impact/DashboardView.h"
#include "impact/DrillDownDialog.h"
#include "impact/GroupedFigures.h"
#include "impact/Indicators.h"
#include "impact/ReportsPage.h"
#include "referrals/ExitService.h"
#include "referrals/ReferralService.h"
#include "registry/HouseholdService.h"
#include "security/UserService.h"
#include "shell/MainWindow.h"
#include "storage/Database.h"
#include "support/Gui.h"
#include "support/Shell.h"
#include "support/TestDb.h"
#include "support/Dashboard.h"
#include "support/catch.h"
#include "widgets/Sparkline.h"
#include "widgets/DateField.h"
#include "widgets/MessageBanner.h"

#include <QComboBox>
#include <QHorizontalBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <algorithm>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace tamkeen;
using namespace tamkeen::ui;
using Section = MainWindow::Section;
using Kind = impact::Period::Kind;
using test::openDashboard;
using test::waitFor;

namespace {

const QString kPassword = QStringLiteral("correct horse 12");


QByteArray family(registry::HouseholdService &households, const security::Session &by, const QString &given,
                  const QDate &since, bool active = true)
{
    registry::HouseholdData h;
    h.region = QStringLiteral("منطقة الرياض");
    h.city = QStringLiteral("الخرج");
    h.housingType = QStringLiteral("apartment");
    h.housingOwnership = QStringLiteral("rented");
    h.registrationDate = since;
    registry::MemberData head;
    head.givenName = given;
    head.fatherName = QStringLiteral("سعد");
    head.familyName = QStringLiteral("العتيبي");
    head.relation = QStringLiteral("head");
    head.sex = QStringLiteral("female");
    head.birthDate = QDate(1985, 5, 1);
    auto id = households.create(by, h, head);
    REQUIRE(id.ok());
    if (active)
        REQUIRE(households.changeStatus(by, id.value(), QStringLiteral("active"), since.addDays(10), {}).ok());
    return id.value();
}

// The Reports section shown, its dashboard computed.

void chooseMonth(DashboardView *view, const QDate &month)
{
    DashboardFilters *f = view->filters();
    f->kind()->setCurrentIndex(f->kind()->findData(int(Kind::Month)));
    f->year()->setValue(month.year());
    f->number()->setValue(month.month());
    waitFor(view);
}

} // namespace

TEST_CASE("Dashboard: tiles equal the indicators, a number opens its families and the charts read as tables",
          "[ui][impact][dashboard]")
{
    test::App app;
    auto [db, admin] = test::openDemo(app);
    security::UserService users(*db, security::HashCost::minimal());
    REQUIRE(users.add(admin, {QStringLiteral("salem"), QStringLiteral("salem"), security::Role::Supervisor, kPassword}).ok());

    // Three families left support 14 months ago: two for work, one moved; one
    // of the two came back two months later. Their 12 months have passed.
    const QDate today = QDate::currentDate();
    const QDate exitMonth = QDate(today.year(), today.month(), 1).addMonths(-14);
    registry::HouseholdService households(*db);
    referrals::ExitService exits(*db);
    const QByteArray hind = family(households, admin, QStringLiteral("هند"), exitMonth.addYears(-1));
    const QByteArray amal = family(households, admin, QStringLiteral("أمل"), exitMonth.addYears(-1));
    const QByteArray reem = family(households, admin, QStringLiteral("ريم"), exitMonth.addYears(-1));
    REQUIRE(exits.exitSupport(admin, hind, exitMonth.addDays(4), QStringLiteral("employment")).ok());
    REQUIRE(exits.exitSupport(admin, amal, exitMonth.addDays(9), QStringLiteral("employment")).ok());
    REQUIRE(exits.exitSupport(admin, reem, exitMonth.addDays(14), QStringLiteral("moved")).ok());
    REQUIRE(exits.reenter(admin, amal, exitMonth.addMonths(2), QStringLiteral("lost_job")).ok());
    // Hind's head was referred to an employer today: this month's referrals tile.
    referrals::ReferralService referralService(*db);
    referrals::Partner employer;
    employer.name = QStringLiteral("شركة الخرج للتوظيف");
    employer.kind = QStringLiteral("employer");
    employer.services = {QStringLiteral("توظيف")};
    const QByteArray partner = referralService.addPartner(admin, employer).value();
    referrals::ReferralData referral;
    referral.memberId = households.members().members(hind).value().first().id;
    referral.partnerId = partner;
    referral.service = QStringLiteral("توظيف");
    referral.sentOn = today;
    test::consentToShare(*db, admin, referral.memberId, partner);
    REQUIRE(referralService.refer(admin, referral).ok());

    app.controller->logout();
    test::settle();
    test::login(app, QStringLiteral("salem"), kPassword);
    test::settle();
    DashboardView *view = openDashboard(app);
    MainWindow *main = app.controller->mainWindow();
    auto *page = qobject_cast<ReportsPage *>(main->page(Section::Reports));
    REQUIRE(page->findChild<QTabWidget *>(QStringLiteral("reportTabs"))->currentWidget() == view);
    REQUIRE(view->data().has_value());

    // This month's caseload tile is what core counts.
    const ui::Display display(app.settings);
    const auto thisMonth = impact::Period::month(today.year(), today.month()).value();
    impact::Indicators indicators(*db);
    const impact::Caseload caseload = indicators.caseload(thisMonth).value();
    REQUIRE(caseload.supported.value > 0);
    CHECK(view->tile(impact::Indicator::Caseload)->valueButton()->text() == display.number(caseload.supported.value));

    // Indicators 5-10 have their tiles too, each the number core computes for
    // this month, and a supervisor sees wellbeing.
    const impact::ReferralFigures referrals = indicators.referrals(thisMonth).value();
    const impact::ClinicFigures clinic = indicators.clinic(thisMonth).value();
    const impact::WorkFigures work = indicators.work(thisMonth).value();
    for (impact::Indicator i : {impact::Indicator::Independence, impact::Indicator::Work, impact::Indicator::Plans,
                                impact::Indicator::Referrals, impact::Indicator::Wellbeing, impact::Indicator::Clinic}) {
        INFO(impact::Indicators::name(i).toStdString());
        REQUIRE(view->tile(i));
        CHECK(view->tile(i)->isVisible());
        CHECK_FALSE(view->tile(i)->valueButton()->text().isEmpty());
        CHECK_FALSE(view->tile(i)->change()->text().isEmpty());
    }
    CHECK(view->tile(impact::Indicator::Referrals)->valueButton()->text() == display.number(referrals.total.sent.value));
    CHECK(view->tile(impact::Indicator::Clinic)->valueButton()->text() == display.number(clinic.total.sessions.value));
    CHECK(view->tile(impact::Indicator::Work)->valueButton()->text() == display.number(work.earningAtEnd.value));
    // The plans, referrals and clinic tiles have their trends too: the month's
    // own figure is the last of the 12, and the tool tip lists them.
    const QList<qint64> referralTrend = view->tile(impact::Indicator::Referrals)->trend()->values();
    REQUIRE(referralTrend.size() == 12);
    CHECK(referralTrend.last() == referrals.total.sent.value);
    const QList<qint64> sessionTrend = view->tile(impact::Indicator::Clinic)->trend()->values();
    REQUIRE(sessionTrend.size() == 12);
    CHECK(sessionTrend.last() == clinic.total.sessions.value);
    CHECK(view->tile(impact::Indicator::Clinic)->trend()->toolTip().contains(display.number(sessionTrend.last())));
    CHECK(view->tile(impact::Indicator::Plans)->trend()->values()
          == indicators.activePlansAtMonthEnds(thisMonth.last(), 12).value());
    // Nothing cut at 1366 pixels: every tile's numbers fit its width.
    for (DashboardTile *t : view->findChildren<DashboardTile *>())
        for (QPushButton *b : t->detailButtons()) {
            INFO(b->text().toStdString());
            CHECK(b->sizeHint().width() <= t->width());
        }
    // The referrals tile's number opens Hind's family, the one referred this month.
    REQUIRE(referrals.total.sent.value == 1);
    view->tile(impact::Indicator::Referrals)->valueButton()->click();
    test::settle();
    auto *sent = view->findChild<DrillDownDialog *>();
    REQUIRE(sent);
    REQUIRE(sent->rows().size() == 1);
    CHECK(sent->rows().first().id == hind);
    test::screenshot(sent, QStringLiteral("dashboard-drilldown-referrals"));
    sent->close();
    delete sent;
    test::settle();
    if (auto *scroll = view->findChild<QScrollArea *>())
        scroll->ensureWidgetVisible(view->tile(impact::Indicator::Clinic), 0, 0);
    test::settle();
    test::screenshot(main, QStringLiteral("dashboard-tiles-5-10"));
    if (auto *scroll = view->findChild<QScrollArea *>()) // back to the first tiles
        scroll->ensureWidgetVisible(view->tile(impact::Indicator::Caseload), 0, 0);

    // The exits' month: two exits to self-sufficiency, two of three not back after 12 months.
    chooseMonth(view, exitMonth);
    const auto period = impact::Period::month(exitMonth.year(), exitMonth.month()).value();
    const impact::Exits core = indicators.exits(period).value();
    CHECK(core.positive.value == 2);
    // The small trends: the caseload at each of the 12 months' ends, the exits of each month.
    const QList<qint64> supported = indicators.supportedAtMonthEnds(period.last(), 12).value();
    Sparkline *caseloadTrend = view->tile(impact::Indicator::Caseload)->trend();
    CHECK(caseloadTrend->isVisible());
    CHECK(caseloadTrend->values() == supported);
    CHECK(caseloadTrend->toolTip().contains(display.number(supported.last())));
    CHECK(caseloadTrend->points().size() == 12);
    // Oldest at the right, as the charts run in Arabic.
    CHECK(caseloadTrend->points().first().x() > caseloadTrend->points().last().x());
    const QList<qint64> exitTrend = view->tile(impact::Indicator::Exits)->trend()->values();
    REQUIRE(exitTrend.size() == 12);
    CHECK(exitTrend.last() == core.total.value); // the period is the last of the 12 months
    DashboardTile *exitsTile = view->tile(impact::Indicator::Exits);
    CHECK(exitsTile->valueButton()->text() == display.number(core.positive.value));
    CHECK(exitsTile->change()->text().contains(ui::Display::ltr(QStringLiteral("+") + display.number(2))));
    CHECK(view->tile(impact::Indicator::SustainedExits)->valueButton()->text() == display.percent(67));
    CHECK(view->tile(impact::Indicator::ReentryRate)->valueButton()->text() == display.percent(33));
    test::screenshot(main, QStringLiteral("dashboard"));

    // The bars by centre, as core groups them: the demonstration centre holds
    // the three exits; its exits bar opens those three families.
    ChartPanel *groups = view->groups();
    const auto byCentre = impact::GroupedFigures::compute(*db, period, {}, impact::GroupBy::Centre).value();
    REQUIRE(groups->table()->rowCount() == byCentre.size());
    int centreRow = -1;
    for (int i = 0; i < byCentre.size(); ++i)
        if (byCentre[i].exits.households.contains(hind))
            centreRow = i;
    REQUIRE(centreRow >= 0);
    CHECK(groups->table()->item(centreRow, 0)->text() == byCentre[centreRow].name);
    CHECK(groups->table()->item(centreRow, 2)->text() == display.number(3));
    CHECK(groups->table()->item(centreRow, 3)->text() == display.number(2));
    auto *bars = qobject_cast<QHorizontalBarSeries *>(groups->view()->chart()->series().value(0));
    REQUIRE(bars);
    REQUIRE(bars->barSets().size() == 2);
    emit bars->barSets().at(1)->clicked(int(byCentre.size() - 1 - centreRow)); // drawn bottom up
    test::settle();
    auto *centreExits = view->findChild<DrillDownDialog *>();
    REQUIRE(centreExits);
    CHECK(centreExits->rows().size() == 3);
    centreExits->close();
    delete centreExits;
    for (QWidget *w = groups->parentWidget(); w; w = w->parentWidget())
        if (auto *scroll = qobject_cast<QScrollArea *>(w)) {
            scroll->ensureWidgetVisible(groups, 0, 0);
            break;
        }
    test::settle();
    test::screenshot(main, QStringLiteral("dashboard-bars"));
    groups->toggle()->click();
    test::settle();
    test::screenshot(main, QStringLiteral("dashboard-bars-table"));
    groups->toggle()->click();

    // The survival curve's values as a table: one cohort, 67 % after 12 months.
    ChartPanel *survival = view->survival();
    REQUIRE(survival->table()->rowCount() == 1);
    CHECK(survival->table()->item(0, 1)->text() == display.number(3));
    CHECK(survival->table()->item(0, 4)->text() == display.percent(67));
    for (QWidget *w = survival->parentWidget(); w; w = w->parentWidget())
        if (auto *scroll = qobject_cast<QScrollArea *>(w)) {
            scroll->ensureWidgetVisible(survival, 0, 0);
            break;
        }
    test::settle();
    test::screenshot(main, QStringLiteral("dashboard-charts"));
    survival->toggle()->click();
    CHECK(survival->showsTable());
    // Exits by month end with the period's month: three that month.
    ChartPanel *trend = view->trend();
    REQUIRE(trend->table()->rowCount() == 12);
    CHECK(trend->table()->item(11, 1)->text() == display.number(3));
    test::screenshot(main, QStringLiteral("dashboard-tables"));

    // The number opens the two families who left for work; one opens her file.
    exitsTile->valueButton()->click();
    test::settle();
    auto *list = view->findChild<DrillDownDialog *>();
    REQUIRE(list);
    REQUIRE(list->table()->rowCount() == 2);
    QList<QByteArray> shown;
    for (const impact::HouseholdRow &r : list->rows())
        shown << r.id;
    CHECK(shown.contains(hind));
    CHECK(shown.contains(amal));
    CHECK_FALSE(shown.contains(reem));
    CHECK(list->table()->item(0, 0)->text()
          == ui::Display::ltr(households.household(list->rows()[0].id).value().fileNumber));
    CHECK(list->table()->item(0, 1)->text().endsWith(QStringLiteral("سعد العتيبي")));
    test::screenshot(list, QStringLiteral("dashboard-drilldown"));
    emit list->table()->cellActivated(0, 0);
    test::settle();
    CHECK(main->currentSection() == Section::Households);

    // Reversed custom dates are refused in words; the last result stays.
    main->showSection(Section::Reports);
    waitFor(view);
    DashboardFilters *f = view->filters();
    f->kind()->setCurrentIndex(f->kind()->findData(int(Kind::Custom)));
    waitFor(view);
    f->from()->setDate(today);
    f->to()->setDate(today.addDays(-30));
    test::settle();
    CHECK_FALSE(f->period().ok());
    CHECK(page->findChild<MessageBanner *>()->isVisible());
    CHECK_FALSE(view->isBusy());

    // The choice is remembered for this user: the exits' month comes back.
    chooseMonth(view, exitMonth);
    app.controller->logout();
    test::settle();
    test::login(app, QStringLiteral("salem"), kPassword);
    test::settle();
    main = app.controller->mainWindow();
    main->showSection(Section::Reports);
    page = qobject_cast<ReportsPage *>(main->page(Section::Reports));
    view = page->dashboard();
    waitFor(view);
    CHECK(Kind(view->filters()->kind()->currentData().toInt()) == Kind::Month);
    CHECK(view->filters()->year()->value() == exitMonth.year());
    CHECK(view->filters()->number()->value() == exitMonth.month());
    CHECK(view->tile(impact::Indicator::Exits)->valueButton()->text() == display.number(2));
}

TEST_CASE("Dashboard: a field worker sees no wellbeing tile, the other indicators stay", "[ui][impact][dashboard]")
{
    test::App app;
    auto [db, admin] = test::openDemo(app);
    security::UserService users(*db, security::HashCost::minimal());
    auto fahad = users.add(admin, {QStringLiteral("fahad"), QStringLiteral("fahad"), security::Role::FieldWorker, kPassword});
    REQUIRE(fahad.ok());
    app.controller->logout();
    test::settle();
    test::login(app, QStringLiteral("fahad"), kPassword);
    test::settle();
    DashboardView *view = openDashboard(app);
    MainWindow *main = app.controller->mainWindow();
    REQUIRE(view->data().has_value());
    CHECK(view->tile(impact::Indicator::Wellbeing) == nullptr);
    CHECK(view->findChild<DashboardTile *>(QStringLiteral("tileWellbeing")) == nullptr);
    // Not computed for a field worker either: nothing confidential reaches the screen or an export.
    CHECK_FALSE(view->data()->wellbeing.has_value());
    // Their own households only: no choice of worker.
    CHECK_FALSE(view->filters()->worker()->isVisible());
    CHECK(view->filters()->filter().worker == fahad.value());
    for (impact::Indicator i : {impact::Indicator::Independence, impact::Indicator::Work, impact::Indicator::Plans,
                                impact::Indicator::Referrals, impact::Indicator::Clinic}) {
        REQUIRE(view->tile(i));
        CHECK(view->tile(i)->isVisible());
    }
    test::screenshot(main, QStringLiteral("dashboard-field-worker"));
}

TEST_CASE("Dashboard: region, worker, counsellor and track filter the indicators and are remembered per user",
          "[ui][impact][dashboard]")
{
    test::App app;
    auto [db, admin] = test::openDemo(app);
    security::UserService users(*db, security::HashCost::minimal());
    REQUIRE(users.add(admin, {QStringLiteral("salem"), QStringLiteral("salem"), security::Role::Supervisor, kPassword}).ok());
    auto huda = users.add(admin, {QStringLiteral("huda"), QStringLiteral("هدى القحطاني"), security::Role::Counsellor, kPassword});
    REQUIRE(huda.ok());
    app.controller->logout();
    test::settle();
    test::login(app, QStringLiteral("salem"), kPassword);
    test::settle();
    DashboardView *view = openDashboard(app);
    MainWindow *main = app.controller->mainWindow();
    DashboardFilters *f = view->filters();
    CHECK(f->worker()->isVisible());
    REQUIRE(f->region()->count() > 1);
    const int counsellor = f->counsellor()->findText(QStringLiteral("هدى القحطاني"));
    REQUIRE(counsellor > 0);
    const int track = f->track()->findData(QStringLiteral("employment"));
    REQUIRE(track > 0);

    // A new counsellor follows nobody yet: every count is 0 under her name.
    f->counsellor()->setCurrentIndex(counsellor);
    waitFor(view);
    CHECK(f->filter().counsellor == huda.value());
    REQUIRE(view->data().has_value());
    CHECK(view->data()->caseload.supported.value == 0);
    CHECK(view->tile(impact::Indicator::Caseload)->valueButton()->text() == ui::Display(app.settings).number(0));
    test::screenshot(main, QStringLiteral("dashboard-filters"));

    // The region alone: what core counts for it.
    f->counsellor()->setCurrentIndex(0);
    f->region()->setCurrentIndex(1);
    f->track()->setCurrentIndex(track);
    waitFor(view);
    const impact::ImpactFilter chosen = f->filter();
    CHECK(chosen.region == f->region()->itemText(1));
    CHECK(chosen.track == QStringLiteral("employment"));
    CHECK(chosen.counsellor.isEmpty());
    const QDate today = QDate::currentDate();
    const auto thisMonth = impact::Period::month(today.year(), today.month()).value();
    CHECK(view->data()->caseload.supported.value
          == impact::Indicators(*db).caseload(thisMonth, chosen).value().supported.value);

    // Remembered for this user.
    const QString region = f->region()->currentText();
    app.controller->logout();
    test::settle();
    test::login(app, QStringLiteral("salem"), kPassword);
    test::settle();
    view = openDashboard(app);
    CHECK(view->filters()->region()->currentText() == region);
    CHECK(view->filters()->track()->currentData().toString() == QStringLiteral("employment"));
    CHECK(view->filters()->counsellor()->currentIndex() == 0);

    // Bars by track: what core groups for the chosen filter, and remembered too.
    f = view->filters();
    f->groupBy()->setCurrentIndex(f->groupBy()->findData(int(impact::GroupBy::Track)));
    waitFor(view);
    CHECK(view->data()->groupedBy == impact::GroupBy::Track);
    const auto byTrack = impact::GroupedFigures::compute(*db, thisMonth, f->filter(), impact::GroupBy::Track).value();
    CHECK(view->groups()->table()->rowCount() == byTrack.size());
    CHECK(view->groups()->table()->horizontalHeaderItem(0)->text() == groupHeaders(impact::GroupBy::Track).first());
    app.controller->logout();
    test::settle();
    test::login(app, QStringLiteral("salem"), kPassword);
    test::settle();
    view = openDashboard(app);
    CHECK(view->filters()->grouping() == impact::GroupBy::Track);
    CHECK(view->data()->groupedBy == impact::GroupBy::Track);
}

// What a commit makes the engine drop is read again while the dashboard is
// out of sight, once it has been looked at: the next look does not start
// from nothing (about a second at 100,000 households).
TEST_CASE("Dashboard: after a change elsewhere, what it read is read again while out of sight", "[ui][impact][dashboard]")
{
    test::App app;
    auto [db, admin] = test::openDemo(app);
    DashboardView *view = openDashboard(app);
    MainWindow *main = app.controller->mainWindow();
    REQUIRE(view->data().has_value());
    CHECK(view->engine()->keepsCurrent());

    // The worker goes to the households and a family is registered (a commit
    // on another connection): what the engine kept is dropped.
    main->showSection(Section::Households);
    test::settle();
    REQUIRE_FALSE(view->isVisible());
    registry::HouseholdService households(*db);
    (void)family(households, admin, QStringLiteral("سارة"), QDate::currentDate(), false); // in the month shown
    CHECK_FALSE(view->engine()->keepsCurrent());
    // Read again, whole, before anyone looks (keepsCurrent() is true while a
    // dashboard is computed: waited until none is).
    bool current = false;
    for (int i = 0; i < 600 && !current; ++i) { // within 5 s and the time to read
        QTest::qWait(50);
        current = !view->isReading() && view->engine()->keepsCurrent();
    }
    CHECK(current);
    // Back at the dashboard: the new family is counted.
    const qint64 before = view->data()->caseload.registered.value;
    main->showSection(Section::Reports);
    waitFor(view);
    CHECK(view->data()->caseload.registered.value == before + 1);
}
