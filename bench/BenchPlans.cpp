// Individual empowerment plans at scale (issue 5): opening a plan, the
// counsellor's "my plans" list with filters, and producing the plan PDF, each
// beside the same queries stepped on a raw connection.
#include "Bench.h"
#include "RawSqlite.h"

#include "format/AppSettings.h"
#include "plans/PlanDemo.h"
#include "plans/PlanPrinter.h"
#include "plans/PlanService.h"
#include "storage/Database.h"

#include <QDir>
#include <QFileInfo>

namespace tamkeen::bench {

namespace {

int rawSteps(sqlite3 *db, const QByteArray &sql, const QList<QByteArray> &blobs, const QList<QByteArray> &texts = {})
{
    RawStmt s(db, sql);
    int at = 1;
    for (const QByteArray &b : blobs)
        sqlite3_bind_blob(s, at++, b.constData(), int(b.size()), SQLITE_STATIC);
    for (const QByteArray &t : texts)
        sqlite3_bind_text(s, at++, t.constData(), int(t.size()), SQLITE_STATIC);
    int rows = 0;
    while (sqlite3_step(s) == SQLITE_ROW) {
        readRow(s);
        ++rows;
    }
    return rows;
}

// What opening a plan reads: the plan with its member, goals, tasks, events.
void rawOpenPlan(sqlite3 *db, const QByteArray &plan)
{
    rawSteps(db, "SELECT p.*, m.given_name, m.father_name, m.grandfather_name, m.family_name FROM plans p "
                 "JOIN members m ON m.id = p.member_id WHERE p.id = ? AND p.deleted = 0", {plan});
    rawSteps(db, "SELECT * FROM plan_goals WHERE plan_id = ? AND deleted = 0 ORDER BY position", {plan});
    rawSteps(db, "SELECT * FROM plan_tasks WHERE plan_id = ? AND deleted = 0 ORDER BY due_date IS NULL, due_date, "
                 "created_at", {plan});
    rawSteps(db, "SELECT e.*, u.full_name FROM plan_events e LEFT JOIN users u ON u.id = e.by_user "
                 "WHERE e.plan_id = ? AND e.deleted = 0 ORDER BY e.at, e.created_at", {plan});
}

} // namespace

void benchPlans(QTextStream &out, const QString &dir, int plans)
{
    const QString path = QDir(dir).filePath(QStringLiteral("registry.sqlite"));
    must(QFileInfo::exists(path), "a database with households and clinic records (run --only clinic --dir first)");
    auto opened = storage::Database::open(path);
    must(opened.ok(), "open");
    storage::Database &db = *opened.value();
    const int existing = db.scalar(QStringLiteral("SELECT count(*) FROM plans")).value().toInt();
    if (existing < plans) {
        QElapsedTimer t;
        t.start();
        plans::PlanDemoOptions o;
        o.plans = plans - existing;
        auto made = plans::PlanDemo::generate(db, benchAdmin(db), o, [](int done, int total) {
            QTextStream(stderr) << "plans " << done << " of " << total << "\n";
            return true;
        });
        must(made.ok(), "plan demo");
        report(out, {QStringLiteral("generate %1 plans, %2 goals, %3 tasks, %4 referrals").arg(made.value().plans)
                         .arg(made.value().goals).arg(made.value().tasks).arg(made.value().referrals),
                     elapsedMs(t), 0, QStringLiteral("ms"), QStringLiteral("PlanDemo through SyncedWriter; no baseline")});
    }
    const int total = db.scalar(QStringLiteral("SELECT count(*) FROM plans")).value().toInt();
    const int tasks = db.scalar(QStringLiteral("SELECT count(*) FROM plan_tasks")).value().toInt();
    const int referrals = db.scalar(QStringLiteral("SELECT count(*) FROM referrals")).value().toInt();
    // The plan with the most tasks, and the counsellor with the most plans.
    const QByteArray plan = db.scalar(QStringLiteral("SELECT plan_id FROM plan_tasks GROUP BY plan_id ORDER BY count(*) DESC "
                                                     "LIMIT 1")).value().toByteArray();
    const QByteArray counsellor = db.scalar(QStringLiteral("SELECT counsellor_id FROM plans GROUP BY counsellor_id "
                                                           "ORDER BY count(*) DESC LIMIT 1")).value().toByteArray();
    security::Session reader{counsellor, QStringLiteral("bench"), QStringLiteral("bench"), security::Role::Counsellor};
    plans::PlanService service(db);
    rawCacheSize = db.scalar(QStringLiteral("PRAGMA cache_size")).value().toInt();
    RawDb raw(path, SQLITE_OPEN_READONLY);
    const QDate today = QDate::currentDate();

    const double openMs = medianMs(5, [&] {
        must(service.plan(reader, plan).ok() && service.goals(plan).ok() && service.tasks(plan).ok()
                 && service.events(plan).ok() && service.progress(plan, today).ok(),
             "open plan");
    });
    const double openRaw = medianMs(5, [&] { rawOpenPlan(raw, plan); });
    report(out, {QStringLiteral("open a plan (%1 tasks) among %2 plans, %3 tasks, %4 referrals")
                     .arg(service.tasks(plan).value().size()).arg(total).arg(tasks).arg(referrals),
                 openMs, openRaw, QStringLiteral("ms"),
                 QStringLiteral("target ≤ 30 ms; plan, goals, tasks, events, progress; median of 5; baseline: the same "
                                "reads")});

    for (const auto &[what, filter] :
         {std::pair{QStringLiteral("all of a counsellor's"), plans::PlanFilter{counsellor, {}, false, false, {}}},
          std::pair{QStringLiteral("review due"), plans::PlanFilter{counsellor, {}, true, false, {}}},
          std::pair{QStringLiteral("overdue tasks"), plans::PlanFilter{counsellor, {}, false, true, {}}}}) {
        int rows = 0;
        const double ms = medianMs(5, [&] { rows = int(service.list(filter, today).value().size()); });
        const QByteArray day = today.toString(Qt::ISODate).toUtf8();
        QByteArray where = " AND p.counsellor_id = ?";
        QList<QByteArray> texts;
        if (filter.reviewDue) {
            where += " AND p.status = 'active' AND p.next_review <= ?";
            texts << day;
        }
        if (filter.overdueTasks) {
            where += " AND EXISTS (SELECT 1 FROM plan_tasks t WHERE t.plan_id = p.id AND t.deleted = 0 AND "
                     "t.status = 'open' AND t.due_date < ?)";
            texts << day;
        }
        const double rawMs = medianMs(5, [&] {
            RawStmt s(raw, "SELECT p.id, p.member_id, p.household_id, m.given_name, m.father_name, m.grandfather_name, "
                           "m.family_name, h.file_number, p.status, p.started_on, p.next_review, "
                           "(SELECT count(*) FROM plan_goals g WHERE g.plan_id = p.id AND g.deleted = 0 AND g.status <> 'dropped'), "
                           "(SELECT count(*) FROM plan_goals g WHERE g.plan_id = p.id AND g.deleted = 0 AND g.status = 'achieved'), "
                           "(SELECT count(*) FROM plan_tasks t WHERE t.plan_id = p.id AND t.deleted = 0 AND t.status = 'open' "
                           "AND t.due_date < ?) FROM (SELECT * FROM plans p WHERE p.deleted = 0"
                               + where + " ORDER BY p.started_on DESC, p.created_at DESC LIMIT 500) p "
                               "JOIN members m ON m.id = p.member_id JOIN households h ON h.id = p.household_id "
                               "ORDER BY p.started_on DESC, p.created_at DESC");
            sqlite3_bind_text(s, 1, day.constData(), int(day.size()), SQLITE_STATIC);
            sqlite3_bind_blob(s, 2, counsellor.constData(), int(counsellor.size()), SQLITE_STATIC);
            for (int i = 0; i < texts.size(); ++i)
                sqlite3_bind_text(s, 3 + i, texts[i].constData(), int(texts[i].size()), SQLITE_STATIC);
            while (sqlite3_step(s) == SQLITE_ROW)
                readRow(s);
        });
        report(out, {QStringLiteral("\"my plans\", %1 (%2 rows)").arg(what).arg(rows), ms, rawMs, QStringLiteral("ms"),
                     QStringLiteral("target ≤ 50 ms; PlanService::list, median of 5; baseline: the same query")});
    }

    ui::AppSettings settings(QDir(dir).filePath(QStringLiteral("bench-settings.ini")));
    const QString pdf = QDir(dir).filePath(QStringLiteral("plan.pdf"));
    const double pdfMs = medianMs(3, [&] { must(ui::PlanPrinter::write(pdf, db, settings, reader, plan).ok(), "pdf"); });
    report(out, {QStringLiteral("produce the plan PDF (%1 KiB)").arg(QFileInfo(pdf).size() / 1024), pdfMs, openRaw,
                 QStringLiteral("ms"),
                 QStringLiteral("target ≤ 500 ms; PlanPrinter::write, median of 3; baseline: the plan's bare reads")});
}

} // namespace tamkeen::bench
