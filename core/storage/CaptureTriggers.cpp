#include "storage/CaptureTriggers.h"

#include "storage/Database.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace tamkeen::storage {

namespace {

struct Column {
    QString name;
};

QString quoted(const QString &ident)
{
    QString q = ident;
    q.replace(u'"', u"\"\""_s);
    return u'"' + q + u'"';
}

QString literal(const QString &text)
{
    QString q = text;
    q.replace(u'\'', u"''"_s);
    return u'\'' + q + u'\'';
}

Result<QList<Column>> columnsOf(Database &db, const QString &table)
{
    auto q = db.exec(u"SELECT name FROM pragma_table_info(?) ORDER BY cid"_s, {table});
    if (!q)
        return q.error();
    QList<Column> cols;
    while (q.value()->next()) {
        const QString name = q.value()->value(0).toString();
        if (name != u"id")
            cols.append({name});
    }
    q.value()->finish();
    return cols;
}

// The names of the columns an UPDATE changed, as a JSON array.
QString changedFields(const QList<Column> &cols)
{
    QStringList parts;
    for (const Column &c : cols)
        parts << u"SELECT %1 AS k WHERE NEW.%2 IS NOT OLD.%2"_s.arg(literal(c.name), quoted(c.name));
    return u"(SELECT json_group_array(k) FROM (%1))"_s.arg(parts.join(u" UNION ALL "_s));
}

const QString kLogColumns = u"device, seq, hlc, tbl, row_id, op, author, fields"_s;
const QString kNextSeq = u"(SELECT COALESCE(MAX(seq), 0) + 1 FROM change_log WHERE device = tamkeen_device())"_s;
// This device's last time, read through the primary key: every other device's
// times reach the clock through the floor an import raises (CaptureState).
const QString kNextHlc =
    u"tamkeen_hlc((SELECT hlc FROM change_log WHERE device = tamkeen_device() ORDER BY seq DESC LIMIT 1))"_s;

QStringList triggersFor(const QString &table, const QList<Column> &cols)
{
    const QString t = quoted(table);
    const QString name = literal(table);
    QStringList sql;
    sql << u"CREATE TRIGGER %1 AFTER UPDATE ON %2 WHEN tamkeen_capture_on() BEGIN "
           "INSERT INTO change_log(%3) SELECT tamkeen_device(), %4, %5, %6, NEW.id, 'U', tamkeen_user(), c "
           "FROM (SELECT %7 AS c) WHERE c <> '[]'; END"_s
               .arg(quoted(u"capture_update_"_s + table), t, kLogColumns, kNextSeq, kNextHlc, name, changedFields(cols));
    sql << u"CREATE TRIGGER %1 BEFORE UPDATE OF id ON %2 WHEN NEW.id IS NOT OLD.id BEGIN "
           "SELECT RAISE(ABORT, 'tamkeen: the key of a synced row never changes'); END"_s
               .arg(quoted(u"keep_id_"_s + table), t);
    sql << u"CREATE TRIGGER %1 BEFORE DELETE ON %2 BEGIN "
           "SELECT RAISE(ABORT, 'tamkeen: synced rows are archived, never deleted'); END"_s
               .arg(quoted(u"no_delete_"_s + table), t);
    return sql;
}

} // namespace

const QString &insertCaptureSql()
{
    // ?1 table, ?2 row key, ?3 author; returns the entry's sequence number.
    // Sequence and time are read the same way as in the update trigger.
    static const QString sql =
        u"INSERT INTO change_log(%1) VALUES (tamkeen_device(), %2, %3, ?1, ?2, 'I', ?3, NULL) RETURNING seq"_s
            .arg(kLogColumns, kNextSeq, kNextHlc);
    return sql;
}

const QString &updateCaptureSql()
{
    // ?1 table, ?2 row key, ?3 author, ?4 the fields (JSON array).
    static const QString sql =
        u"INSERT INTO change_log(%1) VALUES (tamkeen_device(), %2, %3, ?1, ?2, 'U', ?3, ?4)"_s.arg(kLogColumns, kNextSeq,
                                                                                                  kNextHlc);
    return sql;
}

QString syncedTableSql(const QString &table, const QString &columns)
{
    return u"CREATE TABLE %1 ("
           "id BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16), "
           "deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)), "
           "created_at TEXT NOT NULL, created_by BLOB, "
           "updated_at TEXT NOT NULL, updated_by BLOB, "
           "%2)"_s.arg(quoted(table), columns);
}

Status registerSyncedTable(Database &db, const QString &table)
{
    auto q = db.exec(u"INSERT OR IGNORE INTO sync_tables(name) VALUES (?)"_s, {table});
    if (!q)
        return q.error();
    return {};
}

QStringList syncedTables(Database &db)
{
    QStringList names;
    auto q = db.exec(u"SELECT name FROM sync_tables ORDER BY name"_s);
    if (!q)
        return names;
    while (q.value()->next())
        names << q.value()->value(0).toString();
    q.value()->finish();
    return names;
}

Result<QStringList> tableColumns(Database &db, const QString &table)
{
    QStringList columns;
    const Status s = db.read(u"SELECT name FROM pragma_table_info(?)"_s, {table},
                             [&](const RawRow &r) { columns << r.text(0); });
    if (!s)
        return s.error();
    return columns;
}

Status installCaptureTriggers(Database &db)
{
    for (const QString &table : syncedTables(db)) {
        auto cols = columnsOf(db, table);
        if (!cols)
            return cols.error();
        QStringList script;
        for (const QString &prefix : {u"capture_insert_"_s, u"capture_update_"_s, u"keep_id_"_s, u"no_delete_"_s})
            script << u"DROP TRIGGER IF EXISTS %1"_s.arg(quoted(prefix + table));
        script << triggersFor(table, cols.value());
        if (auto s = db.execScript(script.join(u";\n"_s)); !s)
            return s;
    }
    return {};
}

} // namespace tamkeen::storage
