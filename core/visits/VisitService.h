#pragma once
// Home visits (الزيارات المنزلية, issue 17 §1). A field worker (or their
// supervisor) plans visits to households for the coming days; a visit is
// recorded with who was present, the checklist, what was seen, the place,
// its outcome and the next visit, which is planned at once. A visit recorded
// offline for days travels in the next package like every record. Field
// workers plan and record their own visits; supervisors plan for any worker.
#include "common/Result.h"
#include "registry/Vocabulary.h"
#include "security/Session.h"
#include "storage/SyncedWriter.h"
#include "visits/VisitRecords.h"

#include <QCoreApplication>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::visits {

class VisitService {
    Q_DECLARE_TR_FUNCTIONS(VisitService)
public:
    explicit VisitService(storage::Database &db);

    // met, not_home, refused, moved
    static QList<registry::Term> outcomes();
    static QString statusKey(VisitStatus status);
    static QString statusLabel(VisitStatus status);
    static bool mayVisit(const security::Session &by);
    // Who visits may be planned for: active field workers and supervisors (by name).
    Result<QList<registry::Term>> visitors();

    // A visit to `householdId` on `on` (today or later) for `worker` (empty:
    // `by`). Refused with a clear message and nothing written when invalid.
    Result<QByteArray> plan(const security::Session &by, const QByteArray &householdId, const QDate &on,
                            const QByteArray &worker = {}, const QString &note = {});
    // The same day planned for several households at once (the week's
    // planning); those already planned on that day are left as they are. All
    // or nothing otherwise. Returns how many were planned.
    Result<int> planMany(const security::Session &by, const QList<QByteArray> &households, const QDate &on,
                         const QByteArray &worker = {});
    // The households assigned to `worker`, by district, city and address, with
    // their last visit and the next one planned.
    Result<QList<CaseloadHousehold>> assignedTo(const QByteArray &worker);
    // Records a visit made (closing the plan it fulfils), plans the next when
    // one is given, and gives the family the place found when it had none;
    // all or nothing.
    Result<QByteArray> record(const security::Session &by, const VisitReport &report);
    Status cancel(const security::Session &by, const QByteArray &visitId, const QString &reason);

    // A household's visits, the latest planned or made first.
    Result<QList<Visit>> ofHousehold(const QByteArray &householdId);
    Result<Visit> find(const QByteArray &visitId);
    // Planned visits from `from` to `to`, of `worker` (empty: everyone's), by
    // day, then district, address and file number: a route. With `overdue`,
    // those still planned for a day before `from` come first.
    Result<QList<PlannedVisit>> planned(const QDate &from, const QDate &to, const QByteArray &worker = {},
                                        bool overdue = false);

private:
    Status checkHousehold(const QByteArray &householdId);
    Status checkVisitor(const security::Session &by, const QByteArray &worker);
    Status checkReport(const security::Session &by, const VisitReport &r, std::optional<Coordinates> &place);

    storage::Database &m_db;
    storage::SyncedWriter m_writer;
};

} // namespace tamkeen::visits
