#pragma once
// Writing a sync package: every change the receiver may lack, judged from the
// vector it last sent us (--for DEVICE), or from every device we know, or all
// of them. Changes leave in time order, each with the current value of the
// fields it set (a field overwritten since travels with the later change).
// Large exports can be split into parts of a chosen size.
#include "common/Result.h"
#include "sync/SyncKeys.h"
#include "sync/SyncLog.h"

#include <QCoreApplication>
#include <QStringList>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::sync {

struct ExportOptions {
    QByteArray forDevice; // the receiver, when known
    bool all = false;     // everything this copy holds
    qint64 partBytes = 0; // split into parts of about this size; 0: one file
};

struct ExportSummary {
    QStringList files;
    qint64 entries = 0;      // change-log entries
    qint64 fieldChanges = 0; // field values carried
    QMap<QString, qint64> perTable; // entries by table
    qint64 bytes = 0;
    qint64 documents = 0; // documents whose content it carries
};

class Exporter {
    Q_DECLARE_TR_FUNCTIONS(Exporter)
public:
    explicit Exporter(storage::Database &db) : m_db(db) {}

    // What would go, without writing anything (the Sync screen shows it).
    Result<ExportSummary> preview(const ExportOptions &options);
    // Writes `path` (and path.partN… when split). Nothing is left under a
    // final name unless that file is complete.
    Result<ExportSummary> write(const QString &path, const ExportOptions &options);

    // The sequence numbers the receiver is taken to hold, by device.
    Result<Vector> receiverVector(const ExportOptions &options);

private:
    Status countSent(ExportSummary &summary);
    Status sealOwn(const Organisation &org, const DeviceKeys &keys);
    Result<QList<QByteArray>> contentsToSend(const ExportOptions &options);

    storage::Database &m_db;
};

} // namespace tamkeen::sync
