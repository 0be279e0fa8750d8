// GUI tests of sessions, assessments and the timeline (issue 4), as a counsellor
// and a field worker meet them: a session recorded from an appointment, a
// WHO-5 assessment on the member's page and the household's timeline, and the
// confidential notes a field worker must not read.
#include "clinic/AppointmentService.h"
#include "clinic/AssessmentDialog.h"
#include "clinic/AssessmentService.h"
#include "clinic/MemberClinicDialog.h"
#include "clinic/ScoreChart.h"
#include "clinic/Scores.h"
#include "clinic/SessionDialog.h"
#include "widgets/DateField.h"
#include "clinic/SessionService.h"
#include "clinic/TimelineView.h"
#include "registry/HouseholdFile.h"
#include "registry/HouseholdService.h"
#include "registry/HouseholdsPage.h"
#include "security/UserService.h"
#include "shell/MainWindow.h"
#include "storage/Database.h"
#include "support/Gui.h"
#include "support/Shell.h"
#include "support/catch.h"
#include "text/Digits.h"
#include "widgets/MessageBanner.h"

#include <algorithm>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimeEdit>
#include <QDateEdit>

using namespace tamkeen;
using namespace tamkeen::ui;
using Kind = clinic::TimelineItem::Kind;

namespace {

const QString kCounsellorPassword = QStringLiteral("long-enough-1");
const QString kWorkerPassword = QStringLiteral("long-enough-2");

// The application logged in as a counsellor, a household of two, and a second
// connection to the same file for the steps core does directly.
struct Clinic {
    test::App app;
    std::unique_ptr<storage::Database> db;
    security::Session admin, counsellor, worker;
    QByteArray household, head, spouse;

    Clinic()
    {
        test::setUp(app);
        auto opened = storage::Database::open(app.dbPath());
        REQUIRE(opened.ok());
        db = std::move(opened).value();
        security::UserService users(*db, security::HashCost::minimal());
        admin = users.login(QStringLiteral("noura"), QStringLiteral("kalimat-sir-1")).value();
        REQUIRE(users.add(admin, {QStringLiteral("huda"), QStringLiteral("هدى الحربي"), security::Role::Counsellor,
                                  kCounsellorPassword})
                    .ok());
        REQUIRE(users.add(admin, {QStringLiteral("omar"), QStringLiteral("عمر السبيعي"), security::Role::FieldWorker,
                                  kWorkerPassword})
                    .ok());
        counsellor = users.login(QStringLiteral("huda"), kCounsellorPassword).value();
        worker = users.login(QStringLiteral("omar"), kWorkerPassword).value();

        registry::HouseholdService households(*db);
        registry::HouseholdData h;
        h.region = QStringLiteral("منطقة الرياض");
        h.city = QStringLiteral("الخرج");
        h.registrationDate = QDate::currentDate().addMonths(-3);
        registry::MemberData m;
        m.givenName = QStringLiteral("سلمى");
        m.fatherName = QStringLiteral("ناصر");
        m.familyName = QStringLiteral("الدوسري");
        m.relation = QStringLiteral("head");
        m.sex = QStringLiteral("female");
        m.birthDate = QDate(1986, 4, 12);
        auto created = households.create(admin, h, m);
        REQUIRE(created.ok());
        household = created.value();
        head = households.members().members(household).value().first().id;
        m.givenName = QStringLiteral("فهد");
        m.fatherName = QStringLiteral("سعد");
        m.relation = QStringLiteral("spouse");
        m.sex = QStringLiteral("male");
        m.birthDate = QDate(1982, 1, 20);
        auto added = households.members().add(admin, household, m);
        REQUIRE(added.ok());
        spouse = added.value();
        logInAs(QStringLiteral("huda"), kCounsellorPassword);
    }

    void logInAs(const QString &user, const QString &password)
    {
        app.controller->logout();
        test::settle();
        test::login(app, user, password);
        REQUIRE(app.controller->mainWindow());
    }

    HouseholdFile *openFile()
    {
        MainWindow *main = app.controller->mainWindow();
        main->showSection(MainWindow::Section::Households);
        auto *page = qobject_cast<HouseholdsPage *>(main->page(MainWindow::Section::Households));
        REQUIRE(page);
        HouseholdFile *file = page->openHousehold(household);
        test::settle();
        return file;
    }

    // An appointment for the head with the counsellor, by default half an hour ago.
    QByteArray bookForHead(const QStringList &types, QDateTime start = {})
    {
        clinic::AppointmentData a;
        a.memberId = head;
        a.counsellorId = counsellor.userId;
        if (!start.isValid())
            start = std::max(QDateTime::currentDateTime().addSecs(-30 * 60), // still today just after midnight
                             QDateTime(QDate::currentDate(), QTime(0, 0)));
        a.startsAt = QDateTime(start.date(), QTime(start.time().hour(), start.time().minute()));
        a.durationMin = 45;
        a.types = types;
        a.place = QStringLiteral("centre");
        auto id = clinic::AppointmentService(*db).book(counsellor, a);
        REQUIRE(id.ok());
        return id.value();
    }
};

int memberRow(HouseholdFile *file, const QString &givenName)
{
    for (int r = 0; r < file->membersTable()->rowCount(); ++r)
        if (file->membersTable()->item(r, 0)->text().startsWith(givenName))
            return r;
    FAIL("no such member in the file");
    return -1;
}

MemberClinicDialog *openClinicPage(HouseholdFile *file, const QString &givenName)
{
    auto *page = qobject_cast<MemberClinicDialog *>(file->openClinicPage(memberRow(file, givenName)));
    REQUIRE(page);
    test::settle();
    return page;
}

template <typename T>
T *child(QWidget *parent, const char *name)
{
    auto *w = parent->findChild<T *>(QString::fromLatin1(name));
    INFO(name);
    REQUIRE(w);
    return w;
}

bool checked(QListWidget *list, const QString &code)
{
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->data(Qt::UserRole).toString() == code)
            return list->item(i)->checkState() == Qt::Checked;
    return false;
}

void answerWho5(AssessmentDialog *d, const QList<int> &answers)
{
    for (int i = 0; i < answers.size(); ++i)
        QTest::mouseClick(child<QRadioButton>(d, qPrintable(QStringLiteral("who5_%1_%2").arg(i).arg(answers[i]))),
                          Qt::LeftButton);
}

QString arabic(int n)
{
    return text::toDigitStyle(QString::number(n), text::DigitStyle::ArabicIndic);
}

} // namespace

TEST_CASE("A session recorded from an appointment marks it attended and keeps its corrections", "[ui][clinic]")
{
    Clinic c;
    const QByteArray appointment = c.bookForHead({QStringLiteral("economic"), QStringLiteral("psychological")});
    HouseholdFile *file = c.openFile();
    MemberClinicDialog *page = openClinicPage(file, QStringLiteral("سلمى"));
    REQUIRE(page->appointmentsTable()->rowCount() == 1);

    auto *dialog = qobject_cast<SessionDialog *>(page->openAppointment(0));
    REQUIRE(dialog);
    test::settle();
    // The appointment's time, types and counsellor are the defaults.
    CHECK(checked(child<QListWidget>(dialog, "types"), QStringLiteral("economic")));
    CHECK(checked(child<QListWidget>(dialog, "types"), QStringLiteral("psychological")));
    CHECK_FALSE(checked(child<QListWidget>(dialog, "types"), QStringLiteral("legal")));
    CHECK(child<QComboBox>(dialog, "counsellor")->currentData().toByteArray() == c.counsellor.userId);
    const auto booked = clinic::AppointmentService(*c.db).appointment(appointment).value();
    CHECK(child<QTimeEdit>(dialog, "heldTime")->time() == booked.startsAt.time());

    test::typeText(child<QTextEdit>(dialog, "needs"), QStringLiteral("تبحث عن عمل قريب من البيت"));
    child<QTextEdit>(dialog, "observations")->setPlainText(QStringLiteral("متحمسة، تخشى ترك الأطفال"));
    child<QTextEdit>(dialog, "recommendations")->setPlainText(QStringLiteral("دورة خياطة في الجمعية"));
    child<QTextEdit>(dialog, "psychNotes")->setPlainText(QStringLiteral("قلق واضح بعد الطلاق"));
    child<QCheckBox>(dialog, "bookNext")->setChecked(true);

    // An agreed action without a description: refused, nothing typed is lost.
    const int row = dialog->addActionRow();
    test::clickSubmit(dialog);
    REQUIRE(dialog->isVisible());
    CHECK(dialog->banner()->kind() == MessageBanner::Kind::Error);
    CHECK(child<QTextEdit>(dialog, "needs")->toPlainText() == QStringLiteral("تبحث عن عمل قريب من البيت"));
    CHECK(dialog->actionsTable()->currentRow() == row);

    dialog->actionsTable()->item(row, 0)->setText(QStringLiteral("التسجيل في دورة الخياطة"));
    auto *who = qobject_cast<QComboBox *>(dialog->actionsTable()->cellWidget(row, 1));
    REQUIRE(who);
    who->setCurrentIndex(who->findData(QStringLiteral("beneficiary")));
    auto *due = qobject_cast<DateField *>(dialog->actionsTable()->cellWidget(row, 2));
    REQUIRE(due);
    due->setDate(QDate::currentDate().addDays(10));
    dialog->banner()->clear(); // as the user closes it
    test::screenshot(dialog, QStringLiteral("clinic-session-form"));
    QPointer<SessionDialog> open = dialog;
    test::clickSubmit(dialog);
    INFO((open ? open->banner()->text().toStdString() : std::string()));
    REQUIRE_FALSE(open);

    clinic::SessionService sessions(*c.db);
    // The app's login made the clinic's key; this connection's login was before it.
    c.counsellor = security::UserService(*c.db, security::HashCost::minimal()).login(QStringLiteral("huda"), kCounsellorPassword).value();
    CHECK(clinic::AppointmentService(*c.db).appointment(appointment).value().status == QStringLiteral("attended"));
    const auto recorded = sessions.ofMember(c.counsellor, c.head).value();
    REQUIRE(recorded.size() == 1);
    CHECK(recorded.first().needs == QStringLiteral("تبحث عن عمل قريب من البيت"));
    CHECK(recorded.first().psychNotes == QStringLiteral("قلق واضح بعد الطلاق"));
    CHECK(recorded.first().appointmentId == appointment);
    CHECK(sessions.actions(c.counsellor, recorded.first().id).value().size() == 1);
    // The next appointment was booked with it; the page shows both.
    CHECK(clinic::AppointmentService(*c.db).ofMember(c.head).value().size() == 2);
    CHECK(page->sessionsTable()->rowCount() == 1);
    CHECK(page->appointmentsTable()->rowCount() == 2);

    // Opened again: read-only; a correction needs a reason and keeps the original.
    auto *existing = qobject_cast<SessionDialog *>(page->openSession(0));
    REQUIRE(existing);
    test::settle();
    CHECK(existing->isReadOnly());
    CHECK(child<QTextEdit>(existing, "observations")->isReadOnly());
    existing->startAmending();
    child<QTextEdit>(existing, "observations")->setPlainText(QStringLiteral("متحمسة، ولديها من يرعى الأطفال"));
    test::clickSubmit(existing);
    CHECK(existing->banner()->kind() == MessageBanner::Kind::Error);
    CHECK(QApplication::focusWidget() == child<QLineEdit>(existing, "reason"));
    test::type(existing, "reason", QStringLiteral("فهمتُ الوضع خطأً"));
    test::clickSubmit(existing);
    CHECK(existing->banner()->kind() == MessageBanner::Kind::Success);
    REQUIRE(existing->amendmentsTable()->rowCount() == 1);
    CHECK(existing->amendmentsTable()->item(0, 3)->text() == QStringLiteral("متحمسة، تخشى ترك الأطفال"));
    CHECK(sessions.session(c.counsellor, recorded.first().id).value().observations
          == QStringLiteral("متحمسة، ولديها من يرعى الأطفال"));
}

TEST_CASE("Enter while typing an agreed action neither saves nor closes the session - closing asks first",
          "[ui][clinic][entry]")
{
    Clinic c;
    // Booked twenty minutes ahead and recorded now: the form's time is not in the future.
    // Still today when the test runs late in the evening (the page lists today's appointments).
    const QDateTime now = QDateTime::currentDateTime();
    const QDateTime ahead = std::min(now.addSecs(20 * 60), QDateTime(now.date(), QTime(23, 59, 30)));
    const QByteArray appointment = c.bookForHead({QStringLiteral("economic")}, ahead);
    HouseholdFile *file = c.openFile();
    MemberClinicDialog *page = openClinicPage(file, QStringLiteral("سلمى"));
    auto *dialog = qobject_cast<SessionDialog *>(page->openAppointment(0));
    REQUIRE(dialog);
    test::settle();
    QPointer<SessionDialog> open = dialog;
    const QDateTime shown(child<QDateEdit>(dialog, "heldAt")->date(), child<QTimeEdit>(dialog, "heldTime")->time());
    CHECK(shown <= QDateTime::currentDateTime());

    test::typeText(child<QTextEdit>(dialog, "needs"), QStringLiteral("تبحث عن عمل"));
    QTest::mouseClick(child<QPushButton>(dialog, "addAction"), Qt::LeftButton);
    test::settle();
    const int row = dialog->actionsTable()->rowCount() - 1;
    // No silent defaults: who does it and by when are still to be chosen.
    auto *who = qobject_cast<QComboBox *>(dialog->actionsTable()->cellWidget(row, 1));
    auto *due = qobject_cast<DateField *>(dialog->actionsTable()->cellWidget(row, 2));
    REQUIRE(who);
    REQUIRE(due);
    CHECK(who->currentData().toString().isEmpty());
    CHECK_FALSE(due->date().isValid());

    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    REQUIRE(editor); // the description's cell editor
    test::typeText(editor, QStringLiteral("التسجيل في دورة"));
    QTest::keyClick(editor, Qt::Key_Return);
    test::settle();
    REQUIRE(open);
    CHECK(dialog->isVisible());
    // Everything a save needs is there now: Enter still saves nothing.
    who->setCurrentIndex(who->findData(QStringLiteral("beneficiary")));
    due->setDate(QDate::currentDate().addDays(7));
    dialog->actionsTable()->setFocus();
    QTest::keyClick(dialog->actionsTable(), Qt::Key_Return); // Enter on the table itself
    QTest::keyClick(child<QTimeEdit>(dialog, "heldTime"), Qt::Key_Enter);
    test::settle();
    REQUIRE(open);
    CHECK(dialog->isVisible());
    CHECK(dialog->actionsTable()->item(row, 0)->text() == QStringLiteral("التسجيل في دورة"));
    clinic::SessionService sessions(*c.db);
    CHECK(sessions.ofMember(c.counsellor, c.head).value().isEmpty());
    CHECK(clinic::AppointmentService(*c.db).appointment(appointment).value().status == QStringLiteral("booked"));

    // Escape with unsaved text asks; "Keep editing" keeps everything.
    QTest::keyClick(dialog, Qt::Key_Escape);
    test::settle();
    REQUIRE(dialog->discardQuestion());
    test::screenshot(dialog->discardQuestion(), QStringLiteral("entry-discard-question"));
    QTest::mouseClick(child<QPushButton>(dialog->discardQuestion(), "keepEditing"), Qt::LeftButton);
    test::settle();
    REQUIRE(open);
    CHECK(dialog->isVisible());
    CHECK(child<QTextEdit>(dialog, "needs")->toPlainText() == QStringLiteral("تبحث عن عمل"));
    // The window's close button asks the same; "Discard" closes, nothing saved.
    dialog->close();
    test::settle();
    REQUIRE(open);
    REQUIRE(dialog->discardQuestion());
    QTest::mouseClick(child<QPushButton>(dialog->discardQuestion(), "discard"), Qt::LeftButton);
    test::settle();
    CHECK((!open || !open->isVisible()));
    CHECK(sessions.ofMember(c.counsellor, c.head).value().isEmpty());
}

TEST_CASE("A WHO-5 assessment shows on the member's page and the household's timeline", "[ui][clinic]")
{
    Clinic c;
    // An earlier session from an appointment, so that the page has a history.
    const QByteArray earlier = c.bookForHead({QStringLiteral("economic")});
    clinic::SessionData s;
    s.memberId = c.head;
    s.counsellorId = c.counsellor.userId;
    s.heldAt = clinic::AppointmentService(*c.db).appointment(earlier).value().startsAt;
    s.types = {QStringLiteral("economic")};
    s.mode = QStringLiteral("centre");
    s.needs = QStringLiteral("ديون متراكمة");
    REQUIRE(clinic::SessionService(*c.db).record(c.counsellor, s, {}, earlier).ok());
    HouseholdFile *file = c.openFile();
    MemberClinicDialog *page = openClinicPage(file, QStringLiteral("سلمى"));
    CHECK(page->sessionsTable()->rowCount() == 1);

    auto *who5 = qobject_cast<AssessmentDialog *>(page->addAssessment(QStringLiteral("wellbeing")));
    REQUIRE(who5);
    test::settle();
    CHECK(who5->kind() == QStringLiteral("wellbeing"));
    answerWho5(who5, {2, 1, 2, 1}); // the fifth is left out
    test::clickSubmit(who5);
    REQUIRE(who5->isVisible());
    CHECK(who5->banner()->kind() == MessageBanner::Kind::Error);
    CHECK(QApplication::focusWidget() == child<QRadioButton>(who5, "who5_4_0"));
    answerWho5(who5, {2, 1, 2, 1, 1}); // 7 × 4 = 28: likely depression
    CHECK(who5->scoreLabel()->text().contains(arabic(28)));
    CHECK(who5->scoreDetail()->text().contains(arabic(28)));
    who5->banner()->clear();
    test::screenshot(who5, QStringLiteral("clinic-assessment-form"));
    QPointer<AssessmentDialog> open = who5;
    test::clickSubmit(who5);
    REQUIRE_FALSE(open);

    // Work readiness: the live score is core's own rule.
    auto *readiness = qobject_cast<AssessmentDialog *>(page->addAssessment(QStringLiteral("work_readiness")));
    REQUIRE(readiness);
    test::settle();
    child<QTextEdit>(readiness, "skills")->setPlainText(QStringLiteral("خياطة\nتطريز\n\nطبخ"));
    child<QTextEdit>(readiness, "qualifications")->setPlainText(QStringLiteral("شهادة الثانوية"));
    child<QSpinBox>(readiness, "experienceYears")->setValue(2);
    test::type(readiness, "desiredField", QStringLiteral("الخياطة"));
    child<QCheckBox>(readiness, "ableToWork")->setChecked(true);
    child<QCheckBox>(readiness, "barrier_childcare")->setChecked(true);
    const int expected = clinic::Scores::readiness(3, 1, 2, true, true, 1).score;
    CHECK(readiness->scoreLabel()->text().contains(arabic(expected)));
    test::screenshot(readiness, QStringLiteral("clinic-assessment-readiness"));
    test::clickSubmit(readiness);

    // The member's page: the latest score of each kind, with its history.
    CHECK(page->latestLabel(QStringLiteral("wellbeing"))->text().contains(arabic(28)));
    CHECK(page->latestLabel(QStringLiteral("work_readiness"))->text().contains(arabic(expected)));
    CHECK(page->chart(QStringLiteral("wellbeing"))->points().size() == 1);
    CHECK(page->chart(QStringLiteral("economic"))->points().isEmpty());
    test::screenshot(page, QStringLiteral("clinic-member-page"));
    QPointer<QDialog> booking = page->bookAppointment(); // the clinic's own booking dialog, for this member
    REQUIRE(booking);
    CHECK(booking->isVisible());
    booking->close();

    // The timeline shows both, newest first; the kind filter hides the rest.
    c.bookForHead({QStringLiteral("social")}, QDateTime(QDate::currentDate().addDays(1), QTime(10, 0)));
    file->reload();
    TimelineView *timeline = file->timeline();
    file->tabs()->setCurrentWidget(timeline);
    const auto all = timeline->items();
    CHECK(std::count_if(all.cbegin(), all.cend(), [](const auto &i) { return i.kind == Kind::Assessment; }) == 2);
    CHECK(std::any_of(all.cbegin(), all.cend(), [](const auto &i) { return i.kind == Kind::Appointment; }));
    CHECK(std::any_of(all.cbegin(), all.cend(), [](const auto &i) { return i.kind == Kind::Registration; }));
    CHECK(timeline->table()->rowCount() == all.size());
    test::screenshot(file, QStringLiteral("clinic-timeline"));

    timeline->kindFilter()->setCurrentIndex(timeline->kindFilter()->findData(int(Kind::Assessment)));
    REQUIRE(timeline->items().size() == 2);
    for (const auto &i : timeline->items())
        CHECK(i.kind == Kind::Assessment);
    CHECK(timeline->table()->rowCount() == 2);
    // A member with nothing recorded: nothing of this kind.
    timeline->memberFilter()->setCurrentIndex(timeline->memberFilter()->findData(c.spouse));
    CHECK(timeline->items().isEmpty());
    timeline->memberFilter()->setCurrentIndex(0);

    // Double-click opens the assessment read-only with what was answered.
    auto *shown = qobject_cast<AssessmentDialog *>(timeline->openItem(1));
    REQUIRE(shown);
    test::settle();
    CHECK(shown->isReadOnly());
    CHECK_FALSE(child<QPushButton>(shown, "submit")->isVisible());
}

TEST_CASE("A field worker sees that notes are confidential, never the notes", "[ui][clinic]")
{
    Clinic c;
    clinic::SessionData s;
    s.memberId = c.head;
    s.counsellorId = c.counsellor.userId;
    s.heldAt = QDateTime::currentDateTime().addDays(-2);
    s.types = {QStringLiteral("psychological")};
    s.mode = QStringLiteral("centre");
    s.needs = QStringLiteral("حاجة خاصة");
    s.psychNotes = QStringLiteral("سرٌّ نفسيّ");
    REQUIRE(clinic::SessionService(*c.db).record(c.counsellor, s).ok());
    REQUIRE(clinic::AssessmentService(*c.db)
                .record(c.counsellor, c.head, QStringLiteral("wellbeing"), QDate::currentDate(),
                        {{QStringLiteral("items"), QJsonArray{3, 3, 3, 3, 3}}})
                .ok());

    c.logInAs(QStringLiteral("omar"), kWorkerPassword);
    HouseholdFile *file = c.openFile();
    TimelineView *timeline = file->timeline();
    timeline->kindFilter()->setCurrentIndex(timeline->kindFilter()->findData(int(Kind::Session)));
    REQUIRE(timeline->items().size() == 1);
    auto *dialog = qobject_cast<SessionDialog *>(timeline->openItem(0));
    REQUIRE(dialog);
    test::settle();
    REQUIRE(dialog->confidentialNotice()->isVisible());
    CHECK(dialog->confidentialNotice()->text()
          == QCoreApplication::translate("tamkeen::ui::SessionDialog",
                                         "Confidential: visible to counsellors and supervisors only"));
    for (QTextEdit *e : dialog->findChildren<QTextEdit *>()) {
        CHECK_FALSE(e->toPlainText().contains(QStringLiteral("سر")));
        CHECK_FALSE(e->toPlainText().contains(QStringLiteral("حاجة")));
    }
    CHECK_FALSE(child<QTextEdit>(dialog, "psychNotes")->isVisible());
    CHECK_FALSE(child<QPushButton>(dialog, "amend")->isVisible());
    test::screenshot(dialog, QStringLiteral("clinic-session-confidential"));
    const QString notice = dialog->confidentialNotice()->text();
    dialog->close();

    // The member's page: that a wellbeing assessment was made, not its score.
    MemberClinicDialog *page = openClinicPage(file, QStringLiteral("سلمى"));
    CHECK_FALSE(page->latestLabel(QStringLiteral("wellbeing"))->text().contains(arabic(60)));
    CHECK(page->chart(QStringLiteral("wellbeing"))->message() == notice);
    CHECK_FALSE(page->findChild<QPushButton *>(QStringLiteral("recordSession"))->isVisible());
}

TEST_CASE("A counsellor whose key to sealed notes has not reached this computer is told so, not shown empty notes",
          "[ui][clinic][encryption]")
{
    Clinic c;
    clinic::SessionData d;
    d.memberId = c.head;
    d.counsellorId = c.counsellor.userId;
    d.heldAt = QDateTime::currentDateTime().addDays(-1);
    d.durationMin = 45;
    d.types = {QStringLiteral("psychological")};
    d.mode = QStringLiteral("centre");
    d.needs = QStringLiteral("نوبات قلق ليلية");
    d.psychNotes = QStringLiteral("ملاحظة نفسية سرية");
    REQUIRE(clinic::SessionService(*c.db).record(c.counsellor, d).ok());
    // A counsellor added since: nobody who holds the clinic's key has logged in after her.
    security::UserService users(*c.db, security::HashCost::minimal());
    REQUIRE(users.add(c.admin, {QStringLiteral("rana"), QStringLiteral("رنا العمري"), security::Role::Counsellor,
                                kCounsellorPassword})
                .ok());
    c.logInAs(QStringLiteral("rana"), kCounsellorPassword);

    HouseholdFile *file = c.openFile();
    MemberClinicDialog *page = openClinicPage(file, QStringLiteral("سلمى"));
    REQUIRE(page->sessionsTable()->rowCount() == 1);
    auto *dialog = qobject_cast<SessionDialog *>(page->openSession(0));
    REQUIRE(dialog);
    test::settle();
    auto *notice = child<QLabel>(dialog, "confidentialNotice");
    CHECK(notice->isVisible());
    const QString said = notice->text();
    CHECK((said.contains(QStringLiteral("المفتاح")) || said.contains(QStringLiteral("key"))));
    CHECK(child<QTextEdit>(dialog, "needs")->toPlainText().isEmpty());
    CHECK_FALSE(child<QTextEdit>(dialog, "psychNotes")->toPlainText().contains(QStringLiteral("tk-sealed")));
    test::screenshot(dialog, QStringLiteral("clinic-session-key-not-here"));
}
