// Objections and complaints on screen (issue 17 §6): received from the
// family's file, refused with what was typed kept; listed open, then late;
// assigned, looked into, decided, answered and printed as a letter (a PDF
// whose words are checked); appealed. Screenshots in Arabic.
#include "casework/Objections.h"
#include "format/Display.h"
#include "objections/ObjectionDaysBox.h"
#include "objections/ObjectionDialogs.h"
#include "objections/ObjectionLetterPrinter.h"
#include "objections/ObjectionsPage.h"
#include "org/DeviceInfo.h"
#include "registry/HouseholdFile.h"
#include "registry/HouseholdList.h"
#include "security/UserService.h"
#include "storage/Database.h"
#include "support/Gui.h"
#include "support/PdfText.h"
#include "support/Shell.h"
#include "support/catch.h"
#include "widgets/DateField.h"
#include "widgets/MessageBanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace tamkeen;
using namespace tamkeen::ui;

TEST_CASE("An objection is received from the family's file, decided, answered by letter and appealed",
          "[ui][objections]")
{
    test::App app;
    test::DemoFile demo = test::openDemo(app);
    auto db = std::move(demo.db);
    security::UserService users(*db, security::HashCost::minimal());
    REQUIRE(users.add(demo.admin, {QStringLiteral("salem"), QStringLiteral("سالم العتيبي"), security::Role::Supervisor,
                                   QStringLiteral("correct horse 12")})
                .ok());
    REQUIRE(users.add(demo.admin, {QStringLiteral("huda"), QStringLiteral("هدى الحربي"), security::Role::Counsellor,
                                   QStringLiteral("correct horse 12")})
                .ok());
    const security::Session salem = users.login(QStringLiteral("salem"), QStringLiteral("correct horse 12")).value();
    auto rows = registry::HouseholdList::page(*db, {}, registry::HouseholdSort::FileNumber, true, 0, 1);
    REQUIRE(rows.ok());
    const QByteArray family = rows.value().first().id;

    HouseholdFile file(*db, app.settings, salem, family);
    file.show();
    QPointer<ReceiveObjectionDialog> receive = qobject_cast<ReceiveObjectionDialog *>(file.receiveObjection());
    REQUIRE(receive);
    receive->kindBox()->setCurrentIndex(receive->kindBox()->findData(QStringLiteral("objection")));
    receive->subjectBox()->setCurrentIndex(receive->subjectBox()->findData(QStringLiteral("eligibility")));
    receive->receivedField()->setDate(QDate::currentDate().addDays(-40)); // past the 30 days: late
    test::clickSubmit(receive); // no channel, nothing said
    REQUIRE(receive);
    CHECK(receive->banner()->kind() == MessageBanner::Kind::Error);
    CHECK(receive->subjectBox()->currentData().toString() == QStringLiteral("eligibility")); // kept
    receive->channelBox()->setCurrentIndex(receive->channelBox()->findData(QStringLiteral("in_person")));
    receive->summaryEdit()->setPlainText(QStringLiteral("انقطع دخل الابن منذ شهرين ولم يُحسب ذلك"));
    CHECK(test::screenshot(receive, QStringLiteral("objection-receive")));
    test::clickSubmit(receive);
    CHECK_FALSE(receive);

    ObjectionsPage page(*db, app.settings, salem, {});
    page.resize(1366, 700);
    page.show();
    test::settle();
    REQUIRE(page.table()->rowCount() == 1);
    CHECK(page.table()->item(0, 7)->text() == ObjectionsPage::tr("Late"));
    CHECK(page.figuresLabel()->text().contains(ui::Display(app.settings).number(1)));
    page.showBox()->setCurrentIndex(page.showBox()->findData(int(casework::ObjectionFilter::Show::Overdue)));
    CHECK(page.table()->rowCount() == 1);
    CHECK(test::screenshot(&page, QStringLiteral("objections-page")));

    QPointer<ObjectionDialog> d = page.openRow(0);
    REQUIRE(d);
    d->assigneeBox()->setCurrentIndex(d->assigneeBox()->findText(QStringLiteral("هدى الحربي")));
    REQUIRE(d->assign());
    d->noteEdit()->setPlainText(QStringLiteral("اطّلعتُ على خطاب إنهاء الخدمة"));
    REQUIRE(d->addNote());
    CHECK_FALSE(d->answer()); // not decided yet
    CHECK(d->banner()->kind() == MessageBanner::Kind::Error);
    d->decisionBox()->setCurrentIndex(d->decisionBox()->findData(QStringLiteral("upheld")));
    d->reasonEdit()->setPlainText(QStringLiteral("ثبت انقطاع الدخل"));
    REQUIRE(d->decide());
    d->replyEdit()->setPlainText(QStringLiteral("قُبل اعتراضكم، وأُعيد حساب أهلية الأسرة من تاريخ انقطاع الدخل."));
    REQUIRE(d->answer());
    CHECK(d->printButton()->isEnabled());
    d->resize(760, 700);
    CHECK(test::screenshot(d, QStringLiteral("objection-file")));

    // The letter, as the person receives it.
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("reply.pdf"));
    auto centre = org::Devices::thisDevice(*db);
    REQUIRE(centre.ok());
    REQUIRE(ObjectionLetterPrinter::write(pdf, app.settings, {centre.value(), d->objection(), salem.fullName}).ok());
    const QString text = test::pdfText(pdf);
    CHECK(test::hasAllWords(text, QStringLiteral("الرد على اعتراضكم")));
    CHECK(test::hasAllWords(text, d->objection().headName));
    CHECK(test::hasAllWords(text, QStringLiteral("حساب أهلية الأسرة من تاريخ انقطاع الدخل")));
    // Kept beside the screenshots, for a person to look at.
    const QString kept = QDir(QStringLiteral(TAMKEEN_SCREENSHOT_DIR)).filePath(QStringLiteral("objection-letter.pdf"));
    QFile::remove(kept);
    QFile::copy(pdf, kept);

    // Appealed: a new open objection.
    QPointer<ReceiveObjectionDialog> appeal = d->receiveAppeal();
    REQUIRE(appeal);
    appeal->channelBox()->setCurrentIndex(appeal->channelBox()->findData(QStringLiteral("letter")));
    appeal->summaryEdit()->setPlainText(QStringLiteral("تطلب الأسرة صرف المستحقات بأثر رجعي"));
    test::clickSubmit(appeal);
    CHECK_FALSE(appeal);
    d->close();
    page.showBox()->setCurrentIndex(page.showBox()->findData(int(casework::ObjectionFilter::Show::Open)));
    REQUIRE(page.table()->rowCount() == 1);
    CHECK(page.table()->item(0, 2)->text()
          == registry::Vocabulary::label(casework::Objections::subjects(), QStringLiteral("appeal")));
}

TEST_CASE("An administrator sets the days to answer objections and complaints in Settings", "[ui][objections]")
{
    test::App app;
    test::DemoFile demo = test::openDemo(app);
    MessageBanner banner;
    ObjectionDaysBox box(*demo.db, demo.admin, &banner);
    CHECK(box.objectionDays()->value() == casework::Objections::kDefaultObjectionDays);
    CHECK(box.complaintDays()->value() == casework::Objections::kDefaultComplaintDays);
    box.complaintDays()->setValue(21);
    REQUIRE(box.save());
    CHECK(casework::Objections(*demo.db).daysFor(QStringLiteral("complaint")).value() == 21);
    ObjectionDaysBox again(*demo.db, demo.admin, &banner);
    CHECK(again.complaintDays()->value() == 21); // as saved, on the next opening
}
