// The household registry as a field worker uses it: register a family through the
// dialogs, find it by another spelling, change an income, archive it, be warned
// of duplicates, import a file.
#include "registry/Forms.h"
#include "registry/HouseholdFile.h"
#include "registry/HouseholdModels.h"
#include "registry/HouseholdsPage.h"
#include "registry/Identity.h"
#include "registry/ImportDialog.h"
#include "registry/MemberDialogs.h"
#include "shell/MainWindow.h"
#include "support/Gui.h"
#include "support/Shell.h"
#include "support/catch.h"
#include "text/Digits.h"
#include "widgets/MessageBanner.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QApplication>
#include <QMessageBox>
#include <QPointer>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace tamkeen;
using namespace tamkeen::ui;
using test::clickSubmit;
using test::type;

namespace {

HouseholdsPage *householdsPage(test::App &app)
{
    MainWindow *main = app.controller->mainWindow();
    main->showSection(MainWindow::Section::Households);
    auto *page = qobject_cast<HouseholdsPage *>(main->page(MainWindow::Section::Households));
    REQUIRE(page);
    return page;
}

void choose(QWidget *form, const char *combo, const QString &key)
{
    auto *c = form->findChild<QComboBox *>(QString::fromLatin1(combo));
    REQUIRE(c);
    const int i = c->findData(key);
    REQUIRE(i >= 0);
    c->setCurrentIndex(i);
}

void fillPerson(QWidget *form, const QString &given, const QString &father, const QString &family, const QString &sex,
                const QDate &birth)
{
    type(form, "givenName", given);
    type(form, "fatherName", father);
    type(form, "familyName", family);
    choose(form, "sex", sex);
    choose(form, "idType", QString()); // "No document", chosen
    form->findChild<QDateEdit *>(QStringLiteral("birthDate"))->setDate(birth);
}

// Registers a household whose head is given; returns the dialog (still open when refused).
NewHouseholdDialog *registerHousehold(HouseholdsPage *page, const QString &given, const QString &family,
                                      const QString &id = {})
{
    auto *d = qobject_cast<NewHouseholdDialog *>(page->newHousehold());
    REQUIRE(d);
    test::settle();
    d->householdForm()->findChild<QComboBox *>(QStringLiteral("region"))->setCurrentText(QStringLiteral("منطقة الرياض"));
    type(d->householdForm(), "city", QStringLiteral("الخرج"));
    fillPerson(d->headForm(), given, QStringLiteral("إبراهيم"), family, QStringLiteral("male"), QDate(1980, 3, 3));
    if (!id.isEmpty()) {
        choose(d->headForm(), "idType", QStringLiteral("sa_national"));
        type(d->headForm(), "idNumber", text::toDigitStyle(id, text::DigitStyle::ArabicIndic));
    }
    return d;
}

HouseholdFile *openFile(HouseholdsPage *page)
{
    test::settle();
    HouseholdFile *file = nullptr;
    for (HouseholdFile *f : page->findChildren<HouseholdFile *>())
        if (f->isVisible())
            file = f;
    REQUIRE(file);
    return file;
}

const QString kHeadId = QStringLiteral("118844221") + QString::number(registry::Identity::luhnCheckDigit(QStringLiteral("118844221")));

QString eligibleText(bool eligible)
{
    return QCoreApplication::translate("tamkeen::ui::HouseholdFile", eligible ? "Eligible" : "Not eligible");
}

} // namespace

TEST_CASE("A household with three members is registered, found, re-assessed and archived", "[ui][households]")
{
    test::App app;
    test::setUp(app);
    HouseholdsPage *page = householdsPage(app);

    NewHouseholdDialog *dialog = registerHousehold(page, QStringLiteral("أحمد"), QStringLiteral("الشمري"), kHeadId);
    test::screenshot(dialog, QStringLiteral("20-new-household"));
    clickSubmit(dialog);
    HouseholdFile *file = openFile(page);
    CHECK(page->listModel()->total() == 1);

    const QList<QPair<QString, QString>> family = {{QStringLiteral("منيرة"), QStringLiteral("spouse")},
                                                   {QStringLiteral("عبد الله"), QStringLiteral("son")}};
    for (const auto &[name, relation] : family) {
        auto *member = qobject_cast<MemberDialog *>(file->addMember());
        REQUIRE(member);
        test::settle();
        fillPerson(member->form(), name, relation == QStringLiteral("son") ? QStringLiteral("أحمد") : QStringLiteral("سعد"),
                   QStringLiteral("الشمري"), relation == QStringLiteral("son") ? QStringLiteral("male") : QStringLiteral("female"),
                   relation == QStringLiteral("son") ? QDate(2010, 6, 1) : QDate(1984, 2, 2));
        choose(member->form(), "relation", relation);
        if (relation == QStringLiteral("son"))
            test::screenshot(member, QStringLiteral("22-member-dialog"));
        QPointer<MemberDialog> open = member;
        clickSubmit(member);
        INFO((open ? open->banner()->text().toStdString() : std::string()));
        CHECK((!open || !open->isVisible())); // accepted and closed
    }
    CHECK(file->membersTable()->rowCount() == 3);
    test::screenshot(file, QStringLiteral("21-household-file"));

    // Found by other spellings and by the ID typed in Arabic-Indic digits.
    for (const QString &q : {QStringLiteral("احمد الشمرى"), QStringLiteral("عبدالله"), text::toDigitStyle(kHeadId, text::DigitStyle::ArabicIndic)}) {
        page->searchBox()->setText(q);
        page->runSearch();
        REQUIRE(page->resultsModel()->rowCount() >= 1);
        CHECK(page->resultsModel()->householdAt(0) == file->householdId());
    }
    test::screenshot(page, QStringLiteral("23-search"));
    page->searchBox()->clear();
    page->runSearch();

    // An income above the threshold changes the verdict.
    file->tabs()->setCurrentIndex(1);
    CHECK(file->eligibilityLabel()->text() == eligibleText(true));
    QDialog *income = file->recordIncome();
    test::settle();
    income->findChild<QDoubleSpinBox *>(QStringLiteral("amount"))->setValue(15000);
    clickSubmit(income); // the source is not assumed
    CHECK(income->isVisible());
    CHECK(QApplication::focusWidget() == income->findChild<QComboBox *>(QStringLiteral("source")));
    choose(income, "source", QStringLiteral("salary"));
    clickSubmit(income);
    CHECK(file->eligibilityLabel()->text() == eligibleText(false));
    test::screenshot(file, QStringLiteral("21-household-file-incomes"));

    // Archived: kept, but no longer listed or found.
    QDialog *archive = file->archiveHousehold();
    test::settle();
    clickSubmit(archive);
    CHECK(archive->isVisible()); // a reason is required
    type(archive, "reason", QStringLiteral("سُجّلت مرتين"));
    clickSubmit(archive);
    test::settle();
    CHECK(page->listModel()->total() == 0);
    page->searchBox()->setText(QStringLiteral("احمد"));
    page->runSearch();
    CHECK(page->resultsModel()->rowCount() == 0);
}

TEST_CASE("A new head's facts start empty - Escape asks before discarding - a head born today is confirmed",
          "[ui][households][entry]")
{
    test::App app;
    test::setUp(app);
    HouseholdsPage *page = householdsPage(app);
    auto *d = qobject_cast<NewHouseholdDialog *>(page->newHousehold());
    REQUIRE(d);
    test::settle();
    QPointer<NewHouseholdDialog> open = d;
    CHECK(d->headForm()->findChild<QComboBox *>(QStringLiteral("sex"))->currentData().toString().isEmpty());
    CHECK(d->headForm()->findChild<QComboBox *>(QStringLiteral("idType"))->currentIndex() == -1);
    CHECK_FALSE(d->headForm()->data().birthDate.isValid());
    d->resize(900, 1200); // the head's part in view
    test::settle();
    test::screenshot(d, QStringLiteral("entry-new-head-empty"));

    type(d->headForm(), "givenName", QStringLiteral("زياد"));
    QTest::keyClick(d, Qt::Key_Escape);
    test::settle();
    REQUIRE(open);
    REQUIRE(d->discardQuestion());
    QTest::mouseClick(d->discardQuestion()->findChild<QPushButton *>(QStringLiteral("keepEditing")), Qt::LeftButton);
    test::settle();
    REQUIRE(open);
    CHECK(d->isVisible());
    CHECK(d->headForm()->data().givenName == QStringLiteral("زياد"));

    // Enter in a name does not register; an unchosen birth date is refused by name.
    d->householdForm()->findChild<QComboBox *>(QStringLiteral("region"))->setCurrentText(QStringLiteral("منطقة الرياض"));
    fillPerson(d->headForm(), QStringLiteral("زياد"), QStringLiteral("إبراهيم"), QStringLiteral("العتيبي"),
               QStringLiteral("male"), QDate::currentDate());
    d->headForm()->findChild<QLineEdit *>(QStringLiteral("familyName"))->setFocus();
    QTest::keyClick(d->headForm()->findChild<QLineEdit *>(QStringLiteral("familyName")), Qt::Key_Return);
    test::settle();
    REQUIRE(open);
    CHECK(page->listModel()->total() == 0);

    // Born today: the question names the birth date; "Correct it" registers nothing.
    clickSubmit(d);
    test::settle();
    auto *confirm = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
    REQUIRE(confirm);
    CHECK(confirm->objectName() == QStringLiteral("confirmQuestion"));
    test::screenshot(confirm, QStringLiteral("entry-young-head-question"));
    confirm->reject();
    test::settle();
    REQUIRE(open);
    CHECK(page->listModel()->total() == 0);
    test::screenshot(d, QStringLiteral("entry-new-household-refused"));

    // Discarding closes without registering.
    QTest::keyClick(d, Qt::Key_Escape);
    test::settle();
    REQUIRE(d->discardQuestion());
    QTest::mouseClick(d->discardQuestion()->findChild<QPushButton *>(QStringLiteral("discard")), Qt::LeftButton);
    test::settle();
    CHECK((!open || !open->isVisible()));
    CHECK(page->listModel()->total() == 0);
}

TEST_CASE("A household file opened twice is one window, brought forward", "[ui][households][entry]")
{
    test::App app;
    test::setUp(app);
    HouseholdsPage *page = householdsPage(app);
    clickSubmit(registerHousehold(page, QStringLiteral("سالم"), QStringLiteral("الغامدي")));
    HouseholdFile *first = openFile(page);
    HouseholdFile *again = page->openRow(0);
    test::settle();
    CHECK(again == first);
    int visible = 0;
    for (HouseholdFile *f : page->findChildren<HouseholdFile *>())
        visible += f->isVisible() ? 1 : 0;
    CHECK(visible == 1);
}

TEST_CASE("A second registration of the same person is caught", "[ui][households][duplicates]")
{
    test::App app;
    test::setUp(app);
    HouseholdsPage *page = householdsPage(app);
    clickSubmit(registerHousehold(page, QStringLiteral("خالد"), QStringLiteral("العنزي"), kHeadId));
    for (HouseholdFile *f : page->findChildren<HouseholdFile *>())
        f->close();

    SECTION("the same ID: refused, and the existing household opens")
    {
        NewHouseholdDialog *again = registerHousehold(page, QStringLiteral("سلمان"), QStringLiteral("الحربي"), kHeadId);
        clickSubmit(again);
        CHECK(again->isVisible());
        CHECK(again->banner()->kind() == MessageBanner::Kind::Error);
        CHECK(openFile(page)->windowTitle().contains(QStringLiteral("RUH-01-000001")));
        CHECK(page->listModel()->total() == 1);
    }
    SECTION("a similar name: warned, and registered after confirming")
    {
        NewHouseholdDialog *again = registerHousehold(page, QStringLiteral("خالد"), QStringLiteral("العنزى"));
        clickSubmit(again);
        REQUIRE(again->duplicateDialog());
        CHECK(again->duplicateDialog()->isVisible());
        test::screenshot(again->duplicateDialog(), QStringLiteral("24-possible-duplicate"));
        QTest::mouseClick(again->duplicateDialog()->findChild<QPushButton *>(QStringLiteral("continue")), Qt::LeftButton);
        test::settle();
        CHECK(page->listModel()->total() == 2);
    }
}

TEST_CASE("Importing a CSV file: problems first, then all rows", "[ui][households][import]")
{
    test::App app;
    test::setUp(app);
    HouseholdsPage *page = householdsPage(app);
    auto *dialog = qobject_cast<ImportDialog *>(page->importFile());
    REQUIRE(dialog);
    const QString bad = app.dir.filePath(QStringLiteral("bad.csv"));
    const QString good = app.dir.filePath(QStringLiteral("good.csv"));
    const QByteArray header = "household_key,region,given_name,father_name,family_name,relation,sex,birth_date\n";
    for (const auto &[path, body] :
         {std::pair{bad, header + "1,منطقة الرياض,هند,علي,القرني,head,female,1990-01-01\n2,منطقة الرياض,,علي,القرني,head,male,1990-01-01\n"
                                  "3,منطقة الرياض,سعد,علي,القرني,son,male,1990-01-01\n"},
          std::pair{good, header + "1,منطقة الرياض,هند,علي,القرني,head,female,1990-01-01\n1,منطقة الرياض,ريم,سالم,القرني,daughter,female,2012-01-01\n"
                                   "2,منطقة الجوف,سعد,ناصر,الرويلي,head,male,1970-01-01\n"}}) {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(body);
    }
    REQUIRE(dialog->loadFile(bad));
    CHECK(dialog->problems()->count() == 2);
    CHECK_FALSE(dialog->importButton()->isEnabled());
    CHECK(dialog->preview()->rowCount() == 3);
    test::screenshot(dialog, QStringLiteral("25-import-problems"));

    REQUIRE(dialog->loadFile(good));
    CHECK(dialog->problems()->count() == 0);
    REQUIRE(dialog->importButton()->isEnabled());
    dialog->startImport();
    for (int i = 0; i < 500 && dialog->isRunning(); ++i)
        test::settle();
    test::settle();
    CHECK(dialog->banner()->kind() == MessageBanner::Kind::Success);
    CHECK(page->listModel()->total() == 2);
}

TEST_CASE("The list of demonstration households loads page by page and filters", "[ui][households]")
{
    test::App app;
    test::setUp(app, true);
    HouseholdsPage *page = householdsPage(app);
    HouseholdListModel *model = page->listModel();
    CHECK(model->total() == 300);
    CHECK(model->rowCount() == 300); // every row there from the start, fetched as shown
    page->view()->scrollToBottom();
    test::settle();
    const QByteArray last = model->householdAt(299);
    CHECK_FALSE(last.isEmpty());
    CHECK(model->data(model->index(299, HouseholdListModel::FileNumber), Qt::DisplayRole).toString().size() > 0);
    CHECK(model->keptRows() <= 12 * 200); // a bounded window (registry::HouseholdListWindow)
    page->statusFilter()->setCurrentIndex(page->statusFilter()->findData(QStringLiteral("exited")));
    CHECK(model->total() > 0);
    CHECK(model->total() < 300);
    page->statusFilter()->setCurrentIndex(0);
    page->view()->sortByColumn(HouseholdListModel::Head, Qt::AscendingOrder);
    test::screenshot(page, QStringLiteral("26-households-list"));
    CHECK(model->rowCount() == 300);
}
