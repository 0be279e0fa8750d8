#pragma once
// The records of a decrypted package chunk (docs/sync-format.md, "Records"),
// read straight from the CBOR bytes. Change-log entries are the bulk of a
// package, and building a QCborValue tree for each cost more than applying it.
#include "common/Result.h"
#include "sync/SyncLog.h"

#include <QCborArray>
#include <QCoreApplication>
#include <functional>

namespace tamkeen::sync {

// One change-log entry as it travels (record kind 1).
struct Entry {
    Version v;
    QString table;
    QByteArray rowId;
    QString op; // "I" or "U"
    QVariant author;
    QStringList fieldNames; // an update's changed columns
    struct Field {
        QString column;
        QVariant value;
        Version version;
        Version prev;
    };
    QList<Field> carried;
};

struct Record {
    enum Kind { Vector = 0, Change = 1, Conflict = 2 };
    int kind = -1;
    Entry entry;       // a change
    QCborArray fields; // the vector or a conflict, whole (kind first)
};

class RecordReader {
    Q_DECLARE_TR_FUNCTIONS(RecordReader)
public:
    // Calls `each` for every record of `plain`, in order; stops at the first
    // error it returns, or with "damaged" when the bytes are not records.
    static Status forEach(const QByteArray &plain, const std::function<Status(Record &)> &each);
};

} // namespace tamkeen::sync
