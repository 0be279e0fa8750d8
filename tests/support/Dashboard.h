#pragma once
// The Reports section's dashboard in GUI tests: opened, and waited for until
// no computation is under way.
#include "impact/DashboardView.h"
#include "support/Shell.h"

namespace tamkeen::test {

// Until the dashboard has drawn what it was computing (fails after 30 s).
void waitFor(ui::DashboardView *view);
// Shows the Reports section of the logged-in window and waits for its dashboard.
ui::DashboardView *openDashboard(App &app);

} // namespace tamkeen::test
