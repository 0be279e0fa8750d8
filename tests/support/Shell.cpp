#include "support/Shell.h"

#include "dialogs/RecoveryKeyDialog.h"
#include "security/UserService.h"

#include "support/Gui.h"
#include "support/catch.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

namespace tamkeen::test {

void type(QWidget *dialog, const char *field, const QString &text)
{
    auto *edit = dialog->findChild<QLineEdit *>(QString::fromLatin1(field));
    REQUIRE(edit);
    edit->clear();
    typeText(edit, text);
}

void clickSubmit(QWidget *dialog)
{
    auto *button = dialog->findChild<QPushButton *>(QStringLiteral("submit"));
    REQUIRE(button);
    QTest::mouseClick(button, Qt::LeftButton);
    settle();
}

void App::start()
{
    controller = std::make_unique<ui::AppController>(settings, dbPath(), security::HashCost::minimal());
    REQUIRE(controller->start());
    settle();
}

void setUp(App &app, bool demo)
{
    app.start();
    ui::SetupDialog *setup = app.controller->setupDialog();
    REQUIRE(setup);
    REQUIRE(setup->isVisible());
    type(setup, "centreCode", QStringLiteral("ruh"));
    type(setup, "centreName", QStringLiteral("مركز الرياض للتمكين"));
    type(setup, "region", QStringLiteral("منطقة الرياض"));
    type(setup, "deviceName", QStringLiteral("حاسوب فرع الخرج"));
    type(setup, "username", QStringLiteral("noura"));
    type(setup, "fullName", QStringLiteral("نورة القحطاني"));
    type(setup, "password", QStringLiteral("kalimat-sir-1"));
    type(setup, "confirm", QStringLiteral("kalimat-sir-1"));
    if (demo)
        setup->findChild<QCheckBox *>(QStringLiteral("demo"))->setChecked(true);
    clickSubmit(setup);
    keepRecoveryKey(setup);
    REQUIRE(app.controller->mainWindow());
    REQUIRE(app.controller->mainWindow()->isVisible());
}

void keepRecoveryKey(ui::SetupDialog *setup)
{
    ui::RecoveryKeyDialog *recovery = setup->recoveryDialog();
    REQUIRE(recovery);
    REQUIRE(recovery->isVisible());
    CHECK_FALSE(recovery->continueButton()->isEnabled()); // not before saying it was kept
    recovery->keptBox()->setChecked(true);
    recovery->continueButton()->click();
    settle();
}

void login(App &app, const QString &user, const QString &password)
{
    ui::LoginDialog *dialog = app.controller->loginDialog();
    REQUIRE(dialog);
    REQUIRE(dialog->isVisible());
    type(dialog, "username", user);
    type(dialog, "password", password);
    clickSubmit(dialog);
}

DemoFile openDemo(App &app)
{
    setUp(app, true);
    auto opened = storage::Database::open(app.dbPath());
    REQUIRE(opened.ok());
    DemoFile file{std::move(opened).value(), {}};
    auto admin = security::UserService(*file.db, security::HashCost::minimal())
                     .login(QStringLiteral("noura"), QStringLiteral("kalimat-sir-1"));
    REQUIRE(admin.ok());
    file.admin = admin.value();
    return file;
}

} // namespace tamkeen::test
