// Documents (issue 17 §8): scans and photos attached to a household and what
// concerns it; the size limit (a 200 MB scan refused before it is read); the
// content kept once, synced in packages and their parts in any order, asked
// for again when it did not come, checked against the signed row's hash
// (a hostile laptop can neither swap it nor remove a document), removed with
// its row, erased with the family, carried by a snapshot.
#include "ClinicFixture.h"
#include "SyncFixture.h"
#include "documents/DocumentStore.h"
#include "documents/Documents.h"
#include "registry/Erasure.h"
#include "security/Privileges.h"
#include "sync/Batches.h"
#include "sync/Snapshot.h"
#include "sync/Wire.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>

using namespace tamkeen;
using namespace tamkeen::documents;
using namespace tamkeen::test::clinicfixture;
using namespace Qt::StringLiterals;
using tamkeen::sync::Organisation;
using tamkeen::sync::PackageHeader;
using tamkeen::sync::PackageWriter;
using tamkeen::sync::SyncKeys;

namespace {

const QDate kToday = QDate::currentDate();

// A photo's first bytes, then `size` bytes that differ with `seed`.
QByteArray jpeg(qsizetype size, quint32 seed = 1)
{
    QByteArray bytes("\xFF\xD8\xFF\xE0", 4);
    QRandomGenerator random(seed);
    while (bytes.size() < size) {
        const quint32 v = random.generate();
        bytes.append(reinterpret_cast<const char *>(&v), 4);
    }
    bytes.truncate(size);
    return bytes;
}

QByteArray pdf(qsizetype size, quint32 seed = 2)
{
    return "%PDF-1.4\n" + jpeg(size - 9, seed);
}

DocumentData about(const QString &table, const QByteArray &id, const QString &type = u"id_copy"_s)
{
    return {{table, id, {}, {}}, type, kToday.addDays(-10), u"صورة الهوية الوطنية"_s};
}

struct Papers : Clinic {
    Documents documents{db};
    security::Session salem = user(u"salem"_s, u"سالم"_s, Role::Supervisor);
    security::Session omar = user(u"omar"_s, u"عمر"_s, Role::FieldWorker);
    QByteArray headId;
    QByteArray family = household(person(u"سلمى"_s, u"ناصر"_s, u"الدوسري"_s), headId);
    QByteArray otherHead;
    QByteArray other = household(person(u"منى"_s, u"علي"_s, u"القحطاني"_s), otherHead);

    qint64 count(const QString &sql) { return db.scalar(sql).value().toLongLong(); }
};

} // namespace

TEST_CASE("A document is attached to the family or a member, listed, read back whole and removed by a supervisor",
          "[documents]")
{
    Papers t;
    const QByteArray photo = jpeg(700 * 1024); // three pieces
    auto id = t.documents.attach(t.omar, t.family, about(u"members"_s, t.headId), photo);
    INFO((id ? std::string() : id.error().message.toStdString()));
    REQUIRE(id.ok());
    auto housing = t.documents.attach(t.omar, t.family, about(u"households"_s, t.family, u"housing_photo"_s), pdf(2000));
    REQUIRE(housing.ok());

    auto list = t.documents.list(t.family);
    REQUIRE(list.ok());
    REQUIRE(list.value().size() == 2);
    const Document member = list.value().first().id == id.value() ? list.value().first() : list.value().last();
    CHECK(member.about.label == u"سلمى ناصر الدوسري"_s);
    CHECK(member.mime == u"image/jpeg"_s);
    CHECK(member.size == photo.size());
    CHECK(member.here);
    CHECK(member.addedByName == u"عمر"_s);
    CHECK(t.documents.content(id.value()).value() == photo);
    CHECK(t.count(u"SELECT count(*) FROM document_pieces"_s) == 3 + 1);
    CHECK(t.documents.list(t.other).value().isEmpty());

    // The same bytes twice: stored once; removing one keeps the other's.
    auto again = t.documents.attach(t.omar, t.family, about(u"households"_s, t.family), photo);
    REQUIRE(again.ok());
    CHECK(t.count(u"SELECT count(*) FROM document_pieces"_s) == 3 + 1);

    // A field worker asks the supervisor; the reason is required.
    CHECK(t.documents.remove(t.omar, id.value(), u"صورة أسرة أخرى"_s).error().code == ErrorCode::PermissionDenied);
    CHECK(t.documents.remove(t.salem, id.value(), u" "_s).error().code == ErrorCode::Invalid);
    REQUIRE(t.documents.remove(t.salem, id.value(), u"أرفقت بالخطأ"_s).ok());
    CHECK(t.documents.list(t.family).value().size() == 2);
    CHECK(t.documents.content(again.value()).value() == photo);
    REQUIRE(t.documents.remove(t.salem, again.value(), u"أرفقت بالخطأ"_s).ok());
    CHECK(t.count(u"SELECT count(*) FROM document_pieces"_s) == 1); // the photo's bytes are gone
    CHECK(t.documents.content(again.value()).error().code == ErrorCode::NotFound);
}

TEST_CASE("What is not a document, not the family's, too large or dated ahead is refused and nothing is kept",
          "[documents]")
{
    Papers t;
    const auto refused = [&](const Result<QByteArray> &r, const QString &field) {
        INFO(field.toStdString());
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().field == field);
    };
    refused(t.documents.attach(t.omar, t.family, about(u"members"_s, t.headId), "just some text"), u"file"_s);
    refused(t.documents.attach(t.omar, t.family, about(u"members"_s, t.headId), {}), u"file"_s);
    refused(t.documents.attach(t.omar, t.family, about(u"members"_s, t.otherHead), jpeg(100)), u"about"_s);
    refused(t.documents.attach(t.omar, t.family, about(u"households"_s, t.other), jpeg(100)), u"about"_s);
    refused(t.documents.attach(t.omar, t.family, about(u"plans"_s, t.headId), jpeg(100)), u"about"_s);
    refused(t.documents.attach(t.omar, t.family, about(u"sessions"_s, t.headId), jpeg(100)), u"about"_s);
    refused(t.documents.attach(t.omar, t.family, about(u"members"_s, t.headId, u"diary"_s), jpeg(100)), u"type"_s);
    DocumentData ahead = about(u"members"_s, t.headId);
    ahead.date = kToday.addDays(1);
    refused(t.documents.attach(t.omar, t.family, ahead, jpeg(100)), u"date"_s);

    // The limit: ten megabytes at first, set by an administrator between 1 and 30.
    CHECK(t.documents.maxMegabytes().value() == Documents::kDefaultMaxMegabytes);
    refused(t.documents.attach(t.omar, t.family, about(u"members"_s, t.headId), jpeg(10 * 1024 * 1024 + 1)), u"file"_s);
    CHECK(t.documents.setMaxMegabytes(t.salem, 2).error().code == ErrorCode::PermissionDenied);
    CHECK(t.documents.setMaxMegabytes(t.admin, 31).error().code == ErrorCode::Invalid);
    REQUIRE(t.documents.setMaxMegabytes(t.admin, 2).ok());
    auto tooBig = t.documents.attach(t.omar, t.family, about(u"members"_s, t.headId), jpeg(3 * 1024 * 1024));
    refused(tooBig, u"file"_s);
    CHECK(tooBig.error().message.contains(u"3.0"_s));

    // A 200 MB scan (a sparse file: no disk is filled) is refused before it is read.
    QTemporaryDir dir;
    QFile big(dir.filePath(u"scan.pdf"_s));
    REQUIRE(big.open(QIODevice::WriteOnly));
    REQUIRE(big.write("%PDF-1.7\n") == 9);
    REQUIRE(big.resize(200LL * 1024 * 1024));
    big.close();
    auto huge = t.documents.attachFile(t.omar, t.family, about(u"members"_s, t.headId), big.fileName());
    refused(huge, u"file"_s);
    CHECK(huge.error().message.contains(u"200.0"_s));
    refused(t.documents.attachFile(t.omar, t.family, about(u"members"_s, t.headId), dir.filePath(u"gone.jpg"_s)),
            u"file"_s);

    CHECK(t.count(u"SELECT count(*) FROM documents"_s) == 0);
    CHECK(t.count(u"SELECT count(*) FROM document_pieces"_s) == 0);
    // A file under the limit, from disk.
    QFile small(dir.filePath(u"salary.pdf"_s));
    REQUIRE(small.open(QIODevice::WriteOnly));
    small.write(pdf(5000));
    small.close();
    auto fromDisk = t.documents.attachFile(t.omar, t.family, about(u"members"_s, t.headId, u"salary_certificate"_s),
                                           small.fileName());
    REQUIRE(fromDisk.ok());
    CHECK(t.documents.content(fromDisk.value()).value() == pdf(5000));
}

TEST_CASE("A document reaches the other copy whole, in the order the copies sync, and its removal follows",
          "[documents][sync]")
{
    for (const bool firstA : {true, false}) {
        test::syncfixture::Org org{2};
        auto &a = org[0], &b = org[1];
        const QByteArray family = a.family();
        org.exchange(a, b);
        const QByteArray head = a.db.scalar(u"SELECT id FROM members WHERE household_id = ?"_s, {family}).value().toByteArray();
        const QByteArray photo = jpeg(600 * 1024, 7);
        auto onA = Documents(a.db).attach(a.admin(), family, about(u"members"_s, head), photo);
        auto onB = Documents(b.db).attach(b.admin(), family, about(u"households"_s, family, u"housing_photo"_s), pdf(90'000));
        REQUIRE(onA.ok());
        REQUIRE(onB.ok());
        if (firstA)
            org.exchange(a, b);
        else
            org.exchange(b, a);
        for (auto *d : {&a, &b}) {
            CHECK(Documents(d->db).content(onA.value()).value() == photo);
            CHECK(Documents(d->db).content(onB.value()).value() == pdf(90'000));
            CHECK(Documents(d->db).list(family).value().size() == 2);
        }
        CHECK(a.dump() == b.dump());
        REQUIRE(Documents(b.db).remove(b.admin(), onA.value(), u"صورة غير واضحة"_s).ok());
        org.exchange(b, a);
        CHECK(Documents(a.db).list(family).value().size() == 1);
        CHECK(documents::DocumentStore::has(a.db, documents::DocumentStore::hashOf(photo)).value() == false);
    }
}

TEST_CASE("A document larger than a part travels in parts that import in any order", "[documents][sync]")
{
    test::syncfixture::Org org{2};
    auto &a = org[0], &b = org[1];
    const QByteArray family = a.family();
    org.exchange(a, b);
    const QByteArray scan = pdf(3 * 1024 * 1024 + 1000, 9);
    auto id = Documents(a.db).attach(a.admin(), family, about(u"households"_s, family, u"contract"_s), scan);
    REQUIRE(id.ok());
    const QString path = org.dir.filePath(u"split.tamkeen"_s);
    auto written = sync::Exporter(a.db).write(path, {b.id(), false, 1024 * 1024});
    REQUIRE(written.ok());
    REQUIRE(written.value().files.size() >= 4);
    CHECK(written.value().documents == 1);
    for (const QString &part : written.value().files)
        CHECK(QFileInfo(part).size() < 1024 * 1024 + 300 * 1024); // about a megabyte each
    QStringList parts = written.value().files;
    std::reverse(parts.begin(), parts.end());
    for (int i = 0; i < parts.size(); ++i) {
        const sync::ImportSummary s = org.receive(b, parts[i]);
        INFO(s.refused.toStdString());
        REQUIRE(s.ok());
        if (i + 1 < parts.size())
            CHECK_FALSE(documents::DocumentStore::has(b.db, documents::DocumentStore::hashOf(scan)).value());
        else
            CHECK(s.documents == 1);
    }
    CHECK(Documents(b.db).content(id.value()).value() == scan);
}

TEST_CASE("A content that did not come is asked for and comes with the next package", "[documents][sync]")
{
    test::syncfixture::Org org{2};
    auto &a = org[0], &b = org[1];
    const QByteArray family = a.family();
    const QByteArray photo = jpeg(300 * 1024, 11);
    auto id = Documents(a.db).attach(a.admin(), family, about(u"households"_s, family, u"housing_photo"_s), photo);
    REQUIRE(id.ok());
    org.exchange(a, b);
    REQUIRE(Documents(b.db).content(id.value()).ok());
    // Lost on B (a part never imported, say): B's list shows it is not here.
    REQUIRE(b.db.exec(u"DELETE FROM document_pieces"_s).ok());
    REQUIRE(b.db.exec(u"DELETE FROM document_files"_s).ok());
    CHECK_FALSE(Documents(b.db).list(family).value().first().here);
    CHECK(documents::DocumentStore::wanted(b.db).value() == QList<QByteArray>{documents::DocumentStore::hashOf(photo)});
    // The row's change is held by B: only B's asking brings the content again.
    const sync::ImportSummary nothingNew = org.receive(b, org.sendFor(a, b));
    REQUIRE(nothingNew.ok());
    CHECK(nothingNew.documents == 0);
    REQUIRE(org.receive(a, org.sendFor(b, a)).ok()); // says what it lacks
    const sync::ImportSummary again = org.receive(b, org.sendFor(a, b));
    REQUIRE(again.ok());
    CHECK(again.documents == 1);
    CHECK(Documents(b.db).content(id.value()).value() == photo);
    CHECK(documents::DocumentStore::wanted(b.db).value().isEmpty());
}

TEST_CASE("A hostile laptop can neither swap a document's content nor remove it", "[documents][sync][privileges]")
{
    test::syncfixture::Org org{2};
    auto &centre = org[0];
    const QByteArray family = centre.family();
    security::UserService users(centre.db, security::HashCost::minimal());
    REQUIRE(users.add(centre.admin(), {u"omar"_s, u"عمر"_s, Role::FieldWorker, u"correct horse battery"_s}).ok());
    const QByteArray photo = jpeg(200 * 1024, 21);
    auto id = Documents(centre.db).attach(centre.admin(), family, about(u"households"_s, family, u"id_copy"_s), photo);
    REQUIRE(id.ok());
    auto &laptop = org[1];
    org.exchange(centre, laptop);
    auto omar = security::UserService(laptop.db, security::HashCost::minimal()).login(u"omar"_s, u"correct horse battery"_s);
    REQUIRE(omar.ok());
    // Around the service, signed with his own key: another photo under the
    // same row, then the row removed.
    QByteArray forged;
    REQUIRE(documents::DocumentStore::put(laptop.db, jpeg(1000, 99), &forged).ok());
    storage::SyncedWriter writer(laptop.db);
    laptop.db.setCurrentUser(omar.value().userId);
    REQUIRE(writer.update(u"documents"_s, id.value(), {{u"content_hash"_s, forged}, {u"size"_s, 1000}}).ok());
    REQUIRE(writer.update(u"documents"_s, id.value(), {{u"deleted"_s, 1}, {u"removed_reason"_s, u"لا حاجة"_s}}).ok());
    const sync::ImportSummary s = org.receive(centre, org.sendFor(laptop, centre));
    REQUIRE(s.ok());
    CHECK(s.refusedChanges == 2);
    CHECK(s.refusedReasons.value(QString::fromLatin1(security::Privileges::kFixed)) == 1);
    CHECK(s.refusedReasons.value(QString::fromLatin1(security::Privileges::kRole)) == 1);
    CHECK(Documents(centre.db).content(id.value()).value() == photo);
    CHECK(Documents(centre.db).list(family).value().size() == 1);

    // Pieces claiming the photo's hash with other bytes are never taken for it.
    REQUIRE(centre.db.exec(u"DELETE FROM document_pieces"_s).ok());
    REQUIRE(centre.db.exec(u"DELETE FROM document_files"_s).ok());
    const QByteArray hash = documents::DocumentStore::hashOf(photo);
    const Organisation o = SyncKeys::organisation(laptop.db).value();
    PackageHeader h = test::syncfixture::handHeader(laptop.db, laptop.id(), o.id);
    const QString path = org.dir.filePath(u"hostile.tamkeen"_s);
    PackageWriter w(path, o, SyncKeys::deviceKeys(laptop.db).value(), h);
    REQUIRE(w.open().ok());
    REQUIRE(w.addRaw(sync::wire::encode(sync::VectorRecord{sync::localVector(laptop.db).value()})).ok());
    REQUIRE(w.addRaw(sync::wire::encode(sync::ContentRecord{hash, photo.size(), 0, jpeg(photo.size(), 5)})).ok());
    REQUIRE(w.finish().ok());
    const sync::ImportSummary bad = org.receive(centre, path);
    REQUIRE(bad.ok());
    CHECK(bad.documents == 0);
    CHECK_FALSE(documents::DocumentStore::has(centre.db, hash).value());
    CHECK(centre.db.scalar(u"SELECT count(*) FROM document_pieces"_s).value().toInt() == 0);
    CHECK(documents::DocumentStore::wanted(centre.db).value() == QList<QByteArray>{hash});

    // A forged first piece of a larger content waits for the rest; the good
    // pieces that come next stand in for it, and the content is whole.
    const QByteArray scan = jpeg(600 * 1024, 41);
    auto big = Documents(centre.db).attach(centre.admin(), family, about(u"households"_s, family, u"contract"_s), scan);
    REQUIRE(big.ok());
    org.exchange(centre, laptop); // the laptop holds it whole
    const QByteArray bigHash = documents::DocumentStore::hashOf(scan);
    REQUIRE(centre.db.exec(u"DELETE FROM document_pieces WHERE hash = ?"_s, {bigHash}).ok());
    REQUIRE(centre.db.exec(u"DELETE FROM document_files WHERE hash = ?"_s, {bigHash}).ok());
    auto forgedPiece = documents::DocumentStore::addPiece(centre.db, bigHash, scan.size(), 0, jpeg(256 * 1024, 6));
    REQUIRE(forgedPiece.ok());
    CHECK_FALSE(forgedPiece.value()); // waits for the rest
    const sync::ImportSummary again = org.receive(centre, org.send(laptop, {QByteArray(), true, 0}));
    REQUIRE(again.ok());
    CHECK(Documents(centre.db).content(big.value()).value() == scan);
}

TEST_CASE("A piece that cannot be part of its content is damage: nothing of the package is kept", "[documents][sync]")
{
    test::syncfixture::Org org{2};
    auto &a = org[0], &b = org[1];
    const QByteArray family = a.family();
    org.exchange(a, b);
    const Organisation o = SyncKeys::organisation(a.db).value();
    const QByteArray hash = documents::DocumentStore::hashOf(jpeg(1000));
    for (const sync::ContentRecord &c :
         {sync::ContentRecord{hash, 1000, 0, jpeg(999)},                          // shorter than it says
          sync::ContentRecord{hash, 1000, 1, jpeg(1000)},                         // a piece beyond the whole
          sync::ContentRecord{hash.left(16), 1000, 0, jpeg(1000)},                // not a hash
          sync::ContentRecord{hash, 64LL * 1024 * 1024, 0, jpeg(256 * 1024)}}) {   // beyond any document
        PackageHeader h = test::syncfixture::handHeader(a.db, a.id(), o.id);
        const QString path = org.dir.filePath(u"damaged%1.tamkeen"_s.arg(++org.files));
        PackageWriter w(path, o, SyncKeys::deviceKeys(a.db).value(), h);
        REQUIRE(w.open().ok());
        REQUIRE(w.addRaw(sync::wire::encode(sync::VectorRecord{sync::localVector(a.db).value()})).ok());
        REQUIRE(w.addRaw(sync::wire::encode(c)).ok());
        REQUIRE(w.finish().ok());
        const sync::ImportSummary s = org.receive(b, path);
        CHECK_FALSE(s.ok());
        CHECK(b.db.scalar(u"SELECT count(*) FROM document_pieces"_s).value().toInt() == 0);
    }
}

TEST_CASE("An erased family's documents leave every copy, and a snapshot carries the others", "[documents][sync][erasure]")
{
    test::syncfixture::Org org{2};
    auto &a = org[0], &b = org[1];
    const QByteArray family = a.family();
    registry::HouseholdData household;
    household.region = u"منطقة الرياض"_s;
    household.housingType = u"apartment"_s;
    household.housingOwnership = u"owned"_s;
    auto created = registry::HouseholdService(a.db).create(a.admin(), household, person(u"هند"_s, u"سعد"_s, u"العتيبي"_s));
    REQUIRE(created.ok());
    const QByteArray kept = created.value();
    const QByteArray photo = jpeg(400 * 1024, 31), certificate = pdf(50'000, 32);
    auto erased = Documents(a.db).attach(a.admin(), family, about(u"households"_s, family), photo);
    auto stays = Documents(a.db).attach(a.admin(), kept, about(u"households"_s, kept, u"salary_certificate"_s), certificate);
    REQUIRE(erased.ok());
    REQUIRE(stays.ok());
    org.exchange(a, b);
    REQUIRE(registry::Erasure::eraseHousehold(a.db, a.admin(), family, u"طلب الأسرة حذف بياناتها"_s).ok());
    org.exchange(a, b);
    for (auto *d : {&a, &b}) {
        CHECK_FALSE(documents::DocumentStore::has(d->db, documents::DocumentStore::hashOf(photo)).value());
        CHECK(d->db.scalar(u"SELECT title FROM documents WHERE id = ?"_s, {erased.value()}).value().isNull());
        CHECK(Documents(d->db).content(stays.value()).value() == certificate);
        CHECK(documents::DocumentStore::wanted(d->db).value().isEmpty()); // an erased one is not asked for
    }
    // A laptop started from a snapshot has the content of the documents too.
    test::syncfixture::Device &fresh = org.enrol(a);
    const QString snapshot = org.dir.filePath(u"centre.tamkeen-snapshot"_s);
    REQUIRE(sync::Snapshot::write(a.db, a.admin(), snapshot).ok());
    const sync::ImportSummary started = org.receive(fresh, snapshot);
    INFO(started.refused.toStdString());
    REQUIRE(started.ok());
    CHECK(Documents(fresh.db).content(stays.value()).value() == certificate);
    CHECK_FALSE(documents::DocumentStore::has(fresh.db, documents::DocumentStore::hashOf(photo)).value());
}

namespace {

// A document insert as `origin` would log it: `fixed` decides the id unless `id` is given.
sync::Entry documentInsert(test::syncfixture::Device &origin, qint64 seq, const QByteArray &family,
                           const QVariantMap &fixed, const QByteArray &id = {})
{
    sync::Entry e;
    e.v = sync::Version{origin.db.clock().next(), origin.id(), seq};
    e.table = u"documents"_s;
    e.rowId = id.isEmpty() ? Documents::idFor(fixed) : id;
    e.op = u"I"_s;
    QVariantMap all = fixed;
    all.insert({{u"household_id"_s, family}, {u"doc_type"_s, u"id_copy"_s}, {u"deleted"_s, 0},
                {u"created_at"_s, u"2026-12-01T10:00:00Z"_s}, {u"updated_at"_s, u"2026-12-01T10:00:00Z"_s}});
    for (auto it = all.cbegin(); it != all.cend(); ++it)
        e.carried.append({it.key(), it.value(), e.v, {}});
    return e;
}

QString handPackage(test::syncfixture::Org &org, test::syncfixture::Device &from, const QList<sync::Entry> &entries)
{
    QByteArray body;
    for (const sync::Entry &e : entries)
        body += sync::wire::encode(e);
    const Organisation o = SyncKeys::organisation(from.db).value();
    const sync::DeviceKeys keys = SyncKeys::deviceKeys(from.db).value();
    const sync::BatchRecord b = sync::batches::seal(o.id, keys, from.id(), entries.first().v.seq, entries.last().v.seq, body);
    PackageHeader h = test::syncfixture::handHeader(from.db, from.id(), o.id);
    const QString path = org.dir.filePath(u"forged%1.tamkeen"_s.arg(++org.files));
    PackageWriter w(path, o, keys, h);
    REQUIRE(w.open().ok());
    REQUIRE(w.addRaw(sync::wire::encode(sync::VectorRecord{sync::localVector(from.db).value()})).ok());
    REQUIRE(w.addRaw(sync::wire::encode(b)).ok());
    REQUIRE(w.finish().ok());
    return path;
}

} // namespace

TEST_CASE("A forged document under a known id, or one not well formed, is refused, and the genuine one still comes",
          "[documents][sync][privileges]")
{
    test::syncfixture::Org org{3};
    auto &centre = org[0], &laptop = org[1], &other = org[2];
    const QByteArray family = centre.family();
    org.exchange(centre, laptop);
    org.exchange(centre, other);
    const QByteArray genuine = jpeg(50'000, 51);
    auto id = Documents(centre.db).attach(centre.admin(), family, about(u"households"_s, family), genuine);
    REQUIRE(id.ok());
    org.exchange(centre, laptop); // the laptop knows the document's id

    // The laptop's own batch: another photo under that id, and a row whose
    // content hash names nothing (every copy would ask for it for ever).
    const QByteArray forgedBytes = jpeg(50'000, 52);
    QByteArray nonce(16, 'n');
    const QVariantMap forged = {{u"about_table"_s, u"households"_s}, {u"about_id"_s, family},
                                {u"mime"_s, u"image/jpeg"_s}, {u"size"_s, qint64(forgedBytes.size())},
                                {u"content_hash"_s, documents::DocumentStore::hashOf(forgedBytes)}, {u"nonce"_s, nonce}};
    QVariantMap malformed = forged;
    malformed.insert(u"content_hash"_s, QByteArray("x"));
    const qint64 seq = laptop.db.scalar(u"SELECT max(seq) FROM change_log WHERE device = ?"_s, {laptop.id()})
                           .value().toLongLong() + 1;
    const QString path = handPackage(org, laptop, {documentInsert(laptop, seq, family, forged, id.value()),
                                                   documentInsert(laptop, seq + 1, family, malformed)});
    const sync::ImportSummary s = org.receive(other, path);
    REQUIRE(s.ok());
    CHECK(s.refusedReasons.value(QString::fromLatin1(security::Privileges::kFixed)) == 2);
    CHECK(other.db.scalar(u"SELECT count(*) FROM documents"_s).value().toInt() == 0);
    CHECK(documents::DocumentStore::wanted(other.db).value().isEmpty());

    org.exchange(centre, other);
    CHECK(Documents(other.db).content(id.value()).value() == genuine);
}

TEST_CASE("A removal set around the service with another spelling of 1 is still a supervisor's", "[documents][privileges]")
{
    // SQLite stores '1.0' or ' 1' in an INTEGER column as 1: each needs the signature a removal needs.
    for (const QVariant &v : {QVariant(1), QVariant(u"1.0"_s), QVariant(u" 1"_s), QVariant(1.0), QVariant(u"01"_s)})
        CHECK(security::Privileges::needsSignature(u"documents"_s, {u"deleted"_s}, {{u"deleted"_s, v}}));
    CHECK_FALSE(security::Privileges::needsSignature(u"documents"_s, {u"deleted"_s}, {{u"deleted"_s, 0}}));
    CHECK_FALSE(security::Privileges::needsSignature(u"documents"_s, {u"deleted"_s}, {{u"deleted"_s, qint64(0)}}));
}

TEST_CASE("Content nobody names is dropped after two weeks, and a hostile piece at the end does not undo good ones",
          "[documents][sync]")
{
    Papers t;
    // Noise under a hash no row names: kept a while (its row may be in another part), then dropped.
    const QByteArray noise = jpeg(1000, 61);
    const QByteArray noiseHash = documents::DocumentStore::hashOf(noise);
    REQUIRE(documents::DocumentStore::addPiece(t.db, noiseHash, noise.size(), 0, noise).value());
    REQUIRE(documents::DocumentStore::sweepUnnamed(t.db).ok());
    CHECK(documents::DocumentStore::has(t.db, noiseHash).value()); // not two weeks yet
    REQUIRE(t.db.exec(u"UPDATE document_unnamed SET received_at = '2026-01-01T00:00:00Z'"_s).ok());
    REQUIRE(documents::DocumentStore::sweepUnnamed(t.db).ok());
    CHECK_FALSE(documents::DocumentStore::has(t.db, noiseHash).value());
    CHECK(t.count(u"SELECT count(*) FROM document_unnamed"_s) == 0);

    // A three-piece content with a forged last piece held already: the good
    // pieces coming in order are kept when the check first fails, and the
    // content is whole with the good last piece.
    const QByteArray scan = jpeg(600 * 1024, 62);
    const QByteArray hash = documents::DocumentStore::hashOf(scan);
    const qint64 last = 2 * documents::DocumentStore::kPieceBytes;
    REQUIRE(documents::DocumentStore::addPiece(t.db, hash, scan.size(), 2, jpeg(scan.size() - last, 63)).ok());
    documents::PiecesInOrder inOrder;
    for (int piece = 0; piece < 3; ++piece) {
        const qint64 at = piece * documents::DocumentStore::kPieceBytes;
        auto whole = documents::DocumentStore::addPiece(t.db, hash, scan.size(), piece,
                                                        scan.mid(at, documents::DocumentStore::kPieceBytes), &inOrder);
        REQUIRE(whole.ok());
        CHECK(whole.value() == (piece == 2));
    }
    CHECK(documents::DocumentStore::read(t.db, hash).value() == scan);
}
