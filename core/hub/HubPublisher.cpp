#include "hub/HubPublisher.h"

#include "hub/DashboardFacts.h"

#include "hub/PgConnection.h"
#include "storage/Database.h"
#include "storage/LocalState.h"
#include "storage/PersonalColumns.h"
#include "storage/Uuid.h"
#include "sync/SyncDevices.h"

#include <QSet>
#include <cmath>

using namespace Qt::StringLiterals;

namespace tamkeen::hub {

namespace {

constexpr qsizetype kCopyChunk = 4 * 1024 * 1024;

QString data(const QString &table)
{
    return quotedIdentifier(QString::fromLatin1(HubSchema::kData)) + u'.' + quotedIdentifier(table);
}

QString columnList(const HubTable &t, const QString &prefix = {})
{
    QStringList names;
    for (const HubColumn &c : t.columns)
        names << prefix + quotedIdentifier(c.name);
    return names.join(u", "_s);
}

// Appends one value as a COPY text field; false when the column's type
// cannot hold it (the caller then sends NULL and keeps it as a misfit).
bool appendField(QByteArray &line, HubColumn::Kind kind, const QVariant &v)
{
    if (v.isNull()) {
        line += "\\N";
        return true;
    }
    const int type = v.typeId();
    switch (kind) {
    case HubColumn::Integer:
        if (type != QMetaType::LongLong)
            return false;
        line += QByteArray::number(v.toLongLong());
        return true;
    case HubColumn::Real: {
        if (type != QMetaType::Double)
            return false;
        const double d = v.toDouble();
        line += std::isinf(d) ? QByteArray(d > 0 ? "Infinity" : "-Infinity") : QByteArray::number(d, 'g', 17);
        return true;
    }
    case HubColumn::Blob:
        if (type != QMetaType::QByteArray)
            return false;
        line += "\\\\x" + v.toByteArray().toHex();
        return true;
    case HubColumn::Text: {
        if (type != QMetaType::QString)
            return false;
        const QByteArray utf8 = v.toString().toUtf8();
        if (utf8.contains('\0'))
            return false; // PostgreSQL's text holds no NUL
        appendCopyText(line, utf8);
        return true;
    }
    }
    return false;
}

// A credential's digest in place of the credential (storage::isSecret): hex
// text in a text column, the bytes in a bytea one.
QVariant digestOf(const QVariant &value, HubColumn::Kind kind)
{
    if (value.isNull())
        return value;
    const QByteArray d = storage::secretDigest(value);
    return kind == HubColumn::Text ? QVariant(QString::fromLatin1(d.toHex())) : QVariant(d);
}

struct Misfit {
    QByteArray rowId;
    QString column;
    QByteArray canonical;
};

} // namespace

Status HubPublisher::watchLedger(storage::Database &ledger)
{
    return ledger.noteWrittenRows();
}

Result<qint64> HubPublisher::pending(storage::Database &ledger)
{
    auto n = ledger.scalar(u"SELECT count(*) FROM hub_pending"_s);
    if (!n)
        return n.error();
    return n.value().toLongLong();
}

Status HubPublisher::bind()
{
    const QByteArray device = storage::uuidToString(m_ledger.deviceId()).toUtf8();
    auto bound = m_pg.query(u"INSERT INTO %1.hub_state (key, value) VALUES ('ledger_device', $1) "
                            "ON CONFLICT (key) DO UPDATE SET value = %1.hub_state.value RETURNING value"_s.arg(
                                quotedIdentifier(QString::fromLatin1(HubSchema::kData))),
                            {device});
    if (!bound)
        return bound.error();
    if (bound.value().bytes(0, 0) != device)
        return makeError(ErrorCode::Conflict,
                         u"this PostgreSQL database is the hub of device %1, not of this ledger (device %2): give "
                         "each hub its own database. If this ledger is that hub's (it took a new device id after "
                         "a restore), tamkeen-hub publish --all --rebind makes the database this ledger's"_s.arg(
                             bound.value().text(0, 0), QString::fromUtf8(device)));
    return {};
}

Result<PublishSummary> HubPublisher::publish(bool everything, bool rebind)
{
    auto tables = ledgerTables(m_ledger);
    if (!tables)
        return tables.error();
    if (tables.value().isEmpty()) // an error storage::syncedTables() hides: never publish "nothing" and clear the notes
        return makeError(ErrorCode::Database, u"the ledger's list of synced tables could not be read"_s);
    PublishSummary summary;
    bool all = everything || rebind;
    const QString generation = storage::uuidToString(storage::newUuidV7());
    // The ledger's write lock (BEGIN IMMEDIATE) for the whole publication:
    // what is noted cannot change between sending it and clearing the notes.
    const Status done = m_ledger.transaction([&]() -> Status {
        QSet<QString> noted;
        Status s = m_ledger.read(u"SELECT DISTINCT tbl FROM hub_pending"_s, {},
                                 [&](const storage::RawRow &r) { noted.insert(r.text(0)); });
        if (!s)
            return s;
        s = m_pg.transaction([&]() -> Status {
            // Bound first: another ledger learns so before anything is changed.
            Status t = HubSchema::ensure(m_pg, {}, nullptr);
            if (t)
                t = rebind ? m_pg.exec(u"DELETE FROM %1.hub_state WHERE key = 'ledger_device'"_s.arg(
                                 quotedIdentifier(QString::fromLatin1(HubSchema::kData))))
                           : Status();
            if (t)
                t = bind();
            QStringList changed;
            if (t)
                t = HubSchema::ensure(m_pg, tables.value(), &changed);
            if (!t)
                return t;
            // The same generation on both sides, or everything is sent: a
            // ledger or a PostgreSQL restored from a backup, or a publication
            // that committed in PostgreSQL and not in the ledger.
            auto ours = storage::localValue(m_ledger, u"hub_generation"_s);
            if (!ours)
                return ours.error();
            auto theirs = m_pg.query(u"SELECT value FROM %1.hub_state WHERE key = 'generation'"_s.arg(
                quotedIdentifier(QString::fromLatin1(HubSchema::kData))));
            if (!theirs)
                return theirs.error();
            if (ours.value().isNull() || theirs.value().rows() == 0 || theirs.value().text(0, 0) != ours.value().toString())
                all = true;
            const QString previousGeneration = theirs.value().rows() > 0 ? theirs.value().text(0, 0) : QString();
            if (t = m_pg.exec(u"INSERT INTO %1.hub_state (key, value) VALUES ('generation', $1) "
                              "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value"_s.arg(
                                  quotedIdentifier(QString::fromLatin1(HubSchema::kData))),
                              {generation.toUtf8()});
                !t)
                return t;
            // A new version of Tamkeen may have rebuilt tables while migrating
            // the ledger, before any note was taken: everything is sent again.
            const QByteArray schema = QByteArray::number(m_ledger.schemaVersion());
            auto previous = m_pg.query(u"SELECT value FROM %1.hub_state WHERE key = 'ledger_schema'"_s.arg(
                quotedIdentifier(QString::fromLatin1(HubSchema::kData))));
            if (!previous)
                return previous.error();
            if (previous.value().rows() == 0 || previous.value().bytes(0, 0) != schema)
                all = true;
            if (t)
                t = m_pg.exec(u"INSERT INTO %1.hub_state (key, value) VALUES ('ledger_schema', $1) "
                              "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value"_s.arg(
                                  quotedIdentifier(QString::fromLatin1(HubSchema::kData))),
                              {schema});
            // The views made again when the tables or the views themselves changed.
            const QByteArray views = QByteArray::number(HubSchema::kReportViewsVersion);
            auto made = m_pg.query(u"SELECT value FROM %1.hub_state WHERE key = 'report_views'"_s.arg(
                quotedIdentifier(QString::fromLatin1(HubSchema::kData))));
            if (!made)
                return made.error();
            const bool oldViews = made.value().rows() == 0 || made.value().bytes(0, 0) != views;
            if (t && (all || !changed.isEmpty() || oldViews)) {
                auto reader = m_pg.query(u"SELECT value FROM %1.hub_state WHERE key = 'reader_role'"_s.arg(
                    quotedIdentifier(QString::fromLatin1(HubSchema::kData))));
                if (!reader)
                    return reader.error();
                t = HubSchema::reportViews(m_pg, tables.value(),
                                           reader.value().rows() ? reader.value().text(0, 0) : QString());
                if (t)
                    t = m_pg.exec(u"INSERT INTO %1.hub_state (key, value) VALUES ('report_views', $1) "
                                  "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value"_s.arg(
                                      quotedIdentifier(QString::fromLatin1(HubSchema::kData))),
                                  {views});
            }
            if (t)
                t = DashboardFacts::begin(m_pg);
            m_everything = all; // every household's facts are made again: none need marking
            for (const HubTable &table : tables.value()) {
                if (!t)
                    break;
                const bool whole = all || changed.contains(table.name);
                if (whole || noted.contains(table.name))
                    t = publishTable(table, whole, summary);
            }
            // The dashboard's facts of the households those rows touched, in the same transaction.
            if (t)
                t = DashboardFacts::update(m_pg, all, previousGeneration);
            if (t)
                t = m_pg.exec(u"INSERT INTO %1.hub_state (key, value) VALUES ('published_at', now()::text) "
                              "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value"_s.arg(
                                  quotedIdentifier(QString::fromLatin1(HubSchema::kData))));
            return t;
        });
        if (!s)
            return s;
        if (s = storage::setLocalValue(m_ledger, u"hub_generation"_s, generation); !s)
            return s;
        return m_ledger.write(u"DELETE FROM hub_pending"_s, {});
    });
    if (!done)
        return done.error();
    return summary;
}

Status HubPublisher::publishTable(const HubTable &table, bool all, PublishSummary &summary)
{
    // A table PostgreSQL holds no row of yet (a new hub, a new table) takes
    // the rows straight from COPY: there is nothing to update.
    auto empty = m_pg.query(u"SELECT NOT EXISTS (SELECT 1 FROM %1)"_s.arg(data(table.name)));
    if (!empty)
        return empty.error();
    const bool direct = empty.value().bytes(0, 0) == "t";
    Status s = direct ? Status() : m_pg.exec(u"CREATE TEMP TABLE hub_stage (LIKE %1)"_s.arg(data(table.name)));
    if (!s)
        return s;
    qint64 copied = 0;
    std::vector<bool> secrets;
    for (const HubColumn &c : table.columns)
        secrets.push_back(storage::isSecret(table.name, c.name));
    QList<Misfit> misfits;
    QStringList columns;
    for (const HubColumn &c : table.columns)
        columns << u"t.\"%1\""_s.arg(c.name);
    // `all`: every row; else the noted ones (synced rows are never deleted:
    // a note always finds its row).
    const QString select = all ? u"SELECT t.id, %1 FROM \"%2\" t"_s.arg(columns.join(u", "_s), table.name)
                               : u"SELECT p.row_id, %1 FROM hub_pending p JOIN \"%2\" t ON t.id = p.row_id "
                                 "WHERE p.tbl = ?1"_s.arg(columns.join(u", "_s), table.name);
    s = m_pg.copyIn(u"COPY %1 (%2) FROM STDIN"_s.arg(direct ? data(table.name) : u"pg_temp.hub_stage"_s, columnList(table)),
                    [&](QByteArray &buffer) -> Status {
        Status sent;
        const Status read = m_ledger.readWhile(select, all ? QVariantList{} : QVariantList{table.name},
                                               [&](const storage::RawRow &r) {
            for (int i = 0; i < table.columns.size(); ++i) {
                if (i > 0)
                    buffer += '\t';
                const QVariant v = r.value(i + 1);
                const bool secret = secrets[i];
                if (!appendField(buffer, table.columns[i].kind, secret ? digestOf(v, table.columns[i].kind) : v)) {
                    buffer += "\\N";
                    misfits << Misfit{r.blob(0), table.columns[i].name,
                                      secret ? sync::canonicalSecret(v) : sync::canonicalValue(v)};
                }
            }
            buffer += '\n';
            ++copied;
            if (buffer.size() >= kCopyChunk)
                sent = m_pg.flushCopy(buffer);
            return sent.ok();
        });
        return read ? sent : read;
    });
    const QString misfitTable = quotedIdentifier(QString::fromLatin1(HubSchema::kData)) + u".misfits"_s;
    if (s)
        s = m_pg.exec(all || direct ? u"DELETE FROM %1 WHERE tbl = $1"_s.arg(misfitTable)
                          : u"DELETE FROM %1 m WHERE tbl = $1 AND EXISTS (SELECT 1 FROM pg_temp.hub_stage s WHERE s.id = m.row_id)"_s.arg(misfitTable),
                      {table.name.toUtf8()});
    // By COPY too: a hostile laptop's million wrong-typed values are one statement, not a million.
    if (s && !misfits.isEmpty())
        s = m_pg.copyIn(u"COPY %1 (tbl, row_id, col, canonical) FROM STDIN"_s.arg(misfitTable), [&](QByteArray &buffer) {
            for (const Misfit &m : std::as_const(misfits)) {
                appendCopyText(buffer, table.name.toUtf8());
                buffer += "\t\\\\x" + m.rowId.toHex() + '\t';
                appendCopyText(buffer, m.column.toUtf8());
                buffer += '\t';
                appendCopyText(buffer, m.canonical);
                buffer += '\n';
                if (buffer.size() >= kCopyChunk)
                    if (Status sent = m_pg.flushCopy(buffer); !sent)
                        return sent;
            }
            return Status();
        });
    summary.misfits += misfits.size();
    if (s && direct)
        summary.rows += copied;
    if (s && !m_everything)
        s = DashboardFacts::noted(m_pg, table.name, direct);
    if (s && !direct) {
        QStringList sets;
        for (const HubColumn &c : table.columns) {
            if (c.name != u"id")
                sets << u"%1 = EXCLUDED.%1"_s.arg(quotedIdentifier(c.name));
        }
        // Rows that did not change are not written again (no dead tuples, no WAL).
        auto upserted = m_pg.query(u"INSERT INTO %1 AS d (%2) SELECT %2 FROM pg_temp.hub_stage ON CONFLICT (id) DO UPDATE SET %3 "
                                   "WHERE ROW(%4) IS DISTINCT FROM ROW(%5)"_s.arg(
                                       data(table.name), columnList(table), sets.join(u", "_s),
                                       columnList(table, u"d."_s), columnList(table, u"EXCLUDED."_s)));
        if (!upserted)
            s = upserted.error();
        else
            summary.rows += upserted.value().affected();
    }
    if (s && all && !direct && !m_everything)
        s = DashboardFacts::removing(m_pg, table.name);
    if (s && all && !direct) {
        auto removed = m_pg.query(u"DELETE FROM %1 d WHERE NOT EXISTS (SELECT 1 FROM pg_temp.hub_stage s WHERE s.id = d.id)"_s.arg(
            data(table.name)));
        if (!removed)
            s = removed.error();
        else
            summary.removed += removed.value().affected();
    }
    if (s && !direct)
        s = m_pg.exec(u"DROP TABLE pg_temp.hub_stage"_s);
    if (s)
        summary.tables << table.name;
    return s;
}

} // namespace tamkeen::hub
