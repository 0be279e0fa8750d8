#include "impact/HomeQueues.h"

#include "casework/CareLevels.h"

#include "impact/GraduationService.h"
#include "storage/Database.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tamkeen::impact {

namespace {

QVariant orNull(const QByteArray &id)
{
    return id.isEmpty() ? QVariant() : QVariant(id);
}

// The households that count as supported: as the caseload indicator counts them.
const QString kSupported = u"h.deleted = 0 AND h.status IN ('active', 'reentered') "
                           "AND (?1 IS NULL OR h.centre_id = ?1)"_s;

} // namespace

Result<QList<ApprovalItem>> HomeQueues::approvalQueue(storage::Database &db, const QByteArray &centre)
{
    QList<ApprovalItem> items;
    // A plan's submission is its latest "submitted" event (one sent back and
    // submitted again waits from the second time).
    Status s = db.read(
        u"SELECT p.id, p.household_id, h.file_number, "
        "trim(m.given_name || ' ' || ifnull(m.father_name, '') || ' ' || ifnull(m.family_name, '')), "
        "e.by_user, ifnull(u.full_name, ''), substr(e.at, 1, 10) "
        "FROM plans p JOIN households h ON h.id = p.household_id JOIN members m ON m.id = p.member_id "
        "LEFT JOIN plan_events e ON e.id = (SELECT e2.id FROM plan_events e2 WHERE e2.plan_id = p.id "
        "AND e2.event = 'submitted' AND e2.deleted = 0 ORDER BY e2.at DESC, e2.created_at DESC LIMIT 1) "
        "LEFT JOIN users u ON u.id = e.by_user "
        "WHERE p.deleted = 0 AND p.status = 'submitted' AND (?1 IS NULL OR h.centre_id = ?1)"_s,
        {orNull(centre)}, [&](const storage::RawRow &r) {
            ApprovalItem i;
            i.kind = ApprovalItem::Kind::Plan;
            i.id = r.blob(0);
            i.householdId = r.blob(1);
            i.fileNumber = r.text(2);
            i.name = r.text(3).simplified();
            i.by = r.blob(4);
            i.byName = r.text(5);
            i.since = QDate::fromString(r.text(6), Qt::ISODate);
            items << i;
        });
    if (!s)
        return s.error();
    auto graduations = GraduationService::pending(db, centre);
    if (!graduations)
        return graduations.error();
    for (const GraduationRequest &g : graduations.value()) {
        ApprovalItem i;
        i.kind = ApprovalItem::Kind::Graduation;
        i.id = g.id;
        i.householdId = g.householdId;
        i.fileNumber = g.fileNumber;
        i.name = g.headName;
        i.pathway = g.pathwayName;
        i.by = g.proposedBy;
        i.byName = g.proposedByName;
        i.since = g.proposedOn;
        items << i;
    }
    std::stable_sort(items.begin(), items.end(), [](const ApprovalItem &a, const ApprovalItem &b) {
        if (a.since != b.since)
            return a.since < b.since;
        if (a.kind != b.kind)
            return a.kind == ApprovalItem::Kind::Plan;
        return a.fileNumber < b.fileNumber;
    });
    return items;
}

Result<QList<WorkerCaseload>> HomeQueues::caseloadByWorker(storage::Database &db, const QByteArray &centre)
{
    QList<WorkerCaseload> rows;
    // A worker id naming no user (a row not synced yet) still counts, under the id.
    Status s = db.read(u"SELECT h.assigned_worker, u.full_name, count(*) AS n FROM households h "
                       "LEFT JOIN users u ON u.id = h.assigned_worker WHERE "_s
                           + kSupported
                           + u" GROUP BY h.assigned_worker "
                             "ORDER BY h.assigned_worker IS NULL, n DESC, u.full_name, h.assigned_worker"_s,
                       {orNull(centre)}, [&](const storage::RawRow &r) {
                           rows.append({r.isNull(0) ? QByteArray() : r.blob(0), r.text(1), r.integer(2), 0, {}});
                       });
    if (!s)
        return s.error();
    // Each worker's overdue home visits, and their families by level of care
    // (the latest assessment of each family assessed: casework::CareLevels).
    QHash<QByteArray, qint64> overdue;
    s = db.read(u"SELECT worker_id, count(*) FROM home_visits WHERE status = 'planned' AND deleted = 0 "
                "AND planned_on < ? AND (?2 IS NULL OR centre_id = ?2) GROUP BY worker_id"_s,
                {QDate::currentDate().toString(Qt::ISODate), orNull(centre)},
                [&](const storage::RawRow &r) { overdue.insert(r.blob(0), r.integer(1)); });
    if (!s)
        return s.error();
    QHash<QByteArray, QHash<QString, int>> levels;
    s = db.read(u"SELECT h.assigned_worker, x.level, count(*) FROM (SELECT household_id, level, "
                "max(assessed_on || created_at || hex(id)) FROM care_levels WHERE deleted = 0 GROUP BY household_id) x "
                "JOIN households h ON h.id = x.household_id WHERE "_s
                    + kSupported + u" GROUP BY 1, 2"_s,
                {orNull(centre)},
                [&](const storage::RawRow &r) { levels[r.blob(0)][r.text(1)] += int(r.integer(2)); });
    if (!s)
        return s.error();
    for (WorkerCaseload &w : rows) {
        w.overdueVisits = overdue.value(w.workerId);
        const QHash<QString, int> mine = levels.value(w.workerId);
        for (const registry::Term &t : casework::CareLevels::levels())
            if (mine.value(t.key) > 0)
                w.levels.append({t.key, mine.value(t.key)});
    }
    return rows;
}

Result<QList<QByteArray>> HomeQueues::supportedOf(storage::Database &db, const QByteArray &centre,
                                                  const QByteArray &workerId)
{
    QList<QByteArray> ids;
    Status s = db.read(u"SELECT h.id FROM households h WHERE "_s + kSupported
                           + u" AND (?2 IS NULL AND h.assigned_worker IS NULL OR h.assigned_worker = ?2) "
                             "ORDER BY h.file_number, h.id"_s,
                       {orNull(centre), orNull(workerId)}, [&](const storage::RawRow &r) { ids << r.blob(0); });
    if (!s)
        return s.error();
    return ids;
}

Result<SupervisorHome> HomeQueues::supervisorHome(storage::Database &db, const QByteArray &centre)
{
    SupervisorHome home;
    auto queue = approvalQueue(db, centre);
    if (!queue)
        return queue.error();
    home.queue = queue.value();
    auto caseload = caseloadByWorker(db, centre);
    if (!caseload)
        return caseload.error();
    home.caseload = caseload.value();
    auto levels = casework::CareLevels(db).households(centre);
    if (!levels)
        return levels.error();
    home.levels = levels.value();
    return home;
}

} // namespace tamkeen::impact
