// Impact measurement at scale (issue 14 §7): the supervisors' dashboard for a
// 12-month period, with no filter and with one centre, its indicators one by
// one, and a drill-down's first page, each beside the same figure computed by
// plain SQL on a raw connection in the same run.
//
// The registry generator makes households with a status history but no exits,
// re-entries, follow-ups or dated incomes, and one centre: the first run adds
// them (addImpactData) to the database in `dir`, which the registry, clinic and
// plans parts may have filled first.
#include "Bench.h"
#include "RawSqlite.h"

#include "impact/DashboardData.h"
#include "impact/DashboardEngine.h"
#include "impact/HouseholdRows.h"
#include "impact/Indicators.h"
#include "impact/MaintainedFacts.h"
#include "org/Setup.h"
#include "registry/DemoGenerator.h"
#include "security/UserService.h"
#include "storage/Database.h"
#include "storage/SyncedWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QFileInfo>
#include <random>

using namespace Qt::StringLiterals;

namespace tamkeen::bench {

namespace {

struct Centres {
    QList<QByteArray> ids; // the device's centre first
};

// Four centres, households spread over them; for the households whose status
// is exited or re-entered, the exit (and re-entry) behind it, with its status
// history, follow-ups at 3, 6 and 12 months and an income from the exit on.
void addImpactData(storage::Database &db, QTextStream &out)
{
    QElapsedTimer t;
    t.start();
    storage::Database::BulkCache cache(db);
    storage::SyncedWriter writer(db);
    std::mt19937 random(14);
    const auto pick = [&](int n) { return int(random() % quint32(n)); };
    const QDate today = QDate::currentDate();
    static const char *const exitReasons[] = {"employment", "employment", "own_project", "other_income", "moved", "other"};
    static const char *const reentryReasons[] = {"lost_job", "project_failed", "illness", "family_change", "other"};
    struct Row {
        QByteArray id;
        QString status;
        QDate registered, statusDate;
    };
    QList<Row> rows;
    must(db.read(u"SELECT id, status, registration_date, status_date FROM households WHERE deleted = 0 "
                 "AND status IN ('exited', 'reentered') ORDER BY file_number"_s, {},
                 [&](const storage::RawRow &r) {
                     rows.append({r.blob(0), r.text(1), QDate::fromString(r.text(2), Qt::ISODate),
                                  QDate::fromString(r.text(3), Qt::ISODate)});
                 }).ok(),
         "read households");
    int exits = 0, reentries = 0, followups = 0, statusRows = 0;
    Status s = db.transaction([&]() -> Status {
        Centres centres;
        centres.ids << db.scalar(u"SELECT centre_id FROM households LIMIT 1"_s).value().toByteArray();
        // Centres are signed rows (a device's own needs a setup): the filter
        // reads households.centre_id only, so three more ids suffice.
        for (int c = 2; c <= 4; ++c)
            centres.ids << QByteArray("bench-centre-").append(char('0' + c)).leftJustified(16, '-');
        // A quarter of the households in each centre, by file number.
        for (int c = 1; c < 4; ++c) {
            auto q = db.exec(u"UPDATE households SET centre_id = ? WHERE rowid % 4 = ?"_s, {centres.ids[c], c});
            if (!q)
                return q.error();
        }
        const auto status = [&](const QByteArray &h, const char *value, const char *previous, const QDate &on) {
            ++statusRows;
            return writer.insert(u"household_status"_s, {{u"household_id"_s, h}, {u"status"_s, QString::fromLatin1(value)},
                                                          {u"previous_status"_s, QString::fromLatin1(previous)},
                                                          {u"effective_date"_s, on.toString(Qt::ISODate)}});
        };
        for (const Row &r : std::as_const(rows)) {
            const bool back = r.status == u"reentered";
            // A re-entered household left halfway between registration and its re-entry.
            const QDate exitOn = back ? r.registered.addDays(std::max<qint64>(1, r.registered.daysTo(r.statusDate) / 2))
                                      : r.statusDate;
            const QDate activeOn = r.registered.addDays(std::min<qint64>(30, r.registered.daysTo(exitOn) / 2));
            if (activeOn > r.registered && activeOn < exitOn) {
                if (auto a = status(r.id, "active", "applicant", activeOn); !a)
                    return a.error();
            }
            if (back) {
                if (auto a = status(r.id, "exited", "active", exitOn); !a)
                    return a.error();
            }
            auto exit = writer.insert(u"household_exits"_s,
                                      {{u"household_id"_s, r.id}, {u"kind"_s, u"exit"_s}, {u"on_date"_s, exitOn.toString(Qt::ISODate)},
                                       {u"reason"_s, QString::fromLatin1(exitReasons[pick(6)])}});
            if (!exit)
                return exit.error();
            ++exits;
            for (int months : {3, 6, 12}) {
                const QDate due = exitOn.addMonths(months);
                QVariantMap f = {{u"household_id"_s, r.id}, {u"exit_id"_s, exit.value()}, {u"months"_s, months},
                                 {u"due_on"_s, due.toString(Qt::ISODate)}};
                if (due <= today && pick(4) != 0) {
                    f.insert(u"done_on"_s, due.addDays(pick(20)).toString(Qt::ISODate));
                    f.insert(u"employed"_s, pick(3) != 0 ? 1 : 0);
                    f.insert(u"income"_s, 2000 + pick(6000));
                }
                if (auto a = writer.insert(u"exit_followups"_s, f); !a)
                    return a.error();
                ++followups;
            }
            if (auto a = writer.insert(u"incomes"_s, {{u"household_id"_s, r.id}, {u"source"_s, u"salary"_s},
                                                      {u"amount"_s, 3000 + pick(7000)}, {u"currency"_s, u"SAR"_s},
                                                      {u"effective_date"_s, exitOn.toString(Qt::ISODate)}});
                !a)
                return a.error();
            if (back) {
                auto a = writer.insert(u"household_exits"_s,
                                       {{u"household_id"_s, r.id}, {u"kind"_s, u"reentry"_s},
                                        {u"on_date"_s, r.statusDate.toString(Qt::ISODate)},
                                        {u"reason"_s, QString::fromLatin1(reentryReasons[pick(5)])}});
                if (!a)
                    return a.error();
                ++reentries;
            }
        }
        return {};
    });
    if (!s)
        QTextStream(stderr) << "impact data: " << s.error().message << "\n";
    must(s.ok(), "impact data");
    report(out, {u"add impact data: 4 centres, %1 exits, %2 re-entries, %3 follow-ups, %4 status rows, %1 dated incomes"_s
                     .arg(exits).arg(reentries).arg(followups).arg(statusRows),
                 elapsedMs(t), 0, u"ms"_s, u"through SyncedWriter; no baseline"_s});
}

// ---- raw baselines: each figure by plain SQL, counts only ----

int rawRows(sqlite3 *db, const QByteArray &sql, const QList<QByteArray> &texts, const QByteArray &centre = {})
{
    RawStmt s(db, sql);
    int at = 1;
    for (const QByteArray &t : texts)
        sqlite3_bind_text(s, at++, t.constData(), int(t.size()), SQLITE_STATIC);
    if (!centre.isEmpty())
        sqlite3_bind_blob(s, at++, centre.constData(), int(centre.size()), SQLITE_STATIC);
    int rows = 0;
    while (sqlite3_step(s) == SQLITE_ROW) {
        readRow(s);
        ++rows;
    }
    return rows;
}

QByteArray scopeWhere(bool centre) { return centre ? " AND h.centre_id = ?" : ""; }

// Households by status on a day, with their members: the latest history row on
// or before the day, per household.
double rawCaseload(sqlite3 *db, const QByteArray &day, const QByteArray &centre)
{
    QElapsedTimer t;
    t.start();
    rawRows(db, "SELECT s.status, count(*), sum((SELECT count(*) FROM members m WHERE m.household_id = h.id "
                "AND m.deleted = 0)) FROM households h JOIN (SELECT household_id, status, row_number() OVER ("
                "PARTITION BY household_id ORDER BY effective_date DESC, created_at DESC, id DESC) AS rn "
                "FROM household_status WHERE deleted = 0 AND effective_date <= ?1) s ON s.household_id = h.id AND s.rn = 1 "
                "WHERE h.deleted = 0" + scopeWhere(!centre.isEmpty()) + " GROUP BY s.status",
            {day}, centre);
    return elapsedMs(t);
}

// Exits of a period by reason (each household once) and the supported caseload the day before.
double rawExits(sqlite3 *db, const QByteArray &first, const QByteArray &last, const QByteArray &before,
                const QByteArray &centre)
{
    QElapsedTimer t;
    t.start();
    rawRows(db, "SELECT reason, count(*) FROM (SELECT x.household_id, x.reason, row_number() OVER (PARTITION BY "
                "x.household_id ORDER BY x.on_date DESC, x.created_at DESC, x.id DESC) AS rn FROM household_exits x "
                "JOIN households h ON h.id = x.household_id WHERE x.deleted = 0 AND x.kind = 'exit' AND h.deleted = 0 "
                "AND x.on_date BETWEEN ?1 AND ?2" + scopeWhere(!centre.isEmpty()) + ") WHERE rn = 1 GROUP BY reason",
            {first, last}, centre);
    rawRows(db, "SELECT count(*) FROM households h JOIN (SELECT household_id, status, row_number() OVER ("
                "PARTITION BY household_id ORDER BY effective_date DESC, created_at DESC, id DESC) AS rn "
                "FROM household_status WHERE deleted = 0 AND effective_date <= ?1) s ON s.household_id = h.id AND s.rn = 1 "
                "WHERE h.deleted = 0 AND s.status IN ('active', 'reentered')" + scopeWhere(!centre.isEmpty()),
            {before}, centre);
    return elapsedMs(t);
}

// The period's exit cohorts (first exit of a household each month) with the
// first re-entry after each: what sustained exits and the re-entry rate count.
double rawCohorts(sqlite3 *db, const QByteArray &first, const QByteArray &last, const QByteArray &centre)
{
    QElapsedTimer t;
    t.start();
    rawRows(db, "SELECT c.household_id, c.on_date, (SELECT min(n.on_date) FROM household_exits n WHERE "
                "n.household_id = c.household_id AND n.deleted = 0 AND n.kind = 'reentry' AND n.on_date > c.on_date) "
                "FROM (SELECT x.household_id, min(x.on_date) AS on_date FROM household_exits x JOIN households h ON "
                "h.id = x.household_id WHERE x.deleted = 0 AND x.kind = 'exit' AND h.deleted = 0 AND x.on_date "
                "BETWEEN ?1 AND ?2" + scopeWhere(!centre.isEmpty()) + " GROUP BY x.household_id, substr(x.on_date, 1, 7)) c",
            {first, last}, centre);
    return elapsedMs(t);
}

double rawExitsByMonth(sqlite3 *db, const QByteArray &first, const QByteArray &last, const QByteArray &centre)
{
    QElapsedTimer t;
    t.start();
    rawRows(db, "SELECT substr(x.on_date, 1, 7), count(DISTINCT x.household_id) FROM household_exits x JOIN households h "
                "ON h.id = x.household_id WHERE x.deleted = 0 AND x.kind = 'exit' AND h.deleted = 0 AND x.on_date "
                "BETWEEN ?1 AND ?2" + scopeWhere(!centre.isEmpty()) + " GROUP BY 1",
            {first, last}, centre);
    return elapsedMs(t);
}

QByteArray iso(const QDate &d) { return d.toString(Qt::ISODate).toLatin1(); }

// Indicators 5-10 of a period, one plain query per figure, counts only, one
// function per indicator so that each part of the dashboard has its own
// baseline. Wellbeing (9) is left out.
struct Raw5To10 {
    sqlite3 *db;
    QByteArray first, last, centre;

    QByteArray in(const char *column) const
    {
        return QByteArray(" JOIN households h ON h.id = %1 AND h.deleted = 0" + scopeWhere(!centre.isEmpty()))
            .replace("%1", column);
    }
    // 5: first approved plans with the income on the last day.
    double independence() const
    {
        QElapsedTimer t;
        t.start();
        rawRows(db, "SELECT count(*), sum((SELECT sum(i.amount) FROM incomes i WHERE i.household_id = f.household_id "
                    "AND i.deleted = 0 AND i.effective_date <= ?1)) FROM (SELECT p.household_id, min(p.started_on) "
                    "FROM plans p" + in("p.household_id") + " WHERE p.deleted = 0 AND p.approved_on <= ?1 AND "
                    "p.started_on <= ?1 GROUP BY p.household_id) f", {last}, centre);
        return elapsedMs(t);
    }
    // 6: able members with a plan; completed referrals by partner kind.
    double work() const
    {
        QElapsedTimer t;
        t.start();
        rawRows(db, "SELECT count(DISTINCT m.id) FROM plans p JOIN members m ON m.id = p.member_id AND m.deleted = 0 AND "
                    "m.able_to_work = 1" + in("m.household_id") + " WHERE p.deleted = 0 AND p.approved_on <= ?1 AND "
                    "p.started_on <= ?1", {last}, centre);
        completions();
        return elapsedMs(t);
    }
    void completions() const
    {
        rawRows(db, "SELECT p.kind, count(*) FROM referral_status s JOIN referrals r ON r.id = s.referral_id AND "
                    "r.deleted = 0 JOIN partners p ON p.id = r.partner_id" + in("r.household_id") + " WHERE s.deleted = 0 "
                    "AND s.status = 'completed' AND s.on_date BETWEEN ?1 AND ?2 GROUP BY p.kind", {first, last}, centre);
    }
    // 7: plans by status on the last day, goals, overdue tasks.
    double plans() const
    {
        QElapsedTimer t;
        t.start();
        rawRows(db, "SELECT status, count(*) FROM (SELECT e.status, row_number() OVER (PARTITION BY e.plan_id ORDER BY "
                    "e.at DESC, e.created_at DESC, e.id DESC) AS rn FROM plan_events e JOIN plans p ON p.id = e.plan_id "
                    "AND p.deleted = 0" + in("p.household_id") + " WHERE e.deleted = 0 AND substr(e.at, 1, 10) <= ?1) "
                    "WHERE rn = 1 GROUP BY status", {last}, centre);
        rawRows(db, "SELECT g.status, count(*) FROM plan_goals g JOIN plans p ON p.id = g.plan_id AND p.deleted = 0" +
                        in("p.household_id") + " WHERE g.deleted = 0 AND p.approved_on <= ?1 GROUP BY g.status",
                {last}, centre);
        rawRows(db, "SELECT count(*) FROM plan_tasks t JOIN plans p ON p.id = t.plan_id AND p.deleted = 0" +
                        in("p.household_id") + " WHERE t.deleted = 0 AND t.status <> 'dropped' AND t.due_date < ?1 "
                        "AND (t.done_on IS NULL OR t.done_on > ?1)", {last}, centre);
        return elapsedMs(t);
    }
    // 8: referrals sent by status, completions by partner kind.
    double referrals() const
    {
        QElapsedTimer t;
        t.start();
        rawRows(db, "SELECT r.status, count(*) FROM referrals r" + in("r.household_id") + " WHERE r.deleted = 0 AND "
                    "r.sent_on BETWEEN ?1 AND ?2 GROUP BY r.status", {first, last}, centre);
        completions();
        return elapsedMs(t);
    }
    // 10: sessions and appointments of the period by counsellor, first sessions.
    double clinic() const
    {
        QElapsedTimer t;
        t.start();
        rawRows(db, "SELECT s.counsellor_id, count(*) FROM sessions s" + in("s.household_id") + " WHERE s.deleted = 0 AND "
                    "s.held_at >= ?1 AND s.held_at < ?2 || 'Z' GROUP BY s.counsellor_id", {first, last}, centre);
        rawRows(db, "SELECT a.counsellor_id, a.status, count(*) FROM appointments a" + in("a.household_id") +
                        " WHERE a.deleted = 0 AND a.status IN ('attended', 'no_show') AND a.starts_at >= ?1 AND "
                        "a.starts_at < ?2 || 'Z' GROUP BY 1, 2", {first, last}, centre);
        rawRows(db, "SELECT count(*) FROM (SELECT s.household_id, min(s.held_at) AS f FROM sessions s" +
                        in("s.household_id") + " WHERE s.deleted = 0 GROUP BY s.household_id) WHERE f >= ?1 AND "
                        "f < ?2 || 'Z'", {first, last}, centre);
        return elapsedMs(t);
    }
    double all() const { return independence() + work() + plans() + referrals() + clinic(); }
};

double raw5To10(sqlite3 *db, const QByteArray &first, const QByteArray &last, const QByteArray &centre)
{
    return Raw5To10{db, first, last, centre}.all();
}

// The bars by centre: households supported on the last day and exits of the period, per centre.
double rawGroups(sqlite3 *db, const QByteArray &first, const QByteArray &last, const QByteArray &centre)
{
    QElapsedTimer t;
    t.start();
    rawRows(db, "SELECT h.centre_id, count(*) FROM households h JOIN (SELECT household_id, status, row_number() OVER ("
                "PARTITION BY household_id ORDER BY effective_date DESC, created_at DESC, id DESC) AS rn "
                "FROM household_status WHERE deleted = 0 AND effective_date <= ?1) s ON s.household_id = h.id AND s.rn = 1 "
                "WHERE h.deleted = 0 AND s.status IN ('active', 'reentered')" + scopeWhere(!centre.isEmpty()) +
                    " GROUP BY h.centre_id", {last}, centre);
    rawRows(db, "SELECT h.centre_id, count(DISTINCT x.household_id) FROM household_exits x JOIN households h ON "
                "h.id = x.household_id WHERE x.deleted = 0 AND x.kind = 'exit' AND h.deleted = 0 AND x.on_date "
                "BETWEEN ?1 AND ?2" + scopeWhere(!centre.isEmpty()) + " GROUP BY h.centre_id", {first, last}, centre);
    return elapsedMs(t);
}


// Everything computeDashboard counts (but satisfaction and wellbeing), by plain SQL, one query after another.
double rawDashboard(sqlite3 *db, const impact::Period &p, const impact::Period &prev, const QByteArray &centre)
{
    double ms = 0;
    for (const impact::Period *x : {&p, &prev}) {
        ms += rawCaseload(db, iso(x->last()), centre);
        ms += rawExits(db, iso(x->first()), iso(x->last()), iso(x->first().addDays(-1)), centre);
        ms += 2 * rawCohorts(db, iso(x->first()), iso(x->last()), centre); // sustained and re-entry each read it
        ms += raw5To10(db, iso(x->first()), iso(x->last()), centre);
    }
    ms += rawGroups(db, iso(p.first()), iso(p.last()), centre);
    const QDate monthsFrom = QDate(p.last().year(), p.last().month(), 1).addMonths(-11);
    ms += rawExitsByMonth(db, iso(monthsFrom), iso(p.last()), centre);
    return ms;
}

double median3(const std::function<double()> &work)
{
    work(); // warm the cache
    QList<double> v = {work(), work(), work()};
    std::sort(v.begin(), v.end());
    return v[1];
}

} // namespace

void benchImpact(QTextStream &out, const QString &dir, int households, const QStringList &only)
{
    const QString path = QDir(dir).filePath(u"registry.sqlite"_s);
    const bool reuse = QFileInfo::exists(path);
    auto opened = storage::Database::open(path);
    must(opened.ok(), "open");
    storage::Database &db = *opened.value();
    if (!reuse) {
        org::SetupRequest r{u"RUH"_s, u"مركز"_s, u"الرياض"_s, u"bench"_s, 1, u"admin"_s, u"admin"_s, u"bench-password"_s};
        must(org::Setup::run(db, r, security::HashCost::minimal()).ok(), "setup");
        QElapsedTimer t;
        t.start();
        must(registry::DemoGenerator::generate(db, benchAdmin(db), {households, 1, u"SA"_s}, [](int done, int total) {
                 if (done % 50000 == 0)
                     QTextStream(stderr) << "generated " << done << " of " << total << " households\n";
                 return true;
             }).ok(),
             "households");
        report(out, {u"generate %1 households (registry demo)"_s.arg(households), elapsedMs(t), 0, u"ms"_s,
                     u"DemoGenerator; no baseline"_s});
    }
    if (db.scalar(u"SELECT count(*) FROM household_exits"_s).value().toInt() == 0)
        addImpactData(db, out);
    const int total = db.scalar(u"SELECT count(*) FROM households WHERE deleted = 0"_s).value().toInt();
    const int appointments = db.scalar(u"SELECT count(*) FROM appointments"_s).value().toInt();
    const int plans = db.scalar(u"SELECT count(*) FROM plans"_s).value().toInt();
    const QByteArray centre = db.scalar(u"SELECT centre_id FROM households GROUP BY centre_id ORDER BY count(*) DESC "
                                        "LIMIT 1"_s).value().toByteArray();
    const QString data = u"%1 households, %2 appointments, %3 plans"_s.arg(total).arg(appointments).arg(plans);

    rawCacheSize = -2000; // both sides with SQLite's everyday 2 MiB
    RawDb raw(path, SQLITE_OPEN_READONLY);
    const QDate today = QDate::currentDate();
    const impact::Period year = impact::Period::year(today.year() - 1).value();
    const impact::Period prev = year.previous().value();
    impact::ImpactFilter none, one, empty;
    one.centres << centre;
    empty.centres << QByteArray(16, '\x7f'); // a centre with no household: a filter that matches nothing

    if (only.isEmpty() || only.contains(u"kept facts"_s)) {
        // Once after the update (at the first dashboard) and at every
        // tamkeen-cli check: every kind's rows read and packed (KeptFacts.h).
        const double ours = median3([&] {
            QElapsedTimer t;
            t.start();
            must(impact::maintained::rebuildAll(db).ok(), "kept facts");
            return elapsedMs(t);
        });
        const double base = median3([&] {
            QElapsedTimer t;
            t.start();
            rawRows(raw, "SELECT household_id, counsellor_id, held_at FROM sessions WHERE deleted = 0 AND held_at IS NOT NULL "
                         "UNION ALL SELECT household_id, counsellor_id, starts_at FROM appointments WHERE deleted = 0 "
                         "AND status IN ('attended', 'no_show')",
                    {});
            rawRows(raw, "SELECT r.household_id, r.id, r.partner_id, r.sent_on, s.status, s.on_date FROM referrals r "
                         "LEFT JOIN referral_status s ON s.referral_id = r.id AND s.deleted = 0 WHERE r.deleted = 0",
                    {});
            rawRows(raw, "SELECT household_id FROM members WHERE deleted = 0", {});
            rawRows(raw, "SELECT household_id, id, employment FROM members WHERE deleted = 0 AND able_to_work = 1", {});
            rawRows(raw, "SELECT household_id, effective_date, status FROM household_status WHERE deleted = 0 "
                         "ORDER BY household_id, effective_date, created_at, id",
                    {});
            rawRows(raw, "SELECT household_id, id, member_id, approved_on, started_on, created_at, "
                         "json_extract(baseline, '$.incomePerPerson'), json_extract(baseline, '$.employment') "
                         "FROM plans WHERE deleted = 0",
                    {});
            rawRows(raw, "SELECT p.household_id, e.plan_id, e.at, e.status, e.event FROM plan_events e "
                         "JOIN plans p ON p.id = e.plan_id WHERE e.deleted = 0 AND p.deleted = 0",
                    {});
            rawRows(raw, "SELECT p.household_id, g.status FROM plan_goals g JOIN plans p ON p.id = g.plan_id "
                         "WHERE g.deleted = 0 AND p.deleted = 0",
                    {});
            rawRows(raw, "SELECT p.household_id, t.due_date, t.done_on FROM plan_tasks t JOIN plans p ON p.id = t.plan_id "
                         "WHERE t.deleted = 0 AND p.deleted = 0",
                    {});
            rawRows(raw, "SELECT household_id FROM members WHERE deleted = 0", {});
            rawRows(raw, "SELECT household_id, on_date FROM household_exits WHERE deleted = 0 AND kind = 'exit'", {});
            return elapsedMs(t);
        });
        report(out, {u"kept facts made again from every row: clinic, referrals, members and statuses, plans, able members (%1)"_s.arg(data),
                     ours, base, u"ms"_s,
                     u"median of 3; at the first dashboard after the update and at tamkeen-cli check; baseline: "
                     "reading the same rows"_s});
    }

    impact::DashboardData dashboard;
    const security::Session admin = benchAdmin(db);
    for (const auto &[filter, label] : {std::pair{&none, u"no filter"_s}, std::pair{&one, u"one centre of 4"_s},
                                        std::pair{&empty, u"a centre with no household"_s}}) {
        const QByteArray c = filter->centres.isEmpty() ? QByteArray() : filter->centres.first();
        const auto time = [&](const std::function<bool(impact::Indicators &)> &work) {
            return median3([&] {
                QElapsedTimer t;
                t.start();
                impact::Indicators indicators(db);
                must(work(indicators), "indicator");
                return elapsedMs(t);
            });
        };
        if (only.isEmpty() || only.contains(u"dashboard"_s)) {
        // As the GUI asks it: from the file (the two periods at once, on
        // connections of their own), for an administrator, who sees wellbeing.
        // A new DashboardEngine, as a window has one before its first
        // dashboard (its threads started, no connection opened, nothing
        // read); its end, at the window's close, is not waited for here.
        const double ours = median3([&] {
            impact::DashboardEngine engine(path);
            QElapsedTimer t;
            t.start();
            auto d = engine.compute(year, *filter, today, &admin);
            const double ms = elapsedMs(t);
            must(d.ok(), "dashboard");
            if (filter == &none)
                dashboard = d.value();
            return ms;
        });
        const double single = median3([&] {
            QElapsedTimer t;
            t.start();
            must(impact::computeDashboard(db, year, *filter, today, &admin).ok(), "dashboard");
            return elapsedMs(t);
        });
        const double base = median3([&] { return rawDashboard(raw, year, prev, c); });
        const QString target = total > 300000 ? u"target at a million households ≤ 2 s"_s : u"target ≤ 500 ms"_s;
        report(out, {u"dashboard, year %1 beside %2, %3 (%4)"_s.arg(year.first().year()).arg(prev.first().year()).arg(label, data),
                     ours, base, u"ms"_s,
                     target + u"; median of 3; as the GUI: both periods at once on 2 connections; baseline: one "
                     "plain query per figure, one after another (satisfaction, wellbeing left out)"_s});
        report(out, {u"the same on one connection, one period after the other (%1)"_s.arg(label), single, base,
                     u"ms"_s, u"computeDashboard(db, …), as the CLI report"_s});
        // The window keeps one DashboardEngine: after the first dashboard
        // the kept facts are not read again until a commit comes in.
        const impact::ImpactFilter &before = filter == &none ? one : none;
        const auto next = [&](const impact::ImpactFilter &first, impact::GroupBy by) {
            return median3([&] {
                impact::DashboardEngine engine(path);
                must(engine.compute(year, first, today, &admin).ok(), "dashboard");
                QElapsedTimer t;
                t.start();
                must(engine.compute(year, *filter, today, &admin, by).ok(), "dashboard");
                return elapsedMs(t);
            });
        };
        report(out, {u"the next dashboard in the window, after one %1 (%2)"_s.arg(filter == &none ? u"for one centre"_s : u"with no filter"_s, label),
                     next(before, impact::GroupBy::Centre), base, u"ms"_s,
                     target + u"; DashboardEngine: the kept facts read for the dashboard before, this filter's households read"_s});
        report(out, {u"the same dashboard again, its bars by worker (%1)"_s.arg(label), next(*filter, impact::GroupBy::Worker),
                     base, u"ms"_s, u"nothing committed in between: what the engine read is used again"_s});
        }
        if (only.isEmpty()) {
        report(out, {u"caseload on %1 (%2)"_s.arg(year.lastIso(), label),
                     time([&](impact::Indicators &indicators) { return indicators.caseload(year, *filter).ok(); }),
                     median3([&] { return rawCaseload(raw, iso(year.last()), c); }), u"ms"_s,
                     u"households and members by status on the day, registrations"_s});
        report(out, {u"exits in %1 and the caseload the day before (%2)"_s.arg(year.first().year()).arg(label),
                     time([&](impact::Indicators &indicators) { return indicators.exits(year, *filter).ok(); }),
                     median3([&] { return rawExits(raw, iso(year.first()), iso(year.last()), iso(year.first().addDays(-1)), c); }),
                     u"ms"_s, QString()});
        report(out, {u"sustained exits, cohorts of %1 (%2)"_s.arg(year.first().year()).arg(label),
                     time([&](impact::Indicators &indicators) { return indicators.sustainedExits(year, *filter, today).ok(); }),
                     median3([&] { return rawCohorts(raw, iso(year.first()), iso(year.last()), c); }), u"ms"_s, QString()});
        report(out, {u"re-entry rate, exits of %1 (%2)"_s.arg(year.first().year()).arg(label),
                     time([&](impact::Indicators &indicators) { return indicators.reentryRate(year, *filter, today).ok(); }),
                     median3([&] { return rawCohorts(raw, iso(year.first()), iso(year.last()), c); }), u"ms"_s, QString()});
        }
        // Indicators 5-10, the bars and the 12 months, each alone (where the dashboard's time goes).
        const Raw5To10 r{raw, iso(year.first()), iso(year.last()), c};
        const QString y = QString::number(year.first().year());
        const QDate lastMonth(year.last().year(), year.last().month(), 1);
        const struct {
            QString name;
            std::function<bool(impact::Indicators &)> ours;
            std::function<double()> raw;
        } parts[] = {
            {u"independence"_s, [&](impact::Indicators &i) { return i.independence(year, *filter).ok(); },
             [&] { return r.independence(); }},
            {u"work"_s, [&](impact::Indicators &i) { return i.work(year, *filter).ok(); }, [&] { return r.work(); }},
            {u"plans"_s, [&](impact::Indicators &i) { return i.plans(year, *filter).ok(); }, [&] { return r.plans(); }},
            {u"referrals"_s, [&](impact::Indicators &i) { return i.referrals(year, *filter).ok(); },
             [&] { return r.referrals(); }},
            {u"clinic activity"_s, [&](impact::Indicators &i) { return i.clinic(year, *filter).ok(); },
             [&] { return r.clinic(); }},
            {u"bars by centre"_s,
             [&](impact::Indicators &) { return impact::GroupedFigures::compute(db, year, *filter, impact::GroupBy::Centre).ok(); },
             [&] { return rawGroups(raw, r.first, r.last, c); }},
            {u"exits of the 12 months"_s,
             [&](impact::Indicators &i) { return i.exitTotalsByMonth(lastMonth.addMonths(-11), 12, *filter).ok(); },
             [&] { return rawExitsByMonth(raw, iso(lastMonth.addMonths(-11)), r.last, c); }},
        };
        for (const auto &part : parts)
            if (only.isEmpty() || only.contains(part.name))
            report(out, {u"%1, %2 (%3)"_s.arg(part.name, y, label), time(part.ours), median3(part.raw), u"ms"_s,
                         u"alone, a new Indicators each run"_s});
    }

    if (!only.isEmpty() && !only.contains(u"memory"_s) && !only.contains(u"drill-down"_s))
        return;
    if (only.isEmpty() || only.contains(u"memory"_s)) {
        // The GUI's peak memory with the dashboard computed, in a process of its own.
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), childArguments({u"--gui-memory-dashboard"_s, path}));
        const bool done = child.waitForFinished(600000) && child.exitCode() == 0;
        const double mib = done ? child.readAllStandardOutput().trimmed().toDouble() / 1024.0 : 0;
        report(out, {u"GUI peak memory, the dashboard of this month computed (%1)"_s.arg(data), mib, 0, u"MiB"_s,
                     done ? u"target at 1,000,000 households ≤ 400 MB; peak resident size of the process"_s
                          : u"the child process failed"_s});
    }
    if (!only.isEmpty() && !only.contains(u"drill-down"_s))
        return;
    if (dashboard.caseload.supported.households.isEmpty()) { // not computed above
        auto d = impact::computeDashboard(path, year, none, today, &admin);
        must(d.ok(), "dashboard");
        dashboard = d.value();
    }
    // The largest drill-down: the households receiving support at the period's end
    // (at this size kept as a bit per household of the scope: the page is found by counting bits).
    const impact::Figure &largest = dashboard.caseload.supported;
    const double page = median3([&] {
        QElapsedTimer t;
        t.start();
        auto rows = impact::householdRows(db, largest, 0, impact::kDrillDownPage);
        must(rows.ok() && !rows.value().isEmpty(), "drill-down page");
        return elapsedMs(t);
    });
    const QList<QByteArray> first = largest.households.mid(0, impact::kDrillDownPage);
    const double rawPage = median3([&] {
        QElapsedTimer t;
        t.start();
        RawStmt s(raw, "SELECT h.id, h.file_number, (SELECT given_name || ' ' || family_name FROM members WHERE "
                       "household_id = h.id AND relation = 'head' AND deleted = 0 LIMIT 1), h.status FROM households h "
                       "WHERE h.id = ? AND h.deleted = 0");
        for (const QByteArray &id : first) {
            sqlite3_bind_blob(s, 1, id.constData(), int(id.size()), SQLITE_STATIC);
            while (sqlite3_step(s) == SQLITE_ROW)
                readRow(s);
            sqlite3_reset(s);
        }
        return elapsedMs(t);
    });
    report(out, {u"drill-down first page: %1 of the %2 households supported at the end of %3"_s
                     .arg(first.size()).arg(largest.value).arg(year.first().year()),
                 page, rawPage, u"ms"_s, u"target ≤ 100 ms; median of 3; baseline: the same rows by primary key"_s});
    // Its last page: a bitmap's page is found by counting bits from the start.
    const qsizetype lastFrom = qMax<qsizetype>(0, largest.households.size() - impact::kDrillDownPage);
    const double lastPage = median3([&] {
        QElapsedTimer t;
        t.start();
        auto rows = impact::householdRows(db, largest, lastFrom, impact::kDrillDownPage);
        must(rows.ok() && !rows.value().isEmpty(), "drill-down last page");
        return elapsedMs(t);
    });
    report(out, {u"the same drill-down's last page"_s, lastPage, 0, u"ms"_s, u"target ≤ 100 ms; median of 3"_s});
    const double all = median3([&] {
        QElapsedTimer t;
        t.start();
        must(impact::householdRows(db, largest).ok(), "drill-down all");
        return elapsedMs(t);
    });
    report(out, {u"the same drill-down loaded whole (before paging)"_s, all, 0, u"ms"_s, u"for comparison"_s});
}

} // namespace tamkeen::bench
