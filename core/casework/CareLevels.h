#pragma once
// Levels of care (مستوى الرعاية, issue 17 §3; seed 003's continuum of care):
// primary prevention, secondary prevention, individual case management,
// specialised services, intensive services. A household's level is set by an
// assessment, dated and with its reason; every assessment is kept, and the
// household's level is the latest. Field workers, counsellors and supervisors
// assess.
#include "common/Result.h"
#include "registry/Vocabulary.h"
#include "security/Session.h"
#include "storage/SyncedWriter.h"

#include <QCoreApplication>
#include <QDate>
#include <optional>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::casework {

struct CareLevel {
    QByteArray id;
    QString level;   // CareLevels::levels()
    QDate assessedOn;
    QString reason;
    QByteArray assessedBy;
    QString assessedByName;
};

class CareLevels {
    Q_DECLARE_TR_FUNCTIONS(CareLevels)
public:
    explicit CareLevels(storage::Database &db);

    // In the order of the continuum, least to most intensive.
    static QList<registry::Term> levels();
    static bool mayAssess(const security::Session &by);

    // Refused with a clear message and nothing written when invalid: an
    // unknown level, a date in the future, no reason, an archived household.
    Result<QByteArray> assess(const security::Session &by, const QByteArray &householdId, const QString &level,
                              const QDate &on, const QString &reason);
    // Newest first.
    Result<QList<CareLevel>> history(const QByteArray &householdId);
    Result<std::optional<CareLevel>> current(const QByteArray &householdId);
    // The families supported (active or re-entered) of `centre` (empty: every
    // centre) by their current level, in the order of levels(), then any
    // level this version does not know, under its code; the key "" (last)
    // counts those never assessed.
    Result<QList<std::pair<QString, int>>> households(const QByteArray &centre);

    // Counts by the current level of households `h` (the assessed ones, level
    // as `l.level`) as SQL: "SELECT <columns>, count(*) … WHERE <where> GROUP
    // BY <groupBy>" twice, joined by UNION ALL (add up the rows of equal
    // groups): what is kept (care_level_now, migration 37) for the families
    // not marked since, the latest assessment of those marked. Reads use it
    // and never write.
    static QString countsSql(const QString &columns, const QString &where, const QString &groupBy);
    // Sets the kept level of the households marked (by the triggers, an
    // import, a merge): after an assessment and after an import.
    static Status refreshCurrent(storage::Database &db);
    // Sets every household's current level again (a copy started from a
    // snapshot, written with the triggers off; `tamkeen-cli check`); returns
    // how many were wrong, those marked to be set again not counted.
    static Result<qint64> rebuildCurrent(storage::Database &db);

private:
    storage::Database &m_db;
    storage::SyncedWriter m_writer;
};

} // namespace tamkeen::casework
