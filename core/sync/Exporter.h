#pragma once
// Writing a sync package: every change the receiver may lack, judged from the
// vector it last sent us (--for DEVICE), or from every device we know, or all
// of them. Changes leave in time order, each with the current value of the
// fields it set (a field overwritten since travels with the later change).
// Large exports can be split into parts of a chosen size.
#include "common/Result.h"
#include "sync/Batches.h"
#include "sync/Scope.h"
#include "sync/SyncKeys.h"
#include "sync/SyncLog.h"
#include "sync/Wire.h"

#include <QCoreApplication>
#include <QStringList>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::sync {

class PackageWriter;

struct ExportOptions {
    QByteArray forDevice; // the receiver, when known: its scope is its centre's (Scope::ofDevice)
    bool all = false;     // everything this copy holds (in the receiver's scope)
    qint64 partBytes = 0; // split into parts of about this size; 0: one file
    QString centreCode = {}; // or the receiver is this centre's copy: its scope
    QString region = {};     // or this region's hub: its centres' scope
};

struct ExportSummary {
    QStringList files;
    qint64 entries = 0;      // change-log entries
    qint64 fieldChanges = 0; // field values carried
    QMap<QString, qint64> perTable; // entries by table
    qint64 bytes = 0;
    qint64 documents = 0; // documents whose content it carries
    qint64 leftOut = 0;   // entries left out of their batches: beyond the receiver's scope
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
    // Whose households the receiver may have (docs/sync-format.md, "Scoped
    // exports"): a device's from its devices row, a centre's, a region's;
    // everything for an export to every device.
    Result<Scope> receiverScope(const ExportOptions &options);

private:
    Status countSent(ExportSummary &summary);
    Status sealOwn(const Organisation &org, const DeviceKeys &keys);
    Result<QList<QByteArray>> contentsToSend(const ExportOptions &options);
    // ExporterScope.cpp: the receiver's scope, and what it lets through.
    Status prepareScope(const ExportOptions &options);
    Status keepInScope(QList<QByteArray> &hashes);
    bool goes(const QByteArray &household, Status &failed, const QByteArray *taggedCentre = nullptr);
    bool isMoveAway(const batches::Item &item);
    Result<QList<qint64>> historyWanted(const ExportOptions &options); // sync_batches rowids
    Status writeBatch(PackageWriter &writer, const BatchRecord &batch, ExportSummary &summary);

    // The receiver's scope while writing: when not everything, the households in it here.
    Scope m_scope;
    QSet<QByteArray> m_inScope;
    QHash<QByteArray, bool> m_heldHere; // households beyond the scope: whether their row is here
    QSet<QByteArray> m_movedAway;       // households moved away from the scope's centres

    storage::Database &m_db;
};

} // namespace tamkeen::sync
