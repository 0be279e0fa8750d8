// Change capture against raw SQLite: inserting rows into a synced table (trigger,
// change log, HLC) beside the same rows into the same table without triggers.
#include "Bench.h"

#include "org/Setup.h"
#include "storage/Database.h"
#include "storage/FileCheck.h"
#include "storage/SyncedWriter.h"
#include "storage/crypt/EncryptedFile.h"
#include "storage/Uuid.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <sqlite3.h>

namespace tamkeen::bench {

namespace {

void must(bool ok, const char *what)
{
    if (!ok) {
        QTextStream(stderr) << "tamkeen-bench: " << what << " failed\n";
        std::exit(1);
    }
}

double rawInsert(const QString &path, int rows)
{
    sqlite3 *db = nullptr;
    must(sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK, "raw open");
    must(sqlite3_exec(db,
                      "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;"
                      "CREATE TABLE centres (id BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16), "
                      "deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)), created_at TEXT NOT NULL, "
                      "created_by BLOB, updated_at TEXT NOT NULL, updated_by BLOB, code TEXT NOT NULL, "
                      "name TEXT NOT NULL, region TEXT)",
                      nullptr, nullptr, nullptr)
             == SQLITE_OK,
         "raw schema");
    const QByteArray user = storage::newUuidV7();
    QElapsedTimer t;
    t.start();
    sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(db,
                       "INSERT INTO centres (id, created_at, created_by, updated_at, updated_by, code, name, region) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                       -1, &stmt, nullptr);
    for (int i = 0; i < rows; ++i) {
        const QByteArray id = storage::newUuidV7();
        const QByteArray now = storage::SyncedWriter::nowUtc().toUtf8();
        const QByteArray code = "C" + QByteArray::number(i);
        const QByteArray name = QStringLiteral("مركز رقم %1").arg(i).toUtf8();
        const QByteArray region = QStringLiteral("الرياض").toUtf8();
        sqlite3_bind_blob(stmt, 1, id.constData(), 16, SQLITE_TRANSIENT);
        sqlite3_bind_text(stmt, 2, now.constData(), int(now.size()), SQLITE_TRANSIENT);
        sqlite3_bind_blob(stmt, 3, user.constData(), 16, SQLITE_TRANSIENT);
        sqlite3_bind_text(stmt, 4, now.constData(), int(now.size()), SQLITE_TRANSIENT);
        sqlite3_bind_blob(stmt, 5, user.constData(), 16, SQLITE_TRANSIENT);
        sqlite3_bind_text(stmt, 6, code.constData(), int(code.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(stmt, 7, name.constData(), int(name.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(stmt, 8, region.constData(), int(region.size()), SQLITE_TRANSIENT);
        must(sqlite3_step(stmt) == SQLITE_DONE, "raw insert");
        sqlite3_reset(stmt);
    }
    sqlite3_finalize(stmt);
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    const double ms = elapsedMs(t);
    sqlite3_close(db);
    return ms;
}

// sqlite3_open and `sql`: what opening reads (the schema) or the whole-file check.
double rawOpen(const QString &path, const char *sql)
{
    return medianMs(5, [&] {
        sqlite3 *db = nullptr;
        sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
        sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
        sqlite3_close(db);
    });
}

} // namespace

// Inserts `rows` centres through SyncedWriter into a new, set-up database.
double oursInsert(const QString &path, int rows, bool capture)
{
    auto db = storage::Database::open(path);
    must(db.ok(), "open");
    org::SetupRequest r{QStringLiteral("RUH"), QStringLiteral("مركز"), QStringLiteral("الرياض"), QStringLiteral("bench"),
                        1, QStringLiteral("admin"), QStringLiteral("admin"), QStringLiteral("bench-password")};
    must(org::Setup::run(*db.value(), r, security::HashCost::minimal()).ok(), "setup");
    db.value()->setCaptureEnabled(capture);
    storage::SyncedWriter writer(*db.value());
    QElapsedTimer t;
    t.start();
    const Status s = db.value()->transaction([&]() -> Status {
        for (int i = 0; i < rows; ++i) {
            auto id = writer.insert(QStringLiteral("centres"), {{QStringLiteral("code"), QStringLiteral("C%1").arg(i)},
                                                                {QStringLiteral("name"), QStringLiteral("مركز رقم %1").arg(i)},
                                                                {QStringLiteral("region"), QStringLiteral("الرياض")}});
            if (!id)
                return id.error();
        }
        return {};
    });
    must(s.ok(), "insert");
    return elapsedMs(t);
}

namespace {

// Encryption's cost in the same run (issue 15 §1: each figure at most 1.25
// times its plain figure): the same rows in a plain file, opened in turn with
// the encrypted one so that the machine's load falls on both alike.
void encryptedBesidePlain(QTextStream &out, const QString &dir, int rows, const QString &encrypted, double encryptedInsertMs)
{
    using storage::crypt::EncryptedFile;
    const QString plain = QDir(dir).filePath(QStringLiteral("plain.sqlite"));
    EncryptedFile::setEncryptNewFiles(false);
    const double plainInsertMs = oursInsert(plain, rows, true);
    EncryptedFile::setEncryptNewFiles(true);
    report(out, {QStringLiteral("insert %1 rows with capture: encrypted beside plain").arg(rows), encryptedInsertMs,
                 plainInsertMs, QStringLiteral("ms"), QStringLiteral("baseline: the same work on a plain file, this run")});
    QList<double> enc, pla;
    for (int i = 0; i < 15; ++i) {
        enc << medianMs(1, [&] { must(storage::Database::open(encrypted).ok(), "reopen"); });
        pla << medianMs(1, [&] { must(storage::Database::open(plain).ok(), "reopen"); });
    }
    std::sort(enc.begin(), enc.end());
    std::sort(pla.begin(), pla.end());
    report(out, {QStringLiteral("open the %1-row database: encrypted beside plain").arg(rows), enc.at(7), pla.at(7),
                 QStringLiteral("ms"), QStringLiteral("median of 15, the two opened in turn")});
    const double wholeEnc = medianMs(3, [&] { must(storage::checkWholeFile(encrypted).ok(), "check"); });
    const double wholePlain = medianMs(3, [&] { must(storage::checkWholeFile(plain).ok(), "check"); });
    report(out, {QStringLiteral("the whole-file check: encrypted beside plain"), wholeEnc, wholePlain, QStringLiteral("ms"),
                 QStringLiteral("every page opened: on a worker thread, never in the way")});
}

} // namespace

void benchStorage(QTextStream &out, const QString &dir, int rows)
{
    const QString ours = QDir(dir).filePath(QStringLiteral("ours.sqlite"));
    const QString paused = QDir(dir).filePath(QStringLiteral("paused.sqlite"));
    const QString raw = QDir(dir).filePath(QStringLiteral("raw.sqlite"));
    const double oursMs = oursInsert(ours, rows, true);
    const double pausedMs = oursInsert(paused, rows, false);
    const double rawMs = rawInsert(raw, rows);
    report(out, {QStringLiteral("insert %1 rows into a synced table, one transaction").arg(rows), oursMs, rawMs,
                 QStringLiteral("ms"),
                 QStringLiteral("%1 rows/s with change capture = %2% of raw SQLite without triggers")
                     .arg(qRound(rows / (oursMs / 1000)))
                     .arg(qRound(100 * rawMs / oursMs))});
    report(out, {QStringLiteral("the same with capture paused (as during an import)"), pausedMs, rawMs,
                 QStringLiteral("ms"), QStringLiteral("the cost of SyncedWriter alone")});
    const double openMs = medianMs(5, [&] { must(storage::Database::open(ours).ok(), "reopen"); });
    report(out, {QStringLiteral("open the %1-row database (refusal checks, migrations check, identity)").arg(rows),
                 openMs, rawOpen(ours, "PRAGMA application_id; PRAGMA user_version; SELECT count(*) FROM sqlite_master"),
                 QStringLiteral("ms"), QStringLiteral("baseline: sqlite3_open + application id, version, schema")});
    const double wholeMs = medianMs(5, [&] { must(storage::checkWholeFile(ours).ok(), "whole-file check"); });
    report(out, {QStringLiteral("the whole-file check (a worker thread, after login)"), wholeMs,
                 rawOpen(ours, "PRAGMA quick_check"), QStringLiteral("ms"),
                 QStringLiteral("baseline: sqlite3_open + PRAGMA quick_check")});
    if (storage::crypt::EncryptedFile::encryptNewFiles())
        encryptedBesidePlain(out, dir, rows, ours, oursMs);
    report(out, {QStringLiteral("database file size after %1 synced rows").arg(rows),
                 double(QFileInfo(ours).size()) / (1024 * 1024), double(QFileInfo(raw).size()) / (1024 * 1024),
                 QStringLiteral("MiB"), QStringLiteral("the change log (one entry per write, no values) is the difference")});
}

} // namespace tamkeen::bench
