#include "impact/HomeQueues.h"

#include "casework/CareLevels.h"
#include "registry/Vocabulary.h"

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

Result<QList<WorkerCaseload>> HomeQueues::caseloadByWorker(storage::Database &db, const QByteArray &centre,
                                                           QList<std::pair<QString, int>> *centreLevels)
{
    // Every household of the centre by worker and status, the supported ones
    // by level (kept per household: casework::CareLevels::countsSql); the
    // counts and the overdue items read at one moment, so they agree.
    struct Counts {
        QString name;
        QHash<QString, int> statuses, levels;
        qint64 supported = 0;
    };
    QHash<QByteArray, Counts> byWorker;
    QHash<QString, int> levelsSupported;
    QHash<QByteArray, qint64> overdueVisits, overdueFollowUps;
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    Status s = db.atOneMoment([&]() -> Status {
        // Counted from the index of migration 37 alone; the levels of the
        // supported families assessed, by their kept level ('+status': from
        // that index too, not through the status index and the table, 2× slower).
        Status r = db.read(u"SELECT h.assigned_worker, u.full_name, h.status, count(*) FROM households h "
                           "LEFT JOIN users u ON u.id = h.assigned_worker "
                           "WHERE h.deleted = 0 AND (?1 IS NULL OR h.centre_id = ?1) GROUP BY 1, 3"_s,
                           {orNull(centre)}, [&](const storage::RawRow &row) {
                               Counts &c = byWorker[row.isNull(0) ? QByteArray() : row.blob(0)];
                               c.name = row.text(1);
                               const QString status = row.text(2);
                               const int n = int(row.integer(3));
                               c.statuses[status] += n;
                               if (status == u"active" || status == u"reentered") {
                                   c.supported += n;
                                   levelsSupported[QString()] += n; // less those assessed, below
                               }
                           });
        if (!r)
            return r;
        r = db.read(casework::CareLevels::countsSql(u"h.assigned_worker, l.level"_s,
                                                    u"h.deleted = 0 AND +h.status IN ('active', 'reentered') "
                                                    "AND (?1 IS NULL OR h.centre_id = ?1)"_s,
                                                    u"1, 2"_s),
                    {orNull(centre)}, [&](const storage::RawRow &row) {
                        const QString level = row.text(1);
                        const int n = int(row.integer(2));
                        byWorker[row.isNull(0) ? QByteArray() : row.blob(0)].levels[level] += n;
                        levelsSupported[level] += n;
                        levelsSupported[QString()] -= n;
                    });
        if (!r)
            return r;
        // A worker whose families were all handed on may still have visits
        // planned: a row of their own, so that none is lost from sight.
        r = db.read(u"SELECT v.worker_id, u.full_name, count(*) FROM home_visits v "
                    "LEFT JOIN users u ON u.id = v.worker_id WHERE v.status = 'planned' AND v.deleted = 0 "
                    "AND v.planned_on < ? AND (?2 IS NULL OR v.centre_id = ?2) GROUP BY v.worker_id"_s,
                    {today, orNull(centre)}, [&](const storage::RawRow &row) {
                        overdueVisits.insert(row.blob(0), row.integer(2));
                        if (!byWorker.contains(row.blob(0)))
                            byWorker[row.blob(0)].name = row.text(1);
                    });
        if (!r)
            return r;
        // As ExitService::dueFollowUps lists them, the day gone by.
        return db.read(u"SELECT h.assigned_worker, count(*) FROM exit_followups f JOIN households h "
                       "ON h.id = f.household_id WHERE f.done_on IS NULL AND f.due_on < ? AND f.deleted = 0 "
                       "AND h.deleted = 0 AND h.status = 'exited' AND (?2 IS NULL OR h.centre_id = ?2) GROUP BY 1"_s,
                       {today, orNull(centre)}, [&](const storage::RawRow &row) {
                           overdueFollowUps.insert(row.isNull(0) ? QByteArray() : row.blob(0), row.integer(1));
                       });
    });
    if (!s)
        return s.error();
    // In the vocabularies' order; a code this version does not know after them.
    const auto ordered = [](QHash<QString, int> counts, const QList<registry::Term> &terms, bool unassessed) {
        QList<std::pair<QString, int>> list;
        for (const registry::Term &t : terms)
            if (const int n = counts.take(t.key); n > 0)
                list.append({t.key, n});
        const int never = counts.take(QString());
        QStringList rest = counts.keys();
        rest.sort();
        for (const QString &code : rest)
            list.append({code, counts.value(code)});
        if (unassessed)
            list.append({QString(), never});
        return list;
    };
    QList<WorkerCaseload> rows;
    for (auto it = byWorker.cbegin(); it != byWorker.cend(); ++it) {
        WorkerCaseload w;
        w.workerId = it.key();
        w.workerName = it->name;
        w.households = it->supported;
        w.statuses = ordered(it->statuses, registry::Vocabulary::statuses(), false);
        w.levels = ordered(it->levels, casework::CareLevels::levels(), false);
        w.overdueVisits = overdueVisits.value(w.workerId);
        w.overdueFollowUps = overdueFollowUps.value(w.workerId);
        rows << w;
    }
    std::sort(rows.begin(), rows.end(), [](const WorkerCaseload &a, const WorkerCaseload &b) {
        if (a.workerId.isEmpty() != b.workerId.isEmpty())
            return b.workerId.isEmpty();
        if (a.households != b.households)
            return a.households > b.households;
        if (a.workerName != b.workerName)
            return a.workerName < b.workerName;
        return a.workerId < b.workerId;
    });
    if (centreLevels)
        *centreLevels = ordered(levelsSupported, casework::CareLevels::levels(), true);
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
    auto caseload = caseloadByWorker(db, centre, &home.levels);
    if (!caseload)
        return caseload.error();
    home.caseload = caseload.value();
    return home;
}

} // namespace tamkeen::impact
