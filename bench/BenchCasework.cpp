// Issue 17 §9: the field worker's and the supervisor's views at scale. A
// registry of N generated households (default 100,000) handed out to 50
// field workers (2,000 each), a third assessed for their level of care, and a
// week of planned home visits; then the worker's week, the worker's caseload
// for planning, the supervisor's caseload per worker and the count by level,
// each beside the same SQL on a raw connection to the same file.
#include "Bench.h"
#include "RawSqlite.h"

#include "casework/Assignments.h"
#include "casework/CareLevels.h"
#include "casework/Conditions.h"
#include "casework/Crisis.h"
#include "casework/TaskInbox.h"
#include "impact/HomeQueues.h"
#include "org/Setup.h"
#include "registry/DemoGenerator.h"
#include "security/UserService.h"
#include "storage/Database.h"
#include "storage/SyncedWriter.h"
#include "visits/VisitService.h"

#include <QDir>
#include <QElapsedTimer>

namespace tamkeen::bench {

namespace {

constexpr int kWorkers = 50;

// The same statement on a raw connection: stepped to its end, every column read.
double rawMs(RawDb &raw, const QByteArray &sql, const QList<QVariant> &values)
{
    return medianMs(5, [&] {
        RawStmt s(raw, sql);
        for (int i = 0; i < values.size(); ++i) {
            const QVariant &v = values[i];
            if (v.isNull())
                sqlite3_bind_null(s, i + 1);
            else if (v.typeId() == QMetaType::QByteArray)
                sqlite3_bind_blob(s, i + 1, v.toByteArray().constData(), int(v.toByteArray().size()), SQLITE_TRANSIENT);
            else
                sqlite3_bind_text(s, i + 1, v.toString().toUtf8().constData(), -1, SQLITE_TRANSIENT);
        }
        while (sqlite3_step(s) == SQLITE_ROW)
            readRow(s);
    });
}

} // namespace

void benchCasework(QTextStream &out, const QString &dir, int households)
{
    const QString path = QDir(dir).filePath(QStringLiteral("casework.sqlite"));
    QFile::remove(path);
    auto opened = storage::Database::open(path);
    must(opened.ok(), "open");
    storage::Database &db = *opened.value();
    org::SetupRequest r{QStringLiteral("RUH"), QStringLiteral("مركز"), QStringLiteral("الرياض"), QStringLiteral("bench"),
                        1, QStringLiteral("admin"), QStringLiteral("admin"), QStringLiteral("bench-password")};
    must(org::Setup::run(db, r, security::HashCost::minimal()).ok(), "setup");
    const security::Session admin = benchAdmin(db);
    {
        storage::Database::BulkCache cache(db);
        must(registry::DemoGenerator::generate(db, admin, {households, 1, QStringLiteral("SA")}, {}).ok(), "generate");
    }
    QList<QByteArray> ids;
    must(db.read(QStringLiteral("SELECT id FROM households WHERE deleted = 0 ORDER BY file_number"), {},
                 [&](const storage::RawRow &row) { ids << row.blob(0); })
             .ok(),
         "households");
    // 50 field workers, the households handed out in turn; all made active (supported).
    security::UserService users(db, security::HashCost::minimal());
    QList<security::Session> workers;
    for (int w = 0; w < kWorkers; ++w) {
        auto id = users.add(admin, {QStringLiteral("worker%1").arg(w), QStringLiteral("أخصائي %1").arg(w),
                                    security::Role::FieldWorker, QStringLiteral("bench-password")});
        must(id.ok(), "worker");
        workers << security::Session{id.value(), QStringLiteral("worker%1").arg(w), QString(), security::Role::FieldWorker};
    }
    must(db.execScript(QStringLiteral("UPDATE households SET status = 'active' WHERE status <> 'active'")).ok(), "active");
    const QDate today = QDate::currentDate();
    must(db.transaction([&]() -> Status {
                 for (int w = 0; w < kWorkers; ++w) {
                     QList<QByteArray> mine;
                     for (int i = w; i < ids.size(); i += kWorkers)
                         mine << ids[i];
                     auto n = casework::Assignments(db).reassign(admin, mine, workers[w].userId, QStringLiteral("bench"));
                     if (!n)
                         return n.error();
                 }
                 casework::CareLevels levels(db);
                 const QList<registry::Term> terms = casework::CareLevels::levels();
                 for (int i = 0; i < ids.size(); i += 3) {
                     auto a = levels.assess(workers[(i % kWorkers)], ids[i], terms[(i / 3) % terms.size()].key, today,
                                            QStringLiteral("bench"));
                     if (!a)
                         return a.error();
                 }
                 // A week of visits for each worker: 20 a day, on their own families.
                 visits::VisitService service(db);
                 for (int w = 0; w < kWorkers; ++w)
                     for (int day = 0; day < 7; ++day)
                         for (int k = 0; k < 20; ++k) {
                             const int i = w + kWorkers * (day * 20 + k);
                             if (i >= ids.size())
                                 break;
                             auto p = service.plan(workers[w], ids[i], today.addDays(day));
                             if (!p)
                                 return p.error();
                         }
                 return {};
             })
             .ok(),
         "caseloads");
    // Some visits left from last week (overdue).
    must(db.execScript(QStringLiteral("UPDATE home_visits SET planned_on = date(planned_on, '-7 days') "
                                      "WHERE rowid % 10 = 0"))
             .ok(),
         "overdue");
    db.finishStatements();
    RawDb raw(path, SQLITE_OPEN_READONLY);
    const QByteArray worker = workers[0].userId;
    const QString from = today.toString(Qt::ISODate), to = today.addDays(6).toString(Qt::ISODate);

    visits::VisitService service(db);
    int week = 0;
    const double weekMs = medianMs(5, [&] { week = int(service.planned(today, today.addDays(6), worker, true).value().size()); });
    const double weekRaw = rawMs(
        raw,
        "SELECT v.id, v.household_id, h.file_number, f.head_name, h.region, h.city, h.district, h.address, h.phone, "
        "h.latitude, h.longitude, v.worker_id, u.full_name, v.planned_on, v.plan_note "
        "FROM home_visits v JOIN households h ON h.id = v.household_id AND h.deleted = 0 "
        "LEFT JOIN household_facts f ON f.household_id = v.household_id LEFT JOIN users u ON u.id = v.worker_id "
        "WHERE v.status = 'planned' AND v.deleted = 0 AND v.planned_on >= ? AND v.planned_on <= ? "
        "AND (? IS NULL OR v.worker_id = ?) "
        "ORDER BY v.planned_on, coalesce(nullif(h.district, ''), h.city), h.address, h.file_number",
        {QStringLiteral("0000-01-01"), to, worker, worker});
    report(out, {QStringLiteral("a field worker's week of home visits (%1 of them, with those overdue), %2 households, "
                                "2,000 theirs")
                     .arg(week).arg(ids.size()),
                 weekMs, weekRaw, QStringLiteral("ms"),
                 QStringLiteral("VisitService::planned (the route's order); baseline: the same SELECT on a raw "
                                "connection; target ≤ 100 ms; median of 5")});

    int mine = 0;
    const double caseloadMs = medianMs(5, [&] { mine = int(service.assignedTo(worker).value().size()); });
    const double caseloadRaw = rawMs(
        raw,
        "SELECT h.id, h.file_number, f.head_name, h.district, h.city, h.address, "
        "(SELECT max(v.visited_on) FROM home_visits v WHERE v.household_id = h.id AND +v.status = 'done' AND v.deleted = 0), "
        "(SELECT min(v.planned_on) FROM home_visits v WHERE v.household_id = h.id AND +v.status = 'planned' "
        "AND v.deleted = 0 AND v.planned_on >= ?) "
        "FROM households h LEFT JOIN household_facts f ON f.household_id = h.id "
        "WHERE h.assigned_worker = ? AND h.deleted = 0 "
        "ORDER BY coalesce(nullif(h.district, ''), h.city), h.address, h.file_number",
        {from, worker});
    report(out, {QStringLiteral("a field worker's caseload to plan from (%1 households, last and next visit each)").arg(mine),
                 caseloadMs, caseloadRaw, QStringLiteral("ms"),
                 QStringLiteral("VisitService::assignedTo; baseline: the same SELECT raw; target ≤ 100 ms; median of 5")});

    const double supervisorMs = medianMs(5, [&] { must(impact::HomeQueues::caseloadByWorker(db, {}).ok(), "caseload"); });
    // The baseline reads the levels as the application did before it kept
    // them (the latest assessment of every family, grouped at each read).
    const double supervisorRaw =
        rawMs(raw,
              "SELECT h.assigned_worker, u.full_name, h.status, count(*) FROM households h LEFT JOIN users u ON u.id = "
              "h.assigned_worker WHERE h.deleted = 0 AND (?1 IS NULL OR h.centre_id = ?1) GROUP BY 1, 3",
              {QVariant()})
        + rawMs(raw,
                "SELECT worker_id, count(*) FROM home_visits WHERE status = 'planned' AND deleted = 0 AND planned_on < ? "
                "GROUP BY worker_id",
                {from})
        + rawMs(raw,
                "SELECT h.assigned_worker, count(*) FROM exit_followups f JOIN households h ON h.id = f.household_id "
                "WHERE f.done_on IS NULL AND f.due_on < ? AND f.deleted = 0 AND h.deleted = 0 AND h.status = 'exited' "
                "GROUP BY 1",
                {from})
        + rawMs(raw,
                "SELECT h.assigned_worker, x.level, count(*) FROM (SELECT household_id, level, "
                "max(assessed_on || created_at || hex(id)) FROM care_levels WHERE deleted = 0 GROUP BY household_id) x "
                "JOIN households h ON h.id = x.household_id WHERE h.deleted = 0 AND h.status IN ('active', 'reentered') "
                "GROUP BY 1, 2",
                {});
    report(out, {QStringLiteral("the supervisor's caseload per worker: %1 households, %2 workers, by status and level of "
                                "care, with overdue visits and follow-ups")
                     .arg(ids.size()).arg(kWorkers),
                 supervisorMs, supervisorRaw, QStringLiteral("ms"),
                 QStringLiteral("HomeQueues::caseloadByWorker (on the home page's worker thread), each family's level "
                                "kept (migration 37); baseline: the same counts raw, the levels grouped from every "
                                "assessment; target ≤ 100 ms; median of 5")});

    // 1,000 families marked, as a merge or an import leaves them until the
    // levels are kept again: their latest assessment read from the assessments.
    {
        must(db.execScript(QStringLiteral("INSERT INTO care_level_now_stale SELECT household_id FROM care_level_now "
                                          "ORDER BY household_id LIMIT 1000"))
                 .ok(),
             "mark");
        const double markedMs =
            medianMs(5, [&] { must(impact::HomeQueues::caseloadByWorker(db, {}).ok(), "caseload"); });
        report(out, {QStringLiteral("the same, 1,000 families' levels marked to be set again"), markedMs, supervisorRaw,
                     QStringLiteral("ms"),
                     QStringLiteral("their latest assessment read from the assessments (CareLevels::countsSql); "
                                    "baseline as above; median of 5")});
        must(casework::CareLevels::refreshCurrent(db).ok(), "refresh");
    }

    // Each one's task inbox: a field worker's (2,000 families: visits,
    // follow-ups, warnings) and the supervisor's (the centre's approvals and
    // the early warnings of 100,000 families).
    {
        int items = 0;
        const double workerInbox = medianMs(5, [&] {
            auto inbox = casework::TaskInbox::of(db, workers[0], {}, today);
            must(inbox.ok(), "inbox");
            items = int(inbox.value().size());
        });
        report(out, {QStringLiteral("a field worker's task inbox (%1 items, 2,000 families)").arg(items), workerInbox, 0,
                     QStringLiteral("ms"),
                     QStringLiteral("TaskInbox::of (the My tasks section's worker thread): visits due, follow-ups due, "
                                    "early warnings of their families; no baseline (several services' reads); median of 5")});
        const security::Session supervisor{admin.userId, QStringLiteral("supervisor"), QString(), security::Role::Supervisor};
        const double supervisorInbox = medianMs(3, [&] {
            auto inbox = casework::TaskInbox::of(db, supervisor, {}, today);
            must(inbox.ok(), "inbox");
            items = int(inbox.value().size());
        });
        report(out, {QStringLiteral("a supervisor's task inbox (%1 items, %2 families)").arg(items).arg(ids.size()),
                     supervisorInbox, 0, QStringLiteral("ms"),
                     QStringLiteral("TaskInbox::of: approvals and the early warnings of every family of the centre; "
                                    "median of 3")});
    }

    const double levelsMs = medianMs(5, [&] { must(casework::CareLevels(db).households({}).ok(), "levels"); });
    report(out, {QStringLiteral("the centre's families by level of care (%1 assessed)").arg((ids.size() + 2) / 3), levelsMs,
                 0, QStringLiteral("ms"), QStringLiteral("CareLevels::households; median of 5")});

    // The hard case: every family assessed (the level joined for each one).
    must(db.transaction([&]() -> Status {
                 casework::CareLevels levels(db);
                 const QList<registry::Term> terms = casework::CareLevels::levels();
                 for (int i = 0; i < ids.size(); ++i) {
                     if (i % 3 == 0)
                         continue;
                     auto a = levels.assess(workers[i % kWorkers], ids[i], terms[i % terms.size()].key, today,
                                            QStringLiteral("bench"));
                     if (!a)
                         return a.error();
                 }
                 return {};
             })
             .ok(),
         "assess all");
    must(impact::HomeQueues::caseloadByWorker(db, {}).ok(), "caseload"); // the levels set after the assessments
    const double allMs = medianMs(5, [&] { must(impact::HomeQueues::caseloadByWorker(db, {}).ok(), "caseload"); });
    report(out, {QStringLiteral("the supervisor's caseload per worker, every one of the %1 families assessed").arg(ids.size()),
                 allMs, supervisorRaw, QStringLiteral("ms"),
                 QStringLiteral("as above; baseline as above (a third assessed); target ≤ 100 ms; median of 5")});

    // Issue 17 §9: the crisis list of a district of 10,000 households (every
    // household moved into one city of ten districts), and a district that
    // holds none (the list that matches nothing).
    {
        QString region, city;
        must(db.read(QStringLiteral("SELECT region, city FROM households WHERE deleted = 0 GROUP BY 1, 2 "
                                    "ORDER BY count(*) DESC LIMIT 1"),
                     {}, [&](const storage::RawRow &r) {
                         region = r.text(0);
                         city = r.text(1);
                     })
                 .ok(),
             "city");
        // Every family moved to that city, ten districts of 10,000 (the last figures: the others are read).
        must(db.write(QStringLiteral("UPDATE households SET region = ?, city = ?, district = 'حي ' || (rowid % 10)"),
                      {region, city})
                 .ok(),
             "districts");
        casework::Crisis crisis(db);
        const QByteArray r = crisis.addPlace(admin, QStringLiteral("region"), region).value();
        const QByteArray c = crisis.addPlace(admin, QStringLiteral("city"), city, r).value();
        const QByteArray d = crisis.addPlace(admin, QStringLiteral("district"), QStringLiteral("حي 3"), c).value();
        const QByteArray empty = crisis.addPlace(admin, QStringLiteral("district"), QStringLiteral("حي بلا أسر"), c).value();
        const QByteArray flood = crisis.declare(admin, QStringLiteral("سيل"), QStringLiteral("flood"), today, {d}, {}).value();
        const QByteArray none = crisis.declare(admin, QStringLiteral("حريق"), QStringLiteral("fire"), today, {empty}, {}).value();
        int listed = 0;
        const double listMs = medianMs(5, [&] {
            auto l = crisis.households(flood, today);
            must(l.ok(), "crisis list");
            listed = int(l.value().size());
        });
        const QByteArray crisisSql =
            "SELECT h.id, h.file_number, ifnull(f.head_name, ''), coalesce(nullif(h.district, ''), h.city, ''), "
            "ifnull(h.address, ''), ifnull(h.phone, ''), count(m.household_id), sum(ifnull(m.disability, '') <> ''), "
            "sum(m.birth_date <= ?1), sum(m.birth_date > ?2), ifnull(f.income, 0) FROM households h "
            "LEFT JOIN household_facts f ON f.household_id = h.id LEFT JOIN members m ON m.household_id = h.id "
            "AND m.deleted = 0 WHERE h.deleted = 0 AND (h.region = ? AND h.city = ? AND h.district = ?) GROUP BY h.id";
        const QString elder = today.addYears(-60).toString(Qt::ISODate), child = today.addYears(-6).toString(Qt::ISODate);
        const double listRaw = rawMs(raw, crisisSql, {elder, child, region, city, QStringLiteral("حي 3")});
        report(out, {QStringLiteral("the crisis list of a district: %1 households, the most vulnerable first").arg(listed),
                     listMs, listRaw, QStringLiteral("ms"),
                     QStringLiteral("Crisis::households (members, disability, age, income, assistance; sorted); "
                                    "baseline: its SELECT raw, unsorted; target ≤ 200 ms; median of 5")});
        const double noneMs = medianMs(5, [&] { must(crisis.households(none, today).ok(), "crisis list"); });
        const double noneRaw = rawMs(raw, crisisSql, {elder, child, region, city, QStringLiteral("حي بلا أسر")});
        report(out, {QStringLiteral("the crisis list of a district with no households"), noneMs, noneRaw, QStringLiteral("ms"),
                     QStringLiteral("as above; median of 5")});
    }

    // Issue 17 §5: the compliance rate by condition, district and month over
    // a year, every family recorded each of the last twelve months for one
    // condition (written in one statement: the figure is the read's).
    {
        casework::Conditions conditions(db);
        const QByteArray school = conditions.add(admin, {QStringLiteral("تكافل"), QStringLiteral("الحضور المدرسي"),
                                                         QStringLiteral("household"), QStringLiteral("percent"), 80,
                                                         QStringLiteral("month")})
                                      .value();
        QElapsedTimer t;
        t.start();
        must(db.write(QStringLiteral(
                          "WITH RECURSIVE m(k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM m WHERE k < 11) "
                          "INSERT INTO condition_compliance(id, created_at, updated_at, condition_id, household_id, "
                          "period, value, met, recorded_on, region, city, district) SELECT randomblob(16), ?1, ?1, ?2, "
                          "h.id, strftime('%Y-%m', ?3, '-' || m.k || ' months'), (abs(random()) % 101), 0, ?3, "
                          "h.region, h.city, h.district FROM households h, m WHERE h.deleted = 0"),
                      {QDateTime::currentDateTimeUtc().toString(Qt::ISODate), school,
                       QDate(today.year(), 12, 15).toString(Qt::ISODate)})
                 .ok(),
             "compliance rows");
        must(db.write(QStringLiteral("UPDATE condition_compliance SET met = value >= 80"), {}).ok(), "met");
        const qint64 rows = db.scalar(QStringLiteral("SELECT count(*) FROM condition_compliance")).value().toLongLong();
        QTextStream(stderr) << "casework: " << rows << " compliance rows in " << qint64(elapsedMs(t)) << " ms\n";
        db.finishStatements();
        int groups = 0;
        const double ratesMs = medianMs(3, [&] {
            auto r = conditions.rates(today.year(), QStringLiteral("district"));
            must(r.ok(), "rates");
            groups = int(r.value().size());
        });
        const QByteArray ratesSql =
            "SELECT c.id, c.name, ifnull(cc.district, ''), cc.period, count(*), sum(cc.met) FROM condition_compliance cc "
            "JOIN support_conditions c ON c.id = cc.condition_id "
            "WHERE cc.deleted = 0 AND cc.period >= ? AND cc.period < ? GROUP BY c.id, 3, cc.period";
        const double ratesRaw = rawMs(raw, ratesSql, {QString::number(today.year()), QString::number(today.year() + 1)});
        report(out, {QStringLiteral("the compliance rate by condition, district and month over a year (%1 records, %2 rows)")
                         .arg(rows).arg(groups),
                     ratesMs, ratesRaw, QStringLiteral("ms"),
                     QStringLiteral("Conditions::rates; baseline: its SELECT raw, unsorted; median of 3")});
        const double emptyMs = medianMs(3, [&] { must(conditions.rates(today.year() - 5, QStringLiteral("district")).ok(), "rates"); });
        const double emptyRaw =
            rawMs(raw, ratesSql, {QString::number(today.year() - 5), QString::number(today.year() - 4)});
        report(out, {QStringLiteral("the same for a year with no record"), emptyMs, emptyRaw, QStringLiteral("ms"),
                     QStringLiteral("as above; median of 3")});
    }
}

} // namespace tamkeen::bench
