// The empowerment clinic's appointments as the front desk and a counsellor use
// them: booking through the dialog, the double-booking warning, the queue,
// missed appointments, the week, the counsellor's day and the printed list.
#include "clinic/AppointmentActions.h"
#include "clinic/AppointmentModel.h"
#include "clinic/AppointmentService.h"
#include "clinic/BookAppointmentDialog.h"
#include "clinic/ClinicPage.h"
#include "clinic/ClinicSettingsBox.h"
#include "clinic/ClinicViews.h"
#include "clinic/ClinicVocabulary.h"
#include "plans/PlanService.h"
#include "clinic/ClinicText.h"
#include "clinic/CounsellorHome.h"
#include "clinic/DayListPrinter.h"
#include "clinic/QueueView.h"
#include "clinic/RescheduleDialog.h"
#include "clinic/SessionService.h"
#include "clinic/WeekView.h"
#include "format/Display.h"
#include "registry/HouseholdFile.h"
#include "registry/HouseholdList.h"
#include "registry/MemberService.h"
#include "security/UserService.h"
#include "shell/MainWindow.h"
#include "storage/Database.h"
#include "support/Gui.h"
#include "support/Shell.h"
#include "support/TestDb.h"
#include "support/catch.h"
#include "registry/Csv.h"
#include "widgets/DateField.h"
#include "widgets/MessageBanner.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QTextDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QFile>
#include <QTest>
#include <QTimeEdit>
#include <QTreeWidget>

using namespace tamkeen;
using namespace tamkeen::ui;
using Section = MainWindow::Section;

namespace {

const QString kPassword = QStringLiteral("correct horse 12");

// The application set up with demonstration families, a counsellor (Sara) and a
// second one (Huda), and Sara logged in. Records are prepared through a second
// connection to the same file, as another program on the laptop would.
struct Clinic {
    test::App app;
    std::unique_ptr<storage::Database> db;
    security::Session admin, sara, huda;
    QList<registry::HouseholdRow> families;
    ClinicPage *page = nullptr;

    Clinic()
    {
        test::setUp(app, true);
        auto opened = storage::Database::open(app.dbPath());
        REQUIRE(opened.ok());
        db = std::move(opened).value();
        security::UserService users(*db, security::HashCost::minimal());
        // Logged in: the session's key signs the accounts it adds.
        auto noura = users.login(QStringLiteral("noura"), QStringLiteral("kalimat-sir-1"));
        REQUIRE(noura.ok());
        admin = noura.value();
        sara = add(users, QStringLiteral("sara"), QStringLiteral("سارة العتيبي"));
        huda = add(users, QStringLiteral("huda"), QStringLiteral("هدى الزهراني"));
        // Active families: the follow-up list leaves out those who left the programme.
        registry::HouseholdFilter active;
        active.status = QStringLiteral("active");
        auto rows = registry::HouseholdList::page(*db, active, registry::HouseholdSort::FileNumber, true, 0, 12);
        REQUIRE(rows.ok());
        REQUIRE(rows.value().size() == 12);
        families = rows.value();

        app.controller->logout();
        test::settle();
        test::login(app, QStringLiteral("sara"), kPassword);
        MainWindow *main = app.controller->mainWindow();
        REQUIRE(main);
        main->showSection(Section::Clinic);
        page = qobject_cast<ClinicPage *>(main->page(Section::Clinic));
        REQUIRE(page);
        test::settle();
    }

    security::Session add(security::UserService &users, const QString &name, const QString &fullName)
    {
        auto id = users.add(admin, {name, fullName, security::Role::Counsellor, kPassword});
        INFO((id ? std::string() : id.error().message.toStdString()));
        REQUIRE(id.ok());
        auto s = users.login(name, kPassword); // with the key that signs psychological notes
        REQUIRE(s.ok());
        return s.value();
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

    // Books through core, as if from another screen; returns the id.
    QByteArray book(const security::Session &counsellor, int family, const QTime &time, int minutes = 30,
                    const QDate &day = QDate::currentDate())
    {
        clinic::AppointmentData d;
        d.memberId = head(family);
        d.counsellorId = counsellor.userId;
        d.startsAt = QDateTime(day, time);
        d.durationMin = minutes;
        d.types = {QStringLiteral("economic")};
        d.place = QStringLiteral("centre");
        auto id = clinic::AppointmentService(*db).book(counsellor, d, true);
        INFO((id ? std::string() : id.error().message.toStdString()));
        REQUIRE(id.ok());
        return id.value();
    }

    clinic::Appointment appointment(const QByteArray &id)
    {
        auto a = clinic::AppointmentService(*db).appointment(id);
        REQUIRE(a.ok());
        return a.value();
    }

    // What the day view shows in `column` for the appointment.
    QString cell(const QByteArray &id, int column)
    {
        const int row = page->model()->rowOf(id);
        REQUIRE(row >= 0);
        return page->model()->index(row, column).data().toString();
    }

    void click(const char *button, AppointmentActions *actions = nullptr)
    {
        QPushButton *b = (actions ? actions : page->actions())->button(button);
        REQUIRE(b);
        REQUIRE(b->isEnabled());
        QTest::mouseClick(b, Qt::LeftButton);
        test::settle();
    }
};

BookAppointmentDialog *openBooking(ClinicPage *page)
{
    BookAppointmentDialog *d = page->bookAppointment();
    REQUIRE(d);
    test::settle();
    REQUIRE(d->isVisible());
    return d;
}

void chooseFamily(BookAppointmentDialog *d, const QString &query)
{
    test::type(d, "search", query);
    d->runSearch();
    REQUIRE(d->results()->count() >= 1);
    d->results()->setCurrentRow(0);
    REQUIRE(d->memberCombo()->count() >= 1);
}

void clickItem(QListWidget *list, const QByteArray &id)
{
    for (int r = 0; r < list->count(); ++r)
        if (list->item(r)->data(Qt::UserRole).toByteArray() == id) {
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(r)).center());
            test::settle();
            return;
        }
    FAIL("the appointment is not in this list");
}

QString translated(const char *context, const char *text)
{
    return QCoreApplication::translate(context, text);
}

} // namespace

TEST_CASE("An appointment booked through the dialog appears in the day view", "[ui][clinic]")
{
    Clinic c;
    ClinicPage *page = c.page;
    CHECK(page->counsellor() == c.sara.userId); // a counsellor starts with her own appointments
    CHECK(page->model()->rowCount() == 0);

    BookAppointmentDialog *d = openBooking(page);
    chooseFamily(d, c.families[0].fileNumber);
    CHECK(d->findChild<QLabel *>(QStringLiteral("family"))->text().contains(c.families[0].fileNumber));
    CHECK(d->counsellorCombo()->currentData().toByteArray() == c.sara.userId);
    d->setStart(QDateTime(QDate::currentDate(), QTime(10, 0)));
    d->durationBox()->setValue(45);
    REQUIRE(d->checkType(QStringLiteral("economic")));
    REQUIRE(d->checkType(QStringLiteral("vocational")));
    test::type(d, "note", QStringLiteral("يحضر كشف الحساب البنكي"));
    test::screenshot(d, QStringLiteral("clinic-book-appointment"));

    QPointer<BookAppointmentDialog> open = d;
    test::clickSubmit(d);
    INFO((open ? open->banner()->text().toStdString() : std::string()));
    REQUIRE((!open || !open->isVisible()));

    REQUIRE(page->model()->rowCount() == 1);
    const clinic::Appointment booked = *page->model()->appointmentAt(0);
    const clinic::Appointment *a = &booked;
    CHECK(a->memberName == c.families[0].headName);
    CHECK(a->startsAt == QDateTime(QDate::currentDate(), QTime(10, 0)));
    CHECK(a->durationMin == 45);
    CHECK(a->types == QStringList{QStringLiteral("economic"), QStringLiteral("vocational")});
    CHECK(page->actions()->appointmentId() == a->id); // selected, ready for the next step
    CHECK(c.cell(a->id, AppointmentModel::Status) == translated("ClinicVocabulary", "Booked"));
    CHECK(c.cell(a->id, AppointmentModel::Queue) == translated("ClinicText", "Expected"));
    CHECK(c.cell(a->id, AppointmentModel::FileNumber).contains(c.families[0].fileNumber));

    // A full day for the screenshot, with Huda's appointments in the whole-centre view.
    c.book(c.sara, 1, QTime(9, 0));
    c.book(c.sara, 2, QTime(11, 0), 60);
    c.book(c.huda, 3, QTime(10, 30));
    c.book(c.huda, 4, QTime(12, 0));
    page->setCounsellor({});
    CHECK(page->model()->rowCount() == 5);
    CHECK(page->model()->appointmentAt(0)->startsAt.time() == QTime(9, 0)); // in the order of the day
    REQUIRE(page->selectInDayView(a->id));
    c.app.controller->mainWindow()->resize(1280, 760);
    test::screenshot(page, QStringLiteral("clinic-day-view"));

    // Found in the day by its file number.
    test::typeText(page->filterBox(), c.families[2].fileNumber);
    CHECK(page->dayView()->model()->rowCount() == 1);
    page->filterBox()->clear();
    CHECK(page->dayView()->model()->rowCount() == 5);
}

TEST_CASE("Booking a counsellor at an overlapping time warns, and Book anyway books it", "[ui][clinic]")
{
    Clinic c;
    ClinicPage *page = c.page;
    const QByteArray first = c.book(c.sara, 0, QTime(11, 0), 60);
    page->refresh();

    BookAppointmentDialog *d = openBooking(page);
    chooseFamily(d, c.families[1].fileNumber);
    d->setStart(QDateTime(QDate::currentDate(), QTime(11, 30)));
    const QString member = d->memberCombo()->currentText();
    test::clickSubmit(d);
    REQUIRE(d->isVisible()); // nothing typed is lost
    CHECK(d->banner()->kind() == MessageBanner::Kind::Warning);
    CHECK(d->banner()->text().contains(c.sara.fullName));
    CHECK(d->banner()->text().contains(c.families[0].headName));
    REQUIRE(d->bookAnywayButton()->isVisible());
    CHECK(d->memberCombo()->currentText() == member);
    CHECK(d->timeEdit()->time() == QTime(11, 30));
    CHECK(page->model()->rowCount() == 1);
    test::screenshot(d, QStringLiteral("clinic-double-booking"));

    // Another time withdraws the offer; back to the clash, book anyway.
    d->timeEdit()->setTime(QTime(13, 0));
    CHECK_FALSE(d->bookAnywayButton()->isVisible());
    d->timeEdit()->setTime(QTime(11, 30));
    test::clickSubmit(d);
    REQUIRE(d->bookAnywayButton()->isVisible());
    QPointer<BookAppointmentDialog> open = d;
    QTest::mouseClick(d->bookAnywayButton(), Qt::LeftButton);
    test::settle();
    CHECK((!open || !open->isVisible()));
    REQUIRE(page->model()->rowCount() == 2);
    CHECK(page->model()->rowOf(first) == 0);
    CHECK(page->model()->appointmentAt(1)->startsAt.time() == QTime(11, 30));
}

TEST_CASE("Booking proposes a slot in working hours, replaces typed hours and offers Book anyway only on a clash",
          "[ui][clinic][entry]")
{
    Clinic c;
    ClinicPage *page = c.page;
    BookAppointmentDialog *d = openBooking(page);
    const QDateTime proposed(d->dateField()->date(), d->timeEdit()->time());
    CHECK(proposed > QDateTime::currentDateTime()); // never the clock time itself
    CHECK(clinic::AppointmentService::withinWorkingHours(proposed, d->durationBox()->value()));
    CHECK(proposed.time().minute() % 30 == 0);
    CHECK_FALSE(d->hoursWarning()->isVisibleTo(d));
    // Nothing clashes: no "Book anyway", though the button box laid its buttons out.
    CHECK_FALSE(d->bookAnywayButton()->isVisibleTo(d));

    // A typed hour replaces the one shown, in any digits.
    d->timeEdit()->setTime(QTime(6, 0));
    CHECK(d->hoursWarning()->isVisibleTo(d)); // warned, not refused
    d->timeEdit()->setFocus();
    auto *line = d->timeEdit()->findChild<QLineEdit *>();
    REQUIRE(line);
    line->deselect();
    line->setCursorPosition(2); // after "06"
    test::typeText(d->timeEdit(), QStringLiteral("١٠"));
    CHECK(d->timeEdit()->time() == QTime(10, 0));
    CHECK_FALSE(d->hoursWarning()->isVisibleTo(d));
    test::screenshot(d, QStringLiteral("clinic-book-default-slot"));
}

TEST_CASE("Marking arrived and calling in move an appointment through today's queue", "[ui][clinic]")
{
    Clinic c;
    ClinicPage *page = c.page;
    const QByteArray id = c.book(c.sara, 0, QTime(9, 30));
    const QByteArray other = c.book(c.sara, 1, QTime(10, 0));
    page->refresh();
    page->tabs()->setCurrentWidget(page->queueTab());
    test::settle();
    QueueView *queue = page->queueView();
    CHECK(queue->ids(QueueView::Expected) == QList<QByteArray>{id, other});
    CHECK(queue->ids(QueueView::Arrived).isEmpty());

    clickItem(queue->list(QueueView::Expected), id);
    REQUIRE(page->queueActions()->appointmentId() == id);
    CHECK(page->queueActions()->button("callIn")->isEnabled());
    c.click("markArrived", page->queueActions());
    CHECK(queue->ids(QueueView::Expected) == QList<QByteArray>{other});
    CHECK(queue->ids(QueueView::Arrived) == QList<QByteArray>{id});
    CHECK(c.appointment(id).arrivedAt.isValid());
    CHECK_FALSE(page->queueActions()->button("markArrived")->isEnabled());
    CHECK_FALSE(page->queueActions()->button("noShow")->isEnabled()); // she is here
    CHECK(c.cell(id, AppointmentModel::Queue) == translated("ClinicText", "Arrived"));

    c.click("callIn", page->queueActions());
    CHECK(queue->ids(QueueView::Arrived).isEmpty());
    CHECK(queue->ids(QueueView::BeingSeen) == QList<QByteArray>{id});
    CHECK(c.appointment(id).startedAt.isValid());
    CHECK(c.appointment(id).status == QStringLiteral("booked")); // until the session is recorded
    CHECK(c.cell(id, AppointmentModel::Queue) == translated("ClinicText", "Being seen"));
    CHECK(page->banner()->kind() == MessageBanner::Kind::Success);
    test::screenshot(page, QStringLiteral("clinic-queue"));

    // Recording the session opens the session dialog, not modal, for this member.
    QDialog *session = page->queueActions()->recordSession();
    REQUIRE(session);
    test::settle();
    CHECK(session->isVisible());
    CHECK_FALSE(session->isModal());
    session->close();
    test::settle();
}

TEST_CASE("A member who did not come twice shows two missed appointments", "[ui][clinic]")
{
    Clinic c;
    ClinicPage *page = c.page;
    const QByteArray early = c.book(c.sara, 5, QTime(8, 0));
    const QByteArray late = c.book(c.sara, 5, QTime(8, 30));
    const QByteArray someoneElse = c.book(c.sara, 6, QTime(9, 0));
    const QByteArray nextWeek = c.book(c.sara, 5, QTime(9, 0), 30, QDate::currentDate().addDays(7));
    page->refresh();
    const ui::Display display(c.app.settings);

    REQUIRE(page->selectInDayView(early));
    c.click("noShow");
    CHECK(c.appointment(early).status == QStringLiteral("no_show"));
    CHECK(c.cell(late, AppointmentModel::Missed) == ClinicText::missed(display, 1));
    REQUIRE(page->selectInDayView(late));
    c.click("noShow");
    CHECK(c.cell(late, AppointmentModel::Status) == translated("ClinicVocabulary", "Did not come"));
    const QString twice = ClinicText::missed(display, 2);
    CHECK(twice.contains(QStringLiteral("موعدان"))); // the Arabic dual, not "2 missed"
    CHECK(ClinicText::missed(display, 3).contains(QStringLiteral("٣"))); // in the user's digits
    CHECK(c.cell(late, AppointmentModel::Missed) == twice);
    CHECK(page->actions()->details()->text().contains(twice));
    // Who marked it, as the logged-in counsellor did.
    CHECK(page->actions()->details()->text().contains(c.sara.fullName));
    CHECK(clinic::AppointmentService(*c.db).history(late).value().last().by == c.sara.userId);
    CHECK(c.cell(someoneElse, AppointmentModel::Missed).isEmpty());
    CHECK_FALSE(page->actions()->button("noShow")->isEnabled()); // once is enough
    page->tabs()->setCurrentWidget(page->appointmentsTab());
    test::screenshot(page, QStringLiteral("clinic-missed"));

    // Visible when the next appointment comes up too.
    page->setDate(QDate::currentDate().addDays(7));
    REQUIRE(page->model()->rowOf(nextWeek) >= 0);
    CHECK(c.cell(nextWeek, AppointmentModel::Missed) == twice);
}

TEST_CASE("Cancelling asks for a reason and rescheduling warns of a clash", "[ui][clinic]")
{
    Clinic c;
    ClinicPage *page = c.page;
    const QByteArray first = c.book(c.sara, 0, QTime(9, 0));
    const QByteArray second = c.book(c.sara, 1, QTime(10, 0));
    page->refresh();

    REQUIRE(page->selectInDayView(first));
    QDialog *cancel = page->actions()->cancelAppointment();
    REQUIRE(cancel);
    test::settle();
    test::clickSubmit(cancel);
    CHECK(cancel->isVisible()); // a reason is required
    test::type(cancel, "reason", QStringLiteral("اعتذرت بسبب مرض ابنها"));
    test::clickSubmit(cancel);
    test::settle();
    CHECK(c.appointment(first).status == QStringLiteral("cancelled"));
    CHECK(c.cell(first, AppointmentModel::Status) == translated("ClinicVocabulary", "Cancelled"));

    REQUIRE(page->selectInDayView(second));
    RescheduleDialog *move = page->actions()->reschedule();
    REQUIRE(move);
    test::settle();
    const QByteArray blocker = c.book(c.sara, 2, QTime(14, 0), 60);
    move->timeEdit()->setTime(QTime(14, 15));
    test::type(move, "reason", QStringLiteral("طلب المستفيد"));
    test::clickSubmit(move);
    REQUIRE(move->isVisible());
    CHECK(move->banner()->kind() == MessageBanner::Kind::Warning);
    CHECK(c.appointment(second).status == QStringLiteral("booked")); // nothing changed yet
    QPointer<RescheduleDialog> open = move;
    QTest::mouseClick(move->bookAnywayButton(), Qt::LeftButton);
    test::settle();
    CHECK((!open || !open->isVisible()));
    const clinic::Appointment old = c.appointment(second);
    CHECK(old.status == QStringLiteral("rescheduled"));
    REQUIRE_FALSE(old.rescheduledTo.isEmpty());
    CHECK(c.appointment(old.rescheduledTo).startsAt.time() == QTime(14, 15));
    CHECK(page->actions()->appointmentId() == old.rescheduledTo);
    CHECK(page->model()->rowOf(blocker) >= 0);
}

TEST_CASE("The week shows each day's appointments and a day opens from it", "[ui][clinic]")
{
    Clinic c;
    ClinicPage *page = c.page;
    const QDate today = QDate::currentDate();
    const QDate first = WeekView::weekStart(today);
    QList<QByteArray> ids;
    for (int day = 0; day < 7; day += 2)
        ids << c.book(c.sara, day, QTime(9 + day, 0), 30, first.addDays(day));
    ids << c.book(c.sara, 8, QTime(13, 0), 30, first.addDays(2));
    c.book(c.sara, 9, QTime(9, 0), 30, first.addDays(7)); // next week: not shown
    page->tabs()->setCurrentWidget(page->appointmentsTab());
    page->setWeekMode(true);
    test::settle();
    WeekView *week = page->weekView();
    REQUIRE(week->isVisible());
    CHECK(week->firstDay() == first);
    CHECK(week->dayList(0)->count() == 1);
    CHECK(week->dayList(1)->count() == 0);
    CHECK(week->dayList(2)->count() == 2);
    CHECK(week->dayList(6)->count() == 1);
    CHECK(week->dayList(2)->item(0)->text().contains(c.families[2].headName));
    // Reading order: the first day of the week is on the right in Arabic.
    CHECK(week->dayList(0)->mapTo(week, QPoint(0, 0)).x() > week->dayList(6)->mapTo(week, QPoint(0, 0)).x());
    test::screenshot(page, QStringLiteral("clinic-week-view"));

    // Export… in week mode writes the whole week, each time with its day.
    const QString exported = c.app.dir.filePath(QStringLiteral("week.csv"));
    REQUIRE(page->exportTo(exported).ok());
    QFile weekFile(exported);
    REQUIRE(weekFile.open(QIODevice::ReadOnly));
    auto weekRows = registry::Csv::parse(weekFile.readAll());
    REQUIRE(weekRows.ok());
    CHECK(weekRows.value().size() == 1 + 5); // the header and this week's five appointments
    CHECK(weekRows.value()[1].fields.join(QLatin1Char('|')).contains(c.families[0].headName));
    CHECK(weekRows.value()[1].fields[0].contains(QString::number(first.day())));

    clickItem(week->dayList(2), ids[1]);
    CHECK(page->actions()->appointmentId() == ids[1]);
    CHECK(page->actions()->details()->text().contains(c.families[2].headName));

    QTest::mouseClick(week->dayButton(4), Qt::LeftButton);
    test::settle();
    CHECK_FALSE(page->isWeekMode());
    CHECK(page->date() == first.addDays(4));
    CHECK(page->model()->rowCount() == 1);
    page->previous();
    CHECK(page->date() == first.addDays(3));
    page->goToday();
    CHECK(page->date() == today);
}

TEST_CASE("The counsellor's day lists her appointments, due actions and members to follow up", "[ui][clinic]")
{
    Clinic c;
    ClinicPage *page = c.page;
    REQUIRE(page->home());
    CHECK(page->tabs()->currentWidget() == page->home()); // her home comes first

    c.book(c.sara, 0, QTime(9, 0));
    c.book(c.sara, 1, QTime(10, 0));
    c.book(c.huda, 2, QTime(10, 0)); // not hers

    // A session 40 days ago agreed two actions: one overdue, one due today.
    clinic::SessionData s;
    s.memberId = c.head(3);
    s.counsellorId = c.sara.userId;
    s.heldAt = QDateTime(QDate::currentDate().addDays(-40), QTime(10, 0));
    s.types = {QStringLiteral("economic")};
    s.mode = QStringLiteral("centre");
    s.needs = QStringLiteral("دخل غير منتظم");
    const QList<clinic::NewAction> agreed = {
        {QStringLiteral("التسجيل في برنامج الأسر المنتجة"), QStringLiteral("beneficiary"), QDate::currentDate().addDays(-5)},
        {QStringLiteral("الاتصال ببنك التنمية الاجتماعية"), QStringLiteral("counsellor"), QDate::currentDate()},
        {QStringLiteral("متابعة الدورة التدريبية"), QStringLiteral("beneficiary"), QDate::currentDate().addDays(9)}};
    auto recorded = clinic::SessionService(*c.db).record(c.sara, s, agreed);
    INFO((recorded ? std::string() : recorded.error().message.toStdString()));
    REQUIRE(recorded.ok());
    page->refresh();

    CounsellorHome *home = page->home();
    CHECK_FALSE(home->errorLabel()->isVisible());
    CHECK(home->todayList()->topLevelItemCount() == 2);
    REQUIRE(home->actionList()->topLevelItemCount() == 2); // not the one due in nine days
    QTreeWidgetItem *overdue = home->actionList()->topLevelItem(0);
    CHECK(overdue->text(2) == agreed[0].description);
    CHECK(overdue->font(0).bold());
    CHECK_FALSE(home->actionList()->topLevelItem(1)->font(0).bold());
    REQUIRE(home->followUpList()->topLevelItemCount() == 1);
    CHECK(home->followUpList()->topLevelItem(0)->data(0, Qt::UserRole).toByteArray() == c.head(3));
    CHECK(c.families[3].headName.startsWith(home->followUpList()->topLevelItem(0)->text(0).section(QLatin1Char(' '), 0, 0)));
    c.app.controller->mainWindow()->resize(1280, 760);
    test::screenshot(page, QStringLiteral("clinic-home"));

    // A follow-up is booked from there, for that member.
    home->followUpList()->setCurrentItem(home->followUpList()->topLevelItem(0));
    QPushButton *book = home->findChild<QPushButton *>(QStringLiteral("bookFollowUp"));
    REQUIRE(book->isEnabled());
    QTest::mouseClick(book, Qt::LeftButton);
    test::settle();
    BookAppointmentDialog *d = nullptr;
    for (auto *dialog : page->findChildren<BookAppointmentDialog *>())
        if (dialog->isVisible())
            d = dialog;
    REQUIRE(d);
    CHECK(d->memberCombo()->currentData().toByteArray() == c.head(3));
    d->close();

    // Double-clicking today's appointment opens it among the appointments.
    QTreeWidgetItem *first = home->todayList()->topLevelItem(0);
    const QByteArray firstId = first->data(0, Qt::UserRole).toByteArray();
    emit home->todayList()->itemActivated(first, 0); // the list is rebuilt: `first` is gone
    test::settle();
    CHECK(page->tabs()->currentWidget() == page->appointmentsTab());
    CHECK(page->actions()->appointmentId() == firstId);
}

TEST_CASE("The day list is written as a PDF", "[ui][clinic]")
{
    Clinic c;
    ClinicPage *page = c.page;
    c.book(c.sara, 0, QTime(9, 0));
    const QByteArray cancelled = c.book(c.sara, 1, QTime(10, 0));
    REQUIRE(clinic::AppointmentService(*c.db).setStatus(c.sara, cancelled, QStringLiteral("cancelled"),
                                                        QStringLiteral("سافر")).ok());
    page->refresh();

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("day.pdf"));
    const Status written = page->writeDayList(path);
    INFO((written ? std::string() : written.error().message.toStdString()));
    REQUIRE(written.ok());
    const QByteArray pdf = test::fileBytes(path);
    CHECK(pdf.startsWith("%PDF"));
    CHECK(pdf.size() > 2000);

    DayList list;
    list.centre.centreName = QStringLiteral("مركز الرياض للتمكين");
    list.date = QDate::currentDate();
    list.counsellorName = c.sara.fullName;
    auto day = clinic::AppointmentService(*c.db).day(list.date, c.sara.userId);
    REQUIRE(day.ok());
    list.appointments = day.value();
    const QString html = DayListPrinter::html(c.app.settings, list);
    CHECK(html.contains(QStringLiteral("dir=\"rtl\"")));
    CHECK(html.contains(list.centre.centreName));
    CHECK(html.contains(c.sara.fullName));
    CHECK(html.contains(c.families[0].headName));
    CHECK_FALSE(html.contains(c.families[1].headName)); // cancelled: not expected

    // What the page looks like, for a person to check the right-to-left table.
    auto doc = DayListPrinter::document(c.app.settings, list);
    QImage preview(794, 1123, QImage::Format_RGB32);
    preview.fill(Qt::white);
    {
        QPainter painter(&preview);
        painter.translate(57, 57);
        doc->setTextWidth(794 - 2 * 57);
        doc->drawContents(&painter);
    }
    CHECK(preview.save(QDir(QStringLiteral(TAMKEEN_SCREENSHOT_DIR)).filePath(QStringLiteral("clinic-day-list.png"))));
    if (DayListPrinter::fontFamilies().value(0).startsWith(QStringLiteral("Noto")))
        CHECK(pdf.contains("Noto")); // the Arabic family is embedded

    const Status refused = page->writeDayList(dir.filePath(QStringLiteral("no-such-folder/day.pdf")));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Io);
}

TEST_CASE("The clinic opens a family's file in the Households section", "[ui][clinic]")
{
    Clinic c;
    ClinicPage *page = c.page;
    const QByteArray id = c.book(c.sara, 0, QTime(9, 0));
    page->refresh();
    REQUIRE(page->selectInDayView(id));
    c.click("openFile");
    MainWindow *main = c.app.controller->mainWindow();
    CHECK(main->page(Section::Households)->isVisible());
    HouseholdFile *file = nullptr;
    for (HouseholdFile *f : main->findChildren<HouseholdFile *>())
        if (f->isVisible())
            file = f;
    REQUIRE(file);
    CHECK(file->windowTitle().contains(c.families[0].fileNumber));
    file->close();
}

TEST_CASE("Ctrl+N on the clinic page opens the booking and Ctrl+F finds in the day", "[ui][clinic]")
{
    Clinic c;
    ClinicPage *page = c.page;
    MainWindow *main = c.app.controller->mainWindow();
    QApplication::setActiveWindow(main);
    page->tabs()->setCurrentWidget(page->appointmentsTab());
    test::settle();
    QTest::keyClick(page->dayView(), Qt::Key_N, Qt::ControlModifier);
    test::settle();
    BookAppointmentDialog *d = page->findChild<BookAppointmentDialog *>();
    REQUIRE(d);
    CHECK(d->isVisible());
    QTest::keyClick(d, Qt::Key_Escape); // Esc closes it, nothing booked
    test::settle();
    CHECK_FALSE(d->isVisible());
    CHECK(page->model()->rowCount() == 0);

    QApplication::setActiveWindow(main);
    QTest::keyClick(page->dayView(), Qt::Key_F, Qt::ControlModifier);
    test::settle();
    CHECK(main->focusWidget() == page->filterBox());
}
