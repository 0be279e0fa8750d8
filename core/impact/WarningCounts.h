#pragma once
// How many families each early-warning list holds today, and how many of them
// nobody has marked seen: what a home page shows. One call for every rule the
// reader may see, so that the GUI can run it on a worker thread with a
// connection of that thread's own.
#include "impact/EarlyWarnings.h"

namespace tamkeen::impact {

struct WarningCount {
    WarningRule rule = WarningRule::IncomeDrop;
    qsizetype families = 0;
    qsizetype unseen = 0;
    QString error; // the list could not be read: why (the others still count)
};

// The rules `by` may read (EarlyWarnings::mayRead), in EarlyWarnings::rules() order.
QList<WarningCount> countWarnings(storage::Database &db, const security::Session &by, const QDate &today,
                                  const WarningScope &scope = {});

} // namespace tamkeen::impact
