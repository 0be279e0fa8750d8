#include "hub/HubReport.h"

#include "hub/HubSchema.h"
#include "hub/PgConnection.h"
#include "hub/SqliteValues.h"
#include "impact/ClinicCount.h"
#include "impact/IndicatorCache.h"
#include "impact/AbleMembers.h"
#include "impact/IncomeHistory.h"
#include "impact/IncomeIndicators.h"
#include "impact/IndicatorSql.h"
#include "impact/PlanCount.h"
#include "impact/ReferralCount.h"
#include "impact/ScopeOrder.h"
#include "impact/ScoreCount.h"
#include "impact/SmallNumbers.h"
#include "referrals/ExitService.h"
#include "registry/IncomeService.h"
#include "registry/Vocabulary.h"
#include "storage/Uuid.h"


using namespace Qt::StringLiterals;

namespace tamkeen::hub {

namespace {

using impact::Figure;

// The desktop's SQLite SQL for PostgreSQL: numbered parameters for its `?`,
// strpos for instr (the same arguments, the same result). Its table names
// resolve in schema tamkeen (the search path of the report's transaction).
QString forPostgres(const QString &sqlite, int first = 1)
{
    QString out;
    int n = first - 1;
    for (const QChar c : sqlite) {
        if (c == u'?')
            out += u'$' + QString::number(++n);
        else
            out += c;
    }
    out.replace(u"instr("_s, u"strpos("_s);
    return out;
}

QByteArray parameter(const QVariant &v)
{
    if (v.isNull())
        return {};
    if (v.typeId() == QMetaType::QByteArray)
        return "\\x" + v.toByteArray().toHex();
    return v.toString().toUtf8();
}

QList<QByteArray> parameters(const QVariantList &values)
{
    QList<QByteArray> out;
    for (const QVariant &v : values)
        out << parameter(v);
    return out;
}

QByteArray idOf(const PgRows &rows, int row, int column) { return QByteArray::fromHex(rows.bytes(row, column).mid(2)); }

// The households in scope and each one's status on a day, as the desktop's
// impact::sql::withScope and statusAt (text ordered byte by byte, as SQLite does).
QString scopeAndStatus(const impact::ImpactFilter &filter, const QDate &ageOn, const QDate &day, QVariantList *values)
{
    QString sql = u"WITH scope(id, file_number) AS (%1)"_s.arg(filter.scopeSql(ageOn, values));
    sql += u", status_at(household_id, status, file_number) AS (SELECT DISTINCT ON (s.household_id) s.household_id, "
           "s.status, scope.file_number FROM household_status s JOIN scope ON scope.id = s.household_id "
           "WHERE s.deleted = 0 AND s.effective_date COLLATE \"C\" <= ? ORDER BY s.household_id, "
           "s.effective_date COLLATE \"C\" DESC, s.created_at COLLATE \"C\" DESC, s.id DESC)"_s;
    *values << day.toString(Qt::ISODate);
    return sql;
}

class Source {
public:
    explicit Source(PgConnection &pg) : m_pg(pg) {}

    Result<PgRows> query(const QString &sqlite, const QVariantList &values)
    {
        return m_pg.query(forPostgres(sqlite), parameters(values));
    }

    // `sql` (its own parameters $1 …) after "WITH scope(id) AS (…)": the
    // households of the scope read last, so that only their rows are read
    // (a centre's report read the whole country's plans and incomes: 11 s
    // at 1,000,000 households). The rows are still looked up in the scope.
    Result<PgRows> inScope(const QString &sql, QList<QByteArray> own = {})
    {
        QVariantList values;
        const QString scope = forPostgres(m_filter.scopeSql(m_scopeDay, &values, u"h.id"_s), int(own.size()) + 1);
        own += parameters(values);
        return m_pg.query(u"WITH scope(id) AS (%1) "_s.arg(scope) + sql, own);
    }

    Result<impact::Caseload> caseload(const impact::Period &period, const impact::ImpactFilter &filter)
    {
        impact::Caseload c;
        impact::sql::Grouping households, withMembers;
        QHash<QString, qint64> members;
        QList<QByteArray> supported;
        QVariantList values;
        auto rows = query(scopeAndStatus(filter, period.last(), period.last(), &values)
                              + u" SELECT a.household_id, a.status, (SELECT count(*) FROM members m WHERE "
                                "m.household_id = a.household_id AND m.deleted = 0), a.file_number FROM status_at a "
                                "ORDER BY a.file_number COLLATE \"C\", a.household_id"_s,
                          values);
        if (!rows)
            return rows.error();
        for (int i = 0; i < rows.value().rows(); ++i) {
            const QByteArray id = known(rows.value(), i, 0, 3);
            const QString status = rows.value().text(i, 1);
            const qint64 n = rows.value().integer(i, 2);
            households.add(status, id);
            members[status] += n;
            if (n > 0)
                withMembers.add(status, id);
            if (status == u"active" || status == u"reentered")
                supported << id;
        }
        QStringList keys;
        for (const registry::Term &t : registry::Vocabulary::statuses())
            keys << t.key;
        c.households = households.figures(keys);
        c.members = withMembers.figures(keys);
        for (Figure &f : c.members)
            f.value = members.value(f.key);
        c.supported = Figure::of(u"supported"_s, supported);
        QVariantList scopeValues;
        const QString registered = u"WITH scope(id, file_number) AS (%1) SELECT h.id, h.file_number FROM households h JOIN scope ON "
                                   "scope.id = h.id WHERE h.registration_date COLLATE \"C\" BETWEEN ? AND ? "
                                   "ORDER BY h.file_number COLLATE \"C\", h.id"_s.arg(
                                       filter.scopeSql(period.last(), &scopeValues));
        auto ids = query(registered, scopeValues << period.firstIso() << period.lastIso());
        if (!ids)
            return ids.error();
        QList<QByteArray> list;
        for (int i = 0; i < ids.value().rows(); ++i)
            list << known(ids.value(), i, 0, 1);
        c.registered = Figure::of(u"registered"_s, list);
        return c;
    }

    Result<impact::Exits> exits(const impact::Period &period, const impact::ImpactFilter &filter)
    {
        impact::Exits e;
        // Each household's last exit in the period, the households in scope by file number.
        QVariantList values;
        const QString last = u"WITH scope(id, file_number) AS (%1) SELECT t.household_id, t.reason, scope.file_number FROM ("
                             "SELECT x.household_id, x.reason, row_number() OVER (PARTITION BY x.household_id "
                             "ORDER BY x.on_date COLLATE \"C\" DESC, x.created_at COLLATE \"C\" DESC, x.id DESC) AS rn "
                             "FROM household_exits x WHERE x.deleted = 0 AND x.kind = 'exit' "
                             "AND x.on_date COLLATE \"C\" BETWEEN ? AND ?) t JOIN scope ON scope.id = t.household_id "
                             "WHERE t.rn = 1 ORDER BY scope.file_number COLLATE \"C\", t.household_id"_s.arg(
                                 filter.scopeSql(period.last(), &values));
        auto rows = query(last, values << period.firstIso() << period.lastIso());
        if (!rows)
            return rows.error();
        impact::sql::Grouping reasons;
        QList<QByteArray> positive, other, total;
        for (int i = 0; i < rows.value().rows(); ++i) {
            const QByteArray id = known(rows.value(), i, 0, 2);
            const QString reason = rows.value().text(i, 1);
            reasons.add(reason, id);
            (impact::Indicators::isPositiveExit(reason) ? positive : other) << id;
            total << id;
        }
        QStringList keys;
        for (const registry::Term &t : referrals::ExitService::exitReasons())
            keys << t.key;
        e.byReason = reasons.figures(keys);
        e.positive = Figure::of(u"positive"_s, positive);
        e.other = Figure::of(u"other"_s, other);
        e.total = Figure::of(u"total"_s, total);
        // The caseload at the start: at the end of the day before the first.
        QVariantList before;
        auto active = query(scopeAndStatus(filter, period.last(), period.first().addDays(-1), &before)
                                + u" SELECT household_id, file_number FROM status_at WHERE status IN ('active', 'reentered') "
                                  "ORDER BY file_number COLLATE \"C\", household_id"_s,
                            before);
        if (!active)
            return active.error();
        QList<QByteArray> ids;
        for (int i = 0; i < active.value().rows(); ++i)
            ids << known(active.value(), i, 0, 1);
        e.activeAtStart = Figure::of(u"active_at_start"_s, ids);
        return e;
    }

    // Each household's first exit of each month of the period and the first
    // re-entry after it, by file number then date: impact::Indicators::exitEvents's SQL.
    Result<QList<impact::ExitEvent>> exitEvents(const impact::Period &period, const impact::ImpactFilter &filter)
    {
        QVariantList values;
        const QString sql =
            u"WITH scope(id, file_number) AS (%1), cohort AS (SELECT household_id, on_date, created_at, id FROM ("
            "SELECT x.household_id, x.on_date, x.created_at, x.id, row_number() OVER ("
            "PARTITION BY x.household_id, substr(x.on_date, 1, 7) ORDER BY x.on_date COLLATE \"C\", "
            "x.created_at COLLATE \"C\", x.id) AS rn FROM household_exits x WHERE x.deleted = 0 AND x.kind = 'exit' "
            "AND x.on_date COLLATE \"C\" BETWEEN ? AND ?) t WHERE rn = 1) "
            "SELECT c.household_id, c.on_date, r.on_date, r.reason, scope.file_number FROM cohort c "
            "JOIN scope ON scope.id = c.household_id "
            "LEFT JOIN household_exits r ON r.id = (SELECT n.id FROM household_exits n WHERE "
            "n.household_id = c.household_id AND n.deleted = 0 AND n.kind = 'reentry' AND "
            "(n.on_date COLLATE \"C\", n.created_at COLLATE \"C\", n.id) > "
            "(c.on_date COLLATE \"C\", c.created_at COLLATE \"C\", c.id) "
            "ORDER BY n.on_date COLLATE \"C\", n.created_at COLLATE \"C\", n.id LIMIT 1) "
            "ORDER BY scope.file_number COLLATE \"C\", c.household_id, c.on_date COLLATE \"C\""_s.arg(
                filter.scopeSql(period.last(), &values));
        auto rows = query(sql, values << period.firstIso() << period.lastIso());
        if (!rows)
            return rows.error();
        QList<impact::ExitEvent> events;
        for (int i = 0; i < rows.value().rows(); ++i) {
            const PgRows &r = rows.value();
            events << impact::ExitEvent{known(r, i, 0, 4), QDate::fromString(r.text(i, 1), Qt::ISODate),
                                        r.isNull(i, 2) ? QDate() : QDate::fromString(r.text(i, 2), Qt::ISODate),
                                        r.isNull(i, 3) ? QString() : r.text(i, 3)};
        }
        return events;
    }

    // The households in scope by file number, as the desktop's
    // impact::ScopeOrder holds them; their file numbers kept by place.
    Result<std::shared_ptr<const impact::ScopeOrder>> scope(const impact::ImpactFilter &filter, const QDate &ageOn)
    {
        if (m_scope && m_scopeDay == ageOn) // one request, one filter
            return m_scope;
        QVariantList values;
        auto rows = query(filter.scopeSql(ageOn, &values,
                                          u"h.id, h.file_number, h.registration_date, h.centre_id, h.assigned_worker"_s)
                              + u" ORDER BY h.file_number COLLATE \"C\", h.id"_s,
                          values);
        if (!rows)
            return rows.error();
        const PgRows &r = rows.value();
        impact::ScopeOrder::Builder builder;
        impact::HouseholdIds files;
        const auto group = [&](int row, int column) {
            return r.isNull(row, column) ? std::nullopt : std::optional<QByteArray>(idOf(r, row, column));
        };
        for (int i = 0; i < r.rows(); ++i) {
            builder.add(idOf(r, i, 0), r.bytes(i, 1), r.isNull(i, 2) ? QByteArray() : r.bytes(i, 2), true,
                        group(i, 3), group(i, 4));
            files.append(r.bytes(i, 1));
        }
        m_scope = builder.finish();
        m_scopeDay = ageOn;
        m_filter = filter;
        // PostgreSQL's order ("C": byte by byte) is the builder's; should it
        // not be, the file numbers would be another household's.
        for (int i = 0; i < r.rows(); ++i)
            if (m_scope->id(i) != idOf(r, i, 0))
                return makeError(ErrorCode::Database, u"the households in scope did not come in file-number order"_s);
        m_scopeFiles = std::move(files);
        return m_scope;
    }

    // The file numbers of `f`'s households (in the scope read last), for the report's rows.
    void name(const impact::Figure &f)
    {
        f.households.forEachId([&](qsizetype, std::string_view id) {
            const QByteArray bytes(id.data(), qsizetype(id.size()));
            if (const qint32 rank = m_scope->rank(bytes); rank >= 0)
                m_numbers.insert(bytes, QString::fromUtf8(m_scopeFiles.at(rank)));
        });
    }

    // Indicator 8 from the referrals sent in the period and their dated
    // statuses: impact::Indicators::referrals's SQL.
    Result<impact::ReferralFigures> referrals(const impact::Period &period, const impact::ImpactFilter &filter)
    {
        auto scoped = scope(filter, period.last());
        if (!scoped)
            return scoped.error();
        const impact::ScopeOrder &order = *scoped.value();
        const QString reached = u"(SELECT min(s.on_date COLLATE \"C\") FROM referral_status s WHERE s.referral_id = r.id "
                                "AND s.deleted = 0 AND s.status IN %1 AND s.on_date COLLATE \"C\" <= $1)"_s;
        auto rows = inScope(u"SELECT r.household_id, p.id, p.name, p.kind, r.sent_on, %1, %2, %3, "
                               "coalesce(btrim(r.outcome), '') <> '' FROM referrals r JOIN scope ON scope.id = r.household_id "
                               "JOIN partners p ON p.id = r.partner_id WHERE r.deleted = 0 AND r.sent_on COLLATE \"C\" BETWEEN $2 AND $1"_s.arg(
                                   reached.arg(u"('accepted', 'in_progress', 'completed')"_s),
                                   reached.arg(u"('rejected')"_s), reached.arg(u"('completed')"_s)),
                               {period.lastIso().toUtf8(), period.firstIso().toUtf8()});
        if (!rows)
            return rows.error();
        const PgRows &r = rows.value();
        impact::ReferralCount count;
        for (int i = 0; i < r.rows(); ++i) {
            const qint32 household = order.rank(idOf(r, i, 0));
            if (household < 0)
                continue;
            impact::ReferralCount::Partner &partner =
                count.partner(idOf(r, i, 1), [&] { return std::pair{r.text(i, 2), r.text(i, 3)}; });
            const bool completed = !r.isNull(i, 7);
            count.add(partner, household, !r.isNull(i, 5), !r.isNull(i, 6), completed,
                      completed ? double(QDate::fromString(r.text(i, 4), Qt::ISODate)
                                             .daysTo(QDate::fromString(r.text(i, 7), Qt::ISODate)))
                                : 0.0,
                      r.text(i, 8) == u"t");
        }
        impact::ReferralFigures figures = count.figures(order);
        name(figures.total.sent); // every other figure's households are among these
        return figures;
    }

    // Indicator 10 from the sessions held and appointments kept in the
    // period, and each household's first session: impact::Indicators::clinic's SQL.
    Result<impact::ClinicFigures> clinic(const impact::Period &period, const impact::ImpactFilter &filter)
    {
        auto scoped = scope(filter, period.last());
        if (!scoped)
            return scoped.error();
        const impact::ScopeOrder &order = *scoped.value();
        const QByteArray first = period.firstIso().toUtf8(), last = period.lastIso().toUtf8(),
                         dayAfter = period.last().addDays(1).toString(Qt::ISODate).toUtf8();
        auto rows = inScope(
            u"SELECT 's', s.counsellor_id, s.household_id, NULL FROM sessions s JOIN scope ON scope.id = s.household_id "
            "WHERE s.deleted = 0 "
            "AND s.held_at COLLATE \"C\" >= $1 AND s.held_at COLLATE \"C\" < $2 "
            "AND substr(s.held_at, 1, 10) COLLATE \"C\" BETWEEN $3 AND $4 "
            "UNION ALL SELECT 'a', a.counsellor_id, a.household_id, a.status = 'no_show' FROM appointments a "
            "JOIN scope ON scope.id = a.household_id WHERE a.deleted = 0 AND a.status IN ('attended', 'no_show') AND a.starts_at COLLATE \"C\" >= $1 "
            "AND a.starts_at COLLATE \"C\" < $2 AND substr(a.starts_at, 1, 10) COLLATE \"C\" BETWEEN $3 AND $4"_s,
            {first, dayAfter, first, last});
        if (!rows)
            return rows.error();
        const PgRows &r = rows.value();
        impact::ClinicCount count;
        for (int i = 0; i < r.rows(); ++i) {
            const qint32 household = order.rank(idOf(r, i, 2));
            if (household < 0)
                continue;
            const bool session = r.bytes(i, 0) == "s";
            count.add(count.counsellor(idOf(r, i, 1)), household, session, !session && r.bytes(i, 3) == "t");
        }
        auto users = m_pg.query(u"SELECT id, full_name FROM users"_s);
        if (!users)
            return users.error();
        QHash<QByteArray, QString> names;
        for (int i = 0; i < users.value().rows(); ++i) {
            const QByteArray id = idOf(users.value(), i, 0);
            if (count.hasCounsellor(id))
                names.insert(id, users.value().isNull(i, 1) ? QString() : users.value().text(i, 1));
        }
        impact::ClinicFigures figures = count.figures(order, names, period);
        auto days = firstSessionDays(order);
        if (!days)
            return days.error();
        impact::ClinicCount::addFirstSessions(figures, days.value(), order, period);
        for (const impact::Figure *f : {&figures.total.sessions, &figures.total.kept, &figures.firstSessions})
            name(*f);
        return figures;
    }

    // Indicator 7 from the plans of the households in scope, their dated
    // events, goals and tasks, and the households' exits: the SQL and walk
    // of impact::Indicators::plans (statuses judged by impact::planOn).
    Result<impact::PlanFigures> plans(const impact::Period &period, const impact::ImpactFilter &filter)
    {
        auto scoped = scope(filter, period.last());
        if (!scoped)
            return scoped.error();
        const impact::ScopeOrder &order = *scoped.value();
        auto read = inScope(u"SELECT p.id, p.household_id, p.approved_on FROM plans p JOIN scope ON scope.id = p.household_id "
                            "WHERE p.deleted = 0"_s);
        if (!read)
            return read.error();
        impact::PlansInScope plans;
        for (int i = 0; i < read.value().rows(); ++i) {
            const PgRows &r = read.value();
            const qint32 household = order.rank(idOf(r, i, 1));
            if (household < 0)
                continue;
            plans.plans.push_back({household, 'b', r.isNull(i, 2) ? 'n' : 't'});
            plans.ids.append(idOf(r, i, 0));
            plans.approvedOn.append(r.isNull(i, 2) ? QByteArray() : r.bytes(i, 2));
        }
        plans.index();
        const QByteArray last = period.lastIso().toUtf8();
        const QByteArray reviewBy =
            period.last().addDays(-impact::PlanFigures::kReviewDays).toString(Qt::ISODate).toUtf8();
        impact::PlanCount count;
        std::vector<char> active(plans.plans.size(), 0); // on the last day
        // Every live event, by plan, oldest first (NULLS FIRST: as SQLite orders them).
        auto events = inScope(u"SELECT e.plan_id, e.at, e.status, e.event FROM plan_events e JOIN plans p ON p.id = e.plan_id "
                              "JOIN scope ON scope.id = p.household_id WHERE e.deleted = 0 AND e.at IS NOT NULL "
                              "ORDER BY e.plan_id, e.at COLLATE \"C\", e.created_at COLLATE \"C\" NULLS FIRST, e.id"_s);
        if (!events)
            return events.error();
        std::vector<impact::PlanEvent> walked;
        QByteArray plan;
        const auto judge = [&] {
            if (const qint32 at = plans.find(plan); at >= 0 && !walked.empty())
                active[size_t(at)] = count.addPlan(plans.plans[size_t(at)].household, impact::planOn(walked, last), reviewBy);
            walked.clear();
        };
        for (int i = 0; i < events.value().rows(); ++i) {
            const PgRows &r = events.value();
            const QByteArray id = idOf(r, i, 0);
            if (id != plan) {
                judge();
                plan = id;
            }
            walked.push_back({r.bytes(i, 1), r.isNull(i, 2) ? QByteArray() : r.bytes(i, 2),
                              r.isNull(i, 3) ? QByteArray() : r.bytes(i, 3)});
        }
        judge();
        // Goals (not dropped) of plans approved by the last day.
        auto goals = inScope(u"SELECT g.plan_id, g.status = 'achieved' FROM plan_goals g JOIN plans p ON p.id = g.plan_id "
                             "JOIN scope ON scope.id = p.household_id WHERE g.deleted = 0 AND g.status <> 'dropped'"_s);
        if (!goals)
            return goals.error();
        for (int i = 0; i < goals.value().rows(); ++i) {
            const qint32 at = plans.find(idOf(goals.value(), i, 0));
            if (at < 0 || !plans.approvedBy(at, last))
                continue;
            count.goals.push_back(plans.plans[size_t(at)].household);
            if (goals.value().bytes(i, 1) == "t")
                count.achieved.push_back(plans.plans[size_t(at)].household);
        }
        // Each household's last exit in the period and the latest approval of
        // one of its plans on or before it (NULLS LAST: SQLite's DESC order).
        auto exits = inScope(
            u"SELECT household_id, on_date, approved FROM (SELECT x.household_id, x.on_date, "
            "(SELECT max(p.approved_on COLLATE \"C\") FROM plans p WHERE p.household_id = x.household_id "
            "AND p.deleted = 0 AND p.approved_on COLLATE \"C\" <= x.on_date) AS approved, row_number() OVER ("
            "PARTITION BY x.household_id ORDER BY x.on_date COLLATE \"C\" DESC, x.created_at COLLATE \"C\" DESC "
            "NULLS LAST, x.id DESC) AS rn FROM household_exits x JOIN scope ON scope.id = x.household_id "
            "WHERE x.deleted = 0 AND x.kind = 'exit' "
            "AND x.on_date COLLATE \"C\" BETWEEN $1 AND $2) t WHERE rn = 1 AND approved IS NOT NULL"_s,
            {period.firstIso().toUtf8(), last});
        if (!exits)
            return exits.error();
        for (int i = 0; i < exits.value().rows(); ++i) {
            const PgRows &r = exits.value();
            const qint32 household = order.rank(idOf(r, i, 0));
            if (household < 0)
                continue;
            // From the approval to the exit, by SQLite's julianday (null: 0, as the desktop reads it).
            auto days = m_sqlite.daysBetween(r.bytes(i, 2), r.bytes(i, 1));
            if (!days)
                return days.error();
            count.exited.push_back(household);
            count.days << days.value().toDouble();
        }
        // Open tasks past due of plans active on the last day.
        auto tasks = inScope(u"SELECT t.plan_id FROM plan_tasks t JOIN plans p ON p.id = t.plan_id JOIN scope ON scope.id = "
                             "p.household_id WHERE t.deleted = 0 AND t.status <> 'dropped' AND t.due_date COLLATE \"C\" < $1 "
                             "AND (t.done_on IS NULL OR t.done_on COLLATE \"C\" > $1)"_s,
                                {last});
        if (!tasks)
            return tasks.error();
        for (int i = 0; i < tasks.value().rows(); ++i) {
            const qint32 at = plans.find(idOf(tasks.value(), i, 0));
            if (at >= 0 && active[size_t(at)])
                count.overdue.push_back(plans.plans[size_t(at)].household);
        }
        impact::PlanFigures figures = count.figures(order);
        for (const impact::Figure &f : figures.byStatus)
            name(f);
        for (const impact::Figure *f : {&figures.goals, &figures.exitsAfterPlan, &figures.overdueTasks, &figures.unreviewed})
            name(*f);
        return figures;
    }

    // Every live dated income change, in the order impact::IncomeHistory reads
    // them (NULLS FIRST: as SQLite orders them), read once for 5 and 6.
    Result<std::shared_ptr<const impact::IncomeHistory>> incomes()
    {
        if (m_incomes)
            return m_incomes;
        auto rows = inScope(u"SELECT i.household_id, i.member_id, i.source, i.effective_date, i.created_at, i.amount FROM "
                            "incomes i JOIN scope ON scope.id = i.household_id WHERE i.deleted = 0 AND i.effective_date IS NOT "
                            "NULL ORDER BY i.household_id, i.member_id NULLS FIRST, i.source COLLATE \"C\", i.effective_date "
                            "COLLATE \"C\", i.created_at COLLATE \"C\" NULLS FIRST"_s);
        if (!rows)
            return rows.error();
        const PgRows &r = rows.value();
        auto history = impact::IncomeHistory::fromRows([&](const std::function<void(const impact::IncomeHistory::Row &)> &take) {
            impact::IncomeHistory::Row row;
            for (int i = 0; i < r.rows(); ++i) {
                row.household = idOf(r, i, 0);
                row.hasMember = !r.isNull(i, 1);
                row.member = row.hasMember ? idOf(r, i, 1) : QByteArray();
                row.source = r.bytes(i, 2);
                row.effective = r.bytes(i, 3);
                row.created = r.isNull(i, 4) ? QByteArray() : r.bytes(i, 4);
                row.amount = r.isNull(i, 5) ? 0.0 : pgDouble(r.bytes(i, 5));
                take(row);
            }
            return Status();
        });
        if (!history)
            return history.error();
        m_incomes = history.value();
        return m_incomes;
    }

    // Indicator 5 from each household's first approved plan started by the
    // last day: impact::Indicators::independence's SQL.
    Result<impact::Independence> independence(const impact::Period &period, const impact::ImpactFilter &filter)
    {
        auto scoped = scope(filter, period.last());
        if (!scoped)
            return scoped.error();
        auto rule = m_pg.query(u"SELECT value FROM org_settings WHERE id = $1 AND deleted = 0"_s,
                               {parameter(storage::stableId(registry::IncomeService::ruleSettingKey()))});
        if (!rule)
            return rule.error();
        const QVariant stored = rule.value().rows() > 0 && !rule.value().isNull(0, 0) ? QVariant(rule.value().text(0, 0))
                                                                                      : QVariant();
        auto rows = inScope(
            u"SELECT f.household_id, (SELECT count(*) FROM members m WHERE m.household_id = f.household_id "
            "AND m.deleted = 0), f.baseline, f.started_on, (SELECT max(x.on_date COLLATE \"C\") FROM household_exits x "
            "WHERE x.household_id = f.household_id AND x.deleted = 0 AND x.kind = 'exit' AND x.on_date COLLATE \"C\" "
            "BETWEEN f.started_on AND $1) FROM (SELECT p.household_id, p.started_on, p.baseline, row_number() OVER ("
            "PARTITION BY p.household_id ORDER BY p.started_on COLLATE \"C\", p.created_at COLLATE \"C\" NULLS FIRST, "
            "p.id) AS rn FROM plans p JOIN scope ON scope.id = p.household_id WHERE p.deleted = 0 "
            "AND p.approved_on COLLATE \"C\" <= $1 "
            "AND p.started_on COLLATE \"C\" <= $1) f WHERE f.rn = 1"_s,
            {period.lastIso().toUtf8()});
        if (!rows)
            return rows.error();
        const PgRows &r = rows.value();
        const impact::ScopeOrder &order = *scoped.value();
        std::vector<impact::IndependenceRow> found;
        for (int i = 0; i < r.rows(); ++i) {
            const qint32 household = order.rank(idOf(r, i, 0));
            if (household < 0)
                continue;
            auto extracted = r.isNull(i, 2) ? Result<QVariant>(QVariant())
                                            : m_sqlite.jsonExtract(r.bytes(i, 2), "$.incomePerPerson");
            if (!extracted)
                return extracted.error();
            const QVariant &baseline = extracted.value();
            found.push_back({household, int(r.integer(i, 1)),
                             baseline.isNull() ? std::nullopt : std::optional<double>(baseline.toDouble()),
                             r.isNull(i, 3) ? QByteArray() : r.bytes(i, 3), r.isNull(i, 4) ? QByteArray() : r.bytes(i, 4)});
        }
        auto income = incomes();
        if (!income)
            return income.error();
        impact::Independence figures = impact::independenceOf(std::move(found), order, *income.value(),
                                                              registry::IncomeService::ruleOf(stored), period);
        name(figures.households); // every other figure's households are among these
        return figures;
    }

    // Indicator 6 from each able member's first approved plan and the
    // referrals completed in the period: impact::Indicators::work's SQL.
    Result<impact::WorkFigures> work(const impact::Period &period, const impact::ImpactFilter &filter)
    {
        auto scoped = scope(filter, period.last());
        if (!scoped)
            return scoped.error();
        const impact::ScopeOrder &order = *scoped.value();
        auto rows = inScope(u"SELECT p.member_id, p.household_id, m.household_id, p.started_on, p.baseline, m.employment "
                               "FROM plans p JOIN scope ON scope.id = p.household_id JOIN members m ON m.id = p.member_id AND m.deleted = 0 AND m.able_to_work = 1 "
                               "WHERE p.deleted = 0 AND p.approved_on COLLATE \"C\" <= $1 AND p.started_on COLLATE \"C\" <= $1 "
                               "ORDER BY p.member_id, p.started_on COLLATE \"C\", p.created_at COLLATE \"C\" NULLS FIRST, p.id"_s,
                               {period.lastIso().toUtf8()});
        if (!rows)
            return rows.error();
        const PgRows &r = rows.value();
        // The plans of each member in order: the first whose household is in scope taken.
        std::vector<impact::WorkRow> found;
        QByteArray previous;
        bool taken = false;
        for (int i = 0; i < r.rows(); ++i) {
            // Every row's baseline read, as the desktop's SQL reads it (malformed JSON fails both).
            auto employment = r.isNull(i, 4) ? Result<QVariant>(QVariant()) : m_sqlite.jsonExtract(r.bytes(i, 4), "$.employment");
            if (!employment)
                return employment.error();
            const QByteArray member = idOf(r, i, 0);
            if (member != previous) {
                previous = member;
                taken = false;
            }
            if (taken || order.rank(idOf(r, i, 1)) < 0)
                continue;
            taken = true;
            const qint32 household = order.rank(idOf(r, i, 2));
            if (household < 0)
                continue;
            found.push_back({household, member, r.isNull(i, 3) ? QByteArray() : r.bytes(i, 3),
                             impact::AbleMembers::working(employment.value().toString()),
                             impact::AbleMembers::working(r.isNull(i, 5) ? QString() : r.text(i, 5))});
        }
        std::shared_ptr<const impact::IncomeHistory> none = std::make_shared<impact::IncomeHistory>();
        if (!found.empty()) {
            auto income = incomes();
            if (!income)
                return income.error();
            none = income.value();
        }
        impact::WorkFigures figures = impact::workOf(std::move(found), order, *none, period);
        // Referrals whose (first) completion falls in the period, by partner kind.
        auto referrals = inScope(
            u"SELECT r.household_id, p.kind FROM referrals r JOIN scope ON scope.id = r.household_id JOIN partners p "
            "ON p.id = r.partner_id WHERE r.deleted = 0 "
            "AND p.kind IN ('employer', 'training', 'bank') AND (SELECT min(s.on_date COLLATE \"C\") FROM referral_status s "
            "WHERE s.referral_id = r.id AND s.deleted = 0 AND s.status = 'completed') BETWEEN $1 AND $2"_s,
            {period.firstIso().toUtf8(), period.lastIso().toUtf8()});
        if (!referrals)
            return referrals.error();
        std::vector<qint32> jobs, training, loans;
        for (int i = 0; i < referrals.value().rows(); ++i) {
            const qint32 household = order.rank(idOf(referrals.value(), i, 0));
            if (household < 0)
                continue;
            const QByteArray kind = referrals.value().bytes(i, 1);
            (kind == "employer" ? jobs : kind == "training" ? training : loans).push_back(household);
        }
        figures.throughReferrals = {order.rows(u"jobs"_s, jobs), order.rows(u"training_places"_s, training),
                                    order.rows(u"loans"_s, loans)};
        name(figures.members);
        for (const impact::Figure &f : figures.throughReferrals)
            name(f);
        return figures;
    }

    // Indicator 9 from each member's scores up to the last day:
    // impact::Indicators::wellbeing's SQL (NULLS FIRST: SQLite's order).
    Result<impact::WellbeingFigures> wellbeing(const impact::Period &period, const impact::ImpactFilter &filter)
    {
        auto scoped = scope(filter, period.last());
        if (!scoped)
            return scoped.error();
        const impact::ScopeOrder &order = *scoped.value();
        impact::WellbeingFigures figures;
        for (impact::ScoreChange *c : {&figures.who5, &figures.workReadiness}) {
            const QString kind = c == &figures.who5 ? u"wellbeing"_s : u"work_readiness"_s;
            auto rows = inScope(u"SELECT a.member_id, a.household_id, a.score, a.assessed_on FROM assessments a JOIN scope ON "
                                "scope.id = a.household_id WHERE a.deleted = 0 AND a.kind = $1 AND a.score IS NOT NULL AND "
                                "a.assessed_on COLLATE \"C\" <= $2 ORDER BY a.member_id NULLS FIRST, a.assessed_on COLLATE \"C\", "
                                "a.created_at COLLATE \"C\" NULLS FIRST, a.id"_s,
                                   {kind.toUtf8(), period.lastIso().toUtf8()});
            if (!rows)
                return rows.error();
            impact::ScoreCount count;
            for (int i = 0; i < rows.value().rows(); ++i) {
                const PgRows &r = rows.value();
                const qint32 household = order.rank(idOf(r, i, 1));
                if (household >= 0)
                    count.add(r.isNull(i, 0) ? QByteArray() : idOf(r, i, 0), household, pgDouble(r.bytes(i, 2)),
                              r.bytes(i, 3));
            }
            *c = count.figures(order, kind, period.firstIso().toUtf8());
            name(c->members); // the other figures' households are among these
        }
        return figures;
    }

    // Each household's first session ever, as a Julian day by its place in
    // `order` (0: none): the earliest live session whose time begins with a
    // valid date (impact::ScopeOrder::julianDay), as the desktop reads it.
    Result<std::vector<qint64>> firstSessionDays(const impact::ScopeOrder &order)
    {
        std::vector<qint64> days(size_t(order.size()), 0);
        const QString dated = u"s.deleted = 0 AND s.held_at ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}'"_s;
        auto rows = inScope(u"SELECT s.household_id, min(substr(s.held_at, 1, 10) COLLATE \"C\") FROM sessions s "
                            "JOIN scope ON scope.id = s.household_id WHERE %1 GROUP BY s.household_id"_s.arg(dated));
        if (!rows)
            return rows.error();
        QList<QByteArray> invalid; // the earliest is no date ("2025-02-30"): each of theirs looked at
        for (int i = 0; i < rows.value().rows(); ++i) {
            const QByteArray id = idOf(rows.value(), i, 0);
            const qint32 place = order.rank(id);
            if (place < 0)
                continue;
            const qint64 day = impact::ScopeOrder::julianDay(rows.value().bytes(i, 1));
            if (day == 0)
                invalid << "\\x" + id.toHex();
            days[size_t(place)] = day;
        }
        for (const QByteArray &id : std::as_const(invalid)) {
            auto all = m_pg.query(u"SELECT s.household_id, s.held_at FROM sessions s WHERE %1 AND s.household_id = $1"_s.arg(dated),
                                  {id});
            if (!all)
                return all.error();
            for (int i = 0; i < all.value().rows(); ++i) {
                const qint64 day = impact::ScopeOrder::julianDay(all.value().bytes(i, 1));
                qint64 &firstDay = days[size_t(order.rank(idOf(all.value(), i, 0)))];
                if (day != 0 && (firstDay == 0 || day < firstDay))
                    firstDay = day;
            }
        }
        return days;
    }

    // The file numbers of the households the figures so far name: read with
    // them, not as a map of every household (5,000,000 of them at a ministry).
    const QHash<QByteArray, QString> &fileNumbers() const { return m_numbers; }

    Result<bool> smallNumbersHidden()
    {
        auto v = query(u"SELECT value FROM org_settings WHERE id = ? AND deleted = 0"_s,
                       {storage::stableId(impact::SmallNumbers::settingKey())});
        if (!v)
            return v.error();
        return v.value().rows() > 0 && v.value().text(0, 0) == u"1";
    }

private:
    QByteArray known(const PgRows &rows, int row, int idColumn, int numberColumn)
    {
        const QByteArray id = idOf(rows, row, idColumn);
        m_numbers.insert(id, rows.text(row, numberColumn));
        return id;
    }

    PgConnection &m_pg;
    SqliteValues m_sqlite;
    QHash<QByteArray, QString> m_numbers;
    std::shared_ptr<const impact::IncomeHistory> m_incomes; // read once a request
    std::shared_ptr<const impact::ScopeOrder> m_scope; // the one read last, of the request's filter
    QDate m_scopeDay;
    impact::ImpactFilter m_filter;
    impact::HouseholdIds m_scopeFiles; // its file numbers, by place
};

// A value the ledger holds in a type its column cannot (a hostile or broken
// device's) is NULL in PostgreSQL, where it sorts and compares unlike the
// desktop's (SQLite orders an integer before text and a blob after): a
// report that read one would differ, so none is made while one is there.
Status refuseMisfits(PgConnection &pg)
{
    auto rows = pg.query(u"SELECT tbl || '.' || col FROM misfits WHERE tbl = ANY($1::text[]) GROUP BY tbl, col "
                         "ORDER BY 1 LIMIT 5"_s,
                         {"{centres,households,household_status,household_exits,members,care_levels,plans,plan_events,plan_goals,"
                          "plan_tasks,incomes,referrals,referral_status,partners,sessions,appointments,assessments,users,"
                          "org_settings}"});
    if (!rows)
        return rows.error();
    if (rows.value().rows() == 0)
        return {};
    QStringList columns;
    for (int i = 0; i < rows.value().rows(); ++i)
        columns << rows.value().text(i, 0);
    return makeError(ErrorCode::Invalid,
                     u"%1 hold values of a type Tamkeen does not write (tamkeen-hub check lists them), which "
                     "PostgreSQL cannot order as the desktop does: the report is not computed here; tamkeen-cli "
                     "report --db LEDGER computes it from the ledger"_s.arg(columns.join(u", "_s)));
}

Result<QList<impact::ReportRow>> rowsIn(PgConnection &pg, const impact::ReportRequest &request)
{
    if (Status s = refuseMisfits(pg); !s)
        return s.error();
    Source source(pg);
    QList<impact::ReportRow> rows;
    // Wellbeing is confidential: computed only when asked for by name (all
    // leaves it out, as the desktop's does for a reader who may not see it).
    QList<impact::Indicator> which = request.indicators;
    if (which.isEmpty()) {
        which = HubReport::computed();
        which.removeAll(impact::Indicator::Wellbeing);
    }
    for (impact::Indicator i : which) {
        switch (i) {
        case impact::Indicator::Caseload: {
            auto c = source.caseload(request.period, request.filter);
            if (!c)
                return c.error();
            impact::IndicatorReport::addCaseload(rows, c.value(), source.fileNumbers());
            break;
        }
        case impact::Indicator::Exits: {
            auto e = source.exits(request.period, request.filter);
            if (!e)
                return e.error();
            impact::IndicatorReport::addExits(rows, e.value(), source.fileNumbers());
            break;
        }
        case impact::Indicator::SustainedExits:
        case impact::Indicator::ReentryRate: {
            auto events = source.exitEvents(request.period, request.filter);
            if (!events)
                return events.error();
            if (i == impact::Indicator::SustainedExits)
                impact::IndicatorReport::addSustained(rows, impact::Indicators::sustainedOf(events.value(), request.asOf),
                                                      source.fileNumbers());
            else
                impact::IndicatorReport::addReentry(rows, impact::Indicators::reentryOf(events.value(), request.asOf),
                                                    source.fileNumbers());
            break;
        }
        case impact::Indicator::Independence: {
            auto x = source.independence(request.period, request.filter);
            if (!x)
                return x.error();
            impact::IndicatorReport::addIndependence(rows, x.value(), source.fileNumbers());
            break;
        }
        case impact::Indicator::Work: {
            auto x = source.work(request.period, request.filter);
            if (!x)
                return x.error();
            impact::IndicatorReport::addWork(rows, x.value(), source.fileNumbers());
            break;
        }
        case impact::Indicator::Plans: {
            auto p = source.plans(request.period, request.filter);
            if (!p)
                return p.error();
            impact::IndicatorReport::addPlans(rows, p.value(), source.fileNumbers());
            break;
        }
        case impact::Indicator::Referrals: {
            auto r = source.referrals(request.period, request.filter);
            if (!r)
                return r.error();
            impact::IndicatorReport::addReferrals(rows, r.value(), source.fileNumbers());
            break;
        }
        case impact::Indicator::Wellbeing: {
            auto x = source.wellbeing(request.period, request.filter);
            if (!x)
                return x.error();
            impact::IndicatorReport::addWellbeing(rows, x.value(), source.fileNumbers());
            break;
        }
        case impact::Indicator::Clinic: {
            auto c = source.clinic(request.period, request.filter);
            if (!c)
                return c.error();
            impact::IndicatorReport::addClinic(rows, c.value(), source.fileNumbers());
            break;
        }
        }
    }
    auto hide = source.smallNumbersHidden();
    if (!hide)
        return hide.error();
    if (hide.value())
        impact::SmallNumbers::apply(rows);
    return rows;
}

} // namespace

QList<impact::Indicator> HubReport::computed()
{
    return {impact::Indicator::Caseload,    impact::Indicator::Exits,        impact::Indicator::SustainedExits,
            impact::Indicator::ReentryRate, impact::Indicator::Independence, impact::Indicator::Work,
            impact::Indicator::Plans,       impact::Indicator::Referrals,    impact::Indicator::Wellbeing,
            impact::Indicator::Clinic};
}

Result<QList<impact::ReportRow>> HubReport::rows(PgConnection &pg, const impact::ReportRequest &request)
{
    // One moment of the data; the desktop's table names found in schema tamkeen.
    Status s = pg.exec(u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s);
    if (s)
        s = pg.exec(u"SET LOCAL search_path TO %1, pg_catalog"_s.arg(quotedIdentifier(QString::fromLatin1(HubSchema::kData))));
    if (!s) {
        (void)pg.exec(u"ROLLBACK"_s);
        return s.error();
    }
    auto rows = rowsIn(pg, request);
    (void)pg.exec(u"COMMIT"_s);
    return rows;
}

Result<QList<QByteArray>> HubReport::centresOfCode(PgConnection &pg, const QString &code)
{
    auto rows = pg.query(u"SELECT id FROM %1.centres WHERE deleted = 0 AND upper(code) = upper($1)"_s.arg(
                             quotedIdentifier(QString::fromLatin1(HubSchema::kData))),
                         {code.toUtf8()});
    if (!rows)
        return rows.error();
    QList<QByteArray> ids;
    for (int i = 0; i < rows.value().rows(); ++i)
        ids << idOf(rows.value(), i, 0);
    return ids;
}

} // namespace tamkeen::hub
