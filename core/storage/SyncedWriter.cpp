#include "storage/SyncedWriter.h"

#include "text/InputText.h"

#include "security/Privileges.h"
#include "security/SignedChange.h"
#include "storage/CaptureTriggers.h"
#include "storage/Database.h"
#include "storage/Uuid.h"

#include <QDateTime>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace tamkeen::storage {

namespace {
const QSet<QString> kManaged = {u"id"_s, u"created_at"_s, u"created_by"_s, u"updated_at"_s, u"updated_by"_s};

// The columns an insert sets to a value: an empty confidential field is not privileged.
QStringList valuedColumns(const QVariantMap &fields)
{
    QStringList columns;
    for (auto f = fields.cbegin(); f != fields.cend(); ++f) {
        if (!f.value().isNull())
            columns << f.key();
    }
    return columns;
}
} // namespace

QString SyncedWriter::nowUtc()
{
    // Formatting a time costs more than inserting a small row; bulk inserts
    // make dozens of rows within one millisecond. One cache per thread.
    thread_local qint64 lastMs = -1;
    thread_local QString lastText;
    const qint64 ms = QDateTime::currentMSecsSinceEpoch();
    if (ms != lastMs) {
        lastText = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
        lastMs = ms;
    }
    return lastText;
}

Status SyncedWriter::checkColumns(const QString &table, const QVariantMap &fields)
{
    auto it = m_columns.find(table);
    if (it == m_columns.end()) {
        if (!syncedTables(m_db).contains(table))
            return makeError(ErrorCode::Database, tr("Internal error: %1 is not a synced table.").arg(table));
        QSet<QString> cols;
        auto q = m_db.exec(u"SELECT name FROM pragma_table_info(?)"_s, {table});
        if (!q)
            return q.error();
        while (q.value()->next())
            cols.insert(q.value()->value(0).toString());
        q.value()->finish();
        it = m_columns.insert(table, cols);
    }
    for (auto f = fields.cbegin(); f != fields.cend(); ++f) {
        if (!it->contains(f.key()) || kManaged.contains(f.key()))
            return makeError(ErrorCode::Database, tr("Internal error: %1 is not a writable column of %2.").arg(f.key(), table));
    }
    return {};
}

const QString &SyncedWriter::insertSql(const QString &table, const QVariantMap &fields, Status *status)
{
    // Callers insert the same few shapes of row over and over: the statement
    // for a table and a set of field names is built and checked once.
    size_t key = qHash(table);
    for (auto f = fields.keyBegin(); f != fields.keyEnd(); ++f)
        key = qHashMulti(key, *f);
    auto &candidates = m_inserts[key];
    for (const InsertShape &shape : std::as_const(candidates)) {
        if (shape.table == table && std::equal(shape.fields.cbegin(), shape.fields.cend(), fields.keyBegin(), fields.keyEnd()))
            return shape.sql;
    }
    static const QString none;
    if (Status s = checkColumns(table, fields); !s) {
        *status = s;
        return none;
    }
    QStringList names = {u"id"_s, u"created_at"_s, u"created_by"_s, u"updated_at"_s, u"updated_by"_s};
    names << fields.keys();
    const QStringList marks(names.size(), u"?"_s);
    candidates.append({table, fields.keys(),
                       u"INSERT INTO \"%1\" (%2) VALUES (%3)"_s.arg(table, names.join(u", "_s), marks.join(u", "_s))});
    return candidates.last().sql;
}

// The last guard of what is stored: no control or direction-override
// characters in any text, and no text beyond any field's bound (the services
// refuse earlier, naming the field; this catches a path that forgot).
Status SyncedWriter::cleanText(QVariantMap &fields)
{
    for (auto f = fields.begin(); f != fields.end(); ++f) {
        if (f.value().typeId() != QMetaType::QString)
            continue;
        const QString clean = text::cleanInput(f.value().toString(), text::TextKind::Paragraph);
        if (clean.size() > text::kParagraphLength)
            return makeError(ErrorCode::Invalid,
                             text::InputText::tr("%1: at most %2 characters can be stored, and %3 were entered. "
                                                 "Shorten it.")
                                 .arg(f.key())
                                 .arg(text::kParagraphLength)
                                 .arg(clean.size()),
                             f.key());
        f.value() = clean;
    }
    return {};
}

Result<QByteArray> SyncedWriter::insert(const QString &table, const QVariantMap &given, const QByteArray &givenId)
{
    QVariantMap fields = given;
    if (Status s = cleanText(fields); !s)
        return s.error();
    Status checked;
    const QString sql = insertSql(table, fields, &checked);
    if (!checked)
        return checked.error();
    const QByteArray id = givenId.isEmpty() ? newUuidV7() : givenId;
    const QString now = nowUtc();
    const QByteArray user = m_db.currentUser();
    QVariantList values;
    values.reserve(5 + fields.size());
    values << id << now << (user.isEmpty() ? QVariant() : QVariant(user)) << now
           << (user.isEmpty() ? QVariant() : QVariant(user));
    for (auto f = fields.cbegin(); f != fields.cend(); ++f)
        values << f.value();
    if (!m_db.inTransaction()) { // the row and its log entry land together or not at all
        Result<QByteArray> written = makeError(ErrorCode::Database, QString());
        const Status s = m_db.transaction([&]() -> Status {
            written = insert(table, fields, id);
            return written ? Status() : Status(written.error());
        });
        if (!s)
            return s.error();
        return written;
    }
    if (!m_db.captureEnabled()) {
        if (Status s = m_db.write(sql, values); !s)
            return s.error();
        m_db.touched(table);
        return id;
    }
    // A privileged row is signed by the person writing it (docs/trust.md).
    const bool privileged = security::Privileges::needsSignature(table, valuedColumns(fields), fields, u"I"_s);
    if (privileged && m_db.signingKey().isEmpty())
        return security::ChangeSigning::noKey(table);
    // The log entry first: if the row then fails (a constraint), the entry is
    // taken back, so no caller can be left with one without the other.
    QVariant seq;
    if (Status s = m_db.write(insertCaptureSql(), {table, id, values[2]}, nullptr, &seq); !s)
        return s.error();
    if (Status s = m_db.write(sql, values); !s) {
        // Only that entry, and only if SQLite kept the transaction: after a
        // disk-full or I/O error it is already rolled back with everything else.
        if (m_db.sqliteInTransaction()) {
            const Status undo = m_db.write(u"DELETE FROM change_log WHERE device = tamkeen_device() AND seq = ?"_s, {seq});
            Q_UNUSED(undo) // the row's own error is the one to report
        }
        return s.error();
    }
    if (privileged) {
        if (Status s = security::ChangeSigning::signLogged(m_db, seq.toLongLong()); !s)
            return s.error();
    }
    m_db.touched(table);
    return id;
}

Status SyncedWriter::update(const QString &table, const QByteArray &id, const QVariantMap &given)
{
    if (given.isEmpty())
        return {};
    QVariantMap changes = given;
    if (Status s = cleanText(changes); !s)
        return s;
    if (Status s = checkColumns(table, changes); !s)
        return s;
    if (!m_db.captureEnabled())
        return writeUpdate(table, id, changes);
    if (table == u"device_revocations")
        return makeError(ErrorCode::Invalid, security::Privileges::tr("A device revocation is final: it cannot be changed."));
    if (!security::Privileges::needsSignature(table, changes.keys(), changes))
        return writeUpdate(table, id, changes);
    // Privileged: the entry the trigger logs is signed by the person writing it.
    if (m_db.signingKey().isEmpty())
        return security::ChangeSigning::noKey(table);
    const auto lastSeq = [this]() -> Result<qint64> {
        auto v = m_db.scalar(u"SELECT max(seq) FROM change_log WHERE device = ?"_s, {m_db.deviceId()});
        if (!v)
            return v.error();
        return v.value().toLongLong();
    };
    return m_db.transaction([&]() -> Status {
        auto before = lastSeq();
        if (!before)
            return before.error();
        if (Status s = writeUpdate(table, id, changes); !s)
            return s;
        auto after = lastSeq();
        if (!after)
            return after.error();
        if (after.value() == before.value())
            return {}; // nothing changed: nothing logged
        return security::ChangeSigning::signLogged(m_db, after.value());
    });
}

Status SyncedWriter::writeUpdate(const QString &table, const QByteArray &id, const QVariantMap &changes)
{
    // Only touch updated_at/by when a field really changes, so a save without
    // edits does not create a change that travels to every other laptop.
    QStringList differs;
    QStringList sets;
    QVariantList values;
    for (auto f = changes.cbegin(); f != changes.cend(); ++f) {
        sets << u"\"%1\" = ?"_s.arg(f.key());
        differs << u"\"%1\" IS NOT ?"_s.arg(f.key());
        values << f.value();
    }
    const QByteArray user = m_db.currentUser();
    QVariantList all = values;
    all << nowUtc() << (user.isEmpty() ? QVariant() : QVariant(user)) << id << values;
    const QString sql = u"UPDATE \"%1\" SET %2, updated_at = ?, updated_by = ? WHERE id = ? AND (%3)"_s.arg(
        table, sets.join(u", "_s), differs.join(u" OR "_s));
    if (Status s = m_db.write(sql, all); !s)
        return s;
    m_db.touched(table);
    return {};
}

Status SyncedWriter::archive(const QString &table, const QByteArray &id)
{
    return update(table, id, {{u"deleted"_s, 1}});
}

Status SyncedWriter::restore(const QString &table, const QByteArray &id)
{
    return update(table, id, {{u"deleted"_s, 0}});
}

} // namespace tamkeen::storage
