#pragma once
// The devices of the sync figures (BenchSync, BenchCompaction): set up,
// enrolled and joined copies of one organisation, partners inserted and
// changed through SyncedWriter, packages written and read.
#include "security/Session.h"
#include "storage/Database.h"
#include "sync/Exporter.h"
#include "sync/Importer.h"

#include <QDir>
#include <QHash>
#include <memory>

namespace tamkeen::bench {

extern const QString kPartners;

void removeDatabase(const QString &path);

struct Device {
    QString path;
    std::unique_ptr<storage::Database> db;
    security::Session admin;
    QByteArray id() const { return db->deviceId(); }
};

// The administrator logs in on an opened copy: the sync keys open with their password.
void logIn(storage::Database &db);
// A new installation set up as device `number` of the centre (cheap password cost).
std::unique_ptr<Device> makeDevice(const QString &path, int number);
// Enrolment files for the laptops `root`'s administrator enrols, by number.
QHash<int, QString> enrolDevices(Device &root, const QDir &dir, const QList<int> &numbers);
// A new installation started from its enrolment file, writing as `admin`.
std::unique_ptr<Device> joinDevice(const QString &path, const QString &enrolment, const security::Session &admin);

// `n` partners through SyncedWriter in one transaction (change capture on).
QList<QByteArray> insertPartners(Device &d, int n, const QString &tag);
// A new phone and region on every row: three field values each (with
// updated_at); `round` makes each round's values differ from the last's.
void updatePartners(Device &d, const QList<QByteArray> &ids, int round = 0);

sync::ExportSummary exportPackage(Device &d, const QString &path, const sync::ExportOptions &options,
                                  double *ms = nullptr);
// `ms`: until the import returns; `behindMs`: then until the log it wrote is
// copied into the file (the checkpoint thread), which is waited for.
sync::ImportSummary importPackage(Device &d, const QString &path, double *ms = nullptr,
                                  const sync::ImportOptions &options = {}, double *behindMs = nullptr);
// A consistent copy of the file, as SQLite writes it (not timed).
void snapshot(Device &d, const QString &path);
QString mib(qint64 bytes);

// The baseline of an export: what it reads, by raw SQLite (the change-log
// entries of `device` after `afterSeq` in time order, and for each the row it
// names), every value serialised into the file `out` (no encryption, no
// signature, no field versions).
double rawExportMs(const QString &dbPath, const QByteArray &device, qint64 afterSeq, const QString &out, qint64 *bytes);

} // namespace tamkeen::bench
