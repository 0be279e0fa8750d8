// Documents in packages (issue 17 §8-9): a laptop attaches 1,000 scans of
// 300 KB to a family and sends them to the centre; the centre imports them,
// as one package and as parts of 8 MB imported last part first (a content
// then comes whole only when its last piece does: the pieces are read back
// and hashed). Baseline from the same run: raw SQLite copying the same bytes
// into a table of a new file, one transaction, in WAL with synchronous FULL
// and the same page cache, as Tamkeen's files are.
#include "Bench.h"
#include "RawSqlite.h"
#include "SyncDevices.h"

#include "documents/DocumentStore.h"
#include "documents/Documents.h"
#include "storage/Checkpointer.h"
#include "registry/HouseholdService.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTextStream>
#include <algorithm>

namespace tamkeen::bench {

namespace {

// A scan's bytes: a JPEG's first bytes, then bytes that differ for each `seed`.
QByteArray scan(int bytes, quint32 seed)
{
    QByteArray b(bytes, Qt::Uninitialized);
    QRandomGenerator random(seed);
    random.fillRange(reinterpret_cast<quint32 *>(b.data()), bytes / 4);
    b[0] = '\xFF';
    b[1] = '\xD8';
    b[2] = '\xFF';
    return b;
}

QByteArray familyOn(Device &d)
{
    registry::HouseholdData h;
    h.region = QStringLiteral("منطقة الرياض");
    h.city = QStringLiteral("الرياض");
    h.housingType = QStringLiteral("apartment");
    h.housingOwnership = QStringLiteral("rented");
    registry::MemberData head;
    head.givenName = QStringLiteral("سلمى");
    head.fatherName = QStringLiteral("ناصر");
    head.familyName = QStringLiteral("الدوسري");
    head.sex = QStringLiteral("female");
    head.birthDate = QDate(1986, 9, 12);
    head.relation = QStringLiteral("head");
    auto id = registry::HouseholdService(*d.db).create(d.admin, h, head);
    must(id.ok(), "register a family");
    return id.value();
}

// Raw SQLite writing the same bytes into a new file: the least storing them costs.
double rawCopy(const QString &path, int count, int bytes)
{
    removeDatabase(path);
    RawDb raw(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    raw.exec("PRAGMA journal_mode = WAL");
    raw.exec("PRAGMA synchronous = FULL");
    raw.exec("PRAGMA cache_size = -32768");
    raw.exec("CREATE TABLE scans (id INTEGER PRIMARY KEY, bytes BLOB NOT NULL)");
    QList<QByteArray> all;
    for (int i = 0; i < count; ++i)
        all << scan(bytes, quint32(i + 1));
    QElapsedTimer t;
    t.start();
    raw.exec("BEGIN");
    RawStmt insert(raw, "INSERT INTO scans(bytes) VALUES (?)");
    for (const QByteArray &b : std::as_const(all)) {
        sqlite3_bind_blob(insert, 1, b.constData(), int(b.size()), SQLITE_STATIC);
        must(sqlite3_step(insert) == SQLITE_DONE, "raw insert");
        sqlite3_reset(insert);
    }
    raw.exec("COMMIT");
    return elapsedMs(t);
}

// The same through Tamkeen's connection to a file of its own (encrypted at
// rest, as every Tamkeen file is), with plain SQL: the least storing them
// costs there, without packages, signatures or hashes.
double encryptedCopy(Device &d, int count, int bytes)
{
    must(d.db->execScript(QStringLiteral("CREATE TABLE scans (id INTEGER PRIMARY KEY, bytes BLOB NOT NULL)")).ok(),
         "create the table");
    QList<QByteArray> all;
    for (int i = 0; i < count; ++i)
        all << scan(bytes, quint32(i + 1));
    QElapsedTimer t;
    t.start();
    must(d.db->transaction([&]() -> Status {
                 for (const QByteArray &b : std::as_const(all))
                     if (Status s = d.db->write(QStringLiteral("INSERT INTO scans(bytes) VALUES (?)"), {b}); !s)
                         return s;
                 return {};
             }).ok(),
         "copy into the encrypted file");
    const double ms = elapsedMs(t);
    if (auto *c = d.db->checkpointer())
        c->waitIdle();
    return ms;
}

} // namespace

void benchDocuments(QTextStream &out, const QString &dir, int count, int kib)
{
    const QDir d(dir);
    QTextStream err(stderr);
    const int bytes = kib * 1024;
    auto centre = makeDevice(d.filePath(QStringLiteral("docs-centre.sqlite")), 1);
    const QHash<int, QString> enrolments = enrolDevices(*centre, d, {2, 3});
    auto laptop = joinDevice(d.filePath(QStringLiteral("docs-laptop.sqlite")), enrolments.value(2), centre->admin);
    auto other = joinDevice(d.filePath(QStringLiteral("docs-other.sqlite")), enrolments.value(3), centre->admin);
    const QByteArray family = familyOn(*centre);
    const QString start = d.filePath(QStringLiteral("docs-family.tamkeen"));
    QFile::remove(start);
    exportPackage(*centre, start, {QByteArray(), true, 0});
    importPackage(*laptop, start);
    importPackage(*other, start);

    QElapsedTimer t;
    t.start();
    documents::Documents docs(*laptop->db);
    for (int i = 0; i < count; ++i) {
        auto id = docs.attach(laptop->admin, family,
                              {{QStringLiteral("households"), family, {}, {}}, QStringLiteral("housing_photo"),
                               QDate::currentDate(), QStringLiteral("صورة %1").arg(i)},
                              scan(bytes, quint32(i + 1)));
        must(id.ok(), "attach a document");
    }
    const double attachMs = elapsedMs(t);
    err << "documents: " << count << " attached in " << qint64(attachMs) << " ms\n";

    const QString whole = d.filePath(QStringLiteral("docs.tamkeen"));
    QFile::remove(whole);
    double exportMs = 0, importMs = 0, behindMs = 0;
    const sync::ExportSummary sent = exportPackage(*laptop, whole, {centre->id(), false, 0}, &exportMs);
    const sync::ImportSummary got = importPackage(*centre, whole, &importMs, {}, &behindMs);
    must(got.documents == count, "every document arrived");

    // The same contents in parts of 8 MB, the last part first.
    double partsMs = 0;
    const sync::ExportSummary parts =
        exportPackage(*laptop, d.filePath(QStringLiteral("docs-parts.tamkeen")), {other->id(), false, 8LL << 20});
    QStringList files = parts.files;
    std::reverse(files.begin(), files.end());
    qint64 arrived = 0;
    for (const QString &f : std::as_const(files)) {
        double ms = 0;
        arrived += importPackage(*other, f, &ms).documents;
        partsMs += ms;
    }
    must(arrived == count, "every document arrived in parts");

    const double rawMs = rawCopy(d.filePath(QStringLiteral("docs-raw.sqlite")), count, bytes);
    auto spare = makeDevice(d.filePath(QStringLiteral("docs-encrypted.sqlite")), 4);
    const double encryptedMs = encryptedCopy(*spare, count, bytes);
    const QString what = QStringLiteral("%1 documents of %2 KB").arg(count).arg(kib);
    report(out, {QStringLiteral("import a package carrying %1 (%2)").arg(what, mib(sent.bytes)), importMs, rawMs,
                 QStringLiteral("ms"),
                 QStringLiteral("target ≤ 2× the baseline; Importer::importFile (signature, decryption twice, every "
                                "content hashed); the log copied into the file after it: %1 ms; exporting it took "
                                "%2 ms, attaching them %3 ms; baseline: raw SQLite inserting the same bytes in one "
                                "transaction into a new file (WAL, synchronous FULL)")
                     .arg(qint64(behindMs)).arg(qint64(exportMs)).arg(qint64(attachMs))});
    report(out, {QStringLiteral("the same package, beside the same bytes copied into a Tamkeen file"), importMs,
                 encryptedMs, QStringLiteral("ms"),
                 QStringLiteral("baseline: one transaction of plain INSERTs of the same bytes through Tamkeen's "
                                "connection to a new file, its pages sealed at rest as every Tamkeen file's are")});
    // What a copy asks for in each export, read from every document row: with a
    // million rows (their contents elsewhere), and every content here but one.
    const Status many = centre->db->write(QStringLiteral(
                               "WITH RECURSIVE n(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n WHERE k < 1000000) "
                               "INSERT INTO documents(id, created_at, updated_at, household_id, about_table, about_id, "
                               "doc_type, mime, size, content_hash, nonce) SELECT randomblob(16), ?1, ?1, ?2, "
                               "'households', ?2, 'other', 'image/jpeg', 1000, "
                               "(SELECT content_hash FROM documents ORDER BY rowid LIMIT 1), randomblob(16) FROM n"),
                           {QDateTime::currentDateTimeUtc().toString(Qt::ISODate), family});
    if (!many)
        qWarning("%s", qPrintable(many.error().message));
    must(many.ok(), "a million document rows");
    must(centre->db->write(QStringLiteral("INSERT INTO documents(id, created_at, updated_at, household_id, about_table, "
                                          "about_id, doc_type, mime, size, content_hash, nonce) VALUES (randomblob(16), "
                                          "?1, ?1, ?2, 'households', ?2, 'other', 'image/jpeg', 1000, randomblob(32), "
                                          "randomblob(16))"),
                           {QDateTime::currentDateTimeUtc().toString(Qt::ISODate), family})
             .ok(),
         "one missing");
    centre->db->finishStatements();
    int wantedCount = 0;
    const double wantedMs = medianMs(3, [&] {
        auto w = documents::DocumentStore::wanted(*centre->db);
        must(w.ok(), "wanted");
        wantedCount = int(w.value().size());
    });
    must(wantedCount == 1, "one content wanted");
    report(out, {QStringLiteral("the contents a copy lacks, among 1,001,000 document rows (1 missing)"), wantedMs, 0,
                 QStringLiteral("ms"),
                 QStringLiteral("DocumentStore::wanted, read for every export; median of 3; no SQLite baseline "
                                "beyond its own SELECT")});
    report(out, {QStringLiteral("the same in %1 parts of 8 MB, imported last part first").arg(parts.files.size()),
                 partsMs, rawMs, QStringLiteral("ms"),
                 QStringLiteral("a content whole only with its last piece, its pieces then read back and hashed; "
                                "baseline: raw SQLite as in the first row")});
}

} // namespace tamkeen::bench
