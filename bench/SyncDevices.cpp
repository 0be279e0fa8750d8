#include "SyncDevices.h"

#include "Bench.h"
#include "RawSqlite.h"

#include "org/Setup.h"
#include "security/PasswordHasher.h"
#include "security/UserService.h"
#include "storage/Checkpointer.h"
#include "storage/SyncedWriter.h"
#include "sync/Enrolment.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>
#include <map>
#include <memory>

namespace tamkeen::bench {

namespace {

const QString kPassphrase = QStringLiteral("a long organisation passphrase");
const QStringList kRegions = {QStringLiteral("الرياض"), QStringLiteral("مكة المكرمة"), QStringLiteral("المنطقة الشرقية"),
                              QStringLiteral("القصيم"), QStringLiteral("عسير"), QStringLiteral("تبوك"),
                              QStringLiteral("حائل")};

} // namespace

const QString kPartners = QStringLiteral("partners");

void removeDatabase(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

// The administrator logs in on an opened copy: the sync keys open with their password.
void logIn(storage::Database &db)
{
    auto session = security::UserService(db, security::HashCost::minimal())
                       .login(QStringLiteral("Admin"), QStringLiteral("correct horse"));
    must(session.ok(), "log in as the administrator");
}

namespace {

// An empty database in place of whatever was at `path`.
std::unique_ptr<Device> newDevice(const QString &path)
{
    removeDatabase(path);
    auto device = std::make_unique<Device>();
    device->path = path;
    auto opened = storage::Database::open(path);
    must(opened.ok(), "open a device database");
    device->db = std::move(opened).value();
    return device;
}

} // namespace

// A new installation set up as device `number` of the centre (cheap password cost).
std::unique_ptr<Device> makeDevice(const QString &path, int number)
{
    auto device = newDevice(path);
    org::SetupRequest r;
    r.centreCode = QStringLiteral("ruh");
    r.centreName = QStringLiteral("مركز الرياض للتمكين");
    r.region = QStringLiteral("الرياض");
    r.deviceName = QStringLiteral("حاسوب %1").arg(number);
    r.deviceNumber = number;
    r.adminUsername = QStringLiteral("Admin");
    r.adminFullName = QStringLiteral("نورة بنت عبدالله القحطاني");
    r.adminPassword = QStringLiteral("correct horse");
    auto session = org::Setup::run(*device->db, r, security::HashCost::minimal());
    must(session.ok(), "setup");
    device->admin = session.value();
    device->db->setCurrentUser(session.value().userId);
    return device;
}

// Enrolment files for the laptops `root`'s administrator enrols, by number.
QHash<int, QString> enrolDevices(Device &root, const QDir &dir, const QList<int> &numbers)
{
    QHash<int, QString> files;
    for (int number : numbers) {
        const QString file = dir.filePath(QStringLiteral("sync-enrol-%1.tamkeen-enrol").arg(number));
        QFile::remove(file);
        auto enrolled = sync::Enrolment::enrol(*root.db, root.admin, {QStringLiteral("حاسوب %1").arg(number),
                                                                      QStringLiteral("RUH"), number},
                                               file, kPassphrase, sync::KdfCost::Minimal);
        must(enrolled.ok(), "enrol a device");
        files.insert(number, file);
    }
    root.db->setCurrentUser(root.admin.userId);
    return files;
}

// A new installation started from its enrolment file, writing as `admin`.
std::unique_ptr<Device> joinDevice(const QString &path, const QString &enrolment, const security::Session &admin)
{
    auto device = newDevice(path);
    must(sync::Enrolment::join(*device->db, enrolment, kPassphrase).ok(), "join with the enrolment file");
    logIn(*device->db);
    device->admin = admin;
    device->db->setCurrentUser(admin.userId);
    return device;
}

// `n` partners through SyncedWriter in one transaction (change capture on).
QList<QByteArray> insertPartners(Device &d, int n, const QString &tag)
{
    QList<QByteArray> ids;
    ids.reserve(n);
    storage::Database::BulkCache bulk(*d.db);
    storage::SyncedWriter writer(*d.db);
    const Status s = d.db->transaction([&]() -> Status {
        for (int i = 0; i < n; ++i) {
            auto id = writer.insert(kPartners,
                                    {{QStringLiteral("name"), QStringLiteral("جمعية %1 للتنمية رقم %2").arg(tag).arg(i)},
                                     {QStringLiteral("kind"), QStringLiteral("ngo")},
                                     {QStringLiteral("services"), QStringLiteral("تدريب مهني\nتمويل متناهي الصغر")},
                                     {QStringLiteral("region"), kRegions[i % kRegions.size()]},
                                     {QStringLiteral("phone"), QStringLiteral("011%1").arg(i, 7, 10, QLatin1Char('0'))}});
            if (!id)
                return id.error();
            ids << id.value();
        }
        return {};
    });
    must(s.ok(), "insert partners");
    return ids;
}

// A new phone and region on every row: three field values each (with updated_at).
void updatePartners(Device &d, const QList<QByteArray> &ids, int round)
{
    storage::Database::BulkCache bulk(*d.db);
    storage::SyncedWriter writer(*d.db);
    const Status s = d.db->transaction([&]() -> Status {
        for (int i = 0; i < int(ids.size()); ++i) {
            if (Status u = writer.update(kPartners, ids[i],
                                         {{QStringLiteral("phone"), QStringLiteral("05%1%2").arg(5 + round % 5).arg(i, 7, 10, QLatin1Char('0'))},
                                          {QStringLiteral("region"), kRegions[(i + 1 + round) % kRegions.size()]}});
                !u)
                return u;
        }
        return {};
    });
    must(s.ok(), "update partners");
}

sync::ExportSummary exportPackage(Device &d, const QString &path, const sync::ExportOptions &options, double *ms)
{
    QElapsedTimer t;
    t.start();
    auto written = sync::Exporter(*d.db).write(path, options);
    if (ms)
        *ms = elapsedMs(t);
    if (!written)
        QTextStream(stderr) << written.error().message << "\n";
    must(written.ok(), "export");
    return written.value();
}

sync::ImportSummary importPackage(Device &d, const QString &path, double *ms, const sync::ImportOptions &options,
                                  double *behindMs)
{
    QElapsedTimer t;
    t.start();
    sync::ImportSummary s = sync::Importer(*d.db, options).importFile(path);
    const double returned = elapsedMs(t);
    if (ms)
        *ms = returned;
    // The log copied into the file behind the import (storage/Checkpointer):
    // waited for, so that nothing runs beside what is measured next.
    if (auto *c = d.db->checkpointer())
        c->waitIdle();
    if (behindMs)
        *behindMs = elapsedMs(t) - returned;
    if (!s.ok())
        QTextStream(stderr) << s.refused << "\n";
    must(s.ok(), "import");
    return s;
}

// A consistent copy of the file, as SQLite writes it (not timed).
void snapshot(Device &d, const QString &path)
{
    removeDatabase(path);
    QString quoted = path;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    must(d.db->execScript(QStringLiteral("VACUUM INTO '%1'").arg(quoted)).ok(), "VACUUM INTO");
}

QString mib(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1) + QStringLiteral(" MiB");
}
namespace {

void serialiseRow(QByteArray &buf, sqlite3_stmt *s)
{
    for (int c = 0, n = sqlite3_column_count(s); c < n; ++c) {
        const int type = sqlite3_column_type(s, c);
        buf.append(char(type));
        switch (type) {
        case SQLITE_INTEGER: {
            const qint64 v = sqlite3_column_int64(s, c);
            buf.append(reinterpret_cast<const char *>(&v), sizeof v);
            break;
        }
        case SQLITE_FLOAT: {
            const double v = sqlite3_column_double(s, c);
            buf.append(reinterpret_cast<const char *>(&v), sizeof v);
            break;
        }
        case SQLITE_NULL: break;
        default: {
            const void *p = type == SQLITE_BLOB ? sqlite3_column_blob(s, c) : sqlite3_column_text(s, c);
            const quint32 len = quint32(sqlite3_column_bytes(s, c));
            buf.append(reinterpret_cast<const char *>(&len), sizeof len);
            buf.append(static_cast<const char *>(p), qsizetype(len));
        }
        }
    }
}

} // namespace

// What an export reads, by raw SQLite: the change-log entries of `device`
// after `afterSeq` in time order, and for each the row it names, every value
// serialised into a file (no encryption, no signature, no field versions).
double rawExportMs(const QString &dbPath, const QByteArray &device, qint64 afterSeq, const QString &out, qint64 *bytes)
{
    QElapsedTimer t;
    t.start();
    RawDb raw(dbPath, SQLITE_OPEN_READONLY);
    QFile file(out);
    must(file.open(QIODevice::WriteOnly | QIODevice::Truncate), "open the raw export file");
    RawStmt entries(raw, "SELECT device, seq, hlc, tbl, row_id, op, author, fields FROM change_log "
                         "WHERE device = ? AND seq > ? ORDER BY hlc, device");
    sqlite3_bind_blob(entries, 1, device.constData(), int(device.size()), SQLITE_STATIC);
    sqlite3_bind_int64(entries, 2, afterSeq);
    std::map<QByteArray, std::unique_ptr<RawStmt>> rows;
    QByteArray buf;
    while (sqlite3_step(entries) == SQLITE_ROW) {
        serialiseRow(buf, entries);
        const QByteArray table(reinterpret_cast<const char *>(sqlite3_column_text(entries, 3)),
                               sqlite3_column_bytes(entries, 3));
        auto &row = rows[table];
        if (!row)
            row = std::make_unique<RawStmt>(raw, "SELECT * FROM \"" + table + "\" WHERE id = ?");
        sqlite3_bind_blob(*row, 1, sqlite3_column_blob(entries, 4), sqlite3_column_bytes(entries, 4), SQLITE_TRANSIENT);
        if (sqlite3_step(*row) == SQLITE_ROW)
            serialiseRow(buf, *row);
        sqlite3_reset(*row);
        if (buf.size() >= 64 * 1024) {
            must(file.write(buf) == buf.size(), "write the raw export file");
            buf.clear();
        }
    }
    must(file.write(buf) == buf.size(), "write the raw export file");
    file.close();
    *bytes = file.size();
    return elapsedMs(t);
}

} // namespace tamkeen::bench
