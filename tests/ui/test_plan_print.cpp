// The printable individual empowerment plan (issue 5, §4): an Arabic,
// right-to-left A4 PDF whose text, read back with pdftotext, holds the
// beneficiary's name and the goals; English and left to right when the
// interface is English; a clear error for a folder that cannot be written.
#include "format/AppSettings.h"
#include "format/PdfDocument.h"
#include "format/Translations.h"
#include "plans/PlanPrinter.h"
#include "plans/PlanService.h"
#include "registry/HouseholdService.h"
#include "security/UserService.h"
#include "storage/Database.h"
#include "support/Gui.h"
#include "support/PdfText.h"
#include "support/TestDb.h"
#include "support/catch.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace tamkeen;
using namespace tamkeen::ui;
using security::Role;
using test::hasAllWords;
using test::hasText;
using test::pdfText;

namespace {

const QString kGiven = QStringLiteral("عبدالرحمن");
const QString kFather = QStringLiteral("محمد");
const QString kGrandfather = QStringLiteral("سعد");
const QString kFamily = QStringLiteral("الشمري");
const QString kGoalJob = QStringLiteral("الحصول على وظيفة في مصنع الأثاث");
const QString kGoalCourse = QStringLiteral("إتمام دورة المحاسبة المهنية");

// A counsellor's approved plan for the head of a household in Riyadh: two
// goals, three tasks (one done, one overdue, one ahead) and one review.
struct PrintedPlanFixture {
    std::unique_ptr<test::TestDb> t = test::makeSetUpDb();
    storage::Database &db = *t->db;
    AppSettings settings{t->dir.filePath(QStringLiteral("settings.ini"))};
    security::Session sara, salem;
    QByteArray plan;

    PrintedPlanFixture()
    {
        security::UserService users(db, security::HashCost::minimal());
        sara = add(users, QStringLiteral("sara"), QStringLiteral("سارة العتيبي"), Role::Counsellor);
        salem = add(users, QStringLiteral("salem"), QStringLiteral("سالم الحربي"), Role::Supervisor);

        registry::HouseholdService households(db);
        registry::HouseholdData h;
        h.region = QStringLiteral("منطقة الرياض");
        h.city = QStringLiteral("الدرعية");
        h.housingType = QStringLiteral("apartment");
        h.housingOwnership = QStringLiteral("rented");
        registry::MemberData head;
        head.givenName = kGiven;
        head.fatherName = kFather;
        head.grandfatherName = kGrandfather;
        head.familyName = kFamily;
        head.relation = QStringLiteral("head");
        head.sex = QStringLiteral("male");
        head.birthDate = QDate(1986, 5, 12);
        head.employment = QStringLiteral("unemployed");
        head.ableToWork = true;
        auto household = households.create(t->admin, h, head);
        INFO((household ? std::string() : household.error().message.toStdString()));
        REQUIRE(household.ok());
        const QByteArray member = households.members().members(household.value()).value().first().id;

        plans::PlanService plans(db);
        auto created = plans.create(sara, member, {QStringLiteral("employment"), QStringLiteral("training")});
        INFO((created ? std::string() : created.error().message.toStdString()));
        REQUIRE(created.ok());
        plan = created.value();
        const QDate today = QDate::currentDate();
        auto job = plans.addGoal(sara, plan,
                                 {QStringLiteral("employment"), kGoalJob, QStringLiteral("الدخل الشهري"), 0.0, 4500.0,
                                  today.addMonths(6)});
        REQUIRE(job.ok());
        auto course = plans.addGoal(sara, plan, {QStringLiteral("training"), kGoalCourse, {}, {}, {}, today.addMonths(3)});
        REQUIRE(course.ok());
        auto cv = plans.addTask(sara, job.value(),
                                {QStringLiteral("كتابة السيرة الذاتية"), QStringLiteral("beneficiary"), today.addDays(-10)});
        REQUIRE(cv.ok());
        REQUIRE(plans.addTask(sara, job.value(),
                              {QStringLiteral("التقديم على ثلاث وظائف"), QStringLiteral("beneficiary"), today.addDays(-2)})
                    .ok()); // overdue
        REQUIRE(plans.addTask(sara, course.value(),
                              {QStringLiteral("التسجيل في المعهد"), QStringLiteral("counsellor"), today.addDays(14)})
                    .ok());
        REQUIRE(plans.completeTask(sara, cv.value(), today).ok());
        REQUIRE(plans.submit(sara, plan).ok());
        REQUIRE(plans.approve(salem, plan).ok());
        REQUIRE(plans.review(sara, plan, QStringLiteral("كتب سيرته الذاتية ويبحث عن عمل"), today).ok());
    }

    security::Session add(security::UserService &users, const QString &name, const QString &fullName, Role role)
    {
        auto id = users.add(t->admin, {name, fullName, role, QStringLiteral("correct horse 12")});
        INFO((id ? std::string() : id.error().message.toStdString()));
        REQUIRE(id.ok());
        // Logged in, as in the application: an approval is signed with the supervisor's key.
        auto session = users.login(name, QStringLiteral("correct horse 12"));
        REQUIRE(session.ok());
        return session.value();
    }
};

// Where `word` stands on the line that holds `marker` (-layout keeps the
// columns), or -1.
qsizetype columnOn(const QString &text, const QString &marker, const QString &word)
{
    for (const QString &line : text.split(QLatin1Char('\n')))
        if (line.contains(marker))
            return line.indexOf(word);
    return -1;
}

} // namespace

TEST_CASE("The plan prints as an Arabic right-to-left PDF with the beneficiary and the goals", "[ui][plans]")
{
    REQUIRE(QApplication::layoutDirection() == Qt::RightToLeft);
    PrintedPlanFixture f;
    // A referral made under the plan is printed with it.
    referrals::ReferralService referralService(f.db);
    referrals::Partner partner;
    partner.name = QStringLiteral("بنك التنمية الاجتماعية");
    partner.kind = QStringLiteral("bank");
    partner.services = {QStringLiteral("قرض ميسر")};
    auto partnerId = referralService.addPartner(f.t->admin, partner);
    REQUIRE(partnerId.ok());
    const QByteArray member = f.db.scalar(QStringLiteral("SELECT member_id FROM plans WHERE id = ?"), {f.plan})
                                  .value()
                                  .toByteArray();
    test::consentToShare(f.db, f.sara, member, partnerId.value());
    REQUIRE(referralService.refer(f.sara, {member, partnerId.value(), QStringLiteral("قرض ميسر"), f.plan, {},
                                           QDate::currentDate(), {}})
                .ok());
    // So is the voluntary exit plan agreed with him.
    const QString incentives = QStringLiteral("يستمر الدعم ثلاثة أشهر بعد أول راتب");
    REQUIRE(referrals::ExitService(f.db)
                .setExitTerms(f.sara, f.plan, {QDate::currentDate().addMonths(9), incentives, QStringLiteral("يبقى في العمل")})
                .ok());

    auto loaded = PlanPrinter::load(f.db, f.sara, f.plan);
    REQUIRE(loaded.ok());
    const PrintedPlan &p = loaded.value();
    REQUIRE(p.referrals.size() == 1);
    CHECK(PlanPrinter::html(f.settings, p).contains(QStringLiteral("قرض ميسر")));
    CHECK(p.centre.centreName == test::sampleSetup().centreName);
    CHECK(p.counsellorName == f.sara.fullName);
    CHECK(p.approverName == f.salem.fullName);
    CHECK(p.goals.size() == 2);
    CHECK(p.tasks.size() == 3);
    CHECK(p.progress.tasksOverdue == 1);
    const QString html = PlanPrinter::html(f.settings, p);
    CHECK(html.contains(QStringLiteral("dir=\"rtl\"")));
    CHECK(html.contains(p.household.fileNumber));
    CHECK(html.contains(QStringLiteral("الدرعية")));
    CHECK(html.count(QStringLiteral("bgcolor=\"#fbe4e1\"")) == 6); // the overdue task's six cells, and no other
    CHECK(html.contains(QStringLiteral("كتب سيرته الذاتية ويبحث عن عمل"))); // the review
    // The consent section: the sharing consent the referral went with, and
    // the counselling consent that is still to be asked for.
    REQUIRE(p.consents.size() == 1);
    CHECK(html.contains(QStringLiteral("على مشاركة بياناته مع بنك التنمية الاجتماعية")));
    CHECK(html.contains(QStringLiteral("لا توجد موافقة مسجّلة على الاستشارة")));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.pdf"));
    const Status written = PlanPrinter::write(path, f.db, f.settings, f.sara, f.plan);
    INFO((written ? std::string() : written.error().message.toStdString()));
    REQUIRE(written.ok());
    const QByteArray pdf = test::fileBytes(path);
    CHECK(pdf.startsWith("%PDF"));
    if (PdfDocument::fontFamilies().value(0).startsWith(QStringLiteral("Noto")))
        CHECK(pdf.contains("Noto")); // the Arabic family is embedded

    const QString text = pdfText(path);
    INFO("pdftotext printed:\n" << text.toStdString());
    for (const QString &part : {kGiven, kFather, kGrandfather, kFamily})
        CHECK(hasText(text, part));
    // Whole on the beneficiary's signature line.
    CHECK(hasText(text, QStringList{kGiven, kFather, kGrandfather, kFamily}.join(QLatin1Char(' '))));
    CHECK(hasAllWords(text, kGoalJob));
    CHECK(hasAllWords(text, kGoalCourse));
    CHECK(hasText(text, QStringLiteral("الرياض"))); // the centre
    CHECK(hasAllWords(text, incentives));
    CHECK(hasAllWords(text, QStringLiteral("خطة الخروج الطوعي")));
    CHECK(text.contains(p.household.fileNumber)); // left to right, in one piece
    // Right to left: the first column (the beneficiary) on the right, the file number on the left.
    const qsizetype nameColumn = columnOn(text, p.household.fileNumber, kGiven);
    CHECK(nameColumn > columnOn(text, p.household.fileNumber, p.household.fileNumber));

    // The first page as a picture, for a person to check the right-to-left layout.
    const QString renderer = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    INFO("pdftoppm (poppler-utils) is needed to render the printed plan");
    REQUIRE_FALSE(renderer.isEmpty());
    const QString png = QDir(QStringLiteral(TAMKEEN_SCREENSHOT_DIR)).filePath(QStringLiteral("plans-pdf"));
    QFile::remove(png + QStringLiteral(".png"));
    QProcess render;
    render.start(renderer, {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-f"),
                            QStringLiteral("1"), QStringLiteral("-singlefile"), path, png});
    REQUIRE(render.waitForFinished(30000));
    CHECK(render.exitCode() == 0);
    const QImage page(png + QStringLiteral(".png"));
    REQUIRE_FALSE(page.isNull());
    CHECK(page.width() < page.height()); // A4 portrait
}

TEST_CASE("The plan prints in English, left to right, when the interface is English", "[ui][plans]")
{
    PrintedPlanFixture f;
    REQUIRE(installTranslations(QStringLiteral("en")));
    test::settle();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan-en.pdf"));
    const bool ltr = QApplication::layoutDirection() == Qt::LeftToRight;
    const QString html = PlanPrinter::html(f.settings, PlanPrinter::load(f.db, f.sara, f.plan).value());
    const Status written = PlanPrinter::write(path, f.db, f.settings, f.sara, f.plan);
    REQUIRE(installTranslations(QStringLiteral("ar")));
    test::settle();
    REQUIRE(QApplication::layoutDirection() == Qt::RightToLeft);

    CHECK(ltr);
    CHECK(html.contains(QStringLiteral("dir=\"ltr\"")));
    INFO((written ? std::string() : written.error().message.toStdString()));
    REQUIRE(written.ok());
    const QString text = pdfText(path);
    CHECK(text.contains(QStringLiteral("Individual empowerment plan")));
    CHECK(text.contains(QStringLiteral("Goals and tasks")));
    CHECK(text.contains(QStringLiteral("Overdue")));
    CHECK(hasText(text, kFamily)); // names stay as written
    const QString fileNumber = PlanPrinter::load(f.db, f.sara, f.plan).value().household.fileNumber;
    const qsizetype nameColumn = columnOn(text, fileNumber, kGiven);
    CHECK(nameColumn >= 0);
    CHECK(nameColumn < columnOn(text, fileNumber, fileNumber)); // left to right: the beneficiary first
    CHECK(hasAllWords(text, kGoalCourse));
}

TEST_CASE("Printing the plan into a folder that cannot be written says so", "[ui][plans]")
{
    PrintedPlanFixture f;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no-such-folder/plan.pdf"));
    const Status refused = PlanPrinter::write(path, f.db, f.settings, f.sara, f.plan);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Io);
    CHECK(refused.error().message.contains(path));
    CHECK_FALSE(QFile::exists(path));

    // A plan that does not exist is an error too, and nothing is written.
    const QString other = dir.filePath(QStringLiteral("other.pdf"));
    CHECK_FALSE(PlanPrinter::write(other, f.db, f.settings, f.sara, QByteArray(16, '\x01')).ok());
    CHECK_FALSE(QFile::exists(other));
}
