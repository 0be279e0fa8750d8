// Erasure against a hostile laptop (issue 15 §6; found by a review, each was
// an attack that worked): a redacted item for a row no erasure names, a plain
// item passed off as a redacted one, and a malformed item stored to block a
// later erasure. Each is refused, and the honest erasure still works.
#include "SyncFixture.h"
#include "registry/Erasure.h"
#include "registry/HouseholdService.h"
#include "registry/Identity.h"
#include "sync/Batches.h"
#include "sync/Refusals.h"

#include <QCborStreamWriter>

using namespace tamkeen;
using namespace tamkeen::test::syncfixture;
using registry::Erasure;

namespace {

struct Fam {
    QByteArray household, head;
};

Fam registerFamily(Device &d, const QString &nine, const QString &given, const QString &family)
{
    registry::HouseholdService households(d.db);
    registry::HouseholdData h;
    h.region = QStringLiteral("منطقة الرياض");
    h.city = QStringLiteral("الخرج");
    h.registrationDate = QDate::currentDate().addYears(-2);
    registry::MemberData m;
    m.givenName = given;
    m.fatherName = QStringLiteral("عبدالله");
    m.familyName = family;
    m.relation = QStringLiteral("head");
    m.sex = QStringLiteral("female");
    m.birthDate = QDate(1980, 1, 1);
    m.idType = QStringLiteral("sa_national");
    m.idNumber = nine + QString::number(registry::Identity::luhnCheckDigit(nine));
    auto created = households.create(d.admin(), h, m);
    INFO((created ? std::string() : created.error().message.toStdString()));
    REQUIRE(created.ok());
    return {created.value(), households.members().members(created.value()).value().first().id};
}

void appendBytes(QByteArray &out, const QByteArray &b)
{
    REQUIRE(b.size() <= 0xffff);
    if (b.size() < 24) {
        out += char(0x40 + b.size());
    } else if (b.size() <= 0xff) {
        out += char(0x58);
        out += char(b.size());
    } else {
        out += char(0x59);
        out += char(b.size() >> 8);
        out += char(b.size() & 0xff);
    }
    out += b;
}

// A package from `from` holding one batch of its own made of `body`.
QString ownBatch(Org &org, Device &from, qint64 first, qint64 last, const QByteArray &body)
{
    const Organisation o = SyncKeys::organisation(from.db).value();
    const BatchRecord b = batches::seal(o.id, SyncKeys::deviceKeys(from.db).value(), from.id(), first, last, body, 2);
    const QString path = org.dir.filePath(QStringLiteral("crafted%1.tamkeen").arg(++org.files));
    PackageHeader h = handHeader(from.db, from.id(), o.id);
    PackageWriter w(path, o, SyncKeys::deviceKeys(from.db).value(), h);
    REQUIRE(w.open().ok());
    REQUIRE(w.addRaw(wire::encode(VectorRecord{localVector(from.db).value()})).ok());
    REQUIRE(w.addRaw(wire::encode(b)).ok());
    REQUIRE(w.finish().ok());
    return path;
}

// The next number of `d`'s own entries, and a time long ago (it loses every merge).
Entry craft(Device &d, qint64 offset, const QByteArray &row)
{
    Entry e;
    const qint64 seq = d.db.scalar(QStringLiteral("SELECT ifnull(max(seq), 0) FROM change_log WHERE device = ?"), {d.id()})
                           .value()
                           .toLongLong()
                       + 1 + offset;
    const quint64 created =
        d.db.scalar(QStringLiteral("SELECT value FROM local_state WHERE key = 'org_created'")).value().toULongLong();
    e.v = Version{created + 1000 + quint64(offset), d.id(), seq};
    e.table = QStringLiteral("members");
    e.rowId = row;
    e.op = QStringLiteral("U");
    e.author = d.admin().userId;
    return e;
}

} // namespace

TEST_CASE("Erasure attacks: a redacted item for a member nobody erased is refused, whatever id it carries",
          "[erasure][sync][attack]")
{
    const test::PlainFiles plain;
    Org org(2);
    Device &hub = org[0], &laptop = org[1];
    const Fam erased = registerFamily(hub, QStringLiteral("118899773"), QStringLiteral("زمرّدة"), QStringLiteral("الفرحاني"));
    const Fam victim = registerFamily(hub, QStringLiteral("127788112"), QStringLiteral("نجلاء"), QStringLiteral("السبيعي"));
    REQUIRE(Erasure::eraseHousehold(hub.db, hub.admin(), erased.household, QStringLiteral("طلب المستفيدة المحو كتابيًا")).ok());
    org.exchange(hub, laptop);
    // The victim's row, "redacted", carrying the erased household's id.
    Entry e = craft(laptop, 0, victim.head);
    e.fieldNames = {QStringLiteral("household_id"), QStringLiteral("given_name")};
    e.carried.append({QStringLiteral("household_id"), erased.household, e.v, Version()});
    e.carried.append({QStringLiteral("given_name"), QStringLiteral("x"), e.v, Version()});
    bool cut = false;
    auto body = batches::redact(batches::itemOf(e), [](const Entry &) { return true; }, &cut);
    REQUIRE(body.ok());
    REQUIRE(cut);
    const ImportSummary s = org.receive(hub, ownBatch(org, laptop, e.v.seq, e.v.seq, body.value()));
    REQUIRE(s.ok());
    CHECK(s.refusedReasons.value(QString::fromLatin1(refusal::kErasedUnknown)) == 1);
    CHECK(hub.get(victim.head, QStringLiteral("given_name"), QStringLiteral("members")) == QStringLiteral("نجلاء"));
    CHECK(hub.db.scalar(QStringLiteral("SELECT count(*) FROM erased_rows WHERE row_id = ?"), {victim.head}).value().toInt()
          == 0);
}

TEST_CASE("Erasure attacks: a plain item passed off as a redacted one breaks the batch's signature",
          "[erasure][sync][attack]")
{
    Org org(2);
    Device &hub = org[0], &laptop = org[1];
    registerFamily(hub, QStringLiteral("118899773"), QStringLiteral("زمرّدة"), QStringLiteral("الفرحاني"));
    org.exchange(hub, laptop);
    const Organisation o = SyncKeys::organisation(hub.db).value();
    const QByteArray key = SyncKeys::deviceKeys(hub.db).value().publicKey;
    int converted = 0;
    const Status read = laptop.db.read(
        QStringLiteral("SELECT origin, first_seq, last_seq, body, signature, format FROM sync_batches WHERE origin = ?"),
        {hub.id()}, [&](const storage::RawRow &r) {
            BatchRecord b{r.blob(0), r.integer(1), r.integer(2), r.blob(3), r.blob(4), int(r.integer(5))};
            REQUIRE(batches::verify(o.id, key, b));
            REQUIRE(b.format == 3);
            QList<batches::Item> items;
            REQUIRE(batches::parseItems(b.body, &items, b.format));
            QByteArray body;
            bool changed = false;
            for (const batches::Item &i : items) {
                const bool plainItem = i.salt.isEmpty() && i.commitment.isEmpty();
                body += char(plainItem ? 0x83 : i.salt.isEmpty() ? 0x83 : 0x84); // format 3: the household first
                appendBytes(body, i.household);
                appendBytes(body, i.entry);
                if (plainItem) {
                    appendBytes(body, QByteArray(32, '\0'));
                    changed = true;
                } else if (!i.salt.isEmpty()) {
                    appendBytes(body, i.salt);
                    appendBytes(body, i.personal);
                } else {
                    appendBytes(body, i.commitment);
                }
            }
            if (!changed)
                return;
            ++converted;
            b.body = body;
            CHECK_FALSE(batches::verify(o.id, key, b));
        });
    REQUIRE(read.ok());
    CHECK(converted > 0);
}

TEST_CASE("Erasure attacks: a batch with a malformed item is refused whole and cannot block an erasure",
          "[erasure][sync][attack]")
{
    const test::PlainFiles plain;
    Org org(2);
    Device &hub = org[0], &laptop = org[1];
    const Fam victim = registerFamily(hub, QStringLiteral("127788112"), QStringLiteral("نجلاء"), QStringLiteral("السبيعي"));
    org.exchange(hub, laptop);
    Entry first = craft(laptop, 0, victim.head);
    first.fieldNames = {QStringLiteral("sex")};
    first.carried.append({QStringLiteral("sex"), QStringLiteral("female"), first.v, Version()});
    QByteArray body = batches::itemOf(first);
    Entry second = craft(laptop, 1, victim.head);
    second.fieldNames = {QStringLiteral("sex")};
    second.carried.append({QStringLiteral("sex"), QStringLiteral("female"), second.v, Version()});
    QByteArray personal; // names a column its entry does not carry
    {
        QCborStreamWriter w(&personal);
        w.startArray(3);
        w.append(QStringLiteral("phone"));
        w.append(QStringLiteral("0550000000"));
        w.appendNull();
        w.endArray();
    }
    body += char(0x83);
    appendBytes(body, wire::encode(second));
    appendBytes(body, QByteArray(16, 'S'));
    appendBytes(body, personal);
    const ImportSummary s = org.receive(hub, ownBatch(org, laptop, first.v.seq, second.v.seq, body));
    REQUIRE(s.ok());
    CHECK(s.refusedReasons.value(QString::fromLatin1(refusal::kDamagedBatch)) == 2); // whole
    CHECK(hub.db.scalar(QStringLiteral("SELECT count(*) FROM sync_batches WHERE origin = ?"), {laptop.id()}).value().toInt()
          == 0);
    auto erased = Erasure::eraseHousehold(hub.db, hub.admin(), victim.household, QStringLiteral("طلب المستفيدة المحو كتابيًا"));
    INFO((erased ? std::string() : erased.error().message.toStdString()));
    REQUIRE(erased.ok());
    CHECK(hub.get(victim.head, QStringLiteral("given_name"), QStringLiteral("members")).toString().isEmpty());
}
