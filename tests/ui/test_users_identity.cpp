// The Users screen when two copies made the same user name offline (issue 13
// §2): both accounts are marked and explained, neither logs in, and an
// administrator renames one from the screen.
#include "dialogs/LoginDialog.h"
#include "dialogs/UserDialogs.h"
#include "pages/UsersModel.h"
#include "pages/UsersPage.h"
#include "registry/DuplicatesDialog.h"
#include "registry/HouseholdService.h"
#include "registry/HouseholdsPage.h"
#include "registry/SearchIndex.h"
#include "security/UserService.h"
#include "shell/AppController.h"
#include "shell/MainWindow.h"
#include "storage/Database.h"
#include "storage/SyncedWriter.h"
#include "support/Gui.h"
#include "support/Shell.h"
#include "support/catch.h"
#include "widgets/MessageBanner.h"

#include <QIcon>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>

using namespace tamkeen;
using namespace tamkeen::ui;
using Section = MainWindow::Section;

namespace {

// What a sync leaves when two laptops each added a `sara`: two rows, two ids.
QList<QByteArray> addTwoSaras(const QString &dbPath)
{
    auto db = storage::Database::open(dbPath);
    REQUIRE(db.ok());
    security::UserService users(*db.value(), security::HashCost::minimal());
    // Accounts are written (and signed) by an administrator.
    REQUIRE(users.login(QStringLiteral("noura"), QStringLiteral("kalimat-sir-1")).ok());
    QList<QByteArray> ids;
    const Status s = db.value()->transaction([&]() -> Status {
        const QList<QPair<QString, QString>> saras = {{QStringLiteral("سارة الشمري"), QStringLiteral("password-a1")},
                                                      {QStringLiteral("سارة العتيبي"), QStringLiteral("password-b1")}};
        for (const auto &[name, password] : saras) {
            auto id = users.insertUser({QStringLiteral("sara"), name, security::Role::Counsellor, password});
            if (!id)
                return id.error();
            ids << id.value();
        }
        return {};
    });
    REQUIRE(s.ok());
    return ids;
}

} // namespace

TEST_CASE("The Users screen marks a shared user name and an administrator renames one", "[ui][users][identities]")
{
    test::App app;
    test::setUp(app);
    const QList<QByteArray> saras = addTwoSaras(app.dbPath());

    // Either sara, with her own password, is told why she cannot log in.
    app.controller->logout();
    test::settle();
    test::login(app, QStringLiteral("sara"), QStringLiteral("password-b1"));
    LoginDialog *login = app.controller->loginDialog();
    REQUIRE(login->isVisible());
    CHECK(login->banner()->kind() == MessageBanner::Kind::Error);
    INFO(login->banner()->text().toStdString());
    CHECK(login->banner()->text().contains(QStringLiteral("sara")));
    CHECK(login->banner()->text() != security::UserService::tr("The user name or password is wrong."));
    test::screenshot(login, QStringLiteral("ident-login-shared-name"));

    test::login(app, QStringLiteral("noura"), QStringLiteral("kalimat-sir-1"));
    MainWindow *main = app.controller->mainWindow();
    REQUIRE(main);
    main->resize(1366, 728);
    main->showSection(Section::Users);
    auto *page = qobject_cast<UsersPage *>(main->page(Section::Users));
    REQUIRE(page);
    UsersModel *model = page->model();
    REQUIRE(model->rowCount() == 3);
    CHECK(model->sharedNames() == 2);
    CHECK(page->sharedNote()->isVisibleTo(page));
    CHECK(page->sharedNote()->kind() == MessageBanner::Kind::Warning);
    for (int row = 0; row < model->rowCount(); ++row) {
        const bool shared = saras.contains(model->userAt(row)->id);
        const QModelIndex name = model->index(row, UsersModel::UserName);
        CHECK(model->data(name, Qt::DecorationRole).value<QIcon>().isNull() == !shared);
        CHECK(model->data(model->index(row, UsersModel::FullName), Qt::ToolTipRole).toString().isEmpty() == !shared);
        CHECK((model->data(model->index(row, UsersModel::State), Qt::DisplayRole).toString()
               == UsersModel::tr("Name shared: cannot log in"))
              == shared);
    }
    REQUIRE(page->selectUserId(saras[1]));
    test::screenshot(main, QStringLiteral("ident-users-shared-name"));

    // Renaming to the shared name is refused in the dialog, which stays open.
    QDialog *rename = page->openRenameDialog();
    REQUIRE(rename);
    test::settle();
    test::type(rename, "username", QStringLiteral("sara"));
    test::clickSubmit(rename);
    CHECK(rename->isVisible());
    CHECK(static_cast<RenameUserDialog *>(rename)->banner()->kind() == MessageBanner::Kind::Error);
    rename->findChild<QLineEdit *>(QStringLiteral("username"))->clear();
    test::type(rename, "username", QStringLiteral("sara.otaibi"));
    test::screenshot(rename, QStringLiteral("ident-user-rename"));
    test::clickSubmit(rename);
    test::settle();
    CHECK(model->sharedNames() == 0);
    CHECK_FALSE(page->sharedNote()->isVisibleTo(page));
    CHECK(page->banner()->kind() == MessageBanner::Kind::Success);
    test::screenshot(main, QStringLiteral("ident-users-renamed"));

    // Both log in now, each to her own account.
    app.controller->logout();
    test::settle();
    test::login(app, QStringLiteral("sara.otaibi"), QStringLiteral("password-b1"));
    REQUIRE(app.controller->mainWindow());
    CHECK(app.controller->mainWindow()->statusText().contains(QStringLiteral("سارة العتيبي")));
    app.controller->logout();
    test::settle();
    test::login(app, QStringLiteral("sara"), QStringLiteral("password-a1"));
    REQUIRE(app.controller->mainWindow());
    CHECK(app.controller->mainWindow()->statusText().contains(QStringLiteral("سارة الشمري")));
}

TEST_CASE("The duplicates report lists households that share a file number - an administrator gives one a new number",
          "[ui][registry][identities]")
{
    test::App app;
    test::setUp(app);
    QString number;
    QByteArray second;
    {
        // What a sync leaves when two laptops took the same device number.
        auto db = storage::Database::open(app.dbPath());
        REQUIRE(db.ok());
        auto login = security::UserService(*db.value(), security::HashCost::minimal())
                         .login(QStringLiteral("noura"), QStringLiteral("kalimat-sir-1"));
        REQUIRE(login.ok());
        const security::Session admin = login.value();
        registry::HouseholdService households(*db.value());
        QList<QByteArray> ids;
        for (const auto &[given, family] : {std::pair{QStringLiteral("أحمد"), QStringLiteral("القحطاني")},
                                            std::pair{QStringLiteral("خالد"), QStringLiteral("العنزي")}}) {
            registry::HouseholdData h;
            h.region = QStringLiteral("منطقة الرياض");
            registry::MemberData m;
            m.givenName = given;
            m.fatherName = QStringLiteral("محمد");
            m.familyName = family;
            m.sex = QStringLiteral("male");
            m.relation = QStringLiteral("head");
            auto id = households.create(admin, h, m, {});
            REQUIRE(id.ok());
            ids << id.value();
        }
        number = households.household(ids[0]).value().fileNumber;
        second = ids[1];
        REQUIRE(storage::SyncedWriter(*db.value()).update(QStringLiteral("households"), second,
                                                          {{QStringLiteral("file_number"), number}}).ok());
        REQUIRE(registry::SearchIndex::reindexHousehold(*db.value(), second).ok());
    }
    MainWindow *main = app.controller->mainWindow();
    REQUIRE(main);
    main->showSection(Section::Households);
    auto *page = qobject_cast<HouseholdsPage *>(main->page(Section::Households));
    REQUIRE(page);
    auto *report = qobject_cast<DuplicatesDialog *>(page->reviewDuplicates());
    REQUIRE(report);
    test::settle();
    QTableWidget *shared = report->sharedNumbers();
    REQUIRE(shared->isVisibleTo(report));
    REQUIRE(shared->rowCount() == 2);
    CHECK(shared->item(0, 0)->text().contains(number));
    CHECK(shared->item(1, 0)->text().contains(number));
    QStringList heads{shared->item(0, 1)->text(), shared->item(1, 1)->text()};
    CHECK(heads.join(u' ').contains(QStringLiteral("خالد")));
    test::screenshot(report, QStringLiteral("ident-duplicates-file-number"));

    const int row = heads[0].contains(QStringLiteral("خالد")) ? 0 : 1;
    shared->selectRow(row);
    QDialog *renumber = report->renumberRow(row);
    REQUIRE(renumber);
    test::settle();
    test::type(renumber, "reason", QStringLiteral("لم تُطبع أوراقها بعد"));
    test::screenshot(renumber, QStringLiteral("ident-duplicates-renumber"));
    test::clickSubmit(renumber);
    test::settle();
    CHECK_FALSE(report->sharedNumbers()->isVisibleTo(report));
    CHECK(report->banner()->kind() == MessageBanner::Kind::Success);
    test::screenshot(report, QStringLiteral("ident-duplicates-renumbered"));
}
