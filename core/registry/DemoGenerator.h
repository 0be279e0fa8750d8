#pragma once
// Realistic, reproducible demonstration data: the same seed gives the same
// families. Names and places come from the lists under resources/names/.
#include "common/Result.h"

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
public:
    // Writes through the normal synced path (change capture on), in
    // transactions of a few hundred households, then indexes them for search.
    // `progress(done, total)` may return false to stop early (what was written stays).
    static Result<DemoSummary> generate(storage::Database &db, const DemoOptions &options,
                                        const std::function<bool(int, int)> &progress = {});
    // One of the lists under resources/names/ (e.g. "male_given.txt"), without
    // comments and blank lines; empty when missing from the build.
    static QStringList nameList(const QString &file);
};

} // namespace tamkeen::registry
