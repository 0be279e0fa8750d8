#include "sync/Scope.h"

#include "storage/CaptureTriggers.h"
#include "storage/Database.h"

using namespace Qt::StringLiterals;

namespace tamkeen::sync {

namespace {

// A row's household through the row it links to, in this order; the first
// link set wins (a household merge is filed under the household it made).
const QList<std::pair<QString, QString>> kLinks = {
    {u"household_id"_s, u"t.household_id"_s},
    {u"target_household_id"_s, u"t.target_household_id"_s},
    {u"member_id"_s, u"(SELECT m.household_id FROM members m WHERE m.id = t.member_id)"_s},
    {u"plan_id"_s, u"(SELECT p.household_id FROM plans p WHERE p.id = t.plan_id)"_s},
    {u"referral_id"_s, u"(SELECT r.household_id FROM referrals r WHERE r.id = t.referral_id)"_s},
    {u"appointment_id"_s, u"(SELECT a.household_id FROM appointments a WHERE a.id = t.appointment_id)"_s},
    {u"session_id"_s, u"(SELECT s.household_id FROM sessions s WHERE s.id = t.session_id)"_s},
};

// Rows that name a household without belonging to it: an erasure must reach
// every copy that may hold the person, whatever its scope.
const QStringList kOrganisationTables = {u"erasures"_s};

QVariantList blobs(const QList<QByteArray> &ids)
{
    QVariantList out;
    for (const QByteArray &id : ids)
        out << id;
    return out;
}

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks << u"?"_s;
    return marks.join(u", "_s);
}

Result<Scope> ofCentres(storage::Database &db, const QString &where, const QVariant &value)
{
    Scope scope;
    scope.everything = false;
    Status s = db.read(u"SELECT id FROM centres WHERE deleted = 0 AND "_s + where + u" ORDER BY id"_s, {value},
                       [&](const storage::RawRow &r) { scope.centres << r.blob(0); });
    if (!s)
        return s.error();
    return scope;
}

} // namespace

const QStringList &Scope::kinds()
{
    static const QStringList list{u"centre"_s, u"region"_s, u"all"_s};
    return list;
}

Result<Scope> Scope::ofDevice(storage::Database &db, const QByteArray &device)
{
    QString kind;
    QByteArray centre;
    Status s = db.read(u"SELECT scope, centre_id FROM devices WHERE id = ?"_s, {device}, [&](const storage::RawRow &r) {
        kind = r.text(0);
        centre = r.blob(1);
    });
    if (!s)
        return s.error();
    // Any other word is taken as "centre": the least it can mean.
    if (centre.isEmpty() || kind.isEmpty() || kind == u"all")
        return Scope();
    if (kind == u"region")
        return ofCentres(db, u"id = ?1 OR (region = (SELECT region FROM centres WHERE id = ?1) AND trim(region) <> '')"_s,
                         centre);
    Scope scope;
    scope.everything = false;
    scope.centres << centre;
    return scope;
}

Result<Scope> Scope::ofCentre(storage::Database &db, const QString &code)
{
    auto scope = ofCentres(db, u"upper(code) = upper(?)"_s, code);
    if (scope && scope.value().centres.isEmpty())
        return makeError(ErrorCode::Invalid, HouseholdOf::tr("No centre has the code %1 here.").arg(code));
    return scope;
}

Result<Scope> Scope::ofRegion(storage::Database &db, const QString &region)
{
    auto scope = ofCentres(db, u"region = ?"_s, region.trimmed());
    if (scope && scope.value().centres.isEmpty())
        return makeError(ErrorCode::Invalid, HouseholdOf::tr("No centre is in the region %1 here.").arg(region));
    return scope;
}

Result<QSet<QByteArray>> Scope::households(storage::Database &db) const
{
    QSet<QByteArray> out;
    if (centres.isEmpty())
        return out;
    const QString in = placeholders(centres.size());
    const QVariantList ids = blobs(centres);
    // A household of no centre is every centre's: nothing says it is another's.
    Status s = db.read(u"SELECT id FROM households WHERE centre_id IN (%1) OR centre_id IS NULL"_s.arg(in), ids,
                       [&](const storage::RawRow &r) { out.insert(r.blob(0)); });
    if (!s)
        return s.error();
    return out;
}

Status Scope::intoTempTable(storage::Database &db) const
{
    if (Status s = db.execScript(u"CREATE TEMP TABLE IF NOT EXISTS scope_households (id BLOB PRIMARY KEY) WITHOUT ROWID; "
                                 "DELETE FROM temp.scope_households"_s);
        !s)
        return s;
    auto ids = households(db);
    if (!ids)
        return ids.error();
    for (const QByteArray &id : ids.value())
        if (Status s = db.write(u"INSERT INTO temp.scope_households(id) VALUES (?)"_s, {id}); !s)
            return s;
    return {};
}

Result<QString> HouseholdOf::rowsCondition(const QString &table)
{
    auto expr = expression(table);
    if (!expr)
        return expr.error();
    if (expr.value().isEmpty())
        return u"1"_s;
    return u"(%1) IS NULL OR (%1) IN (SELECT id FROM temp.scope_households)"_s.arg(expr.value());
}

Result<QString> HouseholdOf::expression(const QString &table)
{
    if (auto it = m_expressions.constFind(table); it != m_expressions.constEnd())
        return it.value();
    QString expr;
    if (table == u"households") {
        expr = u"t.id"_s;
    } else if (!kOrganisationTables.contains(table)) {
        auto columns = storage::tableColumns(m_db, table);
        if (!columns)
            return columns.error();
        QStringList found;
        for (const auto &[column, sql] : kLinks)
            if (columns.value().contains(column))
                found << sql;
        expr = found.isEmpty() ? QString() : found.size() == 1 ? found.first() : u"coalesce(%1)"_s.arg(found.join(u", "_s));
    }
    m_expressions.insert(table, expr);
    return expr;
}

Result<QByteArray> HouseholdOf::of(const QString &table, const QByteArray &rowId)
{
    auto expr = expression(table);
    if (!expr)
        return expr.error();
    if (expr.value().isEmpty())
        return QByteArray();
    auto h = m_db.scalar(u"SELECT %1 FROM \"%2\" t WHERE t.id = ?"_s.arg(expr.value(), table), {rowId});
    if (!h)
        return h.error();
    return h.value().toByteArray();
}

Result<std::pair<QByteArray, QByteArray>> HouseholdOf::withCentre(const QString &table, const QByteArray &rowId)
{
    auto household = of(table, rowId);
    if (!household)
        return household.error();
    if (household.value().isEmpty())
        return std::pair<QByteArray, QByteArray>();
    // A family's entries come together: its centre is read once while sealing.
    auto known = m_centres.constFind(household.value());
    if (known == m_centres.constEnd()) {
        auto centre = m_db.scalar(u"SELECT centre_id FROM households WHERE id = ?"_s, {household.value()});
        if (!centre)
            return centre.error();
        if (m_centres.size() > 100'000)
            m_centres.clear();
        known = m_centres.insert(household.value(), centre.value().toByteArray());
    }
    return std::pair{household.value(), known.value()};
}

Result<QList<std::pair<QByteArray, qint64>>> HouseholdOf::entriesOf(const QSet<QByteArray> &households)
{
    QList<std::pair<QByteArray, qint64>> out;
    if (households.isEmpty())
        return out;
    const QList<QByteArray> ids(households.begin(), households.end());
    for (const QString &table : storage::syncedTables(m_db)) {
        auto expr = expression(table);
        if (!expr)
            return expr.error();
        if (expr.value().isEmpty())
            continue;
        for (qsizetype at = 0; at < ids.size(); at += 500) {
            const QList<QByteArray> part = ids.mid(at, 500);
            Status s = m_db.read(u"SELECT c.device, c.seq FROM \"%1\" t JOIN change_log c ON c.tbl = '%1' AND "
                                 "c.row_id = t.id WHERE %2 IN (%3)"_s.arg(table, expr.value(), placeholders(part.size())),
                                 blobs(part), [&](const storage::RawRow &r) { out.append({r.blob(0), r.integer(1)}); });
            if (!s)
                return s.error();
        }
    }
    return out;
}

} // namespace tamkeen::sync
