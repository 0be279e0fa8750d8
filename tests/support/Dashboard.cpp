#include "support/Dashboard.h"

#include "impact/ReportsPage.h"
#include "shell/MainWindow.h"
#include "support/Gui.h"
#include "support/catch.h"

#include <QTest>

namespace tamkeen::test {

void waitFor(ui::DashboardView *view)
{
    settle();
    for (int i = 0; i < 1200 && view->isBusy(); ++i)
        QTest::qWait(25);
    REQUIRE_FALSE(view->isBusy());
    settle();
}

ui::DashboardView *openDashboard(App &app)
{
    ui::MainWindow *main = app.controller->mainWindow();
    REQUIRE(main);
    main->showSection(ui::MainWindow::Section::Reports);
    auto *page = qobject_cast<ui::ReportsPage *>(main->page(ui::MainWindow::Section::Reports));
    REQUIRE(page);
    ui::DashboardView *view = page->dashboard();
    REQUIRE(view);
    waitFor(view);
    return view;
}

} // namespace tamkeen::test
