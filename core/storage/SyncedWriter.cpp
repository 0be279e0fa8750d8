#include "storage/SyncedWriter.h"

#include "storage/CaptureTriggers.h"
#include "storage/Database.h"
#include "storage/Uuid.h"

#include <QDateTime>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace tamkeen::storage {

namespace {
const QSet<QString> kManaged = {u"id"_s, u"created_at"_s, u"created_by"_s, u"updated_at"_s, u"updated_by"_s};
}

QString SyncedWriter::nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
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

Result<QByteArray> SyncedWriter::insert(const QString &table, const QVariantMap &fields, const QByteArray &givenId)
{
    if (Status s = checkColumns(table, fields); !s)
        return s.error();
    const QByteArray id = givenId.isEmpty() ? newUuidV7() : givenId;
    const QString now = nowUtc();
    const QByteArray user = m_db.currentUser();
    QStringList names = {u"id"_s, u"created_at"_s, u"created_by"_s, u"updated_at"_s, u"updated_by"_s};
    QVariantList values = {id, now, user.isEmpty() ? QVariant() : user, now, user.isEmpty() ? QVariant() : user};
    for (auto f = fields.cbegin(); f != fields.cend(); ++f) {
        names << f.key();
        values << f.value();
    }
    QStringList marks(names.size(), u"?"_s);
    const QString sql = u"INSERT INTO \"%1\" (%2) VALUES (%3)"_s.arg(table, names.join(u", "_s), marks.join(u", "_s));
    if (Status s = m_db.write(sql, values); !s)
        return s.error();
    return id;
}

Status SyncedWriter::update(const QString &table, const QByteArray &id, const QVariantMap &changes)
{
    if (changes.isEmpty())
        return {};
    if (Status s = checkColumns(table, changes); !s)
        return s;
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
    return m_db.write(sql, all);
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
