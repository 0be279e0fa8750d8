#pragma once
// What one Indicators object has read and may read again (internal to
// core/impact): the dashboard asks for the same status history (with member counts)
// and exit cohorts many times over (two periods, twelve months). Everything is
// dropped as soon as the database has changed (a write on this connection or a
// commit on another), so a figure is never computed from stale rows.
#include "impact/IncomeHistory.h"
#include "impact/ScopeOrder.h"
#include "impact/StatusHistory.h"

#include <QDate>
#include <QHash>
#include <memory>

namespace tamkeen::impact {

struct ExitEvent {
    QByteArray household;
    QDate on;
    QDate reentryOn; // invalid when none
    QString reentryReason;

    // Came back within `months` of the exit, as known on `asOf`.
    bool reenteredWithin(int months, const QDate &asOf) const
    {
        return reentryOn.isValid() && reentryOn <= asOf && reentryOn <= on.addMonths(months);
    }
};

struct IndicatorCache {
    qint64 totalChanges = -1; // SELECT total_changes(): writes on this connection
    qint64 dataVersion = -1;  // PRAGMA data_version: commits by other connections
    // By scope (its SQL and values); null when the history cannot be read
    // without SQL (a date not in ISO form).
    QHash<QString, std::shared_ptr<const StatusHistory>> histories;
    QHash<QString, QList<ExitEvent>> exitEvents;       // by scope and period
    QHash<QString, std::shared_ptr<const ScopeOrder>> scopes; // by scope
    std::shared_ptr<const IncomeHistory> incomes;             // null until read
};

// The key of a scope: its SQL and the values bound to it.
QString scopeKey(const QString &sql, const QVariantList &values);

} // namespace tamkeen::impact
