// Referrals to partners as an administrator and a field worker use them: the
// partners catalogue, a referral through the dialog and its status, overdue
// follow-ups first, the printed letter, and a follow-up after voluntary exit.
#include "format/Display.h"
#include "format/PdfDocument.h"
#include "plans/PlanService.h"
#include "referrals/ExitService.h"
#include "referrals/ReferralDialogs.h"
#include "registry/ConsentTab.h"
#include "referrals/ReferralLetter.h"
#include "referrals/ReferralService.h"
#include "referrals/ReferralsPage.h"
#include "registry/HouseholdFile.h"
#include "registry/HouseholdList.h"
#include "registry/HouseholdService.h"
#include "registry/MemberService.h"
#include "security/UserService.h"
#include "pages/HomePage.h"
#include "referrals/ExitFollowUpsView.h"
#include "shell/MainWindow.h"
#include "storage/Database.h"
#include "support/Gui.h"
#include "support/Shell.h"
#include "support/TestDb.h"
#include "support/catch.h"
#include "widgets/DateField.h"
#include "widgets/MessageBanner.h"

#include <QApplication>
#include <QPushButton>
#include <QFileInfo>
#include <QJsonObject>
#include <QJsonDocument>
#include <QJsonArray>
#include <QLabel>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace tamkeen;
using namespace tamkeen::ui;
using Section = MainWindow::Section;

namespace {

const QString kPassword = QStringLiteral("correct horse 12");
const QString kPartner = QStringLiteral("معهد التدريب المهني");
const QString kService = QStringLiteral("دورة خياطة");

// The text of a PDF as pdftotext reads it, Arabic presentation forms folded
// back to letters and the direction marks removed (as in test_plan_print).
QString pdfText(const QString &pdf)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    INFO("pdftotext (poppler-utils) is needed: apt-get install poppler-utils");
    REQUIRE_FALSE(tool.isEmpty());
    QProcess p;
    p.start(tool, {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(30000));
    REQUIRE(p.exitCode() == 0);
    QString text = QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
    text.remove(QRegularExpression(QStringLiteral("[\\x{200E}\\x{200F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}]")));
    return text;
}

// Found in logical or visual order; lam-alef ligatures come back as a space.
bool hasText(const QString &text, const QString &expected)
{
    QString e = expected;
    e.replace(QRegularExpression(QStringLiteral("\\x{0644}[\\x{0622}\\x{0623}\\x{0625}\\x{0627}]")), QStringLiteral(" "));
    QString r;
    for (qsizetype i = e.size() - 1; i >= 0; --i)
        r += e[i];
    return text.contains(e) || text.contains(r);
}

// The application with demonstration families and a field worker (Omar); the
// administrator is logged in at first.
struct Referrals {
    test::App app;
    std::unique_ptr<storage::Database> db;
    security::Session admin, omar;
    QList<registry::HouseholdRow> families;

    Referrals()
    {
        test::setUp(app, true);
        auto opened = storage::Database::open(app.dbPath());
        REQUIRE(opened.ok());
        db = std::move(opened).value();
        security::UserService users(*db, security::HashCost::minimal());
        auto noura = users.login(QStringLiteral("noura"), QStringLiteral("kalimat-sir-1"));
        REQUIRE(noura.ok());
        admin = noura.value();
        auto id = users.add(admin, {QStringLiteral("omar"), QStringLiteral("عمر الشهري"), security::Role::FieldWorker,
                                    kPassword});
        REQUIRE(id.ok());
        omar = {id.value(), QStringLiteral("omar"), QStringLiteral("عمر الشهري"), security::Role::FieldWorker};
        registry::HouseholdFilter active;
        active.status = QStringLiteral("active");
        auto rows = registry::HouseholdList::page(*db, active, registry::HouseholdSort::FileNumber, true, 0, 4);
        REQUIRE(rows.ok());
        REQUIRE(rows.value().size() == 4);
        families = rows.value();
    }

    ReferralsPage *page()
    {
        MainWindow *main = app.controller->mainWindow();
        REQUIRE(main);
        main->showSection(Section::Referrals);
        auto *p = qobject_cast<ReferralsPage *>(main->page(Section::Referrals));
        REQUIRE(p);
        test::settle();
        return p;
    }

    void loginAs(const QString &name)
    {
        app.controller->logout();
        test::settle();
        test::login(app, name, kPassword);
        test::settle();
    }

    QByteArray head(int family)
    {
        auto members = registry::MemberService(*db).members(families[family].id);
        REQUIRE(members.ok());
        for (const registry::Member &m : members.value())
            if (m.relation == QStringLiteral("head"))
                return m.id;
        FAIL("no head");
        return {};
    }
};

int rowOf(QTableWidget *table, const QString &text, int column)
{
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, column) && table->item(r, column)->text() == text)
            return r;
    return -1;
}

} // namespace

TEST_CASE("Partners, a referral through the dialog, overdue follow-ups first, the letter and exit follow-ups",
          "[ui][referrals]")
{
    REQUIRE(QApplication::layoutDirection() == Qt::RightToLeft);
    Referrals f;
    const QDate today = QDate::currentDate();

    // The administrator adds a partner to the catalogue.
    ReferralsPage *page = f.page();
    REQUIRE(page->partnersTable());
    page->tabs()->setCurrentIndex(2);
    QPointer<PartnerDialog> partner = page->addPartner();
    REQUIRE(partner);
    partner->nameEdit()->setText(kPartner);
    // Without a kind core refuses, the dialog stays open and the kind gets the focus.
    partner->servicesEdit()->setPlainText(kService + QStringLiteral("\n") + QStringLiteral("دورة حاسب"));
    partner->contactEdit()->setText(QStringLiteral("أ. خالد المطيري"));
    partner->phoneEdit()->setText(QStringLiteral("0112345678"));
    partner->emailEdit()->setText(QStringLiteral("info@institute.sa"));
    partner->regionEdit()->setText(QStringLiteral("منطقة الرياض"));
    test::clickSubmit(partner);
    REQUIRE(partner);
    CHECK(partner->isVisible());
    CHECK_FALSE(partner->banner()->text().isEmpty());
    CHECK(partner->nameEdit()->text() == kPartner);
    CHECK(QApplication::focusWidget() == partner->kindCombo());
    partner->kindCombo()->setCurrentIndex(partner->kindCombo()->findData(QStringLiteral("training")));
    test::clickSubmit(partner);
    CHECK_FALSE(partner);
    REQUIRE(page->partnersTable()->rowCount() == 1);
    CHECK(page->partnersTable()->item(0, 0)->text() == kPartner);
    CHECK(page->partnersTable()->item(0, 5)->text() == ui::Display::ltr(QStringLiteral("0112345678")));
    test::screenshot(page, QStringLiteral("referrals-partners"));

    // A field worker refers the first family's head through the dialog, the follow-up already due.
    // The family head has a plan with a goal: the referral can serve it.
    security::UserService users(*f.db, security::HashCost::minimal());
    auto hudaId = users.add(f.admin, {QStringLiteral("huda"), QStringLiteral("هدى"), security::Role::Counsellor, kPassword});
    REQUIRE(hudaId.ok());
    const security::Session huda{hudaId.value(), QStringLiteral("huda"), QStringLiteral("هدى"), security::Role::Counsellor};
    plans::PlanService plans(*f.db);
    auto plan = plans.create(huda, f.head(0), {QStringLiteral("training")});
    REQUIRE(plan.ok());
    auto goal = plans.addGoal(huda, plan.value(), {QStringLiteral("training"), QStringLiteral("إتمام دورة خياطة"), {}, {}, {}, {}});
    REQUIRE(goal.ok());

    f.loginAs(QStringLiteral("omar"));
    page = f.page();
    CHECK_FALSE(page->partnersTable());
    QPointer<ReferralDialog> d = page->newReferral();
    REQUIRE(d);
    test::typeText(d->searchBox(), f.families[0].fileNumber);
    d->runSearch();
    REQUIRE(d->results()->count() >= 1);
    d->results()->setCurrentRow(0);
    CHECK(d->memberCombo()->currentData().toByteArray() == f.head(0));
    REQUIRE(d->partnerCombo()->count() == 1);
    CHECK(d->serviceCombo()->count() == 2);
    d->serviceCombo()->setCurrentIndex(d->serviceCombo()->findText(kService));
    d->sentField()->setDate(today.addDays(-20));
    d->followUpField()->setDate(today.addDays(-3));
    REQUIRE(d->goalCombo()->count() == 2); // none, or the plan's goal
    d->goalCombo()->setCurrentIndex(1);
    // No consent to share with the partner yet: said before sending, and refused.
    CHECK(d->consentLabel()->text().contains(QStringLiteral("لا توجد موافقة")));
    test::clickSubmit(d);
    REQUIRE(d);
    CHECK(d->banner()->kind() == MessageBanner::Kind::Error);
    CHECK(QApplication::focusWidget() == d->overrideEdit());
    // The worker gives the reason it must go all the same; it is kept with their name.
    d->overrideEdit()->setText(QStringLiteral("الأم وافقت شفهيًا والدورة تبدأ غدًا، والاستمارة تُوقَّع عند الزيارة"));
    test::screenshot(d, QStringLiteral("referrals-dialog"));
    test::clickSubmit(d);
    CHECK_FALSE(d);
    CHECK(f.db->scalar(QStringLiteral("SELECT count(*) FROM consents WHERE method = 'override' AND recorded_by = ?"),
                       {f.omar.userId})
              .value()
              .toInt()
          == 1);
    CHECK(f.db->scalar(QStringLiteral("SELECT count(*) FROM referrals WHERE goal_id = ? AND plan_id = ?"),
                       {goal.value(), plan.value()})
              .value()
              .toInt()
          == 1);

    // A second referral, sent earlier but followed up later, made elsewhere.
    referrals::ReferralService service(*f.db);
    const QByteArray partnerId = service.partners().value().first().id;
    test::consentToShare(*f.db, f.omar, f.head(1), partnerId);
    auto later = service.refer(f.omar, {f.head(1), partnerId, QStringLiteral("دورة حاسب"), {}, {}, today.addDays(-40),
                                        today.addDays(10)});
    REQUIRE(later.ok());
    page->refresh();
    REQUIRE(page->referrals().size() == 2);
    QTableWidget *table = page->referralsTable();
    // The overdue follow-up first, in red.
    CHECK(page->referrals().first().fileNumber == f.families[0].fileNumber);
    CHECK(table->item(0, ReferralsPage::ColFollowUp)->foreground().color() == QColor(0x8a, 0x1c, 0x1c));
    CHECK(table->item(1, ReferralsPage::ColFollowUp)->foreground().color() != QColor(0x8a, 0x1c, 0x1c));
    CHECK(table->item(0, ReferralsPage::ColFile)->text() == ui::Display::ltr(f.families[0].fileNumber));
    CHECK(table->item(0, ReferralsPage::ColPartner)->text() == kPartner);
    table->setCurrentCell(0, 0);
    test::screenshot(page, QStringLiteral("referrals-list"));

    // Accepted by the partner; a rejection would need the note.
    table->setCurrentCell(0, 0);
    QPointer<ReferralStatusDialog> status = page->changeStatus();
    REQUIRE(status);
    REQUIRE(status->statusCombo()->count() == 3);
    REQUIRE(status->chooseStatus(QStringLiteral("rejected")));
    test::clickSubmit(status);
    REQUIRE(status);
    CHECK(QApplication::focusWidget() == status->noteEdit());
    REQUIRE(status->chooseStatus(QStringLiteral("accepted")));
    status->dateField()->setDate(today.addDays(-2));
    status->followUpBox()->setChecked(true);
    status->followUpField()->setDate(today.addDays(30));
    test::clickSubmit(status);
    CHECK_FALSE(status);
    const QByteArray referralId = service.list({}, today).value().last().id; // no longer overdue: last
    CHECK(service.referral(referralId).value().status == QStringLiteral("accepted"));
    CHECK(service.referral(referralId).value().memberId == f.head(0));
    CHECK(page->referrals().first().id == later.value());

    // The letter.
    table->setCurrentCell(rowOf(table, ui::Display::ltr(f.families[0].fileNumber), ReferralsPage::ColFile), 0);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("letter.pdf"));
    const Status written = page->printLetter(pdf);
    INFO((written ? std::string() : written.error().message.toStdString()));
    REQUIRE(written.ok());
    CHECK(test::fileBytes(pdf).startsWith("%PDF"));
    const QString text = pdfText(pdf);
    INFO("pdftotext printed:\n" << text.toStdString());
    CHECK(hasText(text, kPartner));
    CHECK(hasText(text, kService));
    CHECK(hasText(text, QStringLiteral("خالد")));
    CHECK(text.contains(f.families[0].fileNumber));
    CHECK(hasText(text, QStringLiteral("الشهري"))); // the referring worker
    const QString renderer = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    REQUIRE_FALSE(renderer.isEmpty());
    const QString png = QDir(QStringLiteral(TAMKEEN_SCREENSHOT_DIR)).filePath(QStringLiteral("referral-letter"));
    QProcess render;
    render.start(renderer, {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-singlefile"),
                            pdf, png});
    REQUIRE(render.waitForFinished(30000));
    CHECK(render.exitCode() == 0);
    CHECK_FALSE(QImage(png + QStringLiteral(".png")).isNull());

    // A family that left support four months ago: its 3-month follow-up is due.
    referrals::ExitService exits(*f.db);
    REQUIRE(exits.exitSupport(f.omar, f.families[2].id, today.addMonths(-4), QStringLiteral("employment")).ok());
    page->refresh();
    page->tabs()->setCurrentIndex(1);
    REQUIRE(page->dueFollowUps().size() == 1);
    CHECK(page->followUpsTable()->item(0, 0)->text() == ui::Display::ltr(f.families[2].fileNumber));
    page->followUpsTable()->setCurrentCell(0, 0);
    QPointer<ExitFollowUpDialog> check = page->recordFollowUp();
    REQUIRE(check);
    check->employedBox()->setChecked(true);
    check->incomeBox()->setValue(4200);
    check->noteEdit()->setText(QStringLiteral("تعمل في مشغل خياطة"));
    test::clickSubmit(check);
    CHECK_FALSE(check);
    CHECK(page->dueFollowUps().isEmpty());
    CHECK(exits.dueFollowUps(today).value().isEmpty());
}

TEST_CASE("Leaving support from the household file records the exit with its reason and follow-ups",
          "[ui][referrals]")
{
    Referrals r;
    const QByteArray household = r.families[0].id;
    HouseholdFile file(*r.db, r.app.settings, r.admin, household);
    QDialog *dialog = file.changeStatus();
    REQUIRE(dialog);
    auto *status = dialog->findChild<QComboBox *>(QStringLiteral("status"));
    auto *why = dialog->findChild<QComboBox *>(QStringLiteral("why"));
    REQUIRE((status && why));
    CHECK_FALSE(why->isVisibleTo(dialog)); // only for exits and re-entries
    status->setCurrentIndex(status->findData(QStringLiteral("exited")));
    REQUIRE(why->isVisibleTo(dialog));
    why->setCurrentIndex(why->findData(QStringLiteral("employment")));
    dialog->findChild<QLineEdit *>(QStringLiteral("reason"))->setText(QStringLiteral("مصنع الأثاث"));
    test::screenshot(dialog, QStringLiteral("household-exit"));
    QPointer<QDialog> open = dialog;
    test::clickSubmit(dialog);
    REQUIRE_FALSE(open);

    CHECK(registry::HouseholdService(*r.db).household(household).value().status == QStringLiteral("exited"));
    CHECK(r.db->scalar(QStringLiteral("SELECT reason || ' ' || note FROM household_exits WHERE household_id = ?"),
                       {household})
              .value()
              .toString()
          == QStringLiteral("employment مصنع الأثاث"));
    CHECK(r.db->scalar(QStringLiteral("SELECT count(*) FROM exit_followups WHERE household_id = ?"), {household})
              .value()
              .toInt()
          == 3);
}

TEST_CASE("A field worker's home page lists the follow-ups after exit of the families assigned to them",
          "[ui][referrals]")
{
    Referrals r;
    const QDate today = QDate::currentDate();
    registry::HouseholdService households(*r.db);
    referrals::ExitService exits(*r.db);
    // Two families left support seven months ago; only the first is Omar's.
    QList<QByteArray> left;
    for (const QByteArray &worker : {r.omar.userId, QByteArray()}) {
        registry::HouseholdData h;
        h.region = QStringLiteral("منطقة الرياض");
        h.city = QStringLiteral("الخرج");
        h.housingType = QStringLiteral("apartment");
        h.housingOwnership = QStringLiteral("rented");
        h.registrationDate = today.addYears(-1);
        h.assignedWorker = worker;
        registry::MemberData head;
        head.givenName = worker.isEmpty() ? QStringLiteral("منيرة") : QStringLiteral("سلمى");
        head.fatherName = QStringLiteral("ناصر");
        head.familyName = QStringLiteral("الدوسري");
        head.relation = QStringLiteral("head");
        head.sex = QStringLiteral("female");
        head.birthDate = QDate(1988, 3, 1);
        auto id = households.create(r.admin, h, head);
        INFO((id ? std::string() : id.error().message.toStdString()));
        REQUIRE(id.ok());
        REQUIRE(households.changeStatus(r.admin, id.value(), QStringLiteral("active"), today.addMonths(-11), {}).ok());
        REQUIRE(exits.exitSupport(r.admin, id.value(), today.addMonths(-7), QStringLiteral("employment")).ok());
        left << id.value();
    }
    const QString mine = households.household(left[0]).value().fileNumber;

    r.loginAs(QStringLiteral("omar"));
    MainWindow *main = r.app.controller->mainWindow();
    REQUIRE(main);
    CHECK(main->navigation()->currentRow() == 0); // the home page comes first
    auto *home = qobject_cast<HomePage *>(main->page(Section::Home));
    REQUIRE(home);
    test::settle();
    CHECK(home->isVisible());
    CHECK(home->onlyMineBox()->isChecked());
    // The 3- and 6-month follow-ups of Omar's family, the oldest first.
    REQUIRE(home->followUps()->due().size() == 2);
    QTableWidget *table = home->followUps()->table();
    CHECK(table->item(0, 0)->text() == ui::Display::ltr(mine));
    CHECK(home->followUps()->due()[0].months == 3);
    CHECK(home->followUps()->due()[1].months == 6);
    home->onlyMineBox()->setChecked(false); // everyone's: the other family's too
    CHECK(home->followUps()->due().size() == 4);
    home->onlyMineBox()->setChecked(true);
    test::screenshot(main, QStringLiteral("home-exit-followups"));

    // Nothing chosen: told so. Then the 3-month one is recorded from the home page.
    table->setCurrentCell(-1, -1);
    CHECK_FALSE(home->followUps()->recordSelected());
    CHECK(home->banner()->isVisible());
    table->setCurrentCell(0, 0);
    QPointer<ExitFollowUpDialog> check = home->followUps()->recordSelected();
    REQUIRE(check);
    check->employedBox()->setChecked(true);
    check->incomeBox()->setValue(5100);
    test::clickSubmit(check);
    CHECK_FALSE(check);
    REQUIRE(home->followUps()->due().size() == 1);
    CHECK(home->followUps()->due()[0].months == 6);
    CHECK(r.db->scalar(QStringLiteral("SELECT income FROM exit_followups WHERE household_id = ? AND months = 3"),
                       {left[0]})
              .value()
              .toDouble()
          == 5100);
}

TEST_CASE("The household file records a consent and its withdrawal, and the referral dialog shows it", "[ui][referrals][consent]")
{
    Referrals r;
    referrals::Partner bank;
    bank.name = QStringLiteral("بنك التنمية الاجتماعية");
    bank.kind = QStringLiteral("bank");
    bank.services = {QStringLiteral("قرض ميسر")};
    const QByteArray partner = referrals::ReferralService(*r.db).addPartner(r.admin, bank).value();
    HouseholdFile file(*r.db, r.app.settings, r.admin, r.families[0].id);
    file.show();
    ConsentTab *tab = file.consent();
    REQUIRE(tab);
    file.tabs()->setCurrentWidget(tab);
    QPointer<ConsentDialog> dialog = tab->recordConsent();
    REQUIRE(dialog);
    dialog->purposeCombo()->setCurrentIndex(dialog->purposeCombo()->findData(QStringLiteral("sharing")));
    CHECK(dialog->partnerCombo()->isEnabled());
    dialog->partnerCombo()->setCurrentIndex(dialog->partnerCombo()->findData(partner));
    dialog->methodCombo()->setCurrentIndex(dialog->methodCombo()->findData(QStringLiteral("verbal_witnessed")));
    // A verbal consent without its witness is refused and the witness field gets the focus.
    test::clickSubmit(dialog);
    REQUIRE(dialog);
    CHECK(QApplication::focusWidget() == dialog->witnessEdit());
    dialog->witnessEdit()->setText(QStringLiteral("منيرة الشهري، الباحثة الاجتماعية"));
    test::screenshot(dialog, QStringLiteral("consent-dialog"));
    test::clickSubmit(dialog);
    CHECK_FALSE(dialog);
    REQUIRE(tab->table()->rowCount() == 1);
    CHECK(tab->table()->item(0, 1)->text().contains(QStringLiteral("بنك التنمية")));
    CHECK(tab->table()->item(0, 5)->text() == QStringLiteral("نعم"));
    test::screenshot(&file, QStringLiteral("consent-tab"));

    ReferralDialog referral(*r.db, r.app.settings, r.admin);
    REQUIRE(referral.chooseHousehold(r.families[0].id, r.head(0)));
    REQUIRE(referral.choosePartner(partner));
    CHECK(referral.consentLabel()->text().contains(QStringLiteral("منيرة الشهري")));

    tab->table()->setCurrentCell(0, 0);
    QPointer<WithdrawConsentDialog> withdraw = tab->withdrawSelected();
    REQUIRE(withdraw);
    test::clickSubmit(withdraw);
    CHECK_FALSE(withdraw);
    CHECK(tab->table()->item(0, 5)->text().startsWith(QStringLiteral("سُحبت")));
    CHECK_FALSE(tab->withdrawSelected()); // once

    // The right of access: everything held about the member, as JSON.
    REQUIRE(tab->accessButton()->isVisibleTo(tab)); // an administrator may answer the request
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("member.json"));
    REQUIRE(tab->exportMemberData(r.head(0), path));
    const QJsonObject held = QJsonDocument::fromJson(test::fileBytes(path)).object();
    CHECK(held.value(QStringLiteral("records")).toObject().value(QStringLiteral("consents")).toArray().size() == 1);
#ifdef Q_OS_UNIX
    CHECK(QFileInfo(path).permissions()
          == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
#endif
}
