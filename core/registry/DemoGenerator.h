#pragma once
// Realistic, reproducible demonstration data: the same seed gives the same
// families. Names and places come from the lists under resources/names/.
#include "common/Result.h"
#include "security/Session.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <functional>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::registry {

struct DemoOptions {
    int households = 100;
    quint32 seed = 1;
    QString country = QStringLiteral("SA"); // SA, EG or LB: names, places, IDs, currency
};

struct DemoSummary {
    int households = 0;
    int members = 0;
    int incomes = 0;
};

class DemoGenerator {
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)
public:
    // Writes through the normal synced path (change capture on), in
    // transactions of a few hundred households, then indexes them for search,
    // with `by` (an administrator) as the author. Refused unless mayFill.
    // `progress(done, total)` may return false to stop early (what was written stays).
    static Result<DemoSummary> generate(storage::Database &db, const security::Session &by, const DemoOptions &options,
                                        const std::function<bool(int, int)> &progress = {});

    // Demonstration data is made only by an administrator, and only in a copy
    // with no real data: real data is any household or any user besides the
    // administrators in a copy demo has not filled before, and, in any copy,
    // another device or anything received from one (the copy is part of a
    // working organisation). Every generator (households, clinic, plans) asks.
    static Status mayFill(storage::Database &db, const security::Session &by);
    // Marks this copy as filled by demo (local_state, never synced); inside the
    // generator's first writing transaction.
    static Status markFilled(storage::Database &db);

    // One of the lists under resources/names/ (e.g. "male_given.txt"), without
    // comments and blank lines; empty when missing from the build.
    static QStringList nameList(const QString &file);
};

} // namespace tamkeen::registry
