#include "hub/HubSchema.h"

#include "clinic/AssessmentService.h"
#include "hub/PgConnection.h"
#include "registry/SubjectReport.h"
#include "storage/CaptureTriggers.h"
#include "storage/Database.h"
#include "storage/PersonalColumns.h"

#include <QHash>
#include <algorithm>
#include <QRegularExpression>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace tamkeen::hub {

namespace {

// SQLite's affinity rules (https://sqlite.org/datatype3.html §3.1), for the
// four declarations Tamkeen's migrations use; anything else is kept as text.
HubColumn::Kind kindOf(const QString &declared)
{
    const QString d = declared.toUpper();
    if (d.contains(u"INT"))
        return HubColumn::Integer;
    if (d.contains(u"CHAR") || d.contains(u"CLOB") || d.contains(u"TEXT"))
        return HubColumn::Text;
    if (d.isEmpty() || d.contains(u"BLOB"))
        return HubColumn::Blob;
    if (d.contains(u"REAL") || d.contains(u"FLOA") || d.contains(u"DOUB"))
        return HubColumn::Real;
    return HubColumn::Text;
}

// What analysts may read of a column: an allow rule, so that a column a
// future migration adds is left out until it is known to be harmless. Never
// what names or describes a person (storage::personalColumns) nor the file
// number staff look a family up by; ids (not other bytes: keys, signatures);
// numbers; and text only when its name says it is a code or a date, never
// free text (notes, descriptions, contacts).
bool reportable(const QString &table, const HubColumn &c)
{
    if (c.name == u"deleted" || c.name == u"file_number" || storage::isPersonal(table, c.name))
        return false;
    switch (c.kind) {
    case HubColumn::Integer:
    case HubColumn::Real:
        return true;
    case HubColumn::Blob:
        return c.name == u"id" || c.name.endsWith(u"_id") || c.name.endsWith(u"_by");
    case HubColumn::Text:
        break;
    }
    static const QRegularExpression code(
        u"^(status|kind|type|sex|relation|reason|level|track|tracks|category|categories|region|city|district|"
        "nationality|marital_status|education|employment|id_type|school_grade|housing_type|housing_ownership|outcome|"
        "result|programme|frequency|measure|population|period|role|decision|action|code|currency|method|mode|answer_key)$"
        "|_(at|on|date|kind|type|status|reason|level|code|key|month|period|track)$"_s);
    return code.match(c.name).hasMatch();
}

// A reportable column as its view shows it: null where the row makes it
// confidential (clinic::isConfidentialField; the other confidential values
// there are free text, never reportable).
QString viewColumn(const QString &table, const HubColumn &c)
{
    const QString name = quotedIdentifier(c.name);
    if (table == u"assessments" && c.name == u"score") {
        QStringList kinds;
        for (const QString &k : clinic::AssessmentService::confidentialKinds())
            kinds << quotedLiteral(k);
        return u"CASE WHEN kind IN (%1) THEN NULL ELSE %2 END AS %2"_s.arg(kinds.join(u", "_s), name);
    }
    return name;
}

QString data(const QString &table) { return quotedIdentifier(QString::fromLatin1(HubSchema::kData)) + u'.' + quotedIdentifier(table); }

} // namespace

QString HubColumn::pgType() const
{
    switch (kind) {
    case Integer: return u"bigint"_s;
    case Real: return u"double precision"_s;
    case Blob: return u"bytea"_s;
    case Text: break;
    }
    return u"text"_s;
}

Result<QList<HubTable>> ledgerTables(storage::Database &ledger)
{
    QList<HubTable> tables;
    for (const QString &name : storage::syncedTables(ledger)) {
        HubTable t{name, {}};
        const Status s = ledger.read(u"SELECT name, type FROM pragma_table_info(?) ORDER BY cid"_s, {name},
                                     [&](const storage::RawRow &r) {
                                         HubColumn c{r.text(0), kindOf(r.text(1))};
                                         if (c.name == u"id")
                                             t.columns.prepend(c);
                                         else
                                             t.columns << c;
                                     });
        if (!s)
            return s.error();
        if (t.columns.isEmpty() || t.columns.first().name != u"id")
            return makeError(ErrorCode::Corrupt, u"synced table %1 has no id column"_s.arg(name));
        tables << t;
    }
    return tables;
}

bool HubSchema::keptFromReports(const QString &table)
{
    static const QStringList kept = {u"audit_log"_s, u"users"_s, u"clinical_keys"_s, u"clinical_key_slots"_s,
                                     u"device_revocations"_s, u"erasures"_s};
    return kept.contains(table);
}

Status HubSchema::ensure(PgConnection &pg, const QList<HubTable> &tables, QStringList *changed)
{
    const QString schema = quotedIdentifier(QString::fromLatin1(kData));
    Status s = pg.exec(u"CREATE SCHEMA IF NOT EXISTS %1"_s.arg(schema));
    if (s)
        s = pg.exec(u"CREATE TABLE IF NOT EXISTS %1.hub_state (key text PRIMARY KEY, value text NOT NULL)"_s.arg(schema));
    // Values the ledger holds in a storage class their column's type cannot
    // take (a hostile sender's text in an integer column): the column holds
    // NULL and this its canonical form, so the dump still matches the ledger.
    if (s)
        s = pg.exec(u"CREATE TABLE IF NOT EXISTS %1.misfits (tbl text NOT NULL, row_id bytea NOT NULL, col text NOT NULL, "
                    "canonical text NOT NULL, PRIMARY KEY (tbl, row_id, col))"_s.arg(schema));
    if (!s)
        return s;
    for (const HubTable &t : tables) {
        // From the catalogue, which shows every column whoever may read it
        // (information_schema only those the role has rights on).
        auto existing = pg.query(u"SELECT a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_attribute a "
                                 "JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
                                 "WHERE n.nspname = $1 AND c.relname = $2 AND a.attnum > 0 AND NOT a.attisdropped"_s,
                                 {QByteArray(kData), t.name.toUtf8()});
        if (!existing)
            return existing.error();
        QHash<QString, QString> types;
        for (int i = 0; i < existing.value().rows(); ++i)
            types.insert(existing.value().text(i, 0), existing.value().text(i, 1));
        if (types.isEmpty()) {
            QStringList defs;
            for (const HubColumn &c : t.columns)
                defs << quotedIdentifier(c.name) + u' ' + c.pgType() + (c.name == u"id" ? u" PRIMARY KEY"_s : QString());
            if (s = pg.exec(u"CREATE TABLE %1 (%2)"_s.arg(data(t.name), defs.join(u", "_s))); !s)
                return s;
            if (changed)
                *changed << t.name;
            continue;
        }
        bool added = false;
        for (const HubColumn &c : t.columns) {
            const auto type = types.constFind(c.name);
            if (type == types.cend()) {
                if (s = pg.exec(u"ALTER TABLE %1 ADD COLUMN %2 %3"_s.arg(data(t.name), quotedIdentifier(c.name), c.pgType())); !s)
                    return s;
                added = true;
            } else if (*type != c.pgType()) {
                return makeError(ErrorCode::Conflict,
                                 u"column %1.%2 is %3 in PostgreSQL but %4 in the ledger: a migration the hub cannot "
                                 "follow by itself (rebuild the hub's database with `tamkeen-hub publish --all` into "
                                 "an empty one)"_s.arg(t.name, c.name, *type, c.pgType()));
            }
        }
        // What the ledger no longer has goes (a column a migration dropped
        // would otherwise keep its values, personal ones included, out of
        // every later erasure's reach); the views on it are made again.
        for (auto it = types.cbegin(); it != types.cend(); ++it) {
            const bool kept = std::any_of(t.columns.cbegin(), t.columns.cend(),
                                          [&](const HubColumn &c) { return c.name == it.key(); });
            if (kept)
                continue;
            if (s = pg.exec(u"ALTER TABLE %1 DROP COLUMN %2 CASCADE"_s.arg(data(t.name), quotedIdentifier(it.key()))); !s)
                return s;
            added = true;
        }
        if (added && changed)
            *changed << t.name;
    }
    if (tables.isEmpty()) // the bookkeeping tables only
        return {};
    // What the hub's reports look rows up by (HubReport): each index where
    // its table and columns exist.
    struct Index {
        const char *table;
        const char *columns;
        const char *suffix = ""; // a second index of a table
    };
    static constexpr Index kIndexes[] = {{"households", "file_number COLLATE \"C\", id"},
                                         {"households", "centre_id", "_centre"},
                                         {"households", "region", "_region"},
                                         {"household_status", "household_id, effective_date COLLATE \"C\""},
                                         {"household_exits", "on_date COLLATE \"C\""},
                                         {"household_exits", "household_id", "_household"},
                                         {"members", "household_id"},
                                         {"care_levels", "household_id"},
                                         {"plans", "household_id"},
                                         {"plan_events", "plan_id"},
                                         {"plan_goals", "plan_id"},
                                         {"plan_tasks", "plan_id"},
                                         {"incomes", "household_id"},
                                         {"referrals", "household_id"},
                                         {"referral_status", "referral_id"},
                                         {"sessions", "household_id"},
                                         {"appointments", "household_id"},
                                         {"assessments", "household_id"}};
    for (const Index &x : kIndexes) {
        const QString table = QString::fromLatin1(x.table);
        if (std::none_of(tables.cbegin(), tables.cend(), [&](const HubTable &t) { return t.name == table; }))
            continue;
        const QString name = quotedIdentifier(u"report_"_s + table + QString::fromLatin1(x.suffix));
        if (s = pg.exec(u"CREATE INDEX IF NOT EXISTS %1 ON %2 (%3)"_s.arg(name, data(table), QString::fromLatin1(x.columns))); !s)
            return s;
    }
    auto held = pg.query(u"SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                         "WHERE n.nspname = $1 AND c.relkind = 'r' AND c.relname NOT IN ('hub_state', 'misfits')"_s,
                         {QByteArray(kData)});
    if (!held)
        return held.error();
    for (int i = 0; i < held.value().rows(); ++i) {
        const QString name = held.value().text(i, 0);
        if (std::any_of(tables.cbegin(), tables.cend(), [&](const HubTable &t) { return t.name == name; }))
            continue;
        if (s = pg.exec(u"DROP TABLE %1 CASCADE"_s.arg(data(name))); !s)
            return s;
        if (s = pg.exec(u"DELETE FROM %1.misfits WHERE tbl = $1"_s.arg(quotedIdentifier(QString::fromLatin1(kData))),
                        {name.toUtf8()});
            !s)
            return s;
        if (changed)
            *changed << name;
    }
    return {};
}

Status HubSchema::reportViews(PgConnection &pg, const QList<HubTable> &tables, const QString &readerRole)
{
    // The comments are in Arabic, the hub's messages in English: the
    // translation (compiled into the program with the interface's) is
    // installed for the views only.
    QTranslator arabic;
    const bool translated = arabic.load(u":/i18n/tamkeen_ar"_s) && QCoreApplication::installTranslator(&arabic);
    const Status made = makeReportViews(pg, tables, readerRole);
    if (translated)
        QCoreApplication::removeTranslator(&arabic);
    return made;
}

Status HubSchema::makeReportViews(PgConnection &pg, const QList<HubTable> &tables, const QString &readerRole)
{
    const QString report = quotedIdentifier(QString::fromLatin1(kReport));
    Status s = pg.exec(u"CREATE SCHEMA IF NOT EXISTS %1"_s.arg(report));
    if (s && !readerRole.isEmpty())
        s = pg.exec(u"GRANT USAGE ON SCHEMA %1 TO %2"_s.arg(report, quotedIdentifier(readerRole)));
    if (s)
        s = pg.exec(u"COMMENT ON SCHEMA %1 IS %2"_s.arg(
            report, quotedLiteral(tr("Tamkeen's data for analysis: without names, ID and phone numbers, addresses or notes, and without deleted records"))));
    if (!s)
        return s;
    for (const HubTable &t : tables) {
        const QString view = report + u'.' + quotedIdentifier(t.name);
        if (s = pg.exec(u"DROP VIEW IF EXISTS %1"_s.arg(view)); !s)
            return s;
        if (keptFromReports(t.name))
            continue;
        QStringList columns;
        for (const HubColumn &c : t.columns) {
            if (reportable(t.name, c))
                columns << viewColumn(t.name, c);
        }
        // security_barrier: an analyst's own function in a WHERE clause cannot
        // see the rows the view leaves out (deleted ones) before it does.
        if (s = pg.exec(u"CREATE VIEW %1 WITH (security_barrier) AS SELECT %2 FROM %3 WHERE deleted = 0"_s.arg(view, columns.join(u", "_s),
                                                                                         data(t.name)));
            !s)
            return s;
        const QString title = registry::SubjectReportBuilder::tableTitle(t.name);
        if (!title.isEmpty() && (s = pg.exec(u"COMMENT ON VIEW %1 IS %2"_s.arg(view, quotedLiteral(title)))); !s)
            return s;
        for (const HubColumn &c : t.columns) {
            if (!reportable(t.name, c))
                continue;
            const QString label = registry::SubjectReportBuilder::columnLabel(t.name, c.name);
            if (label.isEmpty())
                continue;
            if (s = pg.exec(u"COMMENT ON COLUMN %1.%2 IS %3"_s.arg(view, quotedIdentifier(c.name), quotedLiteral(label))); !s)
                return s;
        }
        if (!readerRole.isEmpty()
            && (s = pg.exec(u"GRANT SELECT ON %1 TO %2"_s.arg(view, quotedIdentifier(readerRole)))); !s)
            return s;
    }
    return {};
}

} // namespace tamkeen::hub
