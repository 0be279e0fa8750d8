#pragma once
// The one way core writes synced rows: it fills the key, who and when, and checks
// column names against the table, so services never splice names or values into
// SQL. It records each insert in the change log; the update triggers record
// every field that changed.
#include "common/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QVariantMap>

namespace tamkeen::storage {

class Database;

class SyncedWriter {
    Q_DECLARE_TR_FUNCTIONS(SyncedWriter)
public:
    explicit SyncedWriter(Database &db) : m_db(db) {}

    // Inserts a row and returns its key: `id` when given, else a new UUIDv7.
    Result<QByteArray> insert(const QString &table, const QVariantMap &fields, const QByteArray &id = {});
    // Sets the given fields; a field set to its current value records nothing.
    Status update(const QString &table, const QByteArray &id, const QVariantMap &changes);
    // The tombstone: synced rows are archived, never deleted.
    Status archive(const QString &table, const QByteArray &id);
    Status restore(const QString &table, const QByteArray &id);

    static QString nowUtc();

private:
    Status writeUpdate(const QString &table, const QByteArray &id, const QVariantMap &changes);
    Status checkColumns(const QString &table, const QVariantMap &fields);
    static Status cleanText(QVariantMap &fields);
    const QString &insertSql(const QString &table, const QVariantMap &fields, Status *status);

    struct InsertShape {
        QString table;
        QStringList fields;
        QString sql;
    };

    Database &m_db;
    QHash<QString, QSet<QString>> m_columns;
    QHash<size_t, QList<InsertShape>> m_inserts; // by a hash of table and field names
};

} // namespace tamkeen::storage
