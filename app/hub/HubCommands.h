#pragma once
// The tamkeen-hub commands (docs/hub.md). Each takes the arguments after its name.
#include <QStringList>

namespace tamkeen::hubcli {

int runInit(const QStringList &args);
int runImport(const QStringList &args);
int runExport(const QStringList &args);
int runPublish(const QStringList &args);
int runDump(const QStringList &args);
int runReport(const QStringList &args);
int runDashboard(const QStringList &args);
int runCheck(const QStringList &args);

} // namespace tamkeen::hubcli
