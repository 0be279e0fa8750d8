#include "hub/HubDump.h"

#include "hub/HubSchema.h"
#include "hub/PgConnection.h"
#include "storage/PersonalColumns.h"
#include "sync/SyncDevices.h"

#include <QHash>
#include <QIODevice>
#include <limits>

using namespace Qt::StringLiterals;

namespace tamkeen::hub {

namespace {

// A COPY text field of a column of `type` as the QVariant SQLite would have given.
QVariant valueOf(const QByteArray &field, const QString &type)
{
    if (field == "\\N")
        return {};
    const QByteArray bytes = copyFieldBytes(field);
    if (type == u"bigint")
        return bytes.toLongLong();
    if (type == u"double precision") {
        if (bytes == "Infinity")
            return std::numeric_limits<double>::infinity();
        if (bytes == "-Infinity")
            return -std::numeric_limits<double>::infinity();
        return bytes.toDouble();
    }
    if (type == u"bytea")
        return QByteArray::fromHex(bytes.mid(2)); // "\x…"
    return QString::fromUtf8(bytes);
}

// A credential PostgreSQL holds as its digest (hex text or bytes), written
// as sync::canonicalSecret writes the credential itself.
QByteArray secretText(const QVariant &digest)
{
    if (digest.isNull())
        return "NULL";
    return '#' + (digest.typeId() == QMetaType::QByteArray ? digest.toByteArray().toHex() : digest.toString().toLatin1());
}

Status writeDump(PgConnection &pg, QIODevice &out);

} // namespace

Status writeHubCanonicalDump(PgConnection &pg, QIODevice &out)
{
    // One moment of the data, whatever a publication commits meanwhile.
    if (Status s = pg.exec(u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s); !s)
        return s;
    const Status written = writeDump(pg, out);
    (void)pg.exec(u"COMMIT"_s);
    return written;
}

namespace {

Status writeDump(PgConnection &pg, QIODevice &out)
{
    const QByteArray schema(HubSchema::kData);
    // From the catalogue: a role without the right to read a table gets an
    // error from COPY, not a dump silently without it (information_schema
    // lists only what the role may read).
    auto tables = pg.query(u"SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                           "WHERE n.nspname = $1 AND c.relkind = 'r' AND c.relname NOT IN ('hub_state', 'misfits')"_s,
                           {schema});
    if (!tables)
        return tables.error();
    QStringList names;
    for (int i = 0; i < tables.value().rows(); ++i)
        names << tables.value().text(i, 0);
    names.sort(); // as SQLite's ORDER BY name: the names are ASCII
    for (const QString &table : names) {
        if (table == u"audit_log") // left out of the SQLite dump too (sync::writeCanonicalDump)
            continue;
        auto cols = pg.query(u"SELECT a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_attribute a "
                             "JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
                             "WHERE n.nspname = $1 AND c.relname = $2 AND a.attnum > 0 AND NOT a.attisdropped "
                             "AND a.attname <> 'id'"_s,
                             {schema, table.toUtf8()});
        if (!cols)
            return cols.error();
        QStringList columns;
        QHash<QString, QString> types;
        for (int i = 0; i < cols.value().rows(); ++i) {
            columns << cols.value().text(i, 0);
            types.insert(cols.value().text(i, 0), cols.value().text(i, 1));
        }
        columns.sort();
        QHash<QByteArray, QByteArray> misfits; // row id + '\t' + column -> canonical
        auto kept = pg.query(u"SELECT row_id, col, canonical FROM %1.misfits WHERE tbl = $1"_s.arg(
                                 quotedIdentifier(QString::fromLatin1(schema))),
                             {table.toUtf8()});
        if (!kept)
            return kept.error();
        for (int i = 0; i < kept.value().rows(); ++i)
            misfits.insert(QByteArray::fromHex(kept.value().bytes(i, 0).mid(2)) + '\t' + kept.value().bytes(i, 1),
                           kept.value().bytes(i, 2));
        QStringList quoted;
        std::vector<bool> secrets;
        for (const QString &c : columns) {
            quoted << quotedIdentifier(c);
            secrets.push_back(storage::isSecret(table, c));
        }
        const QString select = u"SELECT id%1%2 FROM %3.%4 ORDER BY id"_s.arg(
            columns.isEmpty() ? QString() : u", "_s, quoted.join(u", "_s), quotedIdentifier(QString::fromLatin1(schema)),
            quotedIdentifier(table));
        const QByteArray prefix = table.toUtf8() + ' ';
        const Status s = pg.copyOut(u"COPY (%1) TO STDOUT"_s.arg(select), [&](const QByteArray &row) -> Status {
            const QList<QByteArray> fields = row.split('\t');
            if (fields.size() != columns.size() + 1)
                return makeError(ErrorCode::Corrupt, u"a row of %1 came back with %2 fields"_s.arg(table).arg(fields.size()));
            const QByteArray id = QByteArray::fromHex(copyFieldBytes(fields[0]).mid(2));
            QByteArray line = prefix + id.toHex();
            for (int i = 0; i < columns.size(); ++i) {
                const QByteArray name = columns[i].toUtf8();
                const auto misfit = misfits.constFind(id + '\t' + name);
                const QVariant value = valueOf(fields[i + 1], types.value(columns[i]));
                line += ' ' + name + '='
                        + (misfit != misfits.cend() ? *misfit
                           : secrets[i]          ? secretText(value)
                                                 : sync::canonicalValue(value));
            }
            line += '\n';
            if (out.write(line) != line.size())
                return makeError(ErrorCode::Io, out.errorString());
            return {};
        });
        if (!s)
            return s;
    }
    return {};
}

} // namespace

} // namespace tamkeen::hub
