#include "hub/HubSource.h"

#include "impact/IndicatorCache.h"
#include "impact/IndicatorSql.h"
#include "impact/ScopeOrder.h"
#include "impact/SmallNumbers.h"
#include "referrals/ExitService.h"
#include "registry/Vocabulary.h"
#include "storage/Uuid.h"

using namespace Qt::StringLiterals;

namespace tamkeen::hub {

using impact::Figure;

namespace {

QByteArray parameter(const QVariant &v)
{
    if (v.isNull())
        return {};
    if (v.typeId() == QMetaType::QByteArray)
        return "\\x" + v.toByteArray().toHex();
    return v.toString().toUtf8();
}

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

} // namespace

QString forPostgres(const QString &sqlite, int first)
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

QList<QByteArray> pgParameters(const QVariantList &values)
{
    QList<QByteArray> out;
    for (const QVariant &v : values)
        out << parameter(v);
    return out;
}

QByteArray pgId(const PgRows &rows, int row, int column) { return QByteArray::fromHex(rows.bytes(row, column).mid(2)); }


HubSource::HubSource(PgConnection &pg) : m_pg(pg) {}

HubSource::~HubSource() = default;

QByteArray HubSource::known(const PgRows &rows, int row, int idColumn, int numberColumn)
{
    const QByteArray id = pgId(rows, row, idColumn);
    m_numbers.insert(id, rows.text(row, numberColumn));
    return id;
}

Result<PgRows> HubSource::query(const QString &sqlite, const QVariantList &values)
{
    return m_pg.query(forPostgres(sqlite), pgParameters(values));
}

Result<PgRows> HubSource::inScope(const QString &sql, QList<QByteArray> own)
{
    QVariantList values;
    const QString scope = forPostgres(m_filter.scopeSql(m_scopeDay, &values, u"h.id"_s), int(own.size()) + 1);
    own += pgParameters(values);
    return m_pg.query(u"WITH scope(id) AS (%1) "_s.arg(scope) + sql, own);
}

Result<std::shared_ptr<const impact::ScopeOrder>> HubSource::scope(const impact::ImpactFilter &filter, const QDate &ageOn)
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
        return r.isNull(row, column) ? std::nullopt : std::optional<QByteArray>(pgId(r, row, column));
    };
    for (int i = 0; i < r.rows(); ++i) {
        builder.add(pgId(r, i, 0), r.bytes(i, 1), r.isNull(i, 2) ? QByteArray() : r.bytes(i, 2), true,
                    group(i, 3), group(i, 4));
        files.append(r.bytes(i, 1));
    }
    m_scope = builder.finish();
    m_scopeDay = ageOn;
    m_filter = filter;
    // PostgreSQL's order ("C": byte by byte) is the builder's; should it
    // not be, the file numbers would be another household's.
    for (int i = 0; i < r.rows(); ++i)
        if (m_scope->id(i) != pgId(r, i, 0))
            return makeError(ErrorCode::Database, u"the households in scope did not come in file-number order"_s);
    m_scopeFiles = std::move(files);
    return m_scope;
}

void HubSource::name(const impact::Figure &f)
{
    f.households.forEachId([&](qsizetype, std::string_view id) {
        const QByteArray bytes(id.data(), qsizetype(id.size()));
        if (const qint32 rank = m_scope->rank(bytes); rank >= 0)
            m_numbers.insert(bytes, QString::fromUtf8(m_scopeFiles.at(rank)));
    });
}

Result<bool> HubSource::smallNumbersHidden()
{
    auto v = query(u"SELECT value FROM org_settings WHERE id = ? AND deleted = 0"_s,
                   {storage::stableId(impact::SmallNumbers::settingKey())});
    if (!v)
        return v.error();
    return v.value().rows() > 0 && v.value().text(0, 0) == u"1";
}

Result<impact::Caseload> HubSource::caseload(const impact::Period &period, const impact::ImpactFilter &filter)
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

Result<impact::Exits> HubSource::exits(const impact::Period &period, const impact::ImpactFilter &filter)
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

Result<QList<impact::ExitEvent>> HubSource::exitEvents(const impact::Period &period, const impact::ImpactFilter &filter)
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

} // namespace tamkeen::hub
