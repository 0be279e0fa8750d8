#pragma once
// Driving the whole application in GUI tests: a temporary database and settings,
// first-run setup and login through the real dialogs.
#include "format/AppSettings.h"
#include "security/Session.h"
#include "shell/AppController.h"
#include "storage/Database.h"

#include <QTemporaryDir>
#include <memory>

namespace tamkeen::test {

// Types into the QLineEdit named `field` (its objectName) inside `dialog`.
void type(QWidget *dialog, const char *field, const QString &text);
// Clicks the button named "submit" in `dialog`.
void clickSubmit(QWidget *dialog);

struct App {
    QTemporaryDir dir;
    ui::AppSettings settings{dir.filePath(QStringLiteral("settings.ini"))};
    std::unique_ptr<ui::AppController> controller;

    QString dbPath() const { return dir.filePath(QStringLiteral("tamkeen.sqlite")); }
    void start();
};

// First-run setup through the dialog, as an administrator would; `demo` ticks
// the demonstration-data box.
void setUp(App &app, bool demo = false);
// Ticks "kept" on the recovery key shown after setup, and continues.
void keepRecoveryKey(ui::SetupDialog *setup);
void login(App &app, const QString &user, const QString &password);
// setUp(app, true), then the file opened on a connection of the test's own
// (writing as another window would) and its administrator's session.
struct DemoFile {
    std::unique_ptr<storage::Database> db;
    security::Session admin;
};
DemoFile openDemo(App &app);

} // namespace tamkeen::test
