// Printed documents (issue 12, §6 and the digits of §1): the plan, the
// referral letter, the day list and the household file summary, each with
// Arabic-Indic digits chosen: no Latin digit outside an isolated identifier in
// the text each one lays out, "page X of Y" in the user's digits, the facts each
// must carry read back from the PDF, goals kept whole on a page, and the print
// preview reachable from the household file.
#include "clinic/AppointmentService.h"
#include "clinic/ClinicPage.h"
#include "clinic/DayListPrinter.h"
#include "clinic/SessionService.h"
#include "format/AppSettings.h"
#include "format/Display.h"
#include "format/PdfDocument.h"
#include "plans/PlanPrinter.h"
#include "plans/PlanService.h"
#include "referrals/ReferralLetter.h"
#include "referrals/ReferralService.h"
#include "registry/HouseholdFile.h"
#include "registry/HouseholdPrinter.h"
#include "registry/HouseholdService.h"
#include "registry/Identity.h"
#include "registry/SubjectAccessPrinter.h"
#include "registry/IncomeService.h"
#include "registry/Vocabulary.h"
#include "security/UserService.h"
#include "storage/Database.h"
#include "support/DigitCheck.h"
#include "support/Gui.h"
#include "support/PdfText.h"
#include "support/TestDb.h"
#include "support/catch.h"
#include "widgets/DocumentOutput.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QMenu>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>

using namespace tamkeen;
using namespace tamkeen::ui;
using security::Role;
using test::hasAllWords;
using test::hasText;

namespace {

QString saudiId(const QString &nine)
{
    return nine + QString::number(registry::Identity::luhnCheckDigit(nine));
}

const QString kHeadId = saudiId(QStringLiteral("118844221"));
const QString kWifeId = saudiId(QStringLiteral("119977331"));
const QString kPsychNote = QStringLiteral("ملاحظة نفسية سرية عن الطفولة");
const QString kGoal = QStringLiteral("فتح متجر صغير للخياطة");

// A household in Riyadh (a head and his wife, both with national IDs) that
// registered, became active, left and came back; a salary; the head's approved
// plan; a referral; a counselling session with a confidential note; and an
// appointment booked for tomorrow. Arabic-Indic digits are chosen.
struct Case {
    std::unique_ptr<test::TestDb> t = test::makeSetUpDb();
    storage::Database &db = *t->db;
    AppSettings settings{t->dir.filePath(QStringLiteral("settings.ini"))};
    security::Session sara, salem;
    QByteArray household, head, wife, plan, referral, partner;
    QString fileNumber;

    Case()
    {
        settings.setDigitStyle(text::DigitStyle::ArabicIndic);
        security::UserService users(db, security::HashCost::minimal());
        sara = add(users, QStringLiteral("sara"), QStringLiteral("سارة العتيبي"), Role::Counsellor);
        salem = add(users, QStringLiteral("salem"), QStringLiteral("سالم الحربي"), Role::Supervisor);

        registry::HouseholdService households(db);
        registry::HouseholdData h;
        h.region = QStringLiteral("منطقة الرياض");
        h.city = QStringLiteral("الدرعية");
        h.housingType = QStringLiteral("apartment");
        h.housingOwnership = QStringLiteral("rented");
        h.monthlyRent = 1500;
        h.registrationDate = QDate::currentDate().addMonths(-6);
        registry::MemberData m;
        m.givenName = QStringLiteral("عبدالرحمن");
        m.fatherName = QStringLiteral("محمد");
        m.familyName = QStringLiteral("الشمري");
        m.relation = QStringLiteral("head");
        m.sex = QStringLiteral("male");
        m.birthDate = QDate(1986, 5, 12);
        m.idType = QStringLiteral("sa_national");
        m.idNumber = kHeadId;
        m.employment = QStringLiteral("unemployed");
        auto created = households.create(t->admin, h, m);
        INFO((created ? std::string() : created.error().message.toStdString()));
        REQUIRE(created.ok());
        household = created.value();
        head = households.members().members(household).value().first().id;
        fileNumber = households.household(household).value().fileNumber;
        registry::MemberData w;
        w.givenName = QStringLiteral("نورة");
        w.fatherName = QStringLiteral("سعد");
        w.familyName = QStringLiteral("القحطاني");
        w.relation = QStringLiteral("spouse");
        w.sex = QStringLiteral("female");
        w.birthDate = QDate(1990, 2, 3);
        w.idType = QStringLiteral("sa_national");
        w.idNumber = kWifeId;
        auto added = households.members().add(t->admin, household, w);
        INFO((added ? std::string() : added.error().message.toStdString()));
        REQUIRE(added.ok());
        wife = added.value();

        const QDate today = QDate::currentDate();
        for (const auto &[status, days, reason] :
             {std::tuple{QStringLiteral("active"), -150, QStringLiteral("اكتملت الدراسة")},
              std::tuple{QStringLiteral("exited"), -90, QStringLiteral("انتقل إلى مدينة أخرى")},
              std::tuple{QStringLiteral("reentered"), -30, QStringLiteral("عاد إلى الرياض")}}) {
            const Status s = households.changeStatus(t->admin, household, status, today.addDays(days), reason);
            INFO((s ? std::string() : s.error().message.toStdString()));
            REQUIRE(s.ok());
        }
        registry::Income salary;
        salary.householdId = household;
        salary.memberId = wife;
        salary.source = QStringLiteral("salary");
        salary.amount = 15000;
        salary.currency = QStringLiteral("SAR");
        salary.effectiveDate = today.addMonths(-2);
        auto income = registry::IncomeService(db).record(t->admin, salary);
        INFO((income ? std::string() : income.error().message.toStdString()));
        REQUIRE(income.ok());

        plans::PlanService plans(db);
        auto p = plans.create(sara, head, {QStringLiteral("employment")});
        REQUIRE(p.ok());
        plan = p.value();
        auto goal = plans.addGoal(sara, plan, {QStringLiteral("employment"), kGoal, {}, {}, {}, today.addMonths(6)});
        REQUIRE(goal.ok());
        REQUIRE(plans.addTask(sara, goal.value(), {QStringLiteral("شراء آلة خياطة"), QStringLiteral("beneficiary"),
                                                   today.addDays(20)})
                    .ok());
        REQUIRE(plans.submit(sara, plan).ok());
        REQUIRE(plans.approve(salem, plan).ok());

        referrals::ReferralService referralService(db);
        referrals::Partner bank;
        bank.name = QStringLiteral("بنك التنمية الاجتماعية");
        bank.kind = QStringLiteral("bank");
        bank.services = {QStringLiteral("قرض ميسر")};
        auto partnerId = referralService.addPartner(t->admin, bank);
        REQUIRE(partnerId.ok());
        partner = partnerId.value();
        test::consentToShare(db, sara, head, partner);
        auto r = referralService.refer(sara, {head, partner, QStringLiteral("قرض ميسر"), plan, goal.value(), today, {}});
        INFO((r ? std::string() : r.error().message.toStdString()));
        REQUIRE(r.ok());
        referral = r.value();

        clinic::SessionData session;
        session.memberId = head;
        session.counsellorId = sara.userId;
        session.heldAt = QDateTime::currentDateTime().addDays(-3);
        session.types = {QStringLiteral("economic")};
        session.mode = QStringLiteral("centre");
        session.needs = QStringLiteral("البحث عن عمل");
        session.psychNotes = kPsychNote;
        auto held = clinic::SessionService(db).record(sara, session);
        INFO((held ? std::string() : held.error().message.toStdString()));
        REQUIRE(held.ok());

        clinic::AppointmentData a;
        a.memberId = head;
        a.counsellorId = sara.userId;
        a.startsAt = QDateTime(today.addDays(1), QTime(10, 30));
        a.types = {QStringLiteral("economic")};
        a.place = QStringLiteral("centre");
        auto booked = clinic::AppointmentService(db).book(sara, a, true);
        INFO((booked ? std::string() : booked.error().message.toStdString()));
        REQUIRE(booked.ok());
    }

    security::Session add(security::UserService &users, const QString &name, const QString &fullName, Role role)
    {
        auto id = users.add(t->admin, {name, fullName, role, QStringLiteral("correct horse 12")});
        REQUIRE(id.ok());
        auto s = users.login(name, QStringLiteral("correct horse 12")); // with the key that signs notes
        REQUIRE(s.ok());
        return s.value();
    }
};

// Prints `doc` to a PDF at `path` the way every document is printed; `doc`
// stays laid out for `printer` (which must outlive any look at that layout).
int printTo(QPrinter &printer, const QString &path, PrintedDocument &doc, const AppSettings &settings)
{
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    PdfDocument::setUp(printer, doc.title);
    return PdfDocument::print(*doc.text, printer, ui::Display(settings), doc.footer);
}

// For each heading of `level` in a printed document: does it and everything up
// to the next heading start and end on the same page?
QStringList splitGroups(QTextDocument &doc, int level)
{
    const qreal pageHeight = doc.pageSize().height();
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    struct Item {
        qreal top, bottom;
        int level;
        QString text;
    };
    QList<Item> items;
    for (auto it = doc.rootFrame()->begin(); !it.atEnd(); ++it) {
        if (QTextFrame *frame = it.currentFrame()) {
            const QRectF r = layout->frameBoundingRect(frame);
            items.append({r.top(), r.bottom(), 0, {}});
        } else {
            const QRectF r = layout->blockBoundingRect(it.currentBlock());
            items.append({r.top(), r.bottom(), it.currentBlock().blockFormat().headingLevel(), it.currentBlock().text()});
        }
    }
    QStringList split;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (items[i].level != level)
            continue;
        qsizetype end = i + 1;
        while (end < items.size() && items[end].level == 0)
            ++end;
        if (int(items[i].top / pageHeight) != int((items[end - 1].bottom - 1) / pageHeight))
            split << items[i].text;
    }
    return split;
}

// The lines of `text` that show a Latin digit outside an isolate (none expected).
QString latinLines(const QString &text)
{
    QStringList lines;
    for (const QString &line : text.split(QChar::ParagraphSeparator).join(QLatin1Char('\n')).split(QLatin1Char('\n')))
        if (!test::latinDigitsIn(QString(), line).isEmpty())
            lines << line;
    return lines.join(QLatin1Char('\n'));
}

// pdftotext -layout moves spaces around in right-to-left runs: compare without them.
bool hasCompact(const QString &text, const QString &expected)
{
    QString t = text, e = expected;
    t.remove(QRegularExpression(QStringLiteral("\\s")));
    e.remove(QRegularExpression(QStringLiteral("\\s")));
    return hasText(t, e);
}

// Page `page` of the PDF as a picture in the screenshots folder, for a person to look at.
void renderPage(const QString &pdf, const QString &name, int page = 1)
{
    const QString renderer = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    REQUIRE_FALSE(renderer.isEmpty());
    QProcess render;
    render.start(renderer, {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-f"),
                            QString::number(page), QStringLiteral("-l"), QString::number(page), QStringLiteral("-singlefile"), pdf,
                            QDir(QStringLiteral(TAMKEEN_SCREENSHOT_DIR)).filePath(name)});
    REQUIRE(render.waitForFinished(30000));
    CHECK(render.exitCode() == 0);
}

} // namespace

TEST_CASE("The printed plan shows the user's digits and the beneficiary's ID and has a supervisor's signature", "[ui][printing]")
{
    Case c;
    auto loaded = PlanPrinter::load(c.db, c.salem, c.plan);
    REQUIRE(loaded.ok());
    PrintedPlan p = loaded.value();
    p.plan.baseline.workReadiness = 52; // printed «٥٢ من 100» before
    p.plan.baseline.incomePerPerson = 1250.5;
    const QString text = PlanPrinter::document(c.settings, p)->toPlainText();
    CHECK(latinLines(text) == QString());
    CHECK(text.contains(QStringLiteral("٥٢ من ١٠٠")));
    CHECK(text.contains(ui::Display::ltr(kHeadId)));
    CHECK(text.contains(PlanPrinter::tr("The supervisor")));
    CHECK(text.contains(c.salem.fullName));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.pdf"));
    REQUIRE(PlanPrinter::write(path, c.db, c.settings, c.salem, c.plan).ok());
    const QStringList pages = test::pdfPages(path);
    REQUIRE(pages.size() >= 1);
    const QString pdf = pages.join(QLatin1Char('\f'));
    INFO(pdf.toStdString());
    CHECK(pdf.contains(kHeadId));
    CHECK(hasText(pdf, c.salem.fullName));
    // The foot of the last page: "page N of N" in Arabic-Indic digits, no Latin page number.
    const QString last = ui::Display(c.settings).number(pages.size());
    CHECK(hasCompact(pages.last(), PdfDocument::tr("Page %1 of %2").arg(last, last)));
    CHECK_FALSE(pages.last().trimmed().endsWith(QString::number(pages.size())));
}

TEST_CASE("A long plan keeps each goal with its tasks on one page and numbers its pages", "[ui][printing]")
{
    Case c;
    plans::PlanService plans(c.db);
    const QStringList goals = {QStringLiteral("تعلم الخياطة"),   QStringLiteral("رخصة القيادة"),  QStringLiteral("دورة الحاسب"),
                               QStringLiteral("ادخار شهري"),     QStringLiteral("تحسين السكن"),   QStringLiteral("دورة اللغة"),
                               QStringLiteral("مشروع الحلويات"), QStringLiteral("شهادة السلامة"), QStringLiteral("تسويق المنتجات")};
    const QStringList steps = {QStringLiteral("الخطوة الأولى"), QStringLiteral("الخطوة الثانية"),
                               QStringLiteral("الخطوة الثالثة"), QStringLiteral("الخطوة الرابعة"),
                               QStringLiteral("الخطوة الخامسة")};
    auto draft = plans.create(c.sara, c.wife, {QStringLiteral("employment"), QStringLiteral("training")});
    REQUIRE(draft.ok());
    for (const QString &g : goals) {
        auto goal = plans.addGoal(c.sara, draft.value(),
                                  {QStringLiteral("training"), g, QStringLiteral("الحضور"), 0.0, 100.0,
                                   QDate::currentDate().addMonths(4)});
        REQUIRE(goal.ok());
        for (const QString &s : steps)
            REQUIRE(plans.addTask(c.sara, goal.value(),
                                  {s + QStringLiteral(" في ") + g, QStringLiteral("beneficiary"), QDate::currentDate().addDays(30)})
                        .ok());
    }
    auto made = PlanPrinter::make(c.db, c.settings, c.sara, draft.value());
    REQUIRE(made.ok());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("long-plan.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    const int pages = printTo(printer, path, made.value(), c.settings);
    REQUIRE(pages >= 3);
    CHECK(latinLines(made.value().text->toPlainText()) == QString());
    // Every goal (a level-4 heading) with its facts and its tasks on one page.
    CHECK(splitGroups(*made.value().text, 4).isEmpty());

    const QStringList text = test::pdfPages(path);
    REQUIRE(text.size() == pages);
    const ui::Display display(c.settings);
    for (int i = 0; i < pages; ++i) {
        INFO("page " << i + 1 << ":\n" << text[i].toStdString());
        CHECK(hasCompact(text[i], PdfDocument::tr("Page %1 of %2").arg(display.number(i + 1), display.number(pages))));
    }
    // Read back: each goal's title and its five tasks are on the same page.
    for (const QString &g : goals) {
        int goalPage = -1;
        for (int i = 0; i < pages && goalPage < 0; ++i)
            if (hasAllWords(text[i], g) && hasText(text[i], steps.first()))
                goalPage = i;
        INFO(g.toStdString());
        REQUIRE(goalPage >= 0);
        for (const QString &s : steps)
            CHECK(hasAllWords(text[goalPage], s));
    }
    renderPage(path, QStringLiteral("printing-plan"));
    renderPage(path, QStringLiteral("printing-plan-page2"), 2);
}

TEST_CASE("The referral letter has a stable reference and both calendars and the ID and the consent", "[ui][printing]")
{
    Case c;
    const QDate day(2026, 12, 2);
    auto letter = ReferralLetter::load(c.db, c.referral, day);
    REQUIRE(letter.ok());
    const QString reference = ReferralLetter::reference(letter.value().referral);
    CHECK(reference.startsWith(c.fileNumber));
    CHECK(ReferralLetter::reference(ReferralLetter::load(c.db, c.referral, day).value().referral) == reference);

    // Another referral of the same household has another reference.
    // Sent without the wife's consent, with the reason: the letter says so.
    auto other = referrals::ReferralService(c.db).refer(
        c.sara, {c.wife, c.partner, QStringLiteral("قرض ميسر"), {}, {}, day, {},
                 QStringLiteral("الزوجة في المستشفى والقرض مستعجل، وافق الزوج")});
    REQUIRE(other.ok());
    CHECK(ReferralLetter::reference(ReferralLetter::load(c.db, other.value(), day).value().referral) != reference);

    const ui::Display display(c.settings);
    PrintedDocument doc = ReferralLetter::printed(c.settings, letter.value());
    const QString text = doc.text->toPlainText();
    INFO(text.toStdString());
    CHECK(latinLines(text) == QString());
    CHECK(text.contains(ui::Display::ltr(reference)));
    CHECK(text.contains(display.gregorian(day)));
    CHECK(text.contains(display.hijri(day))); // ١١ جمادى الآخرة ١٤٤٨ هـ
    CHECK(text.contains(QStringLiteral("١٤٤٨")));
    CHECK(text.contains(ui::Display::ltr(kHeadId)));
    // The head's signed consent is on record: the letter says so and asks for no signature again.
    CHECK(text.contains(QStringLiteral("باستمارة موقّعة")));
    CHECK_FALSE(text.contains(ReferralLetter::tr("Informed consent")));
    // The wife's went without consent: the reason, and the consent to sign below.
    const QString overridden =
        ReferralLetter::printed(c.settings, ReferralLetter::load(c.db, other.value(), day).value()).text->toPlainText();
    CHECK(overridden.contains(QStringLiteral("الزوجة في المستشفى والقرض مستعجل")));
    CHECK(overridden.contains(ReferralLetter::tr("Informed consent")));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("letter.pdf"));
    REQUIRE(ReferralLetter::write(path, c.db, c.settings, c.referral).ok());
    const QString pdf = test::pdfText(path);
    INFO(pdf.toStdString());
    CHECK(pdf.contains(reference));
    CHECK(pdf.contains(kHeadId));
    CHECK(hasAllWords(pdf, QStringLiteral("باستمارة"))); // the consent line (pdftotext splits the shadda)
    CHECK(hasCompact(pdf, PdfDocument::tr("Page %1 of %2").arg(display.number(1), display.number(1))));
    renderPage(path, QStringLiteral("printing-letter"));
}

TEST_CASE("The day list has a letterhead and who printed it and numbered pages", "[ui][printing]")
{
    Case c;
    DayList list;
    list.centre = org::Devices::thisDevice(c.db).value();
    list.date = QDate(2026, 12, 2);
    list.printedBy = c.sara.fullName;
    list.printedAt = QDateTime(list.date, QTime(7, 45));
    // Sixty appointments: more than one page.
    for (int i = 0; i < 60; ++i) {
        clinic::Appointment a;
        a.status = QStringLiteral("booked");
        a.startsAt = QDateTime(list.date, QTime(8, 0).addSecs(i * 600));
        a.memberName = QStringLiteral("مراجع رقم ") + ui::Display(c.settings).number(i + 1);
        a.fileNumber = c.fileNumber;
        a.memberPhone = QStringLiteral("0551234567");
        a.counsellorName = c.sara.fullName;
        a.place = QStringLiteral("centre");
        list.appointments << a;
    }
    PrintedDocument doc = DayListPrinter::printed(c.settings, list);
    const QString text = doc.text->toPlainText();
    CHECK(latinLines(text) == QString());
    CHECK(text.contains(list.centre.centreName));
    CHECK(text.contains(c.sara.fullName));
    CHECK(text.contains(QStringLiteral("٠٧:٤٥")));
    CHECK(text.contains(ui::Display(c.settings).gregorian(list.date)));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("day.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    const int pages = printTo(printer, path, doc, c.settings);
    REQUIRE(pages >= 2);
    const QStringList text2 = test::pdfPages(path);
    REQUIRE(text2.size() == pages);
    const ui::Display display(c.settings);
    CHECK(hasAllWords(text2.first(), list.centre.centreName));
    for (int i = 0; i < pages; ++i)
        CHECK(hasCompact(text2[i], PdfDocument::tr("Page %1 of %2").arg(display.number(i + 1), display.number(pages))));
    renderPage(path, QStringLiteral("printing-day-list"));
    renderPage(path, QStringLiteral("printing-day-list-page2"), 2);
}

TEST_CASE("The household file prints as a case summary without confidential notes", "[ui][printing]")
{
    Case c;
    auto loaded = HouseholdPrinter::load(c.db, c.sara, c.household);
    REQUIRE(loaded.ok());
    const PrintedHousehold &f = loaded.value();
    CHECK(f.members.size() == 2);
    CHECK(f.statusHistory.size() == 4);
    CHECK(f.plans.size() == 1);
    CHECK(f.referrals.size() == 1);
    CHECK(f.appointments.size() == 1);

    PrintedDocument doc = HouseholdPrinter::printed(c.settings, f);
    const QString text = doc.text->toPlainText();
    INFO(text.toStdString());
    CHECK(latinLines(text) == QString());
    const ui::Display display(c.settings);
    CHECK(text.contains(ui::Display::ltr(c.fileNumber)));
    CHECK(text.contains(ui::Display::ltr(kHeadId)));
    CHECK(text.contains(ui::Display::ltr(kWifeId)));
    CHECK(text.contains(QStringLiteral("نورة")));
    CHECK(text.contains(display.money(15000, QStringLiteral("SAR"))));
    CHECK(text.contains(registry::Vocabulary::label(registry::Vocabulary::statuses(), QStringLiteral("exited"))));
    CHECK(text.contains(registry::Vocabulary::label(registry::Vocabulary::statuses(), QStringLiteral("reentered"))));
    CHECK(text.contains(QStringLiteral("انتقل إلى مدينة أخرى")));
    CHECK(text.contains(kGoal));
    CHECK(text.contains(QStringLiteral("بنك التنمية الاجتماعية")));
    CHECK(text.contains(display.time(QTime(10, 30))));
    CHECK(text.contains(c.sara.fullName)); // who printed it, and the counsellor of the appointment
    // Never the confidential note, even for the counsellor who wrote it.
    CHECK_FALSE(text.contains(kPsychNote));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("file.pdf"));
    REQUIRE(HouseholdPrinter::write(path, c.db, c.settings, c.salem, c.household).ok());
    const QString pdf = test::pdfText(path);
    INFO(pdf.toStdString());
    CHECK(pdf.contains(c.fileNumber));
    CHECK(pdf.contains(kWifeId));
    CHECK(hasText(pdf, QStringLiteral("نورة")));
    CHECK(hasAllWords(pdf, kGoal));
    CHECK_FALSE(hasAllWords(pdf, kPsychNote));
    renderPage(path, QStringLiteral("printing-household-file"));

    // A household that does not exist is an error, and nothing is written.
    const QString none = dir.filePath(QStringLiteral("none.pdf"));
    CHECK_FALSE(HouseholdPrinter::write(none, c.db, c.settings, c.sara, QByteArray(16, '\x02')).ok());
    CHECK_FALSE(QFile::exists(none));
}

TEST_CASE("The household file offers Save as PDF and Print and Print opens a preview", "[ui][printing]")
{
    Case c;
    HouseholdFile file(c.db, c.settings, c.sara, c.household);
    file.show();
    test::settle();
    auto *button = file.findChild<QPushButton *>(QStringLiteral("printFile"));
    REQUIRE(button);
    CHECK(button->isVisible());
    REQUIRE(button->menu());
    const QList<QAction *> actions = button->menu()->actions();
    REQUIRE(actions.size() == 2);
    CHECK(actions[0]->text() == DocumentOutput::tr("Save as PDF…"));
    CHECK(actions[1]->text() == DocumentOutput::tr("Print…"));

    QPrintPreviewDialog *preview = file.printOutput()->preview();
    REQUIRE(preview);
    test::settle();
    CHECK(preview->isVisible());
    auto *pages = preview->findChild<QPrintPreviewWidget *>();
    REQUIRE(pages);
    pages->updatePreview();
    test::settle();
    CHECK(pages->pageCount() >= 1);
    test::screenshot(preview, QStringLiteral("printing-preview"));
    preview->close();
    test::settle();
}

TEST_CASE("The clinic's day list offers Save as PDF and Print through the same menu", "[ui][printing]")
{
    Case c;
    ClinicPage page(c.db, c.settings, c.sara);
    page.show();
    test::settle();
    auto *button = page.findChild<QPushButton *>(QStringLiteral("printDayList"));
    REQUIRE(button);
    REQUIRE(button->menu());
    CHECK(button->menu()->actions().size() == 2);
    QPrintPreviewDialog *preview = page.dayListOutput()->preview();
    REQUIRE(preview);
    test::settle();
    auto *pages = preview->findChild<QPrintPreviewWidget *>();
    REQUIRE(pages);
    pages->updatePreview();
    test::settle();
    CHECK(pages->pageCount() == 1);
    preview->close();
    test::settle();
}

TEST_CASE("The data held about a person prints in Arabic, every section in words, notes withheld from an administrator",
          "[ui][printing][access]")
{
    Case c;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("salem.pdf"));
    REQUIRE(SubjectAccessPrinter::write(path, c.db, c.settings, c.salem, c.head).ok());
    renderPage(path, QStringLiteral("access-pdf-page1"));
    const QString text = test::pdfText(path);
    CHECK(hasCompact(text, QStringLiteral("عبدالرحمن محمد الشمري")));
    CHECK(text.contains(kHeadId));
    CHECK_FALSE(text.contains(kWifeId)); // the household's other member is not in it
    // Every kind of record the person has, the plan's goals, tasks and history
    // and the referral's history included.
    for (const QString &title :
         {QStringLiteral("البيانات الشخصية"), QStringLiteral("سجل حالة الأسرة"), QStringLiteral("الموافقات"),
          QStringLiteral("مواعيد عيادة التمكين"), QStringLiteral("الجلسات الاستشارية"),
          QStringLiteral("خطط التمكين الفردية"), QStringLiteral("أهداف الخطط"), QStringLiteral("مهام الخطط"),
          QStringLiteral("سجل الخطط"), QStringLiteral("الإحالات إلى الجهات الشريكة"), QStringLiteral("سجل الإحالات")}) {
        INFO(title.toStdString());
        CHECK(hasText(text, title));
    }
    CHECK(hasAllWords(text, kGoal));
    CHECK(hasAllWords(text, QStringLiteral("شراء آلة خياطة")));
    CHECK(hasAllWords(text, QStringLiteral("بنك التنمية الاجتماعية"))); // the partner named, not its id
    CHECK(hasAllWords(text, QStringLiteral("سارة العتيبي")));           // who recorded, named
    CHECK(hasAllWords(text, kPsychNote));                                // a supervisor reads the note
    // Codes are given their words.
    for (const QString &code : {QStringLiteral("sa_national"), QStringLiteral("signed_form"), QStringLiteral("employment"),
                                QStringLiteral("economic"), QStringLiteral("centre"), QStringLiteral("apartment"),
                                QStringLiteral("head"), QStringLiteral("male"), QStringLiteral("sharing")}) {
        INFO(code.toStdString());
        CHECK_FALSE(text.contains(code));
    }
    CHECK(hasAllWords(text, QStringLiteral("رقم الهوية الوطنية")));
#ifdef Q_OS_UNIX
    CHECK(QFileInfo(path).permissions()
          == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
#endif

    // An administrator answers the request too, but does not read the note.
    const QString byAdmin = dir.filePath(QStringLiteral("admin.pdf"));
    REQUIRE(SubjectAccessPrinter::write(byAdmin, c.db, c.settings, c.t->admin, c.head).ok());
    const QString adminText = test::pdfText(byAdmin);
    CHECK_FALSE(hasAllWords(adminText, QStringLiteral("الطفولة")));
    CHECK(hasAllWords(adminText, QStringLiteral("محجوب سري مستشار مشرف")));

    // A counsellor may not ask, and nothing is written.
    const QString bySara = dir.filePath(QStringLiteral("sara.pdf"));
    CHECK(SubjectAccessPrinter::write(bySara, c.db, c.settings, c.sara, c.head).error().code
          == ErrorCode::PermissionDenied);
    CHECK_FALSE(QFileInfo::exists(bySara));
}
