#include "impact/WarningCounts.h"

namespace tamkeen::impact {

QList<WarningCount> countWarnings(storage::Database &db, const security::Session &by, const QDate &today,
                                  const WarningScope &scope)
{
    EarlyWarnings warnings(db);
    QList<WarningCount> counts;
    for (WarningRule rule : EarlyWarnings::rules()) {
        if (!EarlyWarnings::mayRead(by, rule))
            continue;
        WarningCount c;
        c.rule = rule;
        auto items = warnings.list(by, rule, today, scope);
        if (!items) {
            c.error = items.error().message;
        } else {
            c.families = items.value().size();
            for (const WarningItem &i : items.value())
                c.unseen += i.seen ? 0 : 1;
        }
        counts << c;
    }
    return counts;
}

} // namespace tamkeen::impact
